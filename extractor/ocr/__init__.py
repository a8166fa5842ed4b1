"""OCR behind one small interface, with two real engines.

``rapidocr`` (RapidOCR on onnxruntime, models shipped in the wheel) is the default: it read
every key field of the real CNIPA certificates here.  ``tesseract`` (chi_sim+eng through
pytesseract) is the alternative.  Engines are created lazily, once per process.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from ..model import Line

ENGINES = ("rapidocr", "tesseract")
DEFAULT_ENGINE = "rapidocr"


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
    raise OcrError(f"unknown OCR engine {name!r}; expected one of {', '.join(ENGINES)}")
