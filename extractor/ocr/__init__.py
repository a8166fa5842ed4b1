"""OCR behind one small interface, with two real engines.

``rapidocr`` (RapidOCR on onnxruntime, models shipped in the wheel) is the default: it read
every key field of the real CNIPA certificates here.  ``tesseract`` (chi_sim+eng through
pytesseract) is the alternative.  Engines are created lazily, once per process.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Protocol

from ..model import Line

ENGINES = ("rapidocr", "tesseract")
DEFAULT_ENGINE = "rapidocr"

# onnxruntime (under RapidOCR and the orientation classifier) starts Microsoft's telemetry
# uploader when its library loads, i.e. on ``import onnxruntime``: it looks up its collector
# host, writes a device id and an event database under
# ``$XDG_CACHE_HOME or ~/.cache``/Microsoft/DeveloperTools/.onnxruntime and a ``.ses`` session
# file into $TMPDIR.  Only these variables, read at that moment, stop it entirely (none of it
# is then created); ``onnxruntime.disable_telemetry_events()`` comes too late for that and
# only silences later events.  ORT_DISABLE_TELEMETRY is the name onnxruntime 1.32 reads;
# ORT_TELEMETRY_DISABLED the one of its newer sources.  Set on importing this package too, so
# that onnxruntime imported by anything after it stays quiet as well.
_ONNXRUNTIME_TELEMETRY_OFF = {"ORT_DISABLE_TELEMETRY": "1", "ORT_TELEMETRY_DISABLED": "1"}
os.environ.update(_ONNXRUNTIME_TELEMETRY_OFF)


def keep_onnxruntime_local() -> None:
    """Turn onnxruntime's telemetry off: called before any onnxruntime session is created
    (``rapid.RapidOcrEngine`` and ``orientation._classifier``).  Worker processes inherit the
    variables.  An onnxruntime imported before this package is beyond help: import
    ``extractor.ocr`` first."""
    os.environ.update(_ONNXRUNTIME_TELEMETRY_OFF)  # overrides a user's "0": nothing leaves the machine
    try:
        import onnxruntime
    except ImportError:  # pragma: no cover - the engine then reports itself missing
        return
    onnxruntime.disable_telemetry_events()


class OcrError(RuntimeError):
    """The engine is missing or failed on a page."""


class OcrEngine(Protocol):
    name: str

    @property
    def version(self) -> str: ...

    def recognize(self, image) -> list[Line]:
        """Lines of an upright RGB page image, boxes in that image's pixels."""

    def read_line(self, image) -> tuple[str, float]:
        """Text and confidence of an image holding one line, with no detection step."""


@lru_cache(maxsize=None)
def engine_version(name: str = DEFAULT_ENGINE) -> str:
    """The engine and its version (part of the OCR cache key), without loading RapidOCR:
    importing it alone takes 1.6 s, which a run served from the cache need not pay."""
    if name == "rapidocr":
        from importlib.metadata import version

        return f"rapidocr-{version('rapidocr')}"
    return get_engine(name).version  # Tesseract: asking the program is cheap


@lru_cache(maxsize=None)
def get_engine(name: str = DEFAULT_ENGINE) -> OcrEngine:
    if name == "rapidocr":
        from .rapid import RapidOcrEngine

        return RapidOcrEngine()
    if name == "tesseract":
        from .tesseract import TesseractEngine

        return TesseractEngine()
    raise OcrError(f"未知的 OCR 引擎 {name!r}；应为 {'、'.join(ENGINES)} 之一")
