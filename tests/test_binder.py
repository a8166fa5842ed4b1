"""A file that holds several documents (合订本) is split by page (CONTRACT §6.1 page_range).

The 合订本 here are real PDFs joined from the fixture certificates with pypdfium2, as an
applicant's scanner software or a PDF merger makes them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractor import ReadOptions
from zhicheng.documents import examine, examine_all

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "docs"


def merged(out: Path, *names: str) -> Path:
    """One PDF with the pages of the fixture PDFs ``names``, in order."""
    pdf = pdfium.PdfDocument.new()
    for name in names:
        src = pdfium.PdfDocument(DOCS / name)
        pdf.import_pages(src)
        src.close()
    pdf.save(out)
    pdf.close()
    return out


def truth(name: str) -> dict:
    return json.loads((DOCS / name).with_suffix(".truth.json").read_text(encoding="utf-8"))


@pytest.fixture
def options(tmp_path) -> ReadOptions:
    return ReadOptions(cache_dir=tmp_path / "cache")


PARTS = ("patent_certificate-00-classic_invention.pdf", "award_certificate-00-government.pdf",
         "title_certificate-00-booklet.pdf", "software_copyright-00-classic.pdf")


def test_three_certificates_in_one_pdf_are_three_documents(tmp_path, options, schema_validator):
    path = merged(tmp_path / "合订本.pdf", *PARTS[:3])
    docs = examine_all(path, options, display_name="合订本.pdf")
    assert [d.doc_type for d in docs] == ["patent_certificate", "award_certificate", "title_certificate"]
    # The patent certificate has two pages; each later certificate one.
    assert [d.page_range for d in docs] == [(1, 2), (3, 3), (4, 4)]
    for doc, name in zip(docs, PARTS):
        want = truth(name)["fields"]
        assert {k: doc.fields.get(k) for k in want} == want, name
        assert doc.file == "合订本.pdf" and doc.pages == doc.page_range[1] - doc.page_range[0] + 1
        record = doc.to_dict()
        assert record["page_range"] == list(doc.page_range)
        schema_validator(record, "document")
        # Where each field was read stays a page of the whole file (for crops).
        assert all(doc.page_range[0] <= s["page"] <= doc.page_range[1] for s in record["field_sources"].values())


def test_two_certificates_of_one_type_are_two(tmp_path, options):
    path = merged(tmp_path / "two.pdf", "award_certificate-00-government.pdf", "software_copyright-00-classic.pdf",
                  "award_certificate-00-government.pdf")
    docs = examine_all(path, options, display_name="two.pdf")
    assert [d.doc_type for d in docs] == ["award_certificate", "software_copyright", "award_certificate"]


@pytest.mark.parametrize("name", ["patent_certificate-00-classic_invention.pdf", "standard-00-a_national.pdf",
                                  "revenue_proof-00-contract.pdf", "project_acceptance-00-certificate.pdf"])
def test_a_multi_page_document_stays_one(name, options):
    docs = examine_all(DOCS / name, options, display_name=name)
    assert len(docs) == 1 and docs[0].page_range is None
    assert docs[0].to_dict() == examine(DOCS / name, options, display_name=name).to_dict()
    assert "page_range" not in docs[0].to_dict()


def test_a_cover_sheet_before_a_certificate_joins_it(tmp_path, options):
    """A typed page saying what follows (附件 / 证明材料) is no document of its own."""
    from fixtures.synth.blocks import cover_sheet
    from fixtures.synth.canvas import Canvas

    cover = Canvas()
    cover_sheet(cover, "获奖证书", 1)
    (tmp_path / "cover.pdf").write_bytes(cover.output())
    shutil.copy(DOCS / "award_certificate-00-government.pdf", tmp_path / "award.pdf")
    pdf = pdfium.PdfDocument.new()
    for part in ("cover.pdf", "award.pdf"):
        src = pdfium.PdfDocument(tmp_path / part)
        pdf.import_pages(src)
        src.close()
    pdf.save(tmp_path / "with_cover.pdf")
    pdf.close()
    docs = examine_all(tmp_path / "with_cover.pdf", options, display_name="with_cover.pdf")
    assert len(docs) == 1 and docs[0].doc_type == "award_certificate" and docs[0].page_range is None


def test_check_counts_each_document_of_a_binder_and_finds_no_false_duplicate(tmp_path, schema_validator):
    """A bundle whose certificates are bound in one PDF: each counts, a claim citing the PDF
    finds its own document in it, and the two are not each other's duplicates."""
    from zhicheng.bundle import BundleOptions, check_bundle

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    merged(bundle / "成果合订本.pdf", PARTS[0], PARTS[3])
    patent, software = truth(PARTS[0]), truth(PARTS[3])
    (bundle / "profile.yaml").write_text(
        f"as_of: '2026-06-30'\napplicant:\n  name: {patent['applicant_name']}\n  education: bachelor\n"
        "  work_start: '2010-07-01'\n  current_title: engineer\n  current_title_date: '2015-06-01'\n"
        "  target_title: senior_engineer\n", encoding="utf-8")
    (bundle / "claims.yaml").write_text(
        "- kind: software_copyright\n"
        f"  date: {software['fields']['date']}\n"
        "  evidence: [成果合订本.pdf]\n"
        "- kind: patent\n  patent_type: invention\n  granted: true\n"
        f"  rank: {patent['applicant_rank']}\n  date: {patent['fields']['grant_date']}\n"
        "  evidence: [成果合订本.pdf]\n", encoding="utf-8")
    report = check_bundle(bundle, options=BundleOptions(jobs=1))
    record = report.to_dict()
    assert [(d["doc_type"], d["page_range"]) for d in record["documents"]] == [
        ("patent_certificate", [1, 2]), ("software_copyright", [3, 3])]
    codes = {i["code"] for i in record["issues"]}
    assert not codes & {"duplicate_evidence", "kind_mismatch", "rank_mismatch", "date_mismatch"}, record["issues"]
    kinds = sorted(a["kind"] for a in record["achievements"])
    # The copyright is a company's (著作权人：重庆嘉拓…有限公司) and names no one: found in the
    # binder as its own document, it shows nothing of the applicant's until a person looks.
    assert kinds == ["patent"]
    assert any(i["code"] == "name_not_found" and i.get("needs_review") and i.get("claim") == 0
               for i in record["issues"]), record["issues"]
    assert all(a.get("claim") is not None for a in record["achievements"])
    schema_validator(record, "verdict")


def _pdf_of(tmp_path: Path, name: str, draw) -> Path:
    from fixtures.synth.canvas import Canvas

    canvas = Canvas()
    canvas.page()
    draw(canvas)
    path = tmp_path / name
    path.write_bytes(canvas.output())
    return path


def _bind(out: Path, *paths: Path) -> Path:
    pdf = pdfium.PdfDocument.new()
    for part in paths:
        src = pdfium.PdfDocument(part)
        pdf.import_pages(src)
        src.close()
    pdf.save(out)
    pdf.close()
    return out


def test_an_unrecognised_certificate_after_a_certificate_is_its_own_unknown_document(tmp_path, options):
    """A 工作证明 bound after an award is reported as a document of no known type, not as the
    award's second page (its words would otherwise be read as the award's)."""
    def appointment(c):
        c.center(60, "工 作 证 明", size=36, font="songb")
        c.text(30, 100, "兹证明陆林同志自2015年起在我公司工作，现任首席工程师。", size=16, font="song")
        c.text(40, 115, "特此证明", size=16, font="song")
        c.text(120, 150, "重庆瀚川机器人股份有限公司", size=14, font="song")
        c.text(130, 165, "二〇一九年三月", size=14, font="song")
    path = _bind(tmp_path / "b.pdf", DOCS / "award_certificate-00-government.pdf", _pdf_of(tmp_path, "p.pdf", appointment))
    docs = examine_all(path, options, display_name="b.pdf")
    assert [(d.doc_type, d.page_range) for d in docs] == [("award_certificate", (1, 1)), ("unknown", (2, 2))]
    assert docs[0].fields == examine(DOCS / "award_certificate-00-government.pdf", options).fields


def _journal_cover(name: str, numbers: str):
    def cover(c):
        c.center(50, name, size=30, font="songb")
        c.center(70, numbers, size=12, font="song")
        c.center(90, "2023年第3期（总第145期）", size=14, font="song")
    return cover


def _contents(c):
    c.center(30, "目  次", size=20, font="songb")
    for n, line in enumerate(["基于数字孪生的装配线调度方法 …………… 张明 1", "工业互联网平台安全评价研究 …………… 李华 9",
                              "注塑车间能耗预测模型 …………… 王强 17"]):
        c.text(25, 50 + 10 * n, line, size=12, font="song")


def test_a_journal_cover_and_contents_before_the_first_page_are_one_paper(tmp_path, options):
    paper = DOCS / "journal_paper-00-masthead.pdf"
    want = examine(paper, options).fields
    # the paper's own journal: its cover prints the ISSN and CN the paper does
    cover = _journal_cover("智能制造技术学报", "ISSN 1242-3424    CN 11-1180/TP")
    path = _bind(tmp_path / "j.pdf", _pdf_of(tmp_path, "c.pdf", cover), _pdf_of(tmp_path, "t.pdf", _contents), paper)
    docs = examine_all(path, options, display_name="j.pdf")
    assert len(docs) == 1 and docs[0].doc_type == "journal_paper" and docs[0].page_range is None
    assert {k: docs[0].fields.get(k) for k in ("title", "authors", "date")} == {k: want.get(k) for k in ("title", "authors", "date")}


def test_another_journals_issue_after_a_paper_is_another_paper(tmp_path, options):
    """A paper's first page, then another journal's cover (its own ISSN, 1671-0568 against
    the paper's 1242-3424) and contents page: the cover begins a second paper, however much
    its pages lean to the type of the first (found by shuffling tuned files into 合订本)."""
    cover = _journal_cover("工业自动化与智能装备", "ISSN 1671-0568    CN 50-1165/TH")
    paper = DOCS / "journal_paper-00-masthead.pdf"
    path = _bind(tmp_path / "j.pdf", paper, _pdf_of(tmp_path, "c.pdf", cover), _pdf_of(tmp_path, "t.pdf", _contents))
    docs = examine_all(path, options, display_name="j.pdf")
    assert [(d.doc_type, d.page_range) for d in docs][0] == ("journal_paper", (1, 1))
    assert [d.page_range for d in docs] == [(1, 1), (2, 3)]
    assert docs[0].fields == examine(paper, options).fields


def test_a_title_booklets_inner_page_after_a_letter_without_its_heading_is_its_own(tmp_path, options):
    """A letter with no heading (各位评审专家：我郑重推荐…), then a title booklet's inner
    page with no heading either (姓名 | 秦伟宏 …, 资格取得时间): the booklet's page is sure of
    its type, a certificate's, and no letter runs on to a certificate (found by shuffling tuned
    files into 合订本)."""
    def booklet(c):
        for n, (label, value) in enumerate([("姓    名", "秦伟宏"), ("性    别", "男"), ("出生年月", "1981年4月"),
                                            ("工作单位", "西安江智能控制有限公司")]):
            c.text(25, 40 + 14 * n, label, size=13, font="song")
            c.text(60, 40 + 14 * n, value, size=13, font="song")
        c.text(25, 110, "秦伟宏同志经四川省工程技术中级专业技术职务任职资格评审委员会评审通过，", size=12, font="song")
        c.text(25, 120, "具备工程师任职资格。", size=12, font="song")
        c.text(25, 135, "资格取得时间：2013年1月30日", size=12, font="song")
        c.text(25, 145, "证书编号：2775943776", size=12, font="song")
        c.text(25, 155, "发证机关：四川省人力资源和社会保障厅", size=12, font="song")
    path = _bind(tmp_path / "b.pdf", _pdf_of(tmp_path, "l.pdf", _headless_letter), _pdf_of(tmp_path, "t.pdf", booklet))
    docs = examine_all(path, options, display_name="b.pdf")
    assert [(d.doc_type, d.page_range) for d in docs] == [
        ("recommendation_letter", (1, 1)), ("title_certificate", (2, 2))]
    assert docs[1].fields.get("holder") == "秦伟宏"


def _headless_letter(c):
    c.text(25, 30, "各位评审专家：", size=14, font="song")
    for n, line in enumerate(["我郑重推荐重庆渝智信息技术股份有限公司的邱佳同志申报高级工程师专业技术",
                              "资格。我与该同志在汽车焊装线数字化改造项目中共事多年，深知其技术扎实。",
                              "特此推荐。"]):
        c.text(30, 45 + 10 * n, line, size=13, font="song")
    c.text(120, 120, "推荐人：闫永嘉", size=13, font="song")
    c.text(120, 130, "职  称：正高级工程师", size=13, font="song")
    c.text(120, 140, "2018年3月4日", size=13, font="song")


def test_two_letters_one_without_its_heading_are_two(tmp_path, options):
    """A recommendation form (王建军 recommends 司马明), then a letter without its heading
    (闫永嘉 recommends 邱佳): both pages are sure of the type and neither opens a letter by a
    heading, yet they name another candidate and another recommender, so they are two letters;
    a letter's second page that names the same people stays with it (found by shuffling tuned
    files into 合订本)."""
    def form(c):
        c.center(30, "专家推荐意见表", size=22, font="songb")
        for n, (label, value) in enumerate([("被推荐人姓名", "司马明"), ("申报资格", "正高级工程师"),
                                            ("推荐人姓名", "王建军"), ("推荐人职称", "正高级工程师")]):
            c.text(25, 55 + 14 * n, label, size=13, font="song")
            c.text(70, 55 + 14 * n, value, size=13, font="song")
        c.text(25, 120, "推荐意见：该同志长期从事工业互联网平台研发，业绩突出，同意推荐。", size=12, font="song")

    def sequel(c):  # the letter's second page: its signature again
        c.text(30, 40, "邱佳同志主持完成了多条产线的智能化升级，成效显著。特此推荐。", size=13, font="song")
        c.text(120, 120, "推荐人：闫永嘉", size=13, font="song")
        c.text(120, 130, "职  称：正高级工程师", size=13, font="song")
    path = _bind(tmp_path / "b.pdf", _pdf_of(tmp_path, "f.pdf", form), _pdf_of(tmp_path, "l.pdf", _headless_letter),
                 _pdf_of(tmp_path, "s.pdf", sequel))
    docs = examine_all(path, options, display_name="b.pdf")
    assert [(d.doc_type, d.page_range) for d in docs] == [
        ("recommendation_letter", (1, 1)), ("recommendation_letter", (2, 3))]
    assert [(d.fields.get("candidate"), d.fields.get("recommender")) for d in docs] == [
        ("司马明", "王建军"), ("邱佳", "闫永嘉")]


def test_a_cover_sheet_goes_with_the_document_after_it(tmp_path, options):
    """A sheet saying what follows (附件 / 证明材料 / （论文）) between a title certificate and a
    paper is the paper's, not the certificate's last page."""
    def sheet(c):
        c.center(100, "附件", size=30, font="songb")
        c.center(130, "证明材料", size=30, font="songb")
        c.center(160, "（论文）", size=24, font="songb")
    title = DOCS / "title_certificate-00-booklet.pdf"
    paper = DOCS / "journal_paper-00-masthead.pdf"
    path = _bind(tmp_path / "b.pdf", title, _pdf_of(tmp_path, "s.pdf", sheet), paper)
    docs = examine_all(path, options, display_name="b.pdf")
    assert [(d.doc_type, d.page_range) for d in docs] == [("title_certificate", (1, 1)), ("journal_paper", (2, 3))]


def test_headed_pages_of_no_type_after_a_multi_page_document_are_documents_of_their_own(tmp_path, options):
    """A 会议通知 and a 结业证书 bound after a two-page acceptance certificate: each has a title of
    its own genre, so neither is read as the acceptance's third page (its member-list page,
    headed 主要研究人员名单, still is the acceptance's)."""
    def appointment(c):
        c.center(50, "会议通知", size=40, font="songb")
        c.text(30, 100, "请各部门负责人于三月十日上午九时到公司三楼会议室参加年度工作会议。", size=14, font="song")
        c.text(120, 150, "重庆瀚川机器人股份有限公司", size=14, font="song")
        c.text(130, 165, "二〇二四年三月", size=14, font="song")

    def training(c):
        c.center(50, "结业证书", size=36, font="songb")
        c.text(30, 100, "郝航同志参加智能制造工程技术人员培训，修完全部课程，准予结业。", size=14, font="song")
        c.text(130, 165, "二〇二三年十月", size=14, font="song")
    acceptance = DOCS / "project_acceptance-00-certificate.pdf"
    path = _bind(tmp_path / "b.pdf", acceptance, _pdf_of(tmp_path, "p.pdf", appointment),
                 _pdf_of(tmp_path, "t.pdf", training))
    docs = examine_all(path, options, display_name="b.pdf")
    assert [(d.doc_type, d.page_range) for d in docs] == [
        ("project_acceptance", (1, 2)), ("unknown", (3, 3)), ("unknown", (4, 4))]
    assert docs[0].fields == examine(acceptance, options).fields


def test_a_reports_cover_with_its_title_mid_page_after_a_letter_begins_the_report(tmp_path, options):
    """A letter, then a feasibility report's cover (the project, 可行性研究报告 set large in
    the middle of the page, the consultancy, the month: four lines) and its staff page: the
    cover's kind is its title though it stands below the page's top third, so the report is a
    document of its own, not the letter's second and third pages (found by shuffling tuned
    files into 合订本)."""
    def cover(c):
        c.center(100, "重庆宏图注塑设备智能化改造项目", size=20, font="songb")
        c.center(135, "可行性研究报告", size=30, font="songb")
        c.center(225, "重庆市工程技术研究院有限公司", size=14, font="song")
        c.center(237, "2019年6月", size=14, font="song")

    def staff(c):
        c.center(30, "编制人员名单", size=20, font="songb")
        for n, line in enumerate(["项目负责人：郝新", "编制人员：王强  李华  赵敏", "审    核：陈立",
                                  "本报告共五章，分述项目建设内容与效益分析。"]):
            c.text(30, 50 + 12 * n, line, size=13, font="song")
    path = _bind(tmp_path / "b.pdf", _pdf_of(tmp_path, "l.pdf", _headless_letter), _pdf_of(tmp_path, "c.pdf", cover),
                 _pdf_of(tmp_path, "s.pdf", staff))
    docs = examine_all(path, options, display_name="b.pdf")
    assert [(d.doc_type, d.page_range) for d in docs] == [
        ("recommendation_letter", (1, 1)), ("technical_report", (2, 3))]


def test_two_recognitions_made_out_to_two_units_are_two(tmp_path, options):
    """Two certificates recognising two companies (四川 一家专精特新, 重庆 another's 标杆示范
    project), the first's issuer and the second's date lost under seals: they read no field
    both, and only whom each is made out to tells them apart (found by shuffling tuned files
    into 合订本)."""
    def first(c):
        c.center(40, "证    书", size=34, font="songb")
        c.text(25, 70, "成都鑫渝工业自动化股份有限公司：", size=15, font="song")
        c.text(35, 85, "经审核，你单位被认定为四川省“专精特新”中小企业。", size=15, font="song")
        c.text(30, 110, "有效期：2021年10月至2024年10月", size=12, font="song")
        c.text(30, 120, "证书编号：ZJTX20215032", size=12, font="song")
        c.text(130, 150, "2021年10月13日", size=13, font="song")  # its issuer under the seal

    def second(c):
        c.center(40, "认定证书", size=34, font="songb")
        c.text(25, 70, "重庆锐铭精密机械股份有限公司：", size=15, font="song")
        c.text(35, 85, "你单位“启曜装配生产线数字化车间建设项目”经评审认定为2021年度重庆市", size=15, font="song")
        c.text(25, 95, "工业互联网标杆示范项目。特发此证。", size=15, font="song")
        c.text(30, 120, "证书编号：RD20215374", size=12, font="song")
        c.text(120, 150, "重庆市经济和信息化委员会", size=13, font="song")  # its date under the seal
    path = _bind(tmp_path / "b.pdf", _pdf_of(tmp_path, "a.pdf", first), _pdf_of(tmp_path, "b.pdf", second))
    docs = examine_all(path, options, display_name="b.pdf")
    assert [(d.doc_type, d.page_range) for d in docs] == [
        ("official_recognition", (1, 1)), ("official_recognition", (2, 2))]
