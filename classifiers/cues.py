"""How much each kind of cue weighs; the cues themselves are declared with each document
type (``extractor.doctypes.<type>.DOCTYPE.cues``).

A title in the title zone of the first page is strong evidence; labels are weaker, each;
an identifier that only one kind of document carries (a patent number, a software
registration number, an ISBN) is strong.
"""

from __future__ import annotations

from extractor.doctypes import REGISTRY, Cues

TITLE_WEIGHT = 4.0
TITLE_ELSEWHERE_WEIGHT = 2.0
LABEL_WEIGHT = 1.0
MAX_LABEL_SCORE = 5.0
IDENTIFIER_WEIGHT = 3.0
PENALTY_WEIGHT = 3.0

CUES: dict[str, Cues] = {key: t.cues for key, t in REGISTRY.items()}

__all__ = ["CUES", "Cues", "IDENTIFIER_WEIGHT", "LABEL_WEIGHT", "MAX_LABEL_SCORE", "PENALTY_WEIGHT",
           "TITLE_ELSEWHERE_WEIGHT", "TITLE_WEIGHT"]
