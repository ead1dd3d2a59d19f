#!/usr/bin/env python3
"""Writes a unit table of N units for the benchmark: the rows of samples/units.csv repeated, each unit
named distinctly (市教育局 → 市教育局0042) and its figures varied, as UTF-8 CSV with a BOM and CRLF.

usage: make_units.py SAMPLE.csv N OUT.csv"""
import csv
import sys

sample, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(sample, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, units = rows[0], rows[1:]
with open(out, "w", encoding="utf-8-sig", newline="") as f:
    writer = csv.writer(f, lineterminator="\r\n")
    writer.writerow(header)
    for n in range(count):
        row = list(units[n % len(units)])
        row[0] = f"{row[0]}{n + 1:05d}"
        # Figures after the four text columns: vary them so no two documents are the same.
        for i in range(4, len(row)):
            row[i] = str(int(row[i]) + n % 7)
        writer.writerow(row)
