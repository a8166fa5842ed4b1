"""Score extraction against fixture truth files, listing every miss.

Usage: .venv/bin/python benchmarks/score_fixtures.py [DIR] [--types T ...] [--engine rapidocr]
DIR defaults to fixtures/docs; generate others with
``.venv/bin/python -m fixtures.generate /tmp/fx --seed 23 --per-type 4``.
OCR results are cached (``$ZHICHENG_CACHE_DIR``), so a second run only re-extracts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import ReadOptions  # noqa: E402
from zhicheng.documents import examine  # noqa: E402


def compare(document, truth: dict) -> list[str]:
    misses = [f"{key}: got {document.fields.get(key)!r}, want {want!r}"
              for key, want in truth["fields"].items() if document.fields.get(key) != want]
    if truth.get("applicant_name") and document.fields.get("applicant_rank") != truth.get("applicant_rank"):
        misses.append(f"applicant_rank: got {document.fields.get('applicant_rank')!r}, want {truth['applicant_rank']!r}")
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", default=str(ROOT / "fixtures" / "docs"))
    parser.add_argument("--types", nargs="*")
    parser.add_argument("--engine", default="rapidocr")
    args = parser.parse_args()
    options = ReadOptions(engine=args.engine)
    docs = types_ok = fields = fields_ok = 0
    for truth_path in sorted(Path(args.dir).glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if args.types and truth["doc_type"] not in args.types:
            continue
        document = examine(truth_path.parent / truth["file"], options, name=truth.get("applicant_name"))
        misses = compare(document, truth)
        docs += 1
        types_ok += document.doc_type == truth["doc_type"]
        fields += len(truth["fields"])
        fields_ok += len(truth["fields"]) - sum(not m.startswith("applicant_rank") for m in misses)
        if misses or document.doc_type != truth["doc_type"]:
            variant = truth.get("variant", {})
            print(f"{truth['file']} [{variant.get('source')}/{variant.get('format')}] "
                  f"doc_type {document.doc_type} (want {truth['doc_type']}, {document.confidence:.2f})")
            for miss in misses:
                print(f"    {miss}")
    print(f"doc_type {types_ok}/{docs}  fields {fields_ok}/{fields}")


if __name__ == "__main__":
    main()
