"""RapidOCR (PP-OCR models on onnxruntime)."""

from __future__ import annotations

import logging
import os
import unicodedata
from functools import cached_property

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

            raise OcrError(f"RapidOCR is not installed ({err}); pip install rapidocr onnxruntime") from None
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
        result = self._ocr(np.asarray(image), use_det=True, use_cls=False, use_rec=True, return_word_box=True)
        lines = []
        words = getattr(result, "word_results", None) or [None] * len(result.txts or ())
        for points, text, score, chars in zip(result.boxes if result.boxes is not None else [],
                                              result.txts or (), result.scores or (), words):
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            text = unicodedata.normalize("NFKC", spaced(text, chars)).strip()
            if text:
                lines.append(Line(text=text, box=(min(xs), min(ys), max(xs), max(ys)), confidence=float(score)))
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
