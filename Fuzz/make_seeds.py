#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpus (deterministic, stdlib only).

corpus/tags/: the first byte picks the delimiters (0 {{ }}, 1 { }, 2 << >>, 3 【 】), the rest is text.
corpus/render-part/: word/document.xml of fixture cases, indentation between elements removed.
Run from anywhere: python3 Fuzz/make_seeds.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "Tests", "GongwenTests", "Fixtures", "cases")

TAGS = [
    (0, "尊敬的{{name}}：您好。"),
    (0, "{{#items}}{{$index}}. {{name}}（{{amount | number:'#,##0.00'}}）{{^$last}}、{{/$last}}{{/items}}"),
    (0, "{{^empty}}无{{/empty}}{{#flag}}是{{/flag}}{{#off}}否{{/off}}"),
    (0, "{{n | cnmoney}} {{n | wan:1}} {{n | percent:1}} {{big | number:'#,##0'}} {{neg | number:'0.000'}}"),
    (0, "{{date | date:'yyyy年M月d日'}} {{time | date:'cn'}} {{n | cn}}"),
    (0, "{{ title | upper | lower | trim | default:“无标题” }}{{list | join:'、'}}{{list | count}}{{text | len}}"),
    (0, "{{nested.a.b.c}}{{#nested}}{{a.b.c}}{{#a}}{{b.c}}{{/a}}{{/nested}}{{#list}}{{.}}{{/list}}"),
    (0, "{{#items}}{{#items}}{{name}}{{$count}}{{$first}}{{/items}}{{/items}}"),
    (0, "{{>正文}}{{%图片}}{{ 名称 ｜ default:'无' }}"),
    (0, "{{name {{title}} }} {{}} {{#}} {{a..b}} {{doc.}} {{/items}}"),
    (0, "{{#items}}{{/item}}{{#a}}{{#b}}{{/a}}"),
    (0, "{{text}}{{text | trim}}{{missing | default:0}}{{n | number:'¥#,##0.0'}}"),
    (1, "{name}，{#items}{name}{/items}"),
    (2, "<<name>> <<#items>><<name>><</items>> << n | number:'0.0' >>"),
    (3, "【name】【#list】【.】【/list】【n｜cn】"),
    (0, "{{n | number:'#,##0.00元'}} {{n|wan}} {{neg|cnmoney}}"),
    (0, "{{time | date:'yy-MM-dd HH:mm:ss'}} {{time | date:'H时m分'}}"),
    (0, "{{big | cn}} {{big | wan:2}} {{n | percent:3}} {{2024 | cnyear}}"),
]

SEED_CASES = [
    "split-runs", "inline-loop", "paragraph-loop", "nested-paragraph-loops", "table-row-loop-merged",
    "cell-paragraph-loop", "numbering-restarts-nested-loop", "text-box", "special-values", "filters-chinese",
    "bookmark-in-tag", "conditions", "table-in-condition", "loop-repeats-table", "pagebreak-smarttag-in-tag",
]


def write(path, data):
    with open(path, "wb") as out:
        out.write(data)


def main():
    tags = os.path.join(HERE, "corpus", "tags")
    parts = os.path.join(HERE, "corpus", "render-part")
    os.makedirs(tags, exist_ok=True)
    os.makedirs(parts, exist_ok=True)
    for number, (choice, text) in enumerate(TAGS, 1):
        write(os.path.join(tags, "seed-%02d" % number), bytes([choice]) + text.encode("utf-8"))
    for case in SEED_CASES:
        with open(os.path.join(FIXTURES, case, "docx", "word", "document.xml"), "rb") as source:
            xml = source.read()
        compact = re.sub(rb">\s*\n\s*<", b"><", xml)
        write(os.path.join(parts, case + ".xml"), compact)


if __name__ == "__main__":
    main()
