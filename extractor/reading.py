"""Reading one evidence file into pages of lines, by text layer or OCR, page by page.

Nothing here raises for a bad file: a file that cannot be read comes back with no pages
and an ``unreadable_file`` issue saying why, so a bundle of fifty with one corrupt file
still yields forty-nine documents.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from .formats import UnreadableFile, detect_format
from .model import Line, Page, ReadIssue, ReadResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadOptions:
    engine: str = "rapidocr"  # OCR engine: "rapidocr" or "tesseract"
    use_cache: bool = True
    cache_dir: Path | None = None  # default: $ZHICHENG_CACHE_DIR or the user cache directory
    max_pages: int = 40  # pages read from one file; evidence that matters is at the front
    max_ocr_pages: int = 12  # of those, how many may be OCR'd (≈ 3 s each)
    orient: bool = True  # detect 90/180/270° pages (Tesseract OSD)
    dpi: int = 200  # rendering resolution of scanned PDF pages


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_file(path: str | Path, options: ReadOptions | None = None, display_name: str | None = None) -> ReadResult:
    """Pages of lines for ``path``; problems become issues on the result, never exceptions."""
    options = options or ReadOptions()
    path = Path(path)
    result = ReadResult(file=display_name or str(path), sha256="")
    try:
        result.sha256 = file_sha256(path)
        kind = detect_format(path)
        if kind == "pdf":
            _read_pdf(path, result, options)
        else:
            _read_image(path, result, options)
    except UnreadableFile as err:
        # A file without an evidence extension (notes.md, a .docx) is reported, not an error
        # of the application; a broken PDF or image that should be evidence is.
        from .formats import EVIDENCE_SUFFIXES

        severity = "error" if path.suffix.lower() in EVIDENCE_SUFFIXES else "warning"
        result.issues.append(ReadIssue(severity, "unreadable_file", f"无法读取：{err}"))
    except OSError as err:
        result.issues.append(ReadIssue("error", "unreadable_file", f"无法读取：{err.strerror or err}"))
    except MemoryError:
        result.issues.append(ReadIssue("error", "unreadable_file", "无法读取：文件过大，内存不足"))
    if not result.readable and not any(i.code == "unreadable_file" for i in result.issues):
        result.issues.append(ReadIssue("error", "unreadable_file", "无法读取：没有识别出任何文字"))
    return result


def _ocr_page(image, number: int, result: ReadResult, options: ReadOptions, ocr_budget: list[int]) -> Page:
    from .ocr.run import ocr_page

    if ocr_budget[0] <= 0:
        return Page(number, image.width, image.height, "none",
                    note=f"not OCR'd: over the limit of {options.max_ocr_pages} OCR pages per file")
    ocr_budget[0] -= 1
    try:
        return ocr_page(image, number, result.sha256, options)
    except Exception as err:  # an engine crash on one page must not lose the file
        log.exception("OCR failed on %s page %d", result.file, number)
        result.issues.append(ReadIssue("error", "unreadable_file", f"第{number}页识别失败：{err}", number))
        return Page(number, image.width, image.height, "none", note=f"OCR failed: {err}")


def _read_pdf(path: Path, result: ReadResult, options: ReadOptions) -> None:
    import pypdfium2 as pdfium

    from .images import render_pdf_page
    from .textlayer import page_lines, usable

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as err:
        reason = str(err)
        if "password" in reason.lower() or "security" in reason.lower():
            raise UnreadableFile("the PDF is encrypted (password protected)") from None
        raise UnreadableFile(f"the PDF is damaged or truncated ({reason})") from None
    try:
        result.page_count = len(pdf)
        if result.page_count == 0:
            raise UnreadableFile("the PDF has no pages")
        _note_truncation(result, options.max_pages)
        ocr_budget = [options.max_ocr_pages]
        for index in range(min(result.page_count, options.max_pages)):
            page = pdf[index]
            try:
                lines = page_lines(page)
                text = "\n".join(line.text for line in lines)
                good, why = usable(text)
                if good:
                    width, height = page.get_size()
                    result.pages.append(Page(index + 1, width, height, "text_layer", lines))
                    continue
                image = render_pdf_page(page, options.dpi)
                ocr = _ocr_page(image, index + 1, result, options, ocr_budget)
                ocr.note = why + ("; " + ocr.note if ocr.note else "")
                result.pages.append(ocr)
            finally:
                page.close()
    finally:
        pdf.close()


def _read_image(path: Path, result: ReadResult, options: ReadOptions) -> None:
    from .images import count_frames, open_frames

    try:
        result.page_count = count_frames(path)
    except Exception:  # noqa: BLE001 - open_frames reports the real reason
        result.page_count = 1
    _note_truncation(result, options.max_pages)
    ocr_budget = [options.max_ocr_pages]
    for number, image in open_frames(path, options.max_pages):
        result.pages.append(_ocr_page(image, number, result, options, ocr_budget))


def look_again(path: str | Path, result: ReadResult, options: ReadOptions | None = None, *,
               seals: bool = False, regions: dict[int, list[tuple[float, float, float, float]]] | None = None
               ) -> ReadResult:
    """``result`` with some of its OCR'd pages read a second time in places
    (``extractor.ocr.run.look_again``): around red seals (``seals``), and in ``regions``
    (page number → boxes).  Text-layer pages are left alone.  A failure leaves the first
    reading in place: a second look must never lose the first.
    """
    from dataclasses import replace

    from .images import page_image
    from .ocr.run import look_again as look_again_page

    options = options or ReadOptions()
    regions = regions or {}
    pages = []
    for page in result.pages:
        boxes = regions.get(page.number, [])
        if page.source == "ocr" and ((seals and page.seals) or boxes):
            try:
                page = look_again_page(lambda page=page: page_image(Path(path), page, options.dpi), page,
                                       result.sha256, options, seals=seals and bool(page.seals), regions=boxes)
            except Exception:  # noqa: BLE001 - logged; the first reading stands
                log.exception("second reading failed on %s page %d", result.file, page.number)
        pages.append(page)
    return replace(result, pages=pages)


def _note_truncation(result: ReadResult, max_pages: int) -> None:
    if result.page_count > max_pages:
        result.issues.append(ReadIssue(
            "warning", "too_many_pages",
            f"文件共 {result.page_count} 页，只读取了前 {max_pages} 页；请只提交相关页（封面、版权页、证书页）"))
