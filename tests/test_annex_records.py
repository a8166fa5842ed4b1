"""A decision's or a notice's 附件: a numbered list of records (projects with their teams, people
who passed a review), one of which is the applicant's.  His record, found by his name, gives
the document's fields; a name in no record, or in two, gives none and says so.  Typed pages
(``typed_certificates.page``) in wordings of no fixture set."""

from __future__ import annotations

import unicodedata

import pytest

from extractor.layout import numbered_records
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_certificates import HEIGHT, LEFT, SIZE, WIDTH, Title, _width, page
from zhicheng.binder import split
from zhicheng.documents import document_from

def _bound(*pages, name: str | None = None):
    result = ReadResult("决定.pdf", "0" * 64, page_count=len(pages),
                        pages=[Page(n, WIDTH, HEIGHT, "ocr", lines) for n, lines in enumerate(pages, 1)])
    return split(result, lambda span: document_from(result, name, span))


def _decision():
    return page(Title("重庆市人民政府文件"), ("渝府发〔2024〕7号", 700),
                Title("重庆市人民政府关于2023年度重庆市科学技术奖励的决定"),
                "各区县（自治县）人民政府，市政府各部门：",
                "为表彰在科学技术进步活动中作出突出贡献的集体和个人，市政府决定授予",
                "36项成果重庆市科学技术进步奖，其中一等奖6项，二等奖13项，三等奖17项。",
                "附件：2023年度重庆市科学技术进步奖获奖项目名单",
                ("重庆市人民政府", 1000), ("2024年3月8日", 1000))


def _cell(text: str, x: float, y: float) -> Line:
    return Line(unicodedata.normalize("NFKC", text), (x, y, x + _width(text, SIZE), y + SIZE), 0.96)


# The annex's table: 序号 at LEFT, 项目名称 at 330, 主要完成人 at 860, 主要完成单位 at 1280; a cell
# wraps onto lines 1.2 letters apart, rows stand further apart.  ``centred``: a row's short
# cells stand in the middle of its height, as 公文 tables print them; else at its top.
_ROWS = [("1", ["轻量化铝合金壳体压铸", "成形关键技术及应用"], ["韦国平，东方晓雯，", "邹一鸣，林海"], ["重庆渝江压铸", "有限公司"]),
         ("2", ["离散制造车间设备健康", "管理平台研发与应用"], ["尚可心，欧阳子健，彭", "涛，蒋文博，丁红雨", "（排名不分先后）"],
          ["重庆机电研究院"]),
         ("3", ["汽车焊装线柔性夹具", "设计方法"], ["柏雪松，彭涛，鲁莹"], ["重庆两江智造", "有限公司"])]


def _annex(centred: bool = False, tight: bool = False):
    """``tight``: a cell's lines touching and rows under half a letter apart (as a scan of a
    dense table reads), where a fixed gap would run one record's cell into the next."""
    wrap, apart = (1.0 * SIZE, 0.45 * SIZE) if tight else (1.2 * SIZE, 30)
    lines = page(("附件", LEFT), Title("2023年度重庆市科学技术进步奖获奖项目名单"))
    y = 420.0
    lines.append(_cell("一等奖（2项）", LEFT, y))
    y += 70
    lines += [_cell(w, x, y) for w, x in (("序号", LEFT), ("项目名称", 420), ("主要完成人", 930), ("主要完成单位", 1300))]
    y += 70
    for number, *columns in _ROWS:
        if number == "3":
            lines.append(_cell("二等奖（1项）", LEFT, y))
            y += 70
        tallest = max(len(c) for c in columns)
        for x, cell in zip((330, 860, 1280), columns):
            top = y + (tallest - len(cell)) * wrap / 2 if centred else y
            lines += [_cell(part, x, top + wrap * i) for i, part in enumerate(cell)]
        lines.append(_cell(number, LEFT, y + (tallest - 1) * wrap / 2 if centred else y))
        y += (tallest - 1) * wrap + SIZE + apart
    return lines


@pytest.mark.parametrize("centred,tight", [(False, False), (True, False), (False, True), (True, True)])
def test_the_records_of_a_numbered_list_gather_cells_wrapped_over_lines(centred, tight):
    records = numbered_records(DocText(ReadResult("a.pdf", "0" * 64, page_count=1,
                                                  pages=[Page(1, WIDTH, HEIGHT, "ocr", _annex(centred, tight))])),
                               frozenset({"项目名称", "主要完成人", "主要完成单位"}))
    assert [{k: v[0] for k, v in r.items()} for r in records] == [
        {"序号": "1", "项目名称": "轻量化铝合金壳体压铸成形关键技术及应用", "主要完成人": "韦国平,东方晓雯,邹一鸣,林海",
         "主要完成单位": "重庆渝江压铸有限公司"},
        {"序号": "2", "项目名称": "离散制造车间设备健康管理平台研发与应用",
         "主要完成人": "尚可心,欧阳子健,彭涛,蒋文博,丁红雨(排名不分先后)", "主要完成单位": "重庆机电研究院"},
        {"序号": "3", "项目名称": "汽车焊装线柔性夹具设计方法", "主要完成人": "柏雪松,彭涛,鲁莹",
         "主要完成单位": "重庆两江智造有限公司"}]


def test_the_applicants_record_of_a_decisions_annex_is_his_award():
    (doc,) = _bound(_decision(), _annex(), name="欧阳子健")
    assert doc.doc_type == "award_certificate" and doc.page_range is None
    f = doc.fields
    assert f["award_name"] == "重庆市科学技术进步奖" and f["level"] == "provincial"
    assert f["project_title"] == "离散制造车间设备健康管理平台研发与应用"
    assert f["holders"] == ["尚可心", "欧阳子健", "彭涛", "蒋文博", "丁红雨"]
    # (the annex prints 主要完成人 …（排名不分先后）: his place in the row is no rank)
    assert (f["holder"], f["applicant_rank"]) == ("欧阳子健", None)
    assert any(i["code"] == "rank_unreadable" and "不分先后" in i["message"] for i in doc.issues)
    assert f["grade"] == "一等奖"  # the heading over his record, not the decision's 一等奖6项…
    assert f["date"] == "2024-03-08"
    assert doc.field_sources["project_title"]["page"] == 2
    assert any("附件名单第2行" in r for r in doc.reasons)


def test_a_record_under_the_second_grade_heading_has_that_grade():
    (doc,) = _bound(_decision(), _annex(), name="鲁莹")
    assert (doc.fields["grade"], doc.fields["applicant_rank"]) == ("二等奖", 3)


def test_a_name_in_no_record_gives_no_project_and_no_rank():
    (doc,) = _bound(_decision(), _annex(), name="司马相宜")
    assert doc.fields["applicant_rank"] is None
    assert not {"project_title", "holders", "holder", "rank", "grade"} & set(doc.fields)
    assert [i["code"] for i in doc.issues] == ["name_not_found"]
    assert "附件名单（3 行）中没有找到 司马相宜" in doc.issues[0]["message"]


def test_a_name_in_two_records_is_no_ones_record():
    (doc,) = _bound(_decision(), _annex(), name="彭涛")
    assert doc.fields["applicant_rank"] is None and "project_title" not in doc.fields
    assert "第2、3行都有 彭涛" in doc.issues[-1]["message"]


def test_without_a_name_the_decision_names_no_holder():
    (doc,) = _bound(_decision(), _annex())
    assert doc.doc_type == "award_certificate"
    assert not {"project_title", "holders", "holder", "rank", "grade"} & set(doc.fields)


def test_a_notice_of_who_passed_a_title_review_gives_the_applicants_title():
    notice = page(Title("重庆市人力资源和社会保障局"), ("渝人社〔2023〕211号", 700),
                  Title("关于公布2023年度工程技术系列高级职称评审结果的通知"),
                  "各区县（自治县）人力资源社会保障局，市级各部门人事处：",
                  "经重庆市工程技术系列高级职称评审委员会评审，王晓燕等3名同志具备",
                  "高级工程师资格，资格取得时间为2023年12月20日。",
                  "附件：2023年度工程技术系列高级职称评审通过人员名单",
                  ("重庆市人力资源和社会保障局", 950), ("2024年1月10日", 1000))
    annex = page(("附件", LEFT), Title("2023年度工程技术系列高级职称评审通过人员名单"),
                 "序号 姓名 工作单位 专业 资格名称",
                 "1 王晓燕 重庆川仪自动化股份有限公司 自动化 高级工程师",
                 "2 上官明辉 重庆长安汽车股份有限公司 机械设计 正高级工程师",
                 "3 谭家齐 重庆大学 工业工程 高级工程师")
    (doc,) = _bound(notice, annex, name="上官明辉")
    assert doc.doc_type == "title_certificate"
    assert doc.fields == {"holder": "上官明辉", "title": "professorate_senior_engineer", "date": "2023-12-20"}
    (other,) = _bound(notice, annex, name="王晓燕")
    assert other.fields["holder"] == "王晓燕" and other.fields["title"] == "senior_engineer"
    (nobody,) = _bound(notice, annex)
    assert "holder" not in nobody.fields  # 王晓燕等3名同志 names the list's first, not the applicant


def test_a_page_opening_with_an_annex_no_letter_named_starts_no_document_of_the_letter():
    letter = page(Title("推荐函"), "兹推荐我单位李文涛同志申报高级工程师。",
                  "李文涛同志长期从事工业互联网平台研发，成绩突出。", ("推荐人：周国强", 900),
                  ("职称：正高级工程师", 900), ("2024年5月6日", 900))
    patent = [Line("附件", (LEFT, 150, LEFT + 80, 186), 0.96)] + page(
        Title("发明专利证书"), "专利号：ZL202110345678.2", "发明名称：一种压铸件缺陷检测方法",
        "发明人：李文涛；周国强", "专利权人：重庆渝江压铸有限公司", "授权公告日：2023年02月14日")[0:]
    kinds = [d.doc_type for d in _bound(letter, patent)]
    assert kinds == ["recommendation_letter", "patent_certificate"]


# --------------------------------------------------------------------------- any page

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = ["序号", "姓名", "项目名称", "主要完成人", "编制", "审核", "批准", "日期", "1", "2", "3", "10", "张三、李四",
          "重庆大学", "二等奖", "高级工程师", "", " ", "欧阳", "2021.09.30"]
_LINE = st.builds(lambda words, x, y, w, h: Line(" ".join(words), (x, y, x + w, y + h), 0.9),
                  st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5), st.floats(0, 1500), st.floats(0, 2200),
                  st.floats(0, 900), st.floats(0, 80))


@settings(max_examples=150, deadline=None, database=None, derandomize=True)
@given(st.lists(_LINE, max_size=40))
def test_any_page_gives_records_that_fit_their_header_or_none(lines):
    from extractor.layout import record_under

    text = DocText(ReadResult("a.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "ocr", lines)]))
    heads = frozenset({"姓名", "项目名称", "主要完成人", "编制", "审核", "批准", "日期"})
    for record in numbered_records(text, heads):
        assert all(isinstance(value, str) for value, _ in record.values())
    assert all(isinstance(value, str) for value, _ in record_under(text, heads).values())
