#!/usr/bin/env python3
"""The peer for the unit-table memory figures of make bench: reads a wide table as Python programs
usually do and keeps every row (as gongwen keeps every unit), so its peak RSS is what holding the table
costs there. CSV through the csv module; .xlsx through openpyxl's read-only (streaming) mode.

usage: read_table_peer.py csv|xlsx FILE"""
import csv
import sys

kind, path = sys.argv[1], sys.argv[2]
rows = []
if kind == "csv":
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = [row for row in csv.reader(f)]
elif kind == "xlsx":
    from openpyxl import load_workbook
    book = load_workbook(path, read_only=True, data_only=True)
    rows = [["" if v is None else str(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
else:
    sys.exit(__doc__)
print(len(rows) - 1)
