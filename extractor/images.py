"""Opening page images safely: size limits before decoding, EXIF rotation, TIFF frames.

Pillow decodes lazily, so the pixel count is known from the header alone: a 200-megapixel
image is refused before it takes 600 MB of memory.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Iterator

from .formats import UnreadableFile, detail

MAX_PIXELS = 60_000_000  # ~ an A3 page at 600 dpi; larger is a decompression bomb or a poster
OCR_MAX_SIDE = 2400  # pages are scaled down to this before OCR: enough for 5-pt Chinese text
# ``Image.info`` key of a page whose pixels were stretched square (``square_pixels``): along
# its coarse axis thin strokes were lost before it was stretched, so its ink's gaps are no
# evidence of spaces (``extractor.ocr.rapid.ink_spaced``).  Its value says what was done.
COARSE = "zhicheng.coarse"


def _guard(size: tuple[int, int], where: str) -> None:
    pixels = size[0] * size[1]
    if pixels > MAX_PIXELS:
        raise UnreadableFile(f"{where}图像过大：{size[0]}×{size[1]} 像素（{pixels / 1e4:.0f} 万像素），"
                             f"超过 {MAX_PIXELS / 1e4:.0f} 万像素的上限（防止异常文件耗尽内存）；"
                             "请降低分辨率后重新提交")


def _why_not_an_image(err: BaseException) -> str:
    """Pillow's many ways of saying a picture is broken, in plain Chinese; only an unknown
    failure keeps Pillow's own (short) words in parentheses."""
    from PIL import UnidentifiedImageError

    words = str(err).lower()
    if "truncated" in words:
        return "图片已损坏或不完整（文件被截断）"
    if isinstance(err, UnidentifiedImageError) or "cannot identify" in words:
        return "无法识别的图片格式，或图片已损坏"
    if any(w in words for w in ("decoder", "unsupported", "not supported", "header", "broken", "corrupt")):
        return "图片已损坏，或使用了不支持的编码方式"
    return f"图片已损坏或无法解码（{detail(err)}）"


def square_pixels(image: "Image.Image", dpi) -> "Image.Image":
    """``image`` stretched so its pixels are square, when its resolution says they are not.

    A fax in standard mode is 204 × 98 dpi: each pixel is twice as tall as it is wide, and the
    file, shown as it is, has every character squashed to half its height.  Recognisers read
    such a page badly: on the tuning sets' fax TIFFs 38% of the fields were wrong (有 as 行,
    重 as 承), against 9% on the same faxes delivered as PDFs with their pixels made square.
    The short axis is stretched (never the long one shrunk), so no ink is lost.

    >>> from PIL import Image
    >>> fax = square_pixels(Image.new("1", (1728, 1079)), (204, 98))
    >>> fax.size, fax.info[COARSE]
    ((1728, 2246), '已按 204×98 dpi 拉伸为方形像素')
    >>> square_pixels(Image.new("L", (100, 100)), (300, 300)).size
    (100, 100)
    >>> square_pixels(Image.new("L", (100, 100)), (0, 72)).size  # a broken header is no reason
    (100, 100)
    """
    from PIL import Image

    try:
        x_dpi, y_dpi = (float(v) for v in dpi)
    except (TypeError, ValueError):
        return image
    if not (x_dpi > 0 and y_dpi > 0):
        return image
    ratio = x_dpi / y_dpi
    # Below 1.2 the difference is rounding in a header (300 × 299); past 4 it is a broken one.
    if not (1.2 <= ratio <= 4 or 1 / 4 <= ratio <= 1 / 1.2):
        return image
    size = (image.width, round(image.height * ratio)) if ratio > 1 else (round(image.width / ratio), image.height)
    _guard(size, "按分辨率拉伸后")
    square = image.resize(size, Image.Resampling.BICUBIC if image.mode in ("L", "RGB") else Image.Resampling.NEAREST)
    square.info[COARSE] = f"已按 {x_dpi:g}×{y_dpi:g} dpi 拉伸为方形像素"
    return square


def open_frames(path: Path, max_frames: int) -> Iterator[tuple[int, "Image.Image"]]:
    """Yield (frame number, RGB image) for each frame of an image file, upright."""
    from PIL import Image, ImageOps, ImageSequence

    # Pillow's own bomb check raises inside open() without saying the size; ours runs on
    # the header's size (nothing is decoded yet) and says it.
    previous, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        image = Image.open(path)
    except Exception as err:  # Pillow raises many kinds on a broken header
        raise UnreadableFile(_why_not_an_image(err)) from None
    finally:
        Image.MAX_IMAGE_PIXELS = previous
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with image:
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                if number > max_frames:
                    break
                _guard(frame.size, f"第 {number} 页")
                try:
                    frame.load()
                    upright = ImageOps.exif_transpose(frame) if number == 1 else frame
                    yield number, square_pixels(_on_white(_eight_bit(upright)), frame.info.get("dpi"))
                except (OSError, SyntaxError, ValueError) as err:
                    raise UnreadableFile(f"第 {number} 页{_why_not_an_image(err)}") from None


def _on_white(image: "Image.Image") -> "Image.Image":
    """``image`` in RGB, laid on white where it is transparent, as a viewer shows it: black text
    on a transparent ground (a PNG exported from a phone's scan app) would be black on black.

    >>> from PIL import Image
    >>> clear = Image.new("LA", (2, 1), (0, 0)); clear.putpixel((0, 0), (0, 255))
    >>> _on_white(clear).getpixel((0, 0)), _on_white(clear).getpixel((1, 0))
    ((0, 0, 0), (255, 255, 255))
    """
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        ground = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(ground, rgba).convert("RGB")
    return image.convert("RGB")


def _eight_bit(image: "Image.Image") -> "Image.Image":
    """A 16- or 32-bit grey image (a scanner's 16-bit TIFF) brought to 8 bits by its own range:
    Pillow's convert clips every value above 255 to white, and the page reads blank.

    >>> from PIL import Image
    >>> deep = Image.new("I;16", (4, 1), 40000); deep.putpixel((0, 0), 1000)
    >>> _eight_bit(deep).convert("RGB").getpixel((0, 0))[0] < 10, _eight_bit(deep).mode
    (True, 'L')
    """
    if image.mode not in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        return image
    import numpy
    from PIL import Image

    values = numpy.asarray(image, dtype=numpy.float64)
    top = float(values.max()) if values.size else 0.0
    if top <= 255:
        return Image.fromarray(values.clip(0, 255).astype(numpy.uint8), "L")
    # (a 16-bit scan uses the top of its range: scaled by 65535 where it reaches past 4095,
    # else by its own maximum, a 12-bit sensor's)
    full = 65535.0 if top > 4095 else top
    return Image.fromarray((values / full * 255).clip(0, 255).astype(numpy.uint8), "L")


def count_frames(path: Path) -> int:
    from PIL import Image

    with Image.open(path) as image:
        return getattr(image, "n_frames", 1)


def render_pdf_page(page, dpi: int = 200) -> "Image.Image":
    """A pypdfium2 page as an RGB image at ``dpi`` (capped so the long side stays sane)."""
    width, height = page.get_size()
    scale = dpi / 72
    longest = max(width, height) * scale
    if longest > OCR_MAX_SIDE * 1.5:
        scale *= OCR_MAX_SIDE * 1.5 / longest
    _guard((int(width * scale), int(height * scale)), "PDF 页面渲染后")
    return page.render(scale=scale).to_pil().convert("RGB")


# A picture this many times taller than wide, and taller than a page is read at, is a phone's
# long screenshot (学信网's 备案表, a register's query, a chat of forwarded certificates): scaled
# to fit whole, its print would be a few pixels high.  It keeps a readable width and is read
# in bands (``extractor.ocr.run``).  (Two A4 pages scanned one above the other, 1:2.8, are read
# whole as before: read in bands, a blind set lost a paper's authors.)
STRIP = 3.5
STRIP_WIDTH = 1280


def is_strip(width: int, height: int) -> bool:
    """A long screenshot (``STRIP``): read in bands at a readable width.

    >>> is_strip(1080, 16000), is_strip(1240, 1754), is_strip(1080, 2400)
    (True, False, False)
    """
    return height > STRIP * width and height > OCR_MAX_SIDE


def fit_for_ocr(image: "Image.Image") -> tuple["Image.Image", float]:
    """Scale a page down so its long side is at most ``OCR_MAX_SIDE`` (a long screenshot: its
    width at most ``STRIP_WIDTH``); returns the factor."""
    if is_strip(*image.size):
        return _scaled(image, min(1.0, STRIP_WIDTH / image.width))
    longest = max(image.size)
    if longest <= OCR_MAX_SIDE:
        return image, 1.0
    return _scaled(image, OCR_MAX_SIDE / longest)


def _scaled(image: "Image.Image", factor: float) -> tuple["Image.Image", float]:
    """``image`` scaled down by ``factor`` (≤ 1), and the factor."""
    if factor >= 1.0:
        return image, 1.0
    import cv2
    import numpy as np
    from PIL import Image

    # Area averaging is what a downscale wants, and OpenCV's is several times faster than
    # Pillow's Lanczos on a 4000-pixel photo.
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    scaled = Image.fromarray(cv2.resize(np.asarray(image), size, interpolation=cv2.INTER_AREA))
    if COARSE in image.info:
        scaled.info[COARSE] = image.info[COARSE]
    return scaled, factor


def page_image(path: Path, page, dpi: int = 200) -> "Image.Image":
    """The page image in the geometry its line boxes refer to (for crops in reports).

    A text-layer page is rendered at 72 dpi × 2 and its boxes (points) scale by 2; an OCR'd
    page is re-made exactly as OCR saw it (``dpi``: that of ``ReadOptions``): scaled,
    turned, straightened, red seals still on.
    """
    from .ocr.preprocess import straighten

    view = page_view(path, page, dpi)
    return straighten(view.upright, view.skew) if view.skew else view.upright


class PageView:
    """A page in the geometry its boxes refer to (``page_image``'s), made on demand: a
    report wants a few regions at full resolution and the whole page small, so only those
    pixels are straightened (resampling costs in proportion to the pixels made: a whole
    A4 page ~0.04 s, a field's crop or a thumbnail a fraction of that).  Quacks as much
    like a Pillow image as a report uses: ``width``, ``height``, ``size``, ``crop``."""

    def __init__(self, upright: "Image.Image", skew: float):
        from .ocr.preprocess import _edge_colour, rotation_matrix

        self.upright, self.skew = upright, skew
        self.size = rotation_matrix(upright.size, skew)[1] if skew else upright.size
        self.width, self.height = self.size
        self._fill = _edge_colour(upright) if skew else None

    def crop(self, region) -> "Image.Image":
        """The part of the page in ``region`` (left, top, right, bottom, in its pixels)."""
        from .ocr.preprocess import straighten

        if not self.skew:
            return self.upright.crop(region)
        box = tuple(int(round(v)) for v in region)
        return straighten(self.upright, self.skew, box=box, fill=self._fill)

    def small(self, width: int) -> "Image.Image":
        """The whole page ``width`` pixels wide (a thumbnail): made small, then straightened."""
        from PIL import Image as PILImage

        from .ocr.preprocess import straighten

        height = max(1, round(self.height * width / self.width))
        # Area averaging to twice the target (OpenCV's, a fraction of Pillow's Lanczos on a
        # whole page), then a clean Lanczos step to the size.
        factor = min(1.0, 2 * width / self.upright.width)
        source, _ = _scaled(self.upright, factor)
        if self.skew:
            source = straighten(source, self.skew, fill=self._fill)
        return source.resize((width, height), PILImage.LANCZOS)


def page_view(path: Path, page, dpi: int = 200) -> PageView:
    """``page_image`` as a ``PageView``: everything but the straightening done now."""
    from .formats import detect_format
    from .ocr.preprocess import rotate_clockwise

    if detect_format(path) == "pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
        try:
            try:
                pdf.init_forms()  # (as read: a form's filled fields drawn)
            except pdfium.PdfiumError:
                pass
            image = render_pdf_page(pdf[page.number - 1], 144 if page.source == "text_layer" else dpi)
        finally:
            pdf.close()
        if page.source == "text_layer":
            return PageView(image, 0.0)
    else:
        image = dict(open_frames(path, page.number))[page.number]
    image, _ = fit_for_ocr(image)
    return PageView(rotate_clockwise(image, page.rotation), page.skew or 0.0)


def box_scale(page) -> float:
    """Factor from a page's box units to ``page_image`` pixels."""
    return 2.0 if page.source == "text_layer" else 1.0
