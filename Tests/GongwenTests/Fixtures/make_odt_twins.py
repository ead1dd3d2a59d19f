#!/usr/bin/env python3
"""Make the ODT twin of every case's Word template (stdlib python + LibreOffice).

usage:
  make_odt_twins.py [CASE ...]      default: every case under cases/

Each case's template is packed as pack_fixture.py packs it, all of them are converted to .odt in one
`soffice --headless --convert-to odt` call, and each result is unpacked into cases/<case>/odt/ (replacing
what was there). Everything LibreOffice wrote is kept except Thumbnails/thumbnail.png, which is also
removed from META-INF/manifest.xml. The twins are checked in; rerun this script only to regenerate them.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pack_fixture  # noqa: E402

CASES = os.path.join(HERE, "cases")
THUMB_ENTRY = re.compile(
    r'\s*<manifest:file-entry[^>]*manifest:full-path="Thumbnails/thumbnail\.png"[^>]*/>')


def unpack(odt_path, dest):
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    with zipfile.ZipFile(odt_path) as z:
        for info in z.infolist():
            name = info.filename
            if name.endswith("/") or name.startswith("Thumbnails/"):
                continue
            data = z.read(name)
            if name == "META-INF/manifest.xml":
                data = THUMB_ENTRY.sub("", data.decode("utf-8")).encode("utf-8")
            out = os.path.join(dest, *name.split("/"))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as f:
                f.write(data)


def main(argv):
    names = argv or sorted(n for n in os.listdir(CASES) if os.path.isdir(os.path.join(CASES, n)))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "docx")
        out = os.path.join(tmp, "odt")
        os.makedirs(src)
        os.makedirs(out)
        paths = []
        for n in names:
            p = os.path.join(src, n + ".docx")
            pack_fixture.pack(os.path.join(CASES, n), p)
            paths.append(p)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-twins", "--headless",
                        "--convert-to", "odt", "--outdir", out] + paths, check=True)
        missing = []
        for n in names:
            odt = os.path.join(out, n + ".odt")
            if not os.path.exists(odt):
                missing.append(n)
                continue
            unpack(odt, os.path.join(CASES, n, "odt"))
        if missing:
            print("not converted: " + ", ".join(missing), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
