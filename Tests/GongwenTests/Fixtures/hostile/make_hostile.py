#!/usr/bin/env python3
"""Writes the hostile-input corpus: broken and malicious templates and data files, and expected.json,
which says for each file the error Gongwen must give (stable id, part, words the message must hold).

Deterministic and small on disk (bombs are small by nature); python3 standard library only. Zip files
are written byte by byte (not with zipfile) so that headers can lie, names can hold anything and
entries can overlap.

    python3 Tests/GongwenTests/Fixtures/hostile/make_hostile.py
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ among the fixtures
import ambiguous_archives  # noqa: E402
from hostile_packages import (DECL, DOCUMENT_RELS, MANIFEST, ODT_BODY, PACKAGE_RELS, R, STYLES, W, WML, Entry,
                              central_header, content_types, document, docx, docx_parts, end_record,
                              local_header, odt, odt_content, paragraph, relationships, zip_bytes)

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
EXPECTED = []


# ---------------------------------------------------------------- corpus entries

def add(name, data, input_kind, error_id, part=None, contains=(), line=None, column=None, absent=()):
    with open(os.path.join(FILES, name), "wb") as out:
        out.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    record = {"file": name, "input": input_kind, "id": error_id}
    if part is not None:
        record["part"] = part
    if contains:
        record["contains"] = list(contains)
    if line is not None:
        record["line"], record["column"] = line, column
    if absent:
        record["absent"] = list(absent)
    EXPECTED.append(record)


def template(name, data, error_id, part=None, contains=(), absent=()):
    add(name, data, "template", error_id, part=part, contains=contains, absent=absent)


def data_file(name, text, contains=(), line=None, column=None, error_id="data_error"):
    add(name, text, "data", error_id, contains=contains, line=line, column=column)


BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [\n<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">\n'
                  + "".join('<!ENTITY %s "%s">\n' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(9))
                  + ']>\n')


def templates():
    valid = docx()
    # Not a zip, or a broken one.
    template("not-a-zip.docx", "这不是一个压缩包，只是一段文字。\n", "archive_notAZip")
    template("empty.docx", b"", "archive_notAZip", contains=["empty"])
    template("pdf-renamed.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "archive_notAZip")
    template("legacy-doc.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "archive_notAZip",
             contains=[".doc", "password"])
    template("truncated-half.docx", valid[: len(valid) // 2], "archive_truncated")
    template("truncated-end-record.docx", valid[:-10], "archive_truncated")
    bad_crc = zip_bytes([Entry(n, v, crc=0x12345678) if n == "word/document.xml" else Entry(n, v)
                         for n, v in docx_parts()])
    template("corrupt-crc.docx", bad_crc, "archive_corrupt", part="word/document.xml")
    broken_deflate = zip_bytes([Entry(n, v, raw=b"\xff" * 40) if n == "word/document.xml" else Entry(n, v)
                                for n, v in docx_parts()])
    template("corrupt-deflate.docx", broken_deflate, "archive_corrupt", part="word/document.xml")
    encrypted = zip_bytes([Entry(n, v, flags=0x801) if n == "word/document.xml" else Entry(n, v)
                           for n, v in docx_parts()])
    template("encrypted-entry.docx", encrypted, "archive_encrypted", part="word/document.xml")
    # Entry names.
    for file, name in [("zip-slip-dotdot.docx", "../../../tmp/evil.xml"), ("zip-slip-absolute.docx", "/etc/cron.d/evil"),
                       ("zip-slip-backslash.docx", "word\\..\\..\\evil.xml"), ("zip-slip-drive.docx", "C:/Windows/evil.xml")]:
        template(file, docx(extra=[(name, "x")]), "archive_unsafeEntryName")
    # libzip itself calls a name flagged UTF-8 that holds a control character inconsistent; unflagged, it is ours.
    control = zip_bytes([Entry(n, v) for n, v in docx_parts()] + [Entry("word/\x1b[31mred.xml", "x", flags=0)])
    template("name-control-char.docx", control, "archive_unsafeEntryName", contains=["control character"])
    template("name-nul.docx", docx(extra=[(b"word/document.xml\x00.png", "x")]), "archive_unsafeEntryName",
             contains=["NUL"])
    template("name-not-utf8.docx", docx(extra=[("word/".encode() + "公文.xml".encode("gbk"), "x")]),
             "archive_unsafeEntryName", contains=["UTF-8"])
    template("name-case-duplicate.docx", docx(extra=[("WORD/Document.XML", document())]), "archive_duplicateEntryName",
             contains=["case"])
    template("name-exact-duplicate.docx", docx(extra=[("word/document.xml", document())]), "archive_duplicateEntryName")
    many = [Entry(n, v) for n, v in docx_parts()] + [Entry("%d" % i, b"", method=0) for i in range(10_000)]
    template("too-many-entries.docx", zip_bytes(many), "archive_tooManyEntries", contains=["10005", "10000"])
    # Zip bombs: by ratio, by declared size, by a header that lies, by overlapping entries.
    head = DECL + '<w:document xmlns:w="%s"><w:body>' % W
    ratio = head + " " * (24 << 20) + paragraph("{{name}}") + "</w:body></w:document>"
    template("bomb-ratio.docx", docx(word__document_xml=ratio), "archive_compressionRatio", part="word/document.xml")
    declared = zip_bytes([Entry(n, v, size=300 << 20) if n == "word/document.xml" else Entry(n, v)
                          for n, v in docx_parts()])
    template("bomb-declared-size.docx", declared, "archive_entryTooLarge", part="word/document.xml")
    lying = zip_bytes([Entry(n, head + " " * (8 << 20) + "</w:body></w:document>", size=1024)
                       if n == "word/document.xml" else Entry(n, v) for n, v in docx_parts()])
    template("bomb-lying-size.docx", lying, "archive_corrupt", part="word/document.xml", contains=["declares"])
    template("bomb-overlapping-entries.docx", overlapping_bomb(), "archive_corrupt")
    ambiguous_archives.make(template)
    # XML: DTDs of every kind, encodings, well-formedness, libxml2's limits.
    template("xml-billion-laughs.docx", docx(word__document_xml=document(body=paragraph("&i;"), prolog=BILLION_LAUGHS)),
             "xml_dtd_forbidden", part="word/document.xml")
    xxe = '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM "%s">]>\n'
    template("xml-xxe-file.docx", docx(word__document_xml=document(paragraph("&x;"), prolog=xxe % "file:///etc/passwd")),
             "xml_dtd_forbidden", part="word/document.xml")
    template("xml-xxe-network.docx",
             docx(word__document_xml=document(paragraph("&x;"), prolog=xxe % "http://169.254.169.254/latest/meta-data/")),
             "xml_dtd_forbidden", part="word/document.xml")
    template("xml-external-subset.docx",
             docx(word__document_xml=document(prolog='<?xml version="1.0"?>\n<!DOCTYPE w:document SYSTEM "http://example.com/w.dtd">\n')),
             "xml_dtd_forbidden", part="word/document.xml")
    template("xml-parameter-entity.docx",
             docx(word__document_xml=document(prolog='<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>\n')),
             "xml_dtd_forbidden", part="word/document.xml")
    template("xml-dtd-in-package-rels.docx", docx(**{"_rels/.rels": None}, extra=[
        ("_rels/.rels", '<?xml version="1.0"?><!DOCTYPE Relationships [<!ENTITY t "word/document.xml">]>'
         + PACKAGE_RELS[len(DECL):].replace("word/document.xml", "&t;"))]),
        "xml_dtd_forbidden", part="_rels/.rels")
    template("xml-dtd-in-content-types.docx",
             docx(CT='<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY a "b">]>' + content_types()[len(DECL):]),
             "xml_dtd_forbidden", part="[Content_Types].xml")
    template("xml-dtd-in-styles.docx", docx(word__styles_xml='<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "b">]>'
                                            + STYLES[len(DECL):]), "xml_dtd_forbidden", part="word/styles.xml")
    utf32 = document().replace('encoding="UTF-8"', 'encoding="UTF-32"').encode("utf-32")
    template("xml-utf32.docx", docx(extra=[("word/document.xml", utf32)], word__document_xml=None),
             "xml_unsupported_encoding", part="word/document.xml")
    latin1 = document(paragraph("Caf\u00e9 {{name}}")).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    template("xml-latin1.docx", docx(extra=[("word/document.xml", latin1.encode("latin-1"))], word__document_xml=None),
             "xml_unsupported_encoding", part="word/document.xml", contains=["ISO-8859-1"])
    gbk = document(paragraph("通知 {{name}}")).replace('encoding="UTF-8"', 'encoding="GBK"')
    template("xml-gbk.docx", docx(extra=[("word/document.xml", gbk.encode("gbk"))], word__document_xml=None),
             "xml_unsupported_encoding", part="word/document.xml")
    invalid = document(paragraph("公文 {{name}}")).encode("utf-8").replace("公文".encode(), "公文".encode("gbk"))
    template("xml-invalid-utf8.docx", docx(extra=[("word/document.xml", invalid)], word__document_xml=None),
             "xml_unsupported_encoding", part="word/document.xml")
    template("xml-not-well-formed.docx", docx(word__document_xml=document("<w:p><w:r><w:t>{{name}}</w:r></w:p>")),
             "xml_not_well_formed", part="word/document.xml")
    template("xml-unbound-prefix.docx", docx(word__document_xml=document('<w:p><x:r/></w:p>')),
             "xml_not_well_formed", part="word/document.xml")
    template("xml-empty-part.docx", docx(word__document_xml=""), "xml_empty", part="word/document.xml")
    template("xml-deep-nesting.docx", docx(word__document_xml=document("<w:sdt>" * 5000 + "</w:sdt>" * 5000)),
             "xml_not_well_formed", part="word/document.xml", contains=["depth"])
    template("xml-huge-text.docx", docx(word__document_xml=document(paragraph(varied_text(11_000_000)))),
             "xml_not_well_formed", part="word/document.xml")
    # Template language: sections nested without end would exhaust the stack.
    deep = paragraph("{{#items}}" * 200_000 + "{{name}}" + "{{/items}}" * 200_000)
    template("sections-nested-too-deep.docx", docx(word__document_xml=document(deep)), "section_too_deep",
             part="word/document.xml", contains=["nested"])
    # Structure: what is missing or points nowhere.
    template("missing-document.docx", docx(word__document_xml=None), "package_missing_part", part="word/document.xml")
    template("missing-main-relationship.docx",
             docx(**{"_rels/.rels": relationships([("rId2", "extended-properties", "docProps/app.xml", False)])}),
             "package_missing_part", part="_rels/.rels", contains=["officeDocument"])
    template("no-content-types.docx", docx(CT=None), "package_unknown_format")
    template("broken-styles-relationship.docx", docx(word__styles_xml=None), "package_broken_reference",
             part="word/_rels/document.xml.rels", contains=["word/styles.xml"])
    template("broken-header-relationship.docx",
             docx(**{"word/_rels/document.xml.rels": relationships([("rId1", "styles", "styles.xml", False),
                                                                   ("rId9", "header", "header1.xml", False)])}),
             "package_broken_reference", part="word/_rels/document.xml.rels", contains=["word/header1.xml", "rId9"])
    # Macros and active content.
    template("macro-docm.docx", docx(CT=content_types("application/vnd.ms-word.document.macroEnabled.main+xml",
                                                      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'),
                                     extra=[("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(56))]),
             "package_active_content", part="word/vbaProject.bin", contains=["--keep-macros"])
    template("macro-dotm-content-type.docx",
             docx(CT=content_types("application/vnd.ms-word.template.macroEnabledTemplate.main+xml")),
             "package_active_content", part="[Content_Types].xml")
    template("macro-vba-relationship.docx",
             docx(**{"word/_rels/document.xml.rels": DOCUMENT_RELS.replace(
                 "</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
                 'relationships/vbaProject" Target="vba/project.dat"/></Relationships>')},
                  extra=[("word/vba/project.dat", b"\x00" * 16)]),
             "package_active_content", part="word/_rels/document.xml.rels")
    template("activex-control.docx", docx(extra=[("word/activeX/activeX1.xml",
                                                  '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
                                                  'ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}"/>')]),
             "package_active_content", part="word/activeX/activeX1.xml")
    # External relationships are dropped, not refused: the template renders without them.
    settings = DECL + '<w:settings xmlns:w="%s" xmlns:r="%s"><w:attachedTemplate r:id="rId1"/>' \
                      '<w:defaultTabStop w:val="420"/></w:settings>' % (W, R)
    template("external-attached-template.docx", docx(
        CT=content_types(extra='<Override PartName="/word/settings.xml" ContentType="%ssettings+xml"/>' % WML),
        **{"word/_rels/document.xml.rels": relationships([("rId1", "styles", "styles.xml", False),
                                                          ("rId2", "settings", "settings.xml", False)])},
        extra=[("word/settings.xml", settings),
               ("word/_rels/settings.xml.rels", relationships([("rId1", "attachedTemplate",
                                                                "\\\\fileserver\\templates\\公文.dotm", True)]))]),
        "ok", absent=["fileserver", "attachedTemplate"])
    # OpenDocument.
    template("odt-missing-content.odt", odt(content=False), "package_missing_part", part="content.xml")
    template("odt-missing-manifest.odt", odt(manifest=None), "package_missing_part", part="META-INF/manifest.xml")
    template("odt-wrong-mimetype.odt", odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"),
             "package_unknown_format", part="mimetype", contains=["spreadsheet"])
    template("odt-garbage-mimetype.odt", odt(mimetype="\x00\x01garbage"), "package_unknown_format", part="mimetype")
    template("odt-basic-macros.odt", odt(extra=[("Basic/Standard/Module1.xml", "Sub Main\nShell(\"calc\")\nEnd Sub\n")]),
             "package_active_content", part="Basic/Standard/Module1.xml")
    template("odt-scripts.odt", odt(extra=[("Scripts/python/evil.py", "import os\nos.system('id')\n")]),
             "package_active_content", part="Scripts/python/evil.py")
    listener = ('<office:scripts><office:event-listeners><script:event-listener script:language="ooo:script" '
                'script:event-name="dom:load" xlink:type="simple" xlink:href="vnd.sun.star.script:Standard.Module1.Main'
                '?language=Basic&amp;location=document"/></office:event-listeners></office:scripts>')
    template("odt-event-listener.odt", odt(content=odt_content(listener + ODT_BODY)), "package_active_content",
             part="content.xml", contains=["event"])
    macro_link = ('<office:body><office:text><text:p><text:a xlink:type="simple" '
                  'xlink:href="macro:///Standard.Module1.Main">点击</text:a>{{name}}</text:p></office:text></office:body>')
    template("odt-macro-link.odt", odt(content=odt_content(macro_link)), "package_active_content", part="content.xml")
    # OpenOffice.org 1.x/2.x manifests declare a public document type; nothing is loaded from it.
    public = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">\n'
    template("odt-manifest-public-doctype.odt", odt(manifest=public + MANIFEST[len('<?xml version="1.0" encoding="UTF-8"?>\n'):]), "ok")
    subset = public.replace('"Manifest.dtd">', '"Manifest.dtd" [<!ENTITY a "b">]>')
    template("odt-manifest-internal-subset.odt", odt(manifest=subset + MANIFEST[len('<?xml version="1.0" encoding="UTF-8"?>\n'):]),
             "xml_dtd_forbidden", part="META-INF/manifest.xml")
    template("xml-public-doctype-in-document.docx", docx(word__document_xml=document(
        prolog='<?xml version="1.0"?>\n<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">\n')),
        "xml_dtd_forbidden", part="word/document.xml")
    template("odt-billion-laughs.odt", odt(content=odt_content(prolog=BILLION_LAUGHS.replace("w:document", "office:document-content"))),
             "xml_dtd_forbidden", part="content.xml")


def varied_text(length):
    """Text that deflate cannot squeeze past 1000:1, so libxml2's limit is reached before the ratio limit."""
    block = "".join("通知%03d" % (i * 7919 % 1000) for i in range(400))
    return (block * (length // len(block) + 1))[:length]


def overlapping_bomb():
    """Fifield's overlapping zip bomb: many central entries share one local header and its deflate data."""
    kernel = Entry("word/document.xml", b" " * (4 << 20))
    parts = [Entry(n, v) for n, v in docx_parts(word__document_xml=None)]
    body = b""
    offsets = []
    for entry in parts:
        offsets.append(len(body))
        body += local_header(entry) + entry.payload
    kernel_offset = len(body)
    body += local_header(kernel) + kernel.payload
    directory = b"".join(central_header(e, o) for e, o in zip(parts, offsets))
    names = ["word/document.xml"] + ["word/copy%02d.xml" % i for i in range(40)]
    for name in names:
        copy = Entry(name, b"")
        copy.payload, copy.size, copy.crc = kernel.payload, kernel.size, kernel.crc
        directory += central_header(copy, kernel_offset)
    count = len(parts) + len(names)
    return body + directory + end_record(count, len(directory), len(body))


def data_files():
    laughs = "a: &a [\"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\"]\n"
    for i in range(1, 12):
        laughs += "%s: &%s [%s]\n" % (chr(97 + i), chr(97 + i), ", ".join("*" + chr(96 + i) for _ in range(9)))
    data_file("yaml-billion-laughs.yaml", laughs, contains=["alias"])
    data_file("yaml-deep-nesting.yaml", "a: " + "[" * 10_000 + "]" * 10_000 + "\n", contains=["deep"])
    data_file("json-deep-nesting.json", '{"a": ' + "[" * 2_000 + "]" * 2_000 + "}\n", contains=["deep"])
    data_file("json-syntax-error.json", '{\n  "标题": "关于开展检查的通知",\n  "单位": "办公室" "x"\n}\n', line=3, column=15)
    data_file("json-trailing-comma.json", '{\n  "a": 1,\n  "b": [1, 2,],\n}\n', line=3, column=14)
    data_file("json-comment.json", '{\n  // 注释\n  "a": 1\n}\n', line=2, column=3)
    data_file("json-invalid-utf8.json", '{"name": "'.encode() + "张三".encode("gbk") + b'"}\n', contains=["UTF-8"])
    data_file("json-lone-surrogate.json", '{"name": "\\ud800"}\n', line=1, column=11)
    data_file("json-utf32.json", '{"name": "张三"}\n'.encode("utf-32"), contains=["UTF"])
    data_file("yaml-syntax-error.yaml", "标题: 通知\n单位: [办公室, 财务处\n日期: 2024-03-05\n", line=3)
    data_file("yaml-bad-indentation.yaml", "单位:\n  名称: 办公室\n 电话: 123\n", line=3)
    data_file("yaml-duplicate-key.yaml", "单位:\n  名称: 甲\n  名称: 乙\n", line=2, contains=["more than once"])
    data_file("yaml-tab-indent.yaml", "单位:\n\t名称: 办公室\n", line=2)
    data_file("yaml-two-documents.yaml", "a: 1\n---\nb: 2\n", contains=["document"])
    add("json-long-string.json", '{"name": "%s"}\n' % ("长" * 20_000), "data", "ok")


def main():
    os.makedirs(FILES, exist_ok=True)
    for name in os.listdir(FILES):
        os.remove(os.path.join(FILES, name))
    templates()
    data_files()
    with open(os.path.join(FILES, "valid.docx"), "wb") as out:
        out.write(docx())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(EXPECTED, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print("%d hostile inputs in %s" % (len(EXPECTED), FILES))


if __name__ == "__main__":
    main()
