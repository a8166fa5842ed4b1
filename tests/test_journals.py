"""Core journals (附则（九）): which list and edition a journal was in when the paper came out.

Small lists are written in tmp_path as a user would write them; the shipped list and the
``--user-lists`` build are checked on real data, skipping where ../shared is absent.
"""

from __future__ import annotations

import datetime as dt
import doctest
import json
import subprocess
import sys

import pytest

import journals.names
import journals.serials
from journals import JournalListError, clean_list_name, editions, in_force, key, load_lists
from rules.dates import PartialDate

from .conftest import ROOT, shared_path

HEADER = "list,edition,name,cn,issn,source\n"
MINI = HEADER + (
    "pku,2020,计算机工程与应用,11-2127/TP,1002-8331,test\n"
    "pku,2023,计算机工程与应用,11-2127/TP,1002-8331,test\n"
    "cssci,2021-2022,中国史研究动态,11-1040/K,1002-7971,test\n"
    "cssci,2021-2022,北京大学学报(哲学社会科学版),11-1561/C,,test\n"
)
BUILD = ROOT / "scripts" / "build_journal_lists.py"


def write(tmp_path, text: str, name: str = "mine.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def no_user_dir(tmp_path, monkeypatch):
    """Keep the developer's own ~/.local/share lists out of every test."""
    monkeypatch.setenv("ZHICHENG_DATA_DIR", str(tmp_path / "no-user-dir"))


@pytest.fixture
def mini(tmp_path):
    return load_lists([write(tmp_path, MINI)], shipped=False)


@pytest.fixture(scope="module")
def shipped():
    return load_lists(user_dir=ROOT / "no-such-dir")


# ---- matching: CN first, then ISSN, then name --------------------------------------------

def test_cn_matches_whatever_the_spelling(mini):
    found = mini.lookup(cn="CN 11－1040／K", date=2021)
    assert (found.list, found.edition, found.matched_by, found.name) == (
        "cssci", "2021-2022", "cn", "中国史研究动态")
    assert found.in_force == (2021, 2022)
    assert found.label == "CSSCI（2021-2022）"


def test_issn_matches_when_no_cn_is_given(mini):
    found = mini.lookup(issn="1002-7971", date="2022-12")
    assert (found.list, found.matched_by) == ("cssci", "issn")


def test_name_matches_last(mini):
    found = mini.lookup(name="中国史研究动态", date=2022)
    assert (found.list, found.matched_by) == ("cssci", "name")


def test_a_cn_match_outranks_a_name_match(mini):
    check = mini.check(cn="11-2127/TP", name="计算机工程与应用", date=2021)
    assert check.match.matched_by == "cn"


def test_a_name_whose_listed_cn_differs_from_the_papers_is_not_counted(mini):
    """A counterfeit journal borrowing a real name: the CN tells them apart."""
    check = mini.check(cn="11-9999/K", name="中国史研究动态", date=2022)
    assert check.match is None
    assert "不符" in check.reason


def test_a_cn_in_one_list_vetoes_a_name_only_match_in_another(tmp_path):
    lists = load_lists([write(tmp_path, HEADER + "pku,2020,中国史研究动态,,,names only\n"
                              "cssci,2021-2022,中国史研究动态,11-1040/K,,with CN\n")], shipped=False)
    assert lists.lookup(name="中国史研究动态", date=2021).list == "pku"
    check = lists.check(cn="11-9999/K", name="中国史研究动态", date=2021)
    assert check.matches == ()
    assert "北大核心 2020 年版" in check.reason and "不符" in check.reason


def test_a_namesake_in_another_list_does_not_lend_its_cn(tmp_path):
    """Two journals share a name; the paper's CN is the one not in the edition in force."""
    lists = load_lists([write(tmp_path, HEADER + "pku,2020,某某学报,11-0001/N,,t\n"
                              "cssci,2021-2022,某某学报,11-0002/C,,t\n")], shipped=False)
    check = lists.check(cn="11-0002/C", name="某某学报", date=2021)
    assert [m.list for m in check.matches] == ["cssci"]
    assert "11-0001/N" in check.reason


def test_a_wrong_issn_vetoes_a_name_match(mini):
    assert mini.lookup(issn="0254-4164", name="中国史研究动态", date=2022) is None


def test_a_name_that_fits_two_journals_is_not_counted(tmp_path):
    lists = load_lists([write(tmp_path, "list,edition,name,cn,issn,source,tier,aliases\n"
                              "pku,2023,甲学报,11-0001/N,,t,,学报\n"
                              "pku,2023,乙学报,11-0002/N,,t,,学报\n")], shipped=False)
    check = lists.check(name="学报", date=2023)
    assert check.match is None
    assert "多种期刊" in check.reason
    assert lists.lookup(name="甲学报", date=2023).name == "甲学报"


def test_a_malformed_query_cn_is_ignored_and_said(mini):
    check = mini.check(cn="0-1514/G2", name="中国史研究动态", date=2022)
    assert check.match.matched_by == "name"
    assert "格式不对" in check.reason


def test_a_lookup_needs_something_to_look_up(mini):
    with pytest.raises(ValueError):
        mini.check(date=2022)


def test_expanded_tier_can_be_left_out(tmp_path):
    lists = load_lists([write(tmp_path, "list,edition,name,cn,issn,source,tier\n"
                              "cssci,2025-2026,某某研究,11-0003/C,,t,expanded\n")], shipped=False)
    assert lists.lookup(name="某某研究", date=2025).label == "CSSCI扩展版（2025-2026）"
    assert lists.lookup(name="某某研究", date=2025, include_expanded=False) is None


# ---- editions in force ----------------------------------------------------------------------

def test_a_2022_paper_uses_the_2020_edition_and_a_2023_paper_the_2023_one(mini):
    assert mini.lookup(cn="11-2127/TP", date="2022-12-31").edition == "2020"
    assert mini.lookup(cn="11-2127/TP", date="2022-12-31").in_force == (2020, 2022)
    assert mini.lookup(cn="11-2127/TP", date="2023-01-01").edition == "2023"


def test_a_paper_between_editions_is_never_judged_by_the_next_edition(tmp_path):
    lists = load_lists([write(tmp_path, HEADER + "pku,2023,计算机工程与应用,,,t\n")], shipped=False)
    assert lists.lookup(name="计算机工程与应用", date=2023) is not None
    check = lists.check(name="计算机工程与应用", date=2022)
    assert check.match is None
    assert "2022 年适用 2020 年版" in check.reason and "未载入" in check.reason


def test_a_paper_older_than_every_shipped_edition_gets_none_with_the_reason(shipped):
    check = shipped.check(name="计算机工程与应用", date=1994)
    assert check.match is None
    assert "1994 年适用 1992 年版，该版名单未载入" in check.reason
    assert check.core is None and "北大核心 1992 年版" in check.missing  # cannot tell, not "no"
    assert "1992 年版" in check.reason
    assert "1990 年没有已知的版本" in shipped.check(name="计算机工程与应用", date=1990).reason


def test_cssci_editions_apply_exactly_in_their_two_years(mini):
    assert mini.lookup(cn="11-1040/K", date=2021).edition == "2021-2022"
    for year, edition in ((2020, "2019-2020"), (2023, "2023-2024")):
        check = mini.check(cn="11-1040/K", date=year)
        assert check.match is None
        assert f"适用 {edition} 年版" in check.reason


def test_dates_may_be_partial_dates_days_years_or_text(mini):
    for date in (PartialDate(2022), PartialDate(2022, 12), dt.date(2022, 6, 1), 2022, "2022-06"):
        assert mini.lookup(cn="11-2127/TP", date=date).edition == "2020"


def test_without_a_date_every_loaded_edition_is_searched_and_that_is_said(mini):
    check = mini.check(cn="11-2127/TP")
    assert {m.edition for m in check.matches} == {"2020", "2023"}
    assert check.match.edition == "2023"
    assert "未给出发表时间" in check.reason


def test_edition_table_knows_unshipped_editions():
    assert in_force("pku", 2019).label == "2017"
    assert in_force("pku", 1991) is None
    assert in_force("cssci", 2016) is None
    assert in_force("cscd", 2026).label == "2025-2026"


def test_a_user_edition_ends_the_one_before_it():
    table = {e.label: e for e in editions("pku", {"2026"})}
    assert (table["2023"].first, table["2023"].last) == (2023, 2025)
    assert table["2026"].last is None
    assert in_force("cssci", 2027, {"2027-2028"}).label == "2027-2028"


def test_the_newest_edition_past_its_usual_cycle_still_answers_with_a_caveat(mini):
    check = mini.check(cn="11-2127/TP", date=2026)
    assert check.match.edition == "2023"
    assert "已知最新版" in check.reason


# ---- names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", [
    "北京大学学报(哲学社会科学版)",
    "北京大学学报（哲学社会科学版）",
    "北京大学学报.哲学社会科学版",
    "北京大学学报·哲学社会科学版",
    "北京大学学报：哲学社会科学版",
    "北京大学学报 哲学社会科学版",
    "《北京大学学报》（哲学社会科学版）",
    "北京大学学报（哲社版）",
    "北京大学学报［哲学社会科学版］",
])
def test_bracket_dot_and_width_variants_find_the_same_journal(mini, variant):
    found = mini.lookup(name=variant, date=2022)
    assert found is not None and found.name == "北京大学学报(哲学社会科学版)"


@pytest.mark.parametrize("near_miss", [
    "北京大学学报",                       # no 版: which one?
    "北京大学学报（自然科学版）",          # another journal
    "北京大学学报（哲学社会科学）",        # no 版 in the bracket
    "北京大学学报哲学社会科学版增刊",
    "北京大學學報（哲學社會科學版）",      # traditional characters are not folded
])
def test_nothing_looser_than_normalisation_matches(mini, near_miss):
    assert mini.lookup(name=near_miss, date=2022) is None


def test_a_miss_suggests_the_listed_names_it_starts(mini):
    assert "《北京大学学报(哲学社会科学版)》" in mini.check(name="北京大学学报", date=2022).reason


def test_key_folds_width_case_and_separators_only():
    assert key("ＪＯＵＲＮＡＬ of  WTO-and China") == key("journal of wto and china")
    assert key("计算机工程与应用") != key("计算机工程与应用研究")
    assert key("计算机工程") != key("计算机工程与应用")


@pytest.mark.parametrize("raw, name, aliases", [
    ("当代修辞学（原：修辞学习）", "当代修辞学", ()),
    ("月旦法学（或月旦法学杂志）（台刊）", "月旦法学", ("月旦法学杂志",)),
    ("长江文艺（原创）（上半月刊）（稿酬200-500元/千字）", "长江文艺（原创）（上半月刊）", ()),
    ("《社会科学》（上海）（上海社会科学院学术季刊 合并）", "社会科学（上海）", ()),
    ("WTO与中国（英文版）（Journal of WTO and China）", "WTO与中国（英文版）", ("Journal of WTO and China",)),
    ("中共福建省委党校学报（改名为：中国福建 省委党校（福建行政学院）学报）", "中共福建省委党校学报",
     ("中国福建省委党校(福建行政学院)学报",)),
    ("地理学报（北京）", "地理学报（北京）", ()),
])
def test_list_names_lose_their_notes_but_keep_what_names_the_journal(raw, name, aliases):
    assert clean_list_name(raw) == journals.names.CleanName(name, aliases)


def test_module_examples_hold():
    for module in (journals.names, journals.serials):
        assert doctest.testmod(module).failed == 0


# ---- list files -----------------------------------------------------------------------------

@pytest.mark.parametrize("bad_row, words", [
    ("pku,2023,某刊,11-104/K,,t", ["CN", "NN-NNNN"]),
    ("pku,2023,某刊,99-1040/K,,t", ["地区码"]),
    ("pku,2023,某刊,,1002-7972,t", ["ISSN"]),
    ("pkk,2023,某刊,,,t", ["pkk", "pku, cssci, cscd"]),
    ("pku,23,某刊,,,t", ["版次"]),
    ("pku,2023,,,,t", ["name 列为空"]),
    ("pku,2023,某刊,,,t,extra", ["7 个值、6 列"]),
])
def test_a_malformed_row_names_the_file_and_line(tmp_path, bad_row, words):
    path = write(tmp_path, HEADER + "pku,2023,计算机工程与应用,,,t\n" + bad_row + "\n", "bad.csv")
    with pytest.raises(JournalListError) as err:
        load_lists([path], shipped=False)
    message = str(err.value)
    assert f"{path}:3:" in message
    for word in words:
        assert word in message


def test_a_file_without_the_required_columns_is_refused(tmp_path):
    path = write(tmp_path, "journal,year\n计算机工程与应用,2023\n", "wrong.csv")
    with pytest.raises(JournalListError, match=r"wrong\.csv:1: 表头缺少 list, edition, name"):
        load_lists([path], shipped=False)


def test_comments_blank_lines_and_chinese_list_names_are_read(tmp_path):
    path = write(tmp_path, HEADER + "# my additions\n\n北大核心,2023,某刊,,,t\nCSSCI,2025-2026,某刊,,,t\n")
    lists = load_lists([path], shipped=False)
    assert lists.counts() == {("cssci", "2025-2026", "main"): 1, ("pku", "2023", "main"): 1}


def test_json_lists_are_read_too(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"rows": [{"list": "cscd", "edition": "2025-2026", "name": "计算机学报",
                                          "cn": "11-1826/TP", "issn": "0254-4164"}]}), encoding="utf-8")
    assert load_lists([path], shipped=False).lookup(issn="02544164", date=2025).list == "cscd"
    path.write_text(json.dumps([{"list": "cscd", "edition": "2025-2026"}]), encoding="utf-8")
    with pytest.raises(JournalListError, match=r"mine\.json：第 1 行: name 列为空"):
        load_lists([path], shipped=False)


def test_the_user_directory_is_read_when_present(tmp_path, monkeypatch):
    data = tmp_path / "data"
    (data / "journals" / "warned").mkdir(parents=True)
    write(data / "journals", HEADER + "cscd,2025-2026,计算机学报,11-1826/TP,,mine\n")
    write(data / "journals" / "warned", "year,journal,note,source\n2025,Computers & Electrical Engineering,论文工厂,x\n")
    monkeypatch.setenv("ZHICHENG_DATA_DIR", str(data))
    lists = load_lists()
    assert lists.lookup(cn="11-1826/TP", date=2026).list == "cscd"
    assert [w.note for w in lists.warned("COMPUTERS AND ELECTRICAL ENGINEERING")] == ["论文工厂"]
    assert lists.warned("Computers") == ()


# ---- the shipped list -----------------------------------------------------------------------

def test_shipped_list_rows_per_edition(shipped):
    assert shipped.counts() == {
        ("cscd", "2025-2026", "expanded"): 4, ("cscd", "2025-2026", "main"): 34,
        ("cssci", "2025-2026", "expanded"): 263, ("cssci", "2025-2026", "main"): 669,
        ("pku", "2023", "main"): 1975,
    }
    assert not shipped.has_warned_lists  # GPL data never ships


def test_shipped_list_knows_computer_engineering_as_pku_2023(shipped):
    found = shipped.lookup(name="计算机工程与应用", date="2024-03")
    assert (found.list, found.edition, found.matched_by, found.in_force) == ("pku", "2023", "name", (2023, None))
    assert "北大核心（2023）" in found.source


def test_shipped_list_has_cssci_2025_with_both_tiers(shipped):
    check = shipped.check(name="中国图书馆学报", date=2025)
    assert {m.label for m in check.matches} == {"北大核心（2023）", "CSSCI（2025-2026）"}
    assert shipped.lookup(name="习近平经济思想研究", date=2026).label == "CSSCI扩展版（2025-2026）"
    assert shipped.lookup(name="北京大学学报.哲学社会科学版", date=2025).list == "pku"


def test_shipped_list_matches_no_cn_and_says_so(shipped):
    check = shipped.check(cn="11-2127/TP", date=2024)
    assert check.match is None
    assert "无 CN/ISSN" in check.reason


def test_shipped_list_does_not_stretch_names(shipped):
    assert shipped.lookup(name="计算机工程与应用研究", date=2024) is None
    assert shipped.lookup(name="电脑知识与技术", date=2024) is None
    assert shipped.lookup(name="光明日报（理论版）", date=2025) is None  # a newspaper


def test_journals_imports_nothing_heavy():
    code = ("import sys, journals\n"
            "journals.load_lists().check(name='计算机工程与应用', cn='11-2127/TP', issn='1002-8331', date='2024-01')\n"
            "heavy = [m for m in ('spacy', 'jieba', 'rapidocr', 'onnxruntime', 'pytesseract', 'PIL',\n"
            "         'pypdfium2', 'pdfplumber', 'numpy', 'cv2', 'pandas') if m in sys.modules]\n"
            "print('HEAVY', heavy)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "HEAVY []" in result.stdout, result.stderr


# ---- the build script, against ../shared ------------------------------------------------------

def test_the_shipped_file_is_what_the_build_makes(tmp_path):
    source = shared_path("realdocs", "journal_lists", "pku2023_cssci2025_ami_core_plugin_data.json").parent
    subprocess.run([sys.executable, str(BUILD), "--source", str(source), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    shipped_file = ROOT / "journals" / "data" / "core_journals.csv"
    assert (tmp_path / "core_journals.csv").read_bytes() == shipped_file.read_bytes()


@pytest.fixture(scope="module")
def user_lists(tmp_path_factory):
    source = shared_path("realdocs", "journal_lists", "cssci2021_2022_source_cnki_info.json").parent
    user_dir = tmp_path_factory.mktemp("user") / "journals"
    result = subprocess.run([sys.executable, str(BUILD), "--user-lists", "--source", str(source),
                             "--user-dir", str(user_dir)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return user_dir


def test_user_lists_build_writes_outside_the_repository(user_lists):
    assert sorted(p.name for p in user_lists.iterdir()) == ["cssci_2021-2022.csv", "pku_2020.csv", "warned"]
    assert not (ROOT / "journals" / "data" / "cssci_2021-2022.csv").exists()


def test_user_lists_match_cssci_2021_by_cn(user_lists):
    lists = load_lists(user_dir=user_lists)
    found = lists.lookup(cn="11-1040/K", date="2021-06")
    assert (found.list, found.edition, found.matched_by, found.name) == (
        "cssci", "2021-2022", "cn", "中国史研究动态")
    assert found.issn == "1002-7971"
    assert lists.counts()[("cssci", "2021-2022", "main")] == 613
    assert lists.counts()[("cssci", "2021-2022", "expanded")] == 229
    assert lists.counts()[("pku", "2020", "main")] == 1990


def test_user_lists_fill_the_2020_pku_edition(user_lists):
    lists = load_lists(user_dir=user_lists)
    assert lists.lookup(name="计算机工程与应用", date=2022).edition == "2020"
    assert lists.lookup(name="计算机工程与应用", date=2023).edition == "2023"
    found = lists.lookup(name="北京大学学报（哲学社会科学版）", date=2021)
    assert (found.list, found.name) == ("pku", "北京大学学报.哲学社会科学版")


def test_user_lists_carry_the_warning_list(user_lists):
    lists = load_lists(user_dir=user_lists)
    assert [(w.year, w.note) for w in lists.warned("Wireless Personal Communications")] == [(2025, "论文工厂")]
