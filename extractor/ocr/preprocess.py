"""Page clean-up before recognition: orientation, skew, red seals, uneven background.

Each step is measured on fixtures (benchmarks/bench_extract.py); each returns what it did
so the page record can say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..images import COARSE

PIPELINE_VERSION = "29"  # part of the OCR cache key: bump when a step changes its output (29: a transparent ground laid on white; 28: skew measured without the sheet's or the scanner bed's edges; 27: 16-bit grey scaled, not clipped white; a PDF form's fields drawn; 21: ink_spaced; 22: not on dim photos; 23: square pixels; 24: watermarked pages read again without their light ink; 25: only their skew measured without it; 26: ink_spaced measures blur with the paper whitened)


@dataclass
class Prepared:
    image: "Image.Image"
    rotation: int = 0  # clockwise degrees applied
    skew: float = 0.0  # degrees corrected
    seals: int = 0  # red seals suppressed
    seal_boxes: list[tuple[int, int, int, int]] = field(default_factory=list)
    before_seals: "Image.Image | None" = None  # the page before suppression, for re-reads
    # Where ``image`` lies in the whole straightened page (``straighten``'s frame, which
    # ``extractor.images.page_image`` re-makes): recognition sees the inked part only.
    offset: tuple[int, int] = (0, 0)
    size: tuple[int, int] = (0, 0)  # the whole straightened page
    fill: "tuple[int, ...] | int" = 255  # the colour of what lies outside ``image``
    steps: list[str] = field(default_factory=list)  # what was done, in Chinese: reports show it


# The English step names of pipeline versions up to 15, still in OCR caches (and in
# tests/ocr_replay): ``note_zh`` says them in Chinese, so a cached page reads like a new one.
_OLD_STEPS = [
    (r"rotated (\d+)°", r"已顺时针旋转 \1°"),
    (r"deskewed ([+-]?[\d.]+)°", r"已纠正倾斜 \1°"),
    (r"suppressed (\d+) red seal\(s\)", r"已去除 \1 处红色印章"),
    (r"grey, background flattened", "已转为灰度并均衡背景"),
    (r"seal areas read again", "印章处已重新识别"),
    (r"(\d+) region\(s\) read again", r"\1 处区域已单独重新识别"),
    (r"text layer has only (\d+) characters", r"文字层只有 \1 个字符"),
    (r"text layer looks like garbage glyphs \((\d+)% ordinary characters\)", r"文字层疑似乱码（正常字符只占 \1%）"),
    (r"not OCR'd: over the limit of (\d+) OCR pages per file", r"未做 OCR 识别：超出每个文件最多识别 \1 页的上限"),
    (r"OCR failed: .*", "OCR 识别失败"),
]


def note_zh(note: str | None) -> str | None:
    """A page note in Chinese, its parts joined by 「；」: a note written by an older pipeline
    (English step names, in a cache) is translated; a Chinese one comes back as it was."""
    import re

    if not note or not isinstance(note, str):
        return note
    parts = []
    for part in re.split(r"\s*[;；]\s*", note):
        for pattern, chinese in _OLD_STEPS:
            if re.fullmatch(pattern, part):
                part = re.sub(pattern, chinese, part)
                break
        if part:
            parts.append(part)
    return "；".join(parts) or None


def rotate_clockwise(image, degrees: int):
    from PIL import Image

    turns = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    return image.transpose(turns[degrees]) if degrees in turns else image


LIGHT_INK = 185  # a watermark's grey: darker than paper, far lighter than print
DARK_INK = 100  # print is this dark: a page whose own text is paler keeps its light ink


def _print_is_dark(grey) -> bool:
    """Some of the page (0.2%) is as dark as print is: its light grey can be told from it."""
    return bool((grey < DARK_INK).mean() >= 0.002)


SKEW_LIMIT = 15.0  # degrees either way: a phone photo's tilt; beyond it orientation's quarter turns take over


def ink_map(image, print_only: bool = False):
    """(ink, factor): what is darker than its own neighbourhood (an adaptive threshold),
    on the page scaled down by ``factor`` to at most 1200 px; 1 for ink, 0 for paper.

    ``print_only``: without light grey ink (``LIGHT_INK``) on a page whose print is dark: a
    watermark printed large and aslant across the page (仅供职称申报使用) outweighed the
    lines of print, and the page was "straightened" to the watermark's slant.

    Ink is judged against its neighbourhood, not a fixed grey: in a phone photo the desk
    around the sheet and a shadow across it are darker than 160 too, and with a fixed
    level they outweighed the text."""
    import cv2
    import numpy as np

    if image.mode == "RGB":
        grey = cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2GRAY)
    else:
        grey = np.asarray(image.convert("L"))
    factor = min(1.0, 1200 / max(grey.shape))
    if factor < 1:  # a sliver of a page keeps at least one pixel across
        size = (max(1, round(grey.shape[1] * factor)), max(1, round(grey.shape[0] * factor)))
        pixels = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    else:
        pixels = grey
    block = max(15, (min(pixels.shape) // 30) | 1)
    ink = cv2.adaptiveThreshold(pixels, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 12)
    if print_only and _print_is_dark(pixels):
        ink[pixels > LIGHT_INK] = 0
    return ink, factor


def estimate_skew(image, limit: float = SKEW_LIMIT, ink=None) -> float:
    """How far the page is turned (degrees, counter-clockwise positive), by projection profiles.

    Text lines make sharp peaks in the row sums of a page's ink (``ink_map``) when the page
    is straight.  For small angles a rotation is close to a shear (exactly so up to a scale
    of the rows, which does not move the peak), so each candidate angle only moves the ink
    pixels' row coordinates (y - x·tan a): the angle whose histogram of those rows has the
    largest variance wins.

    With a fixed grey level instead of ``ink_map``, a 7° photo measured 0°, read 发明人 as
    发明入 and lost its fields.  Searched over ±``limit`` (15°: up to 5° before, so a 7°
    photo could not be found at all), to 0.05°.  ~50 ms a page.
    """
    import numpy as np

    ink = ink_map(image)[0] if ink is None else ink
    ink = _without_frame(ink)
    ys, xs = np.nonzero(ink)
    if len(ys) < 200:
        return 0.0
    if len(ys) > 60000:  # a sample keeps the cost flat on dense pages
        pick = np.random.default_rng(0).choice(len(ys), 60000, replace=False)
        ys, xs = ys[pick], xs[pick]
    height = ink.shape[0]
    span = int(height + ink.shape[1] * np.tan(np.radians(limit + 1))) + 2
    ys, xs = ys.astype(np.float32), xs.astype(np.float32)

    def score(angle: float) -> float:
        rows = np.round(ys + xs * np.float32(np.tan(np.radians(angle)))).astype(np.int32) + span // 2
        # (on a strip far wider than tall, 20000×600, a shear moves rows by more than half the
        # page: up from the lowest, where a page's rows never go below zero)
        low = int(rows.min()) if len(rows) else 0
        return float(np.var(np.bincount(rows - low if low < 0 else rows, minlength=span)))

    best = max(np.arange(-limit, limit + 0.01, 0.5), key=score)
    fine = max(np.arange(best - 0.4, best + 0.41, 0.1), key=score)
    finer = max(np.arange(fine - 0.1, fine + 0.101, 0.05), key=score)
    return round(float(finer), 2)


def _without_frame(ink):
    """``ink`` without the edges of the sheet or the scanner's bed: a line touching the image's
    border and running half its width or height.  A turned sheet photographed or scanned on
    a larger ground shows the ground's straight edge; its one long row outweighed a whole
    page of text (a 2.7° page measured 0°, its grid of names read out of order).  A table's
    rules stand inside the page and stay.

    >>> import numpy as np
    >>> ink = np.zeros((100, 80), np.uint8); ink[2, :] = 1; ink[50, 10:30] = 1
    >>> int(_without_frame(ink).sum())
    20
    """
    import cv2
    import numpy as np

    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    height, width = ink.shape
    x, y, w, h = (stats[:, k] for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
    frame = ((x == 0) | (y == 0) | (x + w >= width) | (y + h >= height)) & ((w >= width / 2) | (h >= height / 2))
    frame[0] = False  # (the background)
    if not frame.any():
        return ink
    return np.where(frame[labels], 0, ink).astype(ink.dtype)


CONTENT_MARGIN = 0.025  # of the page's long side, kept around the ink
CONTENT_SAVING = 0.10  # crop only when it spares recognition at least this share of pixels
SPECK = 10  # pixels of the scaled-down ink map: a blot smaller than this is dust (a 、 inside a line is kept by the line)


def content_box(ink, factor: float, size: tuple[int, int], angle: float = 0.0) -> "tuple[int, int, int, int] | None":
    """The part of the page, straightened by ``angle``, that holds ink, with a margin:
    (left, top, right, bottom) in ``straighten``'s frame, or None when that is nearly the
    whole page.

    Text detection costs in proportion to the pixels it is shown, and a page's margins and
    the foot of a half-filled form are pixels with nothing to find (a third of a typical
    certificate or letter).  Scanner dust is not ink: blots smaller than ``SPECK`` are left
    out, and a row or column counts only with at least three ink pixels in it.  A page number or a
    faint footer far from the rest is ink, and stays inside.
    """
    import cv2
    import numpy as np

    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count <= 1:
        return None
    keep = stats[:, cv2.CC_STAT_AREA] >= SPECK
    keep[0] = False  # the background
    ys, xs = np.nonzero(keep[labels])
    if len(ys) < 50:
        return None
    matrix, (width, height) = rotation_matrix(size, angle)
    # The matrix maps the straightened page to the turned one; its inverse places ink.
    a, b, c, d, e, f = matrix
    px, py = xs.astype(np.float64) / factor - c, ys.astype(np.float64) / factor - f
    det = a * e - b * d
    sx, sy = (e * px - b * py) / det, (-d * px + a * py) / det
    # Counted on the scaled-down map's grid: a column there is 1/factor columns here.
    cols = np.bincount(np.clip(sx * factor, 0, None).astype(np.int64))
    rows = np.bincount(np.clip(sy * factor, 0, None).astype(np.int64))
    dense_cols, dense_rows = np.flatnonzero(cols >= 3), np.flatnonzero(rows >= 3)
    if not len(dense_cols) or not len(dense_rows):
        return None
    margin = CONTENT_MARGIN * max(width, height)
    box = (max(0, int(dense_cols[0] / factor - margin)), max(0, int(dense_rows[0] / factor - margin)),
           min(width, int((dense_cols[-1] + 1) / factor + margin)),
           min(height, int((dense_rows[-1] + 1) / factor + margin)))
    if (box[2] - box[0]) * (box[3] - box[1]) > (1 - CONTENT_SAVING) * width * height:
        return None
    return box


def _ring_coverage(mask, cx: float, cy: float, rx: float, ry: float) -> float:
    """Share of 120 directions from the centre that meet red in a narrow outer ring of the
    ellipse with half-axes ``rx``, ``ry`` (a circle when they are equal).

    Measured on the real certificates in shared/realdocs: every seal scores 1.0, big red
    title characters (获奖证书, 荣誉证书) score 0.15–0.62.
    """
    import numpy as np

    ys, xs = np.nonzero(mask)
    if len(xs) == 0:
        return 0.0
    dist = np.hypot((xs - cx) / rx, (ys - cy) / ry)
    band = (dist >= 0.85) & (dist <= 1.02)
    angles = np.arctan2((ys[band] - cy) / ry, (xs[band] - cx) / rx)
    bins = np.unique(((angles + np.pi) / (2 * np.pi) * 120).astype(int) % 120)
    return len(bins) / 120


def find_seals(image) -> list[tuple[int, int, int, int, "object"]]:
    """Red stamps on a page: (x, y, w, h, mask of the stamp's connected pixels).

    A seal is a red region 6–45% of the page's short side across, round or oval (finance
    and invoice seals are ellipses up to about 1.6 : 1), whose outer ring is red all the
    way round (a stamp's border).  A big red title character is square too, but its outer
    ring is mostly empty; a title line is wider still.
    """
    import cv2
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    reddish = (hue <= 12) | (hue >= 160)
    red = (reddish & (sat >= 70) & (val >= 70)).astype(np.uint8)
    if red.mean() < 0.001:
        return []
    short = min(rgb.shape[:2])
    grown = cv2.dilate(red, np.ones((max(3, short // 80),) * 2, np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=8)
    seals = []
    for index in range(1, count):
        x, y, w, h, _area = stats[index]
        if not (0.06 * short <= max(w, h) <= 0.45 * short and 0.6 <= w / max(h, 1) <= 1.7):
            continue
        inside = labels[y:y + h, x:x + w] == index
        if _ring_coverage(red[y:y + h, x:x + w] & inside, w / 2, h / 2, w / 2, h / 2) < 0.9:
            continue
        seals.append((int(x), int(y), int(w), int(h), inside))
    return seals


def suppress_seals(image, seals=None) -> tuple["Image.Image", int]:
    """Whiten red seals but keep red titles and other red text (``seals``: ``find_seals``'
    answer for this image when the caller has it already)."""
    import cv2
    import numpy as np
    from PIL import Image

    seals = find_seals(image) if seals is None else seals
    if not seals:
        return image, 0
    rgb = np.asarray(image.convert("RGB"))
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    reddish = (hsv[..., 0] <= 12) | (hsv[..., 0] >= 160)
    out = rgb.copy()
    for x, y, w, h, inside in seals:
        # Inside a seal, lighter red (the stamp's faded edge) goes too.
        faint = inside & reddish[y:y + h, x:x + w] & (hsv[y:y + h, x:x + w, 1] >= 35)
        out[y:y + h, x:x + w][faint] = (255, 255, 255)
    return Image.fromarray(out), len(seals)


def paint_out_seal(image, box: tuple[int, int, int, int]):
    """The seal's whole disk repainted in the paper's colour, dark pixels (black text
    printed under the stamp) kept: a second reading of what the stamp covers.  Too
    aggressive for the page as a whole (it thins some real dates), right for a re-read."""
    import cv2
    import numpy as np
    from PIL import Image

    x, y, w, h = box
    rgb = np.asarray(image.convert("RGB")).copy()
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    reddish = (hue <= 12) | (hue >= 160)
    ys, xs = np.ogrid[0:rgb.shape[0], 0:rgb.shape[1]]
    disk = (xs - (x + w / 2)) ** 2 + (ys - (y + h / 2)) ** 2 <= (0.53 * max(w, h)) ** 2
    stamp = disk & reddish & (sat >= 35) & (val >= 150)
    paper = ~reddish & (val >= 150) & disk
    colour = np.median(rgb[paper], axis=0) if paper.any() else (255, 255, 255)
    rgb[stamp] = colour
    return Image.fromarray(rgb)


def drop_red(image, white: float | None = None):
    """The image as its red channel, levelled so that red ink turns to paper: a red stamp
    vanishes and black text printed under it stays dark, even where the two blend
    (colour dropout, as form scanners do it).  For the area around a seal only: red
    titles would vanish too.

    The darkest 1% of the red channel is ink (or the pixels dark in every channel, when
    the text is too sparse for 1%).  Above ``white`` everything is paper; by
    default ``white`` sits just under the stamp's own red (its 10th percentile less 10),
    so that black blended with red, darker than the stamp, stays.  A fixed level (the 90th
    percentile's share, e.g. 0.6) is the second opinion ``ocr.run`` asks for: on the
    fixtures' seals the fixed level thinned a 6 crossed by the ring into a 0.
    """
    import cv2
    import numpy as np
    from PIL import Image

    rgb = np.asarray(image.convert("RGB"))
    red = rgb[..., 0].astype(np.float32)
    ink = float(np.percentile(red, 1))
    dark = rgb.max(axis=2) < 128  # black in every channel: print, never the stamp
    if dark.sum() >= 50:  # sparse text is under 1% of the pixels: take its own red level
        ink = min(ink, float(np.median(red[dark])))
    if white is None:
        hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
        stamp = ((hsv[..., 0] <= 12) | (hsv[..., 0] >= 160)) & (hsv[..., 1] >= 70) & (hsv[..., 2] >= 70)
        level = np.percentile(red[stamp], 10) - 10 if stamp.sum() > 50 else np.percentile(red, 90) * 0.8
    else:
        level = ink + white * (float(np.percentile(red, 90)) - ink)
    level = max(ink + 1.0, float(level))
    levelled = np.clip((red - ink) / (level - ink) * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(levelled).convert("RGB")


def erase_rules(image):
    """A table cell with its ruling lines whitened: rows and columns that are ink for most
    of their length.  With its borders in view, OCR's detector finds nothing in a cell
    holding a lone digit; without them it reads it."""
    import numpy as np
    from PIL import Image

    rgb = np.asarray(image.convert("RGB")).copy()
    ink = rgb.min(axis=2) < 128
    rgb[:, ink.mean(axis=0) > 0.6] = 255
    rgb[ink.mean(axis=1) > 0.6, :] = 255
    return Image.fromarray(rgb)


WATERMARK_SHARE = 0.5  # of a page's ink that is light grey: a watermark across it, whether read or not


def light_ink_share(image, inked=None) -> float:
    """The share of a page's ink (``ink_map``) that is light grey (``LIGHT_INK``), on a page
    whose print is dark; 0 otherwise.  Print has a light rim and little more (measured: 0.0–0.27
    on scans and photos of 30 outside pages and 0.0–0.49 on the 23 real ones, whose awards print
    light patterns); a page with a large grey watermark across it, 0.48–0.72."""
    import cv2
    import numpy as np

    ink, factor = inked if inked is not None else ink_map(image)
    grey = np.asarray(image.convert("L"))
    if factor < 1:
        grey = cv2.resize(grey, (ink.shape[1], ink.shape[0]), interpolation=cv2.INTER_AREA)
    if not _print_is_dark(grey) or not ink.any():
        return 0.0
    return float((ink.astype(bool) & (grey > LIGHT_INK)).sum() / ink.sum())


def without_light_ink(image):
    """``image`` with its light grey ink (a watermark printed across it, 仅供职称申报使用)
    turned to paper, when its print is dark; else None.

    The recogniser misses a line of print a watermark crosses (a 财务证明's one line with its
    sum); print stays black and legible without the watermark's grey.  A page whose
    darkest ink is pale (a faded fax, a dim photo) is left alone: its print would go too.

    >>> from PIL import Image
    >>> page = Image.new("L", (200, 100), 255)
    >>> page.paste(30, (10, 10, 60, 20)); page.paste(200, (80, 40, 190, 90))
    >>> cleaned = without_light_ink(page)
    >>> cleaned.getpixel((20, 15)), cleaned.getpixel((100, 60))
    (30, 255)
    >>> without_light_ink(Image.new("L", (200, 100), 170)) is None
    True
    """
    import numpy as np
    from PIL import Image

    grey = np.asarray(image.convert("L"))
    if not _print_is_dark(grey):
        return None
    cleaned = np.where(grey > LIGHT_INK, 255, grey).astype(np.uint8)
    return Image.fromarray(cleaned).convert(image.mode if image.mode in ("L", "RGB") else "RGB")


def flatten_background(image):
    """Even out lighting: divide the grey page by a heavily blurred copy of itself."""
    import cv2
    import numpy as np
    from PIL import Image

    grey = np.asarray(image.convert("L"), dtype=np.float32)
    kernel = max(31, (min(grey.shape) // 20) | 1)
    background = cv2.GaussianBlur(grey, (kernel, kernel), 0) + 1.0
    flat = np.clip(grey / background * 235.0, 0, 255).astype(np.uint8)
    return Image.fromarray(flat)


def rotation_matrix(size: tuple[int, int], angle: float) -> tuple[list[float], tuple[int, int]]:
    """(affine matrix, size) of the page of ``size`` turned back by ``angle`` and grown to
    hold all of it, as Pillow's ``Image.rotate(-angle, expand=True)`` makes them: the
    matrix maps a pixel of the turned-back page to the page as given."""
    import math

    width, height = size
    if not angle:
        return [1.0, 0.0, 0.0, 0.0, 1.0, 0.0], (width, height)
    radians = -math.radians(-angle % 360.0)
    matrix = [round(math.cos(radians), 15), round(math.sin(radians), 15), 0.0,
              round(-math.sin(radians), 15), round(math.cos(radians), 15), 0.0]

    def apply(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return a * x + b * y + c, d * x + e * y + f

    centre = (width / 2, height / 2)
    matrix[2], matrix[5] = apply(-centre[0], -centre[1])
    matrix[2] += centre[0]
    matrix[5] += centre[1]
    corners = [apply(x, y) for x, y in ((0, 0), (width, 0), (width, height), (0, height))]
    new_width = math.ceil(max(x for x, _ in corners)) - math.floor(min(x for x, _ in corners))
    new_height = math.ceil(max(y for _, y in corners)) - math.floor(min(y for _, y in corners))
    matrix[2], matrix[5] = apply(-(new_width - width) / 2.0, -(new_height - height) / 2.0)
    return matrix, (new_width, new_height)


def straighten(image, angle: float, box: "tuple[int, int, int, int] | None" = None, fill=None):
    """``image`` turned back by ``angle`` (degrees, counter-clockwise positive), grown to
    hold all of it; the corners it uncovers take the colour of its edge (white for a scan,
    the desk for a photo: a white wedge against a dark desk would make edges of its own).

    With ``box`` (in that grown frame), only that part is made, as the whole would have it
    there (to within one level of rounding): resampling costs in proportion to the pixels made.

    OpenCV's bicubic warp, a quarter of Pillow's time (0.04 against 0.17 s an A4 page).  An
    earlier trial of it read one fixture's 数字孪生 as 数字李生 and was reverted; measured
    since on 120 fields of new scans, photos and the fixtures, the two resamplers each miss
    one or two characters the other reads, and neither more often (bench_photos.py).
    """
    import cv2
    import numpy as np
    from PIL import Image

    matrix, size = rotation_matrix(image.size, angle)
    if box is not None:
        a, b, c, d, e, f = matrix
        matrix = [a, b, c + a * box[0] + b * box[1], d, e, f + d * box[0] + e * box[1]]
        size = (box[2] - box[0], box[3] - box[1])
    fill = _edge_colour(image) if fill is None else fill
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    pixels = cv2.warpAffine(np.asarray(image), np.array(matrix, dtype=np.float64).reshape(2, 3), size,
                            flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_CONSTANT,
                            borderValue=fill if isinstance(fill, tuple) else (fill,) * 3)
    return Image.fromarray(pixels)


def whole_page(prepared: "Prepared", image):
    """``image`` (a part of the straightened page, placed at ``prepared.offset``) put back
    in the whole page's frame, the rest in the page's edge colour: what a crop in page
    coordinates expects."""
    from PIL import Image

    if prepared.offset == (0, 0) and image.size == prepared.size:
        return image
    canvas = Image.new(image.mode, prepared.size, prepared.fill)
    canvas.paste(image, prepared.offset)
    return canvas


def _edge_colour(image) -> "tuple[int, ...] | int":
    import numpy as np

    pixels = np.asarray(image)
    edge = np.concatenate([pixels[:2].reshape(-1, *pixels.shape[2:]), pixels[-2:].reshape(-1, *pixels.shape[2:]),
                           pixels[:, :2].reshape(-1, *pixels.shape[2:]), pixels[:, -2:].reshape(-1, *pixels.shape[2:])])
    colour = np.median(edge, axis=0)
    return tuple(int(v) for v in colour) if colour.ndim else int(colour)


def prepare(image, engine: str, rotation: int = 0) -> Prepared:
    """The page ready for ``engine``: turned, straight, cut to its inked part, seals gone;
    grey and flat for Tesseract."""
    prepared = Prepared(image=rotate_clockwise(image, rotation), rotation=rotation)
    coarse = image.info.get(COARSE)
    if coarse:
        prepared.steps.append(coarse)
    if rotation:
        prepared.steps.append(f"已顺时针旋转 {rotation}°")
    ink, factor = ink_map(prepared.image)
    # (a watermark across the page: its slant is not the page's; on other pages the print's
    # light rim is ink like the rest, and leaving it out would only move the measure a little)
    watermarked = light_ink_share(prepared.image, (ink, factor)) >= WATERMARK_SHARE
    angle = estimate_skew(prepared.image, ink=ink_map(prepared.image, print_only=True)[0] if watermarked else ink)
    if abs(angle) < 0.5:  # below half a degree OCR reads fine, and resampling only blurs
        angle = 0.0
    prepared.fill = _edge_colour(prepared.image)
    box = content_box(ink, factor, prepared.image.size, angle)
    _, prepared.size = rotation_matrix(prepared.image.size, angle)
    if angle:
        prepared.image = straighten(prepared.image, angle, box, fill=prepared.fill)
        prepared.skew = angle
        prepared.steps.append(f"已纠正倾斜 {angle:+.1f}°")
    elif box is not None:
        prepared.image = prepared.image.crop(box)
    if box is not None:
        prepared.offset = (box[0], box[1])
    prepared.before_seals = prepared.image
    seals = find_seals(prepared.image)
    prepared.seal_boxes = [(x + prepared.offset[0], y + prepared.offset[1], w, h) for x, y, w, h, _ in seals]
    prepared.image, prepared.seals = suppress_seals(prepared.image, seals)
    if prepared.seals:
        prepared.steps.append(f"已去除 {prepared.seals} 处红色印章")
    if engine == "tesseract":
        prepared.image = flatten_background(prepared.image)
        prepared.steps.append("已转为灰度并均衡背景")
    if coarse:
        prepared.image.info[COARSE] = coarse
    return prepared


# Part of the OCR cache key of a page stretched square (a fax's): its pipeline has one step
# more than other pages' (``ocr.run``: read again with its dots smoothed when the first
# reading found few of its lines), and only those pages are read again when it changes.
FAX_STEPS = "dots-reread-2"


def smooth_fax_dots(image):
    """A fax page blurred by one pixel: its dots (dithered grey) merged into strokes.  At full
    size the detector takes them for noise: on a dithered 204×98 dpi page cut to its ink it
    found 4 lines, and 37 once the dots were smoothed a pixel's width; on faxes it had read
    well the blur costs as much as it gains, so it is only a second reading."""
    from PIL import ImageFilter

    smoothed = image.filter(ImageFilter.GaussianBlur(1))
    smoothed.info.update(image.info)
    return smoothed
