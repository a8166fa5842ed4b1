"""One evidence file → one document record (CONTRACT §5): read, classify, extract.

This is where ``extractor`` and ``classifiers`` meet.  Every step's problems become issues
on the record; nothing here raises for a bad file, so a bundle never loses its other files.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from extractor import ReadOptions, look_again, read_file
from extractor.fields.names import printed_alone
from extractor.model import ReadResult
from extractor.normalize import void_stamp

LOW_CONFIDENCE = 0.80  # an OCR line below this on a decisive field gets low_ocr_confidence
# A page OCR read poorly as a whole (mean line confidence below POOR_PAGE: a 90 dpi, blurred,
# dark scan of which the engine found three lines) is doubted more: its lines below
# POOR_PAGE_BAR are questions for a person too, not only those below LOW_CONFIDENCE.
POOR_PAGE = 0.93
POOR_PAGE_BAR = 0.90
# The half of a shared page a document stands on, as a person names it (``Document.page_part``).
HALVES = {"left": "左半", "right": "右半", "top": "上半", "bottom": "下半"}


def _declared(doc_type: str):
    from extractor.doctypes import doctype

    return doctype(doc_type)


@dataclass
class Document:
    file: str
    sha256: str
    pages: int
    text_source: str
    doc_type: str
    confidence: float
    reasons: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    issues: list[dict[str, Any]] = field(default_factory=list)
    field_sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # where each field was read
    page_notes: list[str] = field(default_factory=list)
    # Geometry of each page read (source, rotation, skew, scale): what a report needs to
    # crop the place a field was read from.
    page_info: list[dict[str, Any]] = field(default_factory=list)
    # Not part of the record: places the extractor expected a value and read none
    # (field, page, box), for a second reading (``examine``).
    look_again: list[tuple[str, int, tuple[float, float, float, float]]] = field(default_factory=list, repr=False)
    # Not part of the record: values taken only when the second looks read none either
    # (``extractor.doctypes.base.Fields.fallbacks``).
    fallbacks: dict[str, tuple[Any, Any, str, str]] = field(default_factory=dict, repr=False)
    # Pages of the file this document is (first, last; 1-based, inclusive) when the file
    # holds several documents (a 合订本, ``zhicheng.binder``); None for the whole file.
    page_range: tuple[int, int] | None = None
    # Which half of its one page the document is ("left" or "right", "top" or "bottom") when two
    # documents share it (``binder.unfold``: two certificates copied onto one sheet); else None.
    page_part: str | None = None
    # Not part of the record: OCR'd pages read poorly as a whole (see POOR_PAGE).
    poor_pages: set[int] = field(default_factory=set, repr=False)
    # Not part of the record: a people list OCR glued into one run (the extractor's
    # ``glued_people``), kept so that the applicant's rank can be found once the name is
    # known (``rank_applicant``; a bundle without profile learns the name from its certificates).
    glued_people: str | None = field(default=None, repr=False)
    # Not part of the record: other orders its list of people may be meant in (the extractor's
    # ``other_orders``); the applicant's place is the worst of them (``rank_applicant``).
    other_orders: list[list[str]] = field(default_factory=list, repr=False)
    # Not part of the record: the records of a numbered 附件 the document carries (the
    # extractor's ``rows``: ``{field: (value, source)}``), one of which is the applicant's.
    rows: list[dict[str, Any]] = field(default_factory=list, repr=False)
    # Not part of the record: the document's words run together, to tell a name that is on
    # the page but in no list read from it from a name that is nowhere.
    words: str = field(default="", repr=False)

    def doubt_bar(self, page: int | None) -> float:
        """Below this confidence a value read on ``page`` needs a person's check."""
        return POOR_PAGE_BAR if page in self.poor_pages else LOW_CONFIDENCE

    @property
    def key(self) -> str:
        """What tells this document from the others of the bundle: its file, and its pages
        when the file holds several."""
        if self.page_range is None:
            return self.file
        return f"{self.file}#{self.page_range[0]}-{self.page_range[1]}" + (f"-{self.page_part}" if self.page_part else "")

    @property
    def label(self) -> str:
        """The document as a person names it: ``合订本.pdf`` or ``合订本.pdf（第2–3页）``."""
        if self.page_range is None:
            return self.file
        first, last = self.page_range
        half = HALVES.get(self.page_part or "", "")
        return f"{self.file}（第{first}页{half}）" if first == last else f"{self.file}（第{first}–{last}页）"

    def to_dict(self) -> dict[str, Any]:
        out = {
            "file": self.file, "sha256": self.sha256, "pages": self.pages, "text_source": self.text_source,
            "doc_type": self.doc_type, "confidence": self.confidence, "reasons": self.reasons,
            "fields": self.fields, "issues": self.issues, "field_sources": self.field_sources,
            "page_notes": self.page_notes, "page_info": self.page_info,
        }
        if self.page_range is not None:
            out["page_range"] = list(self.page_range)
        if self.page_part is not None:
            out["page_part"] = self.page_part
        return out

    def to_stored(self) -> dict[str, Any]:
        """The record a service keeps to judge the document again without reading it
        (``document_from_dict``): ``to_dict`` and its words, which tell whether a name is on
        the page (a certificate whose holder went unread, a list that missed him).  Never
        printed: the words are the page's text."""
        return {**self.to_dict(), "words": self.words}


# The issue of a paper stamped void or specimen: it backs nothing (``voided``).
VOID_CODE = "void_document"


def voided(doc: Document) -> bool:
    """Whether ``doc`` is stamped 作废 or 样本: read and shown, never evidence."""
    return any(i.get("code") == VOID_CODE for i in doc.issues)


def document_from_dict(data: dict[str, Any]) -> Document:
    """A document record back from its JSON (``Document.to_dict``): what a correction is
    applied to and judged again, with no second reading."""
    page_range = data.get("page_range")
    return Document(file=data["file"], sha256=data["sha256"], pages=data["pages"], text_source=data["text_source"],
                    doc_type=data["doc_type"], confidence=data["confidence"], reasons=list(data.get("reasons", [])),
                    fields=dict(data.get("fields", {})), issues=[dict(i) for i in data.get("issues", [])],
                    field_sources=dict(data.get("field_sources", {})), page_notes=list(data.get("page_notes", [])),
                    page_info=list(data.get("page_info", [])),
                    page_range=tuple(page_range) if page_range else None, page_part=data.get("page_part"),
                    words=str(data.get("words", "")))


# The sha256 of a document whose bytes were never read (refused before opening, or lost with a
# crashed worker): the schema asks for 64 hex digits, and no real content hashes to this.
UNREAD_SHA256 = "0" * 64


def refused_document(refusal) -> Document:
    """The record of a file that was not read (``zhicheng.intake.Refusal``): its one issue."""
    return Document(file=refusal.file, sha256=UNREAD_SHA256, pages=0, text_source="none", doc_type="unknown",
                    confidence=0.0, reasons=[refusal.message], issues=[refusal.issue()])


def _issue(severity: str, code: str, message: str, file: str, page: int | None = None) -> dict[str, Any]:
    out = {"severity": severity, "code": code, "message": message, "file": file}
    if page is not None:
        out["page"] = page
    return out


def _ranked_people(doc: Document, ranked: tuple[str, ...], leader_key: str | None) -> list[str]:
    """The ordered list the applicant's rank is read from: the first of ``ranked`` present;
    a leader the type names (an acceptance's 项目负责人) counts first, then the others."""
    people: list[str] = []
    for key in ranked:
        value = doc.fields.get(key)
        if value:
            people = [value] if isinstance(value, str) else list(value)
            break
    leader = doc.fields.get(leader_key) if leader_key else None
    if leader:
        people = [leader] + [p for p in people if p != leader]
    return people


def _leader_misread(doc: Document, declared, people: list[str], rank: int | None) -> None:
    """A scan's leader counted first because his name is in no place of the list, when a
    listed name is his but for a letter or two (晏丽君 over a list read 安丽信、冉茂林、皮志刚,
    probe DI pa07): the others' places are one lower if that is he, so the rank is flagged."""
    leader = doc.fields.get(declared.leader) if declared.leader else None
    listed = people[1:] if leader and people and people[0] == leader else []
    printed = next((doc.fields[k] for k in declared.ranked if doc.fields.get(k)), None)
    if rank is None or rank < 2 or not listed or doc.text_source == "text_layer" or not isinstance(printed, list) \
            or leader in printed:
        return
    near = next((p for p in listed if len(p) == len(leader) and len(leader) >= 3
                 and sum(a == b for a, b in zip(p, leader)) >= len(leader) - 2), None)
    if near is not None:
        doc.issues.append(_issue("warning", "low_ocr_confidence",
                                 f"负责人 {leader} 不在读出的名单中，名单中的 {near} 与其相近，可能是误读：排名按负责人另列居首计为 {rank}，"
                                 f"若二者为同一人则为 {rank - 1}，需人工核对", doc.file))


def examine_all(path: str | Path, options: ReadOptions | None = None, name: str | None = None,
                display_name: str | None = None) -> list[Document]:
    """Read one file, and classify and extract each document in it: one, or several when the
    file is a 合订本 (``zhicheng.binder``; each then carries its ``page_range``)."""
    from .binder import split, unfold

    display = display_name or str(path)
    result = read_file(path, options, display_name=display)
    unfolded, origin = unfold(result)
    if not origin:
        return split(result, lambda pages: _examined(path, result, options, name, pages))
    # Two documents side by side on a page: its halves are read as pages of their own, and
    # each document is then named by the file's pages (and the half) it stands on.
    second_halves = frozenset(n for n, (_, side) in origin.items() if side in ("right", "bottom"))
    documents = split(unfolded, lambda pages: _examined(path, unfolded, options, name, pages, second_looks=False,
                                                        origin=origin), halves=second_halves)
    if len(documents) < 2:
        return [_examined(path, result, options, name, None)]
    for document in documents:
        _refolded(document, origin, len(documents))
    return documents


def _refolded(doc: Document, origin: dict[int, tuple[int, str | None]], count: int) -> None:
    """A document of an unfolded file (``binder.unfold``) named by the file's own pages: its
    page range, its half of a page, and the pages its fields and notes were read on."""
    first, last = doc.page_range or (min(origin), max(origin))
    doc.page_range = (origin[first][0], origin[last][0])
    doc.page_part = origin[first][1] if first == last else None
    doc.pages = doc.page_range[1] - doc.page_range[0] + 1
    for source in doc.field_sources.values():
        if isinstance(source, dict) and source.get("page") in origin:
            source["page"] = origin[source["page"]][0]
    for issue in doc.issues:
        if issue.get("page") in origin:
            issue["page"] = origin[issue["page"]][0]
    seen, info = set(), []
    for page in doc.page_info:
        page["number"] = origin.get(page.get("number"), (page.get("number"), None))[0]
        if page["number"] not in seen:
            seen.add(page["number"])
            info.append(page)
    doc.page_info = info
    a, b = doc.page_range
    where = (f"第{a}页" if a == b else f"第{a}–{b}页") + HALVES.get(doc.page_part or "", "")
    doc.reasons = [f"合订本：本文件拆分为 {count} 份材料（同一页上的两份分开），这是{where}"] + \
        [r for r in doc.reasons if not r.startswith("合订本：")]


def examine(path: str | Path, options: ReadOptions | None = None, name: str | None = None,
            display_name: str | None = None) -> Document:
    """Read, classify and extract one file as one document (``examine_all`` splits a 合订本)."""
    display = display_name or str(path)
    return _examined(path, read_file(path, options, display_name=display), options, name, None)


def _examined(path: str | Path, result: ReadResult, options: ReadOptions | None, name: str | None,
              pages: tuple[int, int] | None, second_looks: bool = True,
              origin: dict[int, tuple[int, str | None]] | None = None) -> Document:
    """One document of a read file (all of it, or ``pages``), with second looks.

    When a field that a red seal may cover is missing, or the extractor points at a place
    where a value is printed but none was read (an empty table cell), those places are
    read a second time (``extractor.look_again``) and only the missing fields are taken
    from that reading.  Documents read fully the first time pay nothing for it.
    """
    document = document_from(result, name, pages)
    declared = _declared(document.doc_type)
    under_seal = [k for k in (declared.under_seal if declared else ()) if document.fields.get(k) is None]
    mine = [page for page in result.pages if pages is None or pages[0] <= page.number <= pages[1]]
    # A date read through a seal's red, in part (2023-02 where the day is printed too) or not
    # quite surely: its digits may be the ring's strokes (2024-03-28 read 03-23).
    stamped = [k for k in (declared.under_seal if declared else ()) if k in declared.date_fields + ("date",)
               and _through_seal(document, k, mine)]
    seals = bool(under_seal or stamped) and any(page.seals for page in mine)
    ocr_pages = {page.number for page in mine if page.source == "ocr"}
    regions: dict[int, list] = {}
    for _field, page, box in document.look_again:
        if page in ocr_pages:  # a text layer has nothing more to give
            regions.setdefault(page, []).append(box)
    # Lines standing on end on an upright page (a journal's CN, ISSN and issue up its margin),
    # which OCR's own quarter turn often reads upside down: read turned when a field that
    # decides something is missing.
    missing = [k for k in (declared.decisive if declared else ()) if document.fields.get(k) is None]
    turned = bool(missing) and any(line.standing for page in mine if page.source == "ocr" for line in page.lines)
    # (a page's half, unfolded, is read again on the file's page, its other half left out:
    # the date under a seal of two certificates copied onto one sheet, probe DD S02)
    # (never when two of its pages are halves of one page of the file)
    to_file = {page.number: origin[page.number][0] for page in mine} if origin else {}
    filed = bool(to_file) and len(set(to_file.values())) == len(to_file)
    if (seals or regions or turned) and (second_looks or filed):
        from dataclasses import replace

        if filed:
            again = look_again(path, replace(result, pages=[replace(page, number=to_file[page.number]) for page in mine]),
                               options, seals=seals, regions={to_file[n]: boxes for n, boxes in regions.items()},
                               turned=turned, parts={origin[n][0]: origin[n][1] for n in to_file if origin[n][1]})
            back = {file_page: n for n, file_page in to_file.items()}
            again = replace(again, pages=[replace(page, number=back[page.number]) for page in again.pages])
        else:
            again = look_again(path, replace(result, pages=mine), options, seals=seals, regions=regions, turned=turned)
        second = document_from(again, name, pages)
        if second.doc_type == document.doc_type:
            how = "、".join(["印章处去章重新识别"] * seals + ["空白单元格单独识别"] * bool(regions)
                           + ["页边竖排文字转正识别"] * turned)
            _fill_from(document, second, how)
            for key in stamped:
                _settle_through_seal(document, second, key)
    for key, (value, source, note, code) in document.fallbacks.items():
        if document.fields.get(key) is None:
            document.fields[key] = value
            document.field_sources[key] = source.to_dict()
            document.reasons.append(note)
            document.issues.append(_issue("info", code, note, document.file, source.page))
    if declared is not None and declared.choices is not None and second_looks:
        _look_at_ticks(path, result, options, document, declared, pages)
    if declared is not None and declared.unsigned is not None and second_looks:
        _look_at_signatures(path, result, options, document, declared, pages)
    return document


def _look_at_signatures(path, result: ReadResult, options: ReadOptions | None, document: Document, declared,
                        pages: tuple[int, int] | None) -> None:
    """A scanned contract whose signing block OCR read blank (甲方（盖章）： with nothing after it,
    日期 empty or a day typed in): its band is looked at for ink that is none of its printed
    words (``extractor.ticks.unread_ink``): a seal, red or grey, or a signature.  A side whose
    band holds none has not signed, and a sum the contract names is no sale yet (a wrong met
    on 2,800万, probe CN G7-5).  A red seal found on the page there signs it; a look that fails
    leaves the reading as it was."""
    if document.fields.get("amount_wan") is None or document.fields.get("realised") is False:
        return
    from extractor.text import DocText

    places = declared.unsigned(DocText(result, pages))
    if not places:
        return
    from extractor.images import box_scale, page_view
    from extractor.ticks import UNREAD, unread_ink

    try:
        views: dict[int, Any] = {}
        for number, (x0, top, x1, bottom), printed in places:
            page = next(p for p in result.pages if p.number == number)
            if any(x0 <= sx + sw / 2 <= x1 and top <= sy + sh / 2 <= bottom for sx, sy, sw, sh in page.seals):
                continue  # (a red seal centred in the band: taken off before OCR, it signs the side)
            view = views.get(number) or views.setdefault(number, page_view(Path(path), page, (options or ReadOptions()).dpi))
            k = box_scale(page)
            height = sorted(b[3] - b[1] for b in printed)[len(printed) // 2] if printed else 20.0
            # (the look reaches past the band, so that a mark is whole and counted where its centre
            # is: a seal stamped across two sides' bands signs the one it stands in most, probe EF r7h)
            margin = 5 * height
            cx0, cy0 = max(0.0, x0 - margin), max(0.0, top - margin)
            cx1, cy1 = min(float(page.width), x1 + margin), min(float(page.height), bottom + margin)
            crop = view.crop((cx0 * k, cy0 * k, cx1 * k, cy1 * k))
            # (a red seal centred elsewhere is another side's, however far it reaches into this band,
            # probe EG c1: its ring's pieces cut by the words' boxes are not this side's marks)
            others = [(sx, sy, sx + sw, sy + sh) for sx, sy, sw, sh in page.seals]
            inked = unread_ink(crop, [((a - cx0) * k, (b - cy0) * k, (c - cx0) * k, (d - cy0) * k) for a, b, c, d in printed + others],
                               height * k, within=((x0 - cx0) * k, (top - cy0) * k, (x1 - cx0) * k, (bottom - cy0) * k))
            if inked < UNREAD:
                document.fields["realised"] = False
                document.issues.append(_issue(
                    "warning", "revenue_not_realised",
                    f"扫描件中至少一方的签字盖章处空白（该处除印刷文字外未见印章或签名笔迹）：合同尚未生效，金额 "
                    f"{document.fields['amount_wan']:g} 万元不计入累计营收，需人工核对原件", document.file, number))
                document.reasons.append(f"第 {number} 页签字盖章处按墨迹判读：未见印章或签名")
                return
    except Exception:  # noqa: BLE001 - a look that fails leaves the first reading
        return


def _about(found: dict, code: str, key: str) -> bool:
    """``found`` is an issue ``code`` about the field ``key`` (its message ends ``（key）``): a tick
    read again settles that, not what else the code says (自行组织验收, ``self_accepted``)."""
    return found.get("code") == code and found.get("message", "").endswith(f"（{key}）")


def _look_at_ticks(path, result: ReadResult, options: ReadOptions | None, document: Document, declared,
                   pages: tuple[int, int] | None) -> None:
    """A form's options whose marks were not read (a √ drawn by hand): the box holding clearly
    more pen ink than the others is the one ticked (``extractor.ticks``), and the value is taken
    with a warning — an inference from ink, for a person to confirm.  Ink that runs on past the
    box (a signature across the row) ticks nothing; and a tick the reading inferred from the
    other boxes read empty is withdrawn where pen ink stands near the options (a signature over
    the box OCR could not read)."""
    from extractor.text import DocText

    found = declared.choices(DocText(result, pages))
    if found is None:
        return
    key, options_found, inferred = found
    inferred = inferred and document.fields.get(key) is not None
    if document.fields.get(key) is not None and not inferred:
        return
    from extractor.images import box_scale, page_view
    from extractor.ticks import empty, filled, ink_share, pen_width, ticked

    shares, near, strokes = [], [], []
    inside: list[float] | None = None  # the ink inside each printed box, where they were found
    try:
        views = {}
        for _, number, (x0, y0, x1, y1) in options_found:
            page = next(p for p in result.pages if p.number == number)
            view = views.get(number) or views.setdefault(number, page_view(Path(path), page, (options or ReadOptions()).dpi))
            k, h = box_scale(page), y1 - y0
            shares.append(ink_share(view.crop((x0 * k, y0 * k, x1 * k, y1 * k))))
            # (pen ink anywhere about the box, a signature under it: enough to doubt an inference)
            near.append(ink_share(view.crop((x0 * k, (y0 - 0.8 * h) * k, x1 * k, (y1 + 0.8 * h) * k))))
            # (ink running on along the row past the box, a signature across it: no tick)
            band = view.crop(((x0 - 3 * h) * k, y0 * k, (x1 + 3 * h) * k, y1 * k))
            strokes.append(pen_width(band) > 2.5 * h * k)
        inside = _inside_boxes(options_found, result, views)
    except Exception:  # noqa: BLE001 - a look that fails leaves the first reading
        return
    chosen = ticked(shares)
    marked = filled(inside) if inside is not None else None
    if inferred:
        # (pen ink that ticks the very option inferred confirms it; any other pen ink there does not;
        # and the boxes, where all are found, must show that option's box and no other marked)
        agrees = chosen is not None and not strokes[chosen] and options_found[chosen][0] == document.fields.get(key)
        seen = inside is None or marked is not None and options_found[marked][0] == document.fields.get(key)
        doubted = any(share > 0.002 for share in near) and not agrees
        if doubted or not seen:
            document.fields[key] = None
            document.field_sources.pop(key, None)
            # (the reading's warning on its inference, which names the field it is about)
            document.issues = [i for i in document.issues
                               if not (i.get("code") == "low_ocr_confidence" and i.get("message", "").endswith(f"（{key}）"))]
            why = ("旁边有手写笔迹（可能是签名覆盖）" if doubted else
                   "各选项框内均无勾选笔迹（可能未勾选）" if inside and empty(inside) else "选项框内的笔迹与推断不符")
            document.issues.append(_issue("warning", "acceptance_unclear",
                                          f"验收结论的勾选框有一项未读出，{why}：不按其他空框推断，"
                                          f"此项暂不计，需人工核对（{key}）", document.file, options_found[0][1]))
        return
    if chosen is not None and (strokes[chosen] or marked is not None and marked != chosen):
        chosen = None  # (a signature across the row, or boxes that show another option marked)
    if chosen is None and marked is not None:
        chosen = marked
    if chosen is not None and options_found[chosen][0] is None:
        # (基本通过 or 有条件通过 ticked: neither a pass nor a failure the reader may decide)
        document.issues = [i for i in document.issues if not _about(i, "acceptance_unclear", key)]
        document.issues.append(_issue("warning", "acceptance_unclear",
                                      "验收结论勾选的是「基本通过」一类的有条件结论（按选项框内的墨迹判读）：此项暂不计，"
                                      f"需人工核对（{key}）", document.file, options_found[chosen][1]))
        return
    if chosen is None:
        return
    value, number, area = options_found[chosen]
    document.fields[key] = value
    document.field_sources[key] = {"page": number, "box": [round(v, 1) for v in area], "confidence": 0.5}
    document.issues = [i for i in document.issues if not _about(i, "acceptance_unclear", key)]
    document.issues.append(_issue("warning", "low_ocr_confidence",
                                  f"勾选标记未能识别为文字，按选项框内的墨迹判读为「{'通过' if value else '不通过'}」，"
                                  f"需人工核对（{key}）", document.file, number))


def _inside_boxes(options_found, result: ReadResult, views) -> list[float] | None:
    """The share of ink inside each option's printed box, whatever the ink's colour
    (``extractor.ticks.boxes``), in the options' order; None when the boxes found are not one
    to an option on one page."""
    from extractor.images import box_scale
    from extractor.ticks import boxes

    numbers = {number for _, number, _ in options_found}
    if len(numbers) != 1:
        return None
    number = numbers.pop()
    page = next(p for p in result.pages if p.number == number)
    view, k = views[number], box_scale(page)
    areas = [area for _, _, area in options_found]
    h = max(y1 - y0 for _, y0, _, y1 in areas)
    # (the whole row about the options: where each box stands is only estimated from the letters)
    left = max(0.0, min(a[0] for a in areas) - 6 * h)
    right = min(view.width / k, max(a[2] for a in areas) + h)
    top, bottom = max(0.0, min(a[1] for a in areas) - 0.4 * h), min(view.height / k, max(a[3] for a in areas) + 0.4 * h)
    found = boxes(view.crop((left * k, top * k, right * k, bottom * k)), h * k)
    # (only the boxes before the options' words: the row may go on past them)
    starts = sorted((a[0] + 1.5 * h - left) * k for a in areas)
    found = [b for b in found if b[0] < starts[-1] + 0.5 * h * k]
    if len(found) != len(areas):
        return None
    return [share for *_, share in found]


SURE_THROUGH_SEAL = 0.97  # a date line read through a seal below this is read again there


def _through_seal(document: Document, key: str, pages) -> bool:
    """``key``'s value was read on a line a seal overlaps, in part or not quite surely."""
    value, source = document.fields.get(key), document.field_sources.get(key) or {}
    page = next((p for p in pages if p.number == source.get("page") and p.source == "ocr"), None)
    if value is None or page is None or not page.seals or not source.get("box"):
        return False
    x0, y0, x1, y1 = source["box"]
    covered = any(x0 < sx + sw and sx < x1 and y0 < sy + sh and sy < y1 for sx, sy, sw, sh in page.seals)
    partial = isinstance(value, str) and len(value) < 10
    return covered and (partial or (source.get("confidence") or 1.0) < SURE_THROUGH_SEAL)


def _settle_through_seal(document: Document, second: Document, key: str) -> None:
    """The seal's second reading of a date the first read through it: a finer reading of the
    same date is taken (2023 → 2023-04-17); one that differs is taken too (the seal's reading
    is two cleanings agreeing), the first named beside it and a person asked to look."""
    first, again = document.fields.get(key), second.fields.get(key)
    if again is None or first is None or again == first:
        return
    from .html_assets import field_label

    document.fields[key] = again
    if key in second.field_sources:
        document.field_sources[key] = dict(second.field_sources[key])
    if not str(again).startswith(str(first)):
        # Two readings of one date that disagree: neither is sure, and a claim that differs
        # from it is a question for a person (``audit._doubtful``), not a finding.
        source = document.field_sources.setdefault(key, {})
        source["confidence"] = min(source.get("confidence", 1.0), CONTESTED)
        document.issues.append(_issue("warning", "low_ocr_confidence",
                                      f"字段「{field_label(key, document.doc_type)}」在印章处两次识别不一致（{first} / {again}），"
                                      f"暂按去章后的识别 {again}，需人工核对（{key}）", document.file, source.get("page")))
    document.reasons.append(f"印章处去章重新识别，{field_label(key, document.doc_type)}：{first} → {again}")


CONTESTED = 0.5  # the confidence of a value two readings disagree on


# Issues that say a field could not be read: they go when a second reading reads it.
_UNREAD = {"rank": "rank_unreadable", "applicant_rank": "name_not_found"}


def _fill_from(document: Document, second: Document, how: str = "第二次识别") -> None:
    """Take from the second reading only what the first could not read: a value the first
    reading found is never replaced (the second look is at a few places, for what is
    missing, and may read other places worse)."""
    filled = [k for k, v in second.fields.items() if v is not None and document.fields.get(k) is None]
    for key in filled:
        document.fields[key] = second.fields[key]
        if key in second.field_sources:
            document.field_sources[key] = second.field_sources[key]
        document.issues = [i for i in document.issues if i["code"] != _UNREAD.get(key)]
        document.issues += [i for i in second.issues if i["code"] == "low_ocr_confidence" and f" {key} " in i["message"]]
    shown = [k for k in filled if k != "applicant_rank"]
    if shown:
        from .html_assets import field_label

        document.reasons.append(f"{how}，补出：" + "、".join(field_label(k, document.doc_type) for k in shown))


def _rank_in_glued(doc: Document, name: str, run: str) -> None:
    """The applicant's rank from a list OCR glued into one run, when it is certain."""
    from extractor.fields.people import rank_in_run

    rank = rank_in_run(name, run)
    doc.fields["applicant_rank"] = rank
    if rank is None:
        doc.issues.append(_issue("warning", "name_not_found",
                                 f"名单粘连为「{run}」，无法确定 {name} 是否在列及其排名", doc.file))
    else:
        doc.reasons.append(f"名单粘连为「{run}」，但无论如何切分姓名，{name} 都排第 {rank} 位")


def document_from(result: ReadResult, name: str | None = None, pages: tuple[int, int] | None = None) -> Document:
    """The document record of a read file, or of its ``pages`` (first, last) only."""
    from classifiers import classify
    from classifiers.classify import divider
    from extractor.doctypes import doctype
    from extractor.text import DocText

    if pages is not None:
        from dataclasses import replace

        first, last = pages
        kept = [p for p in result.pages if first <= p.number <= last]
        # Issues of the file as a whole (no page) go with its first document only.
        issues = [i for i in result.issues if (first <= i.page <= last if i.page else first == 1)]
        result = replace(result, pages=kept, issues=issues, page_count=last - first + 1)
    doc = Document(file=result.file, sha256=result.sha256, pages=result.page_count,
                   text_source=result.text_source, doc_type="unknown", confidence=0.0, page_range=pages)
    doc.issues = [_issue(i.severity, i.code, i.message, result.file, i.page) for i in result.issues]
    doc.page_notes = [f"第{p.number}页：{p.note}" for p in result.pages if p.note]
    doc.page_info = [{"number": p.number, "source": p.source, "rotation": p.rotation, "skew": p.skew,
                      "scale": p.scale, "width": round(p.width, 1), "height": round(p.height, 1)}
                     for p in result.pages]
    if not result.readable:
        doc.reasons = ["没有可读的文字"]
        return doc
    text = DocText(result)
    # (an unknown paper's words too: a 合同解除协议 naming the contract it ends, a name on a page)
    doc.words = "".join(text.compact.split())
    verdict = classify(text)
    doc.doc_type, doc.confidence, doc.reasons = verdict.doc_type, verdict.confidence, verdict.reasons
    if doc.doc_type == "unknown":
        # (a binder's divider or its own list of materials is known to be no evidence: said, not warned)
        page_of_none = divider(text)
        doc.issues.append(_issue("info" if page_of_none else "warning", "unknown_document_type",
                                 ("" if page_of_none else "无法确定材料类型：") + "；".join(verdict.reasons), result.file))
        return doc
    declared = doctype(doc.doc_type)
    extracted = declared.extract(text)
    doc.fields = dict(extracted.values)
    doc.field_sources = {k: v.to_dict() for k, v in extracted.sources.items()}
    doc.reasons += extracted.notes
    doc.look_again = list(extracted.look_again)
    doc.fallbacks = dict(extracted.fallbacks)
    doc.issues += [_issue(sev, code, msg, result.file) for sev, code, msg in extracted.issues]
    if declared.one_page:
        # a certificate stamped 作废 or 样本 (SPECIMEN) shows no one's achievement, whatever it reads
        stamp = next(((s, l.page) for l in text.lines if (s := void_stamp(l.text))), None)
        if stamp:
            doc.issues.append(_issue("warning", VOID_CODE, f"材料上印有「{stamp[0]}」字样：作废或样本证书不能作为佐证，"
                                     "不计入，需人工核对", result.file, stamp[1]))
    from .html_assets import field_label

    doc.poor_pages = {p.number for p in result.pages if p.source == "ocr" and p.lines
                      and sum(l.confidence for l in p.lines) / len(p.lines) < POOR_PAGE}
    for key in declared.decisive:
        source = extracted.sources.get(key)
        if source and source.confidence < doc.doubt_bar(source.page) and result.text_source != "text_layer":
            poor = "（该页整体识别质量低）" if source.page in doc.poor_pages else ""
            doc.issues.append(_issue("warning", "low_ocr_confidence",
                                     f"字段「{field_label(key, doc.doc_type)}」的识别置信度只有 "
                                     f"{source.confidence:.2f}{poor}，需人工核对（{key}）",
                                     result.file, source.page))
    doc.glued_people = extracted.glued_people
    doc.other_orders = extracted.other_orders
    from extractor.doctypes.base import FieldSource

    doc.rows = [{k: v if k == "序号" else (v[0], FieldSource.of(v[1]).to_dict()) for k, v in row.items()}
                for row in extracted.rows]
    if name:
        rank_applicant(doc, name)
    return doc


def _applicant_row(doc: Document, name: str, people_key: str) -> bool:
    """The applicant's record of the document's 附件 made the document's fields (its people,
    project, title …, each with where it was read), or an issue saying why not.  Only one
    record may hold him; a name found in two is no one's record (``需人工核对``)."""
    from extractor.fields.names import find_name

    held = []
    for row in doc.rows:
        people, _ = row.get(people_key, (None, None))  # (value, where it was read)
        if people:
            match = find_name(name, [people] if isinstance(people, str) else list(people))
            if match.rank is not None:
                held.append((row, match))
    if len(held) != 1:
        where = f"附件名单的第{'、'.join(str(r['序号']) for r, _ in held)}行都有 {name}" if held \
            else f"附件名单（{len(doc.rows)} 行）中没有找到 {name}"
        doc.issues.append(_issue("warning", "name_not_found", f"{where}，需人工核对", doc.file))
        return False
    row, match = held[0]
    for key, value in row.items():
        if key != "序号":
            doc.fields[key] = value[0]
            doc.field_sources[key] = value[1]
    doc.reasons.append(f"附件名单第{row['序号']}行是申请人 {name} 的记录" +
                       ("" if match.kind == "exact" else f"（姓名匹配：{match.reason}）"))
    doc.rows = []  # read: a second call (the name learnt later) finds the fields set
    return True


def rank_applicant(doc: Document, name: str) -> None:
    """The applicant's place in the document's ranked list of people (``applicant_rank``),
    or the issue saying why it is not known.  Run when the document is made if the name is
    known then, or later, once the bundle's certificates have named the applicant."""
    from extractor.fields.names import find_name, unordered_note
    from extractor.layout import unit_like

    doc.fields.pop("applicant_words_wan", None)  # (another name's, when run again once the bundle names him)
    declared = _declared(doc.doc_type)
    if declared is not None and declared.row_people and doc.rows \
            and not _applicant_row(doc, name, declared.row_people):
        if declared.ranked:
            doc.fields["applicant_rank"] = None  # his record not found: his place is unknown
        return
    if declared is None or not declared.ranked:
        return
    people = _ranked_people(doc, declared.ranked, declared.leader)
    if not people and doc.glued_people:
        _rank_in_glued(doc, name, doc.glued_people)
        return
    if not people and name and name in (doc.fields.get("shares") or {}):
        # a book's page of who wrote which chapters (编写分工说明), no list of its authors: his
        # own words it shows, his place among the authors the CIP page's to say
        doc.fields["applicant_words_wan"] = doc.fields["shares"][name]
        return
    if not people and declared.people_optional:
        # (a company's sales it proves are its own: who took part the paper need not say, and
        # where it names nobody the applicant's part rests on his word, for a person to check)
        if name and not printed_alone(name, doc.words):
            doc.issues.append(_issue("warning", "name_not_found",
                                     f"材料未列出人员，也未出现 {name}：本人参与开发推广的情况仅据申报人自述，需人工核对", doc.file))
        return
    match = find_name(name, people)
    if match.rank is not None and match.kind != "exact" and doc.text_source == "text_layer":
        # A text layer is typed, not read: 陈立锋 there is not 陈立峰 misread, but another name
        # (OCR's confusions of 峰/锋 are for scans only).
        match = replace(match, rank=None, kind="none",
                        reason=f"{name} is not in the list (a text layer's names must match exactly)")
    rank = match.rank
    if rank is not None and doc.other_orders:
        # (the list may be meant in another order: a place is only as good as the worst reading)
        rank = max([rank] + [find_name(name, order).rank or rank for order in doc.other_orders])
    if declared.applicant_rank is not None:
        rank = declared.applicant_rank(doc.fields, rank, {i["code"] for i in doc.issues})
    found = unordered_note(doc.words, people) if rank is not None else None
    note, first_kept = found if found else ("", False)
    if found and not (rank == 1 and (first_kept or declared.leader and doc.fields.get(declared.leader) == people[0])):
        # (a leader labelled apart, 项目负责人, stays first whatever the others' order, and so
        # does the first where the note says so: 除第一完成人外，其余按姓氏笔画排序)
        doc.fields["applicant_rank"] = None
        doc.issues.append(_issue("warning", "rank_unreadable",
                                 f"名单注明「{note}」：{name} 在名单中，但名单顺序不是排名，排名无法确定", doc.file))
        return
    doc.fields["applicant_rank"] = rank
    _leader_misread(doc, declared, people, rank)
    if match.rank is None:
        from rules.yaml_input import clip

        listed = clip("、".join(people), 200) or "（未识别出名单）"
        if name and printed_alone(name, doc.words, people):
            # on the page, yet in no list read from it: his place is unknown, not his absence
            doc.issues.append(_issue("warning", "name_not_found",
                                     f"材料中出现 {name}，但未能从读出的名单中确定其排名（读到：{listed}），需人工核对",
                                     doc.file))
        elif people and all(unit_like(p) for p in people):
            # (a list of companies only, a software's 著作权人: nobody to find him among, which is no
            # warning of its own; in a bundle the audit warns that the paper names no person, probe
            # EE b06/b07 had both said it as if his name were missing from a list of people)
            doc.issues.append(_issue("info", "name_not_found", f"名单只列出单位（{listed}），没有个人姓名：无法据此确定 {name} 的排名",
                                     doc.file))
        else:
            doc.issues.append(_issue("warning", "name_not_found", f"名单中没有找到 {name}：{listed}", doc.file))
    elif match.kind != "exact":
        doc.reasons.append(f"姓名匹配：{match.reason}")
