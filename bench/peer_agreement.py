#!/usr/bin/env python3
"""Measures how often Gongwen renders peer-style templates paragraph for paragraph as the peers do.

  1. docxtemplater: every case of bench/peer-cases/docxtemplater.json (templates written for docxtemplater,
     with the paragraphs docxtemplater gives for them) is built as a Word document, its tags split across
     runs where the case says so, rendered by `gongwen render --syntax docxtemplater` (plus the case's
     delimiters and syntax options), and its paragraphs compared with the expected ones. docxtemplater
     itself is an npm package, so its outputs are recorded in the corpus rather than produced here.
  2. docxtpl: every case of bench/peer-cases/docxtpl.json holds a Gongwen template and its Jinja twin; both
     are built, rendered (docxtpl from PyPI, in the interpreter running this script) with the same data,
     and their paragraphs compared.

Prints one line per disagreement and the share of agreeing cases per peer; exits 1 when docxtemplater's
share is under --min (95 by default). Runs in `make bench`; alone:

  bench/.venv/bin/python bench/peer_agreement.py .build/release/gongwen

usage: peer_agreement.py GONGWEN [--min PERCENT] [--work DIR]"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RUN_BREAK = "¦"

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'officeDocument" Target="word/document.xml"/></Relationships>')


def paragraph(text):
    """A paragraph whose runs are the parts of `text` between '¦' marks, as Word splits typed text."""
    runs = "".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(part) for part in text.split(RUN_BREAK) if part)
    return "<w:p>%s</w:p>" % runs


def table(rows):
    columns = max(len(row) for row in rows)
    width = 9000 // columns
    grid = "".join('<w:gridCol w:w="%d"/>' % width for _ in range(columns))
    body = "".join("<w:tr>%s</w:tr>" % "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                                               % (width, paragraph(cell)) for cell in row) for row in rows)
    return ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % (grid, body))


def document(blocks):
    """document.xml for blocks: paragraphs (text) and table rows ({"row": [cells]}, consecutive ones one table)."""
    xml, rows = [], []
    for block in blocks + [None]:
        if isinstance(block, dict):
            rows.append(block["row"])
            continue
        if rows:
            xml.append(table(rows))
            xml.append("<w:p/>")  # Word ends a cell's table with a paragraph; it is not compared
            rows = []
        if isinstance(block, str):
            xml.append(paragraph(block))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(xml)))


def write_docx(path, blocks):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", document(blocks))


def paragraphs(path):
    """Every paragraph's text in document order, table cells included; the empty paragraph after a table
    (added by `document`) and a trailing empty paragraph are left out."""
    with zipfile.ZipFile(path) as package:
        root = ElementTree.fromstring(package.read("word/document.xml"))
    texts = []
    body = root.find("{%s}body" % W)
    for child in body:
        if child.tag == "{%s}tbl" % W:
            texts += [text_of(p) for p in child.iter("{%s}p" % W)]
            texts.append(None)
        elif child.tag == "{%s}p" % W:
            texts.append(text_of(child))
    kept = [t for i, t in enumerate(texts) if t is not None and not (t == "" and i > 0 and texts[i - 1] is None)]
    return kept


def text_of(p):
    out = []
    for node in p.iter():
        if node.tag == "{%s}t" % W:
            out.append(node.text or "")
        elif node.tag == "{%s}tab" % W:
            out.append("\t")
        elif node.tag == "{%s}br" % W:
            out.append("\n")
    return "".join(out)


def gongwen_render(binary, work, name, blocks, data, arguments):
    template, data_path, output = (os.path.join(work, name + suffix) for suffix in (".docx", ".json", "-out.docx"))
    write_docx(template, blocks)
    with open(data_path, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False)
    run = subprocess.run([binary, "render", template, data_path, "-o", output] + arguments,
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[0] if run.stderr.strip() else "exit %d" % run.returncode
    return paragraphs(output), None


def docxtemplater_arguments(case):
    arguments = ["--syntax", "docxtemplater"]
    if "delimiters" in case:
        arguments += ["--delimiters", case["delimiters"]]
    options = case.get("options", {})
    if options.get("allowUnclosedTag"):
        arguments.append("--allow-unclosed-tag")
    if options.get("allowUnopenedTag"):
        arguments.append("--allow-unopened-tag")
    if "changeDelimiterPrefix" in options:
        arguments += ["--change-delimiter-prefix", options["changeDelimiterPrefix"] or ""]
    return arguments


def measure_docxtemplater(binary, work):
    with open(os.path.join(HERE, "peer-cases", "docxtemplater.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    agreed = 0
    for number, case in enumerate(cases):
        got, error = gongwen_render(binary, work, "dt%03d" % number, case["body"], case["data"],
                                    docxtemplater_arguments(case))
        if got == case["expected"]:
            agreed += 1
        else:
            print("  differs: %s: expected %s, got %s" % (case["name"], json.dumps(case["expected"], ensure_ascii=False),
                                                          json.dumps(got, ensure_ascii=False) if error is None else error))
    return agreed, len(cases)


def measure_docxtpl(binary, work):
    try:
        from docxtpl import DocxTemplate
    except ImportError:
        print("  docxtpl is not installed in this interpreter (bench/.venv/bin/pip install docxtpl)")
        return None
    with open(os.path.join(HERE, "peer-cases", "docxtpl.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    agreed = 0
    for number, case in enumerate(cases):
        ours, error = gongwen_render(binary, work, "tpl%03d" % number, case["gongwen"], case["data"], [])
        twin, twin_out = (os.path.join(work, "tpl%03d-jinja%s" % (number, suffix)) for suffix in (".docx", "-out.docx"))
        write_docx(twin, case["jinja"])
        document = DocxTemplate(twin)
        document.render(case["data"])
        document.save(twin_out)
        theirs = paragraphs(twin_out)
        if ours == theirs:
            agreed += 1
        else:
            print("  differs: %s: docxtpl %s, gongwen %s" % (case["name"], json.dumps(theirs, ensure_ascii=False),
                                                              json.dumps(ours, ensure_ascii=False) if error is None else error))
    return agreed, len(cases)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gongwen")
    parser.add_argument("--min", type=float, default=95.0)
    parser.add_argument("--work")
    arguments = parser.parse_args()
    work = arguments.work or tempfile.mkdtemp(prefix="gongwen-peers-")
    os.makedirs(work, exist_ok=True)
    binary = os.path.abspath(arguments.gongwen)
    agreed, total = measure_docxtemplater(binary, work)
    share = 100.0 * agreed / total
    print("docxtemplater (recorded outputs): %d of %d cases agree, %.1f%%" % (agreed, total, share))
    docxtpl = measure_docxtpl(binary, work)
    if docxtpl:
        print("docxtpl (rendered here): %d of %d cases agree, %.1f%%" % (docxtpl[0], docxtpl[1], 100.0 * docxtpl[0] / docxtpl[1]))
    return 0 if share >= arguments.min else 1


if __name__ == "__main__":
    sys.exit(main())
