"""How well 合订本 are split when their documents come together in orders nobody tuned on.

Usage: .venv/bin/python benchmarks/bench_binder_shuffle.py [--binders 40] [--seed 1]
           [--sets tune tune2 fresh ...] [--per-type 4] [--from DIR] [--cache DIR] [--misses]

The outside sets' own 合订本 are few (three or four a set) and the reader was tuned on them.
Here single files of the in-sample sets (never a measuring set: ``catalog.MEASURING_SETS``)
are drawn at random, three to six at a time, their pages rendered as a scanner would give
them (200 dpi, fitted to A4, fax pages stretched square) and bound into one scanned PDF;
each binder is then read with ``zhicheng.documents.examine_all`` and its documents compared
with the files it was made of.

Prints: binders split into exactly the right page ranges, and documents found with the right
page range and doc_type.  A document's type can be wrong because its file alone is misread;
``--misses`` lists each miss with the files the binder was made of, to tell the two apart.
With ``--from DIR`` the sets are read from ``DIR/<set>`` (each with the ``corpus.json`` of
``benchmarks/bench_extract.py``'s generation, or generated there when missing).

Measured on 2026-12-05 over the ten in-sample sets of that day (``--sets tune tune2 fresh fourth fifth
eighth tenth eleventh twelfth thirteenth``), 104 binders (``--binders 24 --seed 1``, ``--binders 40 --seed 2``,
``--binders 40 --seed 3``): split right 92/104 and documents found 441/465 at d5a5222; 101/104 and
457/465 after the splitting rules of that day.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extractor import ReadOptions  # noqa: E402
from zhicheng.documents import examine_all  # noqa: E402

A4 = (1654, 2339)  # pixels at 200 dpi


def set_corpus(name: str, per_type: int, base: Path) -> list[tuple[Path, dict]]:
    """A set's files and truths: from ``base/name/corpus.json`` if there, else generated."""
    from bench_extract import outside_corpus

    index = base / name / "corpus.json"
    if index.exists():
        return [(Path(p), t) for p, t in json.loads(index.read_text(encoding="utf-8"))]
    corpus = outside_corpus(name, per_type, None, base / name)
    index.write_text(json.dumps([[str(p), t] for p, t in corpus], ensure_ascii=False), encoding="utf-8")
    return corpus


def scanned_pages(path: Path) -> list:
    """The pages of a file as a scanner gives them: RGB images, a fax's pixels made square."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageSequence

    if path.suffix.lower() == ".pdf":
        pdf = pdfium.PdfDocument(str(path))
        try:
            return [page.render(scale=200 / 72).to_pil().convert("RGB") for page in pdf]
        finally:
            pdf.close()
    with Image.open(path) as image:
        dpi = image.info.get("dpi")
        frames = [frame.convert("RGB") for frame in ImageSequence.Iterator(image)]
    if dpi and float(dpi[0]) and float(dpi[1]) and abs(float(dpi[0]) / float(dpi[1]) - 1) > 0.2:
        frames = [f.resize((f.width, int(f.height * float(dpi[0]) / float(dpi[1])))) for f in frames]
    return frames


def fitted(image):
    """The page at 200 dpi on A4 (or A4 landscape), as a binder's scan holds it."""
    w, h = image.size
    long_side, short_side = A4[1], A4[0]
    scale = min(short_side / w, long_side / h) if w < h else min(long_side / w, short_side / h)
    return image if abs(scale - 1) <= 0.05 else image.resize((max(1, int(w * scale)), max(1, int(h * scale))))


def make_binders(pool: list[tuple[Path, dict]], count: int, seed: int, out: Path) -> list[tuple[Path, list[dict]]]:
    rng = random.Random(seed)
    binders = []
    for index in range(count):
        picks = rng.sample(pool, rng.randint(3, 6))
        images, documents, first = [], [], 1
        for path, truth in picks:
            pages = [fitted(p) for p in scanned_pages(path)]
            images += pages
            documents.append({"page_range": (first, first + len(pages) - 1), "doc_type": truth["doc_type"],
                              "file": f"{path.parent.name}/{path.name}"})
            first += len(pages)
        target = out / f"shuffle-{index:02d}.pdf"
        images[0].save(target, save_all=True, append_images=images[1:], resolution=200, quality=85)
        binders.append((target, documents))
    return binders


def main() -> None:
    from fixtures.outside.catalog import MEASURING_SETS, SETS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # (in this order the seeds give the binders measured below)
    in_sample = ["tune", "tune2", *(s for s in SETS if s not in MEASURING_SETS + ("tune", "tune2"))]
    parser.add_argument("--sets", nargs="+", default=in_sample, choices=in_sample)
    parser.add_argument("--binders", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-type", type=int, default=4)
    parser.add_argument("--from", dest="base", type=Path, help="folder of generated sets (default: a temporary one)")
    parser.add_argument("--cache", type=Path, help="OCR cache folder (default: a temporary one)")
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--misses", action="store_true", help="list every binder split wrong")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        base = args.base or tmp_path / "sets"
        pool = []
        for name in args.sets:
            pool += [(p, t) for p, t in set_corpus(name, args.per_type, base)
                     if "documents" not in t]  # single files only: their own 合订本 are measured apart
        out = tmp_path / "binders"
        out.mkdir()
        binders = make_binders(pool, args.binders, args.seed, out)
        options = ReadOptions(engine=args.engine, cache_dir=args.cache or tmp_path / "cache")
        split_ok = found = total = pages = 0
        start = time.perf_counter()
        for path, want in binders:
            got = [(tuple(d.page_range) if d.page_range else (1, d.pages), d.doc_type)
                   for d in examine_all(path, options, display_name=path.name)]
            wanted = [(d["page_range"], d["doc_type"]) for d in want]
            pages += want[-1]["page_range"][1]
            split_ok += [g[0] for g in got] == [w[0] for w in wanted]
            found += sum(w in got for w in wanted)
            total += len(wanted)
            if args.misses and got != wanted:
                print(f"  miss {path.name}: read {got}")
                print(f"       made of {[(d['page_range'], d['doc_type'], d['file']) for d in want]}")
        elapsed = time.perf_counter() - start
    print(f"合订本 shuffled from {len(args.sets)} sets (seed {args.seed}): {len(binders)} binders, {pages} pages, "
          f"{elapsed:.0f} s")
    print(f"  split right     {split_ok}/{len(binders)}  {split_ok / max(1, len(binders)):.3f}")
    print(f"  documents found {found}/{total}  {found / max(1, total):.3f}  (page range and doc_type)")


if __name__ == "__main__":
    main()
