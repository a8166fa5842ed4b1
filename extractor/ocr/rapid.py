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
        result = self._ocr(np.asarray(image), use_det=True, use_cls=False, use_rec=True)
        lines = []
        for points, text, score in zip(result.boxes if result.boxes is not None else [],
                                       result.txts or (), result.scores or ()):
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            text = unicodedata.normalize("NFKC", text).strip()
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
