"""Reading files: text layers, images, and every kind of bad file as a clear per-file issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import ReadOptions, read_file
from extractor.formats import sniff
from extractor.textlayer import layer_quality, usable

from .conftest import shared_path

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
NO_OCR = ReadOptions(use_cache=False, max_ocr_pages=0)


def make_pdf(path: Path, pages: list[str], password: str | None = None) -> Path:
    from fpdf import FPDF

    if not FONT.exists():
        pytest.skip(f"CJK font {FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF()
    pdf.add_font("zh", fname=str(FONT))
    pdf.set_font("zh", size=14)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 10, text)
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.output(str(path))
    return path


def only_issue(result, code: str) -> str:
    codes = [i.code for i in result.issues]
    assert code in codes, codes
    return next(i.message for i in result.issues if i.code == code)


def test_text_layer_pdf_is_read_without_ocr(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["发明专利证书\n专利号：ZL 2021 1 1233040.7\n发明人：张三；李四"])
    result = read_file(pdf, NO_OCR)
    assert result.text_source == "text_layer"
    assert "ZL 2021 1 1233040.7" in result.text and "发明人:张三;李四" in result.text  # NFKC: full-width ：； → :;
    assert result.pages[0].lines[0].box[1] < result.pages[0].lines[-1].box[1]  # top-left origin


@pytest.mark.parametrize("content,reason", [
    (b"", "文件是空的"),
    (b"This is not a PDF at all, just text.\n", "纯文本"),
    (b"\x00\x01\x02garbage" * 10, "无法识别的二进制数据"),
])
def test_files_that_are_not_documents_are_unreadable_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "doc.pdf"
    path.write_bytes(content)
    result = read_file(path, NO_OCR)
    assert not result.pages and result.text_source == "none"
    assert reason in only_issue(result, "unreadable_file")


@pytest.mark.parametrize("name,members,said", [
    ("个人总结.docx", {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}, "Word 文档"),
    ("业绩表.xlsx", {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}, "Excel 表格"),
    ("电子发票.ofd", {"OFD.xml": "<ofd:OFD/>", "Doc_0/Document.xml": "<ofd:Document/>"}, "OFD 版式文件"),
    ("材料.zip", {"张三/证书.pdf": "%PDF-1.4"}, "ZIP 压缩包"),
])
def test_office_files_e_invoices_and_archives_are_named_for_what_they_are(tmp_path, name, members, said):
    import zipfile

    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    message = only_issue(read_file(path, NO_OCR), "unreadable_file")
    assert said in message and "PDF" in message and "二进制" not in message


def test_truncated_pdf_is_unreadable(tmp_path):
    full = make_pdf(tmp_path / "full.pdf", ["专利证书 " * 50])
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(full.read_bytes()[:200])
    result = read_file(cut, NO_OCR)
    assert "PDF 已损坏或不完整" in only_issue(result, "unreadable_file")


def test_encrypted_pdf_is_unreadable(tmp_path):
    pdf = make_pdf(tmp_path / "locked.pdf", ["机密"], password="secret")
    result = read_file(pdf, NO_OCR)
    assert "PDF 已加密（有密码保护）" in only_issue(result, "unreadable_file")


def test_truncated_image_is_unreadable(tmp_path):
    from PIL import Image

    path = tmp_path / "scan.jpg"
    Image.new("RGB", (800, 600), "white").save(path, quality=90)
    path.write_bytes(path.read_bytes()[:300])
    result = read_file(path, NO_OCR)
    assert "图片已损坏或不完整" in only_issue(result, "unreadable_file")


def test_200_megapixel_image_is_refused_before_decoding(tmp_path):
    from PIL import Image

    path = tmp_path / "huge.png"
    Image.new("1", (20000, 10000)).save(path)  # compresses to a few kB
    result = read_file(path, NO_OCR)
    assert "20000 万像素" in only_issue(result, "unreadable_file")


def test_300_page_pdf_reads_only_the_first_pages(tmp_path):
    pdf = make_pdf(tmp_path / "book.pdf", [f"第{n}页 版权页 ISBN 978-7-111-21382-6" for n in range(1, 301)])
    result = read_file(pdf, ReadOptions(use_cache=False, max_ocr_pages=0, max_pages=40))
    assert result.page_count == 300 and len(result.pages) == 40
    assert "300" in only_issue(result, "too_many_pages")


@pytest.mark.slow
def test_image_pages_beyond_the_ocr_budget_are_reported_not_silently_dropped(tmp_path):
    from PIL import Image

    path = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(path)
    result = read_file(path, NO_OCR)
    assert result.pages[0].source == "none" and "未做 OCR 识别" in result.pages[0].note
    only_issue(result, "unreadable_file")
    two_pages = tmp_path / "two.tif"
    Image.new("RGB", (400, 300), "white").save(two_pages, save_all=True,
                                                append_images=[Image.new("RGB", (400, 300), "white")])
    result = read_file(two_pages, ReadOptions(use_cache=False, max_ocr_pages=1, cache_dir=tmp_path / "cache"))
    assert result.pages[1].note == "未做 OCR 识别：超出每个文件最多识别 1 页的上限"
    # (and said on the file, once, with the first page left unread: probe DB's bundle said nothing)
    over = [i for i in result.issues if i.code == "too_many_pages"]
    assert len(over) == 1 and over[0].page == 2 and "第2页起未识别" in over[0].message


def test_page_notes_of_older_caches_read_in_chinese():
    from extractor.ocr.preprocess import note_zh

    old = "text layer has only 0 characters; rotated 270°; deskewed -1.4°; suppressed 2 red seal(s); seal areas read again"
    assert note_zh(old) == "文字层只有 0 个字符；已顺时针旋转 270°；已纠正倾斜 -1.4°；已去除 2 处红色印章；印章处已重新识别"
    assert note_zh("已去除 1 处红色印章") == "已去除 1 处红色印章" and note_zh(None) is None


def test_sniffing_ignores_the_file_name():
    assert sniff(b"%PDF-1.7\n") == "pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....") == "png"
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "webp"
    assert sniff(b"GIF89a") is None


def test_garbage_text_layers_are_judged_unusable():
    assert usable("发明专利证书 专利号 ZL202111233040.7 发明人 张三")[0]
    assert not usable("\ue000\ue001\ue002\ue003" * 10)[0]
    assert not usable("证书")[0]  # a stray label on a scanned page
    assert usable("证书") == (False, "文字层只有 2 个字符")
    assert layer_quality("") == 0.0


def test_real_journal_pdf_has_a_usable_text_layer():
    pdf = shared_path("realdocs", "journal_first_page", "hangkong_dongli_xuebao_1994_v9n4.pdf")
    result = read_file(pdf, NO_OCR)
    assert result.text_source == "text_layer" and result.page_count == 6
    assert "民用航空发动机状态监视" in result.text
