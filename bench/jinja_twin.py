#!/usr/bin/env python3
"""Builds docxtpl's twin of a Gongwen template: the same package with every tag rewritten in Jinja.

`{{a.b}}` becomes `{{ a.b }}`, and a filter `| name:"arg"` becomes `| name("arg")` (`docxtpl_render.py`
gives Jinja the one filter it lacks, `date`). A section `{{#x}}` … `{{/x}}` becomes `{% if x %}` …
`{% endif %}`, an inverted one `{{^x}}` `{% if not x %}`; standing alone in its paragraph, they become
docxtpl's paragraph tags `{%p … %}`. `{{.}}` is the innermost section's value. Tags that Word split
across runs are joined into the run where they start, as both engines expect. Parts are read with
zipfile and edited with lxml (the XML, not its text), run with the virtualenv that has docxtpl.

usage: jinja_twin.py TEMPLATE.docx OUT.docx"""
import re
import sys
import zipfile

from lxml import etree  # installed with docxtpl

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TAG = re.compile(r"\{\{(.*?)\}\}")


FILTER = re.compile(r'\|\s*(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|[^|\s]+)')


def expression(text):
    """A Gongwen expression in Jinja: `x | name:"arg"` as `x | name("arg")`."""
    return FILTER.sub(lambda m: "| " + m.group(1) + "(" + m.group(2) + ")", text.strip())


def jinja(inner, alone, sections):
    """The Jinja tag for a Gongwen tag; `sections` is the stack of open sections' expressions."""
    inner = inner.strip()
    p = "p" if alone else ""
    if inner.startswith("#"):
        sections.append(expression(inner[1:]))
        return "{%" + p + " if " + sections[-1] + " %}"
    if inner.startswith("^"):
        sections.append(expression(inner[1:]))
        return "{%" + p + " if not (" + sections[-1] + ") %}"
    if inner.startswith("/"):
        if sections:
            sections.pop()
        return "{%" + p + " endif %}"
    if inner == "." and sections:
        return "{{ " + sections[-1] + " }}"
    return "{{ " + expression(inner) + " }}"


def rewrite_paragraph(paragraph, sections):
    texts = list(paragraph.iter(f"{{{W}}}t"))
    joined = "".join(t.text or "" for t in texts)
    matches = list(TAG.finditer(joined))
    if not matches:
        return False
    alone = len(matches) == 1 and joined.strip() == matches[0].group(0)
    # in document order, so that sections open before their `{{.}}` and close after it
    tags = [jinja(match.group(1), alone, sections) for match in matches]
    starts, position = [], 0
    for t in texts:
        starts.append(position)
        position += len(t.text or "")
    new = [list(t.text or "") for t in texts]
    for match, tag in reversed(list(zip(matches, tags))):
        begin, end = match.span()
        first = max(i for i, s in enumerate(starts) if s <= begin and (new[i] or s == begin))
        for i, t in enumerate(texts):
            lo, hi = starts[i], starts[i] + len(t.text or "")
            for offset in range(max(lo, begin), min(hi, end)):
                new[i][offset - lo] = ""
        new[first][begin - starts[first]] = tag
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
                sections = []
                changed = [rewrite_paragraph(p, sections) for p in root.iter(f"{{{W}}}p")]
                if any(changed):
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
