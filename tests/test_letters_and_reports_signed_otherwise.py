"""Letters and reports signed in ways no set printed, found by trying wordings a reviewer meets:
a recommender's name glued to his title (罗娟正高级工程师 is no 罗娟正 of 高级工程师), his title as the
label he signs after, his unit before his name, a self-introduction with 现任; a report written
by one who 执笔 with others who joined, and its 完成人."""

from __future__ import annotations

import pytest

from tests.typed_certificates import Title, read

OPENING = (Title("推荐信"), "兹推荐冉东同志申报高级工程师任职资格。", "特此推荐。")


@pytest.mark.parametrize("rows", [
    ("推荐人：罗娟正高级工程师", "2023年5月6日"),
    ("正高级工程师：罗娟", "2023年5月6日"),
    ("重庆大学 罗娟", "正高级工程师", "2023年5月6日"),
], ids=["name glued to title", "title as the label", "unit before the name"])
def test_the_recommender_and_his_title_however_he_signs(rows):
    document = read(*OPENING, *rows, name="冉东")
    assert document.fields.get("recommender") == "罗娟"
    assert document.fields.get("recommender_title") == "professorate_senior_engineer"
    assert document.fields.get("candidate") == "冉东"


def test_a_recommender_introducing_himself_with_现任():
    document = read(Title("推荐信"), "我叫罗娟，现任重庆大学教授级高级工程师。我推荐冉东同志申报高级工程师任职资格。", "特此推荐。",
                    "2023年5月6日", name="冉东")
    assert (document.fields.get("recommender"), document.fields.get("recommender_title")) == ("罗娟", "professorate_senior_engineer")


def test_a_glued_senior_engineer_is_not_read_as_professorate():
    document = read(*OPENING, "推荐人：罗娟高级工程师", "2023年5月6日", name="冉东")
    assert (document.fields.get("recommender"), document.fields.get("recommender_title")) == ("罗娟", "senior_engineer")


REPORT = (Title("智能产线数字孪生关键技术研究报告"), "重庆云岭控制技术有限公司", "二〇二三年六月")


@pytest.mark.parametrize("line", ["本报告由冉东执笔，罗娟、宋雨参与编写。", "完成人：冉东、罗娟、宋雨"])
def test_a_reports_writers_by_who_wrote_it_and_who_completed_it(line):
    assert read(*REPORT, line, name="罗娟").fields.get("authors") == ["冉东", "罗娟", "宋雨"]


# --- probe J (certificates and letters, by a tester who read no code)

def test_an_awards_own_place_said_to_its_holder_over_the_first_completer_it_names():
    document = read(Title("荣誉证书"), "钟离秋同志：", "你参与完成的“轴承座智能加工单元”项目荣获2021年度重庆市科学技术进步奖三等奖。",
                    "项目第一完成人：郑卫东", "你的排名：第4", "重庆市人民政府", "2022年4月20日", name="钟离秋")
    assert document.fields.get("holder") == "钟离秋"
    assert document.fields.get("rank") == 4


def test_本人排名_as_a_fraction_beside_a_first_completer():
    document = read("重庆市职工创新成果奖", Title("获 奖 证 书"), "成果名称 数控车床主轴故障声纹诊断装置 获奖等级 一等奖",
                    "第一完成人 郑卫东 本人排名 2/5", "获奖人 钟离秋 证书编号 CQZG2022-A-011", "重庆市总工会", "2022年12月",
                    name="钟离秋")
    assert document.fields.get("rank") == 2


@pytest.mark.parametrize("rows", [
    (Title("重庆市专业技术职务任职资格申报表"), "姓名 司马青云 性别 男 出生年月 1990.05",
     "现任职称 工程师 取得时间 2018.11 申报职称 高级工程师", "工作单位 重庆长鑫汽车股份有限公司", "任现职以来主要业绩："),
    (Title("计算机软件著作权登记申请受理通知书"), "司马青云：", "你提交的《产线能耗监测平台V1.0》著作权登记申请已受理。",
     "受理号：2023R11L0456789", "中国版权保护中心", "2023年3月2日"),
], ids=["an application form for a title", "a receipt of a software application"])
def test_applications_and_their_receipts_are_no_certificates(rows):
    assert read(*rows).doc_type == "unknown"


@pytest.mark.parametrize("sentence,want", [
    ("你单位完成的“汽车零部件柔性装配产线数字化改造”项目荣获重庆市渝北区2023年度科学技术进步奖一等奖。", "重庆市渝北区科学技术进步奖"),
    ("冉东同志参与完成的“陶瓷窑炉智能控制系统”项目被评为璧山区2022年度科技进步奖二等奖。", "璧山区科技进步奖"),
], ids=["after 荣获", "after 被评为"])
def test_a_region_parted_from_its_award_by_the_year_stays_in_its_name(sentence, want):
    document = read(Title("荣誉证书"), sentence, "重庆市渝北区人民政府", "2024年1月18日", name="冉东")
    assert document.fields.get("award_name") == want


def test_a_certificate_addressed_to_a_transliterated_name_keeps_it_whole():
    document = read(Title("荣誉证书"), "热依汗古丽·艾买提同志：", "你在“风电齿轮箱智能运维平台研发与应用”项目中作出突出贡献，"
                    "该项目获2021年度重庆市科学技术进步奖二等奖。", "完成人位次：3/7", "重庆市人民政府", "2021年12月20日",
                    name="热依汗古丽·艾买提")
    assert document.fields.get("holder") == "热依汗古丽·艾买提"
