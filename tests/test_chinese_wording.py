"""What a person is told about a file that cannot be read is plain Chinese.

The reports (table and HTML) show the ``unreadable_file`` message as it is: English from the
reading layer or a library's exception text must not leak into it.  A run of four or more
Latin letters is allowed only for the acronyms and format names a Chinese reader knows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor import ReadOptions, read_file
from zhicheng.documents import examine

NO_OCR = ReadOptions(use_cache=False, max_ocr_pages=0)
KNOWN = {"PDF", "OCR", "PNG", "JPEG", "TIFF", "WEBP", "ISBN", "ISSN"}
WORD = re.compile(r"[A-Za-z]{4,}")


def english_in(message: str) -> list[str]:
    return [w for w in WORD.findall(message) if w.upper() not in KNOWN]


def _pdf(path: Path, password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.multi_cell(0, 10, "Patent certificate ZL 2021 1 1233040.7 " * 20)
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.output(str(path))
    return path


def corrupt_pdf(tmp: Path) -> Path:
    full = _pdf(tmp / "full.pdf")
    cut = tmp / "corrupt.pdf"
    cut.write_bytes(full.read_bytes()[:300])
    return cut


def header_only_pdf(tmp: Path) -> Path:
    path = tmp / "header.pdf"
    path.write_bytes(b"%PDF-1.4 this file was cut short")
    return path


def encrypted_pdf(tmp: Path) -> Path:
    return _pdf(tmp / "locked.pdf", password="secret")


def empty_file(tmp: Path) -> Path:
    path = tmp / "empty.pdf"
    path.write_bytes(b"")
    return path


def text_named_pdf(tmp: Path) -> Path:
    path = tmp / "notes.pdf"
    path.write_text("These are my notes, not a certificate.\n", encoding="utf-8")
    return path


def binary_file(tmp: Path) -> Path:
    path = tmp / "archive.zip"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    return path


def truncated_png(tmp: Path) -> Path:
    from PIL import Image

    full = tmp / "full.png"
    Image.effect_noise((600, 400), 60).convert("RGB").save(full)
    cut = tmp / "scan.png"
    cut.write_bytes(full.read_bytes()[:2000])
    return cut


def truncated_jpeg(tmp: Path) -> Path:
    from PIL import Image

    full = tmp / "full.jpg"
    Image.new("RGB", (800, 600), "white").save(full, quality=90)
    cut = tmp / "photo.jpg"
    cut.write_bytes(full.read_bytes()[:300])
    return cut


def broken_tiff(tmp: Path) -> Path:
    path = tmp / "scan.tif"
    path.write_bytes(b"II*\x00" + b"\x00" * 10)
    return path


def huge_png(tmp: Path) -> Path:
    from PIL import Image

    path = tmp / "poster.png"
    Image.new("1", (20000, 10000)).save(path)
    return path


MAKERS = [corrupt_pdf, header_only_pdf, encrypted_pdf, empty_file, text_named_pdf, binary_file,
          truncated_png, truncated_jpeg, broken_tiff, huge_png]


@pytest.mark.parametrize("make", MAKERS, ids=[m.__name__ for m in MAKERS])
def test_unreadable_file_is_explained_in_chinese(make, tmp_path):
    result = read_file(make(tmp_path), NO_OCR)
    messages = [i.message for i in result.issues if i.code == "unreadable_file"]
    assert messages, [i.code for i in result.issues]
    for message in messages:
        assert re.search(r"[\u4e00-\u9fff]{4}", message), message
        assert not english_in(message), message
        assert "/" not in message and str(tmp_path) not in message, message  # no server paths


@pytest.mark.parametrize("make,words", [
    (corrupt_pdf, "PDF 已损坏或不完整"),
    (encrypted_pdf, "PDF 已加密（有密码保护）"),
    (empty_file, "文件是空的"),
    (text_named_pdf, "不是 PDF 或图片"),
    (truncated_png, "图片已损坏或不完整"),
])
def test_the_document_record_says_what_is_wrong(make, words, tmp_path):
    document = examine(make(tmp_path), NO_OCR, display_name="材料/证书")
    message = next(i["message"] for i in document.issues if i["code"] == "unreadable_file")
    assert words in message and not english_in(message), message
    assert not any(english_in(r) for r in document.reasons + document.page_notes)


def test_page_notes_are_chinese(tmp_path):
    from PIL import Image

    path = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(path)
    result = read_file(path, NO_OCR)
    assert all(not english_in(p.note or "") for p in result.pages), [p.note for p in result.pages]


def test_every_issue_code_the_code_raises_has_a_chinese_name():
    """A reviewer reads issues by their Chinese names: a code raised anywhere in the reading,
    audit or intake code (``issue("warning", "amount_unsure", …)``) must have one."""
    import re
    from pathlib import Path

    from zhicheng.html_assets import ISSUE_ZH

    root = Path(__file__).resolve().parent.parent
    raised = set()
    for package in ("extractor", "zhicheng", "classifiers"):
        for path in (root / package).rglob("*.py"):
            raised |= set(re.findall(r"issue\(\s*\"(?:warning|error|info)\",\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8")))
    assert raised, "the scan found no issue calls"
    assert sorted(raised - set(ISSUE_ZH)) == []
