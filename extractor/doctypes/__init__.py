"""Field extraction for each doc_type of CONTRACT §5.

Each extractor takes the document's text (``DocText``) and fills a ``Fields`` record: the
values in their normal forms, where each was read (page, box, confidence, for crops and
for ``low_ocr_confidence``), and issues such as an identifier whose check digit fails.
"""

from __future__ import annotations

from .base import Fields, FieldSource
from .certificates import (extract_award, extract_degree, extract_patent, extract_recognition,
                           extract_recommendation, extract_software, extract_title_certificate)
from .projects import extract_acceptance, extract_revenue
from .publications import extract_book, extract_paper, extract_report, extract_standard

EXTRACTORS = {
    "award_certificate": extract_award,
    "patent_certificate": extract_patent,
    "software_copyright": extract_software,
    "journal_paper": extract_paper,
    "book": extract_book,
    "standard": extract_standard,
    "project_acceptance": extract_acceptance,
    "technical_report": extract_report,
    "revenue_proof": extract_revenue,
    "title_certificate": extract_title_certificate,
    "degree_certificate": extract_degree,
    "recommendation_letter": extract_recommendation,
    "official_recognition": extract_recognition,
}

# The people lists whose order gives the applicant's rank, per doc_type, first present wins
# (a team award lists ``holders``; a personal one names one ``holder``).
RANKED_LISTS = {
    "award_certificate": ("holders", "holder"),
    "patent_certificate": ("inventors",),
    "software_copyright": ("holders",),
    "journal_paper": ("authors",),
    "book": ("authors",),
    "standard": ("drafters",),
    "project_acceptance": ("members",),
    "technical_report": ("authors",),
}

__all__ = ["EXTRACTORS", "RANKED_LISTS", "FieldSource", "Fields"]
