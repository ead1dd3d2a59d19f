#!/usr/bin/env python3
"""The public Swift surface of Gongwen and GongwenTemplate, as one sorted line per public symbol.

    scripts/api-surface.py --write   # regenerate docs/api.txt from the current debug build (`make api`)
    scripts/api-surface.py --check   # fail when the build's surface differs from docs/api.txt (`make api-check`)

Both first type-check Tests/GongwenAPITests/LibraryUsage.swift against the built modules without the
package's name, where package-level declarations are invisible: the file must compile with public API only;
so must the Swift examples of docs/swift-api.md.
The surface comes from `swift-symbolgraph-extract` at the public access level. Needs a build first
(`swift build --build-tests`, as the make targets do).
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SURFACE = os.path.join(ROOT, "docs/api.txt")
USAGE = os.path.join(ROOT, "Tests/GongwenAPITests/LibraryUsage.swift")
GUIDE = os.path.join(ROOT, "docs/swift-api.md")
MODULES = ["Gongwen", "GongwenTemplate"]
# Enum cases whose name says it all (`DocumentFormat.docx`, a diagnostic id) need no comment of their own;
# everything else public does.
UNDOCUMENTED_KINDS = {"enum.case"}


def tool(name):
    for folder in [os.path.dirname(os.path.realpath(sys.executable)), "/opt/swift/usr/bin", *os.environ.get("PATH", "").split(":")]:
        path = os.path.join(folder, name)
        if os.access(path, os.X_OK):
            return path
    sys.exit(f"api-surface: {name} not found (PATH or /opt/swift/usr/bin)")


def build_folder():
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True)
    folder = out.stdout.strip() if out.returncode == 0 else os.path.join(ROOT, ".build/debug")
    if not os.path.isdir(os.path.join(folder, "Modules")):
        sys.exit(f"api-surface: no built modules in {folder}/Modules; run `swift build` first")
    return folder


def search_flags(folder):
    """The built Swift modules and every C module they import (ours and dependencies'), as SwiftPM passes them."""
    flags = ["-I", os.path.join(folder, "Modules"), "-Xcc", "-I/usr/include/libxml2"]
    maps = glob.glob(os.path.join(ROOT, "Sources/*/module.modulemap"))
    maps += glob.glob(os.path.join(ROOT, ".build/checkouts/*/Sources/*/include/module.modulemap"))
    for path in sorted(maps):
        flags += ["-Xcc", "-fmodule-map-file=" + path, "-Xcc", "-I" + os.path.dirname(path)]
    return flags


def typecheck_usage(folder):
    """LibraryUsage.swift must compile outside the package: public declarations only."""
    command = [tool("swiftc"), "-typecheck", USAGE, *search_flags(folder)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        sys.exit("api-surface: Tests/GongwenAPITests/LibraryUsage.swift needs more than the public API "
                 "(errors above): make what it uses public, or change the example")


def typecheck_guide(folder):
    """The Swift examples of docs/swift-api.md compile with public API only (each block in its own scope,
    with `template`, `data` and `bytes` given, as the page's text assumes)."""
    with open(GUIDE, encoding="utf-8") as f:
        blocks = [b for b in re.findall(r"```swift\n(.*?)```", f.read(), re.S) if "Package.swift" not in b]
    scopes = "\n".join("do {\n" + block.replace("import Gongwen\n", "") + "}" for block in blocks)
    given = 'let template = try Template(path: "x.docx")\nlet data: Value = [:]\nlet bytes: [UInt8] = []\n'
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "SwiftAPIGuide.swift")
        with open(source, "w", encoding="utf-8") as f:
            f.write("import Gongwen\n\nfunc guide() throws {\n" + given + scopes + "\n}\n")
        result = subprocess.run([tool("swiftc"), "-typecheck", source, *search_flags(folder)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        sys.exit("api-surface: an example in docs/swift-api.md does not compile with the public API (errors above)")


def spelled(fragments):
    return " ".join("".join(fragment["spelling"] for fragment in fragments).split())


def surface(folder):
    """The public symbols, and those of them without a doc comment."""
    lines, undocumented = set(), set()
    with tempfile.TemporaryDirectory() as out:
        for module in MODULES:
            command = [tool("swift-symbolgraph-extract"), "-module-name", module, "-target", target_triple(),
                       "-output-dir", out, "-minimum-access-level", "public",
                       *search_flags(folder)]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                sys.stderr.write(result.stderr)
                sys.exit(f"api-surface: swift-symbolgraph-extract failed for {module}")
        for path in sorted(glob.glob(os.path.join(out, "*.symbols.json"))):
            graph = json.load(open(path, encoding="utf-8"))
            module = graph["module"]["name"]
            for symbol in graph["symbols"]:
                # Members the compiler synthesizes for conformances (`hashValue`, `init(rawValue:)`, `!=`)
                # follow from the conformances, which the type's line shows.
                if symbol.get("accessLevel") not in ("public", "open") or "::SYNTHESIZED::" in symbol["identifier"]["precise"]:
                    continue
                name = ".".join(symbol["pathComponents"])
                kind = symbol["kind"]["identifier"].removeprefix("swift.")
                line = f"{module} {kind} {name}: {spelled(symbol.get('declarationFragments', []))}"
                lines.add(line)
                witness = name.endswith((".init(rawValue:)", ".init(from:)"))  # RawRepresentable, Decodable
                if not symbol.get("docComment") and kind not in UNDOCUMENTED_KINDS and not witness:
                    undocumented.add(line)
    return sorted(lines), sorted(undocumented)


def target_triple():
    out = subprocess.run([tool("swiftc"), "-print-target-info"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["target"]["triple"]


def main(argv):
    if argv not in (["--write"], ["--check"]):
        sys.exit(__doc__)
    folder = build_folder()
    typecheck_usage(folder)
    typecheck_guide(folder)
    current, undocumented = surface(folder)
    if undocumented:
        print("\n".join("undocumented: " + line for line in undocumented))
        sys.exit(f"api-surface: {len(undocumented)} public declaration(s) above have no doc comment (///)")
    header = ["# Gongwen's public Swift API, one line per symbol. Regenerate: make api (a test compares it).", ""]
    if argv == ["--write"]:
        with open(SURFACE, "w", encoding="utf-8") as f:
            f.write("\n".join(header + current) + "\n")
        print(f"docs/api.txt: {len(current)} public symbols")
        return
    recorded = [line for line in open(SURFACE, encoding="utf-8").read().splitlines() if line and not line.startswith("#")]
    added, removed = sorted(set(current) - set(recorded)), sorted(set(recorded) - set(current))
    if added or removed:
        for line in added:
            print("+ " + line)
        for line in removed:
            print("- " + line)
        sys.exit("api-surface: the public API differs from docs/api.txt (above). If the change is meant, run "
                 "`make api` and commit docs/api.txt; otherwise use `package` for what is not API.")
    print(f"api-surface: {len(current)} public symbols, as recorded in docs/api.txt")


if __name__ == "__main__":
    main(sys.argv[1:])
