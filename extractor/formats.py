"""What a file really is, from its first bytes rather than its name.

A text file named ``.pdf`` or a PNG named ``.jpg`` happens in real bundles; the name
only decides what we call the format in messages.
"""

from __future__ import annotations

import re
from pathlib import Path

EVIDENCE_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}


def unreadable_severity(name: str | Path) -> str:
    """The one rule for how bad an unreadable file is: a file named as evidence (PDF or an
    image) that cannot be read is an error of the application; anything else (notes.md, a
    .docx, a FIFO called ``pipe``) is reported as a warning.

    >>> unreadable_severity("patents/zl.PDF"), unreadable_severity("notes.md")
    ('error', 'warning')
    """
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
    if head.startswith(b"%PDF-") or (b"%PDF-" in head[:1024]):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"BM"):
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
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
    try:
        text = head.decode("utf-8")
        binary = any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)
    except UnicodeDecodeError:
        binary = True
    looks = "无法识别的二进制数据" if binary else "纯文本"
    named = f"扩展名为 {path.suffix[:12]}" if path.suffix else "没有扩展名"
    raise UnreadableFile(f"不是 PDF 或图片：文件内容是{looks}（{named}）；支持的格式：{SUPPORTED}")
