#!/usr/bin/env python3
"""Builds docxtpl's twin of a Gongwen template: the same package with every tag rewritten in Jinja.

`{{a.b}}` becomes `{{ a.b }}`; a section standing alone in its paragraph, `{{#x}}` … `{{/x}}`, becomes
docxtpl's paragraph tags `{%p if x %}` … `{%p endif %}`. Tags that Word split across runs are joined
into the run where they start, as both engines expect. Parts are read with zipfile and edited with
lxml (the XML, not its text), run with the virtualenv that has docxtpl.

usage: jinja_twin.py TEMPLATE.docx OUT.docx"""
import re
import sys
import zipfile

from lxml import etree  # installed with docxtpl

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TAG = re.compile(r"\{\{(.*?)\}\}")


def jinja(inner):
    inner = inner.strip()
    if inner.startswith("#"):
        return "{%p if " + inner[1:].strip() + " %}"
    if inner.startswith("/"):
        return "{%p endif %}"
    return "{{ " + inner + " }}"


def rewrite_paragraph(paragraph):
    texts = list(paragraph.iter(f"{{{W}}}t"))
    joined = "".join(t.text or "" for t in texts)
    matches = list(TAG.finditer(joined))
    if not matches:
        return False
    starts, position = [], 0
    for t in texts:
        starts.append(position)
        position += len(t.text or "")
    new = [list(t.text or "") for t in texts]
    for match in reversed(matches):
        begin, end = match.span()
        first = max(i for i, s in enumerate(starts) if s <= begin and (new[i] or s == begin))
        for i, t in enumerate(texts):
            lo, hi = starts[i], starts[i] + len(t.text or "")
            for offset in range(max(lo, begin), min(hi, end)):
                new[i][offset - lo] = ""
        new[first][begin - starts[first]] = jinja(match.group(1))
    for t, chars in zip(texts, new):
        t.text = "".join(chars)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return True


def main(source, target):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml") and b"{{" in data:
                root = etree.fromstring(data)
                changed = [rewrite_paragraph(p) for p in root.iter(f"{{{W}}}p")]
                if any(changed):
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
