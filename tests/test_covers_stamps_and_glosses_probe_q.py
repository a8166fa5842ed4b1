"""Probe Q (single pages by a tester who read no code), typed again in other names: a
standard's cover printing its code alone over its number (T/CAMS | T/CAMS128-2023); a copy
stamp a letter damaged (复印件与原件政致) whose handler's day was taken for the certificate's; a
bilingual certificate whose English gloss stands between caption and value (姓名 Name 诸葛明);
a book's 副主编 read as a person."""

from __future__ import annotations

from extractor.idscan import find_all
from tests.typed_certificates import LEFT, Title, fields_of


def test_a_code_printed_alone_over_the_number_does_not_hide_it():
    text = "ICS 25.040.30\nJ28\nT/CAMS\nT/CAMS128-2023\n工业机器人 关节减速器 精度保持性试验方法"
    assert [n.value for n in find_all(text)["standard_number"]] == ["T/CAMS 128-2023"]
    assert [n.value for n in find_all("JB/T\nJB/T14389-2022\n数控滚齿机")["standard_number"]] == ["JB/T 14389-2022"]


def test_a_copy_stamps_handler_day_is_never_the_certificates():
    fields = fields_of("award_certificate", Title("重庆市科学技术奖证书"), "为表彰在推动科学技术进步中作出突出贡献者，特颁发此证书。",
                       "项目名称：压铸岛能耗在线监测与优化关键技术", "奖励等级：二等", "获奖者：庞涛", "排 名：3",
                       ("复印件与原件政致", LEFT + 800), ("经办人：2025.03.12", LEFT + 760))
    assert fields.get("date") is None


def test_a_gloss_between_caption_and_value_is_no_holder():
    fields = fields_of("title_certificate", Title("专业技术职务任职资格证书"), "Certificate of Professional Qualification",
                       "姓名 Name 庞涛", "资格名称 Qualification 高级工程师 Senior Engineer", "取得时间 Date 2024-01-05")
    assert fields.get("holder") == "庞涛" and str(fields.get("date")) == "2024-01-05"


def test_a_deputy_editors_caption_is_no_author():
    from extractor.layout import not_a_name
    assert not_a_name("副主编") and not_a_name("参编") and not not_a_name("华莱")


def test_a_copyright_pages_grid_gives_its_title_and_press():
    fields = fields_of("book", Title("版 权 页"), "书名 压铸岛数字孪生建模与实践", "著者 庞涛 著", "出版社 重庆出版社",
                       "出版时间 2019年11月", "字数 25.6 万字", "ISBN 978-7-111-74521-1")
    assert fields.get("title") == "压铸岛数字孪生建模与实践" and fields.get("publisher") == "重庆出版社"


def test_a_change_of_registrations_note_is_no_part_of_the_holder():
    from extractor.layout import holders
    assert holders(None, None, "（变更后）重庆渝江压铸有限公司") == ["重庆渝江压铸有限公司"]


def test_a_decisions_year_leaves_no_year_on_the_award_or_its_level():
    fields = fields_of("award_certificate", ("关于公布2023年重庆市职工技术创新成果奖的决定（获奖证书附件）", LEFT), Title("证　书"),
                       "成果名称：压铸岛能耗在线监测与优化", "获奖等级：优秀奖", "完成人：庞涛、杭慧敏",
                       ("重庆市总工会", LEFT + 800), ("二〇二三年十月十六日", LEFT + 800))
    assert fields.get("award_name") == "重庆市职工技术创新成果奖" and fields.get("level") == "provincial"


def test_a_title_card_whose_grid_says_kaohe_rending_is_a_title_certificate():
    from tests.typed_certificates import read
    doc = read(Title("专业技术职务任职资格证书"), "姓名 庞涛", "身份证号 50010219900312****", "资格名称 工程师",
               "专业 材料成型及控制工程", "取得方式 考核认定", "取得时间 2021年06月30日", "认定单位 重庆市经济和信息化委员会",
               "证书编号 CQ-ZC-2021-0630-04417")
    assert doc.doc_type == "title_certificate"
    assert doc.fields.get("holder") == "庞涛" and doc.fields.get("title") == "engineer"


def test_a_title_booklets_inner_page_is_a_title_certificate():
    from tests.typed_certificates import read
    doc = read([("资格名称 高级工程师", LEFT + 700)], [("评审机构 重庆市工程技术", LEFT + 700)],
               [("高级职称评审委员会", LEFT + 780)], [("通过时间 2019年12月", LEFT + 700)],
               [("批准文号 渝人社职〔2020〕18号", LEFT + 700)], [("发证时间 2020年4月", LEFT + 700)],
               "姓名龚丽萍", "性别女", "出生年月 1983年7月", "工作单位重庆渝江压铸有限公司")
    assert doc.doc_type == "title_certificate"
    assert doc.fields.get("title") == "senior_engineer" and str(doc.fields.get("date")) == "2019-12"


def test_a_title_recognised_by_a_companys_committee_is_dated_by_its_sentence_not_the_issue_day():
    fields = fields_of("title_certificate", Title("专业技术职务资格证书"),
                       "司马晓峰同志于二 一七年七月经重庆钢铁集团有限责任公司初级职称评",
                       "审（认定）委员会认定，具备助理工程师任职资格。", "专业：冶金工程",
                       ("重庆钢铁集团有限责任公司", LEFT + 800), ("二〇一七年八月十日", LEFT + 850))
    assert fields.get("title") == "assistant_engineer" and str(fields.get("date")) == "2017-07"
