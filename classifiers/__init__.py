"""Which kind of document is this, and why: ``classify`` gives a doc_type of CONTRACT §5
with a confidence and reasons a reviewer can read.  Below the threshold the answer is
``unknown``, never a guess."""

from __future__ import annotations

from .classify import THRESHOLD, Classification, classify

__all__ = ["THRESHOLD", "Classification", "classify"]
