"""OCR of one page image: prepare, recognise, map boxes back, cache."""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import replace

from ..images import COARSE, OCR_MAX_SIDE, fit_for_ocr, is_strip
from ..model import Line, Page
from . import engine_version, get_engine
from .cache import OcrCache, key_digest
from .orientation import upright_turn
from .orientation import version as orientation_version
from .preprocess import FAX_STEPS, PIPELINE_VERSION, note_zh, prepare, rotate_clockwise, smooth_fax_dots


# Engine calls made in this process, by purpose ("page", "turn", "probe", "seal", "region"):
# each ``(purpose, kind)`` counts calls, ``(purpose, "pixels")`` the pixels shown.  The
# benchmarks (benchmarks/bench_photos.py) print it per page; ``engine_calls()`` reads it.
ENGINE_CALLS: Counter = Counter()


def engine_calls(reset: bool = False) -> dict:
    """A copy of ``ENGINE_CALLS`` (and, with ``reset``, start counting again from zero)."""
    counts = dict(ENGINE_CALLS)
    if reset:
        ENGINE_CALLS.clear()
    return counts


def _recognize(engine, image, purpose: str):
    if is_strip(image.width, image.height):
        return _in_bands(engine, image, purpose)
    ENGINE_CALLS[(purpose, "recognize")] += 1
    ENGINE_CALLS[(purpose, "pixels")] += image.width * image.height
    return engine.recognize(image)


def _in_bands(engine, image, purpose: str) -> list[Line]:
    """A long screenshot read band by band, each as tall as a page is read at (an engine scales
    the whole strip to its own limit, and its print to nothing: 1080×16000 read no line), the
    bands overlapping by an eighth so no line is cut unread; a line read in two bands is kept
    from the band whose middle part holds it."""
    band = min(OCR_MAX_SIDE, 2 * image.width)
    overlap = band // 8
    tops = list(range(0, max(1, image.height - overlap), band - overlap))
    lines: list[Line] = []
    for k, top in enumerate(tops):
        crop = image.crop((0, top, image.width, min(image.height, top + band)))
        ENGINE_CALLS[(purpose, "recognize")] += 1
        ENGINE_CALLS[(purpose, "pixels")] += crop.width * crop.height
        low = top + overlap / 2 if k else float("-inf")
        high = top + band - overlap / 2 if k + 1 < len(tops) else float("inf")
        for line in _shifted(engine.recognize(crop), (0, top)):
            if low <= (line.box[1] + line.box[3]) / 2 < high:
                lines.append(line)
    return lines


def _read_line(reader, image, purpose: str):
    ENGINE_CALLS[(purpose, "read_line")] += 1
    ENGINE_CALLS[(purpose, "pixels")] += image.width * image.height
    return reader(image)


def ocr_page(image, number: int, file_sha256: str, options) -> Page:
    """The page's lines from the chosen engine, from the cache when this page was seen before."""
    cache = OcrCache(options.cache_dir) if options.use_cache else None
    key = (file_sha256, number, options.engine, engine_version(options.engine), PIPELINE_VERSION, options.orient,
           options.dpi, orientation_version()) + ((FAX_STEPS,) if image.info.get(COARSE) else ()) \
        + (("bands",) if is_strip(image.width, image.height) else ())  # (a long screenshot, read in bands since 2026-12-07)
    if cache is not None:
        hit = cache.get(key)
        if hit is not None:
            return replace(hit, note=note_zh(hit.note))  # a cache of an older pipeline: English notes
    engine = get_engine(options.engine)
    fitted, scale = fit_for_ocr(image)
    # (a long screenshot is upright: the orientation classifier, made for pages, is not asked)
    prepared, lines = _recognize_upright(engine, fitted, options.orient and not is_strip(*fitted.size))
    if image.info.get(COARSE):
        prepared, lines = _past_fax_dots(engine, prepared, lines)
    lines = _past_watermark(engine, prepared, lines)
    _remember(key, prepared)
    # Boxes refer to the whole prepared (upright, deskewed) page: that is what a crop
    # shows (``extractor.images.page_image``); recognition saw its inked part only.
    lines = _shifted(lines, prepared.offset)
    page = Page(number=number, width=prepared.size[0], height=prepared.size[1], source="ocr",
                lines=sorted(lines, key=_reading_order(lines)), rotation=prepared.rotation,
                skew=prepared.skew, scale=scale,
                engine=engine.version, note="；".join(prepared.steps) or None,
                seals=list(prepared.seal_boxes))
    if cache is not None:
        cache.put(key, page)
    return page


def _past_fax_dots(engine, prepared, lines: list[Line]):
    """A fax page read again with its dots smoothed (``preprocess.smooth_fax_dots``) when the
    first reading found little on the rows of ink the page holds (under 12 characters a row:
    a dithered page read 166 characters on 23 rows, and 509 smoothed); the smoothed reading
    kept when it reads half as many characters again."""
    rows = len(_ink_rows(prepared.image))
    if rows < 6 or sum(len(l.text) for l in lines) >= 12 * rows:
        return prepared, lines
    smoothed = replace(prepared, image=smooth_fax_dots(prepared.image))
    again = _recognize(engine, smoothed.image, "fax dots")
    if sum(len(l.text) for l in again) >= 1.5 * max(1, sum(len(l.text) for l in lines)):
        smoothed.steps = [*prepared.steps, "已平滑传真网点后重读"]
        return smoothed, again
    return prepared, lines


def _past_watermark(engine, prepared, lines: list[Line]) -> list[Line]:
    """The page read again with its light ink gone, when a watermark lies across it
    (仅供职称申报使用, printed large and aslant: read as such, or most of the page's ink light
    grey), kept when it reads more of the page's own words, and surer of them: the recogniser
    misses or garbles lines of print the watermark crosses.  One more pass, on watermarked
    pages only."""
    from ..normalize import is_watermark
    from .preprocess import WATERMARK_SHARE, light_ink_share, without_light_ink

    def words(found: list[Line]) -> float:
        # (weighed by confidence: a line the watermark crosses is read, garbled, with less)
        return sum(len(l.compact) * l.confidence for l in found if not is_watermark(l.compact))

    # (a copy stamp is a stamp in a corner, not ink across the print; a watermark the
    # recogniser did not read shows in the page's grey ink)
    if not any(is_watermark(l.compact) and not re.search("原件|复印", l.compact) for l in lines) \
            and light_ink_share(prepared.image) < WATERMARK_SHARE:
        return lines
    cleaned = without_light_ink(prepared.image)
    if cleaned is None:
        return lines
    again = _recognize(engine, cleaned, "watermark")
    if words(again) <= words(lines):
        return lines
    prepared.steps.append("已淡化水印后重读")
    return again


GOOD_CONFIDENCE = 0.85

# The last few pages as OCR saw them (upright, straight, seals still on), by their cache key:
# a second look asked for right after the first reading (``zhicheng.documents.examine``)
# crops these instead of decoding, scaling, turning and straightening the file again
# (~0.3 s a page).  A handful only: ~12 MB each.
_PREPARED: "OrderedDict[str, object]" = OrderedDict()
_PREPARED_KEEP = 3


def _remember(key: tuple, prepared) -> None:
    if prepared.before_seals is None:
        return
    digest = key_digest(key)
    _PREPARED[digest] = prepared
    _PREPARED.move_to_end(digest)
    while len(_PREPARED) > _PREPARED_KEEP:
        _PREPARED.popitem(last=False)


def _recall(key: tuple):
    """The page as OCR saw it before seal suppression, whole (its margins in the edge
    colour), or None when it is no longer kept."""
    from .preprocess import whole_page

    prepared = _PREPARED.get(key_digest(key))
    return None if prepared is None else whole_page(prepared, prepared.before_seals)


def look_again(image_of, page: Page, file_sha256: str, options, seals: bool = False,
               regions: list[tuple[float, float, float, float]] = (), turned: bool = False,
               part: str | None = None) -> Page:
    """``page`` read a second time in places, for fields the first reading missed.

    Asked for only when a field is missing (``zhicheng.documents.examine``), so pages
    read right the first time never pay for it.  ``image_of()`` gives the page image as
    OCR saw it, before seal suppression (``extractor.images.page_image``); it is called
    only when the answer is not in the cache.

    - ``seals``: certificates sign under the seal.  The first reading suppresses the
      stamp by colour and keeps most black text, but OCR still loses a digit or a word
      where ink and stamp blend.  Each seal's window is read again (``_reread_seals``);
      there the second reading replaces the first, and lines reaching into the window
      from outside stay.
    - ``regions``: boxes recognised on their own, ruling lines whitened (an empty table
      cell: OCR's detector passes over a lone digit that it reads when shown the cell).
      What they add is kept where the first reading had nothing.
    - ``turned``: lines standing on end on the upright page (a journal's CN, ISSN and issue
      printed up its margin) read again turned each way (``_read_turned``).
    - ``part``: which half of the file's page ``page`` holds (``zhicheng.binder.unfold``: two
      certificates on one sheet), its lines that half's only: kept apart in the cache.
    """
    from .preprocess import erase_rules

    cache = OcrCache(options.cache_dir) if options.use_cache else None
    key = (file_sha256, page.number, options.engine, engine_version(options.engine), PIPELINE_VERSION,
           options.orient, options.dpi, orientation_version(), f"look-again-{LOOK_AGAIN_VERSION}", seals,
           [[round(v) for v in box] for box in regions]) + (("turned", TURNED_VERSION),) * turned \
        + (("part", part),) * bool(part)
    if cache is not None:
        hit = cache.get(key)
        if hit is not None:
            return replace(hit, note=note_zh(hit.note))
    engine = get_engine(options.engine)
    first_key = (file_sha256, page.number, options.engine, engine_version(options.engine), PIPELINE_VERSION,
                 options.orient, options.dpi, orientation_version())
    straight = _recall(first_key)
    if straight is None or straight.size != (round(page.width), round(page.height)):
        straight = image_of()
    lines = list(page.lines)
    if seals:
        lines = _reread_seals(engine, straight, page.seals, lines)
    for box in regions:
        window = tuple(int(v) for v in _clip(box, straight.width, straight.height))
        if window[2] - window[0] < 4 or window[3] - window[1] < 4:
            continue
        found = _shifted(_recognize(engine, _bordered(erase_rules(straight.crop(window)), _BORDER), "region"),
                         (window[0] - _BORDER, window[1] - _BORDER))
        lines = _merged(lines, found)
    if turned:
        lines = _read_turned(engine, straight, lines)
    steps = ["印章处已重新识别"] * seals + [f"{len(regions)} 处区域已单独重新识别"] * bool(regions) \
        + ["页边竖排文字已转正重新识别"] * turned
    again = replace(page, lines=sorted(lines, key=_reading_order(lines)),
                    note="；".join(filter(None, [note_zh(page.note), *steps])))
    if cache is not None:
        cache.put(key, again)
    return again


def _merged(lines: list[Line], found: list[Line]) -> list[Line]:
    """A region's second reading (``found``) added to the first where the first had nothing;
    where the first held a piece of a line the second reads whole and surely (15日实施 of
    2024年3月15日实施), the whole replaces the piece.

    >>> first = [Line("15日实施", (1266, 1436, 1403, 1477), 0.99), Line("2024年3月1日发布", (311, 1461, 572, 1510), 0.99)]
    >>> [l.text for l in _merged(first, [Line("2024年3月15日实施", (1070, 1436, 1405, 1478), 0.99)])]
    ['2024年3月1日发布', '2024年3月15日实施']
    >>> [l.text for l in _merged(first, [Line("5日实", (1290, 1436, 1380, 1477), 0.99)])]
    ['15日实施', '2024年3月1日发布']
    """
    lines = list(lines)
    for line in found:
        covered = [k for k in lines if _overlap(line, k) > 0.3]
        if not covered:
            lines.append(line)
        elif all(k.compact in line.compact and len(k.compact) < len(line.compact) for k in covered) \
                and line.confidence >= GOOD_CONFIDENCE:
            lines = [k for k in lines if not any(k is c for c in covered)] + [line]
    return lines


# Room around a region read on its own: the detector finds no line in a strip cut tight round
# it (a date line's crop, 487×74 px, read as nothing; with this margin, whole).
_BORDER = 40


def _bordered(image, border: int):
    """``image`` framed in its own paper's colour (its median), ``border`` pixels each side."""
    from PIL import ImageOps, ImageStat

    paper = tuple(int(v) for v in ImageStat.Stat(image).median)
    return ImageOps.expand(image, border=border, fill=paper if len(paper) > 1 else paper[0])


SEAL_ROWS = 8  # rows of ink read per seal, widest first, besides the first reading's lines
# The second reading's own version, in its cache key beside the pipeline's: a change to how a
# seal or a region is read again re-reads those places only, not every page.
# 2: a seal's row that no two cleanings read alike gets a vote from the plain crop.
# 3: a region's reading that holds a first-reading line whole, and more, replaces it; a
# region is read framed in a margin of its paper.
LOOK_AGAIN_VERSION = "3"


# A standing line read turned is taken only this sure of itself, and surer than the first
# reading: the first reading of such a line is the recogniser's own quarter turn, often the
# wrong one (2075月, CN2-15/5 for 2007年5月, CN23-1115/S: 0.72–0.76; turned, 0.98–0.99).
TURNED_CONFIDENCE = 0.9
TURNED_VERSION = "1"
TURNED_LINES = 12


def _read_turned(engine, straight, lines: list[Line]) -> list[Line]:
    """Each line standing on end read again without detection, turned a quarter each way;
    the surer reading replaces the first where it is sure (``TURNED_CONFIDENCE``) and surer
    than the first.  A line of Chinese printed top to bottom (竖排) reads poorly on its side
    and stays as it was read."""
    reader = getattr(engine, "read_line", None)
    if reader is None:
        return lines
    # (a margin holds a few; a page of them is 竖排 print, which reads poorly on its side anyway:
    # the longest TURNED_LINES only, so a page of vertical print costs no more than a margin)
    chosen = {id(l) for l in sorted((l for l in lines if l.standing and l.compact), key=lambda l: -l.height)[:TURNED_LINES]}
    out = []
    for line in lines:
        window = tuple(int(v) for v in _clip(line.box, straight.width, straight.height))
        if id(line) not in chosen or window[2] - window[0] < 4 or window[3] - window[1] < 4:
            out.append(line)
            continue
        crop = straight.crop(window)
        text, confidence = max((_read_line(reader, rotate_clockwise(crop, degrees), "turned") for degrees in (90, 270)),
                               key=lambda reading: reading[1])
        sure = text.strip() and confidence >= TURNED_CONFIDENCE and confidence > line.confidence
        out.append(Line(text=text.strip(), box=line.box, confidence=confidence) if sure else line)
    return out


def _reread_seals(engine, straight, seals, lines: list[Line]) -> list[Line]:
    """Each seal's window read again from differently cleaned images (red dropout levelled
    at the stamp's own red, at a fixed level, and, when those two disagree, the stamp
    painted out); a line is kept only when two of them read it alike.  One cleaning alone
    misreads now and then (a 6 crossed by the ring read as 0), and a wrong signing date is
    worse than none: lines of the first reading in the window that no two cleanings read
    alike go.

    Read line by line, without detection (``engine.read_line``): the lines of the first
    reading centred in the window (the window widened to hold them whole), and the rows of
    ink the dropout shows that no such line covers (a date the detector passed over under
    the stamp).  Detection on the window cost more than the reading itself: RapidOCR
    enlarges a crop to 736 px on its short side, ~0.5 s a pass, twice a seal (the page as
    a whole ~1.7 s); a line read alone takes ~20 ms.  An engine without a line reader, or
    a window where the dropout shows no row of ink besides the lines already read, is read
    whole (``_reread_window``).
    """
    from .preprocess import drop_red, paint_out_seal

    reader = getattr(engine, "read_line", None)
    for box in seals:
        window = _seal_window(box, straight.width, straight.height)
        if reader is None:
            lines = _reread_window(engine, straight, box, window, lines)
            continue
        inside = [l for l in lines if _centre_in(l, window)]
        window = _widened(window, [l.box for l in inside], straight.width, straight.height)
        crop = straight.crop(window)
        cleanings = [drop_red(crop), drop_red(crop, white=0.6)]
        local = [_moved(l.box, -window[0], -window[1]) for l in inside]
        rows = [row for row in _ink_rows(cleanings[0]) if not any(_cover(row, known) > 0.85 for known in local)]
        if not rows:
            # No row of ink beside the lines already read (a tinted or patterned paper
            # where the dropout leaves no clean rows, as on a real 计算机软件著作权登记证书
            # whose date the window's detector still found): the window read whole.
            lines = _reread_window(engine, straight, box, _seal_window(box, straight.width, straight.height), lines)
            continue
        # Detected boxes have a margin already; a row of ink is cut tight, and read with a
        # tight margin a thin 〇 went missing (二〇一五 read as 二一五).
        boxes = [(box_, 0.25, 0.5) for box_ in local] + [(row, 0.5, 1.0) for row in rows[:SEAL_ROWS]]
        painted = None
        agreed: list[Line] = []
        for local_box, above, aside in boxes:
            area = _padded(local_box, crop.size, above, aside)
            if area[2] - area[0] < 4 or area[3] - area[1] < 4:
                continue
            votes = [_read_line(reader, image.crop(area), "seal") for image in cleanings]
            if _squeezed(votes[0][0]) != _squeezed(votes[1][0]):
                if painted is None:  # painted in the crop alone: the stamp's disk lies within it
                    painted = paint_out_seal(crop, (box[0] - window[0], box[1] - window[1], box[2], box[3]))
                votes.append(_read_line(reader, painted.crop(area), "seal"))
                if not _seconded(votes)[0]:
                    # Still no two alike: the crop as photographed casts the last vote.  On a
                    # phone's photo of grey ink the stamp's own red level drops the ink with
                    # the stamp (2014年412190) while the plain crop reads it whole.
                    votes.append(_read_line(reader, crop.crop(area), "seal"))
            text, confidence = _seconded(votes)
            if text:
                agreed.append(Line(text=text, box=_moved(local_box, window[0], window[1]), confidence=confidence))
        agreed = _without_fragments(agreed)
        kept = [l for l in lines if not any(l is read for read in inside)]
        lines = kept + [l for l in agreed if not any(_overlap(l, k) > 0.3 for k in kept)]
    return lines


def _reread_window(engine, straight, box, window, lines: list[Line]) -> list[Line]:
    """The seal's window recognised whole from each cleaning (an engine without a line
    reader); a line is kept when two readings read it alike (the same text in the same place)."""
    from .preprocess import drop_red, paint_out_seal

    crop = straight.crop(window)
    readings = [_shifted(_recognize(engine, image, "seal"), window)
                for image in (drop_red(crop), drop_red(crop, white=0.6))]
    if sorted(l.compact for l in readings[0]) != sorted(l.compact for l in readings[1]):
        # The two dropouts disagree somewhere: the painted-out stamp casts the third vote.
        readings.append(_shifted(_recognize(engine, paint_out_seal(straight, box).crop(window), "seal"), window))
    agreed: list[Line] = []
    for index, reading in enumerate(readings):
        others = [other for j, rest in enumerate(readings) if j != index for other in rest]
        for line in reading:
            seconded = any(_alike(line, other) for other in others)
            if seconded and not any(_alike(line, kept) for kept in agreed):
                agreed.append(line)
    kept = [l for l in lines if not _centre_in(l, window)]
    return kept + [l for l in agreed if not any(_overlap(l, k) > 0.3 for k in kept)]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _seconded(votes: list[tuple[str, float]]) -> tuple[str, float]:
    """The text two votes read alike (the lower of their confidences), or ``("", 0)``."""
    for i, (text, confidence) in enumerate(votes):
        for other, other_confidence in votes[i + 1:]:
            if _squeezed(text) and _squeezed(text) == _squeezed(other):
                return text, min(confidence, other_confidence)
    return "", 0.0


def _without_fragments(lines: list[Line]) -> list[Line]:
    """A row re-read whole and a piece of it the first reading had (``022年5月`` inside
    ``2022年5月16日``): the longer reading stays."""
    ordered = sorted(lines, key=lambda l: -len(l.compact))
    kept: list[Line] = []
    for line in ordered:
        if not any(_overlap(line, longer) > 0.5 for longer in kept):
            kept.append(line)
    return kept


def _ink_rows(image) -> list[tuple[float, float, float, float]]:
    """Boxes of the runs of dark ink in a cleaned (dropout) crop, row by row: a text line
    each, or each phrase of one where a gap wider than two and a half characters parts
    them (the dropout can break a stroke blended with the stamp: 二十三日 parted at 十).  At
    least two characters wide (a frame's row of ornaments is not text), widest first."""
    import numpy as np

    ink = np.asarray(image.convert("L")) < 128
    height, width = ink.shape
    ink[:, ink.mean(axis=0) > 0.4] = False  # a frame's rules, which would join every row
    ink[ink.mean(axis=1) > 0.6, :] = False
    rows = ink.sum(axis=1) > max(2, width // 200)
    boxes = []
    for top, bottom in _runs(rows, gap=2):
        tall = bottom - top
        if tall < 8 or tall > height // 3:
            continue  # a speck, a rule, or what is left of the ring: not a line of text
        columns = ink[top:bottom].any(axis=0)
        for left, right in _runs(columns, gap=int(2.5 * tall)):
            if right - left >= 2 * tall:
                boxes.append((float(left), float(top), float(right), float(bottom)))
    return sorted(boxes, key=lambda b: b[0] - b[2])


def _runs(mask, gap: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in a 1-D mask, runs closer than ``gap`` joined."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    runs: list[list[int]] = []
    for start, end in zip(edges[::2], edges[1::2]):
        if runs and start - runs[-1][1] <= gap:
            runs[-1][1] = int(end)
        else:
            runs.append([int(start), int(end)])
    return [(a, b) for a, b in runs]


def _padded(box, size, above: float, aside: float) -> tuple[int, int, int, int]:
    """A line's box with a margin (``above`` its height above and below, ``aside`` to the
    sides), as the recogniser likes a line, within an image of ``size``."""
    tall = box[3] - box[1]
    return (max(0, int(box[0] - aside * tall)), max(0, int(box[1] - above * tall)),
            min(size[0], int(box[2] + aside * tall + 1)), min(size[1], int(box[3] + above * tall + 1)))


def _moved(box, dx: float, dy: float) -> tuple[float, float, float, float]:
    return box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy


def _widened(window, boxes, width: int, height: int) -> tuple[int, int, int, int]:
    """``window`` grown to hold each of ``boxes`` whole, within the page."""
    left, top, right, bottom = window
    for box in boxes:
        left, top, right, bottom = min(left, box[0]), min(top, box[1]), max(right, box[2]), max(bottom, box[3])
    return max(0, int(left)), max(0, int(top)), min(width, int(right + 1)), min(height, int(bottom + 1))


def _cover(box, other) -> float:
    """Share of ``box`` that ``other`` covers."""
    width = min(box[2], other[2]) - max(box[0], other[0])
    height = min(box[3], other[3]) - max(box[1], other[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return width * height / area if width > 0 and height > 0 and area > 0 else 0.0


def _alike(a: Line, b: Line) -> bool:
    return a.compact == b.compact and _overlap(a, b) > 0.5


def _shifted(lines: list[Line], window) -> list[Line]:
    """Lines read in a crop, with boxes in the page's coordinates."""
    left, top = window[0], window[1]
    return [Line(text=l.text, box=(l.box[0] + left, l.box[1] + top, l.box[2] + left, l.box[3] + top),
                 confidence=l.confidence) for l in lines]


def _clip(box, width: int, height: int) -> tuple[float, float, float, float]:
    return max(0, box[0]), max(0, box[1]), min(width, box[2]), min(height, box[3])


def _seal_window(box, width: int, height: int) -> tuple[int, int, int, int]:
    """The seal with room around it: the signing body above or across it, the date below."""
    x, y, w, h = box
    pad_x, pad_y = int(0.6 * w), int(0.35 * h)
    return max(0, x - pad_x), max(0, y - pad_y), min(width, x + w + pad_x), min(height, y + h + pad_y)


def _centre_in(line: Line, window) -> bool:
    cx, cy = (line.box[0] + line.box[2]) / 2, (line.box[1] + line.box[3]) / 2
    return window[0] <= cx <= window[2] and window[1] <= cy <= window[3]


def _overlap(a: Line, b: Line) -> float:
    """Intersection over the smaller box: a re-read fragment of a line left in place is ~1."""
    width = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
    height = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min((a.box[2] - a.box[0]) * a.height, (b.box[2] - b.box[0]) * b.height)
    return width * height / smaller if smaller > 0 else 0.0


def _quality(lines: list[Line]) -> tuple[float, float]:
    """(mean confidence weighted by length, share of text in vertical boxes)."""
    chars = sum(len(l.compact) for l in lines)
    if not chars:
        return 0.0, 0.0
    confidence = sum(l.confidence * len(l.compact) for l in lines) / chars
    vertical = sum(len(l.compact) for l in lines if len(l.compact) >= 2 and l.standing) / chars
    return confidence, vertical




def _recognize_upright(engine, image, orient: bool):
    """Recognise the page, turned the way the orientation classifier says is upright, and
    turn it again when the reading shows the classifier was wrong.

    Lines standing on end (vertical boxes) mean a page still lying on its side; a low mean
    confidence may mean one upside down.  Either way a few of the reading's lines are read
    again, turned, without detection (a tenth of a full pass), and full passes follow in
    the order that probe gives, the best reading kept.  Measured on the real certificates
    in shared/realdocs at 0/90/180/270°.
    """
    first_turn = upright_turn(image) if orient else 0
    prepared = prepare(image, engine.name, rotation=first_turn)
    lines = _recognize(engine, prepared.image, "page")
    if not orient:
        return prepared, lines
    confidence, vertical = _quality(lines)
    if vertical > 0.5:
        turns = _probe_turns(engine, prepared.image, lines, (90, 270), standing=True)
        best = (0.0, prepared, lines)  # a sideways reading never wins
    elif confidence < 0.8:
        turns = _probe_turns(engine, prepared.image, lines, (180,), standing=False)
        best = (confidence, prepared, lines)
    else:
        return prepared, lines
    for turn in turns:
        candidate = prepare(image, engine.name, rotation=(first_turn + turn) % 360)
        candidate_lines = _recognize(engine, candidate.image, "turn")
        score, candidate_vertical = _quality(candidate_lines)
        if candidate_vertical <= 0.5 and score > best[0]:
            best = (score, candidate, candidate_lines)
        if best[0] >= GOOD_CONFIDENCE:
            break  # a clean reading: the other quarter turn would only read upside down
    return best[1], best[2]


PROBE_LINES = 6


def _probe_turns(engine, image, lines: list[Line], turns: tuple[int, ...], standing: bool) -> list[int]:
    """The ``turns`` (of ``image``, clockwise) worth a full pass, most promising first.

    The longest lines of the first reading are cropped and read turned by each candidate.
    A page the right way up reads with high confidence; the wrong way, with low.  For a
    page lying on its side both quarter turns stay candidates (the probe only orders them);
    for an upright-looking page, half a turn is tried only when its probe reads better than
    the page did.  An engine without a line reader tries every turn.
    """
    reader = getattr(engine, "read_line", None)
    chosen = [l for l in lines if len(l.compact) >= 2 and l.standing == standing]
    chosen = sorted(chosen, key=lambda l: -len(l.compact))[:PROBE_LINES]
    if reader is None or not chosen:
        return list(turns)
    crops = [image.crop(tuple(int(v) for v in l.box)) for l in chosen]
    scores = {}
    for degrees in turns:
        read = [_read_line(reader, rotate_clockwise(crop, degrees), "probe") for crop in crops]
        chars = sum(len(text) for text, _ in read)
        scores[degrees] = sum(conf * len(text) for text, conf in read) / chars if chars else 0.0
    if standing:
        return sorted(turns, key=lambda d: -scores[d])
    as_read = sum(l.confidence * len(l.compact) for l in chosen) / sum(len(l.compact) for l in chosen)
    return [d for d in turns if scores[d] > as_read]


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
