"""OCR of one page image: prepare, recognise, map boxes back, cache."""

from __future__ import annotations

from ..images import fit_for_ocr
from ..model import Line, Page
from . import get_engine
from .cache import OcrCache
from .preprocess import PIPELINE_VERSION, prepare


def ocr_page(image, number: int, file_sha256: str, options) -> Page:
    """The page's lines from the chosen engine, from the cache when this page was seen before."""
    engine = get_engine(options.engine)
    cache = OcrCache(options.cache_dir) if options.use_cache else None
    key = (file_sha256, number, engine.name, engine.version, PIPELINE_VERSION, options.orient, options.dpi)
    if cache is not None:
        hit = cache.get(key)
        if hit is not None:
            return hit
    fitted, scale = fit_for_ocr(image)
    prepared, lines = _recognize_upright(engine, fitted, options.orient)
    lines = lines + _reread_seal_dates(engine, prepared, lines)
    # Boxes refer to the prepared (upright, deskewed) page: that is what a crop shows.
    page = Page(number=number, width=prepared.image.width, height=prepared.image.height, source="ocr",
                lines=sorted(lines, key=_reading_order(lines)), rotation=prepared.rotation,
                skew=prepared.skew, scale=scale,
                engine=engine.version, note="; ".join(prepared.steps) or None)
    if cache is not None:
        cache.put(key, page)
    return page


GOOD_CONFIDENCE = 0.85


def _reread_seal_dates(engine, prepared, lines: list[Line]) -> list[Line]:
    """Dates printed under a red seal: when nothing on the page reads as a date, read each
    seal's area once more with the whole stamp painted out, and keep the date lines found.

    Certificates print their date under the seal; the page-wide suppression keeps black
    text but OCR still loses some of it.  The re-read is local (one crop per seal) and
    only when the page has no date at all, so pages whose date was read pay nothing
    (re-reading whenever a seal had no date beside it cost 1.24× on the real certificates).
    """
    from ..fields.dates import find_dates
    from .preprocess import paint_out_seal

    found: list[Line] = []
    if not prepared.seal_boxes or any(find_dates(line.text) for line in lines):
        return found  # the page's date was read (the usual case): no second pass
    for x, y, w, h in prepared.seal_boxes:
        pad_x, pad_y = int(0.6 * w), int(0.35 * h)
        left, top = max(0, x - pad_x), max(0, y - pad_y)
        right = min(prepared.image.width, x + w + pad_x)
        bottom = min(prepared.image.height, y + h + pad_y)

        def near(line: Line) -> bool:
            cx, cy = (line.box[0] + line.box[2]) / 2, (line.box[1] + line.box[3]) / 2
            return left <= cx <= right and top <= cy <= bottom

        if any(find_dates(line.text) for line in lines if near(line)):
            continue
        crop = paint_out_seal(prepared.before_seals, (x, y, w, h)).crop((left, top, right, bottom))
        for line in engine.recognize(crop):
            if find_dates(line.text):
                box = (line.box[0] + left, line.box[1] + top, line.box[2] + left, line.box[3] + top)
                found.append(Line(text=line.text, box=box, confidence=line.confidence))
    return found


def _quality(lines: list[Line]) -> tuple[float, float]:
    """(mean confidence weighted by length, share of text in vertical boxes)."""
    chars = sum(len(l.compact) for l in lines)
    if not chars:
        return 0.0, 0.0
    confidence = sum(l.confidence * len(l.compact) for l in lines) / chars
    vertical = sum(len(l.compact) for l in lines
                   if len(l.compact) >= 2 and l.height > 1.5 * (l.box[2] - l.box[0])) / chars
    return confidence, vertical


def _recognize_upright(engine, image, orient: bool):
    """Recognise the page, turning it when the first reading shows it is not upright.

    Most pages are upright and cost one pass.  Lines standing on end (vertical boxes) mean
    a page turned by 90°: both quarter turns are tried.  A low mean confidence may mean
    an upside-down page: half a turn is tried.  The reading with the best confidence wins.
    Measured on the real certificates in shared/realdocs at 0/90/180/270°.
    """
    prepared = prepare(image, engine.name)
    lines = engine.recognize(prepared.image)
    if not orient:
        return prepared, lines
    confidence, vertical = _quality(lines)
    if vertical > 0.5:
        turns = (90, 270)
    elif confidence < 0.8:
        turns = (180,)
    else:
        return prepared, lines
    best = (confidence if vertical <= 0.5 else 0.0, prepared, lines)
    for degrees in turns:
        candidate = prepare(image, engine.name, rotation=degrees)
        candidate_lines = engine.recognize(candidate.image)
        score, candidate_vertical = _quality(candidate_lines)
        if candidate_vertical <= 0.5 and score > best[0]:
            best = (score, candidate, candidate_lines)
        if best[0] >= GOOD_CONFIDENCE:
            break  # a clean reading: the other quarter turn would only read upside down
    return best[1], best[2]


def _reading_order(lines: list[Line]):
    """Sort key putting lines top to bottom, and left to right within a row.

    OCR engines split one printed row into pieces (``专`` / ``利号：…``); pieces whose
    vertical centres are within half a line height of each other are one row.
    """
    heights = sorted(line.height for line in lines) or [10.0]
    tolerance = max(4.0, heights[len(heights) // 2] * 0.5)

    def key(line: Line) -> tuple[int, float]:
        centre = (line.box[1] + line.box[3]) / 2
        return int(centre // tolerance), line.box[0]

    return key
