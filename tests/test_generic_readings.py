"""Readings that hold whatever the layout: rules that name a convention of the document kind
(a 证书号's R-suffix, a VAT invoice's buyer-then-seller 名称 blocks, an issue's 出版 line) or a
shape (a list of units run on under its label, a label's value on the line under it, a
second paper's first page in a 合订本), not one generator's wording.

Written from the misses of the set ``fresh`` (fixtures.outside.fresh) once it was taken out
of the held-out sets; every case here is typed anew, in other words than that set's.
"""

from __future__ import annotations

from extractor.idscan import find_isbns
from extractor.layout import is_name, not_a_name
from extractor.model import Page, ReadResult
from tests.typed_certificates import HEIGHT, LEFT, SIZE, WIDTH, Title, fields_of, page
from zhicheng.binder import pieces

V = LEFT + 320


def test_the_award_rank_of_a_certificate_number_ending_in_r_and_a_place():
    fields = fields_of("award_certificate", Title("重庆市技术发明奖"), Title("证书"),
                       "为表彰2021年度重庆市技术发明奖获得者，特颁发此证书。",
                       [("项目名称：", LEFT), ("《多工位冲压线在线检测系统》", V)],
                       [("奖励等级：", LEFT), ("一等奖", V)],
                       [("获 奖 者：", LEFT), ("欧阳明", V)],
                       [("证书号：", LEFT), ("2021-F-1-006-R04", V)],
                       ("重庆市人民政府", 900), ("二〇二二年三月", 900))
    assert fields["holder"] == "欧阳明" and fields["rank"] == 4


def test_a_certificate_number_without_a_person_suffix_gives_no_rank():
    fields = fields_of("award_certificate", Title("重庆市科学技术进步奖"), Title("证书"),
                       "为表彰2021年度重庆市科学技术进步奖获得者，特颁发此证书。",
                       [("获奖者：", LEFT), ("欧阳明", V)], [("证书号：", LEFT), ("2021-J-2-006-D01", V)],
                       ("重庆市人民政府", 900), ("二〇二二年三月", 900))
    assert "rank" not in fields


def _issue_imprint(journal: str, printed: str) -> list:
    return [Title(journal), ("（双月刊）", 700), ("第12卷 第3期（总第66期）", 600), (printed, 640),
            [("主　　管", LEFT), ("重庆市科学技术协会", V)], [("编辑出版", LEFT), (f"《{journal}》编辑部", V)],
            [("国际标准连续出版物号", LEFT), ("ISSN 1008-0813", V + 200)],
            [("国内统一连续出版物号", LEFT), ("CN 50-1062/TH", V + 200)]]


def test_a_journal_dated_and_named_by_the_issue_imprint_bound_after_the_paper():
    first = page(Title("数控机床热误差补偿的边缘计算方法"), ("钟立新 上官敏", 700), ("（山城理工学院，重庆 400054）", 560),
                 "摘要：提出一种边缘侧热误差补偿方法，在三条产线上验证。", "关键词：热误差；边缘计算；数控机床",
                 "1 引言", "数控机床的热误差占加工误差的四成以上。")
    imprint = page(*_issue_imprint("装备智造前沿", "2022年5月18日出版"))
    result = ReadResult("paper.pdf", "0" * 64, page_count=2,
                        pages=[Page(1, WIDTH, HEIGHT, "ocr", first), Page(2, WIDTH, HEIGHT, "ocr", imprint)])
    from extractor.doctypes import doctype
    from extractor.text import DocText
    fields = doctype("journal_paper").extract(DocText(result)).values
    assert fields["journal"] == "装备智造前沿"
    assert str(fields["date"]) == "2022-05"


def _paper_first_page(title: str, authors: str, journal: str) -> list:
    return page((f"{journal} 2023年第2期", LEFT), Title(title), (authors, 700), ("（嘉陵工学院，重庆 400054）", 560),
                "摘要：针对产线数据采集不一致的问题，提出一种同步方法。", "关键词：数据采集；工业互联网",
                "1 引言", "离散制造企业正在推进设备联网。", "ISSN 1008-0813 CN 50-1062/TH")


def test_two_papers_bound_one_after_the_other_are_two_documents():
    refs = page(Title("参考文献"), "[1] 张伟.数字孪生车间[J].机械工程学报,2019,55(3):1-9.",
                "[2] 李娜.边缘计算综述[J].计算机集成制造系统,2020,26(1):2-10.")
    result = ReadResult("binder.pdf", "0" * 64, page_count=3, pages=[
        Page(1, WIDTH, HEIGHT, "ocr", _paper_first_page("注塑机能耗的在线监测方法", "钟立新 上官敏", "智造与信息化")),
        Page(2, WIDTH, HEIGHT, "ocr", refs),
        Page(3, WIDTH, HEIGHT, "ocr", _paper_first_page("焊装线节拍的协同优化", "司马宁 何欣", "山地机械与智造"))])
    assert [(p.first, p.last, p.doc_type) for p in pieces(result)] == [(1, 2, "journal_paper"), (3, 3, "journal_paper")]


def test_an_acceptance_under_any_members_label_and_its_leader_in_the_table():
    fields = fields_of("project_acceptance", Title("项目验收结论书"),
                       "项目名称 工业机器人离线编程平台研发", "项目负责人 钟立新", "验收时间 2021.06.18",
                       "项目实施人员：", ("上官敏 公孙凯 苏薇", LEFT + 40), ("莫春 程一文 韦 佳", LEFT + 40),
                       ("秦娜", LEFT + 40), "验收结论：通过验收", ("2021年6月18日", 900))
    assert fields["members"] == ["上官敏", "公孙凯", "苏薇", "莫春", "程一文", "韦佳", "秦娜"]
    table = fields_of("project_acceptance", Title("验收意见"), "项目名称：压铸岛数字化改造项目", "验收结论：通过",
                      "二、项目组主要成员", "序号 姓名 性别 职称 工作单位 分工",
                      "1 黄一鸣 男 高级工程师 重庆某科技有限公司 项目负责人",
                      "2 苏薇 女 工程师 重庆某科技有限公司 软件开发", ("2019年7月18日", 900))
    assert table["members"] == ["黄一鸣", "苏薇"] and table["leader"] == "黄一鸣"


def test_expert_panel_labels_are_not_the_projects_people():
    from extractor.doctypes.project_acceptance import _own_member_labels
    from extractor.text import DocText
    doc = DocText(ReadResult("x.png", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "ocr", page(
        "验收组成员：", "评审专家人员：", "课题实施人员：", "联系人员："))]))
    assert _own_member_labels(doc) == ["课题实施人员"]


def test_a_reports_name_printed_under_its_kind_and_its_number_is_nobody():
    fields = fields_of("technical_report", ("重庆智造研究院", LEFT), ("报告编号：CQZY-TR-2024-031", 1100),
                       Title("技术报告"), Title("伺服压机在线监测工程化验证技术报告"),
                       [("作 者：", LEFT), ("钟立新（重庆智造研究院）", V)], ("上官敏（重庆智造研究院）", V),
                       [("完成日期：", LEFT), ("2024年02月24日", V)])
    assert fields["title"] == "伺服压机在线监测工程化验证技术报告"
    assert fields["authors"] == ["钟立新", "上官敏"]


def test_codes_and_next_labels_are_no_names():
    assert not is_name("CDWW-TR-") and not is_name("GB-T") and is_name("Zhang Wei") and is_name("SMITH JOHN")
    assert not_a_name("登记号") and not_a_name("证书号") and not not_a_name("周号")


def test_patentees_run_on_one_unit_a_line_under_the_first():
    fields = fields_of("patent_certificate", Title("发明专利证书"), "发明名称：一种焊缝跟踪方法",
                       "发明人：钟立新;上官敏", "专利号：ZL 2019 1 0000001.5", "专利申请日：2019年01月02日",
                       "专利权人：重庆某某智能装备有限公司", ("重庆某某大学", LEFT + 180), ("西部某某研究院", LEFT + 180),
                       "地 址：400044 重庆市沙坪坝区", "授权公告日：2021年03月04日")
    assert fields["patentees"] == ["重庆某某智能装备有限公司", "重庆某某大学", "西部某某研究院"]


def test_an_ecertificate_on_a_phone_puts_each_value_under_its_label():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"), "软件名称", "产线设备远程运维平台",
                       "著作权人", "重庆某某机器人股份有限公司", "登记号", "2024SR1234567", "登记日期", "2024-07-02")
    assert fields["holders"] == ["重庆某某机器人股份有限公司"]


def test_a_cip_line_whose_dash_ocr_read_as_one():
    fields = fields_of("book", Title("图书在版编目（CIP）数据"),
                       "工业互联网平台实践/钟立新，上官敏著，一重庆：山城科技出版社，", "2023.5",
                       "ISBN 978-7-5689-3999-7")
    assert fields["authors"] == ["钟立新", "上官敏"]


def test_an_isbn_prefix_a_fax_garbled():
    assert [f.value for f in find_isbns("1S3N 9787568939997")] == ["9787568939997"]
    assert find_isbns("1S3N 1234567890123") == []  # no 978/979: no ISBN made of it


def test_a_vat_invoice_whose_role_words_stand_down_its_margin():
    fields = fields_of("revenue_proof", Title("重庆增值税专用发票"), ("开票日期：2016年12月30日", 1000),
                       [("购", LEFT - 120), ("名　称：重庆甲方智能装备股份有限公司", LEFT)],
                       [("买", LEFT - 120), ("纳税人识别号：915000000000000001", LEFT)],
                       "合　计 ¥22136.75 ¥3763.25", "价税合计（大写）贰万伍仟玖佰元整 （小写）¥25900.00",
                       [("销", LEFT - 120), ("名　称：重庆乙方电子科技股份有限公司", LEFT)],
                       [("售", LEFT - 120), ("纳税人识别号：915000000000000002", LEFT)])
    assert fields["parties"] == ["重庆甲方智能装备股份有限公司", "重庆乙方电子科技股份有限公司"]
