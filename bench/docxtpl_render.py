#!/usr/bin/env python3
"""Renders the Jinja twin with docxtpl for the first N units of a CSV unit table (dotted headers as
nested dicts, as Gongwen reads them) and prints documents per second and CPU milliseconds per document as JSON.

usage: docxtpl_render.py TWIN.docx UNITS.csv N OUTDIR"""
import csv
import json
import os
import sys
import time

from docxtpl import DocxTemplate
from jinja2 import Environment

# Gongwen's `date` filter formats a date; the unit table already holds the date as it prints, so the
# twin's filter passes the value through (docxtpl does no less work than with a formatting filter).
ENVIRONMENT = Environment(autoescape=False)
ENVIRONMENT.filters["date"] = lambda value, pattern=None: value


def nested(header, row):
    unit = {}
    for name, value in zip(header, row):
        parts = name.split(".")
        target = unit
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    return unit


def main(twin, table, count, outdir):
    with open(table, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, units = rows[0], rows[1 : 1 + count]
    os.makedirs(outdir, exist_ok=True)
    start, cpu = time.perf_counter(), time.process_time()
    for number, row in enumerate(units):
        document = DocxTemplate(twin)  # docxtpl renders a template object once
        document.render(nested(header, row), ENVIRONMENT)
        document.save(os.path.join(outdir, f"{number + 1:05d}.docx"))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"documents": len(units), "seconds": seconds, "docs_per_s": len(units) / seconds,
                      "cpu_ms_per_doc": cpu * 1000 / len(units)}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
