"""Contracts, registrations, awards, diplomas, letters and notices in wordings real ones use.

Each test types a document line by line as a reader would hand it over (``page``: lines
laid out top to bottom with plausible boxes, full-width punctuation folded as reading folds
it) and checks what the classifier and the field parser make of it:

- a 技术合同认定登记证明 (a form: 委托方（甲方）| name, 受托方（乙方）| name, 合同成交额 with
  the smaller 技术交易额 under it, 合同签订日期 and 登记日期): the amount is the 成交额, the
  parties are the two in the cells beside their roles, the date is the registration's;
- a 设备购销合同 whose parties are 购买方（甲方）/ 销售方（乙方）, its items in a table and its
  total in capitals and figures;
- an award whose rank follows the holder in brackets (获奖者（排序）：张三（3）);
- a letter signed at the foot with its 职  称 label printed spaced out (read as two boxes);
- a 公示 whose 公示期 is a range of days, not the notice's date, and a 红头 notice whose
  抄送 / 印发 lines are not its date either.

A wrong value is worse than a missing one: where a document does not settle a field, the
tests say it is left out.
"""

from __future__ import annotations

import pytest
from tests.typed_certificates import LEFT, Title, cells, fields_of, read


# =========================================================================== revenue


def _registration(*extra):
    return (Title("技术合同认定登记证明"),
            *cells(("登记编号", "20255060253527"), ("合同名称", "汽车焊装线在线监测系统开发合同"),
                   ("合同类别", "技术开发(委托)"), ("委托方(甲方)", "重庆巴渝云智能制造有限责任公司"),
                   ("受托方(乙方)", "重庆汇川江机器人有限公司"), ("合同成交额", "639万元"),
                   ("其中：技术交易额", "383.4万元"), ("合同签订日期", "2025年2月20日"),
                   ("登记日期", "2025年3月30日")),
            "经审查，该合同符合技术合同认定规则，予以登记。本证明仅作为享受相关政策的凭证。",
            *extra)


def test_a_technical_contract_registration_reads_its_deal_amount_parties_and_registration_date():
    doc = read(*_registration(("江津区技术合同登记站", 1000), ("2025年3月30日", 1000)))
    assert doc.doc_type == "revenue_proof"
    assert doc.fields == {"amount_wan": 639.0,
                          "parties": ["重庆巴渝云智能制造有限责任公司", "重庆汇川江机器人有限公司"],
                          "date": "2025-03-30"}


def test_a_registration_whose_stamp_date_is_lost_still_gives_its_labelled_registration_date():
    fields = fields_of("revenue_proof", *_registration(("江津区技术合同登记站", 1000)))
    assert fields["date"] == "2025-03-30"
    assert fields["amount_wan"] == 639.0


def test_a_registration_without_a_deal_amount_does_not_take_the_technology_share():
    rows = [r for r in _registration() if not (isinstance(r, list) and r[0][0] == "合同成交额")]
    fields = fields_of("revenue_proof", *rows)
    assert "amount_wan" not in fields


def test_a_contract_s_signing_date_stays_its_date_when_it_is_no_registration():
    fields = fields_of("revenue_proof", Title("技术开发合同"),
                       "委托方(甲方)：重庆巴渝云智能制造有限责任公司",
                       "受托方(乙方)：重庆汇川江机器人有限公司",
                       "合同金额：人民币陆佰叁拾玖万元整(¥6,390,000.00)",
                       "签订日期：2025年2月20日", "登记日期：2025年3月30日")
    assert fields == {"amount_wan": 639.0,
                      "parties": ["重庆巴渝云智能制造有限责任公司", "重庆汇川江机器人有限公司"],
                      "date": "2025-02-20"}


def test_a_purchase_contract_with_buyer_and_seller_named_before_their_party_letters():
    doc = read(Title("设备购销合同"), "合同编号：CQHC-2023-0457",
               "购买方(甲方)：重庆瀚川智能科技有限责任公司",
               "销售方(乙方)：重庆鼎衡智能制造股份有限公司",
               "甲乙双方经友好协商，就甲方向乙方购买下列设备事宜订立本合同。",
               [("序号", LEFT), ("设备名称", LEFT + 150), ("数量", LEFT + 500), ("单价(元)", LEFT + 650),
                ("金额(元)", LEFT + 900)],
               [("1", LEFT), ("视觉检测工位", LEFT + 150), ("2", LEFT + 500), ("450,000.00", LEFT + 650),
                ("900,000.00", LEFT + 900)],
               [("2", LEFT), ("伺服压装机", LEFT + 150), ("1", LEFT + 500), ("770,000.00", LEFT + 650),
                ("770,000.00", LEFT + 900)],
               "合同总价：人民币壹佰陆拾柒万元整(¥1,670,000.00)",
               "签订日期：2023年10月13日")
    assert doc.doc_type == "revenue_proof"
    assert doc.fields == {"amount_wan": 167.0,
                          "parties": ["重庆瀚川智能科技有限责任公司", "重庆鼎衡智能制造股份有限公司"],
                          "date": "2023-10-13", "buyer": "重庆瀚川智能科技有限责任公司"}  # 购买方 says who buys


# =========================================================================== awards


@pytest.mark.parametrize("printed, rank", [("获奖者(排序)：慕容英(10)", 10), ("获奖者(排序)：张伟(3)", 3),
                                           ("完成人(排名)：欧阳晓红(第2)", 2)])
def test_an_award_whose_rank_follows_the_holder_in_brackets(printed, rank):
    fields = fields_of("award_certificate", Title("证  书"), ("证书号：KJ2021-3-087-R03", 1000),
                       "获奖项目：基于边缘计算的注塑模具智能工厂示范项目", "奖励类别：重庆市科学技术奖",
                       "奖励等级：三等奖", printed,
                       "为表彰在推动科学技术进步中作出突出贡献者，特颁发此证书。",
                       ("重庆市人民政府", 1000), ("二〇二二年四月二十五日", 1000))
    assert fields["rank"] == rank
    assert fields["holder"] == printed.split("：")[1].split("(")[0]


def test_a_bracketed_note_after_a_holder_that_is_no_number_gives_no_rank():
    fields = fields_of("award_certificate", Title("荣誉证书"), "获奖项目：注塑模具智能工厂示范项目",
                       "获奖者(排序)：张伟(重庆大学)", "奖励等级：二等奖", ("2022年4月25日", 1000))
    assert "rank" not in fields


@pytest.mark.parametrize("printed", ["排名：3", "(第三完成人)", "完成人排序 第3位"])
def test_an_award_s_rank_in_the_wordings_certificates_print(printed):
    fields = fields_of("award_certificate", Title("荣誉证书"), "获奖项目：注塑模具智能工厂示范项目",
                       "获奖者：张伟", printed, "奖励等级：二等奖", ("2022年4月25日", 1000))
    assert fields["rank"] == 3


# =========================================================================== letters


def test_a_letter_signed_at_the_foot_with_a_spaced_title_label():
    doc = read(Title("推荐信"), "重庆市工程技术系列职称评审委员会：",
               "本人龙彬柏，现任重庆渝得电子科技有限公司院长，长期从事工业自动化方面的研究与工程实践。",
               "吴坤海同志(重庆启曜电子科技有限公司)与本人在多个项目中合作14年，该同志专业基础扎实，",
               "取得了突出业绩，解决了多项关键技术难题。",
               "本人认为吴坤海同志已具备高级工程师的专业技术水平，特此推荐。",
               ("推荐人(签名)：龙彬柏", 1000), [("职", 1000), ("称：高级工程师", 1180)],
               ("二〇二五年四月三十日", 1000))
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "龙彬柏", "recommender_title": "senior_engineer", "candidate": "吴坤海"}


def test_a_spaced_title_label_on_the_candidate_s_row_is_not_the_recommender_s():
    fields = fields_of("recommendation_letter", Title("推荐信"),
                       "兹推荐吴坤海同志申报正高级工程师。",
                       [("被推荐人：吴坤海", LEFT), ("职", 800), ("称：高级工程师", 980)],
                       ("推荐人(签名)：龙彬柏", 1000))
    assert "recommender_title" not in fields


# =========================================================================== notices


def test_a_publicity_notice_s_period_is_not_its_date():
    fields = fields_of("official_recognition", Title("关于2025年工业互联网试点示范项目拟认定名单的公示"),
                       "按照有关工作要求，经企业自愿申报、区县推荐、专家评审等程序，拟认定以下5家单位",
                       "为2025年工业互联网试点示范项目，现予以公示。",
                       [("序号", LEFT), ("企业名称", LEFT + 300), ("项目名称", LEFT + 900)],
                       [("1", LEFT), ("重庆锐铭数字科技有限责任公司", LEFT + 300), ("变频器智能产线", LEFT + 900)],
                       "公示期：2025年4月22日至2025年4月28日。公示期间如有异议，请以书面形式向我单位",
                       "反映。", "联系电话：023-67704438")
    assert "date" not in fields


def test_a_publicity_notice_dated_at_its_foot():
    fields = fields_of("official_recognition", Title("关于2025年工业互联网试点示范项目拟认定名单的公示"),
                       "经企业自愿申报、专家评审等程序，拟认定以下单位为2025年工业互联网试点示范项目，现予以公示。",
                       "公示期：2025年4月22日至2025年4月28日。公示期间如有异议，请以书面形式向我单位反映。",
                       ("重庆市经济和信息化委员会", 1000), ("2025年5月4日", 1000))
    assert fields["date"] == "2025-05-04"


def test_a_red_head_notice_is_dated_at_its_foot_not_by_its_copy_lines():
    fields = fields_of("official_recognition", Title("重庆市经济和信息化委员会文件"), "渝经信发〔2023〕45号",
                       Title("关于公布2023年重庆市智能工厂名单的通知"),
                       "各区县（自治县）经济信息委：",
                       "经企业申报、区县推荐、专家评审，认定以下企业为2023年重庆市智能工厂，现予以公布。",
                       ("重庆市经济和信息化委员会", 1000), ("二〇二三年十月十二日", 1000),
                       "抄送：市发展改革委，市财政局。",
                       "重庆市经济和信息化委员会办公室 2023年10月13日印发")
    assert fields["date"] == "2023-10-12"


def test_a_red_head_notice_whose_foot_date_is_lost_is_not_dated_by_its_print_line():
    fields = fields_of("official_recognition", Title("重庆市经济和信息化委员会文件"), "渝经信发〔2023〕45号",
                       Title("关于公布2023年重庆市智能工厂名单的通知"),
                       "经企业申报、区县推荐、专家评审，认定以下企业为2023年重庆市智能工厂，现予以公布。",
                       ("重庆市经济和信息化委员会", 1000),
                       "抄送：市发展改革委，市财政局。",
                       "重庆市经济和信息化委员会办公室 2023年10月13日印发")
    assert "date" not in fields


def test_a_team_listed_with_each_place_in_brackets_gives_no_certificate_rank():
    fields = fields_of("award_certificate", Title("荣誉证书"), "获奖项目：注塑模具智能工厂示范项目",
                       "获奖者(排序)：张伟(1)、李强(2)、王芳(3)", "奖励等级：二等奖", ("2022年4月25日", 1000))
    assert "rank" not in fields
    assert fields.get("holders") in (None, ["张伟", "李强", "王芳"])


def test_a_letter_in_traditional_characters_signed_at_the_foot():
    doc = read(Title("推薦信"), "重慶市工程技術系列職稱評審委員會：",
               "本人周亮娜，現任重慶數字工廠技術研究中心技術總監，具有正高級工程師資格，長期從事機電一體化方面的研究與工程實踐。",
               "令狐秀德同志(重慶數橋信息技術有限責任公司)與本人在多個項目中合作9年，該同志專業基礎扎實。",
               "本人認為令狐秀德同志已具備正高級工程師的專業技術水平，特此推薦。",
               ("推薦人(簽名)：周亮娜", 1000), ("職  稱：正高級工程師", 1000), ("二〇二三年八月八日", 1000))
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "周亮娜", "recommender_title": "professorate_senior_engineer",
                          "candidate": "令狐秀德"}


# =========================================================================== diplomas

_DIPLOMA = (Title("毕业证书"), "学生于琳涛，性别女，一九九八年十月生，于二〇一八年九月至二〇二一年",
            "六月在本校机械设计制造专业三年制专科学习，修完教学计划规定的全部课程，",
            "成绩合格，准予毕业。", ("校  名：陇原机械工程学院", 300), ("校(院)长：崔新", 300))


def test_a_diploma_dated_in_chinese_numerals_at_its_foot_not_by_its_birth_or_study_dates():
    fields = fields_of("degree_certificate", *_DIPLOMA, ("二〇二一年六月二十一日", 1100), "编号：197619649471420042")
    assert fields == {"holder": "于琳涛", "education": "associate", "date": "2021-06-21"}


def test_a_diploma_whose_foot_date_lost_its_year_under_the_seal_gives_no_date():
    fields = fields_of("degree_certificate", *_DIPLOMA, ("年六月二十 日", 1100), "编号：197619649471420042")
    assert "date" not in fields


def test_a_contract_whose_cover_leaves_room_for_its_registration_number_is_dated_when_signed():
    fields = fields_of("revenue_proof", Title("技术开发合同"), ("合同登记编号：", 1000),
                       "委托方(甲方)：重庆巴渝云智能制造有限责任公司", "受托方(乙方)：重庆汇川江机器人有限公司",
                       "合同金额：人民币陆佰叁拾玖万元整", "签订日期：2025年2月20日", "登记日期：2025年3月30日")
    assert fields["date"] == "2025-02-20"


@pytest.mark.parametrize("foot", [True, False])
def test_a_print_line_boxed_apart_from_its_yin_fa_is_not_the_notice_s_date(foot):
    rows = [Title("重庆市经济和信息化委员会文件"), "渝经信发〔2023〕45号", Title("关于公布2023年重庆市智能工厂名单的通知"),
            "经企业申报、区县推荐、专家评审，认定以下企业为2023年重庆市智能工厂，现予以公布。",
            ("重庆市经济和信息化委员会", 1000)]
    rows += [("二〇二三年十月十二日", 1000)] if foot else []
    rows += ["抄送：市发展改革委，市财政局。",
             [("重庆市经济和信息化委员会办公室", LEFT), ("2023年10月13日", 1050), ("印发", 1400)]]
    fields = fields_of("official_recognition", *rows)
    assert fields.get("date") == ("2023-10-12" if foot else None)
