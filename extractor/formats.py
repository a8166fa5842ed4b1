"""What a file really is, from its first bytes rather than its name.

A text file named ``.pdf`` or a PNG named ``.jpg`` happens in real bundles; the name
only decides what we call the format in messages.
"""

from __future__ import annotations

import re
from pathlib import Path

EVIDENCE_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}


def os_junk(name: str | Path) -> bool:
    """A file the system makes beside a user's (a Mac's __MACOSX/ and ._ copies, .DS_Store,
    Windows' Thumbs.db and desktop.ini): never evidence, whatever its name ends in.

    >>> os_junk("__MACOSX/专利/._ZL发明.png"), os_junk("专利/Thumbs.db"), os_junk("专利/ZL发明.png")
    (True, True, False)
    """
    parts = Path(str(name)).parts
    return bool(parts) and ("__MACOSX" in parts[:-1] or parts[-1].startswith("._")
                            or parts[-1] in (".DS_Store", "Thumbs.db", "desktop.ini"))


def unreadable_severity(name: str | Path) -> str:
    """The one rule for how bad an unreadable file is: a file named as evidence (PDF or an
    image) that cannot be read is an error of the application; anything else (notes.md, a
    .docx, a FIFO called ``pipe``) is reported as a warning; a file the system made
    (``os_junk``) is only noted.

    >>> unreadable_severity("patents/zl.PDF"), unreadable_severity("notes.md"), unreadable_severity("__MACOSX/._zl.pdf")
    ('error', 'warning', 'info')
    """
    if os_junk(name):
        return "info"
    return "error" if Path(str(name)).suffix.lower() in EVIDENCE_SUFFIXES else "warning"
SUPPORTED = "PDF、JPEG、PNG、TIFF、BMP、WebP"
DETAIL_MAX = 80  # characters of a library's own words kept in a message's parentheses


class UnreadableFile(Exception):
    """A file that cannot be read at all; the message says why, in plain Chinese, for an
    ``unreadable_file`` issue."""


# A path quoted by the library ('/tmp/x/scan.jpg') or standing alone as a word.
_PATH = re.compile(r"""'[^']*[\\/][^']*'|"[^"]*[\\/][^"]*"|(?<!\S)(?:[A-Za-z]:)?[\\/]\S+""")


def detail(err: BaseException | str) -> str:
    """A library's own words about a failure, for the parentheses of a Chinese message when no
    Chinese wording is known: file paths dropped (they name the server, not the problem),
    cut to ``DETAIL_MAX`` characters."""
    text = str(err).strip() if not isinstance(err, str) else err.strip()
    if isinstance(err, BaseException):
        text = f"{type(err).__name__}: {text}" if text else type(err).__name__
    text = re.sub(r"\s+", " ", _PATH.sub("", text)).strip(" :")
    return text if len(text) <= DETAIL_MAX else text[:DETAIL_MAX - 1] + "…"


def sniff(head: bytes) -> str | None:
    """``pdf``, ``jpeg``, ``png``, ``tiff``, ``bmp``, ``webp``, or None for anything else."""
    # (a PDF may carry junk before its header; a zip that stores a PDF uncompressed is no PDF)
    if head.startswith(b"%PDF-") or (b"%PDF-" in head[:1024] and not head.startswith(b"PK\x03\x04")):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):  # (the last two: BigTIFF, which Pillow reads)
        return "tiff"
    if head.startswith(b"BM"):
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


def _as_text(head: bytes) -> str | None:
    """The first bytes of a file as text, in UTF-8 or in GB18030 (a Chinese Windows .txt), or
    ``None`` when they are neither; a character cut by the end of the sample is forgiven.

    >>> _as_text("说明：请见附件".encode("gbk")), _as_text(bytes(range(128, 256))) is None
    ('说明：请见附件', True)
    """
    for encoding in ("utf-8", "gb18030"):
        try:
            return head.decode(encoding)
        except UnicodeDecodeError as err:
            if err.start >= len(head) - 3 and err.start > 0:
                return head[:err.start].decode(encoding)
    return None


def detect_format(path: Path) -> str:
    """The format of ``path``, or ``UnreadableFile`` saying what it is instead."""
    with path.open("rb") as handle:
        head = handle.read(2048)
    if not head:
        raise UnreadableFile("文件是空的（0 字节）")
    kind = sniff(head)
    if kind:
        return kind
    named = f"扩展名为 {path.suffix[:12]}" if path.suffix else "没有扩展名"
    known = container_kind(path, head)
    if known:
        raise UnreadableFile(f"不是 PDF 或图片：文件是{known}（{named}），请另存或打印为 PDF 后再提交；支持的格式：{SUPPORTED}")
    text = _as_text(head)
    binary = text is None or any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)
    looks = "无法识别的二进制数据" if binary else "纯文本"
    raise UnreadableFile(f"不是 PDF 或图片：文件内容是{looks}（{named}）；支持的格式：{SUPPORTED}")


# What a zip's members say it is: an Office Open XML document (its part folders) or an OFD, the
# Chinese fixed-layout format e-invoices come in (OFD.xml at its root).
_ZIP_KINDS = (("word/", "Word 文档"), ("xl/", "Excel 表格"), ("ppt/", "PowerPoint 演示文稿"), ("OFD.xml", "OFD 版式文件（电子发票常用）"))


def container_kind(path: Path, head: bytes) -> str | None:
    """What a file that is no PDF or image is, when its header says (an applicant's Word file
    or e-invoice deserves to hear so, not "binary data").  The zip's directory is read, no member.

    >>> import io, zipfile, tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> docx = Path(folder, "总结.docx")
    >>> with zipfile.ZipFile(docx, "w") as z:
    ...     z.writestr("[Content_Types].xml", "<Types/>"); z.writestr("word/document.xml", "<w:document/>")
    >>> container_kind(docx, docx.read_bytes()[:2048])
    'Word 文档'
    >>> container_kind(docx, bytes.fromhex("d0cf11e0a1b11ae1") + bytes(100))
    'Office 97-2003 文档（.doc/.xls/.ppt）'
    >>> container_kind(docx, b"Rar!" + bytes.fromhex("1a070100")), container_kind(docx, b"hello")
    ('RAR 压缩包', None)
    """
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "Office 97-2003 文档（.doc/.xls/.ppt）"
    if head.startswith(b"Rar!\x1a\x07"):
        return "RAR 压缩包"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z 压缩包"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"):
        return "HEIC/HEIF 照片（苹果手机默认格式；请在手机设置中改为“兼容性最佳”或转为 JPEG）"
    if not head.startswith(b"PK\x03\x04"):
        return None
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()[:2000]
    except (zipfile.BadZipFile, OSError, ValueError):
        return "损坏的 ZIP 压缩包"
    for prefix, kind in _ZIP_KINDS:
        if any(n.startswith(prefix) or n.endswith("/" + prefix) for n in names):
            return kind
    return "ZIP 压缩包（请解压后放入材料文件夹）"
