"""``check --format html``: a self-contained report a reviewer opens in a browser.

A small bundle (a digital patent certificate, a scanned title certificate, a generated
software-copyright certificate and a corrupt file) is examined for real; the verdict comes from
the rules, so the report is built from the same objects ``check`` hands to ``render_html``.
The page is checked twice: as markup (every condition, file and issue is there, nothing is
fetched from outside, document text is escaped) and as pixels, rendered by headless Chromium.
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from fixtures.generate import generate_one
from rules import evaluate
from rules.case_file import parse_case
from zhicheng.bundle import BundleReport
from zhicheng.documents import Document, examine
from zhicheng.html_report import highlight_crop, render_html

from .conftest import FIXTURES, run_cli

APPLICANT = "卢华"  # the first inventor of the committed patent fixture
HOSTILE = '<script>alert("ocr")</script><img src=x onerror=alert(1)>'
FILES = {
    "patents/patent_certificate-00-classic_invention.pdf": FIXTURES / "docs" / "patent_certificate-00-classic_invention.pdf",
    "titles/title_certificate-01-sentence.jpg": FIXTURES / "docs" / "title_certificate-01-sentence.jpg",
}
CLAIMS = {"achievements": [{"kind": "patent", "patent_type": "invention", "granted": True, "rank": 1,
                            "date": "2018-09-05", "evidence": ["patents/patent_certificate-00-classic_invention.pdf"]}]}


def profile(title_date: str) -> dict[str, Any]:
    return {"as_of": "2025-12-31",
            "applicant": {"name": APPLICANT, "education": "bachelor", "work_start": "2010-07-01",
                          "current_title": "engineer", "current_title_date": title_date,
                          "target_title": "senior_engineer", "assessment_passed": True}}


# ---------------------------------------------------------------- the bundle, examined once


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A bundle as CONTRACT §6 lays it out, with sub-folders and one corrupt file."""
    root = tmp_path_factory.mktemp("bundle")
    for relative, source in FILES.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, root / relative)
    (root / "software").mkdir()
    truth = generate_one(root / "software", 7, "software_copyright", 0)
    truth.unlink()  # the truth file is not evidence
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 this file was cut short")
    (root / "profile.yaml").write_text(yaml.safe_dump(profile("2015-12-24"), allow_unicode=True), encoding="utf-8")
    (root / "claims.yaml").write_text(yaml.safe_dump(CLAIMS, allow_unicode=True), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def documents(bundle: Path) -> list[Document]:
    files = sorted(p for p in bundle.rglob("*") if p.is_file() and p.suffix != ".yaml")
    return [examine(f, name=APPLICANT, display_name=f.relative_to(bundle).as_posix()) for f in files]


def build_report(bundle: Path, documents: list[Document], title_date: str) -> BundleReport:
    """What ``check_bundle`` returns, assembled from its parts: examined documents, the claims
    as achievements backed by their files, and the rules' verdict with every issue merged."""
    achievements = [dict(a) for a in CLAIMS["achievements"]]
    case = {**profile(title_date), "achievements": [{k: v for k, v in a.items() if k != "evidence"}
                                                    for a in achievements]}
    verdict = evaluate(parse_case(case)).to_dict()
    hostile = {"severity": "warning", "code": "date_mismatch", "message": f"OCR 读出 {HOSTILE}",
               "file": "titles/title_certificate-01-sentence.jpg", "achievement": 0}
    verdict["issues"] = [i for d in documents for i in d.issues] + [hostile] + verdict["issues"]
    for a in achievements:
        a["source"] = "claim"
    return BundleReport(verdict=verdict, documents=documents, achievements=achievements,
                        exit_code=0 if verdict["eligible"] else 1, bundle=bundle)


@pytest.fixture(scope="module")
def reports(bundle: Path, documents: list[Document]) -> dict[str, BundleReport]:
    """The same evidence judged twice: title held ten years (eligible) or two (not)."""
    docs = copy.deepcopy(documents)
    patent = next(d for d in docs if d.doc_type == "patent_certificate")
    patent.fields["title"] = HOSTILE  # OCR text is untrusted
    return {"eligible": build_report(bundle, docs, "2015-12-24"),
            "ineligible": build_report(bundle, docs, "2023-06-30")}


@pytest.fixture(scope="module")
def written(reports: dict[str, BundleReport], tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("html")
    paths = {}
    for name, report in reports.items():
        paths[name] = out / f"{name}.html"
        paths[name].write_text(render_html(report), encoding="utf-8")
    return paths


# ---------------------------------------------------------------- markup


class Outline(HTMLParser):
    """The parts of a page the tests look at: tags in order, attributes, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_body = self.in_body or tag == "body"
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def body_tags(self) -> list[tuple[str, dict[str, str]]]:
        start = next(n for n, (tag, _) in enumerate(self.tags) if tag == "body")
        return self.tags[start + 1:]

    def having(self, attribute: str) -> list[dict[str, str]]:
        return [attrs for _, attrs in self.tags if attribute in attrs]


def outline(path: Path) -> Outline:
    parser = Outline()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("name", ["eligible", "ineligible"])
def test_report_lists_verdict_conditions_documents_and_issues(name, reports, written):
    report, page = reports[name], outline(written[name])
    first_tag, first = page.body_tags()[0]
    assert first_tag == "header" and first["id"] == "verdict"
    assert first["class"] == f"banner {name}"
    assert {a["data-id"] for a in page.having("data-id")} == {c["id"] for c in report.verdict["conditions"]}
    assert [a["data-file"] for a in page.having("data-file")] == [d.file for d in report.documents]
    codes = {a["data-code"] for a in page.having("data-code")}
    assert codes == {i["code"] for i in report.verdict["issues"]} and "unreadable_file" in codes
    text = "".join(page.text)
    assert report.verdict["summary"] in text
    assert all(check["article"] in text for check in report.verdict["manual_checks"])
    assert ("✓ 符合申报条件" if name == "eligible" else "✗ 不符合申报条件") in text


def test_report_is_self_contained_and_links_resolve(written):
    raw = written["eligible"].read_text(encoding="utf-8")
    page = outline(written["eligible"])
    assert not re.search(r"https?://", raw), "the report must not reference anything outside itself"
    assert not any(tag in ("script", "link", "iframe", "object") for tag, _ in page.tags)
    images = [a["src"] for tag, a in page.tags if tag == "img"]
    assert images and all(src.startswith(("data:image/jpeg;base64,", "data:image/png;base64,")) for src in images)
    ids = {a["id"] for a in page.having("id")}
    targets = [a["href"] for tag, a in page.tags if tag == "a"]
    assert targets and all(t.startswith("#") and t[1:] in ids for t in targets)


def test_document_text_is_escaped(written):
    raw = written["eligible"].read_text(encoding="utf-8")
    assert "<script>" not in raw and "<img src=x" not in raw
    assert "&lt;script&gt;alert(&quot;ocr&quot;)&lt;/script&gt;" in raw
    assert HOSTILE in "".join(outline(written["eligible"]).text)  # shown to the reader as text


def test_cards_show_thumbnails_crops_and_unreadable_files(reports, written):
    raw = written["eligible"].read_text(encoding="utf-8")
    cards = re.findall(r'<article class="card[^"]*" id="doc-\d+" data-file="([^"]+)">(.*?)</article>', raw, re.S)
    by_file = dict(cards)
    patent = by_file["patents/patent_certificate-00-classic_invention.pdf"]
    assert patent.count('<figure class="thumb"><img') == 1
    assert patent.count('<figure class="crop"><img') >= 2  # 专利号, 发明人, 授权公告日
    broken = next(c for c in re.findall(r'<article class="card unreadable"[^>]*>', raw))
    assert 'data-file="broken.pdf"' in broken
    assert "原因：" in by_file["broken.pdf"]
    assert len(raw) < 1_500_000, f"report of {len(reports['eligible'].documents)} files is {len(raw)} bytes"


def test_a_picture_that_cannot_be_made_costs_only_itself(reports):
    """A file that moved after reading, or a nonsense box: the card says so, the report stands."""
    report = copy.deepcopy(reports["eligible"])
    report.documents[1].file = "gone/missing.pdf"
    report.documents[1].page_info = [{"number": 1, "source": "text_layer", "rotation": 0, "skew": 0.0,
                                      "scale": 1.0, "width": 595.0, "height": 842.0}]
    scanned = next(d for d in report.documents if d.text_source == "ocr" and d.field_sources)
    key = next(iter(scanned.field_sources))
    scanned.field_sources[key] = {"page": 1, "box": ["x", None, "", 3], "confidence": None}  # garbage in
    raw = render_html(report)
    assert "无法生成第1页图像" in raw
    assert "无法生成图像（TypeError" in raw
    assert raw.count('data-file="') == len(report.documents)


def test_highlight_crop_marks_the_box_on_a_copy_and_stays_narrow():
    from PIL import Image

    page = Image.new("RGB", (3000, 2000), "white")
    crop = highlight_crop(page, [100.0, 500.0, 1400.0, 540.0], 2.0)  # box units → pixels ×2
    assert crop is not None and crop.width <= 900
    assert page.getcolors() == [(3000 * 2000, (255, 255, 255))]  # the page itself untouched
    reds = sum(n for n, (r, g, b) in crop.getcolors(1 << 20) if r > 150 and g < 80 and b < 80)
    assert reds > 100
    assert highlight_crop(page, [5000.0, 5000.0, 5100.0, 5050.0], 1.0) is None


# ---------------------------------------------------------------- pixels, in a real browser


def chromium_binary() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install -y chromium)")
    return found


def chromium(page: Path, profile_dir: Path, *mode: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile_dir}"]
    return subprocess.run([chromium_binary(), *flags, *mode, page.as_uri()], capture_output=True,
                          text=True, timeout=60)


def top_band_colour(shot: Path) -> tuple[int, int, int]:
    """The commonest colour of the top rows: the banner's background, not its text."""
    from PIL import Image

    with Image.open(shot) as image:
        band = image.convert("RGB").crop((0, 2, image.width, 16))
        return max(band.getcolors(band.width * band.height))[1]


@pytest.mark.parametrize("name", ["eligible", "ineligible"])
def test_chromium_shows_the_verdict_in_its_colour(name, written, tmp_path):
    from PIL import Image, ImageStat

    shot = tmp_path / "shot.png"
    result = chromium(written[name], tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2400")
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    with Image.open(shot) as image:
        assert image.size == (1280, 2400)
        assert ImageStat.Stat(image.convert("L")).var[0] > 500, "the screenshot is blank"
    r, g, b = top_band_colour(shot)
    if name == "eligible":
        assert g > r + 40 and g > b + 30, (r, g, b)
    else:
        assert r > g + 80 and r > b + 80, (r, g, b)


def test_chromium_dom_holds_the_summary(reports, written, tmp_path):
    result = chromium(written["ineligible"], tmp_path / "profile", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    assert reports["ineligible"].verdict["summary"] in result.stdout
    assert 'id="verdict"' in result.stdout


def test_check_cli_writes_the_report(bundle, tmp_path):
    """The command a reviewer runs: ``zhicheng check BUNDLE --format html --output FILE``."""
    out = tmp_path / "report.html"
    result = run_cli("check", str(bundle), "--format", "html", "--output", str(out))
    assert result.returncode in (0, 1), result.stderr[-2000:]
    page = outline(out)
    assert page.body_tags()[0][1]["id"] == "verdict"
    files = sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.suffix != ".yaml" and p.is_file())
    assert sorted(a["data-file"] for a in page.having("data-file")) == files
