#!/usr/bin/env python3
"""Regenerates the district-office workbooks, made with openpyxl the way an office lays out a summary
table: a title row merged across the table, a two-row header with merged group headings (检查 over 次数
and 企业数, 隐患 over 发现 处数 and 整改) and headings merged down (序号, 单位, 整改率, 整改资金（万元）), headers
written as people write them (a space, full-width brackets), four units, a
合计 row whose label is merged across 序号 and 单位, a percent column (0.0%) and a money column
(#,##0.00).

安全检查汇总.xlsx leaves one cell blank (区卫生健康委's 检查.企业数, D6); 安全检查汇总-已填.xlsx is the
same table with that cell filled. 异常单元格.xlsx holds an error value (#DIV/0!), a formula saved without
its value and a shared-string index past the table, each in a unit row.

usage: pip install openpyxl && python3 make_district_xlsx.py   (writes beside this script)"""
import os
import shutil
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = [
    # 序号, 单位, 检查.次数, 检查.企业数, 隐患.发现 处数, 隐患.整改, 整改率, 整改资金（万元）
    (1, "区教育局", 12, 30, 25, 24, 0.96, 1234.5),
    (2, "区住房城乡建设局", 20, 85, 60, 51, 0.85, 56000),
    (3, "区卫生健康委", 8, 17, 10, 7, 0.068, 800.25),
    (4, "区市场监管局", 15, 42, 33, 33, 1.0, 0),
]


def workbook(blank):
    book = Workbook()
    sheet = book.active
    sheet.title = "汇总表"
    sheet["A1"] = "XX区2024年第三季度安全生产检查情况汇总表"
    sheet.merge_cells("A1:H1")
    sheet["A1"].alignment = Alignment(horizontal="center")
    for cell, text in {"A2": "序号", "B2": "单位", "C2": "检查", "E2": "隐患", "G2": "整改率", "H2": "整改资金（万元）",
                       "C3": "次数", "D3": "企业数", "E3": "发现 处数", "F3": "整改"}.items():
        sheet[cell] = text
    for merged in ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3", "H2:H3"]:
        sheet.merge_cells(merged)
    for offset, unit in enumerate(UNITS):
        row = 4 + offset
        for column, value in enumerate(unit, start=1):
            if blank and row == 6 and column == 4:
                continue
            cell = sheet.cell(row=row, column=column, value=value)
            if column == 7:
                cell.number_format = "0.0%"
            if column == 8:
                cell.number_format = "#,##0.00"
    total = 4 + len(UNITS)
    sheet.cell(row=total, column=1, value="合计")
    sheet.merge_cells(start_row=total, start_column=1, end_row=total, end_column=2)
    for column in range(3, 7):
        sheet.cell(row=total, column=column, value=sum(unit[column - 1] for unit in UNITS))
    sheet.cell(row=total, column=8, value=sum(unit[7] for unit in UNITS)).number_format = "#,##0.00"
    return book


def faulty():
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for column, text in enumerate(["单位", "企业数", "比例", "备注"], start=1):
        sheet.cell(row=1, column=column, value=text)
    sheet.append(["甲局", 3, 0.5, "好"])
    sheet.append(["乙局", 4, "=1/0", "好"])   # becomes an error value below
    sheet.append(["丙局", 5, "=B4*2", "好"])  # a formula saved without its value
    sheet.append(["丁局", 6, 0.25, "好"])     # its 备注 points past the shared strings below
    return book


def patch_faulty(path):
    """openpyxl stores formulas without values; give C3 an error value and D5 a bad shared string."""
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    sheet = entries["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<c r="C3"><f>1/0</f><v /></c>', '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    assert "#DIV/0!" in sheet, sheet
    start = sheet.index('<c r="D5"')
    end = sheet.index("</c>", start) + 4
    sheet = sheet[:start] + '<c r="D5" t="s"><v>999</v></c>' + sheet[end:]
    entries["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries.items():
            target.writestr(name, data)


def main():
    workbook(blank=True).save(os.path.join(HERE, "安全检查汇总.xlsx"))
    workbook(blank=False).save(os.path.join(HERE, "安全检查汇总-已填.xlsx"))
    path = os.path.join(HERE, "异常单元格.xlsx")
    faulty().save(path)
    patch_faulty(path)


if __name__ == "__main__":
    main()
