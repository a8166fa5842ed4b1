"""The document types of CONTRACT §5, each declared once in its own module.

``REGISTRY`` maps a doc_type to its ``DocType`` (``base.DocType``): Chinese name, cues,
field parser, decisive fields, ranked lists, the achievement it becomes, report labels.
To add a layout variant, change the one type's module and its test; to add a type, add
a module with a ``DOCTYPE`` and list it here (``tests/test_doctype_registry.py`` proves
each declaration complete).
"""

from __future__ import annotations

from . import (award_certificate, book, degree_certificate, journal_paper, official_recognition, patent_certificate,
               project_acceptance, recommendation_letter, revenue_proof, software_copyright, standard,
               technical_report, title_certificate)
from .base import Cues, DocType, Fields, FieldSource

_MODULES = (award_certificate, patent_certificate, software_copyright, journal_paper, book, standard,
            project_acceptance, technical_report, revenue_proof, title_certificate, degree_certificate,
            recommendation_letter, official_recognition)

REGISTRY: dict[str, DocType] = {m.DOCTYPE.key: m.DOCTYPE for m in _MODULES}
UNKNOWN_NAME = "无法识别"


def doctype(key: str) -> DocType | None:
    """The declaration of ``key``, or None for ``unknown`` and anything else."""
    return REGISTRY.get(key)


def type_name(key: str) -> str:
    """A doc_type as a reviewer names it (``unknown`` → 无法识别)."""
    found = REGISTRY.get(key)
    return found.name if found else UNKNOWN_NAME if key == "unknown" else key


# Views of the registry that callers index by doc_type.
EXTRACTORS = {k: t.extract for k, t in REGISTRY.items()}
RANKED_LISTS = {k: t.ranked for k, t in REGISTRY.items() if t.ranked}

__all__ = ["EXTRACTORS", "RANKED_LISTS", "REGISTRY", "Cues", "DocType", "FieldSource", "Fields", "doctype",
           "type_name"]
