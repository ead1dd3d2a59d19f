#!/usr/bin/env python3
"""Make a template as LibreOffice Writer saves one typed with autocorrect on and edited several times
(stdlib python + LibreOffice).

usage:
  make_writer_typed.py

A flat ODT is written with the text:span elements Writer keeps for each editing session (automatic text
styles that differ only in officeooo:rsid), a bookmark and a link, with tags cut across those spans.
LibreOffice converts it to .odt and to .docx (`soffice --headless --convert-to`), and both are unpacked
into writer-typed/odt/ and writer-typed/docx/ (replacing what was there), without thumbnails. The
results are checked in; rerun this script only to regenerate them.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "writer-typed")

STYLES = "".join(
    '<style:style style:name="T%d" style:family="text"><style:text-properties %sofficeooo:rsid="%s"/></style:style>'
    % (n, extra, rsid) for n, extra, rsid in [
        (1, "", "0011aa22"), (2, "", "0022bb33"), (3, 'fo:font-weight="bold" ', "0022bb33"), (4, "", "0033cc44"),
        (5, 'style:font-name-asian="黑体" ', "0033cc44")])

BODY = """
<text:p text:style-name="P1">状态：{{#ok}}正常{{/o<text:span text:style-name="T1">k}}</text:span></text:p>
<text:p text:style-name="P1"><text:span text:style-name="T1">单位：{{#有单位}}</text:span>{{单位}}<text:span text:style-name="T2">，<text:span text:style-name="T3">负责人</text:span>{{负</text:span>责人}}<text:span text:style-name="T4">{{/有单位}}</text:span>。</text:p>
<text:p text:style-name="P1">名单：{{#人员}}<text:span text:style-name="T4">{{姓名}}</text:span><text:span text:style-name="T5">、{{/人</text:span>员}}</text:p>
<text:p text:style-name="P1">见<text:a xlink:type="simple" xlink:href="https://www.gov.cn/">网站{{#链接}}首页</text:a>{{/链接}}<text:bookmark text:name="结尾"/>说明。</text:p>
<text:p text:style-name="P1"><text:span text:style-name="T2">{{^</text:span>ok}}<text:span text:style-name="T4">故障</text:span>{{/ok}}完毕</text:p>
"""

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:officeooo="http://openoffice.org/2009/office"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:text-properties
 officeooo:rsid="0011aa22" officeooo:paragraph-rsid="0011aa22"/></style:style>%s</office:automatic-styles>
<office:body><office:text>%s</office:text></office:body></office:document>
""" % (STYLES, BODY)

THUMB_ENTRY = re.compile(r'\s*<manifest:file-entry[^>]*manifest:full-path="Thumbnails/thumbnail\.png"[^>]*/>')


def unpack(path, dest):
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith("/") or name.startswith("Thumbnails/"):
                continue
            data = z.read(name)
            if name == "META-INF/manifest.xml":
                data = THUMB_ENTRY.sub("", data.decode("utf-8")).encode("utf-8")
            target = os.path.join(dest, *name.split("/"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(data)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "writer-typed.fodt")
        with open(source, "w", encoding="utf-8") as out:
            out.write(FODT)
        for fmt in ("odt", "docx"):
            subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"), "--headless",
                            "--convert-to", fmt, "--outdir", tmp, source], check=True)
            unpack(os.path.join(tmp, "writer-typed." + fmt), os.path.join(OUT, fmt))
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
