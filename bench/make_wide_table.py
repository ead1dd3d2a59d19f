#!/usr/bin/env python3
"""Writes a wide unit table for the scale figures of make bench: N rows × 24 columns (单位, then 23
figures), as CSV (UTF-8 with a BOM, CRLF) or as .xlsx (openpyxl's streaming writer, so the workbook is
made in constant memory), and a one-paragraph template that prints three of the columns.

usage: make_wide_table.py csv|xlsx N OUT   |   make_wide_table.py template OUT.docx   |   make_wide_table.py same-key N OUT.csv"""
import csv
import sys
import zipfile

COLUMNS = ["单位"] + [f"指标{n:02d}" for n in range(1, 24)]


def rows(count, same_key=False):
    for n in range(count):
        yield ["市教育局" if same_key else f"单位{n + 1:06d}"] + [str((n * 7 + c) % 1000) for c in range(23)]


def write_csv(count, out, same_key=False):
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows(count, same_key))


def write_xlsx(count, out):
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    sheet.append(COLUMNS)
    for row in rows(count):
        sheet.append([row[0]] + [int(v) for v in row[1:]])
    book.save(out)


def write_template(out):
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    text = "{{单位}}：指标一{{指标01}}，指标十二{{指标12 | number:\"#,##0\"}}，指标二十三{{指标23}}。"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", declaration + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", declaration + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", declaration + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">' + text + '</w:t></w:r></w:p><w:sectPr/></w:body></w:document>')


kind = sys.argv[1]
if kind == "csv":
    write_csv(int(sys.argv[2]), sys.argv[3])
elif kind == "same-key":
    write_csv(int(sys.argv[2]), sys.argv[3], same_key=True)
elif kind == "xlsx":
    write_xlsx(int(sys.argv[2]), sys.argv[3])
elif kind == "template":
    write_template(sys.argv[2])
else:
    sys.exit(__doc__)
