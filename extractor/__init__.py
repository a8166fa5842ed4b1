"""Reading evidence files: text layers, OCR, and the field parsers.

``read_file`` turns a file into pages of lines (text, box, confidence), choosing per page
between the PDF text layer and OCR.  ``extractor.fields`` parses dates, amounts, people
and identifiers out of that text.  Classification lives in ``classifiers``; putting it
together for a document (contract §5) is ``zhicheng.documents``.
"""

from __future__ import annotations

from .model import Line, Page, ReadResult
from .reading import ReadOptions, look_again, read_file

__all__ = ["Line", "Page", "ReadOptions", "ReadResult", "look_again", "read_file"]
