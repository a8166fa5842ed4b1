"""RapidOCR (PP-OCR models on onnxruntime)."""

from __future__ import annotations

import logging
import os
import unicodedata
from functools import cached_property

from ..images import COARSE
from ..model import Line


class RapidOcrEngine:
    name = "rapidocr"

    def __init__(self) -> None:
        from . import keep_onnxruntime_local

        keep_onnxruntime_local()  # before RapidOCR imports onnxruntime and opens its sessions
        try:
            from rapidocr import RapidOCR
        except ImportError as err:  # pragma: no cover - depends on the installation
            from . import OcrError

            raise OcrError("未安装 RapidOCR 识别引擎（pip install rapidocr onnxruntime）") from None
        params = {"Global.log_level": "error"}
        threads = os.environ.get("ZHICHENG_OCR_THREADS")
        if threads:
            # Set by the bundle's worker pool: N workers × all cores each would oversubscribe
            # the CPU (measured: 2 workers were slower than 1).
            params["EngineConfig.onnxruntime.intra_op_num_threads"] = int(threads)
            params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
        self._ocr = RapidOCR(params=params)
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)

    @cached_property
    def version(self) -> str:
        from . import engine_version

        return engine_version(self.name)

    def recognize(self, image) -> list[Line]:
        import numpy as np

        # Flags are passed on every call: RapidOCR keeps the last call's flags as its state.
        # No line classifier: an upside-down page then reads with low confidence, which is
        # how ocr.run notices it and turns the page (cheaper than classifying every line).
        pixels = np.asarray(image)
        result = self._ocr(pixels, use_det=True, use_cls=False, use_rec=True, return_word_box=True)
        grey = None
        lines = []
        words = getattr(result, "word_results", None) or [None] * len(result.txts or ())
        for points, text, score, chars in zip(result.boxes if result.boxes is not None else [],
                                              result.txts or (), result.scores or (), words):
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            text = unicodedata.normalize("NFKC", spaced(text, chars)).strip()
            box = (min(xs), min(ys), max(xs), max(ys))
            # (not on a page stretched square: the strokes it lost leave gaps in its ink)
            if " " not in text and len(text) >= 4 and COARSE not in image.info:
                if grey is None:  # (any mode the page comes in: L, RGB, a bilevel scan)
                    grey = np.asarray(image.convert("L"))
                text = ink_spaced(text, grey, box)
            if text:
                lines.append(Line(text=text, box=box, confidence=float(score)))
        return lines

    def read_line(self, image) -> tuple[str, float]:
        import numpy as np

        # Recognition only: detection would first enlarge the crop to 736 px on its short side.
        result = self._ocr(np.asarray(image), use_det=False, use_cls=False, use_rec=True)
        if not result.txts:
            return "", 0.0
        return unicodedata.normalize("NFKC", result.txts[0]).strip(), float(result.scores[0])


GAP = 0.45  # of the line's height: a gap between two characters this wide is a printed space


def spaced(text: str, chars) -> str:
    """``text`` with a space wherever the print leaves one that the recogniser dropped.

    RapidOCR reads a line of names set apart by spaces (雷杰远  方思  孟桂航) as one run
    (雷杰远方思孟桂航), and a standard's title parts (工业互联网平台  视觉检测工位接入) the
    same way; the characters' own boxes (``return_word_box``) still show the gaps.  Within
    a word Chinese characters touch or nearly so (a tenth of their height); a space is half
    their height or more.  Characters that do not line up with ``text`` (a word box per
    Latin word) leave it as read.

    >>> box = lambda x0, x1: [[x0, 0], [x1, 0], [x1, 40], [x0, 40]]
    >>> spaced("雷杰远方思", [("雷", 1, box(0, 36)), ("杰", 1, box(38, 74)), ("远", 1, box(75, 110)),
    ...                       ("方", 1, box(135, 170)), ("思", 1, box(172, 208))])
    '雷杰远 方思'
    >>> spaced("侯 阳", [("侯", 1, box(0, 36)), ("阳", 1, box(80, 116))])
    '侯 阳'
    """
    if not chars or "".join(text.split()) != "".join(str(c[0]) for c in chars).replace(" ", ""):
        return text
    tops = [min(p[1] for p in c[2]) for c in chars]
    bottoms = [max(p[1] for p in c[2]) for c in chars]
    height = max(1.0, sorted(b - t for t, b in zip(tops, bottoms))[len(chars) // 2])
    out = [str(chars[0][0])]
    rest = text[len(out[0]):] if text.startswith(out[0]) else None
    for previous, char in zip(chars, chars[1:]):
        word = str(char[0])
        gap = min(p[0] for p in char[2]) - max(p[0] for p in previous[2])
        printed_space = rest is not None and rest[:1].isspace()
        if printed_space or gap >= GAP * height:
            out.append(" ")
        out.append(word)
        if rest is not None:
            rest = rest.lstrip()
            rest = rest[len(word):] if rest.startswith(word) else None
    return "".join(out)


_HAN = frozenset(chr(c) for c in range(0x4E00, 0xA000))


def ink_spaced(text: str, grey, box) -> str:
    """``text``, a line of Chinese read without spaces, with a space wherever its ink leaves
    a gap far wider than the gaps between its letters.

    A standard's title parts (压铸机  质量追溯系统  测试方法) and a list of names are set apart
    by a half-width space, a quarter of a letter: the recogniser drops it, and its letter
    boxes (``spaced``) are spread evenly over the line, so they do not show it either.  The
    ink does: a column of white a fifth of a letter wide or more, at least two and a half
    times the line's ordinary gap between letters.  The letters each part holds follow
    from its width (Chinese letters are of one width); where they do not come out whole,
    or a part would hold a single letter (a letter-spaced word, 技 术 报 告), the line is
    left as read.  Lines of vertical print and lines with Latin letters or digits (of other
    widths) are left as read.

    >>> import numpy as np
    >>> page = np.full((40, 400), 255, np.uint8)
    >>> for x in [10, 40, 70, 120, 150, 180, 210, 260, 290]:  # 3 + 4 + 2 letters, 30 px apart
    ...     page[8:32, x + 2:x + 26] = 0
    >>> ink_spaced("压铸机质量追溯测试", page, (0, 0, 400, 40))
    '压铸机 质量追溯 测试'
    >>> ink_spaced("压铸机质量追溯测试", page[:, :100], (0, 0, 100, 40))  # a word: taller than a line is wide
    '压铸机质量追溯测试'
    >>> tinted = np.where(page == 255, 175, 20).astype(np.uint8)  # the same print on grey paper
    >>> ink_spaced("压铸机质量追溯测试", tinted, (0, 0, 400, 40))
    '压铸机 质量追溯 测试'
    >>> import cv2
    >>> blurred = cv2.GaussianBlur(page, (0, 0), 8)  # so blurred its gaps are not to be trusted
    >>> ink_spaced("压铸机质量追溯测试", blurred, (0, 0, 400, 40))
    '压铸机质量追溯测试'
    """
    import cv2
    import numpy as np

    if not all(c in _HAN for c in text):
        return text
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    if x1 - x0 < 1.5 * (y1 - y0):
        return text  # a column of vertical print, or a word
    crop = grey[max(0, y0):max(0, y1), max(0, x0):max(0, x1)]
    if crop.size == 0 or crop.shape[1] < 8 or int(crop.max()) == int(crop.min()):
        return text
    # Measured with the paper brought to white, so that paper printed or yellowed grey (a
    # cover's tint, an old scan) does not pass for blur; the ink is not stretched, so blur stays.
    paper = max(1.0, float(np.percentile(crop, 95)))
    whitened = crop.astype(np.float32) * (255.0 / paper)
    if ((whitened > 60) & (whitened < 190)).mean() > 0.5:
        # Mostly grey: a blurred, dim photo, whose letters' gaps are not to be trusted (the
        # shadow and the blur opened one inside a patent's title).
        return text
    _, ink = cv2.threshold(np.ascontiguousarray(crop), 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    columns = np.nonzero(ink.sum(axis=0))[0]
    if len(columns) < 2:
        return text
    steps = np.diff(columns)  # 1 inside ink; n + 1 over a white run of n columns
    gaps = [(int(columns[i]) + 1, int(columns[i + 1])) for i in np.nonzero(steps > 1)[0]]
    if not gaps:
        return text
    widths = sorted(end - start for start, end in gaps)
    typical = widths[len(widths) // 2]
    first, last = int(columns[0]), int(columns[-1]) + 1
    pitch = (last - first) / len(text)
    wide = [(s, e) for s, e in gaps if e - s >= max(0.2 * pitch, 2.5 * typical, 3)]
    if not wide:
        return text
    edges = [first] + [v for gap in wide for v in gap] + [last]
    parts = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    letter = sum(e - s for s, e in parts) / len(text)
    shares = [(e - s) / letter for s, e in parts]
    counts = [round(x) for x in shares]
    if sum(counts) != len(text) or min(counts) < 2 or any(abs(x - n) > 0.35 for x, n in zip(shares, counts)):
        return text
    out, at = [], 0
    for n in counts:
        out.append(text[at:at + n])
        at += n
    return " ".join(out)
