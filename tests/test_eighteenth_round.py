"""What the eighteenth outside set (seed 743, written blind to the reader) showed, each
typed again in other names: a software certificate's three dates in a header row, holders
numbered ① or 1、 run on a line, an application form and a power of attorney that are no
certificate and no contract, a completer's place in a cell of its own after his name, and
Tibetan names, which have no surname."""

from __future__ import annotations

import pytest

from extractor.fields.people import has_surname, sentence_person
from tests.typed_certificates import LEFT, Title, read
from tests.typed_pages import doc, page
from extractor.doctypes import doctype


def test_the_registration_date_is_the_one_under_登记日期_in_a_row_of_three_dates():
    fields = doctype("software_copyright").extract(doc(page(
        "计算机软件著作权登记证书", "软件名称：轨道扣件缺陷视觉检测系统", "著作权人：1重庆渝西智造学院", "2白山精工机械有限公司",
        "登记号：2019SR0457812", "开发完成日期 首次发表日期 登记日期", "2019年03月02日 2019年03月18日 2019年05月09日",
        "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，对以上事项予以登记。"))).values
    assert str(fields["date"]) == "2019-05-09"
    assert fields["holders"] == ["重庆渝西智造学院", "白山精工机械有限公司"]


def test_holders_numbered_and_run_on_one_line_lose_their_numbers():
    fields = read(Title("计算机软件著作权登记证书"), [("软件名称：", LEFT), ("矿井提升机远程运维平台", 480)],
                  [("著作权人：", LEFT), ("1、铜仁黔灵智能装备有限公司 2、重庆巴山测控技术有限公司", 480)],
                  [("登记号：", LEFT), ("2016SR203311", 480)], "对以上事项予以登记。", "2016年08月01日").fields
    assert fields["holders"] == ["铜仁黔灵智能装备有限公司", "重庆巴山测控技术有限公司"]


@pytest.mark.parametrize("rows", [
    (Title("计算机软件著作权登记申请表"), "软件全称 锂电池模组缺陷检测运维系统", "版本号 V2.4", "著作权人 重庆两江智控有限公司",
     "开发完成日期 2017年06月21日", "申请人签章："),
    (Title("法定代表人授权委托书"), "本授权委托书声明：我陆涛系武汉松花新能源科技有限责任公司的法定代表人，现授权委托本公司范玉为我公司合法代理人，"
     "以本公司的名义与重庆江汉储能技术有限公司签订《输电线路协同控制技术服务合同》，合同金额人民币伍拾万元。", "2021年3月2日"),
], ids=["an application form", "a power of attorney"])
def test_a_form_that_applies_or_authorises_is_no_certificate_or_contract(rows):
    assert read(*rows).doc_type == "unknown"


def test_a_completers_place_in_a_cell_of_its_own_after_his_name():
    fields = read(Title("科学技术奖励证书"), [("获奖项目", LEFT), ("山地风电场智能运维平台研发及产业化", 400)],
                  [("奖励等级 二等奖", LEFT)], [("奖励名称 贵州省科技进步奖", LEFT)],
                  [("获 奖 者 令狐海燕 完成人位次 第 4 位", LEFT)], "贵州省人民政府", "2019年6月", name="令狐海燕").fields
    assert fields.get("holder") == "令狐海燕" and fields.get("rank") == 4


def test_tibetan_names_have_no_surname_and_are_read_whole():
    assert has_surname("次仁卓玛") and has_surname("扎西次仁") and not has_surname("次仁工程")
    assert sentence_person("兹推荐次仁卓玛") == "次仁卓玛"
    doc_ = read(Title("推荐信"), "本人格桑旺堆，正高级工程师，现推荐次仁卓玛同志申报高级工程师资格。", "特此推荐。", "2023年5月6日",
                name="次仁卓玛")
    assert doc_.fields.get("candidate") == "次仁卓玛"
    assert doc_.fields.get("recommender") == "格桑旺堆"


def test_a_certificate_that_names_the_application_form_is_still_the_certificate():
    doc_ = read(Title("计算机软件著作权登记证书"), "（附：计算机软件著作权登记申请表）", [("软件名称：", LEFT), ("矿井提升机远程运维平台", 480)],
                [("著作权人：", LEFT), ("重庆巴山测控技术有限公司", 480)], [("登记号：", LEFT), ("2016SR203311", 480)],
                "对以上事项予以登记。", "2016年08月01日")
    assert doc_.doc_type == "software_copyright"


def test_a_standards_cover_title_may_hold_a_colon_but_its_field_lines_are_none():
    from extractor.doctypes.standard import _COVER_FIELD
    assert _COVER_FIELD.match("主编单位：重庆市建筑科学研究院") and _COVER_FIELD.match("批准部门：中华人民共和国交通运输部")
    assert not _COVER_FIELD.match("工业互联网平台：设备接入技术要求")


def test_the_designated_centres_name_is_no_issuer():
    doc_ = read(Title("证  书"), [("依托单位", LEFT), ("重庆岭南精工机械有限公司", 450)],
                [("中心名称", LEFT), ("重庆市綦江区齿轮传动工程技术研究中心", 450)], [("认定文号", LEFT), ("綦科发〔2019〕12号", 450)],
                "经审核，你单位组建的工程技术研究中心通过认定，特发此证。", "2019年3月")
    assert doc_.fields.get("issuer") != "重庆市綦江区齿轮传动工程技术研究中心"


def test_a_project_title_wrapped_in_its_cell_with_the_label_centred_on_its_two_lines():
    from extractor.model import Line
    from tests.typed_certificates import WIDTH, HEIGHT
    from extractor.model import Page, ReadResult
    from zhicheng.documents import document_from
    lines = [Line("科学技术奖励证书", (560, 300, 1000, 372)),
             Line("基于北斗定位的风电变桨智能巡检", (450, 480, 1000, 516)), Line("获奖项目", (250, 500, 396, 540)),
             Line("与缺陷诊断一体化平台研发", (450, 517, 1000, 553)), Line("奖励等级", (1020, 498, 1170, 540)),
             Line("一等奖", (1240, 498, 1340, 540)), Line("奖励名称", (250, 600, 396, 640)), Line("曲靖市科学技术进步奖", (450, 600, 800, 640)),
             Line("获奖者", (250, 700, 380, 740)), Line("公孙丽红", (450, 700, 600, 740)), Line("2015年12月", (1000, 900, 1200, 940))]
    doc_ = document_from(ReadResult("a.png", "0" * 64, pages=[Page(1, WIDTH, HEIGHT, "ocr", lines)], page_count=1))
    assert doc_.fields.get("project_title") == "基于北斗定位的风电变桨智能巡检与缺陷诊断一体化平台研发"


def test_a_transliterated_name_cut_before_its_dot_is_joined_again():
    from extractor.layout import cut_name
    assert cut_name("慕容浩宏 买买提", "艾力·吐尔逊 李娜")
    assert not cut_name("慕容浩宏 张伟", "艾力·吐尔逊")


def test_members_with_their_units_in_brackets_wrapped_over_lines():
    from extractor.doctypes import doctype
    from tests.typed_pages import At
    rows = ["项目验收证书", "项目名称：化工反应釜协同控制技术研发", "项目负责人：诸葛天", "参加验收的项目人员：",
            At(160, "诸葛天（克拉玛依苍山储能技术股份有限公司）、尉迟敏敏（克拉玛依苍山储能技"),
            "术股份有限公司）、董茂春（滇西理工大学）、周柏敏（克拉玛依金佛新能源科技",
            "股份有限公司）、任春鹏（滇西理工大学）。", "验收结论：同意通过验收"]
    fields = doctype("project_acceptance").extract(doc(page(*rows))).values
    assert fields.get("members") == ["诸葛天", "尉迟敏敏", "董茂春", "周柏敏", "任春鹏"]


def test_a_list_cut_inside_a_bracket_is_unfinished():
    from extractor.layout import names_of
    assert names_of("诸葛天、董茂春（克拉玛") is None


def test_a_title_pages_byline_wrapped_before_its_role_word():
    from extractor.doctypes import doctype
    from tests.typed_pages import At, Big
    fields = doctype("book").extract(doc(page(Big("风电机组优化调度技术"), None, At(200, "司马松 邓光波 迪丽努尔·阿不都 付楠欣"),
                                              At(200, "东方彬红 著"), None, At(300, "滇云科学出版社")))).values
    assert fields["authors"] == ["司马松", "邓光波", "迪丽努尔·阿不都", "付楠欣", "东方彬红"]


def test_the_end_of_a_byline_whose_start_was_unreadable_is_no_byline():
    """许婷辉 | 慕容瑞东 日 | 田磊天 编著: a stray mark spoils the row; its last cell alone is one author of three."""
    from extractor.doctypes import doctype
    from tests.typed_pages import Big, Row
    fields = doctype("book").extract(doc(page(Big("电解铝槽运行与健康管理"), None,
                                              Row((160, "许婷辉"), (316, "慕容瑞东 日"), (505, "田磊天 编著")), None,
                                              "荆楚工业出版社"))).values
    assert fields.get("authors") != ["田磊天"]


@pytest.mark.parametrize("word", ["使用", "编著", "书名"])
def test_a_watermarks_piece_or_a_grids_head_is_no_books_title(word):
    from extractor.doctypes.book import _stamp_piece
    assert _stamp_piece(word)
    assert not _stamp_piece("钢轨探伤车优化调度技术")


def test_a_long_software_name_hung_under_its_value_after_a_tab():
    from tests.typed_pages import At
    fields = doctype("software_copyright").extract(doc(page(
        "计算机软件著作权登记证书", "软件名称：    基于BIM与物联网的大型公共建筑运维能耗监测与优", At(300, "化控制管理平台软件 V1.0"),
        "著作权人：中冶赛迪工程技术股份有限公司", "登记号：2023SR0456123", "对以上事项予以登记。", "2023年05月06日"))).values
    assert fields["software_name"] == "基于BIM与物联网的大型公共建筑运维能耗监测与优化控制管理平台软件"


def test_a_patentee_cut_short_is_none_rather_than_half_a_name():
    doc_ = read(Title("实用新型专利证书"), [("实用新型名称：", LEFT), ("一种煤矿综采装备优化调度装置", 520)],
                [("发 明 人：", LEFT), ("彭娜;诸葛伟", 520)], [("专 利 号：", LEFT), ("ZL 2006 2 0211814.0", 520)],
                [("专利权人：", LEFT), ("重庆苍山测控技", 520)], [("授权公告日：", LEFT), ("2007年07月16日", 520)])
    assert doc_.fields.get("patentees") != ["重庆苍山测控技"]


def test_the_company_that_undertook_a_project_did_not_organise_its_acceptance():
    """承担单位： | 克拉玛依…公司 near the top, the organiser's name under an unread seal: no level."""
    doc_ = read(Title("项目验收证书"), [("项目名称：", LEFT), ("化工反应釜协同控制技术研发", 480)],
                [("承担单位：", LEFT), ("克拉玛依苍山储能技术股份有限公司", 480)], [("项目负责人：", LEFT), ("诸葛天", 480)],
                "验收结论：同意通过验收", "二〇一六年七月十六日")
    assert doc_.fields.get("level") != "enterprise"


def test_the_papers_own_title_is_never_its_journal():
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import document_from
    lines = [Line("第20卷 第12期", (1677, 39, 1772, 56)), Line("Vol.20 No.12", (2264, 39, 2346, 56)),
             Line("光伏逆变器寿命预测系统的设计与现场验证", (1792, 122, 2230, 150)),
             Line("东方茂瑞,蒋宇,欧阳光", (1742, 158, 2000, 186)), Line("(1. 南粤工程技术大学,厦门789000)", (1826, 194, 2196, 214)),
             Line("摘 要:本文构建了融合多源传感数据的状态感知模型。", (1674, 219, 2336, 241)),
             Line("关键词:光伏逆变器;寿命预测", (1677, 261, 1925, 280)), Line("ISSN 1606-6995 CN 44-1910/TP", (1677, 300, 2000, 320))]
    doc_ = document_from(ReadResult("p.png", "0" * 64, pages=[Page(1, 2400, 1600, "ocr", lines)], page_count=1))
    assert doc_.fields.get("journal") != "光伏逆变器寿命预测系统的设计与现场验证"


@pytest.mark.parametrize("role", ["审核", "审定", "批准", "校核"])
def test_a_sign_offs_role_is_no_name(role):
    from extractor.layout import plain_names
    assert plain_names(role) is None
    assert plain_names(f"甘霖、{role}") is None
