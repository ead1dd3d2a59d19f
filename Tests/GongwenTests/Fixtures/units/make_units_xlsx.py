#!/usr/bin/env python3
"""Regenerates units.xlsx, the unit-table fixture, the way an office makes one: a spreadsheet (written
here as flat OpenDocument, .fods) saved as .xlsx by LibreOffice, so the file has LibreOffice's shared
strings, styles, number formats and merged cells.

Sheet 单位数据: a two-row header (单位, 编号, 比例, 成文日期, 金额 merged down; 学习 merged across
中心组学习次数 and 干部集中学习次数), then two units with text 007, a percentage, dates and grouped
numbers. Sheet 名单: a plain one-row header.

usage: python3 make_units_xlsx.py   (needs soffice; writes units.xlsx beside this script)"""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

STYLES = """
<number:percentage-style style:name="P1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:percentage-style style:name="P0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="DCN"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<number:date-style style:name="DISO"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<number:number-style style:name="N2G"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N0G"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<style:style style:name="cP1" style:family="table-cell" style:data-style-name="P1"/>
<style:style style:name="cP0" style:family="table-cell" style:data-style-name="P0"/>
<style:style style:name="cDCN" style:family="table-cell" style:data-style-name="DCN"/>
<style:style style:name="cDISO" style:family="table-cell" style:data-style-name="DISO"/>
<style:style style:name="cN2G" style:family="table-cell" style:data-style-name="N2G"/>
<style:style style:name="cN0G" style:family="table-cell" style:data-style-name="N0G"/>
<style:style style:name="cN2" style:family="table-cell" style:data-style-name="N2"/>
"""


def text(value, span=None):
    attrs = ""
    if span:
        attrs = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
    return f'<table:table-cell office:value-type="string"{attrs}><text:p>{value}</text:p></table:table-cell>'


def covered(count=1):
    return "<table:covered-table-cell/>" * count


def number(value, style=None):
    s = f' table:style-name="{style}"' if style else ""
    return f'<table:table-cell{s} office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def percent(value, style):
    return f'<table:table-cell table:style-name="{style}" office:value-type="percentage" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def date(value, style):
    return f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{value}"><text:p>{value}</text:p></table:table-cell>'


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def document():
    first = "".join([
        row(text("单位", (2, 1)), text("编号", (2, 1)), text("学习", (1, 2)), covered(), text("比例", (2, 1)),
            text("成文日期", (2, 1)), text("金额", (2, 1))),
        row(covered(2), text("中心组学习次数"), text("干部集中学习次数"), covered(3)),
        row(text("市教育局"), text("007"), number(12), number(24.5, "cN2"), percent(0.125, "cP1"),
            date("2023-01-09", "cDCN"), number(1234567.891, "cN2G")),
        row(text("市财政局"), text("012"), number(3), number(4, "cN2"), percent(0.5, "cP0"),
            date("2023-02-28", "cDISO"), number(1000, "cN0G")),
    ])
    second = row(text("单位"), text("人数")) + row(text("市统计局"), number(7))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{STYLES}</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="单位数据"><table:table-column table:number-columns-repeated="7"/>{first}</table:table>
<table:table table:name="名单"><table:table-column table:number-columns-repeated="2"/>{second}</table:table>
</office:spreadsheet></office:body></office:document>
"""


def main():
    work = tempfile.mkdtemp()
    try:
        source = os.path.join(work, "units.fods")
        with open(source, "w", encoding="utf-8") as f:
            f.write(document())
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "units.xlsx"), os.path.join(HERE, "units.xlsx"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
