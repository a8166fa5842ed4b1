"""A disk cache of OCR results, so a second run over the same files is near-instant.

Keyed by the file's content hash, the page, the engine and its version, and the version
of the preprocessing pipeline; a changed file, engine or pipeline is a miss.  Entries are
written atomically (temp file + rename) so parallel workers never see half an entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from ..model import Line, Page


def default_cache_dir() -> Path:
    if os.environ.get("ZHICHENG_CACHE_DIR"):
        return Path(os.environ["ZHICHENG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "zhicheng" / "ocr"


class OcrCache:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()

    def _path(self, key: tuple) -> Path:
        digest = hashlib.sha256(json.dumps(key, default=str).encode()).hexdigest()
        return self.directory / digest[:2] / f"{digest}.json"

    def get(self, key: tuple) -> Page | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            lines = [Line(text=l["text"], box=tuple(l["box"]), confidence=l["confidence"]) for l in data.pop("lines")]
            seals = [tuple(box) for box in data.pop("seals", [])]
            return Page(lines=lines, seals=seals, **data)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or unreadable: recompute

    def put(self, key: tuple, page: Page) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(page), handle, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only or full cache directory only costs speed
