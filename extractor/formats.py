"""What a file really is, from its first bytes rather than its name.

A text file named ``.pdf`` or a PNG named ``.jpg`` happens in real bundles; the name
only decides what we call the format in messages.
"""

from __future__ import annotations

from pathlib import Path

EVIDENCE_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}


class UnreadableFile(Exception):
    """A file that cannot be read at all; the message says why, for an ``unreadable_file`` issue."""


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
        raise UnreadableFile("the file is empty (0 bytes)")
    kind = sniff(head)
    if kind:
        return kind
    try:
        text = head.decode("utf-8")
        binary = any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)
    except UnicodeDecodeError:
        binary = True
    looks = "an unknown binary format" if binary else "plain text"
    raise UnreadableFile(f"not a PDF or image: the content is {looks} "
                         f"(name says {path.suffix or 'nothing'}); supported: PDF, JPEG, PNG, TIFF, BMP, WebP")
