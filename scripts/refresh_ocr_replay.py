"""Rebuild tests/ocr_replay: the OCR cache entries of every committed fixture document.

Run after any change to the OCR pipeline (its PIPELINE_VERSION), the engine or the
fixtures.  Each document is examined as the golden test examines it, so the second
readings (seal areas, empty table cells) are recorded too, not only the first.

Usage: .venv/bin/python scripts/refresh_ocr_replay.py
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import ReadOptions  # noqa: E402
from zhicheng.documents import examine  # noqa: E402

REPLAY = ROOT / "tests" / "ocr_replay"
DOCS = ROOT / "fixtures" / "docs"


def main() -> None:
    for entry in REPLAY.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry)
    options = ReadOptions(cache_dir=REPLAY)
    for truth_path in sorted(DOCS.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        examine(DOCS / truth["file"], options, name=truth.get("applicant_name"), display_name=truth["file"])
    entries = sum(1 for _ in REPLAY.glob("??/*.json"))
    print(f"{entries} cache entries in {REPLAY.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
