"""Archives for make_hostile.py that readers can read in different ways (refused) and archives as some
tools write them that differ only harmlessly (read). Built byte by byte; Python 3 standard library only."""
import struct

from hostile_packages import Entry, docx_parts


class Part:
    """An entry whose local and central headers may disagree on name, extra fields and time."""

    def __init__(self, name, data, central_name=None, local_extra=b"", central_extra=b"", local_time=0x5821,
                 central_time=0x5821):
        self.entry = Entry(name, data)
        self.central_name = (central_name or name).encode("utf-8")
        self.local_extra, self.central_extra = local_extra, central_extra
        self.local_time, self.central_time = local_time, central_time

    def local(self):
        e = self.entry
        return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, e.flags, e.method, self.local_time, 0x5821, e.crc,
                           len(e.payload), e.size, len(e.name), len(self.local_extra)) + e.name + self.local_extra

    def central(self, offset):
        e = self.entry
        return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, e.flags, e.method, self.central_time,
                           0x5821, e.crc, len(e.payload), e.size, len(self.central_name), len(self.central_extra),
                           0, 0, 0, 0o100644 << 16, offset) + self.central_name + self.central_extra


def archive(parts, base=0):
    """The archive's bytes; `base` is added to every offset (as when data is put before the archive)."""
    body, offsets = b"", []
    for part in parts:
        offsets.append(base + len(body))
        body += part.local() + part.entry.payload
    directory = b"".join(p.central(o) for p, o in zip(parts, offsets))
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), base + len(body), 0)
    return body + directory + end


def unicode_path(name, header_name):
    """Info-ZIP Unicode Path extra field (0x7075): version 1, CRC-32 of the header's name, the UTF-8 name."""
    import zlib
    value = struct.pack("<BI", 1, zlib.crc32(header_name.encode("utf-8")) & 0xFFFFFFFF) + name.encode("utf-8")
    return struct.pack("<HH", 0x7075, len(value)) + value


def word_parts(**changes):
    return [Part(n, v) for n, v in docx_parts(**changes)]


def make(template):
    """Adds every archive through make_hostile's `template(name, bytes, id, ...)`."""
    # apache/poi's unicode-path.docx: two entries whose Unicode Path fields swap their names.
    swapped = word_parts()
    names = {"word/document.xml": "word/styles.xml", "word/styles.xml": "word/document.xml"}
    for part in swapped:
        other = names.get(part.entry.name.decode())
        if other:
            part.central_extra = unicode_path(other, part.entry.name.decode())
    template("ambiguous-unicode-path.docx", archive(swapped), "archive_ambiguous", contains=["Unicode Path"])
    # Two archives joined: the last end record's directory offset points into the first archive.
    template("ambiguous-concatenated.docx", archive(word_parts()) + archive(word_parts()), "archive_ambiguous",
             contains=["joined"])
    # An archive put before another one, whose offsets were adjusted (`zip -A`): two readable archives.
    first = archive(word_parts())
    template("ambiguous-archive-before.docx", first + archive(word_parts(), base=len(first)), "archive_ambiguous",
             contains=["before the archive"])
    # Another archive's entry after the end record.
    extra = word_parts()[0]
    template("ambiguous-archive-after.docx", archive(word_parts()) + extra.local() + extra.entry.payload,
             "archive_ambiguous", contains=["after the archive"])
    # Local and central headers naming the entry differently.
    renamed = word_parts()
    for part in renamed:
        if part.entry.name == b"word/document.xml":
            part.central_name = b"word/document2.xml"
    template("ambiguous-local-central-names.docx", archive(renamed), "archive_ambiguous", contains=["local header"])
    # docx4j and pandoc write local modification times that differ from the central ones: harmless.
    times = word_parts()
    for part in times:
        part.local_time = 0
    template("readable-time-mismatch.docx", archive(times), "ok")
    # A Unicode Path field that repeats the header's name is harmless too.
    same = word_parts()
    for part in same:
        part.local_extra = part.central_extra = unicode_path(part.entry.name.decode(), part.entry.name.decode())
    template("readable-unicode-path-same.docx", archive(same), "ok")
