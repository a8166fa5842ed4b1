"""Ticks a recogniser does not read: a hand-drawn √ in a printed box.

OCR reads a form's option words (□通过 □基本通过 □不通过) but not always the mark a person
drew in one of the boxes: the √ is no letter, and the box is a drawing.  Where the reading
of the options gave no answer, the place before each option is looked at for a pen's ink
(blue: print is black and a seal red): the one option whose place holds it, and no other,
is the one ticked.  Pen beside two options decides nothing.

A black pen's tick, or any tick on a grey scan, is told by the boxes themselves
(:func:`boxes`): the printed squares are found by their straight sides, a tick's slanted
strokes falling away, and the one whose inside holds ink, the others' empty, is the ticked one.
The same look tells a form nobody ticked (every box empty) from one whose tick OCR dropped.

Nor does a recogniser read a signature or a seal: :func:`unread_ink` measures the ink in a
scanned contract's signing block that is none of its printed words, telling a side that signed
from one left blank.
"""

from __future__ import annotations

# A pen's mark: blue clearly over red and green (a ballpoint's or a gel pen's tick).  Printed
# boxes and words are black, and a seal is red: neither is a pen's.
PEN = 60
# The ticked box's zone holds at least this share of pen, and this many times the next one's.
TICKED = 0.01
APART = 3.0
# Inside a printed box: a tick's strokes cover at least this share, an empty box's (speckle,
# the side's own edge) less than EMPTY.
FILLED = 0.04
EMPTY = 0.01


def ink_share(image) -> float:
    """The share of ``image``'s pixels that a pen drew: blue, not the black of print nor a
    seal's red.

    >>> from PIL import Image, ImageDraw
    >>> blank = Image.new("RGB", (40, 40), "white")
    >>> ticked = blank.copy(); ImageDraw.Draw(ticked).line([(8, 20), (16, 32), (34, 6)], fill=(30, 60, 200), width=4)
    >>> printed = blank.copy(); ImageDraw.Draw(printed).rectangle([4, 4, 36, 36], outline="black", width=3)
    >>> ink_share(blank), round(ink_share(ticked), 2) > 0.05, ink_share(printed)
    (0.0, True, 0.0)
    """
    pen = _pen(image)
    return float(pen.mean()) if pen.size else 0.0


def pen_width(image) -> int:
    """How wide, in pixels, the pen's ink in ``image`` runs (0 for none): a tick is about a
    box wide, a signature crossing the row many times that.

    >>> from PIL import Image, ImageDraw
    >>> band = Image.new("RGB", (200, 40), "white")
    >>> ImageDraw.Draw(band).line([(90, 20), (96, 30), (110, 8)], fill=(30, 60, 200), width=3)
    >>> 18 <= pen_width(band) <= 26
    True
    """
    import numpy as np

    pen = _pen(image)
    columns = np.nonzero(pen.any(axis=0))[0] if pen.size else []
    return int(columns[-1] - columns[0] + 1) if len(columns) else 0


def _pen(image):
    """Which of ``image``'s pixels a pen drew (a boolean array): blue over red and green."""
    import numpy as np

    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return (blue - red > PEN) & (blue - green > PEN // 2)


def ticked(shares: list[float]) -> int | None:
    """Which of the boxes (by their ink shares) is ticked: the one clearly inkier than every
    other, else None.

    >>> ticked([0.19, 0.0, 0.0]), ticked([0.08, 0.08, 0.0]), ticked([0.0, 0.0, 0.003])
    (0, None, None)
    """
    if len(shares) < 2:
        return None
    order = sorted(range(len(shares)), key=lambda k: shares[k], reverse=True)
    top, second = shares[order[0]], shares[order[1]]
    if top >= TICKED and top >= APART * max(second, 0.002):
        return order[0]
    return None


def boxes(image, height: float) -> list[tuple[int, int, int, int, float]]:
    """The printed boxes (□) in a row of ``image`` whose letters are ``height`` pixels high,
    left to right: ``(x0, y0, x1, y1, the share of their inside that holds ink)``.

    A box is found by its inside: a hole, near square and about a letter high, closed by
    straight horizontal and vertical strokes (an opening with strokes half a letter long keeps
    a box's sides and drops a tick's slanted ones and most letters' strokes), so a tick drawn
    across it, in any colour, does not hide it.

    >>> from PIL import Image, ImageDraw
    >>> row = Image.new("L", (400, 60), 255); draw = ImageDraw.Draw(row)
    >>> for x in (20, 150, 280):
    ...     draw.rectangle([x, 15, x + 30, 45], outline=0, width=3)
    >>> draw.line([(155, 30), (163, 42), (185, 5)], fill=0, width=4)
    >>> [(x0, round(share, 1)) for x0, _, _, _, share in boxes(row, 40)]
    [(22, 0.0), (152, 0.3), (282, 0.0)]
    >>> draw.rectangle([20, 15, 50, 45], fill=0)  # (the first box filled solid, ■)
    >>> [(x0, round(share, 1)) for x0, _, _, _, share in boxes(row, 40)]
    [(20, 1.0), (152, 0.3), (282, 0.0)]
    """
    import cv2
    import numpy as np

    grey = np.asarray(image.convert("L"), dtype=np.uint8)
    if grey.size == 0 or height < 6:
        return []
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    length = max(3, int(0.45 * height))
    sides = cv2.bitwise_or(
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1))),
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length))))
    contours, hierarchy = cv2.findContours(sides, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    found = []
    for contour, (_, _, child, parent) in zip(contours, hierarchy[0] if hierarchy is not None else []):
        if parent < 0 and child < 0:
            # (or a box filled solid, ■ as a form prints the option chosen: no hole, all ink, probe EJ m01)
            x, y, w, h = cv2.boundingRect(contour)
            if 0.5 * height <= min(w, h) and max(w, h) <= 1.3 * height and 0.7 <= w / h <= 1.4 \
                    and float((ink[y:y + h, x:x + w] > 0).mean()) >= 0.85:
                found.append((x, y, x + w, y + h, 1.0))
            continue
        if parent < 0:
            continue  # an outer edge: a box is known by its hole
        x, y, w, h = cv2.boundingRect(contour)
        if not (0.3 * height <= min(w, h) and max(w, h) <= 1.3 * height and 0.7 <= w / h <= 1.4):
            continue
        if cv2.contourArea(contour) < 0.8 * w * h:
            continue  # a hole that is no square
        inside = ink[y + 2:y + h - 2, x + 2:x + w - 2]
        found.append((x, y, x + w, y + h, float((inside > 0).mean()) if inside.size else 0.0))
    return sorted(found)


def filled(shares: list[float]) -> int | None:
    """Which box (by the ink inside) is ticked: its index, else None (every box empty, two
    marked, a smudge; :func:`empty` tells the first apart).

    >>> filled([0.0, 0.21, 0.0]), filled([0.0, 0.0, 0.004]), filled([0.2, 0.18, 0.0]), filled([0.02, 0.0])
    (1, None, None, None)
    """
    if len(shares) < 2:
        return None
    order = sorted(range(len(shares)), key=lambda k: shares[k], reverse=True)
    top, second = shares[order[0]], shares[order[1]]
    if top >= FILLED and second < EMPTY:
        return order[0]
    return None


def empty(shares: list[float]) -> bool:
    """Every box holds no ink: nobody ticked.

    >>> empty([0.0, 0.004, 0.0]), empty([0.0, 0.21])
    (True, False)
    """
    return bool(shares) and max(shares) < EMPTY


# Ink a reading leaves unread in a band of a scan (a signature, a seal) covers at least this
# many letters' squares once its printed words, ruled lines and speckle are taken out (a thin
# pale-blue signature a few letters long covers about 0.1).
UNREAD = 0.05


def unread_ink(image, printed: list[tuple[float, float, float, float]], height: float,
               within: tuple[float, float, float, float] | None = None) -> float:
    """How much of ``image`` is inked by what is no printed word (a signature, a seal, red or
    grey, a hand's date), in squares of a letter's size.  ``printed``: the boxes (in ``image``'s pixels) of the words read
    there, taken out with a margin; ``height``: a printed letter's height.  Ruled lines (a
    table's borders, a 签字 line's rule) and specks smaller than a third of a letter, a scan's
    noise, are no one's mark.  With ``within`` (a box of ``image``), only marks centred there
    count: strokes a letter's height apart are one mark (a seal's ring and the star inside it),
    and a mark whose centre stands outside, however far it reaches in, is someone else's.

    >>> from PIL import Image, ImageDraw
    >>> band = Image.new("RGB", (600, 120), "white"); draw = ImageDraw.Draw(band)
    >>> draw.text((10, 10), "SEAL HERE", fill="black"); draw.line([(0, 100), (600, 100)], fill="black", width=2)
    >>> for x in range(0, 600, 37):
    ...     draw.point((x, 60), fill="black")
    >>> unread_ink(band, [(8, 8, 70, 22)], 14) < UNREAD
    True
    >>> draw.line([(300, 40), (330, 80), (360, 30), (390, 75)], fill=(40, 40, 90), width=3)
    >>> unread_ink(band, [(8, 8, 70, 22)], 14) > UNREAD
    True
    >>> unread_ink(band, [(8, 8, 70, 22)], 14, within=(0, 0, 200, 120)) < UNREAD  # (the stroke is right of it)
    True
    >>> unread_ink(band, [(8, 8, 70, 22)], 14, within=(250, 0, 600, 120)) > UNREAD
    True
    """
    import cv2
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    if rgb.size == 0:
        return 0.0
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    # (dark print or pen, or a coloured mark however light: a seal's faded red, a pale blue pen)
    # (and a seal's red however faded: a light pink stamp, saturation 20–30 on white paper, probe EI c08)
    red = ((hsv[..., 0] <= 8) | (hsv[..., 0] >= 165)) & (hsv[..., 1] >= 18) & (hsv[..., 2] >= 150)
    ink = ((grey < 200) | ((hsv[..., 1] >= 70) & (hsv[..., 2] >= 70)) | red).astype(np.uint8) * 255
    pad = 0.3 * height
    for x0, y0, x1, y1 in printed:
        ink[max(0, int(y0 - pad)):max(0, int(y1 + pad)), max(0, int(x0 - pad)):max(0, int(x1 + pad))] = 0
    length = max(5, int(4 * height))
    rules = cv2.bitwise_or(
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1))),
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length))))
    ink = cv2.bitwise_and(ink, cv2.bitwise_not(cv2.dilate(rules, np.ones((3, 3), np.uint8))))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    least = max(2, int(height / 3))
    # (nor a ruled line's piece that the rules' test left, cut short by a cell's words or the rows
    # crossing it: a stroke a few pixels thin and straight over a letter's height, probe EG s09)
    thin = max(3, int(0.15 * height))
    kept = [k for k in range(1, count) if max(stats[k, cv2.CC_STAT_WIDTH], stats[k, cv2.CC_STAT_HEIGHT]) >= least
            and not (min(stats[k, cv2.CC_STAT_WIDTH], stats[k, cv2.CC_STAT_HEIGHT]) <= thin
                     and max(stats[k, cv2.CC_STAT_WIDTH], stats[k, cv2.CC_STAT_HEIGHT]) >= height)]
    mask = np.isin(labels, kept).astype(np.uint8)
    size = max(3, int(height))
    _, groups = cv2.connectedComponents(cv2.dilate(mask, np.ones((size, size), np.uint8)), connectivity=8)
    ys, xs = np.nonzero(mask)
    group = groups[ys, xs]
    area = np.bincount(group)
    if area.size == 0:
        return 0.0
    cx = np.bincount(group, weights=xs) / np.maximum(area, 1)
    cy = np.bincount(group, weights=ys) / np.maximum(area, 1)
    x0, y0, x1, y1 = within if within is not None else (0, 0, mask.shape[1], mask.shape[0])
    inside = (area > 0) & (cx >= x0) & (cx <= x1) & (cy >= y0) & (cy <= y1)
    marks = int(area[inside].sum())
    return marks / (height * height)
