"""``check --format html``: a self-contained report a reviewer opens in a browser.

A small bundle (a digital patent certificate, a scanned title certificate, a generated
software-copyright certificate and a corrupt file) is examined for real; the verdict comes from
the rules, so the report is built from the same objects ``check`` hands to ``render_html``.
The page is checked twice: as markup (every condition, file and issue is there, nothing is
fetched from outside, document text is escaped) and as pixels, rendered by headless Chromium.
The top of the page says it plainly: errors first, never 符合 while one stands, achievements
numbered as people count, labels as the document prints them.
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
from zhicheng.html_report import Names, fields_table, highlight_crop, link_achievements, render_html

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
    achievements = [dict(a, claim=n) for n, a in enumerate(CLAIMS["achievements"])]
    case = {**profile(title_date), "achievements": [{k: v for k, v in a.items() if k not in ("evidence", "claim")}
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
    """The same evidence judged three times: title held ten years (eligible, but the corrupt
    file is an error that stands: pending), the same without the corrupt file (eligible), or
    title held two years (not eligible)."""
    docs = copy.deepcopy(documents)
    patent = next(d for d in docs if d.doc_type == "patent_certificate")
    patent.fields["title"] = HOSTILE  # OCR text is untrusted
    readable = [d for d in docs if d.file != "broken.pdf"]
    clean = build_report(bundle, readable, "2015-12-24")
    clean.verdict["issues"] = [i for i in clean.verdict["issues"] if i["severity"] != "error"]
    for d in clean.documents:
        d.issues = [i for i in d.issues if i["severity"] != "error"]
    return {"eligible": clean, "pending": build_report(bundle, docs, "2015-12-24"),
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


HEADLINES = {"eligible": "✓ 符合申报条件", "pending": "暂不能确认符合：有 1 个错误待处理",
             "ineligible": "✗ 不符合申报条件"}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["eligible", "pending", "ineligible"])
def test_report_lists_verdict_conditions_documents_and_issues(name, reports, written):
    report, page = reports[name], outline(written[name])
    first_tag, first = page.body_tags()[0]
    assert first_tag == "header" and first["id"] == "verdict"
    assert first["class"] == f"verdict {name}"
    assert {a["data-id"] for a in page.having("data-id")} == {c["id"] for c in report.verdict["conditions"]}
    assert [a["data-file"] for a in page.having("data-file")] == [d.file for d in report.documents]
    codes = {a["data-code"] for a in page.having("data-code")}
    assert codes == {i["code"] for i in report.verdict["issues"]}
    assert ("unreadable_file" in codes) == (name != "eligible")
    text = "".join(page.text)
    assert report.verdict["summary"] in text
    assert all(check["article"] in text for check in report.verdict["manual_checks"])
    assert HEADLINES[name] in text
    assert [h for n, h in HEADLINES.items() if n != name and h in text] == []


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
    raw = written["pending"].read_text(encoding="utf-8")
    cards = re.findall(r'<article class="card[^"]*" id="doc-\d+" data-file="([^"]+)">(.*?)</article>', raw, re.S)
    by_file = dict(cards)
    patent = by_file["patents/patent_certificate-00-classic_invention.pdf"]
    assert patent.count('<figure class="thumb"><img') == 1
    assert patent.count('<figure class="crop"><img') >= 2  # 专利号, 发明人, 授权公告日
    broken = next(c for c in re.findall(r'<article class="card unreadable"[^>]*>', raw))
    assert 'data-file="broken.pdf"' in broken
    assert "原因：" in by_file["broken.pdf"] and "PDF 已损坏或不完整" in by_file["broken.pdf"]
    assert len(raw) < 1_500_000, f"report of {len(reports['pending'].documents)} files is {len(raw)} bytes"


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


# ---------------------------------------------------------------- saying it plainly


def test_errors_come_first_above_everything(reports, written):
    """An error-level issue is the first thing on the page, above the verdict itself."""
    raw = written["pending"].read_text(encoding="utf-8")
    header = raw[raw.index('<header id="verdict"'):raw.index("</header>")]
    strip = header[header.index('id="errors"'):]
    assert header.index('id="errors"') < header.index("<h1") < header.index('class="overview"')
    assert raw.index('id="errors"') < raw.index('id="conditions"') < raw.index('id="issues"')
    assert "有 1 个错误须先处理" in strip and "broken.pdf" in strip and "文件无法读取" in strip
    assert "unreadable_file" not in re.sub(r'(title|data-code)="[^"]*"', "", strip)  # the name, not the code
    clean = written["eligible"].read_text(encoding="utf-8")
    assert 'id="errors"' not in clean


def minimal_report(tmp_path: Path, eligible: bool, issues: list[dict[str, Any]], **extra: Any) -> BundleReport:
    conditions = [
        {"id": "12", "article": "第十二条", "group": "basic", "met": True, "text": "学历与年限", "evidence": [],
         "reasons": ["学历本科：取得工程师职称 2015-12-24，至 2025-12-31 已满 5 年"], "missing": []},
        {"id": "13.2.4", "article": "第十三条（二）4", "group": "performance", "met": eligible,
         "text": "授权发明专利 1 项以上", "evidence": [0] if eligible else [],
         "reasons": ["个人排名前5的授权发明专利：1 项，要求 1 项以上（成果[0]）"], "missing": []},
    ]
    verdict = {"target_title": "senior_engineer", "as_of": "2025-12-31", "eligible": eligible,
               "route": "normal" if eligible else None, "conditions": conditions, "issues": issues,
               "summary": "符合申报高级工程师的条件（正常途径：第十二条、第十三条（二）4）" if eligible
               else "不符合申报高级工程师的条件", "manual_checks": [], "rule_pack": "chongqing-2022-67", **extra}
    achievements = [{"kind": "patent", "patent_type": "invention", "granted": True, "rank": 1, "date": "2018-09-05",
                     "source": "claim", "evidence": ["a.pdf"]}]
    return BundleReport(verdict=verdict, documents=[], achievements=achievements, exit_code=1, bundle=tmp_path)


def banner_text(raw: str) -> str:
    banner = raw[raw.index('<div class="banner'):raw.index('<nav class="overview"')]
    return re.sub(r"<[^>]+>", "", banner)


def test_an_eligible_verdict_with_an_error_never_says_fu_he(tmp_path):
    """Eligible by the rules, but an error-level issue stands: the banner is amber and says
    the verdict cannot be confirmed yet; it never reads 符合 and is never green."""
    error = {"severity": "error", "code": "rank_mismatch", "message": "申报第1名，材料显示第3名；以材料为准",
             "file": "a.pdf", "achievement": 0}
    raw = render_html(minimal_report(tmp_path, True, [error]))
    page = Outline()
    page.feed(raw)
    tag, header = page.body_tags()[0]
    assert header["class"] == "verdict pending"
    assert not any("eligible" == c for _, a in page.tags for c in a.get("class", "").split())
    text = banner_text(raw)
    assert "暂不能确认符合：有 1 个错误待处理" in text
    assert "✓" not in text and "符合申报" not in text and "符合条件" not in text
    # with the error gone, the same verdict is green and says 符合
    raw = render_html(minimal_report(tmp_path, True, []))
    assert "✓ 符合申报条件" in banner_text(raw) and '<div class="banner eligible">' in raw
    # a warning does not hold the verdict back
    warning = dict(error, severity="warning")
    assert "✓ 符合申报条件" in banner_text(render_html(minimal_report(tmp_path, True, [warning])))


def test_achievements_are_numbered_as_people_count(reports, written, tmp_path):
    for name in ("pending", "ineligible"):
        text = "".join(outline(written[name]).text)
        assert "成果[" not in text and "成果1" in text, name
        assert "成果0" not in text
    raw = render_html(minimal_report(tmp_path, True, []))  # reasons that still say 成果[0]
    assert "成果[0]" not in raw and '<a href="#ach-1">成果1</a>' in raw
    assert '<tr id="ach-1" data-achievement="0"><td>成果1</td>' in raw
    names = Names([{"kind": "patent", "claim": 2, "evidence": ["p.pdf"]},
                   {"kind": "award", "source": "document", "evidence": ["awards/a.jpg"]}])
    assert names.labels == ["成果3", "材料 awards/a.jpg"]  # as the verdict's reasons name them
    assert link_achievements("成果3 不计入：早于取得现有职称", names) == '<a href="#ach-1">成果3</a> 不计入：早于取得现有职称'
    assert link_achievements("（成果[1]）", names) == '（<a href="#ach-2">材料 awards/a.jpg</a>）'


def test_only_achievements_that_count_are_listed_as_counted(reports, written):
    """计入的成果 are those a met condition rests on; the others are listed apart, with why."""
    def section(raw: str, anchor: str) -> str:
        start = raw.index(f'<section id="{anchor}"')
        return raw[start:raw.index("</section>", start)]

    counted = section(written["pending"].read_text(encoding="utf-8"), "achievements")
    assert "计入的成果（1 项）" in counted and "第十三条（二）4" in counted
    raw = written["ineligible"].read_text(encoding="utf-8")  # the patent predates the title of 2023
    assert "计入的成果（0 项）" in section(raw, "achievements") and 'id="ach-1"' not in section(raw, "achievements")
    uncounted = section(raw, "uncounted")
    assert "未计入的成果（1 项）" in uncounted and 'id="ach-1"' in uncounted and "早于取得现有职称" in uncounted


def test_labels_follow_the_document():
    """A design patent lists 设计人 (not 发明人); each kind of document its own people."""
    def labels(doc_type: str, fields: dict[str, Any]) -> str:
        doc = Document(file="x.pdf", sha256="0" * 64, pages=1, text_source="text_layer", doc_type=doc_type,
                       confidence=0.9, fields=fields)
        return re.sub(r"<[^>]+>", " ", fields_table(doc))

    design = labels("patent_certificate", {"patent_type": "design", "title": "边缘计算盒", "inventors": ["薛东益"]})
    assert "设计人" in design and "外观设计名称" in design and "发明人" not in design and "发明名称" not in design
    invention = labels("patent_certificate", {"patent_type": "invention", "inventors": ["卢华"]})
    assert "发明人" in invention and "设计人" not in invention
    assert "著作权人" in labels("software_copyright", {"holders": ["重庆某公司"]})
    assert "起草人" in labels("standard", {"drafters": ["张三"]})
    assert "作者" in labels("journal_paper", {"authors": ["张三"]})
    assert "获奖人" in labels("award_certificate", {"holder": "张三"})
    assert "项目负责人" in labels("project_acceptance", {"leader": "张三"})


def test_each_condition_says_what_it_rests_on(tmp_path):
    report = minimal_report(tmp_path, True, [])
    plain_raw = render_html(report)
    assert "data-basis" not in plain_raw  # a verdict without basis still renders
    for c, basis in zip(report.verdict["conditions"], ["declared", "evidence"]):
        c["basis"] = basis
    raw = render_html(report)
    card = raw[raw.index('id="cond-12"'):raw.index("</article>", raw.index('id="cond-12"'))]
    assert "仅据申报人自述" in card
    card = raw[raw.index('id="cond-13.2.4"'):raw.index("</article>", raw.index('id="cond-13.2.4"'))]
    assert "有材料佐证" in card
    report.verdict["conditions"][1].update(met=False, basis="none", evidence=[])
    assert "无依据" in render_html(report)


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


def colour_rows(shot: Path, x: int = 3) -> list[tuple[int, int, int]]:
    """The colour of each row at the page's left edge: the bands of the top, top to bottom."""
    from PIL import Image

    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        return [rgb.getpixel((x, y)) for y in range(rgb.height)]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["eligible", "pending", "ineligible"])
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
    else:  # the error strip (or the red banner) comes first
        assert r > g + 80 and r > b + 80, (r, g, b)
    rows = colour_rows(shot)
    green = [y for y, (r, g, b) in enumerate(rows[:800]) if g > r + 40 and g > b + 30]
    amber = [y for y, (r, g, b) in enumerate(rows[:800]) if r > 150 and 60 < g < 130 and b < 40]
    assert bool(green) == (name == "eligible"), "green only when eligible with no error standing"
    assert bool(amber) == (name == "pending")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["eligible", "pending", "ineligible", "many_errors"])
def test_the_summary_fits_one_screen(name, written, tmp_path):
    """At 1366×768 the whole top (errors, verdict, every condition on one line) is on screen:
    the page's white shows below the overview's grey band.  Twelve long errors still fit:
    the strip shows the first five and points to the rest."""
    page = written.get(name)
    if page is None:
        errors = [{"severity": "error", "code": "date_mismatch", "file": f"projects/p{n}.pdf",
                   "message": "申报日期 2022-04-12，材料显示 2023-04-12；以材料为准" * 4} for n in range(12)]
        page = tmp_path / "many.html"
        page.write_text(render_html(minimal_report(tmp_path, True, errors)), encoding="utf-8")
        assert "另有 7 个错误" in page.read_text(encoding="utf-8")
    shot = tmp_path / "shot.png"
    result = chromium(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1366,768")
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    rows = colour_rows(shot)
    grey = [y for y, c in enumerate(rows) if c == (0xF6, 0xF8, 0xFA)]
    assert grey, "the conditions overview is on the first screen"
    assert any(c == (255, 255, 255) for c in rows[grey[-1] + 1:]), "the overview ends on the first screen"


@pytest.mark.slow
def test_chromium_dom_holds_the_summary(reports, written, tmp_path):
    result = chromium(written["ineligible"], tmp_path / "profile", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    assert reports["ineligible"].verdict["summary"] in result.stdout
    assert 'id="verdict"' in result.stdout


@pytest.mark.slow
def test_check_cli_writes_the_report(bundle, tmp_path):
    """The command a reviewer runs: ``zhicheng check BUNDLE --format html --output FILE``."""
    out = tmp_path / "report.html"
    result = run_cli("check", str(bundle), "--format", "html", "--output", str(out))
    assert result.returncode in (0, 1), result.stderr[-2000:]
    page = outline(out)
    assert page.body_tags()[0][1]["id"] == "verdict"
    files = sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.suffix != ".yaml" and p.is_file())
    assert sorted(a["data-file"] for a in page.having("data-file")) == files


def test_a_reports_page_view_straightens_only_what_it_shows(tmp_path):
    """A field's crop from the lazy page view is the crop of the whole straightened page (to
    one level of rounding), and its thumbnail has the thumbnail's size: the report made
    only the pixels it shows, not a different picture."""
    from types import SimpleNamespace

    import numpy as np
    from PIL import Image, ImageDraw

    from extractor.images import page_image, page_view
    from zhicheng.html_report import THUMB_WIDTH, thumbnail

    image = Image.new("RGB", (1654, 2339), "white")
    draw = ImageDraw.Draw(image)
    for row in range(40):
        draw.rectangle((150, 200 + row * 50, 150 + 30 * (row % 7 + 10), 230 + row * 50), fill=(20, 20, 20))
    path = tmp_path / "scan.png"
    image.save(path)
    page = SimpleNamespace(number=1, source="ocr", rotation=0, skew=2.6)
    whole, view = page_image(path, page), page_view(path, page)
    assert view.size == whole.size
    region = (300, 700, 900, 900)
    a = np.asarray(whole.crop(region).convert("L"), dtype=int)
    b = np.asarray(view.crop(region).convert("L"), dtype=int)
    assert np.abs(a - b).max() <= 1
    small, reference = thumbnail(view), thumbnail(whole)
    assert small.size == reference.size and small.width == THUMB_WIDTH
    assert np.abs(np.asarray(small.convert("L"), dtype=int) - np.asarray(reference.convert("L"), dtype=int)).mean() < 4
