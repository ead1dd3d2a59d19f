"""Package builders for make_hostile.py: a raw zip writer whose headers may lie, and small valid Word and
OpenDocument packages to break. Python 3 standard library only."""
import struct
import zlib

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


# ---------------------------------------------------------------- raw zip writer

class Entry:
    def __init__(self, name, data=b"", method=8, flags=None, size=None, crc=None, raw=None):
        self.name = name if isinstance(name, bytes) else name.encode("utf-8")
        self.data = data if isinstance(data, bytes) else data.encode("utf-8")
        self.method = method
        # Bit 11: the name is UTF-8. Left off for names that are not.
        self.flags = flags if flags is not None else (0x800 if _is_utf8(self.name) else 0)
        self.size = len(self.data) if size is None else size
        self.crc = zlib.crc32(self.data) & 0xFFFFFFFF if crc is None else crc
        if raw is not None:
            self.payload = raw
        elif method == 8:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            self.payload = compressor.compress(self.data) + compressor.flush()
        else:
            self.payload = self.data


def _is_utf8(name):
    try:
        name.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def local_header(entry):
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, entry.flags, entry.method, 0, 0x5821,
                       entry.crc, len(entry.payload), entry.size, len(entry.name), 0) + entry.name


def central_header(entry, offset):
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, entry.flags, entry.method, 0, 0x5821,
                       entry.crc, len(entry.payload), entry.size, len(entry.name), 0, 0, 0, 0,
                       0o100644 << 16, offset) + entry.name


def end_record(count, size, offset):
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, 0)


def zip_bytes(entries):
    body = b""
    offsets = []
    for entry in entries:
        offsets.append(len(body))
        body += local_header(entry) + entry.payload
    directory = b"".join(central_header(e, o) for e, o in zip(entries, offsets))
    return body + directory + end_record(len(entries), len(directory), len(body))


# ---------------------------------------------------------------- packages

def paragraph(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % text


def document(body=paragraph("{{name}}"), prolog=DECL):
    return (prolog + '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, R, body))


def content_types(main=WML + "document.main+xml", extra=""):
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="%s"/>'
            '<Override PartName="/word/styles.xml" ContentType="%sstyles+xml"/>%s</Types>' % (main, WML, extra))


def relationships(items):
    xml = DECL + '<Relationships xmlns="%s">' % PKG_RELS
    for rid, kind, target, external in items:
        xml += '<Relationship Id="%s" Type="%s%s" Target="%s"%s/>' % (
            rid, REL, kind, target, ' TargetMode="External"' if external else "")
    return xml + "</Relationships>"


PACKAGE_RELS = relationships([("rId1", "officeDocument", "word/document.xml", False)])
DOCUMENT_RELS = relationships([("rId1", "styles", "styles.xml", False)])
STYLES = DECL + '<w:styles xmlns:w="%s"><w:style w:type="paragraph" w:default="1" w:styleId="Normal">' \
                '<w:name w:val="Normal"/></w:style></w:styles>' % W


def docx_parts(**changes):
    """The parts of a small valid .docx; keyword arguments replace parts (None removes one)."""
    parts = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": document(),
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": STYLES,
    }
    aliases = {"word__document_xml": "word/document.xml", "word__styles_xml": "word/styles.xml",
               "CT": "[Content_Types].xml"}
    for name, value in changes.items():
        parts[aliases.get(name, name)] = value
    return [(name, value) for name, value in parts.items() if value is not None]


def docx(extra=(), **changes):
    return zip_bytes([Entry(n, v) for n, v in docx_parts(**changes)] + [Entry(n, v) for n, v in extra])


ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' \
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' \
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" ' \
      'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
ODT_BODY = "<office:body><office:text><text:p>{{name}}</text:p></office:text></office:body>"
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def odt_content(inside=ODT_BODY, prolog='<?xml version="1.0" encoding="UTF-8"?>\n'):
    return prolog + "<office:document-content %s>%s</office:document-content>" % (ODF, inside)


def odt(mimetype="application/vnd.oasis.opendocument.text", content=None, manifest=MANIFEST, extra=()):
    entries = [Entry("mimetype", mimetype, method=0)]
    content = odt_content() if content is None else content
    if content is not False:
        entries.append(Entry("content.xml", content))
    if manifest is not None:
        entries.append(Entry("META-INF/manifest.xml", manifest))
    return zip_bytes(entries + [Entry(n, v) for n, v in extra])
