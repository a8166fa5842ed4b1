"""Ticks a recogniser does not read: a hand-drawn √ in a printed box.

OCR reads a form's option words (□通过 □基本通过 □不通过) but not always the mark a person
drew in one of the boxes: the √ is no letter, and the box is a drawing.  Where the reading
of the options gave no answer, the place before each option is looked at for a pen's ink
(blue: print is black and a seal red): the one option whose place holds it, and no other,
is the one ticked.  A black tick, or pen beside two options, decides nothing.
"""

from __future__ import annotations

# A pen's mark: blue clearly over red and green (a ballpoint's or a gel pen's tick).  Printed
# boxes and words are black, and a seal is red: neither is a pen's.
PEN = 60
# The ticked box's zone holds at least this share of pen, and this many times the next one's.
TICKED = 0.01
APART = 3.0


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
