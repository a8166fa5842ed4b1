"""Tesseract 5 through pytesseract, chi_sim+eng.

OMP_THREAD_LIMIT=1: OpenMP makes Tesseract about 4× slower on two cores (GUIDE), and the
bundle pipeline runs pages in parallel processes anyway.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cached_property

from ..model import Line

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

LANGS = "chi_sim+eng"
# Tesseract puts a space between Chinese characters: drop it where both sides are CJK.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")


def _scratch_in_cache_folder(pytesseract) -> None:
    """pytesseract hands Tesseract each page as an image file and reads the answer back from
    a file, both made by ``NamedTemporaryFile`` in $TMPDIR: copies of the applicant's
    documents outside zhicheng's folder.  They are made in ``tesseract`` under the cache
    folder instead (and still removed after each call by pytesseract).  If that folder
    cannot be made, pytesseract keeps $TMPDIR: Tesseract cannot work without them."""
    import tempfile
    from functools import partial

    from .cache import cache_root

    module = getattr(pytesseract, "pytesseract", None)
    if module is None or not hasattr(module, "NamedTemporaryFile"):  # pragma: no cover - another pytesseract
        return
    folder = cache_root() / "tesseract"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    module.NamedTemporaryFile = partial(tempfile.NamedTemporaryFile, dir=str(folder))


class TesseractEngine:
    name = "tesseract"

    def __init__(self) -> None:
        from . import OcrError

        try:
            import pytesseract
        except ImportError as err:  # pragma: no cover
            raise OcrError("未安装 pytesseract（pip install pytesseract）") from None
        self._tess = pytesseract
        _scratch_in_cache_folder(pytesseract)
        try:
            langs = set(pytesseract.get_languages(config=""))
        except (pytesseract.TesseractNotFoundError, OSError) as err:
            raise OcrError("未安装 tesseract 识别程序（apt-get install tesseract-ocr）") from None
        missing = {"chi_sim", "eng"} - langs
        if missing:
            raise OcrError(f"tesseract 缺少语言数据 {'、'.join(sorted(missing))}（apt-get install tesseract-ocr-chi-sim）")

    @cached_property
    def version(self) -> str:
        return f"tesseract-{self._tess.get_tesseract_version()}"

    def recognize(self, image) -> list[Line]:
        data = self._tess.image_to_data(image, lang=LANGS, config="--psm 3 -c preserve_interword_spaces=1",
                                        output_type=self._tess.Output.DICT)
        groups: dict[tuple[int, int, int], list[int]] = {}
        for i, word in enumerate(data["text"]):
            if word.strip() and float(data["conf"][i]) >= 0:
                groups.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
        lines = []
        for indexes in groups.values():
            text = " ".join(data["text"][i] for i in indexes)
            text = _CJK_GAP.sub("", unicodedata.normalize("NFKC", text)).strip()
            x0 = min(data["left"][i] for i in indexes)
            y0 = min(data["top"][i] for i in indexes)
            x1 = max(data["left"][i] + data["width"][i] for i in indexes)
            y1 = max(data["top"][i] + data["height"][i] for i in indexes)
            conf = sum(float(data["conf"][i]) for i in indexes) / len(indexes) / 100
            if text:
                lines.append(Line(text=text, box=(x0, y0, x1, y1), confidence=conf))
        return lines

    def read_line(self, image) -> tuple[str, float]:
        data = self._tess.image_to_data(image, lang=LANGS, config="--psm 7",
                                        output_type=self._tess.Output.DICT)
        words = [(w, float(c)) for w, c in zip(data["text"], data["conf"]) if w.strip() and float(c) >= 0]
        if not words:
            return "", 0.0
        text = _CJK_GAP.sub("", unicodedata.normalize("NFKC", " ".join(w for w, _ in words))).strip()
        return text, sum(c for _, c in words) / len(words) / 100
