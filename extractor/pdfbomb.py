"""PDFs that would take the machine's memory: a small file whose streams expand far.

A page's content stream of 2.7 MB can inflate to 1.4 GB of drawing operators, and pdfium
holds all of it (and more) while it parses the page: 20 GB resident before it gives up.
An image whose dictionary says 60000 × 60000 pixels is decoded whole before it is scaled.
Neither is evidence anyone hands in.  ``expansion_problem`` measures every Flate stream
of the file by inflating it in pieces and throwing the pieces away (memory stays at one
piece), and reads each image's declared size, before pdfium sees the file; the file is
then refused as unreadable, in words, and the bundle's other files are read as usual.

The raw file is scanned as bytes: a stream's dictionary stands right before its ``stream``
keyword, outside any object stream (PDF 32000 7.5.7 keeps streams out of them).  An
encrypted file's streams do not inflate and are passed over: pdfium judges those.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

MAX_STREAM_BYTES = 64 << 20  # one stream other than an image, inflated (a CAD drawing's operators are a few MB)
MAX_TOTAL_BYTES = 1 << 30  # all streams of the file together, inflated
MAX_IMAGE_PIXELS = 200_000_000  # one embedded image as declared (an A0 scan at 600 dpi is 650 MP: refused)

_STREAM = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_END = re.compile(rb"endstream")
_NUMBER = rb"\s*(\d{1,9})"
_WIDTH = re.compile(rb"/Width" + _NUMBER)
_HEIGHT = re.compile(rb"/Height" + _NUMBER)
_PIECE = 1 << 20


def _inflated_size(data: bytes, limit: int) -> int | None:
    """How many bytes ``data`` inflates to, counted up to ``limit`` (then ``limit + 1``);
    None if it is no zlib stream (encrypted, or damaged: pdfium's to judge).

    >>> import zlib
    >>> _inflated_size(zlib.compress(b"0 0 m " * 1000), 1 << 20)
    6000
    >>> _inflated_size(zlib.compress(b"\\0" * (3 << 20)), 1 << 20)
    1048577
    >>> _inflated_size(b"not zlib", 100) is None
    True
    >>> _inflated_size(zlib.compress(bytes(range(256)) * 6000) + b"\\n", 1 << 30)  # (a PDF's line end after its end)
    1536000
    """
    inflater = zlib.decompressobj()
    total = 0
    try:
        pending = data
        while pending:
            out = inflater.decompress(pending, _PIECE)
            total += len(out)
            if total > limit:
                return limit + 1
            pending = inflater.unconsumed_tail
            if not out or inflater.eof:
                break  # (the stream's end, or no progress: never a loop on what will not inflate)
    except zlib.error:
        return None if total == 0 else total
    return total


def expansion_problem(path: str | Path) -> str | None:
    """Why the PDF at ``path`` must not be handed to pdfium (in Chinese), or None."""
    raw = Path(path).read_bytes()
    total = 0
    for match in _STREAM.finditer(raw):
        head = raw[max(0, match.start() - 4096):match.start()]
        opened = head.rfind(b"obj")
        head = head[opened + 3:] if opened >= 0 else head
        end = _END.search(raw, match.end())
        data = raw[match.end():end.start() if end else len(raw)]
        if b"/Image" in head:
            width, height = _WIDTH.search(head), _HEIGHT.search(head)
            if width and height and int(width.group(1)) * int(height.group(1)) > MAX_IMAGE_PIXELS:
                return (f"PDF 中的图像声明为 {int(width.group(1))}×{int(height.group(1))} 像素，"
                        "远超任何扫描件（疑似恶意构造的文件），未读取")
        if b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl/" not in head and b"/Fl]" not in head:
            continue
        image = b"/Image" in head  # (its size is bounded by its pixels, above)
        size = _inflated_size(data, MAX_TOTAL_BYTES if image else MAX_STREAM_BYTES)
        if size is None:
            continue
        if size > MAX_STREAM_BYTES and not image:
            return (f"PDF 中有一段数据解压后超过 {MAX_STREAM_BYTES >> 20} MB（文件本身只有 "
                    f"{len(raw) / (1 << 20):.1f} MB，疑似压缩炸弹），未读取")
        total += size
        if total > MAX_TOTAL_BYTES:
            return (f"PDF 的数据解压后共超过 {MAX_TOTAL_BYTES >> 30} GB（文件本身只有 "
                    f"{len(raw) / (1 << 20):.1f} MB，疑似压缩炸弹），未读取")
    return None
