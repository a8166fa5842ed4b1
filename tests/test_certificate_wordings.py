"""Certificates in the wordings and layouts real ones use, beyond those of our fixtures.

Each test types a certificate line by line as a reader would hand it over (``page``: lines
laid out top to bottom with plausible boxes, full-width punctuation folded as reading folds
it) and checks what the classifier and the field parser make of it: prose awards
(``…同志参与完成的“…”项目荣获…二等奖（第3完成人），特发此证``, ``兹证明…``, ``经审核…``),
labels OCR glued to their values, awards named with their region, compound surnames, long
lists wrapped over several lines, damaged labels that must never become a person,
Chinese-numeral dates, title-certificate booklets and printouts, 学信网 registration
records, recommendation letters and forms, and 重庆 letterheads.

A wrong value is worse than a missing one: where a document does not settle a field, the
tests say it is left out.
"""

from __future__ import annotations



import pytest

from extractor.model import Page, ReadResult

from tests.typed_certificates import HEIGHT, LEFT, SIZE, WIDTH, Title, fields_of, page, read, _width


# =========================================================================== awards

def test_a_prose_award_reads_award_grade_project_holder_rank_and_a_chinese_date():
    doc = read(
        Title("荣誉证书"),
        "张三同志参与完成的“山地城市轨道交通智能运维关键技",
        "术研究及应用”项目荣获2022年度重庆市科学技术进步奖",
        "二等奖（第3完成人），特发此证。",
        ("重庆市人民政府", 1000),
        ("二〇二二年十一月", 1000),
        name="张三",
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields == {
        "award_name": "重庆市科学技术进步奖", "grade": "二等奖", "project_title": "山地城市轨道交通智能运维关键技术研究及应用",
        "holder": "张三", "rank": 3, "level": "provincial", "date": "2022-11", "applicant_rank": 3, "technical": True}


def test_a_certificate_that_certifies_is_an_award_even_under_a_bare_title():
    doc = read(
        Title("证  书"),
        "兹证明司马",
        "俊峰同志参与完成的“高性能镁合金构件精密成形技术”项目，",
        "荣获2021年度四川省科学技术进步奖一等奖（第5完成人）。",
        "特发此证。",
        ("四川省人民政府", 1000),
        ("二〇二一年十二月二十八日", 1000),
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["holder"] == "司马俊峰"
    assert doc.fields["award_name"] == "四川省科学技术进步奖"
    assert (doc.fields["grade"], doc.fields["rank"]) == ("一等奖", 5)
    assert doc.fields["project_title"] == "高性能镁合金构件精密成形技术"
    assert (doc.fields["level"], doc.fields["date"]) == ("provincial", "2021-12-28")


def test_a_reviewed_award_sentence_reads_its_holder_and_its_rank_in_words():
    doc = read(
        Title("荣誉证书"),
        "经审核，欧阳晓红同志在“复杂地质条件下特长隧道智能建造",
        "关键技术”项目中作出突出贡献，该项目获得2020年度国家科学",
        "技术进步奖二等奖，排名第四。",
        "特发此证。",
        ("二〇二一年十一月三日", 1000),
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["holder"] == "欧阳晓红"
    assert doc.fields["award_name"] == "国家科学技术进步奖"
    assert doc.fields["level"] == "national"
    assert (doc.fields["grade"], doc.fields["rank"]) == ("二等奖", 4)
    assert doc.fields["project_title"] == "复杂地质条件下特长隧道智能建造关键技术"
    assert doc.fields["date"] == "2021-11-03"


def test_labels_glued_to_their_values_are_not_part_of_the_value():
    doc = read(
        Title("获奖证书"),
        "奖项名称重庆市技术发明奖",
        "项目名称高性能镁合金构件精密成形技术",
        "奖励等级：一等奖",
        "获 奖 者：欧阳明",
        "证书编号：2021-F-1-003-R01",
        ("重庆市人民政府", 1000),
        ("2022年3月", 1000),
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["award_name"] == "重庆市技术发明奖"
    assert doc.fields["project_title"] == "高性能镁合金构件精密成形技术"
    assert (doc.fields["grade"], doc.fields["holder"], doc.fields["level"]) == ("一等奖", "欧阳明", "provincial")


@pytest.mark.parametrize("label", ["奖项名称：", "奖励名称:", "奖项:"])
def test_a_labelled_award_name_keeps_its_region(label):
    fields = fields_of("award_certificate",
                       Title("获奖证书"), label + "重庆市科学技术进步奖", "奖励等级：三等奖",
                       "获奖项目：城市燃气管网泄漏智能监测系统", "获奖者：上官婷婷", "2019年12月")
    assert fields["award_name"] == "重庆市科学技术进步奖"
    assert fields["holder"] == "上官婷婷"


def test_an_award_subtitle_with_its_year_keeps_the_city():
    fields = fields_of(
        "award_certificate",
        Title("获奖证书"), ("2022年度重庆市科学技术进步奖", 500),
        "项目名称：山区高速公路边坡灾害监测预警关键技术", "奖励等级：二等奖", "获奖者：皇甫嵩",
        "完成人排序：第2完成人", ("重庆市人民政府", 1000), ("2023年1月", 1000))
    assert fields["award_name"] == "重庆市科学技术进步奖"
    assert fields["rank"] == 2 and fields["holder"] == "皇甫嵩"


def test_ascii_and_full_width_punctuation_give_the_printed_title():
    fields = fields_of("award_certificate",
                       Title("荣誉证书"), "获奖项目:边缘计算网关(T390型)研发及产业化", "获奖人：令狐冲",
                       "奖励等级:特等奖", ("2020年12月", 1000))
    assert fields["project_title"] == "边缘计算网关（T390型）研发及产业化"
    assert fields["holder"] == "令狐冲" and fields["grade"] == "特等奖"


def test_a_team_award_keeps_every_name_of_a_list_wrapped_to_the_margin():
    names = ["欧阳晓红", "张伟", "李娜", "司马俊峰", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄勇",
             "周杰", "吴昊", "诸葛明轩"]
    doc = read(
        Title("荣誉证书"),
        "项目名称：长江上游水环境综合治理关键技术",
        "荣获2021年度重庆市科学技术进步奖一等奖。",
        "主要完成人：" + "、".join(names[:5]) + "、",
        "、".join(names[5:10]) + "、",
        "、".join(names[10:]),
        "特发此证",
        ("重庆市人民政府", 1000), ("2022年2月", 1000),
        name="诸葛明轩",
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["holders"] == names
    assert doc.fields["applicant_rank"] == 13


# =========================================================================== patents

def _patent(inventor_rows, number="ZL 2021 1 0123456.7"):
    return [Title("发明专利证书"), ("证书号第5123456号", 1100),
            "发明名称：一种山地轨道交通巡检机器人及其控制方法",
            *inventor_rows,
            "专 利 号：" + number, "专利申请日：2021年01月05日", "专利权人：重庆山城智造科技有限公司",
            "地址：401120 重庆市渝北区金开大道88号", "授权公告日：2023年03月14日", "授权公告号：CN 112345678 B"]


def test_patent_inventors_wrapped_over_five_lines_are_all_kept():
    names = ["欧阳晓红", "张伟", "李娜", "司马俊峰", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄勇",
             "周杰", "吴昊", "诸葛明轩", "上官婷", "皇甫嵩"]
    at = LEFT + _width("发 明 人：", SIZE)
    rows = ["发 明 人：" + ";".join(names[:3]) + ";",
            *[(";".join(names[k:k + 3]) + ";", at) for k in (3, 6, 9)], (";".join(names[12:]), at)]
    doc = read(*_patent(rows), name="皇甫嵩")
    assert doc.doc_type == "patent_certificate"
    assert doc.fields["inventors"] == names
    assert doc.fields["applicant_rank"] == 15
    assert doc.fields["patent_number"] == "ZL202110123456.7"
    assert doc.fields["grant_date"] == "2023-03-14"


def test_a_name_cut_by_the_wrap_is_joined_again():
    at = LEFT + _width("发明人：", SIZE)
    rows = ["发明人：张伟;李娜;王磊;刘洋;陈静;杨帆;司马", ("俊峰;赵敏;欧阳", at), ("晓红", at)]
    fields = fields_of("patent_certificate", *_patent(rows))
    assert fields["inventors"] == ["张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "司马俊峰", "赵敏", "欧阳晓红"]


def test_a_damaged_inventor_label_on_a_tilted_photo_is_never_a_person():
    rows = [["发明入", ("张伟;司马俊峰;李娜", LEFT + 200)]]
    doc = read(*_patent(rows), name="司马俊峰")
    assert doc.fields["inventors"] == ["张伟", "司马俊峰", "李娜"]
    assert doc.fields["applicant_rank"] == 2


@pytest.mark.parametrize("label", ["设计入:", "发明入：", "发明人", "发 明 入:"])
def test_a_damaged_label_glued_to_its_list_is_cut_off(label):
    rows = [label + "张伟;欧阳晓红;李娜"]
    fields = fields_of("patent_certificate", *_patent(rows))
    assert fields["inventors"] == ["张伟", "欧阳晓红", "李娜"]


def test_patent_inventors_in_a_two_column_table_wrapping_inside_their_cell():
    names = ["东方明", "张伟", "李娜", "公孙胜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄勇", "周杰", "吴昊"]
    value_x = LEFT + 320
    rows = [["发明人", (";".join(names[:4]) + ";", value_x)], (";".join(names[4:8]) + ";", value_x),
            (";".join(names[8:]), value_x)]
    fields = fields_of("patent_certificate", Title("实用新型专利证书"),
                       [("实用新型名称", LEFT), ("一种隧道衬砌检测装置", value_x)], *rows,
                       [("专利号", LEFT), ("ZL 2022 2 0345678.3", value_x)],
                       [("授权公告日", LEFT), ("2023年02月10日", value_x)])
    assert fields["inventors"] == names
    assert fields["patent_type"] == "utility_model" and fields["grant_date"] == "2023-02-10"


# =========================================================================== software copyright

def test_a_software_certificate_with_a_chinese_numeral_registration_date():
    doc = read(
        Title("计算机软件著作权登记证书"), ("证书号：软著登字第6789012号", 1000),
        "软件名称：山地轨道智能巡检平台V2.0",
        "著作权人：重庆山城智造科技有限公司",
        "开发完成日期：2020年10月10日", "首次发表日期：未发表", "权利取得方式：原始取得", "权利范围：全部权利",
        "登记号：2021SR0123456",
        "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，",
        "经中国版权保护中心审核，对以上事项予以登记。",
        ("二〇二一年一月二十日", 1000),
    )
    assert doc.doc_type == "software_copyright"
    assert doc.fields == {"software_name": "山地轨道智能巡检平台", "registration_number": "2021SR0123456",
                          "holders": ["重庆山城智造科技有限公司"], "date": "2021-01-20"}


def test_a_copyright_query_screenshot_reads_its_table():
    columns = ["登记号", "软件全称", "软件简称", "版本号", "著作权人", "首次发表日期", "登记日期"]
    values = ["2022SR0456789", "山地轨道巡检平台", "巡检平台", "V1.0", "司马俊峰;欧阳晓红", "2021-12-01",
              "2022-03-15"]
    xs = [60, 290, 560, 760, 900, 1180, 1420]
    doc = read(
        Title("计算机软件著作权登记公告查询"),
        "查询结果：共1条",
        [(c, x) for c, x in zip(columns, xs)],
        [(v, x) for v, x in zip(values, xs)],
        size=24,
    )
    assert doc.doc_type == "software_copyright"
    assert doc.fields["registration_number"] == "2022SR0456789"
    assert doc.fields["software_name"] == "山地轨道巡检平台"
    assert doc.fields["holders"] == ["司马俊峰", "欧阳晓红"]
    assert doc.fields["date"] == "2022-03-15"


def test_software_holders_wrapped_onto_a_second_line():
    fields = fields_of("software_copyright",
                       Title("计算机软件著作权登记证书"), "软件名称：智慧工地安全监管系统",
                       "著作权人：重庆山城智造科技有限公司；重庆大学；", ("重庆交通大学", LEFT + 180),
                       "登记号：2020SR0987654", "对以上事项予以登记。", ("2020年8月1日", 1000))
    assert fields["holders"] == ["重庆山城智造科技有限公司", "重庆大学", "重庆交通大学"]


# =========================================================================== title certificates

def test_a_booklet_inner_page_of_label_and_value_cells():
    value_x = LEFT + 300
    doc = read(
        [("姓    名", LEFT), ("司马俊峰", value_x)], [("性    别", LEFT), ("男", value_x)],
        [("出生年月", LEFT), ("1985年06月", value_x)], [("工作单位", LEFT), ("重庆山城智造科技有限公司", value_x)],
        [("资格名称", LEFT), ("工程师", value_x)], [("专    业", LEFT), ("机械设计制造", value_x)],
        [("评审通过时间", LEFT), ("2019年12月30日", value_x)], [("批准文号", LEFT), ("渝人社发〔2019〕123号", value_x)],
        [("发证单位", LEFT), ("重庆市人力资源和社会保障局", value_x)],
        name="司马俊峰",
    )
    assert doc.doc_type == "title_certificate"
    assert doc.fields == {"holder": "司马俊峰", "title": "engineer", "date": "2019-12-30"}


def test_an_electronic_title_certificate_printout():
    doc = read(
        Title("重庆市职称电子证书"),
        "姓名：欧阳晓红        性别：女",
        "身份证号：500101199001011234",
        "职称名称：高级工程师",
        "职称专业：电子信息",
        "取得时间：2021年12月31日",
        "评审组织：重庆市工程技术高级职称评审委员会",
        "发证机关：重庆市人力资源和社会保障局",
        "发证日期：2022年03月01日",
        "证书编号：渝高职2021123456",
    )
    assert doc.doc_type == "title_certificate"
    assert doc.fields == {"holder": "欧阳晓红", "title": "senior_engineer", "date": "2021-12-31"}


def test_a_title_certificate_in_a_sentence():
    doc = read(
        Title("证  书"),
        "司马俊峰同志经重庆市工程技术系列高级职称评审委员会评审，",
        "具备高级工程师任职资格。",
        "特发此证。",
        ("重庆市人力资源和社会保障局", 900),
        ("二〇二一年十二月二十日", 1000),
    )
    assert doc.doc_type == "title_certificate"
    assert doc.fields == {"holder": "司马俊峰", "title": "senior_engineer", "date": "2021-12-20"}


def test_a_title_sentence_with_the_committee_first_and_the_title_inside_the_committee_name():
    fields = fields_of("title_certificate",
                       Title("专业技术职务任职资格证书"),
                       "经重庆市机械工程高级工程师评审委员会评审通过，",
                       "张伟同志具备工程师资格。",
                       ("二〇一八年十二月", 1000))
    assert fields == {"holder": "张伟", "title": "engineer", "date": "2018-12"}


def test_a_title_date_in_chinese_numerals_after_its_label():
    fields = fields_of("title_certificate",
                       Title("专业技术资格证书"), "姓名：诸葛明轩", "资格名称：工程师", "资格级别：中级",
                       "取得资格时间：二〇一九年十二月", "发证日期：2020年3月5日")
    assert fields == {"holder": "诸葛明轩", "title": "engineer", "date": "2019-12"}


# =========================================================================== degree certificates

def test_a_xuexin_registration_record():
    value_x = LEFT + 380
    rows = [("姓名", "欧阳晓红"), ("性别", "女"), ("出生日期", "1990年01月05日"), ("入学日期", "2008年09月01日"),
            ("毕(结)业日期", "2012年06月30日"), ("学校名称", "重庆大学"), ("专业", "机械工程"), ("学制", "4年"),
            ("层次", "本科"), ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"), ("毕(结)业", "毕业"),
            ("证书编号", "106111201205001234"), ("校(院)长姓名", "张某某")]
    doc = read(
        Title("教育部学历证书电子注册备案表"),
        ("更新日期：2023年05月10日", 1000),
        *[[(label, LEFT), (value, value_x)] for label, value in rows],
        "在线验证码：ABCD1234EFGH5678",
        "注：本表仅用于学历证书电子注册信息查询",
    )
    assert doc.doc_type == "degree_certificate"
    assert doc.fields == {"holder": "欧阳晓红", "education": "bachelor", "date": "2012-06-30"}


def test_a_diploma_in_prose_with_chinese_numeral_dates():
    doc = read(
        Title("毕业证书"),
        "学生欧阳晓红，性别女，一九九〇年一月五日生，于二〇〇八年",
        "九月至二〇一二年六月在本校机械工程专业四年制本科学习，修完",
        "教学计划规定的全部课程，成绩合格，准予毕业。",
        ("校长：张某某", 300), ("重庆大学", 1000), ("二〇一二年六月三十日", 1000), "证书编号：106111201205001234",
    )
    assert doc.doc_type == "degree_certificate"
    assert doc.fields == {"holder": "欧阳晓红", "education": "bachelor", "date": "2012-06-30"}


def test_a_degree_certificate_for_a_compound_surname():
    doc = read(
        Title("硕士学位证书"),
        "司马俊峰，男，1988年3月12日生。在重庆大学机械工程专业完成了",
        "硕士研究生的学习和研究工作，成绩合格，通过论文答辩，依照《中华人民",
        "共和国学位条例》的规定，授予工学硕士学位。",
        ("重庆大学学位评定委员会主席", 900), ("2013年6月25日", 1000),
    )
    assert doc.doc_type == "degree_certificate"
    assert doc.fields == {"holder": "司马俊峰", "education": "master", "date": "2013-06-25", "professional_degree": False,
                          "conferred": True}


# =========================================================================== recommendation letters

def test_a_letter_whose_title_runs_into_the_candidate():
    doc = read(
        Title("推荐信"),
        "冯晓东同志系重庆山城智造科技有限公司技术总监，长期从事工业互联网平台研发，",
        "主持完成多项省部级项目。本人与其共事多年，认为该同志业绩突出，",
        "特推荐其破格申报正高级工程师。",
        "推荐人：李四（正高级工程师）",
        ("2023年5月10日", 1000),
    )
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "李四", "recommender_title": "professorate_senior_engineer",
                          "candidate": "冯晓东"}


def test_a_recommendation_form_of_cells():
    doc = read(
        Title("专家推荐表"),
        [("被推荐人姓名", LEFT), ("欧阳晓红", 520), ("现职称", 800), ("工程师", 1000)],
        [("工作单位", LEFT), ("重庆山城智造科技有限公司", 520)],
        [("推荐人姓名", LEFT), ("李四", 520), ("职称", 800), ("正高级工程师", 1000)],
        [("推荐人工作单位", LEFT), ("重庆大学", 520)],
        "推荐意见：该同志理论基础扎实，业绩突出，特此推荐。",
        "推荐人签字：",
        ("2023年5月10日", 1000),
    )
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "李四", "recommender_title": "professorate_senior_engineer",
                          "candidate": "欧阳晓红"}


def test_a_letter_recommending_with_zi_tui_jian():
    doc = read(
        Title("专家推荐意见"),
        "重庆市工程技术系列职称评审委员会：",
        "兹推荐重庆山城智造科技有限公司司马俊峰同志破格申报高级工程师职称。",
        "该同志近五年主持完成省部级项目两项，成绩突出。特此推荐。",
        "推荐人：王五",
        "推荐人职称：正高级工程师",
        "推荐人单位：重庆交通大学",
        ("2024年3月1日", 1000),
    )
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "王五", "recommender_title": "professorate_senior_engineer",
                          "candidate": "司马俊峰"}


def test_a_letter_where_only_the_recommender_s_own_sentence_gives_the_title():
    fields = fields_of(
        "recommendation_letter",
        Title("推荐信"),
        "本人王五，现任重庆交通大学教授，具有正高级工程师职称。现推荐我院",
        "张伟同志破格申报高级工程师。该同志业绩突出，特此推荐。",
        ("推荐人（签字）：王五", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "王五", "recommender_title": "professorate_senior_engineer", "candidate": "张伟"}


def test_the_candidate_s_target_title_is_not_the_recommender_s():
    fields = fields_of(
        "recommendation_letter",
        Title("推荐信"),
        "兹推荐张伟同志破格申报正高级工程师。该同志业绩突出，特此推荐。",
        "推荐人：王五", ("2024年3月1日", 1000))
    assert fields.get("recommender") == "王五"
    assert "recommender_title" not in fields  # 正高级工程师 is what the candidate applies for
    assert fields["candidate"] == "张伟"


# =========================================================================== official recognition

def test_a_chongqing_commission_letterhead_is_provincial():
    doc = read(
        Title("重庆市经济和信息化委员会文件"),
        ("渝经信发〔2022〕56号", 650),
        "关于公布2022年重庆市首台（套）重大技术装备名单的通知",
        "各区县（自治县）经济信息委，两江新区、重庆高新区、万盛经开区经济信息部门：",
        "经企业申报、区县推荐、专家评审，现将2022年重庆市首台（套）重大技术装备名单予以公布。",
        ("重庆市经济和信息化委员会", 1000),
        ("二〇二二年六月十日", 1000),
    )
    assert doc.doc_type == "official_recognition"
    assert doc.fields == {"issuer": "重庆市经济和信息化委员会", "level": "provincial", "date": "2022-06-10"}


@pytest.mark.parametrize("issuer", ["重庆市渝北区经济和信息化委员会", "渝北区经济和信息化委员会"])
def test_a_district_commission_of_chongqing_is_municipal(issuer):
    fields = fields_of("official_recognition",
                       Title(issuer + "文件"), ("渝北经信发〔2023〕12号", 650),
                       "关于同意认定重庆山城智造科技有限公司智能工厂的批复",
                       "经研究，同意认定你公司为区级智能工厂。特此批复。",
                       (issuer, 1000), ("2023年4月20日", 1000))
    assert fields == {"issuer": issuer, "level": "municipal", "date": "2023-04-20"}


# =========================================================================== names

@pytest.mark.parametrize("text, names", [
    ("司马俊峰、欧阳晓红、诸葛明轩", ["司马俊峰", "欧阳晓红", "诸葛明轩"]),
    ("上官婷 皇甫嵩 令狐冲 慕容复", ["上官婷", "皇甫嵩", "令狐冲", "慕容复"]),
    ("欧阳 晓红 张伟", ["欧阳晓红", "张伟"]),  # OCR's space after the compound surname
    ("司马 俊峰;尉迟 恭;公孙胜", ["司马俊峰", "尉迟恭", "公孙胜"]),
    ("东方明;司徒雷登;夏侯惇;端木蓉;长孙无忌", ["东方明", "司徒雷登", "夏侯惇", "端木蓉", "长孙无忌"]),
])
def test_compound_surnames_stay_whole(text, names):
    from extractor.fields.people import split_people

    assert split_people(text) == names


def test_compound_surnames_are_matched_whole():
    from extractor.fields.names import find_name

    assert find_name("司马俊峰", ["张伟", "司马俊锋"]).rank == 2  # 峰/锋: a known OCR confusion
    assert find_name("欧阳晓红", ["欧阳晓红", "欧阳晓虹"]).rank == 1
    assert find_name("司马俊峰", ["马俊峰"]).rank is None  # half a compound surname is not the person


def test_a_holder_addressed_without_comrade_may_have_a_compound_surname():
    from extractor.layout import addressed_people
    from extractor.text import DocText

    result = ReadResult("scan.png", "0" * 64, pages=[Page(1, WIDTH, HEIGHT, "ocr", page(
        Title("荣誉证书"), "司马俊峰：", "你参与完成的项目荣获二等奖。"))], page_count=1)
    found = addressed_people(DocText(result))
    assert found is not None and found[0] == ["司马俊峰"]


@pytest.mark.parametrize("word", ["发明入", "设计入", "作著", "获奖入", "著作权入", "完成入"])
def test_labels_and_their_ocr_damage_are_never_names(word):
    from extractor.layout import is_name, names_in

    assert not is_name(word)
    assert names_in(word + "：张伟") == ["张伟"]


def test_a_holder_unit_cut_by_the_wrap_is_joined_again():
    fields = fields_of("software_copyright",
                       Title("计算机软件著作权登记证书"), "软件名称：智慧工地安全监管系统",
                       "著作权人：重庆大学；重庆山城智造科技有", ("限公司", LEFT + 180),
                       "登记号：2020SR0987654", "对以上事项予以登记。", ("2020年8月1日", 1000))
    assert fields["holders"] == ["重庆大学", "重庆山城智造科技有限公司"]


# =========================================================================== other real layouts

def test_a_2000s_patent_form_without_colons():
    value_x = LEFT + 330
    fields = fields_of(
        "patent_certificate", Title("发明专利证书"),
        [("发明名称", LEFT), ("一种山地城市轨道交通钢轨探伤方法", value_x)],
        [("发 明 人", LEFT), ("张伟；司马俊峰；李娜", value_x)],
        [("专 利 号", LEFT), ("ZL 2005 1 0012345.X", value_x)],
        [("专利申请日", LEFT), ("2005年3月1日", value_x)],
        [("专 利 权 人", LEFT), ("重庆大学", value_x)],
        [("授权公告日", LEFT), ("2008年6月4日", value_x)])
    assert fields["inventors"] == ["张伟", "司马俊峰", "李娜"]
    assert fields["patentees"] == ["重庆大学"]
    assert (fields["application_date"], fields["grant_date"]) == ("2005-03-01", "2008-06-04")


def test_a_title_query_result_table():
    columns = ["姓名", "性别", "资格名称", "专业", "取得时间", "证书编号"]
    values = ["欧阳晓红", "女", "高级工程师", "电子信息", "2021-12-31", "渝高2021123456"]
    xs = [80, 300, 420, 700, 920, 1200]
    doc = read(Title("职称证书查询结果"), "查询条件：证书编号", [(c, x) for c, x in zip(columns, xs)],
               [(v, x) for v, x in zip(values, xs)], "数据来源：重庆市人力资源和社会保障局", size=26)
    assert doc.doc_type == "title_certificate"
    assert doc.fields == {"holder": "欧阳晓红", "title": "senior_engineer", "date": "2021-12-31"}


def test_a_recommendation_form_in_two_sections_keeps_the_two_people_apart():
    value_x, second = 460, 900
    doc = read(
        Title("破格申报专业技术资格推荐表"),
        "一、被推荐人情况",
        [("姓名", LEFT), ("上官婷婷", value_x), ("现职称", second - 200), ("工程师", second + 80)],
        [("工作单位", LEFT), ("重庆山城智造科技有限公司", value_x)],
        "二、推荐人情况",
        [("姓名", LEFT), ("王五", value_x), ("职称", second - 200), ("教授级高级工程师", second + 80)],
        [("工作单位", LEFT), ("重庆交通大学", value_x)],
        "三、推荐意见",
        "该同志业绩突出，特此推荐。",
        ("2024年3月1日", 1000),
    )
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "王五", "recommender_title": "professorate_senior_engineer",
                          "candidate": "上官婷婷"}


def test_a_team_award_with_a_table_of_its_people():
    names = ["欧阳晓红", "张伟", "司马俊峰", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄勇", "周杰", "诸葛明轩"]
    rows = [[(str(k), LEFT), (n, LEFT + 160), ("重庆山城智造科技有限公司", LEFT + 480)] for k, n in enumerate(names, 1)]
    doc = read(
        Title("荣誉证书"),
        "“长江上游水环境综合治理关键技术”项目荣获2021年度重庆市科学技术进步奖一等奖。",
        "主要完成人：",
        [("序号", LEFT), ("姓名", LEFT + 160), ("工作单位", LEFT + 480)],
        *rows,
        ("重庆市人民政府", 1000), ("二〇二二年二月", 1000),
        name="司马俊峰", size=30, gap=0.6,
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["holders"] == names and doc.fields["applicant_rank"] == 3


def test_a_self_study_diploma():
    doc = read(
        Title("高等教育自学考试毕业证书"),
        "考生欧阳晓红，女，一九九〇年一月五日生，参加高等教育自学考试",
        "机械工程专业（本科）考试，全部课程成绩合格，准予毕业。",
        ("重庆市高等教育自学考试委员会", 800), ("二〇一六年六月三十日", 1000),
    )
    assert doc.doc_type == "degree_certificate"
    assert doc.fields == {"holder": "欧阳晓红", "education": "bachelor", "date": "2016-06-30"}


def test_a_web_notice_of_the_commission_dated_by_its_publication():
    fields = fields_of(
        "official_recognition",
        ("重庆市经济和信息化委员会", 500),
        ("首页 > 政务公开 > 通知公告", LEFT),
        Title("关于公布2023年重庆市智能工厂名单的通知"),
        "发布时间：2023-05-10 10:30    来源：市经济信息委",
        "各区县（自治县）经济信息委：",
        "经企业申报、专家评审，现将2023年重庆市智能工厂名单予以公布。",
        ("重庆市经济和信息化委员会", 1000), ("2023年5月8日", 1000))
    assert fields == {"issuer": "重庆市经济和信息化委员会", "level": "provincial", "date": "2023-05-08"}


def test_a_fax_header_date_is_never_the_document_s():
    fields = fields_of(
        "official_recognition",
        ("2025-06-07 09:53 FROM:02360574702 TO: P.1/1", 20),
        Title("重庆市渝北区科学技术局"), ("渝北科发〔2022〕44号", 650),
        "关于公布2022年度数字化车间认定名单的通知",
        "现将2022年度数字化车间认定名单予以公布。")
    assert fields.get("date") is None
    assert fields["issuer"] == "重庆市渝北区科学技术局" and fields["level"] == "municipal"


def test_a_title_damaged_in_its_level_is_no_title():
    fields = fields_of("recommendation_letter", Title("推荐表"),
                       [("推荐人姓名", LEFT), ("张伟", 500), ("推荐人职称", 800), ("商级工程师", 1050)])
    assert "recommender_title" not in fields  # 正高级 or 高级, OCR cannot tell


def test_an_untitled_letter_that_tells_of_an_award_stays_a_letter():
    doc = read(
        "重庆市工程技术系列职称评审委员会：",
        "兹推荐重庆山城智造科技有限公司司马俊峰同志破格申报正高级工程师。",
        "该同志长期从事工业互联网平台研发与工程应用工作，主持完成数字化车间改造、",
        "设备联网和数据平台建设等项目，积累了丰富的工程经验。",
        "近五年来，该同志作为项目负责人完成省部级项目两项，取得发明专利三项。",
        "本人与该同志共事多年，对其业务能力和职业道德有充分了解。",
        "该同志主持的“山地城市轨道交通智能运维关键技术”项目",
        "荣获2022年度重庆市科学技术进步奖二等奖，业绩突出，符合破格申报条件。",
        "特此推荐。",
        ("推荐人：李四（正高级工程师）", 800), ("2023年5月10日", 1000), gap=2.2,
    )
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "李四", "recommender_title": "professorate_senior_engineer",
                          "candidate": "司马俊峰"}


# =========================================================================== what OCR does to them

def test_a_rank_and_a_grade_cut_by_the_wrap_are_read_across_it():
    doc = read(
        Title("荣誉证书"),
        "兹证明孔柏涛同志为“柔性夹具智能工厂示范项目”项目的第九完成人，该项目荣获2021年度四川省科学技术进步奖三",
        "等奖。特发此证。", ("四川省人民政府", 1000), ("二〇二二年一月", 1000), name="孔柏涛", size=30)
    assert (doc.fields["grade"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("三等奖", 9, 9)
    doc = read(Title("荣誉证书"), "经审核，马杰同志参与完成的“多源数据融合自适应控制平台研发与应用”项目获2022年度国家科学技术进步奖一等奖，排",
               "名第9。特发此证，以资鼓励。", name="马杰", size=30)
    assert (doc.fields["rank"], doc.fields["applicant_rank"]) == (9, 9)


def test_a_printed_rank_that_cannot_be_read_gives_no_rank_rather_than_first():
    doc = read(Title("荣誉证书"), "经审核，马杰同志参与完成的“多源数据融合自适应控制平台研发与应用”项目获2022年度国家科学技术进步奖一等奖，排",
               "名第▇。特发此证，以资鼓励。", name="马杰", size=30)
    assert doc.fields["holder"] == "马杰"
    assert doc.fields["applicant_rank"] is None and "rank" not in doc.fields
    assert "rank_unreadable" in {i["code"] for i in doc.issues}


def test_labels_boxed_letter_by_letter_or_with_a_mark_between_letters():
    value_x = LEFT + 260
    fields = fields_of("title_certificate", Title("专业技术职务任职资格证书"),
                       [("姓☑名:", LEFT), ("范一", value_x)], [("资格名称:", LEFT), ("高级工程师", value_x)],
                       [("取得资格时间:", LEFT), ("二〇二〇年六月", value_x)])
    assert fields == {"holder": "范一", "title": "senior_engineer", "date": "2020-06"}
    fields = fields_of("degree_certificate", Title("教育部学历证书电子注册备案表"),
                       [("姓名", LEFT), ("胡晶文", 380), ("性别", 680), ("女", 880)],
                       [("入学日期", LEFT), ("2006年09月01日", 380), ("毕", 680), ("(结)业日", 712),
                        ("2010年06月16日", 880)],
                       ("期", 680),
                       [("层次", LEFT), ("博士研究生", 380)])
    assert fields == {"holder": "胡晶文", "education": "doctorate", "date": "2010-06-16", "conferred": False}


def test_a_list_ocr_cut_into_two_boxes_on_one_row_is_read_whole():
    rows = [["设计人:", ("顾薇丽;皇甫嘉明;何蓉宇;上官华桂", LEFT + 250), ("皇甫远;公孙健泽;田海新", 1050)]]
    fields = fields_of("patent_certificate", *_patent(rows))
    assert fields["inventors"] == ["顾薇丽", "皇甫嘉明", "何蓉宇", "上官华桂", "皇甫远", "公孙健泽", "田海新"]


def test_a_compound_surname_left_alone_makes_the_list_unreliable():
    rows = [["设计人:", ("顾薇丽;皇甫嘉明;何蓉宇;上官", LEFT + 250), ("皇甫远;公孙健泽;田海新", 1050)]]
    fields = fields_of("patent_certificate", *_patent(rows))
    assert "inventors" not in fields  # 上官华桂 lost its given name under a watermark: ranks after it are unsure


def test_a_date_cell_listed_before_its_label_is_read():
    value_x = LEFT + 300
    fields = fields_of("patent_certificate", Title("实用新型专利证书"),
                       [("实用新型名称:", LEFT), ("一种装配生产线用防护罩", value_x)],
                       [("发明人:", LEFT), ("秦良睿;赵新", value_x)],
                       [("专利号:", LEFT), ("ZL 2022 2 0345678.3", value_x)],
                       [("2018年10月24日", value_x), ("授权公告日:", LEFT)])
    assert fields["grant_date"] == "2018-10-24"


def test_layout_docstring_examples_hold():
    import doctest

    import extractor.layout

    result = doctest.testmod(extractor.layout)
    assert result.attempted > 0 and result.failed == 0


def test_the_recommender_s_own_sentence_is_not_the_one_that_recommends():
    fields = fields_of("recommendation_letter", Title("推荐信"),
                       "本人郑重推荐张伟同志为正高级工程师人选。该同志业绩突出。", "推荐人：王五", ("2024年3月1日", 1000))
    assert fields.get("recommender") == "王五" and "recommender_title" not in fields


# =========================================================================== team awards, beyond our layouts

def test_a_team_listed_on_one_line_gives_the_applicant_as_holder_and_his_place_as_rank():
    doc = read(
        Title("荣誉证书"),
        "项目名称：山地城市桥梁健康监测关键技术研究",
        "奖励等级：二等奖",
        "获奖人员：张伟 李娜 王磊 欧阳晓红 刘洋",
        ("重庆市人民政府", 1000), ("2021年12月", 1000),
        name="欧阳晓红",
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["holders"] == ["张伟", "李娜", "王磊", "欧阳晓红", "刘洋"]
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("欧阳晓红", 4, 4)
    assert "award_name" not in doc.fields  # 研究 over 奖励等级 is no award called …研究奖


def test_a_team_without_the_applicant_s_name_gives_no_holder():
    fields = fields_of("award_certificate",
                       Title("荣誉证书"), "项目名称：山地城市桥梁健康监测关键技术研究", "奖励等级：二等奖",
                       "主要完成人：张伟、李娜、王磊、欧阳晓红", ("2021年12月", 1000))
    assert fields["holders"] == ["张伟", "李娜", "王磊", "欧阳晓红"]
    assert "holder" not in fields and "rank" not in fields  # whose certificate it is depends on who asks


def test_main_completers_labelled_zhu_yao_wan_cheng_ren_yuan_wrapped_over_three_lines():
    names = ["司马俊峰", "张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄勇", "周杰", "上官婷婷",
             "吴昊", "诸葛明轩", "皇甫嵩"]
    at = LEFT + _width("主要完成人员：", SIZE)
    doc = read(
        Title("获奖证书"),
        "“长江上游水环境综合治理关键技术”项目荣获2021年度重庆市科学技术进步奖一等奖。",
        "主要完成人员：" + "，".join(names[:5]) + "，",
        ("，".join(names[5:10]) + "，", at),
        ("，".join(names[10:]), at),
        "特发此证。",
        ("重庆市人民政府", 1000), ("二〇二二年二月", 1000),
        name="诸葛明轩",
    )
    assert doc.fields["holders"] == names
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("诸葛明轩", 13, 13)
    assert (doc.fields["award_name"], doc.fields["grade"]) == ("重庆市科学技术进步奖", "一等奖")
    assert doc.fields["date"] == "2022-02"


def test_a_team_in_a_value_cell_that_wraps_inside_the_cell():
    value_x = LEFT + 330
    names = ["东方明", "张伟", "李娜", "公孙胜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄勇", "周杰", "吴昊"]
    doc = read(
        Title("科学技术奖励证书"),
        [("奖项名称", LEFT), ("重庆市技术发明奖", value_x)],
        [("项目名称", LEFT), ("高性能镁合金构件精密成形技术", value_x)],
        [("奖励等级", LEFT), ("三等奖", value_x)],
        [("主要完成人", LEFT), ("、".join(names[:4]) + "、", value_x)],
        ("、".join(names[4:8]) + "、", value_x),
        ("、".join(names[8:]), value_x),
        ("重庆市人民政府", 1000), ("2020年11月", 1000),
        name="公孙胜",
    )
    assert doc.fields["holders"] == names
    assert (doc.fields["holder"], doc.fields["applicant_rank"]) == ("公孙胜", 4)
    assert (doc.fields["award_name"], doc.fields["grade"], doc.fields["level"]) == ("重庆市技术发明奖", "三等奖",
                                                                                    "provincial")


def test_a_team_under_its_label_at_the_margin():
    doc = read(
        Title("荣誉证书"),
        "“城市燃气管网泄漏智能监测系统”项目获2019年度重庆市科学技术进步奖三等奖。",
        "主要完成人：",
        "欧阳晓红、张伟、李娜、王磊、赵敏",
        "特发此证。",
        ("重庆市人民政府", 1000), ("二〇二〇年一月", 1000),
        name="王磊",
    )
    assert doc.fields["holders"] == ["欧阳晓红", "张伟", "李娜", "王磊", "赵敏"]
    assert (doc.fields["holder"], doc.fields["applicant_rank"]) == ("王磊", 4)


def test_a_numbered_team_table_read_from_a_text_layer_row_by_row():
    names = ["欧阳晓红", "张伟", "司马俊峰", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄勇", "周杰", "诸葛明轩"]
    doc = read(
        Title("荣誉证书"),
        "“长江上游水环境综合治理关键技术”项目荣获2021年度重庆市科学技术进步奖一等奖。",
        "主要完成人：",
        "序号 姓名 工作单位",
        *[f"{k} {n} 重庆山城智造科技有限公司" for k, n in enumerate(names, 1)],
        ("重庆市人民政府", 1000), ("二〇二二年二月", 1000),
        name="诸葛明轩", size=30, gap=0.5,
    )
    assert doc.fields["holders"] == names
    assert (doc.fields["holder"], doc.fields["applicant_rank"]) == ("诸葛明轩", 12)


def test_a_team_table_with_a_rank_column_and_ocr_spaced_names():
    rows = [("1", "张 伟"), ("2", "上官婷婷"), ("3", "李 娜"), ("4", "王 磊")]
    doc = read(
        Title("获奖证书"),
        "“智慧工地安全监管系统”项目荣获2022年度重庆市科技进步奖二等奖。",
        [("排名", LEFT), ("姓名", LEFT + 200), ("工作单位", LEFT + 500)],
        *[[(k, LEFT + 10), (n, LEFT + 200), ("重庆交通大学", LEFT + 500)] for k, n in rows],
        ("重庆市人民政府", 1000), ("2023年1月", 1000),
        name="李娜",
    )
    assert doc.fields["holders"] == ["张伟", "上官婷婷", "李娜", "王磊"]
    assert (doc.fields["holder"], doc.fields["applicant_rank"]) == ("李娜", 3)


def test_completers_each_labelled_with_their_place():
    doc = read(
        Title("荣誉证书"),
        "“山地城市轨道交通智能运维关键技术”项目荣获2022年度重庆市科学技术进步奖二等奖。",
        "第一完成人：张伟",
        "第二完成人：司马俊峰",
        "第三完成人：李娜",
        ("重庆市人民政府", 1000), ("二〇二二年十一月", 1000),
        name="司马俊峰",
    )
    assert doc.fields["holders"] == ["张伟", "司马俊峰", "李娜"]
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("司马俊峰", 2, 2)


def test_a_single_holder_form_with_a_spaced_name_and_a_rank_cell():
    doc = read(
        Title("获奖证书"),
        "奖项名称：重庆市科学技术进步奖",
        "获奖项目：山区高速公路边坡灾害监测预警关键技术",
        "奖励等级：三等奖",
        "获 奖 者：张 伟",
        "排名：3",
        ("重庆市人民政府", 1000), ("2020年12月", 1000),
        name="张伟",
    )
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("张伟", 3, 3)
    assert "holders" not in doc.fields


def test_a_prose_award_conferred_on_several_comrades():
    doc = read(
        Title("荣誉证书"),
        "为表彰在科学技术进步工作中作出突出贡献的人员，授予张伟、李娜、",
        "欧阳晓红等同志2022年度重庆市科学技术进步奖三等奖。",
        "特发此证。",
        ("重庆市人民政府", 1000), ("二〇二三年一月", 1000),
        name="欧阳晓红",
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["holders"] == ["张伟", "李娜", "欧阳晓红"]
    assert (doc.fields["holder"], doc.fields["applicant_rank"]) == ("欧阳晓红", 3)
    assert (doc.fields["award_name"], doc.fields["grade"]) == ("重庆市科学技术进步奖", "三等奖")


def test_a_prose_award_with_its_completers_in_brackets():
    doc = read(
        Title("荣誉证书"),
        "“复杂地质条件下特长隧道智能建造关键技术”项目（主要完成人：欧阳晓红、",
        "张伟、李娜、司马俊峰）荣获2021年度重庆市技术发明奖一等奖，特发此证。",
        ("重庆市人民政府", 1000), ("二〇二二年三月", 1000),
        name="李娜",
    )
    assert doc.fields["holders"] == ["欧阳晓红", "张伟", "李娜", "司马俊峰"]
    assert (doc.fields["holder"], doc.fields["applicant_rank"]) == ("李娜", 3)
    assert doc.fields["project_title"] == "复杂地质条件下特长隧道智能建造关键技术"
    assert (doc.fields["award_name"], doc.fields["grade"]) == ("重庆市技术发明奖", "一等奖")


def test_a_special_prize_and_a_certificate_number_that_is_no_date():
    doc = read(
        Title("荣誉证书"),
        "张伟同志参与完成的“山地城市轨道交通智能运维关键技术”项目荣获2020年度",
        "重庆市科技进步奖特等奖（第2完成人），特发此证。",
        ("重庆市人民政府", 1000),
        ("二〇二〇年十二月", 1000),
        "证书编号：KJJ-2020-12-03",  # a number that reads like a date, under the date
        name="张伟",
    )
    assert (doc.fields["award_name"], doc.fields["grade"]) == ("重庆市科技进步奖", "特等奖")
    assert (doc.fields["holder"], doc.fields["rank"]) == ("张伟", 2)
    assert doc.fields["date"] == "2020-12"


def test_a_certificate_in_traditional_characters_reads_as_simplified():
    doc = read(
        Title("榮譽證書"),
        "歐陽曉紅同志參與完成的「山地城市軌道交通智能運維關鍵技術」項目",
        "榮獲2021年度重慶市科學技術進步獎二等獎（第2完成人），特發此證。",
        ("重慶市人民政府", 1000), ("二〇二二年一月", 1000),
        name="欧阳晓红",
    )
    assert doc.doc_type == "award_certificate"
    assert (doc.fields["holder"], doc.fields["rank"]) == ("欧阳晓红", 2)
    assert (doc.fields["award_name"], doc.fields["grade"]) == ("重庆市科学技术进步奖", "二等奖")
    assert doc.fields["project_title"] == "山地城市轨道交通智能运维关键技术"
    assert doc.fields["date"] == "2022-01"


def test_a_team_list_with_a_piece_that_is_no_name_gives_no_rank():
    doc = read(
        Title("荣誉证书"),
        "项目名称：山地城市桥梁健康监测关键技术研究",
        "奖励等级：二等奖",
        "获奖人员：张伟、李娜、▇▇、王磊、欧阳晓红",
        ("2021年12月", 1000),
        name="欧阳晓红",
    )
    assert "holder" not in doc.fields and doc.fields.get("applicant_rank") is None


def test_completers_placed_in_cells_of_their_own():
    doc = read(
        Title("科技进步奖证书"),
        "项目名称：智慧工地安全监管系统研发与应用",
        "奖励等级：二等奖",
        [("第一完成人", LEFT), ("张伟", 520), ("重庆大学", 900)],
        [("第二完成人", LEFT), ("欧阳晓红", 520), ("重庆交通大学", 900)],
        [("第三完成人", LEFT), ("李 娜", 520), ("重庆山城智造科技有限公司", 900)],
        ("重庆市人民政府", 1000), ("2021年12月", 1000),
        name="欧阳晓红",
    )
    assert doc.fields["holders"] == ["张伟", "欧阳晓红", "李娜"]
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("欧阳晓红", 2, 2)


def test_completers_whose_places_skip_one_give_no_one():
    doc = read(
        Title("荣誉证书"),
        "“山地城市轨道交通智能运维关键技术”项目荣获2022年度重庆市科学技术进步奖二等奖。",
        "第一完成人：张伟",
        "第三完成人：李娜",
        ("二〇二二年十一月", 1000),
        name="李娜",
    )
    assert "holder" not in doc.fields and "holders" not in doc.fields and "rank" not in doc.fields
    assert doc.fields["applicant_rank"] is None


def test_an_award_conferred_on_one_comrade():
    doc = read(
        Title("荣誉证书"),
        "授予上官婷婷同志2019年度重庆市科学技术进步奖三等奖（第5完成人）。",
        "特发此证。",
        ("重庆市人民政府", 1000), ("二〇二〇年五月", 1000),
        name="上官婷婷",
    )
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("上官婷婷", 5, 5)
    assert (doc.fields["award_name"], doc.fields["grade"], doc.fields["date"]) == ("重庆市科学技术进步奖", "三等奖",
                                                                                   "2020-05")


# =========================================================================== recommendation letters, beyond our layouts

def test_a_recommender_row_of_cells_with_his_professional_post():
    doc = read(
        Title("专业技术资格破格申报推荐表"),
        [("被推荐人", LEFT), ("慕容益俊", 440), ("申报职称", 800), ("正高级工程师", 1060)],
        [("工作单位", LEFT), ("重庆山城智造科技有限公司", 440)],
        [("推荐人", LEFT), ("钟安", 440), ("专业技术职务", 800), ("高级工程师", 1060)],
        [("工作单位", LEFT), ("重庆大学", 440), ("职　　务", 800), ("总工程师", 1060)],
        "推荐意见：该同志业绩突出，同意推荐。",
        ("2023年5月10日", 1000),
    )
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields == {"recommender": "钟安", "recommender_title": "senior_engineer", "candidate": "慕容益俊"}


def test_a_title_label_on_the_line_under_the_recommender():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐重庆山城智造科技有限公司张伟同志破格申报高级工程师。该同志业绩突出，特此推荐。",
        ("推荐人：钟安", 900), ("职称：正高级工程师", 900), ("工作单位：重庆交通大学", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "professorate_senior_engineer", "candidate": "张伟"}


@pytest.mark.parametrize("label, value, key", [
    ("技术职称", "教授级高级工程师", "professorate_senior_engineer"),
    ("专业技术资格", "正高级工程师", "professorate_senior_engineer"),
    ("专业技术职称", "高级工程师", "senior_engineer"),
    ("现任职务", "正高级工程师", "professorate_senior_engineer"),
])
def test_the_recommender_s_title_under_the_labels_forms_use(label, value, key):
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见"),
        "兹推荐欧阳晓红同志破格申报正高级工程师。特此推荐。",
        [("推荐专家姓名", LEFT), ("司马俊峰", 520)], [(label, LEFT), (value, 520)],
        [("工作单位", LEFT), ("重庆大学", 520)], ("2024年3月1日", 1000))
    assert fields == {"recommender": "司马俊峰", "recommender_title": key, "candidate": "欧阳晓红"}


def test_a_post_is_no_title():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐张伟同志破格申报正高级工程师。特此推荐。",
        "推荐人：钟安", "现任职务：副总工程师", ("2024年3月1日", 1000))
    assert fields.get("recommender") == "钟安" and fields["candidate"] == "张伟"
    assert "recommender_title" not in fields  # 副总工程师 is a post, not 工程师


def test_a_candidate_block_and_a_recommender_block_each_with_its_own_title_row():
    value_x = LEFT + 330
    fields = fields_of(
        "recommendation_letter", Title("破格推荐表"),
        [("被推荐人姓名", LEFT), ("上官婷婷", value_x)],
        [("专业技术职务", LEFT), ("工程师", value_x)],
        [("推荐人姓名", LEFT), ("钟安", value_x)],
        [("专业技术职务", LEFT), ("正高级工程师", value_x)],
        [("工作单位", LEFT), ("重庆交通大学", value_x)],
        "推荐意见：同意推荐。", ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "professorate_senior_engineer",
                      "candidate": "上官婷婷"}


def test_the_title_in_a_signature_block_of_an_expert_form():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        "被推荐人：诸葛明轩",
        "推荐意见：该同志长期从事山地桥梁设计工作，业绩突出，同意推荐其破格申报高级工程师。",
        ("推荐专家签名：              职称：正高级工程师", 500),
        ("2024年3月1日", 1000))
    assert fields["recommender_title"] == "professorate_senior_engineer"
    assert fields["candidate"] == "诸葛明轩"


def test_a_signature_with_the_title_in_brackets_and_a_compound_surname():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "重庆市工程技术系列职称评审委员会：",
        "现推荐我院上官婷婷同志破格申报正高级工程师。该同志业绩突出，特此推荐。",
        ("推荐人：欧阳明（教授级高级工程师）", 900), ("二〇二四年三月一日", 1000))
    assert fields == {"recommender": "欧阳明", "recommender_title": "professorate_senior_engineer",
                      "candidate": "上官婷婷"}


@pytest.mark.parametrize("sentence, key", [
    ("本人为正高级工程师，现任重庆建工集团总工程师，与该同志共事多年。", "professorate_senior_engineer"),
    ("本人系重庆市设计院副总工程师，教授级高级工程师，与该同志共事多年。", "professorate_senior_engineer"),
    # (a title of another series as printed: no 正高级工程师, and counted for none)
    ("本人系重庆大学教授，与该同志共事多年。", "教授"),
    ("本人现任重庆市建筑科学研究院研究员，与该同志共事多年。", "研究员"),
    ("本人现任重庆建工集团副总工程师，与该同志共事多年。", None),
])
def test_the_recommender_s_title_in_his_own_sentence(sentence, key):
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐张伟同志破格申报正高级工程师。",
        sentence,
        "特此推荐。", ("推荐人：王五", 900), ("2024年3月1日", 1000))
    assert fields.get("recommender_title") == key
    assert (fields["recommender"], fields["candidate"]) == ("王五", "张伟")


def test_a_title_of_another_series_is_given_as_printed_not_taken_from_the_candidate():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐表"),
        [("被推荐人", LEFT), ("张伟", 440), ("申报职称", 800), ("正高级工程师", 1060)],
        [("推荐人", LEFT), ("钟安", 440), ("职称", 800), ("高级经济师", 1060)],
        "推荐意见：同意推荐张伟同志破格申报正高级工程师。", ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "高级经济师", "candidate": "张伟"}


def test_a_title_damaged_before_its_level_is_no_title():
    fields = fields_of(
        "recommendation_letter", Title("专业技术资格破格申报推荐表"),
        [("被推荐人", LEFT), ("金健晶", 440), ("申报职称", 800), ("正高级工程师", 1060)],
        [("推荐人姓名", LEFT), ("张柏国", 440), ("推荐人职称", 800), ("上高级工程师", 1060)])
    assert "recommender_title" not in fields  # 上 is 正 damaged, or a stray mark: 正高级 or 高级, unclear
    assert (fields["recommender"], fields["candidate"]) == ("张柏国", "金健晶")


def test_ocr_spaced_labels_and_names_of_a_letter():
    fields = fields_of(
        "recommendation_letter", Title("推 荐 信"),
        "兹 推 荐 司马俊峰 同志破格申报高级工程师职称。特此推荐。",
        ("推 荐 人：钟 安", 900), ("职 称：正高级工程师", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "professorate_senior_engineer",
                      "candidate": "司马俊峰"}


def test_whole_row_lines_of_a_text_layer_form():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐表"),
        "被推荐人：皇甫嵩    现任职称：工程师    申报职称：高级工程师",
        "推荐人：钟安    职称：正高级工程师    工作单位：重庆大学",
        "推荐意见：同意推荐。", ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "professorate_senior_engineer", "candidate": "皇甫嵩"}


def test_the_candidate_s_current_title_in_the_sentence_is_not_the_recommender_s():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "现推荐我公司高级工程师司马俊峰同志破格申报正高级工程师。该同志业绩突出，特此推荐。",
        ("推荐人：钟安", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "candidate": "司马俊峰"}


def test_the_candidate_after_bei_tui_jian_ren_with_a_spaced_name():
    fields = fields_of(
        "recommendation_letter", Title("推荐意见"),
        "被推荐人：欧阳 晓红", "推荐意见：该同志业绩突出，同意推荐其破格申报正高级工程师。",
        ("推荐人：钟安（正高级工程师）", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "professorate_senior_engineer",
                      "candidate": "欧阳晓红"}


def test_a_team_in_a_grid_of_name_cells_is_read_row_by_row():
    names = ["张伟", "李娜", "王磊", "欧阳晓红", "刘洋", "陈静", "杨帆", "赵敏", "黄勇", "周杰", "吴昊", "司马俊峰"]
    xs = [LEFT + 300, LEFT + 560, LEFT + 820, LEFT + 1080]
    doc = read(
        Title("荣誉证书"),
        "“山地城市轨道交通智能运维关键技术”项目荣获2022年度重庆市科学技术进步奖一等奖。",
        [("主要完成人", LEFT)] + [(n, x) for n, x in zip(names[:4], xs)],
        [(n, x) for n, x in zip(names[4:8], xs)],
        [(n, x) for n, x in zip(names[8:], xs)],
        ("重庆市人民政府", 1000), ("二〇二三年元月", 1000),
        name="司马俊峰",
    )
    assert doc.fields["holders"] == names
    assert (doc.fields["holder"], doc.fields["applicant_rank"]) == ("司马俊峰", 12)
    assert doc.fields["date"] == "2023-01"  # 元月 is January


def test_a_team_spaced_by_ocr_wrapped_onto_a_second_line():
    at = LEFT + _width("获奖人员：", SIZE)
    doc = read(
        Title("获奖证书"),
        "项目名称：城市燃气管网泄漏智能监测系统",
        "奖励等级：一等奖",
        "获奖人员：张 伟  李 娜  上官婷婷  王 磊",
        ("刘 洋  诸葛明轩  陈 静", at),
        ("重庆市人民政府", 1000), ("2019年12月", 1000),
        name="诸葛明轩",
    )
    assert doc.fields["holders"] == ["张伟", "李娜", "上官婷婷", "王磊", "刘洋", "诸葛明轩", "陈静"]
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("诸葛明轩", 6, 6)


def test_a_list_of_people_and_their_units_gives_no_ranks():
    doc = read(
        Title("荣誉证书"),
        "项目名称：城市燃气管网泄漏智能监测系统", "奖励等级：一等奖",
        "主要完成人：张伟，重庆大学；李娜，重庆交通大学；王磊，重庆山城智造科技有限公司",
        ("2019年12月", 1000),
        name="李娜",
    )
    assert "holder" not in doc.fields and doc.fields.get("applicant_rank") != 3


def test_a_hong_kong_style_certificate_in_traditional_characters():
    doc = read(
        Title("獎勵證書"),
        "獎項名稱：重慶市科學技術進步獎",
        "獲獎項目：山區高速公路邊坡災害監測預警關鍵技術",
        "獎勵等級：二等獎",
        "得獎者：司馬俊峰",
        "排名：第三",
        ("重慶市人民政府", 1000), ("二零二一年十二月", 1000),
        name="司马俊峰",
    )
    assert doc.doc_type == "award_certificate"
    assert doc.fields["award_name"] == "重庆市科学技术进步奖"
    assert doc.fields["project_title"] == "山区高速公路边坡灾害监测预警关键技术"
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("司马俊峰", 3, 3)
    assert (doc.fields["grade"], doc.fields["date"]) == ("二等奖", "2021-12")


@pytest.mark.parametrize("printed, key", [
    ("教授级高工", "professorate_senior_engineer"), ("正高工", "professorate_senior_engineer"),
    ("高工", "senior_engineer"), ("高级工程师（教授级）", "professorate_senior_engineer"),
])
def test_a_recommender_s_title_shortened_as_letters_shorten_it(printed, key):
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐张伟同志破格申报正高级工程师。特此推荐。",
        (f"推荐人：钟安（{printed}）", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": key, "candidate": "张伟"}


def test_a_letter_signed_by_a_professor_only_gives_his_title_as_printed():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "本人系重庆大学教授、博士生导师，与张伟同志共事多年。现推荐张伟同志破格申报正高级工程师。",
        "特此推荐。", ("推荐人：钟安（教授）", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "教授", "candidate": "张伟"}  # (no 正高级工程师)


def test_a_text_layer_form_whose_rows_are_cells_parted_by_spaces():
    fields = fields_of(
        "recommendation_letter", Title("专业技术资格破格申报推荐表"),
        "被推荐人 张伟 职称 工程师",
        "工作单位 重庆山城智造科技有限公司 从事专业 机械工程",
        "推荐人姓名 钟安 工作单位 重庆大学",
        "联系电话 023-65100000 职称 正高级工程师",
        "推荐意见：同意推荐。", ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "professorate_senior_engineer", "candidate": "张伟"}


def test_a_certificate_that_names_its_holder_as_nv_shi():
    doc = read(
        Title("證書"),
        "茲證明歐陽曉紅女士參與完成的「智慧港口集裝箱調度系統」項目，",
        "榮獲2021年度重慶市科學技術進步獎三等獎（第4完成人）。特頒此證。",
        ("重慶市人民政府", 1000), ("二零二二年一月", 1000),
        name="欧阳晓红",
    )
    assert doc.doc_type == "award_certificate"
    assert (doc.fields["holder"], doc.fields["rank"], doc.fields["applicant_rank"]) == ("欧阳晓红", 4, 4)
    assert (doc.fields["award_name"], doc.fields["grade"], doc.fields["date"]) == ("重庆市科学技术进步奖", "三等奖",
                                                                                   "2022-01")


@pytest.mark.parametrize("row", ["获 奖 者：张伟    排名：3", "获奖者 张伟 排名 3"])
def test_the_next_field_on_the_holder_s_line_is_no_second_holder(row):
    fields = fields_of("award_certificate", Title("获奖证书"), "奖项名称：重庆市科学技术进步奖",
                       "获奖项目：山区高速公路边坡灾害监测预警关键技术", "奖励等级：三等奖", row, ("2020年12月", 1000))
    assert (fields["holder"], fields["rank"]) == ("张伟", 3)
    assert "holders" not in fields


def test_a_holder_who_lost_his_compound_surname_is_nobody_and_the_rank_label_below_no_name():
    doc = read(
        Title("获 奖 证 书"), ("证书编号 2022-KJ-1-049", 600),
        "奖项名称重庆市科学技术进步奖", "项目名称锐铭数字化车间建设项目", "奖励等级一等奖",
        "获奖者 子远",  # 诸葛 lost under a watermark
        "完成人排序3",
        "特发此证，以资鼓励。", ("重庆市人民政府", 700), ("2023年2月14日", 700),
        name="诸葛子远",
    )
    assert "holder" not in doc.fields and "holders" not in doc.fields
    assert doc.fields["rank"] == 3 and doc.fields["applicant_rank"] is None


def test_an_empty_title_cell_of_the_recommender_is_read_once_more():
    from extractor.doctypes import doctype
    from extractor.text import DocText

    rows = [Title("专业技术资格破格申报推荐表"),
            [("被推荐人", LEFT), ("高光晶", 440), ("申报职称", 800), ("正高级工程师", 1060)],
            [("推荐人姓名", LEFT), ("公孙明勇", 440), ("推荐人职称", 800)],
            [("工作单位", LEFT), ("重庆大学", 440), ("职　　务", 800), ("首席专家", 1060)]]
    result = ReadResult("scan.png", "0" * 64, pages=[Page(1, WIDTH, HEIGHT, "ocr", page(*rows))], page_count=1)
    found = doctype("recommendation_letter").extract(DocText(result))
    assert "recommender_title" not in found.values
    [(field, number, (x0, y0, x1, y1))] = found.look_again
    label = next(l for l in page(*rows) if l.text == "推荐人职称")
    assert (field, number) == ("recommender_title", 1)
    assert x0 >= label.box[2] and y0 < label.box[1] < label.box[3] < y1 and x1 > 1060


def test_a_letter_whose_recommender_gives_his_title_after_his_name():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "本人钟安，教授级高级工程师，现任重庆建工集团总工程师。现推荐我集团欧阳晓红同志",
        "破格申报正高级工程师。该同志业绩突出，特此推荐。",
        ("推荐人（签字）：钟安", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "钟安", "recommender_title": "professorate_senior_engineer",
                      "candidate": "欧阳晓红"}


def test_a_lost_name_cell_never_makes_the_next_label_a_person():
    fields = fields_of(
        "recommendation_letter", Title("专业技术资格破格申报推荐表"),
        [("被推荐人", LEFT), ("申报职称", 800), ("正高级工程师", 1060)],
        [("推荐人姓名", LEFT), ("推荐人取称", 800), ("正商级工程师", 1060)],
        "推荐意见：金健晶同志专业基础扎实，本人同意推荐其破格申报。")
    assert fields == {"candidate": "金健晶"}  # no name read in either name cell; the title damaged


def test_a_candidate_the_form_and_its_sentence_spell_one_character_apart_is_left_out():
    rows = [Title("专业技术资格破格申报推荐表"),
            [("被推荐人", LEFT), ("金健品", 440), ("申报职称", 800), ("正高级工程师", 1060)],
            [("推荐人姓名", LEFT), ("张柏国", 440), ("推荐人职称", 800), ("正高级工程师", 1060)]]
    fields = fields_of("recommendation_letter", *rows, "推荐意见：金健晶同志专业基础扎实，本人同意推荐其破格申报。")
    assert "candidate" not in fields  # 品 or 晶: one of the two readings is wrong
    fields = fields_of("recommendation_letter", *rows, "推荐意见：金健品同志专业基础扎实，本人同意推荐其破格申报。")
    assert fields["candidate"] == "金健品"
