"""Bad case files: every kind gives exit 2 and one line naming file, key, expectation."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules import CaseError, evaluate, load_case, parse_case

from .conftest import run_cli

GOOD = """\
as_of: 2025-12-31
applicant:
  education: bachelor
  current_title: engineer
  current_title_date: 2019-06-30
  target_title: senior_engineer
achievements:
  - {kind: patent, patent_type: invention, granted: true, rank: 3, date: 2021-05-01}
"""

# (name, case text, key path the message must name, words it must contain, suggestion or None)
BAD_CASES = [
    ("misspelt applicant key", GOOD.replace("education:", "educaton:"),
     "applicant.educaton", "未知的键", "education"),
    ("misspelt top-level key", GOOD.replace("achievements:", "achievments:"),
     "achievments", "未知的键", "achievements"),
    ("misspelt education value", GOOD.replace("education: bachelor", "education: bachelr"),
     "applicant.education", "之一", "bachelor"),
    ("misspelt Chinese title", GOOD.replace("target_title: senior_engineer", "target_title: 高级工程帅"),
     "applicant.target_title", "之一", "高级工程师"),
    ("misspelt achievement kind", GOOD.replace("kind: patent", "kind: patnet"),
     "achievements[0].kind", "之一", "patent"),
    ("misspelt achievement key", GOOD.replace("rank: 3", "rnak: 3"),
     "achievements[0].rnak", "未知的键", "rank"),
    ("key of another kind", GOOD.replace("granted: true", "granted: true, grade: 一等奖"),
     "achievements[0].grade", "未知的键", None),
    ("missing required applicant key", GOOD.replace("  target_title: senior_engineer\n", ""),
     "applicant.target_title", "缺少必填的键", None),
    ("missing required achievement key", GOOD.replace("patent_type: invention, ", ""),
     "achievements[0].patent_type", "缺少必填的键", None),
    ("impossible date", GOOD.replace("2019-06-30", "2019-02-30"),
     "applicant.current_title_date", "不是真实的日期", None),
    ("date in another format", GOOD.replace("2019-06-30", "2019/06/30"),
     "applicant.current_title_date", "YYYY-MM-DD", None),
    ("rank zero", GOOD.replace("rank: 3", "rank: 0"),
     "achievements[0].rank", "不小于 1 的整数", None),
    ("rank as words", GOOD.replace("rank: 3", "rank: three"),
     "achievements[0].rank", "不小于 1 的整数", None),
    ("boolean as text", GOOD.replace("granted: true", "granted: 'yes'"),
     "achievements[0].granted", "true 或 false", None),
    ("negative amount", GOOD + "  - {kind: revenue, amount_wan: -5, date: 2022-01-01}\n",
     "achievements[1].amount_wan", "不小于 0", None),
    ("achievements not a list", GOOD.split("achievements:")[0] + "achievements: {kind: patent}\n",
     "achievements", "应为成果列表", None),
    ("achievement not a mapping", GOOD + "  - patent\n",
     "achievements[1]", "应为", None),
    ("applying for no title", GOOD.replace("target_title: senior_engineer", "target_title: none"),
     "applicant.target_title", "要申报的职称", None),
    ("duplicate key", GOOD.replace("  education: bachelor\n", "  education: bachelor\n  education: master\n"),
     "第 4 行", "重复出现", None),
    ("malformed YAML", GOOD.replace("granted: true,", "granted: [true,"),
     "行", "YAML 格式错误", None),
    ("empty file", "", "（顶层）", "空的", None),
    ("a list instead of a mapping", "- 1\n- 2\n", "（顶层）", "应为映射", None),
]


@pytest.mark.parametrize("name,text,key,words,suggestion", BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_case_raises_one_line_error_naming_key(tmp_path: Path, name, text, key, words, suggestion):
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CaseError) as caught:
        load_case(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path) + ":")
    assert key in message and words in message
    if suggestion:
        assert f"是否想写 '{suggestion}'" in message


CLI_CASES = [c for c in BAD_CASES if c[0] in ("misspelt applicant key", "malformed YAML",
                                               "impossible date", "empty file")]


@pytest.mark.parametrize("name,text,key,words,suggestion", CLI_CASES, ids=[c[0] for c in CLI_CASES])
def test_cli_exits_2_with_the_message_on_stderr(tmp_path: Path, name, text, key, words, suggestion):
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    for fmt in ("table", "json"):
        result = run_cli("evaluate", str(path), "--format", fmt)
        assert result.returncode == 2
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and key in lines[0]


def test_missing_file_exits_2(tmp_path: Path):
    result = run_cli("evaluate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert "nope.yaml" in result.stderr and "文件不存在" in result.stderr


def test_directory_and_binary_files_exit_2(tmp_path: Path):
    assert run_cli("evaluate", str(tmp_path)).returncode == 2
    binary = tmp_path / "case.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = run_cli("evaluate", str(binary))
    assert result.returncode == 2 and "UTF-8" in result.stderr


def test_unknown_format_and_title_are_usage_errors():
    assert run_cli("rules", "--format", "xml").returncode == 2
    result = run_cli("rules", "--title", "高级工程帅")
    assert result.returncode == 2 and "是否想写 '高级工程师'" in result.stderr


def test_chinese_aliases_give_the_same_verdict_as_english():
    english = parse_case({
        "as_of": "2025-12-31",
        "applicant": {"education": "bachelor", "current_title": "engineer",
                      "current_title_date": "2019-06-30", "target_title": "senior_engineer"},
        "achievements": [{"kind": "award", "level": "provincial", "rank": 1, "date": "2022-01"},
                         {"kind": "standard", "level": "industry", "rank": 5, "date": "2022"}],
    })
    chinese = parse_case({
        "as_of": "2025-12-31",
        "applicant": {"education": "本科", "current_title": "工程师",
                      "current_title_date": "2019-06-30", "target_title": "高级工程师"},
        "achievements": [{"kind": "奖励", "level": "省(部)级", "rank": 1, "date": "2022-01"},
                         {"kind": "标准", "level": "行业", "rank": 5, "date": "2022"}],
    })
    assert evaluate(english).to_dict() == evaluate(chinese).to_dict()


@pytest.mark.parametrize("value,iso", [("2021", "2021"), ("2021-03", "2021-03"),
                                       ("2021-03-15", "2021-03-15"), (2021, "2021")])
def test_dates_accept_year_month_and_day_precision(value, iso):
    case = parse_case({"as_of": value, "applicant": {"education": "bachelor", "current_title": "none",
                                                      "target_title": "technician"}})
    assert case.as_of.iso() == iso


def test_as_of_defaults_to_the_end_of_this_year():
    import datetime as dt

    case = parse_case({"applicant": {"education": "bachelor", "current_title": "none",
                                     "target_title": "technician"}})
    assert case.as_of.iso() == f"{dt.date.today().year}-12-31"
