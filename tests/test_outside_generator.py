"""The out-of-sample generator (``python -m fixtures.outside``): honest truths, a clean split.

Its truths measure a reader on layouts the reader was not written for, so they must hold what
the page prints (traditional characters apart: the truth is in simplified characters), never a
watermark or a copy stamp, and the tuning and held-out sets must not share a style or a file
variant; the fresh set (a second held-out set) shares no style with either.  The fast tests draw
one text-layer document per doc_type of each set and one 合订本, and every fresh style; the slow
ones draw every style and every new file variant.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from fixtures.outside import generate, generate_binder, generate_one, main
from fixtures.outside.catalog import (DEFAULT_SEEDS, DOC_TYPES, NEW_PROFILES, OUTSIDE_PROFILES, OUTSIDE_STYLES, SETS,
                                      THREE_PAGE_JOURNALS, check_split, style_name)
from fixtures.synth.catalog import CATALOG
from fixtures.synth.truth import DATE_FIELDS, TruthError, validate

HAN = "〇一二三四五六七八九"
TITLE_WORDS = {"technician": ("技术员",), "assistant_engineer": ("助理工程师",), "engineer": ("工程师",),
               "senior_engineer": ("高级工程师",),
               "professorate_senior_engineer": ("正高级工程师", "教授级高级工程师", "研究员级高级工程师")}
EDUCATION_WORDS = {"bachelor": ("学士", "本科"), "associate": ("专科",), "master": ("硕士",), "doctorate": ("博士",),
                   "second_bachelor": ("第二学士",), "secondary_vocational": ("中专", "中等职业", "中职")}
REPORT_WORDS = {"technical_report": ("技术报告", "技术总结报告"), "white_paper": ("白皮书",), "plan": ("规划",),
                "feasibility": ("可行性研究报告",), "research_topic": ("课题研究报告",)}
# The type as printed: a certificate's 发明专利证书, a register query's 专利类型：发明专利.
PATENT_WORDS = {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"}
PEOPLE = {"inventors", "patentees", "holders", "authors", "drafters", "members", "parties"}
DERIVED = {"level", "rank"}  # from the issuer, or printed as words / Chinese numerals
NEVER_TRUTH = ("仅供职称申报使用", "复印件与原件一致")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def flat(text: str) -> str:
    """NFKC (vertical forms, full-width ASCII), simplified characters, no whitespace, em dash → hyphen."""
    text = _t2s().convert(unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", "", text).replace("—", "-")


def _han(n: int) -> str:
    tens, units = divmod(n, 10)
    return (("" if tens < 2 else HAN[tens]) + "十" if tens else "") + (HAN[units] if units or not tens else "")


def date_forms(iso: str) -> list[str]:
    """Every way a date or month may be printed, written independently of the generator."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:  # a year alone (a citation line: 2023, 45(3): 112-118)
        return [str(parts[0])]
    y, m = parts[0], parts[1]
    han_y = "".join(HAN[int(c)] for c in str(y))
    if len(parts) == 2:
        return [f"{y}年{m}月", f"{y}年{m:02d}月", f"{han_y}年{_han(m)}月", f"{y}年{_han(m)}月", f"{y}.{m}"]
    d = parts[2]
    return [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{han_y}年{_han(m)}月{_han(d)}日",
            f"{y}年{_han(m)}月{_han(d)}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}"]


def printed_forms(key: str, value: object) -> list[str]:
    """What must appear in the text for one truth field (empty: derived, not printed)."""
    if key in DERIVED:
        return []
    if key in PEOPLE:
        return list(value)  # type: ignore[arg-type] - each name must appear
    if key in DATE_FIELDS:
        return date_forms(str(value))
    if key == "amount_wan":
        wan = f"{float(value):.2f}".rstrip("0").rstrip(".")  # type: ignore[arg-type]
        yuan = round(float(value) * 10000)  # type: ignore[arg-type]
        return [f"{wan}万", f"{yuan:,.2f}", f"{yuan:.2f}", wan]
    if key == "words_wan":
        words = float(value)  # type: ignore[arg-type]
        thousand = round(words * 10)
        count = str(thousand * 1000)
        grouped = " ".join([count[:-4], count[-4:]]) if len(count) > 4 else count
        wan = f"{words:.1f}".rstrip("0").rstrip(".")
        return [f"{thousand}千字", f"{grouped}字", f"{wan}万字", f"字数:{count}"]  # 字数：310 000
    if key in ("recommender_title",) or (key == "title" and value in TITLE_WORDS):
        return list(TITLE_WORDS[str(value)])
    if key == "education":
        return list(EDUCATION_WORDS[str(value)])
    if key == "report_kind":
        return list(REPORT_WORDS[str(value)])
    if key == "patent_type":
        return [PATENT_WORDS[str(value)]]
    if key == "patent_number":  # a register query prints the 申请号 without its ZL
        bare = str(value).removeprefix("ZL")
        return [str(value), bare, bare.replace(".", "")]
    if key == "passed":
        # a 结题证书 is its own verdict (准予结题), a graded form ticks 合格 or 不合格
        return ["不通过", "未通过", "不同意", "不合格"] if not value else ["通过", "同意", "结题", "合格"]
    return [str(value)]


CAPS_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CAPS_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def caps_amounts(text: str) -> set[int]:
    """Whole-yuan amounts written only in financial capitals (人民币壹佰贰拾捌万伍仟元整), read independently of
    the generator: a contract may state its price in no other way."""
    found = set()
    for run in re.findall(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+(?=元)", text):
        total = section = digit = 0
        for ch in run:
            if ch in CAPS_DIGITS:
                digit = CAPS_DIGITS.index(ch)
            elif ch in CAPS_UNITS:
                section += (digit or 1) * CAPS_UNITS[ch]
                digit = 0
            elif ch == "万":
                total += (section + digit) * 10**4
                section = digit = 0
            else:  # 亿
                total = (total + section + digit) * 10**8
                section = digit = 0
        found.add(total + section + digit)
    return found


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(path)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def assert_printed(label: str, fields: dict, text: str) -> None:
    haystack = flat(text)
    no_hyphens = haystack.replace("-", "")
    for key, value in fields.items():
        forms = printed_forms(key, value)
        if not forms:
            continue
        if key in PEOPLE:
            missing = [name for name in forms if flat(name) not in haystack]
            assert not missing, f"{label}: {key} {missing} not in the text layer"
        elif key == "isbn":
            assert str(value) in no_hyphens, f"{label}: isbn {value} not in the text layer"
        elif key == "amount_wan" and round(float(value) * 10000) in caps_amounts(haystack):
            continue
        else:
            assert any(flat(f) in haystack for f in forms), f"{label}: {key}={value!r} not in the text layer"


def assert_no_mark_is_truth(label: str, fields: dict) -> None:
    for value in fields.values():
        for item in value if isinstance(value, list) else [value]:
            assert not any(mark in str(item) for mark in NEVER_TRUTH), f"{label}: a watermark or stamp became truth"


def assert_truth_holds(folder: Path, truth: dict) -> None:
    """Fields of every text-layer document are in its pages' text layer."""
    pages = pdf_pages(folder / truth["file"])
    if "documents" in truth:
        assert len(pages) == truth["variant"]["pages"]
        for doc in truth["documents"]:
            first, last = doc["page_range"]
            assert_no_mark_is_truth(truth["file"], doc["fields"])
            if doc["source"] == "text_layer":
                assert_printed(f"{truth['file']} p{first}-{last}", doc["fields"], "\n".join(pages[first - 1:last]))
        return
    assert truth["variant"]["source"] == "text_layer"
    assert len(pages) == truth["variant"]["pages"]
    assert_no_mark_is_truth(truth["file"], truth["fields"])
    assert_printed(truth["file"], truth["fields"], "\n".join(pages))


@pytest.fixture(scope="module", params=SETS)
def one_per_type(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """Document 0 of every doc_type of a set (always digital)."""
    out = tmp_path_factory.mktemp(request.param)
    paths = generate(out, request.param, per_type=1, binders=0, profile="digital")
    return out, [json.loads(p.read_text(encoding="utf-8")) for p in paths]


@pytest.fixture(scope="module")
def binder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """合订本 0 of the tuning set: text-layer and scanned documents, a three-page journal excerpt."""
    out = tmp_path_factory.mktemp("binder")
    return out, json.loads(generate_binder(out, "tune", DEFAULT_SEEDS["tune"], 0).read_text(encoding="utf-8"))


def test_the_split_shares_no_style_and_no_variant_and_reuses_no_base_layout() -> None:
    check_split()
    for set_name in SETS:
        assert set(OUTSIDE_STYLES[set_name]) == set(CATALOG)
        assert all(len(styles) >= 2 for styles in OUTSIDE_STYLES[set_name].values())
    assert {layout for s in OUTSIDE_STYLES["tune"].values() for layout in s}.isdisjoint(
        {layout for s in OUTSIDE_STYLES["heldout"].values() for layout in s})
    assert not set(OUTSIDE_PROFILES["tune"]) & set(OUTSIDE_PROFILES["heldout"])
    assert DEFAULT_SEEDS == {"tune": 11, "heldout": 29, "fresh": 41, "tune2": 67, "fourth": 97, "fifth": 131, "sixth": 173,
                             "seventh": 211, "eighth": 257, "ninth": 307, "tenth": 353,
                             "eleventh": 401, "twelfth": 449, "thirteenth": 499,
                             "fourteenth": 547, "fifteenth": 593,
                             "sixteenth": 641, "seventeenth": 691, "eighteenth": 743,
                             "nineteenth": 797, "twentieth": 853, "twentyfirst": 907}
    styles = sum(len(s) for set_name in SETS for t, s in OUTSIDE_STYLES[set_name].items() if t != "unknown")
    assert styles >= 4 * 13


def test_every_doc_type_is_written_with_a_valid_truth(one_per_type: tuple[Path, list[dict]]) -> None:
    folder, truths = one_per_type
    assert {t["doc_type"] for t in truths} == set(DOC_TYPES)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["truth_files"]) == sorted(f"{Path(t['file']).stem}.truth.json" for t in truths)
    for truth in truths:
        validate(truth)
        assert (folder / truth["file"]).is_file()


def test_digital_truths_are_printed_in_the_text_layer(one_per_type: tuple[Path, list[dict]]) -> None:
    folder, truths = one_per_type
    for truth in truths:
        assert_truth_holds(folder, truth)


def test_a_document_depends_only_on_set_seed_type_and_index(one_per_type: tuple[Path, list[dict]],
                                                            tmp_path: Path) -> None:
    folder, truths = one_per_type
    set_name = truths[0]["set"]
    original = next(t for t in truths if t.get("doc_type") == "recommendation_letter")
    again = json.loads(generate_one(tmp_path, set_name, DEFAULT_SEEDS[set_name], "recommendation_letter", 0,
                                    "digital").read_text(encoding="utf-8"))
    assert again == original
    assert (tmp_path / again["file"]).read_bytes() == (folder / original["file"]).read_bytes()
    other = json.loads(generate_one(tmp_path, set_name, 1234, "recommendation_letter", 0, "digital")
                       .read_text(encoding="utf-8"))
    assert other["fields"] != original["fields"]


def test_a_binder_lists_its_documents_by_page_range_and_keeps_a_journal_excerpt_whole(
        binder: tuple[Path, dict]) -> None:
    folder, truth = binder
    validate(truth)
    documents = truth["documents"]
    assert 2 <= len(documents) <= 4
    assert documents[0]["page_range"][0] == 1 and documents[-1]["page_range"][1] == truth["variant"]["pages"]
    journals = [d for d in documents if d["style"] == "journal_cover_toc"]
    assert journals and all(d["page_range"][1] - d["page_range"][0] == 2 for d in journals)
    assert {d["source"] for d in documents} <= {"text_layer", "scan"}
    assert_truth_holds(folder, truth)


def test_a_binder_truth_with_overlapping_pages_is_refused(binder: tuple[Path, dict]) -> None:
    truth = json.loads(json.dumps(binder[1]))
    truth["documents"][1]["page_range"][0] = truth["documents"][0]["page_range"][1]
    with pytest.raises(TruthError):
        validate(truth)


@pytest.mark.slow
def test_the_fresh_set_draws_two_new_styles_of_every_type_and_prints_their_truth(tmp_path: Path) -> None:
    """``fresh``: two styles per doc_type, all of :mod:`fixtures.outside.fresh`, none in tune, heldout or
    the base catalog; each style's text layer holds its truth, and its 合订本 keeps a journal whole."""
    fresh = OUTSIDE_STYLES["fresh"]
    assert "fresh" in SETS and DEFAULT_SEEDS["fresh"] == 41
    assert set(fresh) == set(DOC_TYPES) and all(len(styles) == 2 for styles in fresh.values())
    layouts = [layout for styles in fresh.values() for layout in styles]
    assert len(set(layouts)) == 2 * len(DOC_TYPES)
    assert all(layout.__module__ == "fixtures.outside.fresh" for layout in layouts)
    others = {layout for set_name in ("tune", "heldout") for styles in OUTSIDE_STYLES[set_name].values()
              for layout in styles}
    base = {layout for styles in CATALOG.values() for layout in styles}
    assert not set(layouts) & (others | base)
    assert not {style_name(f) for f in layouts} & {style_name(f) for f in others | base}
    for doc_type in DOC_TYPES:
        for index in (0, 1):
            path = generate_one(tmp_path, "fresh", 41, doc_type, index, "digital")
            truth = json.loads(path.read_text(encoding="utf-8"))
            validate(truth)
            assert truth["set"] == "fresh" and truth["style"] == style_name(fresh[doc_type][index])
            assert_truth_holds(tmp_path, truth)
    truth = json.loads(generate_binder(tmp_path, "fresh", 41, 0).read_text(encoding="utf-8"))
    validate(truth)
    journals = [d for d in truth["documents"] if d["style"] == style_name(THREE_PAGE_JOURNALS["fresh"])]
    assert journals and all(d["page_range"][1] - d["page_range"][0] == 2 for d in journals)
    assert_truth_holds(tmp_path, truth)
    cli = tmp_path / "cli"
    assert main([str(cli), "--set", "fresh", "--per-type", "0", "--binders", "0"]) == 0
    assert json.loads((cli / "manifest.json").read_text(encoding="utf-8"))["seed"] == 41


@pytest.mark.slow  # every style of every set as a text-layer PDF (≈ 35 s)
def test_every_style_prints_its_truth(tmp_path: Path) -> None:
    for set_name in SETS:
        for doc_type, styles in OUTSIDE_STYLES[set_name].items():
            for index in range(len(styles)):
                path = generate_one(tmp_path, set_name, DEFAULT_SEEDS[set_name], doc_type, index, "digital")
                truth = json.loads(path.read_text(encoding="utf-8"))
                validate(truth)
                assert_truth_holds(tmp_path, truth)
        for index in range(0, 4):
            truth = json.loads(generate_binder(tmp_path, set_name, DEFAULT_SEEDS[set_name], index)
                               .read_text(encoding="utf-8"))
            assert_truth_holds(tmp_path, truth)
            data = (tmp_path / truth["file"]).read_bytes()
            generate_binder(tmp_path, set_name, DEFAULT_SEEDS[set_name], index)
            assert (tmp_path / truth["file"]).read_bytes() == data, "a rerun must give the same bytes"


@pytest.mark.slow  # renders every new variant (≈ 15 s)
def test_every_new_variant_opens_as_declared(tmp_path: Path) -> None:
    seen = set()
    for profile in NEW_PROFILES:
        set_name = next(s for s in SETS if profile in OUTSIDE_PROFILES[s])
        for doc_type, index in (("award_certificate", 0), ("standard", 0)):  # one page; two or three pages
            path = generate_one(tmp_path, set_name, DEFAULT_SEEDS[set_name], doc_type, index, profile)
            truth = json.loads(path.read_text(encoding="utf-8"))
            variant = truth["variant"]
            assert variant["profile"] == profile and variant["text_pages"] == []
            file = tmp_path / truth["file"]
            if variant["format"] == "pdf":
                assert len(pdf_pages(file)) == variant["pages"]
                assert not flat("".join(pdf_pages(file)))
            else:
                with Image.open(file) as img:
                    img.load()
                    assert img.format.lower() == variant["format"]
                    if variant["format"] == "tiff":
                        assert img.mode == "1" and img.info.get("compression") == "group4"
                        assert getattr(img, "n_frames", 1) == variant["pages"]
                        assert tuple(round(v) for v in img.info["dpi"]) == (204, 98)
            if profile.startswith("phone_photo"):
                assert 2 <= abs(variant["skew"]) <= 10
            seen.add(variant["format"])
    assert seen >= {"jpeg", "tiff", "png", "pdf"}


@pytest.mark.slow  # every tune2 document of --per-type 1 and a 合订本 (≈ 10 s)
def test_the_second_tuning_set_is_new_styles_with_valid_truths(tmp_path: Path) -> None:
    """``tune2``: two styles per doc_type, all of :mod:`fixtures.outside.second`, none in another set
    or the base catalog; generated with ``--per-type 1`` (each in its set's file variant) every truth
    validates and every text-layer document prints its truth; no two sets share a style."""
    check_split()
    tune2 = OUTSIDE_STYLES["tune2"]
    assert "tune2" in SETS and DEFAULT_SEEDS["tune2"] == 67
    assert set(tune2) == set(DOC_TYPES) and all(len(styles) == 2 for styles in tune2.values())
    layouts = [layout for styles in tune2.values() for layout in styles]
    assert len(set(layouts)) == len(layouts)
    assert all(layout.__module__ == "fixtures.outside.second" for layout in layouts)
    owner: dict[str, str] = {}
    for set_name in SETS:
        for styles in OUTSIDE_STYLES[set_name].values():
            for layout in styles:
                assert owner.setdefault(style_name(layout), set_name) == set_name, f"{style_name(layout)} in two sets"
    base = {layout for styles in CATALOG.values() for layout in styles}
    assert not set(layouts) & base
    assert not set(OUTSIDE_PROFILES["tune2"]) & set(OUTSIDE_PROFILES["heldout"])
    paths = generate(tmp_path, "tune2", per_type=1, binders=1)
    assert len(paths) == len(DOC_TYPES) + 1
    for path in paths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        validate(truth)
        assert truth["set"] == "tune2"
        if "documents" in truth or truth["variant"]["source"] == "text_layer":
            assert_truth_holds(tmp_path, truth)
    for doc_type in DOC_TYPES:  # the second style of each type, as a text layer
        truth = json.loads(generate_one(tmp_path, "tune2", 67, doc_type, 1, "digital").read_text(encoding="utf-8"))
        validate(truth)
        assert truth["style"] == style_name(tune2[doc_type][1])
        assert_truth_holds(tmp_path, truth)
    journal = json.loads(generate_one(tmp_path, "tune2", 67, "journal_paper", 0, "digital").read_text(encoding="utf-8"))
    assert journal["style"] == style_name(THREE_PAGE_JOURNALS["tune2"]) and journal["variant"]["pages"] == 3
