"""Contracts that name their parties in other places than a labelled line of their own, and
letters that give the recommender's title in other places than a 职称 cell: typed pages of
layouts no outside set was seen to print, each with the buyer first and the seller second."""

from __future__ import annotations

import pytest

from tests.typed_certificates import LEFT, Title, read

BUYER, SELLER = "重庆两江智控装备有限公司", "贵州黔南精密机械股份有限公司"


def _contract(*rows):
    doc = read(*rows)
    assert doc.doc_type == "revenue_proof"
    return doc.fields


def test_a_contract_naming_its_parties_in_its_opening_sentence_by_what_it_calls_them():
    """本合同由X（以下称“委托方”）与Y（以下称“服务方”）于…签订: each party is the name before
    the word the contract calls it, and the contract's own signing day is its date."""
    fields = _contract(Title("技术服务合同"),
                       f"本合同由{BUYER}（以下称“委托方”）与{SELLER}（以下称“服务方”）于2022年5月6日在重庆签订。",
                       "服务内容：产线数字化改造咨询。", "合同金额：85万元（大写：捌拾伍万元整）。", "双方签字盖章后生效。")
    assert fields["parties"] == [BUYER, SELLER]
    assert str(fields["date"]) == "2022-05-06"


def test_the_contracts_word_decides_the_side_whichever_party_is_named_first():
    fields = _contract(Title("设备销售合同"),
                       f"本合同由{SELLER}（以下简称“卖方”）与{BUYER}（以下简称“买方”）共同订立。",
                       "合同总价：人民币壹佰万元整。", "签订日期：2019年3月1日")
    assert fields["parties"] == [BUYER, SELLER]


def test_a_contract_that_names_each_side_before_its_party_in_prose():
    fields = _contract(f"甲方{BUYER}与乙方{SELLER}经友好协商，签订本合同。", "合同总额：50万元整。",
                       "签订日期：2012年12月12日")
    assert fields["parties"] == [BUYER, SELLER]


def test_a_sentence_naming_one_party_only_names_no_parties():
    """A certificate that speaks of one company (由重庆…公司（以下简称“甲方”）负责) gives no pair."""
    fields = _contract(Title("合同"), f"本项目由{BUYER}（以下简称“甲方”）负责实施。", "合同金额：50万元。",
                       "2012年12月12日")
    assert fields.get("parties") != [BUYER]


def test_a_table_of_the_two_sides_reads_each_name_centred_under_its_column():
    fields = _contract(Title("产品购销合同"), [("项目", LEFT), ("买方", 600), ("卖方", 1100)],
                       [("单位名称", LEFT), (BUYER, 450), (SELLER, 1000)],
                       [("法定代表人", LEFT), ("李强", 600), ("诸葛明", 1100)],
                       "合同金额：¥1,250,000.00 元", "签订日期：2020年11月2日")
    assert fields["parties"] == [BUYER, SELLER]


def test_a_signature_table_names_each_party_after_its_name_caption_under_its_side():
    fields = _contract(Title("设备维保服务合同"), "服务费用：每年36万元，合计108万元。",
                       [("甲方", LEFT), ("乙方", 900)],
                       [("单位名称（盖章）：" + BUYER, LEFT), ("单位名称（盖章）：" + SELLER, 900)],
                       [("日期：2022年1月4日", LEFT), ("日期：2022年1月4日", 900)])
    assert fields["parties"] == [BUYER, SELLER]


@pytest.mark.parametrize("under", [LEFT, LEFT + 130])
def test_a_partys_name_wrapped_in_its_cell_is_joined(under):
    """采购方：重庆…装备有限 / 公司: the wrap flush with the line or hung under the value."""
    fields = _contract(Title("采购合同"), "采购方：重庆两江智控装备有限", ("公司", under), "供货方：" + SELLER,
                       "合同价款：人民币壹佰万元整", "2019年9月9日")
    assert fields["parties"] == [BUYER, SELLER]


BODY = ["兹推荐欧阳晓峰同志申报正高级工程师任职资格。该同志长期从事工业互联网平台研发，成绩突出。", "特此推荐。"]


def test_a_recommenders_title_in_brackets_after_the_word_recommender():
    doc = read(Title("推荐意见"), *BODY, ("推荐人（正高级工程师）：皇甫文清", 800), ("2021年3月2日", 900))
    assert (doc.fields["recommender"], doc.fields["recommender_title"]) == ("皇甫文清", "professorate_senior_engineer")
    assert doc.fields["candidate"] == "欧阳晓峰"


def test_a_bracket_that_is_no_title_gives_no_title():
    doc = read(Title("推荐意见"), *BODY, ("推荐人（签字）：皇甫文清", 800), ("2021年3月2日", 900))
    assert doc.fields.get("recommender_title") is None


def test_a_recommenders_profile_in_prose_gives_the_title_among_its_first_parts():
    doc = read(Title("推荐信"), *BODY,
               "推荐人简介：皇甫文清，女，1968年生，博士，正高级工程师，现任重庆大学教授。",
               ("推荐人：皇甫文清", 900), "2018年4月1日")
    assert doc.fields["recommender_title"] == "professorate_senior_engineer"


def test_a_profile_whose_first_title_is_of_another_series_gives_it_as_printed():
    """皇甫文清，女，教授，…正高级工程师 later: his title as printed first is 教授, not an engineer's."""
    doc = read(Title("推荐信"), *BODY,
               "推荐人简介：皇甫文清，女，教授，博士生导师，曾获正高级工程师评委聘任。",
               ("推荐人：皇甫文清", 900), "2018年4月1日")
    assert doc.fields.get("recommender_title") == "教授"  # (no 正高级工程师: counted for none)


def test_a_contract_whose_other_side_is_printed_but_not_read_names_no_parties():
    """乙方（盖章）： with its name under a seal the reading lost: one side alone would read as
    a company's own figures, so no ``parties`` at all, and a note says why."""
    doc = read(Title("设备采购合同"), f"甲方（买方）：{BUYER}", "乙方（卖方）：", "合同总价：人民币捌拾万元整（¥800,000.00）",
               "签订日期：2021年4月9日")
    assert doc.doc_type == "revenue_proof"
    assert doc.fields.get("parties") is None
    assert any("只读出一方" in reason for reason in doc.reasons)


def test_a_companys_own_certificate_with_no_second_side_keeps_its_one_name():
    """A 财务证明 has one company and no second side's label: its one name stands."""
    fields = _contract(Title("财务证明"), f"兹证明{BUYER}2022年度营业收入为3,560万元。", "特此证明。",
                       BUYER, "2023年3月1日")
    assert fields.get("parties") == [BUYER]


def test_a_contract_dated_only_by_each_sides_日期_in_its_signature_table():
    fields = _contract(Title("技术服务合同"), f"甲方：{BUYER}", f"乙方：{SELLER}", "服务费用：人民币壹拾贰万元整（¥120,000.00）。",
                       "甲方（盖章）：          乙方（盖章）：", "日期：2023年5月6日      日期：2023年5月6日")
    assert str(fields["date"]) == "2023-05-06"


def test_a_contract_dated_by_its_订立时间():
    fields = _contract(Title("建设工程设计合同"), f"发包人：{BUYER}", f"设计人：{SELLER}", "签约合同价：人民币伍拾万元整",
                       "合同订立时间：2020年12月22日")
    assert str(fields["date"]) == "2020-12-22"


def test_a_licence_is_paid_by_its_licensee_to_its_licensor():
    fields = _contract(Title("专利实施许可合同"), f"许可方：{SELLER}", f"被许可方：{BUYER}", "许可使用费：（小写）30.00万元",
                       "签订日期：2021年6月1日")
    assert fields["parties"] == [SELLER, BUYER]  # (both read; listed as printed: the licensor first)


def test_a_railway_works_section_is_a_party():
    fields = _contract(Title("检测服务合同"), "甲方：中国铁路成都局集团有限公司重庆工务段", f"乙方：{SELLER}",
                       "合同总价：216.5万元", "签订日期：2022年2月16日")
    assert fields["parties"] == ["中国铁路成都局集团有限公司重庆工务段", SELLER]


def test_a_recommending_experts_row_under_a_merged_caption():
    doc = read(Title("专家推荐意见表"), "申报人：陈晓东", "推荐专家 姓名 职称 工作单位", [("诸葛明远 正高级工程师 中铁二院工程集团有限责任公司", 400)],
               "推荐意见：特推荐其申报正高级工程师。", "2023年7月10日", name="陈晓东")
    assert doc.fields.get("recommender") == "诸葛明远"
    assert doc.fields.get("recommender_title") == "professorate_senior_engineer"
