#!/usr/bin/env python3
"""Pack a Gongwen fixture case into a .docx, or list a template's paragraphs (stdlib only).

usage:
  pack_fixture.py CASE_DIR OUT.docx         overlay CASE_DIR/docx onto base/docx and zip it
  pack_fixture.py --all OUT_DIR             pack every case under cases/ into OUT_DIR/<case>.docx
  pack_fixture.py --paragraphs CASE_DIR     print each part's paragraphs, numbered as errors count them

The base is base/docx next to this script. Entries are written with [Content_Types].xml first, then
_rels/.rels, then the rest in sorted order, all deflated (the order Word uses does not matter to readers).
"""
import os
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "base", "docx")
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def package_files(case_dir, fmt="docx"):
    """Return {entry name: absolute path} for base overlaid with the case's files."""
    files = {}
    for root in (os.path.join(HERE, "base", fmt), os.path.join(case_dir, fmt)):
        for dirpath, _, names in os.walk(root):
            for n in names:
                full = os.path.join(dirpath, n)
                files[os.path.relpath(full, root).replace(os.sep, "/")] = full
    return files


def entry_order(name):
    return (0 if name == "[Content_Types].xml" else 1 if name == "_rels/.rels" else 2, name)


def pack(case_dir, out_path):
    files = package_files(case_dir)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files, key=entry_order):
            with open(files[name], "rb") as f:
                z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), f.read(),
                           compress_type=zipfile.ZIP_DEFLATED)


def paragraph_text(p):
    """w:t text, w:tab as \\t, w:br/w:cr as \\n, from runs whose nearest w:p is p."""
    out = []

    def walk(e):
        for c in e:
            if c.tag == W + "p":
                continue  # nested paragraph (text box): its own entry
            if c.tag == W + "t":
                out.append(c.text or "")
            elif c.tag == W + "tab" and e.tag == W + "r":
                out.append("\t")
            elif c.tag in (W + "br", W + "cr") and e.tag == W + "r":
                out.append("\n")
            walk(c)
    walk(p)
    return "".join(out)


def list_paragraphs(case_dir):
    files = package_files(case_dir)
    for name in sorted(files, key=entry_order):
        if not name.endswith(".xml") or not name.startswith("word/"):
            continue
        root = ET.parse(files[name]).getroot()
        paras = [e for e in root.iter() if e.tag == W + "p"]  # document order of start tags
        if not paras:
            continue
        print("%s:" % name)
        for number, para in paragraph_numbers(root, paras):
            print("  %3d  %r" % (number, paragraph_text(para)))


def paragraph_numbers(root, paras):
    """Numbers as errors count them: a paragraph in an mc:Fallback shares the number of the paragraph at
    the same position in the mc:Choice before it (a text box stored twice is counted once)."""
    parents = {child: parent for parent in root.iter() for child in parent}
    numbers, count, result = {}, 0, []
    for para in paras:
        node, twin = para, None
        while node in parents and node.tag != MC + "Fallback":
            node = parents[node]
        if node.tag == MC + "Fallback":
            choice = next((c for c in parents[node] if c.tag == MC + "Choice"), None)
            copies = [e for e in choice.iter() if e.tag == W + "p"] if choice is not None else []
            position = [e for e in node.iter() if e.tag == W + "p"].index(para)
            twin = copies[position] if position < len(copies) else None
        if twin is not None and twin in numbers:
            numbers[para] = numbers[twin]
        else:
            count += 1
            numbers[para] = count
        result.append((numbers[para], para))
    return result


def main(argv):
    if len(argv) == 2 and argv[0] == "--all":
        os.makedirs(argv[1], exist_ok=True)
        cases = os.path.join(HERE, "cases")
        for name in sorted(os.listdir(cases)):
            pack(os.path.join(cases, name), os.path.join(argv[1], name + ".docx"))
        return 0
    if len(argv) == 2 and argv[0] == "--paragraphs":
        list_paragraphs(argv[1])
        return 0
    if len(argv) == 2:
        pack(argv[0], argv[1])
        return 0
    print(__doc__.strip())
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
