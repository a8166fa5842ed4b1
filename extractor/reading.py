"""Reading one evidence file into pages of lines, by text layer or OCR, page by page.

Nothing here raises for a bad file: a file that cannot be read comes back with no pages
and an ``unreadable_file`` issue saying why, so a bundle of fifty with one corrupt file
still yields forty-nine documents.
"""

from __future__ import annotations

import errno
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from .formats import UnreadableFile, detail, detect_format, unreadable_severity
from .model import Line, Page, ReadIssue, ReadResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadOptions:
    engine: str = "rapidocr"  # OCR engine: "rapidocr" or "tesseract"
    use_cache: bool = True
    cache_dir: Path | None = None  # default: $ZHICHENG_CACHE_DIR or the user cache directory
    max_pages: int = 40  # pages read from one file; evidence that matters is at the front
    # of those, how many may be OCR'd (≈ 3 s each): a reviewer's 合订本 runs to 15–30 scanned pages
    # (probe DB: 12 left a bound bundle's last two documents unread)
    max_ocr_pages: int = 30
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
        result.issues.append(ReadIssue(unreadable_severity(path), "unreadable_file", f"无法读取：{err}"))
    except OSError as err:
        result.issues.append(ReadIssue(unreadable_severity(path), "unreadable_file", f"无法读取：{_os_error_zh(err)}"))
    except MemoryError:
        result.issues.append(ReadIssue(unreadable_severity(path), "unreadable_file", "无法读取：文件过大，内存不足"))
    if not result.readable and not any(i.code == "unreadable_file" for i in result.issues):
        result.issues.append(ReadIssue(unreadable_severity(path), "unreadable_file", "无法读取：没有识别出任何文字"))
    return result


def _os_error_zh(err: OSError) -> str:
    """Why the system would not give us the file, in Chinese (its own words only when unknown)."""
    known = {
        errno.ENOENT: "文件不存在（可能已被移走或改名）",
        errno.EACCES: "没有读取这个文件的权限",
        errno.EPERM: "没有读取这个文件的权限",
        errno.EISDIR: "这是一个文件夹，不是文件",
        errno.ENAMETOOLONG: "文件名或路径过长",
        errno.EIO: "读取文件时出现输入/输出错误（存储设备可能有问题）",
    }
    return known.get(err.errno) or f"读取文件时出错（{detail(err.strerror or err)}）"


def _ocr_page(image, number: int, result: ReadResult, options: ReadOptions, ocr_budget: list[int]) -> Page:
    from .ocr.run import ocr_page

    if ocr_budget[0] <= 0:
        why = (f"未做 OCR 识别：超出每个文件最多识别 {options.max_ocr_pages} 页的上限" if options.max_ocr_pages
               else "未做 OCR 识别：本次设置为不识别扫描页")
        if options.max_ocr_pages and not any(i.code == "too_many_pages" and "扫描页" in i.message for i in result.issues):
            # (said once, on the file: pages left unread hold evidence nobody checked, probe DB)
            result.issues.append(ReadIssue(
                "warning", "too_many_pages",
                f"扫描页超过每个文件最多识别 {options.max_ocr_pages} 页的上限：第{number}页起未识别，其中的材料未核验；请拆分文件后提交",
                number))
        return Page(number, image.width, image.height, "none", note=why)
    ocr_budget[0] -= 1
    odd = _odd_size(image.width, image.height)
    if odd:  # (a sliver of a picture, 1×5000: no engine reads it, and some fail on it)
        result.issues.append(ReadIssue("error", "unreadable_file", f"第{number}页{odd}，无法识别文字", number))
        return Page(number, image.width, image.height, "none", note=odd)
    try:
        return ocr_page(image, number, result.sha256, options)
    except Exception as err:  # an engine crash on one page must not lose the file
        # (the person reads the issue's one line; the trace only a developer who turns the log on:
        # Python's last-resort handler prints warnings and worse to stderr)
        log.debug("OCR failed on %s page %d", result.file, number, exc_info=True)
        from .ocr import OcrError

        why = str(err) if isinstance(err, OcrError) else f"OCR 识别失败（{detail(err)}）"
        result.issues.append(ReadIssue("error", "unreadable_file", f"第{number}页{why}", number))
        return Page(number, image.width, image.height, "none", note="OCR 识别失败")


def _odd_size(width: int, height: int) -> str | None:
    """Why a picture of ``width`` × ``height`` pixels holds no line of text to read: narrower than
    a letter (8 px), or a sliver more than 60 times as long as it is wide; else None.  A phone's
    long screenshot, 640 px wide or more, may run longer (640×39000: read in bands).

    >>> _odd_size(1, 5000), _odd_size(1240, 1754) is None, _odd_size(20000, 600) is None
    ('图片尺寸异常（1×5000 像素）', True, True)
    >>> _odd_size(640, 39000) is None, _odd_size(300, 39000)
    (True, '图片尺寸异常（300×39000 像素）')
    """
    long_shot = 640 <= width < height <= 100 * width
    if min(width, height) < 8 or max(width, height) > 60 * min(width, height) and not long_shot:
        return f"图片尺寸异常（{width}×{height} 像素）"
    return None


# What PDFium's error codes (FPDF_ERR_*) mean for the person who sent the file.
_PDFIUM_ERRORS = {
    1: "PDF 无法打开（原因不明，文件可能已损坏）",
    2: "PDF 文件无法打开（文件访问出错）",
    3: "PDF 已损坏或不完整",
    4: "PDF 已加密（有密码保护）；请提交未加密的版本",
    5: "PDF 使用了不支持的加密方式；请提交未加密的版本",
    6: "PDF 页面缺失或内容出错",
}


def _pdf_error_zh(err: Exception) -> str:
    code = getattr(err, "err_code", None)
    if code in _PDFIUM_ERRORS:
        return _PDFIUM_ERRORS[code]
    words = str(err).lower()
    if "password" in words or "security" in words:
        return _PDFIUM_ERRORS[4]
    return "PDF 已损坏或不完整（页面或目录无法解析）"


def _read_pdf(path: Path, result: ReadResult, options: ReadOptions) -> None:
    import pypdfium2 as pdfium

    from .images import render_pdf_page
    from .pdfbomb import expansion_problem
    from .textlayer import drawn_marks, form_values, page_lines, usable, with_form_values

    bomb = expansion_problem(path)  # (before pdfium holds a page of 1.4 GB of operators)
    if bomb:
        raise UnreadableFile(bomb)
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as err:
        raise UnreadableFile(_pdf_error_zh(err)) from None
    try:
        # a filled form's values live in its fields' appearances, drawn only with forms on
        # (before any page is loaded)
        pdf.init_forms()
    except pdfium.PdfiumError:
        pass
    try:
        result.page_count = len(pdf)
        if result.page_count == 0:
            raise UnreadableFile("PDF 中没有任何页面")
        _note_truncation(result, options.max_pages)
        ocr_budget = [options.max_ocr_pages]
        broken: dict[str, list[int]] = {}  # why → the pages it took: one issue for the file, not one a page
        for index in range(min(result.page_count, options.max_pages)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as err:  # one broken page must not lose the others
                broken.setdefault(_pdf_error_zh(err), []).append(index + 1)
                result.pages.append(Page(index + 1, 0, 0, "none", note="页面无法读取"))
                continue
            try:
                hidden: list[int] = []
                lines = page_lines(page, hidden)
                filled = form_values(pdf, page)
                if filled:  # (a form filled in a viewer: its values are in its fields, not its text)
                    lines = with_form_values(lines, filled)
                text = "\n".join(line.text for line in lines)
                good, why = usable(text)
                if hidden and hidden[0]:
                    # (text laid over the page that nobody sees: not read; the page is what it shows)
                    why = "；".join(filter(None, [f"文字层有 {hidden[0]} 个不可见的字（隐藏或白底白字），未采用", why]))
                if good:
                    width, height = page.get_size()
                    result.pages.append(Page(index + 1, width, height, "text_layer", lines, note=why or None,
                                             drawn=drawn_marks(page)))
                    continue
                image = render_pdf_page(page, options.dpi)
                ocr = _ocr_page(image, index + 1, result, options, ocr_budget)
                ocr.note = "；".join(filter(None, [why, ocr.note]))
                result.pages.append(ocr)
            except pdfium.PdfiumError as err:
                broken.setdefault(_pdf_error_zh(err), []).append(index + 1)
                result.pages.append(Page(index + 1, 0, 0, "none", note="页面无法读取"))
            finally:
                page.close()
        for why, pages in broken.items():
            result.issues.append(ReadIssue("error", "unreadable_file", f"{page_span(pages)}无法读取：{why}", pages[0]))
    finally:
        pdf.close()


def page_span(pages: list[int]) -> str:
    """The pages a failure took, as a reader says them.

    >>> page_span([3]), page_span([2, 3, 4, 5]), page_span([2, 3, 7])
    ('第3页', '第2–5页（共4页）', '第2、3、7页')
    """
    if len(pages) == 1:
        return f"第{pages[0]}页"
    if pages == list(range(pages[0], pages[-1] + 1)):
        return f"第{pages[0]}–{pages[-1]}页（共{len(pages)}页）"
    shown = "、".join(map(str, pages[:8])) + ("等" if len(pages) > 8 else "")
    return f"第{shown}页" + (f"（共{len(pages)}页）" if len(pages) > 8 else "")


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
               seals: bool = False, regions: dict[int, list[tuple[float, float, float, float]]] | None = None,
               turned: bool = False, parts: dict[int, str] | None = None) -> ReadResult:
    """``result`` with some of its OCR'd pages read a second time in places
    (``extractor.ocr.run.look_again``): around red seals (``seals``), in ``regions``
    (page number → boxes), and (``turned``) the lines standing on end of an upright page.
    Text-layer pages are left alone.  A failure leaves the first reading in place: a
    second look must never lose the first.  ``parts``: the pages that hold only a half of
    the file's page (page number → ``left``/``right``/``top``/``bottom``).
    """
    from dataclasses import replace

    from .images import page_image
    from .ocr.run import look_again as look_again_page

    options = options or ReadOptions()
    regions = regions or {}
    pages = []
    for page in result.pages:
        boxes = regions.get(page.number, [])
        standing = turned and any(line.standing for line in page.lines)
        if page.source == "ocr" and ((seals and page.seals) or boxes or standing):
            try:
                page = look_again_page(lambda page=page: page_image(Path(path), page, options.dpi), page,
                                       result.sha256, options, seals=seals and bool(page.seals), regions=boxes,
                                       turned=standing, part=(parts or {}).get(page.number))
            except Exception:  # noqa: BLE001 - logged; the first reading stands
                log.debug("second reading failed on %s page %d", result.file, page.number, exc_info=True)
        pages.append(page)
    return replace(result, pages=pages)


def _note_truncation(result: ReadResult, max_pages: int) -> None:
    if result.page_count > max_pages:
        result.issues.append(ReadIssue(
            "warning", "too_many_pages",
            f"文件共 {result.page_count} 页，只读取了前 {max_pages} 页；请只提交相关页（封面、版权页、证书页）"))
