"""Speed and accuracy of ``zhicheng extract`` on material the project never tuned on.

Usage: .venv/bin/python benchmarks/bench_photos.py [--seed 123] [--per-type 2] [--repeats 2]
                                                  [--corpora scans photos fixtures realdocs] [--keep DIR]

Corpora:

- ``scans``: the scanned documents ``python -m fixtures.generate OUT --seed SEED --per-type N``
  draws (a seed other than the committed fixtures' 7 gives other content);
- ``photos``: the digital PDFs of that same run, each page photographed as a phone does it
  (``tests.phone_photos``: tilted by ±2–10°, keystoned, shaded from one side, JPEG), one
  picture per document (a PDF of pictures for a document of several pages);
- ``fixtures``: the committed scans in fixtures/docs (what the pipeline was tuned on);
- ``realdocs``: ../shared/realdocs, where present.

Prints, per corpus: pages OCR'd, engine calls per page (page passes and crops apart, by
purpose), seconds per page for the pipeline (``examine``, no cache) and for RapidOCR alone
on the same page images (``fit_for_ocr``'d, one ``recognize`` each), their ratio (the
target: ≤ 1.15×), doc_type and field accuracy against the truth, and peak memory.  Both
sides are warmed up first; each document is timed ``repeats`` times each way, alternating,
the fastest kept (one timing varies by ±15 % on a 2-core machine).  Each corpus runs in its
own process, so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff")
TILTS = (3.0, -7.0, 10.0, -3.0, 7.0, -10.0, 2.0, -5.0, 5.0, -2.0, 8.0, -8.0, 4.0, -4.0)


# ----------------------------------------------------------------------------- corpora

def scans_and_digital(seed: int, per_type: int, out: Path) -> tuple[list, list]:
    """(scans, digital PDFs) of a fixtures.generate run: lists of (file, truth)."""
    from fixtures.generate import generate

    scans, digital = [], []
    for truth_path in generate(out, seed=seed, per_type=per_type):
        truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
        entry = (str(Path(truth_path).parent / truth["file"]), truth)
        (digital if truth["variant"]["source"] == "text_layer" else scans).append(entry)
    return scans, digital


def photographed(digital: list, out: Path) -> list:
    """Every digital document as phone photos: a JPEG, or a PDF of JPEG pages."""
    import pypdfium2 as pdfium

    from tests.phone_photos import phone_photo, render_pdf

    out.mkdir(parents=True, exist_ok=True)
    corpus = []
    for n, (path, truth) in enumerate(digital):
        tilt = TILTS[n % len(TILTS)]
        count = len(pdfium.PdfDocument(path))
        pages = [phone_photo(render_pdf(Path(path), i), tilt=tilt + i, seed=1000 * n + i) for i in range(count)]
        stem = Path(path).stem
        if count == 1:
            target = out / f"{stem}.photo{tilt:+.0f}.jpg"
            pages[0].save(target, "JPEG", quality=85)
        else:
            target = out / f"{stem}.photo{tilt:+.0f}.pdf"
            pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=200, quality=85)
        truth = dict(truth, file=target.name, variant={"source": "photo", "tilt": tilt})
        corpus.append((str(target), truth))
    return corpus


def committed_fixtures() -> list:
    docs = ROOT / "fixtures" / "docs"
    corpus = []
    for truth_path in sorted(docs.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if truth["variant"]["source"] != "text_layer":
            corpus.append((str(docs / truth["file"]), truth))
    return corpus


def realdocs() -> list:
    from tests.realdocs_truth import TRUTH

    shared = ROOT.parent / "shared" / "realdocs"
    if not shared.exists():
        return []
    return [(str(shared / name), {"doc_type": doc_type, "fields": fields}) for name, (doc_type, fields) in TRUTH.items()]


# ----------------------------------------------------------------------------- one corpus

def page_images(path: Path, numbers: list[int], dpi: int) -> list:
    """The images the engine would be shown alone: OCR'd pages, scaled as for OCR."""
    from extractor.formats import detect_format
    from extractor.images import fit_for_ocr, open_frames, render_pdf_page

    if detect_format(path) == "pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
        try:
            images = [render_pdf_page(pdf[n - 1], dpi) for n in numbers]
        finally:
            pdf.close()
    else:
        frames = dict(open_frames(path, max(numbers)))
        images = [frames[n] for n in numbers]
    return [fit_for_ocr(image)[0] for image in images]


def run_corpus(corpus: list, repeats: int) -> dict:
    from extractor import ReadOptions
    from extractor.ocr import get_engine
    from extractor.ocr.run import engine_calls
    from zhicheng.documents import examine

    options = ReadOptions(engine="rapidocr", use_cache=False)
    engine = get_engine("rapidocr")
    if corpus:  # warm-up: the engine's models, the classifier's dictionaries, the orientation model
        first = Path(corpus[0][0])
        examine(first, options)
        engine_calls(reset=True)
    calls: Counter = Counter()
    pages = raw = pipeline = 0.0
    docs = type_ok = fields = fields_ok = 0
    misses = []
    for path, truth in corpus:
        path = Path(path)
        raw_times, pipe_times, images = [], [], None
        for attempt in range(repeats):
            start = time.perf_counter()
            document = examine(path, options, name=truth.get("applicant_name"), display_name=path.name)
            pipe_times.append(time.perf_counter() - start)
            if attempt == 0:
                calls.update(engine_calls(reset=True))
                numbers = [p["number"] for p in document.page_info if p["source"] == "ocr"]
                images = page_images(path, numbers, options.dpi) if numbers else []
                result = document
            start = time.perf_counter()
            for image in images:
                engine.recognize(image)
            raw_times.append(time.perf_counter() - start)
            engine_calls(reset=True)
        if not images:
            continue
        pages += len(images)
        raw += min(raw_times)
        pipeline += min(pipe_times)
        docs += 1
        type_ok += result.doc_type == truth["doc_type"]
        if result.doc_type != truth["doc_type"]:
            misses.append(f"{path.name}: doc_type {result.doc_type} ≠ {truth['doc_type']}")
        for key, want in truth.get("fields", {}).items():
            fields += 1
            got = result.fields.get(key)
            if got == want:
                fields_ok += 1
            else:
                misses.append(f"{path.name}: {key} {got!r} ≠ {want!r}")
    return {"docs": docs, "pages": pages, "raw": raw, "pipeline": pipeline, "type_ok": type_ok,
            "fields": fields, "fields_ok": fields_ok, "misses": misses,
            "calls": {f"{purpose}/{kind}": n for (purpose, kind), n in calls.items()},
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def report(name: str, r: dict) -> None:
    print(f"\n== {name}: {r['docs']} documents, {r['pages']:.0f} pages OCR'd")
    if not r["pages"]:
        return
    pages = r["pages"]
    calls = {k: v for k, v in r["calls"].items() if not k.endswith("/pixels")}
    passes = sum(v for k, v in calls.items() if k.endswith("/recognize"))
    page_pixels = r["calls"].get("page/pixels", 0) + r["calls"].get("turn/pixels", 0)
    all_pixels = sum(v for k, v in r["calls"].items() if k.endswith("/pixels"))
    by_purpose = ", ".join(f"{k.split('/')[0]} {v / pages:.2f}" for k, v in sorted(calls.items())
                           if k.endswith("/recognize"))
    print(f"  engine calls per page: {passes / pages:.2f} recognize ({by_purpose})"
          f", {sum(v for k, v in calls.items() if k.endswith('/read_line')) / pages:.2f} line reads; "
          f"pixels shown {all_pixels / max(page_pixels, 1):.2f}× the page passes'")
    print(f"  seconds per page: pipeline {r['pipeline'] / pages:.2f}, RapidOCR alone {r['raw'] / pages:.2f} "
          f"→ {r['pipeline'] / r['raw']:.2f}× (target ≤ 1.15×)")
    print(f"  doc_type {r['type_ok'] / r['docs']:.3f} ({r['type_ok']}/{r['docs']}), fields "
          f"{r['fields_ok'] / max(r['fields'], 1):.3f} ({r['fields_ok']}/{r['fields']})")
    print(f"  peak memory (max RSS of its process): {r['peak_mb']:.0f} MB")
    for miss in r["misses"][:30]:
        print(f"    miss: {miss}")
    if len(r["misses"]) > 30:
        print(f"    … {len(r['misses']) - 30} more")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=123)
    parser.add_argument("--per-type", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--corpora", nargs="+", default=["scans", "photos", "fixtures"],
                        choices=["scans", "photos", "fixtures", "realdocs"])
    parser.add_argument("--keep", type=Path, help="write the generated corpora here (kept) instead of a temp dir")
    parser.add_argument("--json", type=Path, help="also write the numbers as JSON here")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # a child: run the corpus in this file
    args = parser.parse_args()

    if args.one:
        corpus = json.loads(args.one.read_text(encoding="utf-8"))
        print(json.dumps(run_corpus(corpus, args.repeats), ensure_ascii=False))
        return

    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        corpora = {}
        if {"scans", "photos"} & set(args.corpora):
            scans, digital = scans_and_digital(args.seed, args.per_type, base / f"seed{args.seed}")
            corpora["scans"] = scans
            if "photos" in args.corpora:
                corpora["photos"] = photographed(digital, base / f"seed{args.seed}-photos")
        corpora["fixtures"] = committed_fixtures()
        corpora["realdocs"] = realdocs()
        results = {}
        for name in args.corpora:
            listing = Path(tmp) / f"{name}.json"
            listing.write_text(json.dumps(corpora[name], ensure_ascii=False), encoding="utf-8")
            out = subprocess.run([sys.executable, __file__, "--one", str(listing), "--repeats", str(args.repeats)],
                                 capture_output=True, text=True, check=True)
            results[name] = json.loads(out.stdout.strip().splitlines()[-1])
            report(name, results[name])
        if args.json:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
