"""One file, several documents: splitting a 合订本 by page (CONTRACT §6.1 ``page_range``).

Applicants scan a patent, an award and a title certificate into one PDF.  Read as one
document, the second certificate is silently lost (and a false rank mismatch or duplicate
follows).  Each page is classified on its own; a page **opens** a document when it is
confidently of a type and shows that type's heading (a cue title in its title zone, or
for a paper the words its first page has, 摘要 and 关键词).  A page that opens nothing
continues the document before it: a contract's second page, an acceptance's member table,
a standard's foreword, the scan after a typed cover sheet.

Then the pieces are checked as documents:

- a piece that is no document on its own (unknown, or none of its type's deciding fields
  read: a cover sheet, a booklet's cover, a contents page) joins its neighbour;
- neighbouring pieces of one type join unless the type fits on one page
  (``DocType.one_page``): three pages of a paper are one paper, two pages headed
  发明专利证书 are two patents.

A file splits only when at least two pieces stand on their own; otherwise it is one
document, exactly as before, so single documents pay nothing but a per-page classification.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifiers import classify
from classifiers.classify import THRESHOLD
from extractor.doctypes import doctype
from extractor.model import ReadResult
from extractor.text import DocText


@dataclass
class Piece:
    first: int
    last: int
    doc_type: str  # what its opening page was classified as ("unknown" for a leading cover)


def _opens(text: DocText, doc_type: str, reasons: list[str]) -> bool:
    """Whether a page is the first page of a document of ``doc_type``."""
    declared = doctype(doc_type)
    if declared is None:
        return False
    if declared.opens_with:
        return all(word in text.compact for word in declared.opens_with)
    return any(r.startswith("标题 ") for r in reasons)


def pieces(result: ReadResult) -> list[Piece]:
    """The page ranges a file's read pages fall into, before they are checked as documents."""
    found: list[Piece] = []
    for page in result.pages:
        if not page.lines:
            if found:
                found[-1].last = page.number
            continue
        text = DocText(result, (page.number, page.number))
        verdict = classify(text)
        kind = verdict.doc_type if verdict.confidence >= THRESHOLD else "unknown"
        current = found[-1] if found else None
        opens = kind != "unknown" and _opens(text, kind, verdict.reasons)
        declared = doctype(kind)
        if current is None:
            found.append(Piece(page.number, page.number, kind))
        elif opens and (kind != current.doc_type or (declared is not None and declared.one_page)) \
                and current.doc_type != "unknown":
            found.append(Piece(page.number, page.number, kind))
        else:
            current.last = page.number
            if current.doc_type == "unknown":
                current.doc_type = kind
    return found


def split(result: ReadResult, build) -> list:
    """The documents of a file: ``build(pages)`` makes one from a page range (or from the
    whole file, ``None``).  One document unless two pieces stand on their own."""
    if sum(1 for p in result.pages if p.lines) < 2:
        return [build(None)]
    found = pieces(result)
    if len(found) < 2:
        return [build(None)]
    built = [(piece, build((piece.first, piece.last))) for piece in found]
    changed = True
    while changed and len(built) > 1:
        changed = False
        for i, (piece, doc) in enumerate(built):
            if _stands_alone(doc):
                continue
            # No document on its own: join the previous piece, or the next one at the start.
            j = i - 1 if i > 0 else i + 1
            built = _joined(built, min(i, j), build)
            changed = True
            break
        if changed:
            continue
        for i in range(len(built) - 1):
            (_, da), (_, db) = built[i], built[i + 1]
            declared = doctype(da.doc_type)
            if da.doc_type == db.doc_type and declared is not None and not declared.one_page:
                built = _joined(built, i, build)
                changed = True
                break
    if len(built) < 2:
        return [build(None)]
    for piece, doc in built:
        pages = f"第{piece.first}页" if piece.first == piece.last else f"第{piece.first}–{piece.last}页"
        doc.reasons.insert(0, f"合订本：本文件按页拆分为 {len(built)} 份材料，这是{pages}")
    return [doc for _, doc in built]


def _joined(built: list, i: int, build) -> list:
    """``built`` with pieces ``i`` and ``i + 1`` made one document."""
    (a, _), (b, _) = built[i], built[i + 1]
    piece = Piece(a.first, b.last, a.doc_type if a.doc_type != "unknown" else b.doc_type)
    return built[:i] + [(piece, build((piece.first, piece.last)))] + built[i + 2:]


def _stands_alone(doc) -> bool:
    """A document on its own: a known type with at least one of its deciding fields read."""
    declared = doctype(doc.doc_type)
    if declared is None:
        return False
    return any(doc.fields.get(k) not in (None, "", []) for k in declared.decisive or declared.fields)
