"""The commands as other programs see them (CONTRACT §1–§4): JSON shapes, ids, exit codes."""

from __future__ import annotations

import json

import pytest

from rules import load_case, load_catalog
from rules.vocabulary import TARGET_TITLES

from .conftest import FIXTURES, run_cli

# Hand-worked from the rule text (see the comment at the top of each case file):
# eligible, route, the ids of the conditions met, the issue codes raised.
EXPECTED = {
    "contract_example.yaml": (True, "normal",
                              {"3", "5", "12", "13.2.1", "13.2.4", "13.2.5", "13.2.6", "13.3.1", "13.3.4", "13.3.6"},
                              set()),
    "technician_associate.yaml": (True, "normal", {"3", "5", "6"}, set()),
    "assistant_engineer_bachelor_short.yaml": (False, None, {"3", "5"}, set()),
    "engineer_exceptional.yaml": (True, "exceptional", {"3", "5", "11.3", "11.3.2"}, {"before_current_title"}),
    "professorate_not_eligible.yaml": (False, None, {"3", "5", "15.2.4"}, {"not_first_author"}),
}

BASIC = {"technician": "6", "assistant_engineer": "8", "engineer": "10",
         "senior_engineer": "12", "professorate_senior_engineer": "14"}
ITEMS = {"engineer": ("11", 5, 4), "senior_engineer": ("13", 7, 6), "professorate_senior_engineer": ("15", 8, 5)}


def contract_ids(title: str) -> list[str]:
    """The condition ids CONTRACT §4 lists for a title, built from its words."""
    ids = ["3", "5", BASIC[title]]
    if title in ITEMS:
        a, performance, exceptional = ITEMS[title]
        ids += [f"{a}.2.{n}" for n in range(1, performance + 1)]
        ids += [f"{a}.3"] + [f"{a}.3.{n}" for n in range(1, exceptional + 1)]
    return ids


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_evaluate_json_matches_hand_worked_verdict_and_schema(name, schema_validator):
    result = run_cli("evaluate", str(FIXTURES / "cases" / name), "--format", "json")
    verdict = json.loads(result.stdout)
    schema_validator(verdict, "verdict")
    eligible, route, met, codes = EXPECTED[name]
    assert (verdict["eligible"], verdict["route"]) == (eligible, route)
    assert {c["id"] for c in verdict["conditions"] if c["met"]} == met
    assert {i["code"] for i in verdict["issues"]} == codes
    assert result.returncode == (0 if eligible else 1)
    assert result.stderr == ""


@pytest.mark.parametrize("title", [t.value for t in TARGET_TITLES])
def test_every_title_lists_exactly_the_contract_condition_ids(title):
    catalog_ids = [c.id for c in load_catalog().for_title(next(t for t in TARGET_TITLES if t.value == title))]
    assert catalog_ids == contract_ids(title)


def test_contract_example_uses_the_patent_as_evidence_for_13_2_4():
    from rules import evaluate

    verdict = evaluate(load_case(FIXTURES / "cases" / "contract_example.yaml"))
    assert verdict.condition("13.2.4").evidence == [4]
    assert verdict.condition("12").reasons and verdict.condition("12").met


def test_english_case_files_validate_against_the_case_schema(schema_validator):
    import yaml

    chinese_alias_examples = {"technician_associate.yaml"}  # the schema is the English form
    for path in sorted((FIXTURES / "cases").glob("*.yaml")):
        if path.name in chinese_alias_examples:
            continue
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        schema_validator(json.loads(json.dumps(raw, default=str)), "case")  # dates as text


def test_rules_json_lists_each_condition_with_id_article_and_text():
    result = run_cli("rules", "--title", "senior_engineer", "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["conditions"]] == contract_ids("senior_engineer")
    for cond in data["conditions"]:
        assert cond["article"] and cond["text"] and cond["decide"]["check"]


def test_rules_json_without_title_covers_every_title():
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    for title in BASIC:
        ids = [c["id"] for c in data["conditions"] if title in c["titles"]]
        assert ids == contract_ids(title)


def test_rules_table_shows_the_article_words():
    result = run_cli("rules", "--title", "正高级工程师")
    assert result.returncode == 0
    assert "第十五条（二）4" in result.stdout
    assert "第一发明人" in result.stdout


def test_evaluate_table_is_chinese_and_starts_with_the_verdict():
    result = run_cli("evaluate", str(FIXTURES / "cases" / "professorate_not_eligible.yaml"))
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("结论：不符合申报正高级工程师")
    assert "✗ 14" in result.stdout and "✓ 15.2.4" in result.stdout
    assert "还需 2 名" not in result.stdout  # one recommender is there: one more is needed
    assert "还需 1 名本专业或相近专业正高级工程师推荐" in result.stdout


def test_python_dash_m_and_console_script_agree():
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "zhicheng"
    exe = str(script) if script.exists() else shutil.which("zhicheng")
    if exe is None:
        pytest.skip("the console script is not installed in this environment")
    case = str(FIXTURES / "cases" / "contract_example.yaml")
    direct = subprocess.run([exe, "evaluate", case, "-f", "json"], capture_output=True, text=True)
    assert direct.stdout == run_cli("evaluate", case, "-f", "json").stdout
