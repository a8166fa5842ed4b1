"""Probe O's query screenshots, joint notices and certificates, typed again in other names: a
query row whose 分类号 and 软件全称 OCR boxed as one; a holder's name wrapped in its cell; a
query of two records, each with its own holder; ministries' offices issuing one notice; a
member table headed under the experts' leader's signature."""

from __future__ import annotations

from extractor.doctypes import doctype
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText
from tests.typed_certificates import LEFT, Title, fields_of

HEADS = [("登记号", 35), ("分类号", 185), ("软件全称", 264), ("软件简称", 634), ("版本号", 755), ("著作权人", 825),
         ("首次发表日期", 1175), ("登记日期", 1304)]


def _query(rows: list[tuple[str, int, int]]) -> dict:
    lines = [Line(t, (x, 302, x + 18 * len(t), 328), 0.99) for t, x in HEADS]
    lines += [Line(t, (x, y, x + 16 * len(t), y + 22), 0.98) for t, x, y in rows]
    lines.insert(0, Line("计算机软件著作权登记公告", (36, 195, 283, 222), 0.99))
    result = ReadResult("query.png", "0" * 64, pages=[Page(1, 1440, 900, "ocr", lines)], page_count=1)
    return doctype("software_copyright").extract(DocText(result)).values


def test_a_name_boxed_with_its_class_code_and_a_holder_wrapped_in_its_cell():
    values = _query([("2023SR1190432", 36, 355), ("30200-0000压铸岛工艺参数自整定系统", 187, 355), ("自整定", 635, 353),
                     ("V1.0", 753, 352), ("重庆渝江压铸有限公司;", 827, 353), ("2023-05-30", 1176, 354), ("2023-09-12", 1306, 354),
                     ("重庆市永川区长城机械制造有限公司", 828, 377)])
    assert values.get("software_name") == "压铸岛工艺参数自整定系统"
    assert values.get("holders") == ["重庆渝江压铸有限公司", "重庆市永川区长城机械制造有限公司"]
    assert str(values.get("date")) == "2023-09-12"


def test_a_query_of_two_records_gives_the_first_records_holder_once():
    values = _query([("2022SR0100213", 35, 354), ("30100-7300 压铸岛远程运维平台", 185, 352), ("V2.1", 753, 352),
                     ("重庆渝江压铸有限公司", 828, 355), ("未发表", 1174, 352), ("2022-01-20", 1306, 354),
                     ("2021SR1700321", 36, 401), ("30100-7300压铸岛边缘分析软件", 186, 399), ("V1.0", 754, 399),
                     ("重庆渝江压铸有限公司", 828, 401), ("2021-09-01", 1176, 400), ("2021-12-06", 1306, 400)])
    assert values.get("holders") == ["重庆渝江压铸有限公司"]
    assert values.get("registration_number") == "2022SR0100213" and str(values.get("date")) == "2022-01-20"


def test_ministries_offices_issuing_together_the_first_is_the_issuer():
    fields = fields_of("official_recognition", ("工信厅联通装函〔2024〕112号", LEFT + 200),
                       "工业和信息化部办公厅 国家发展改革委办公厅", Title("关于公布2024年度智能制造示范工厂名单的通知"),
                       "各省、自治区、直辖市工业和信息化主管部门：", "现将名单予以公布。",
                       ("工业和信息化部办公厅 国家发展改革委办公厅", LEFT + 600), ("2024年10月8日", LEFT + 700))
    assert fields.get("issuer") == "工业和信息化部办公厅"


def test_a_member_table_under_the_experts_leaders_signature_is_the_projects():
    fields = fields_of("project_acceptance", Title("验收意见"),
                       "2023年9月15日，重庆市科学技术局组织专家组对重庆渝江压铸有限公司承担的“压铸岛数字孪生平台研发”项目进行了验收。",
                       "专家组一致同意该项目通过验收。", "验收专家组组长（签字）：谢家明", Title("主要研制人员名单"),
                       [("序号", LEFT), ("姓名", LEFT + 100), ("职称", LEFT + 300), ("工作单位", LEFT + 560), ("对项目的贡献", LEFT + 960)],
                       [("1", LEFT), ("庞涛", LEFT + 100), ("正高级工程师", LEFT + 300), ("重庆渝江压铸有限公司", LEFT + 560), ("总体设计", LEFT + 960)],
                       [("2", LEFT), ("杭慧敏", LEFT + 100), ("高级工程师", LEFT + 300), ("重庆渝江压铸有限公司", LEFT + 560), ("平台架构", LEFT + 960)],
                       [("3", LEFT), ("谢立新", LEFT + 100), ("工程师", LEFT + 300), ("重庆大学", LEFT + 560), ("算法研究", LEFT + 960)])
    assert fields.get("members") == ["庞涛", "杭慧敏", "谢立新"]
