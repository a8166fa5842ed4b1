"""Every document type is declared once and completely (extractor.doctypes.REGISTRY).

A declaration that lacks a Chinese name, a cue, a label for one of its fields, or that
names a decisive field it never fills, would show up as a report in English, a type the
classifier cannot find, or a check that never fires.  These tests fail on such a gap.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from classifiers.cues import CUES
from extractor import ReadOptions, read_file
from extractor.doctypes import REGISTRY, doctype, type_name
from extractor.text import DocText
from rules.case import KIND_KEYS
from rules.vocabulary import Kind
from tests.conftest import shared_path
from zhicheng.html_assets import DOC_TYPE_ZH, field_label

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]")

# CONTRACT §5: the fields tests rely on, per doc_type.
CONTRACT_FIELDS = {
    "award_certificate": {"award_name", "level", "grade", "project_title", "holder", "rank", "date"},
    "patent_certificate": {"patent_type", "patent_number", "title", "inventors", "patentees", "application_date",
                           "grant_date"},
    "software_copyright": {"software_name", "registration_number", "holders", "date"},
    "journal_paper": {"title", "authors", "journal", "cn", "issn", "date"},
    "book": {"title", "authors", "isbn", "publisher", "date", "words_wan"},
    "standard": {"standard_number", "level", "title", "drafters", "publish_date", "implementation_date"},
    "project_acceptance": {"project_title", "level", "leader", "members", "acceptance_date", "passed"},
    "technical_report": {"title", "report_kind", "authors", "date"},
    "revenue_proof": {"amount_wan", "parties", "date"},
    "title_certificate": {"holder", "title", "date"},
    "degree_certificate": {"holder", "education", "date"},
    "recommendation_letter": {"recommender", "recommender_title", "candidate"},
    "official_recognition": {"issuer", "level", "date"},
}


def test_every_contract_type_is_declared_and_nothing_else():
    schema = json.loads(shared_path("schema", "document.schema.json").read_text(encoding="utf-8"))
    enum = set(schema["properties"]["doc_type"]["enum"]) if "properties" in schema else set()
    if enum:
        assert set(REGISTRY) == enum - {"unknown"}
    assert set(REGISTRY) == set(CONTRACT_FIELDS)


@pytest.mark.parametrize("key", sorted(CONTRACT_FIELDS))
def test_declaration_is_complete(key):
    t = doctype(key)
    assert t is not None and t.key == key
    assert CJK.search(t.name), "a Chinese name for reasons and reports"
    assert type_name(key) == t.name == DOC_TYPE_ZH[key]
    # Cues: something to recognise it by, and a reason to refuse it.
    assert t.cues.titles or t.cues.labels
    assert t.cues.requires and CJK.search(t.cues.requires_why)
    assert CUES[key] is t.cues, "the classifier reads the declared cues, not a copy"
    # Fields: the contract's, and every list it names is one of them.
    assert CONTRACT_FIELDS[key] <= set(t.fields)
    fields = set(t.fields)
    for name in ("decisive", "ranked", "under_seal", "date_fields"):
        assert set(getattr(t, name)) <= fields, f"{name} names a field {key} never fills"
    assert set(t.labels) <= fields
    assert t.leader is None or t.leader in fields
    if key not in ("revenue_proof", "recommendation_letter"):
        assert t.decisive
    # Every field has a Chinese label in reports.
    for f in t.fields:
        assert CJK.search(field_label(f, key)) or f in ("cn", "issn", "isbn"), f"{key}.{f} has no Chinese label"
    assert callable(t.extract)


@pytest.mark.parametrize("key", sorted(CONTRACT_FIELDS))
def test_achievement_facts_use_only_the_kinds_keys(key):
    """A type that evidences achievements says which, and gives only keys those kinds have."""
    t = doctype(key)
    assert bool(t.kinds) == (t.facts is not None)
    fields = {f: None for f in t.fields}
    for kind in t.kinds:
        assert isinstance(kind, Kind)
        facts = t.facts({**fields}, kind, 1, True)
        assert set(k for k, v in facts.items() if v is not None) <= set(KIND_KEYS[kind]) | {"date"}


def test_people_lists_have_ranks():
    """Every type that lists people in an order that rules read gives that list."""
    for key in ("award_certificate", "patent_certificate", "software_copyright", "journal_paper", "book",
                "standard", "project_acceptance", "technical_report"):
        assert doctype(key).ranked, key


@pytest.mark.parametrize("key", sorted(CONTRACT_FIELDS))
def test_parser_fills_only_declared_fields(key):
    """The digital fixture of each type: its parser reports no field its declaration omits."""
    path = next((ROOT / "fixtures" / "docs").glob(f"{key}-00-*.pdf"))
    text = DocText(read_file(path, ReadOptions(use_cache=False)))
    got = doctype(key).extract(text)
    assert set(got.values) <= set(doctype(key).fields)
    assert got.values, f"the {key} fixture should give fields"
