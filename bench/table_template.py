#!/usr/bin/env python3
"""Writes the benchmark's table-loop template as an unpacked package folder (`gongwen pack` makes the
.docx): a table that repeats one row per item of 行. With --data, a JSON data file with N rows.

usage: table_template.py FOLDER   |   table_template.py --data N OUT.json"""
import json
import sys
import os

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def cell(text):
    return (f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>')


def template(path):
    header = "<w:tr>" + cell("序号") + cell("名称") + cell("数量") + "</w:tr>"
    loop = "<w:tr>" + cell("{{#行}}{{序号}}") + cell("{{名称}}") + cell("{{数量}}{{/行}}") + "</w:tr>"
    table = (f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>'
             f'<w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
             f'{header}{loop}</w:tbl>')
    document = (f'{DECL}<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{{{{标题}}}}</w:t></w:r></w:p>'
                f'{table}<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    parts = {
        "[Content_Types].xml": DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
    }
    for name, text in parts.items():
        os.makedirs(os.path.dirname(os.path.join(path, name)), exist_ok=True)
        with open(os.path.join(path, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)


def data(count, path):
    rows = [{"序号": str(n + 1), "名称": f"项目{n + 1}", "数量": str((n * 37) % 1000)} for n in range(count)]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"标题": "明细表", "行": rows}, f, ensure_ascii=False)


if __name__ == "__main__":
    if sys.argv[1] == "--data":
        data(int(sys.argv[2]), sys.argv[3])
    else:
        template(sys.argv[1])
