"""Probe J's leftovers, typed again in other names: a notice's annex table whose 出生年月 column
holds the page's lowest dates (no signing date of the notice), a co-inventor's name with an
accented letter (Müller is not cut to M), and an award name whose year in numerals lost its 〇
to OCR (二二二年度 is a year, not part of the name)."""

from __future__ import annotations

import pytest

from extractor.fields.people import split_people
from tests.typed_certificates import LEFT, Title, fields_of, read


def _annex(*births):
    rows = [[("序号", LEFT), ("姓名", LEFT + 150), ("工作单位", LEFT + 420), ("出生年月", LEFT + 1000)]]
    for i, (name, unit, born) in enumerate(births, 1):
        rows.append([(str(i), LEFT + 10), (name, LEFT + 150), (unit, LEFT + 420), (born, LEFT + 1000)])
    return rows


NOTICE = (Title("重庆市科学技术局"), "渝科局发〔2022〕41号",
          "重庆市科学技术局关于公布2022年度重庆市智能制造青年骨干名单的通知",
          "各区县（自治县）科技局，有关单位：",
          "经单位推荐、专家评审和社会公示，认定诸葛文远等2名同志为2022年度重庆市智能制造青年骨干，现予公布。",
          ("重庆市科学技术局", LEFT + 800), ("2022年10月26日", LEFT + 840), "附件", Title("名单"))


def test_a_notice_is_dated_by_its_foot_not_by_its_annexs_birth_column():
    document = read(*NOTICE, *_annex(("诸葛文远", "重庆川仪自动化股份有限公司", "1987.03"),
                                     ("达瓦次仁", "重庆大学", "1991.11")), name="诸葛文远")
    assert document.doc_type == "official_recognition"
    assert document.fields.get("date") == "2022-10-26"


def test_a_certificate_is_dated_by_its_foot_under_a_form_with_a_birth_column():
    fields = fields_of("title_certificate", Title("专业技术职务任职资格证书"),
                       *_annex(("诸葛文远", "重庆川仪自动化股份有限公司", "1987年3月")),
                       "经重庆市工程技术系列高级职称评审委员会评审通过，具备高级工程师任职资格。",
                       ("重庆市人力资源和社会保障局", LEFT + 700), ("2021年12月20日", LEFT + 760))
    assert fields.get("date") == "2021-12-20"


@pytest.mark.parametrize("listed, names", [
    ("Hans Müller；刘伟；Anna Schmidt", ["Hans Müller", "刘伟", "Anna Schmidt"]),
    ("Søren Kjærgaard、周敏", ["Søren Kjærgaard", "周敏"]),
    ("François Lefèvre, 唐杰", ["François Lefèvre", "唐杰"]),
])
def test_a_foreign_name_with_accented_letters_is_read_whole(listed, names):
    assert split_people(listed) == names


def test_a_patents_accented_co_inventor_whole():
    fields = fields_of("patent_certificate", Title("发明专利证书"), "发明名称：一种机器人关节谐波减速器寿命预测方法",
                       "发明人：Jürgen Weiß；程旭；欧阳丹", "专利号：ZL 2020 1 0456789.1",
                       "专利申请日：2020年05月11日", "专利权人：重庆凯瑞传动技术有限公司", "授权公告日：2022年03月01日")
    assert fields.get("inventors") == ["Jürgen Weiß", "程旭", "欧阳丹"]


@pytest.mark.parametrize("year", ["二〇二一年度", "二二一年度", "二O二一年度", "2021年度"])
def test_an_award_name_loses_its_year_even_one_whose_〇_ocr_dropped(year):
    fields = fields_of("award_certificate", Title("获奖证书"), year + "重庆市技术发明奖", "二等奖",
                       "项目名称：高精度伺服压装控制系统", "获奖者：冼明辉", ("重庆市人民政府", LEFT + 700),
                       ("二〇二二年五月", LEFT + 760))
    assert fields.get("award_name") == "重庆市技术发明奖"


def test_a_title_recognised_not_reviewed_is_a_title_certificate():
    document = read(Title("初级专业技术资格认定证书"), *[[(a, LEFT), (b, LEFT + 260)] for a, b in (
        ("姓名", "吉克阿呷"), ("工作单位", "重庆建峰工业集团有限公司"), ("专业", "电气自动化"),
        ("认定资格", "助理工程师"), ("认定时间", "2017年8月"), ("认定机关", "重庆市涪陵区人力资源和社会保障局"))],
        name="吉克阿呷")
    assert document.doc_type == "title_certificate"
    assert (document.fields.get("holder"), document.fields.get("title"), document.fields.get("date")) == \
        ("吉克阿呷", "assistant_engineer", "2017-08")


def test_a_district_bureaus_letter_of_confirmation_is_a_recognition():
    document = read(Title("重庆市南岸区经济和信息化委员会"), "南岸经信函〔2022〕15号",
                    "关于确认皇甫志强同志工业互联网平台推广成效的确认函", "重庆长江轴承股份有限公司：",
                    "经审核，确认皇甫志强同志在2020年至2022年间主持推广设备联网平台，服务企业40余家。",
                    ("重庆市南岸区经济和信息化委员会", LEFT + 600), ("二〇二二年九月", LEFT + 700), name="皇甫志强")
    assert document.doc_type == "official_recognition"
    assert document.fields.get("date") == "2022-09"


def test_an_award_sentence_whose_year_lost_its_〇_where_the_line_wraps():
    fields = fields_of("award_certificate", Title("荣誉证书"), "慕容思远：",
                       "阁下参与完成之“伺服压机在线监测系统”项目，荣获二", "二一年度重庆市技术发明奖一等奖，特颁此证。",
                       ("重庆市人民政府", LEFT + 700), ("二〇二二年五月", LEFT + 760))
    assert fields.get("award_name") == "重庆市技术发明奖"
