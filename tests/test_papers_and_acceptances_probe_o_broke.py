"""Probe O (single pages by a tester who read no code) and probe P's bundles, typed again in
other names: a journal whose issue month stands apart from its volume (Vol.31 No.7 at the
head, its name and month at the foot) was dated by its 收稿日期; a footer's 《name》 lost to a
column heading; a citation's [J] read D]; a title's last word on a line of its own read as
the authors; 职责 read as an author; a 重庆 smart-factory programme read as a company's;
an acceptance commissioned by a commission (…委托…研究院组织) read as the institute's."""

from __future__ import annotations

from extractor.doctypes import doctype
from extractor.fields.levels import level_of
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_certificates import LEFT, Title, fields_of

BODY = ["摘要:针对冲压线换模时间长的问题,提出一种基于数字孪生的快速换模方法。", "关键词:冲压线;快速换模;数字孪生",
        "中图分类号:TG385 文献标识码:A"]


def _paper(rows: list[tuple[str, int, int, int]]) -> dict:
    lines = [Line(t, (x, y, x + w * len(t), y + w), 0.97) for t, x, y, w in rows]
    result = ReadResult("paper.png", "0" * 64, pages=[Page(1, 1654, 2339, "ocr", lines)], page_count=1)
    return doctype("journal_paper").extract(DocText(result)).values


def _body(top: int = 700) -> list[tuple[str, int, int, int]]:
    return [(t, 170, top + 60 * k, 30) for k, t in enumerate(BODY)]


def test_a_month_at_the_foot_dates_an_issue_whose_head_prints_its_volume_alone():
    values = _paper([("Vol.31 No.7", 170, 96, 30), ("Journal of Mechanical Transmission", 980, 96, 24),
                     ("冲压线快速换模的数字孪生方法研究", 380, 230, 48), ("杭慧敏1,谢立新2", 600, 400, 36), *_body(),
                     ("收稿日期:2022-09-14;修订日期:2022-12-01。", 170, 2050, 26),
                     ("机械传动 Jul. 2023", 170, 2247, 28), ("CN 41-1129/TH ISSN 1004-2539", 1180, 2248, 26)])
    assert str(values.get("date")) == "2023-07" and values.get("journal") == "机械传动"


def test_a_footers_name_in_book_title_marks_beside_the_issue_names_the_journal():
    values = _paper([("智能装备与控制技术", 166, 93, 30), ("冲压线快速换模的数字孪生方法研究", 380, 230, 48),
                     ("杭慧敏,谢立新", 600, 400, 36), *_body(), ("收稿日期:2023-02-14", 165, 2047, 26),
                     ("《锻压技术》2023年 第48卷 第8期", 178, 2247, 28)])
    assert values.get("journal") == "锻压技术"


def test_a_citations_mark_read_d_still_names_the_journal_and_the_title_is_never_it():
    values = _paper([("2022年第41卷第3期", 947, 180, 20), ("冲压线快速换模的数字孪生方法研究", 540, 246, 26),
                     ("杭慧敏1,谢立新2", 609, 292, 24), *_body(400),
                     ("引用格式:杭慧敏,谢立新.冲压线快速换模的数字孪生方法研究D]. 锻压技术,2022,41(3):29-35.", 384, 1208, 16)])
    assert values.get("journal") == "锻压技术"


def test_a_titles_last_word_on_a_line_of_its_own_is_the_titles_not_an_author():
    values = _paper([("第31卷 第7期 机械传动 Vol.31 No.7", 521, 168, 36), ("2023年7月 CN41-1129/TH ISSN1004-2539", 536, 218, 36),
                     ("基于数字孪生的冲压线快速换模协同调度", 186, 312, 78), ("方法", 779, 406, 89),
                     ("杭慧敏,谢立新,庞涛", 659, 507, 56), ("(重庆渝江压铸有限公司,重庆401120)", 468, 571, 40), *_body(670)])
    assert values.get("title") == "基于数字孪生的冲压线快速换模协同调度方法"
    assert values.get("authors") == ["杭慧敏", "谢立新", "庞涛"]


def test_a_duties_caption_is_no_author():
    fields = fields_of("technical_report", Title("压铸岛智能化改造可行性研究报告"), "编制单位：重庆渝江压铸有限公司",
                       [("职责", LEFT), ("姓名", LEFT + 320), ("职称", LEFT + 640)],
                       [("批准", LEFT), ("庞涛", LEFT + 320), ("正高级工程师", LEFT + 640)],
                       [("编制", LEFT), ("杭慧敏", LEFT + 320), ("高级工程师", LEFT + 640)],
                       [("编制", LEFT), ("谢立新", LEFT + 320), ("工程师", LEFT + 640)], "二〇二二年十月")
    assert "职责" not in (fields.get("authors") or [])


def test_a_smart_factory_programme_is_no_factory_issuing_it():
    assert level_of("重庆市智能工厂示范项目")[0].value == "provincial"
    assert level_of("永川区数字化工厂培育项目")[0].value == "municipal"
    assert level_of("重庆渝江压铸厂")[0].value == "enterprise"


def test_a_level_stated_in_brackets_is_the_level():
    assert level_of("智能工厂示范项目（省级）")[0].value == "provincial"
    assert level_of("重庆市经济和信息化委员会（盖章）")[0].value == "provincial"


def test_a_one_letter_city_is_no_city():
    assert level_of("天市人民政府")[0] is None


def _opinion(*sentences: str) -> dict:
    return fields_of("project_acceptance", Title("智能制造项目现场验收意见"), *sentences, ("验收专家组", LEFT + 800),
                     ("2024年3月6日", LEFT + 800))


def test_an_acceptance_commissioned_by_a_commission_is_the_commissions():
    fields = _opinion("2024年3月6日，重庆市经济和信息化委员会委托重庆市工业互联网研究院组织专家对“重庆渝江压铸有限公司",
                      "压铸岛数字化车间”项目进行现场验收。", "项目组成员：庞涛（项目负责人）、杭慧敏、谢立新",
                      "验收意见：专家组一致同意通过验收。")
    assert fields.get("level") == "provincial"
    assert fields.get("leader") == "庞涛" and fields.get("members") == ["庞涛", "杭慧敏", "谢立新"]
    assert fields.get("passed") is True


def test_rework_then_reinspection_is_not_passed():
    fields = _opinion("项目组成员：庞涛、杭慧敏、谢立新", "验收意见：设备联网率仅为80%。专家组意见：需整改后复验。")
    assert fields.get("passed") is False


def test_the_acceptance_day_before_the_day_the_work_closed():
    fields = fields_of("project_acceptance", Title("内部研发项目结题验收报告"),
                       [("项目名称", LEFT), ("压铸参数自整定系统研发", LEFT + 300)],
                       [("结题时间", LEFT), ("2023年2月28日", LEFT + 300)], [("验收日期", LEFT), ("2023年3月10日", LEFT + 300)],
                       "验收结论：项目达到立项书规定的各项技术指标，同意结题。")
    assert str(fields.get("acceptance_date")) == "2023-03-10"
