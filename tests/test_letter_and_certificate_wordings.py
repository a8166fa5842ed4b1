"""Recommendation letters, title certificates and diplomas in wordings and layouts beyond
those of our fixtures and of ``test_certificate_wordings``.

Each test types a document line by line as a reader would hand it over (``page``: lines laid
out top to bottom with plausible boxes, full-width punctuation folded as reading folds it) and
checks what the field parser reads: 职称证书 booklets, printouts and sentences with the date
the title was obtained (never the birth month, nor the issue date when both are printed);
毕业证书, 学位证书 and 学信网 records with the date of the award (never a birth or study
date); 推荐信 and 专家推荐意见表 with the recommender's name and title from a cell, a
signature block or his own sentence.  A wrong value is worse than a missing one: where a
document does not settle a field, the tests say it is left out.
"""

from __future__ import annotations



import pytest



from tests.typed_certificates import LEFT, Title, cells, fields_of, read


# =========================================================================== title certificates

def test_a_booklet_with_birth_month_review_date_and_issue_date_reads_the_review_date():
    doc = read(
        Title("专业技术职务任职资格证书"),
        *cells(("姓    名", "张建国"), ("性    别", "男"), ("出生年月", "1982年07月"),
               ("专业名称", "电气工程"), ("资格名称", "高级工程师"), ("评审通过时间", "2021年12月20日"),
               ("发证日期", "2022年03月15日"), ("证书编号", "渝高职2021000123")),
        ("重庆市人力资源和社会保障局", 900),
    )
    assert doc.doc_type == "title_certificate"
    assert doc.fields == {"holder": "张建国", "title": "senior_engineer", "date": "2021-12-20"}


@pytest.mark.parametrize("label", ["评审时间", "审批时间", "授予时间", "批准时间", "取得资格时间", "评审通过日期",
                                   "资格取得时间", "批准日期"])
def test_the_date_the_title_was_obtained_under_the_labels_certificates_use(label):
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       *cells(("姓名", "李晓梅"), ("出生年月", "1986.05"), ("资格名称", "工程师"),
                              (label, "2019.12.26"), ("发证时间", "2020.04.01")))
    assert fields == {"holder": "李晓梅", "title": "engineer", "date": "2019-12-26"}


def test_only_an_issue_date_is_the_date_as_the_project_decided():
    fields = fields_of("title_certificate", Title("职称证书"),
                       *cells(("姓名", "王志强"), ("出生年月", "1979年11月"), ("职称", "正高级工程师"),
                              ("颁发日期", "2023-01-18")))
    assert fields == {"holder": "王志强", "title": "professorate_senior_engineer", "date": "2023-01-18"}


def test_a_birth_month_in_its_cell_is_never_the_date():
    fields = fields_of("title_certificate", Title("专业技术职务任职资格证书"),
                       *cells(("姓名", "王志强"), ("出生年月", "1979年11月"), ("资格名称", "工程师"),
                              ("专业", "土木工程")))
    assert fields == {"holder": "王志强", "title": "engineer"}


def test_a_birth_date_on_a_line_of_several_fields_is_never_the_date():
    fields = fields_of("title_certificate", Title("专业技术职务任职资格证书"),
                       "姓名 王志强  性别 男  出生年月 1979年11月",
                       "系列 工程技术  专业 建筑施工  资格名称 高级工程师")
    assert fields == {"holder": "王志强", "title": "senior_engineer"}


def test_a_prose_certificate_with_the_committee_first_and_a_chinese_numeral_date():
    doc = read(
        Title("专业技术职务任职资格证书"),
        "经重庆市工程技术系列高级职称评审委员会评审通过，",
        "刘德华同志具备高级工程师任职资格。",
        ("重庆市人力资源和社会保障局", 900),
        ("二〇二一年十二月二十日", 1000),
    )
    assert doc.doc_type == "title_certificate"
    assert doc.fields == {"holder": "刘德华", "title": "senior_engineer", "date": "2021-12-20"}


def test_a_prose_certificate_without_comrade_names_the_holder_before_ju_bei():
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       "经重庆市工程技术系列中级职称评审委员会评审，",
                       "陈思远具备工程师专业技术资格。",
                       ("二〇一九年十二月", 1000))
    assert fields == {"holder": "陈思远", "title": "engineer", "date": "2019-12"}


@pytest.mark.parametrize("printed, iso", [
    ("二O二一年十二月二十日", "2021-12-20"),
    ("二〇二一年十二月廿日", "2021-12-20"),
    ("二〇二一年十二月 二十日", "2021-12-20"),
    ("2021年12月", "2021-12"),
    ("2021.12.20", "2021-12-20"),
    ("2021-12-20", "2021-12-20"),
    ("2021 年 12 月 20 日", "2021-12-20"),
])
def test_a_prose_certificate_dated_at_the_foot_in_any_form(printed, iso):
    fields = fields_of("title_certificate", Title("证  书"),
                       "赵宏伟同志经重庆市工程技术系列高级职称评审委员会评审通过，",
                       "具备正高级工程师任职资格。", "特发此证。",
                       ("重庆市人力资源和社会保障局", 900), (printed, 1000))
    assert fields == {"holder": "赵宏伟", "title": "professorate_senior_engineer", "date": iso}


@pytest.mark.parametrize("label, value, key", [
    ("资格级别", "助理工程师", "assistant_engineer"),
    ("评审通过资格", "高级工程师", "senior_engineer"),
    ("专业技术资格", "技术员", "technician"),
    ("资格名称", "教授级高级工程师", "professorate_senior_engineer"),
])
def test_the_title_under_the_labels_certificates_use(label, value, key):
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       *cells(("姓名", "孙丽"), (label, value), ("取得资格时间", "2018年12月")))
    assert fields == {"holder": "孙丽", "title": key, "date": "2018-12"}


def test_a_damaged_title_is_not_taken_from_the_committee_s_name():
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       *cells(("姓名", "孙丽"), ("资格名称", "商级工程师"),
                              ("评委会", "重庆市机械工程高级工程师评审委员会"), ("评审通过时间", "2018年12月")))
    assert "title" not in fields
    assert (fields["holder"], fields["date"]) == ("孙丽", "2018-12")


def test_a_printout_whose_holder_label_is_chi_zheng_ren():
    fields = fields_of("title_certificate", Title("职称电子证书"),
                       "持证人：上官云飞", "专业：给排水", "资格名称：工程师", "审批时间：2020年11月30日",
                       "发证日期：2021年1月8日", "证书编号：ZC2020112233")
    assert fields == {"holder": "上官云飞", "title": "engineer", "date": "2020-11-30"}


def test_a_query_table_with_a_review_date_column():
    columns = ["姓名", "资格名称", "评审通过时间", "发证时间"]
    values = ["欧阳晓红", "高级工程师", "2021-12-31", "2022-03-01"]
    xs = [80, 400, 760, 1160]
    fields = fields_of("title_certificate", Title("职称证书查询"),
                       [(c, x) for c, x in zip(columns, xs)], [(v, x) for v, x in zip(values, xs)], size=26)
    assert fields == {"holder": "欧阳晓红", "title": "senior_engineer", "date": "2021-12-31"}


def test_a_certificate_number_with_a_year_inside_is_no_date():
    fields = fields_of("title_certificate", Title("职称证书"),
                       *cells(("姓名", "孙丽"), ("资格名称", "工程师"), ("证书编号", "2021-12-3456")))
    assert "date" not in fields


# =========================================================================== diplomas and degrees

def test_a_diploma_dated_at_its_foot_not_by_its_years_of_study():
    doc = read(
        Title("毕业证书"),
        "学生张晓明，性别男，1997年5月3日生，于2015年9月至2019年6月在",
        "本校土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
        ("校长：", 300), ("重庆交通大学", 1000), ("二〇一九年六月三十日", 1000),
        "证书编号：106181201905001234",
    )
    assert doc.doc_type == "degree_certificate"
    assert doc.fields == {"holder": "张晓明", "education": "bachelor", "date": "2019-06-30"}


def test_a_diploma_without_a_printed_date_of_its_own_gives_no_date():
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       "学生张晓明，性别男，1997年5月3日生，于2015年9月至2019年6月在",
                       "本校土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    assert "date" not in fields
    assert (fields["holder"], fields["education"]) == ("张晓明", "bachelor")


def test_a_master_s_degree_certificate_dated_in_chinese_numerals():
    fields = fields_of("degree_certificate", Title("硕士学位证书"),
                       "李雪，女，一九九二年三月八日生。在重庆大学管理科学与工程学科",
                       "完成了硕士研究生的学习和研究工作，成绩合格，通过论文答辩，",
                       "依照《中华人民共和国学位条例》的规定，授予管理学硕士学位。",
                       ("重庆大学学位评定委员会主席", 800), ("二〇一七年六月二十日", 1000))
    assert fields == {"holder": "李雪", "education": "master", "date": "2017-06-20", "professional_degree": False,
                      "conferred": True}


def test_a_bachelor_s_degree_certificate_damaged_by_ocr_in_its_date():
    fields = fields_of("degree_certificate", Title("学士学位证书"),
                       "王磊，男，1995年10月12日生。在重庆邮电大学通信工程专业完成了",
                       "本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，",
                       "授予工学学士学位。", ("重庆邮电大学学位评定委员会主席", 800), ("二O一七年六月", 1000))
    assert fields == {"holder": "王磊", "education": "bachelor", "date": "2017-06"}


def test_a_doctorate_with_its_date_labelled():
    fields = fields_of("degree_certificate", Title("博士学位证书"),
                       "陈静，女，1988年1月5日生，在本校材料科学与工程学科完成了博士研究生的学习和研究工作，",
                       "成绩合格，通过论文答辩，授予工学博士学位。", "授予日期：2016年12月28日",
                       "证书编号：1061132016000123")
    assert fields == {"holder": "陈静", "education": "doctorate", "date": "2016-12-28", "professional_degree": False,
                      "conferred": True}


def test_a_junior_college_diploma():
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       "学生刘洋，性别女，1996年2月14日生，于2014年9月至2017年6月在本校",
                       "会计专业三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                       ("重庆工业职业技术学院", 1000), ("2017年6月30日", 1000))
    assert fields == {"holder": "刘洋", "education": "associate", "date": "2017-06-30"}


@pytest.mark.parametrize("level, key", [("硕士研究生", "master"), ("专科(高职)", "associate"), ("本科", "bachelor"),
                                        ("博士研究生", "doctorate")])
def test_a_xuexin_record_with_its_level_and_graduation_date(level, key):
    fields = fields_of("degree_certificate", Title("教育部学历证书电子注册备案表"),
                       ("更新日期：2024年01月10日", 1000),
                       *cells(("姓名", "黄勇"), ("性别", "男"), ("出生日期", "1993年04月21日"),
                              ("入学日期", "2015年09月01日"), ("毕业日期", "2018年06月30日"),
                              ("学校名称", "西南大学"), ("层次", level), ("学历类别", "普通高等教育"),
                              ("学习形式", "普通全日制"), ("毕(结)业", "毕业")),
                       "在线验证码：AB12CD34EF56")
    # (the record is of a 学历: a master's or a doctor's is no degree conferred)
    conferred = {"conferred": False} if key in ("master", "doctorate") else {}
    assert fields == {"holder": "黄勇", "education": key, "date": "2018-06-30", **conferred}


def test_a_record_whose_only_dates_are_birth_and_enrolment_gives_no_date():
    fields = fields_of("degree_certificate", Title("学历证书电子注册备案表"),
                       *cells(("姓名", "黄勇"), ("出生日期", "1993年04月21日"), ("入学日期", "2015年09月01日"),
                              ("层次", "本科")))
    assert fields == {"holder": "黄勇", "education": "bachelor"}


@pytest.mark.parametrize("printed, key", [("大学本科", "bachelor"), ("硕士研究生", "master"), ("大专", "associate"),
                                          ("中专", "secondary_vocational")])
def test_an_education_labelled_xue_li(printed, key):
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       *cells(("姓名", "周杰"), ("学历", printed), ("毕业时间", "2010年7月")))
    conferred = {"conferred": False} if key in ("master", "doctorate") else {}
    assert fields == {"holder": "周杰", "education": key, "date": "2010-07", **conferred}


def test_a_degree_record_of_a_xuewei_online_report():
    fields = fields_of("degree_certificate", Title("中国高等教育学位在线验证报告"),
                       *cells(("姓名", "杨帆"), ("出生日期", "1991年08月16日"), ("获得学位", "工学硕士"),
                              ("学位授予单位", "重庆大学"), ("授予学位日期", "2016年06月25日")))
    assert fields == {"holder": "杨帆", "education": "master", "date": "2016-06-25", "professional_degree": False,
                      "conferred": True}


def test_an_adult_education_diploma_of_specialist_to_bachelor():
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       "学生赵敏，性别女，1990年3月2日生，于2016年3月至2018年7月在本校",
                       "工程管理专业专科起点本科函授学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                       ("重庆大学", 1000), ("二〇一八年七月十日", 1000))
    assert fields == {"holder": "赵敏", "education": "bachelor", "date": "2018-07-10"}


# =========================================================================== recommendation letters

def test_a_signature_block_with_the_name_after_qian_ming_and_the_title_beside_it():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "重庆市工程技术系列高级职称评审委员会：",
        "兹推荐我公司张伟同志破格申报高级工程师。该同志长期从事桥梁设计工作，业绩突出。特此推荐。",
        ("推荐人（签名）：钟国华    职称：教授级高级工程师", 600),
        ("工作单位：重庆大学", 600), ("日期：2024年3月1日", 600))
    assert fields == {"recommender": "钟国华", "recommender_title": "professorate_senior_engineer",
                      "candidate": "张伟"}


def test_a_signature_block_over_several_lines():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐欧阳晓红同志破格申报正高级工程师。该同志业绩突出。特此推荐。",
        ("推荐人签名：李建军", 900), ("职称：正高级工程师", 900), ("工作单位：重庆市设计院", 900),
        ("2024年3月1日", 900))
    assert fields == {"recommender": "李建军", "recommender_title": "professorate_senior_engineer",
                      "candidate": "欧阳晓红"}


def test_a_table_row_of_the_recommender_with_his_title():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        [("申报人姓名", LEFT), ("何晓东", 520), ("申报职称", 860), ("高级工程师", 1100)],
        [("推荐人", LEFT), ("张三丰", 520), ("职称", 860), ("正高级工程师", 1100)],
        "推荐意见：该同志业绩突出，同意推荐。")
    assert fields == {"recommender": "张三丰", "recommender_title": "professorate_senior_engineer",
                      "candidate": "何晓东"}


@pytest.mark.parametrize("label", ["推荐对象", "申报人", "被推荐人", "申报人姓名"])
def test_the_candidate_under_the_labels_forms_use(label):
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        f"{label}：罗成", "推荐意见：该同志业绩突出，同意推荐其破格申报正高级工程师。",
        ("推荐专家：周明（正高级工程师）", 800))
    assert fields == {"recommender": "周明", "recommender_title": "professorate_senior_engineer", "candidate": "罗成"}


def test_an_expert_s_name_under_zhuan_jia_xing_ming():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        [("被推荐人", LEFT), ("罗成", 520)],
        "推荐意见：该同志业绩突出，同意推荐。",
        [("专家姓名", LEFT), ("周明", 520), ("技术职称", 860), ("研究员级高级工程师", 1100)])
    assert fields == {"recommender": "周明", "recommender_title": "professorate_senior_engineer", "candidate": "罗成"}


def test_a_recommender_introducing_himself_with_his_title_after_his_name():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "本人张三，正高级工程师，现任重庆建工集团总工程师。现推荐我集团",
        "王小川同志破格申报正高级工程师。该同志业绩突出，特此推荐。",
        ("推荐人：张三", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "张三", "recommender_title": "professorate_senior_engineer",
                      "candidate": "王小川"}


@pytest.mark.parametrize("title", ["教授", "研究员", "副教授", "副研究员"])
def test_a_recommender_of_another_series_gives_his_title_as_printed(title):
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐王小川同志破格申报高级工程师。该同志业绩突出，特此推荐。",
        ("推荐人：张三", 900), (f"职称：{title}", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "张三", "recommender_title": title, "candidate": "王小川"}  # (no 正高级工程师)


def test_a_post_in_the_signature_block_is_no_title():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐王小川同志破格申报高级工程师。特此推荐。",
        ("推荐人（签字）：张三    职务：总工程师", 700), ("2024年3月1日", 1000))
    assert fields == {"recommender": "张三", "candidate": "王小川"}


def test_a_post_and_a_title_in_one_cell():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐表"),
        [("被推荐人", LEFT), ("罗成", 520)],
        [("推荐人姓名", LEFT), ("周明", 520), ("职称/职务", 860), ("总工程师/正高级工程师", 1100)])
    assert fields == {"recommender": "周明", "recommender_title": "professorate_senior_engineer", "candidate": "罗成"}


def test_the_candidate_s_title_in_the_recommender_s_sentence_is_not_his():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "本人张三，研究员，与该同志共事多年，该同志现为高级工程师，业绩突出。",
        "现推荐王小川同志破格申报正高级工程师。特此推荐。",
        ("推荐人：张三", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "张三", "recommender_title": "研究员", "candidate": "王小川"}


def test_a_damaged_title_in_the_signature_block_is_left_out():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐王小川同志破格申报高级工程师。特此推荐。",
        ("推荐人（签名）：张三", 900), ("职称：止高级工程师", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "张三", "candidate": "王小川"}


def test_a_letter_whose_title_ocr_glued_to_the_candidate_still_names_him():
    fields = fields_of(
        "recommendation_letter",
        "推荐信冯晓东同志系重庆山城智造科技有限公司技术总监，业绩突出，特推荐其破格申报正高级工程师。",
        ("推荐人：李四（正高级工程师）", 800), ("2023年5月10日", 1000))
    assert fields == {"recommender": "李四", "recommender_title": "professorate_senior_engineer",
                      "candidate": "冯晓东"}


def test_an_expert_table_with_a_header_row():
    xs = [LEFT, 500, 800, 1150]
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        "被推荐人：罗成",
        "推荐意见：该同志业绩突出，同意推荐其破格申报正高级工程师。",
        "推荐专家：",
        [(c, x) for c, x in zip(["姓名", "工作单位", "职称", "签名"], xs)],
        [(c, x) for c, x in zip(["周明", "重庆大学", "正高级工程师"], xs)])
    assert fields == {"recommender": "周明", "recommender_title": "professorate_senior_engineer", "candidate": "罗成"}


def test_an_unsigned_signature_line_is_nobody():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐王小川同志破格申报高级工程师。特此推荐。",
        ("推荐人（签名）：", 900), ("日期：2024年3月1日", 900))
    assert fields == {"candidate": "王小川"}


def test_a_candidate_recommended_as_a_candidate_for_promotion():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "我单位推荐刘晓峰同志晋升正高级工程师，特此推荐。",
        ("推荐人：张三（高级工程师）", 900), ("2024年3月1日", 1000))
    assert fields == {"recommender": "张三", "recommender_title": "senior_engineer", "candidate": "刘晓峰"}


# =========================================================================== beyond: more title certificates

def test_a_review_date_left_unread_is_not_replaced_by_the_issue_date():
    fields = fields_of("title_certificate", Title("专业技术职务任职资格证书"),
                       *cells(("姓名", "李晓梅"), ("资格名称", "工程师"), ("评审通过时间", "▇▇▇▇")),
                       ("发证日期：2020年4月1日", LEFT))
    assert fields == {"holder": "李晓梅", "title": "engineer"}


def test_a_certificate_whose_holder_opens_the_sentence_with_sex_and_birth():
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       "周文斌，男，1980年5月生，经重庆市工程技术系列高级职称评审委员会评审，",
                       "具备高级工程师任职资格。", ("重庆市人力资源和社会保障局", 900), ("二〇二〇年十二月三十日", 1000))
    assert fields == {"holder": "周文斌", "title": "senior_engineer", "date": "2020-12-30"}


def test_a_title_approved_by_the_bureau_in_prose():
    fields = fields_of("title_certificate", Title("专业技术职务任职资格证书"),
                       "经重庆市人力资源和社会保障局批准，吴建新同志取得工程师资格。",
                       "批准文号：渝人社〔2019〕215号", ("二〇一九年十二月二十六日", 1000))
    assert fields == {"holder": "吴建新", "title": "engineer", "date": "2019-12-26"}


def test_a_researcher_grade_senior_engineer_is_the_professorate_title():
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       *cells(("姓名", "孙丽"), ("资格名称", "研究员级高级工程师"), ("取得资格时间", "2018年12月")))
    assert fields == {"holder": "孙丽", "title": "professorate_senior_engineer", "date": "2018-12"}


def test_a_title_misread_inside_its_word_is_left_out():
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       *cells(("姓名", "孙丽"), ("资格名称", "高级工桯师"), ("取得资格时间", "2018年12月")))
    assert fields == {"holder": "孙丽", "date": "2018-12"}


def test_the_committee_s_name_beside_a_readable_title_does_not_change_it():
    fields = fields_of("title_certificate", Title("专业技术资格证书"),
                       *cells(("姓名", "孙丽"), ("评委会", "重庆市建筑工程高级工程师评审委员会"), ("资格名称", "工程师"),
                              ("评审通过时间", "2018年12月28日")))
    assert fields == {"holder": "孙丽", "title": "engineer", "date": "2018-12-28"}


# =========================================================================== beyond: more diplomas and degrees

def test_a_text_layer_signature_row_with_the_date_at_its_end():
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       "学生张晓明，性别男，1997年5月3日生，于2015年9月至2019年6月在本校",
                       "土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                       "校长：李某某          2019年6月30日")
    assert fields == {"holder": "张晓明", "education": "bachelor", "date": "2019-06-30"}


def test_a_labelled_birth_date_is_never_the_date():
    fields = fields_of("degree_certificate", Title("学士学位证书"),
                       "姓名：吴昊", "出生日期：1990年5月3日",
                       "在本校计算机科学与技术专业完成了本科学习计划，授予工学学士学位。")
    assert fields == {"holder": "吴昊", "education": "bachelor"}


def test_a_second_bachelor_s_degree():
    fields = fields_of("degree_certificate", Title("学士学位证书"),
                       "吴昊，男，1990年5月3日生，在本校法学专业完成了第二学士学位的学习，",
                       "成绩合格，授予法学第二学士学位。", ("二〇一五年七月一日", 1000))
    assert fields == {"holder": "吴昊", "education": "second_bachelor", "date": "2015-07-01"}


def test_a_postgraduate_diploma():
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       "研究生张伟，性别男，一九九〇年五月生，于二〇一三年九月至二〇一六年六月在本校",
                       "结构工程专业学习，学制三年，修完硕士研究生培养计划规定的全部课程，成绩合格，",
                       "毕业论文答辩通过，准予毕业。", ("重庆大学", 1000), ("二〇一六年六月二十八日", 1000))
    assert fields == {"holder": "张伟", "education": "master", "date": "2016-06-28", "conferred": False}


def test_an_education_that_names_no_level_is_left_out():
    fields = fields_of("degree_certificate", Title("毕业证书"),
                       *cells(("姓名", "周杰"), ("学历", "研究生"), ("毕业时间", "2010年7月")))
    assert fields == {"holder": "周杰", "date": "2010-07"}


def test_a_degree_dated_beside_the_chairman_on_one_row():
    fields = fields_of("degree_certificate", Title("硕士学位证书"),
                       "李雪，女，1992年3月8日生。在重庆大学管理科学与工程学科完成了硕士研究生的学习和研究工作，",
                       "授予管理学硕士学位。",
                       [("重庆大学学位评定委员会主席", LEFT), ("二〇一七年六月", 1100)])
    assert fields == {"holder": "李雪", "education": "master", "date": "2017-06", "professional_degree": False,
                      "conferred": True}


# =========================================================================== beyond: more recommendation letters

def test_two_experts_in_a_scanned_table_are_read_as_a_text_layer_reads_them():
    """Each cell its own box: the first expert is the recommender, the second a co-recommender,
    as the same table in a text layer gives (a scan gave none of them, probe EB30)."""
    xs = [LEFT, 500, 800, 1150]
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        "被推荐人：罗成", "推荐意见：同意推荐其破格申报正高级工程师。", "推荐专家：",
        [(c, x) for c, x in zip(["姓名", "工作单位", "职称", "签名"], xs)],
        [(c, x) for c, x in zip(["周明", "重庆大学", "正高级工程师"], xs)],
        [(c, x) for c, x in zip(["钱进", "重庆交通大学", "教授"], xs)])
    assert fields == {"candidate": "罗成", "recommender": "周明", "recommender_title": "professorate_senior_engineer",
                      "co_recommenders": [{"recommender": "钱进", "recommender_title": "教授"}]}


def test_a_text_layer_expert_table():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        "被推荐人：罗成", "推荐意见：同意推荐其破格申报正高级工程师。", "推荐专家：",
        "姓名 工作单位 职称 签名", "周明 重庆大学 教授级高级工程师")
    assert fields == {"recommender": "周明", "recommender_title": "professorate_senior_engineer", "candidate": "罗成"}


def test_a_recommender_whose_own_sentence_names_a_post_and_the_candidate_s_title():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "本人张三，现任重庆大学副院长，与该同志共事多年，该同志现为高级工程师，业绩突出。",
        "现推荐王小川同志破格申报正高级工程师。特此推荐。", ("推荐人：张三", 900))
    assert fields == {"recommender": "张三", "candidate": "王小川"}


def test_a_researcher_grade_senior_engineer_in_the_recommender_s_sentence():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "本人张三，系重庆市设计院研究员级高级工程师，与该同志共事多年。",
        "现推荐王小川同志破格申报正高级工程师。特此推荐。", ("推荐人：张三", 900))
    assert fields == {"recommender": "张三", "recommender_title": "professorate_senior_engineer",
                      "candidate": "王小川"}


def test_a_title_qualified_in_brackets_in_the_signature_block():
    fields = fields_of(
        "recommendation_letter", Title("破格推荐信"),
        "兹推荐我院罗成同志破格申报正高级工程师。特此推荐。",
        ("推荐人（签名）：周明   职称：高级工程师（教授级）", 700), ("二〇二四年三月一日", 1000))
    assert fields == {"recommender": "周明", "recommender_title": "professorate_senior_engineer", "candidate": "罗成"}


def test_a_signature_scrawl_read_as_words_is_nobody():
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐我院罗成同志破格申报高级工程师。特此推荐。",
        ("推荐人（签名）：了丿乙", 700), ("职称：正高级工程师", 700))
    assert fields == {"recommender_title": "professorate_senior_engineer", "candidate": "罗成"}


def test_the_candidate_s_row_title_never_becomes_the_recommender_s_in_a_signature_form():
    fields = fields_of(
        "recommendation_letter", Title("专家推荐意见表"),
        [("申报人姓名", LEFT), ("何晓东", 520), ("职称", 860), ("高级工程师", 1100)],
        "推荐意见：同意推荐。", ("推荐专家（签名）：", 700))
    assert fields == {"candidate": "何晓东"}


@pytest.mark.parametrize("signature", ["推荐人（签字）：（盖章）", "推荐人签名：本人签字", "推荐专家（签名）：2024年3月1日"])
def test_what_a_signature_line_says_instead_of_a_name_is_nobody(signature):
    fields = fields_of(
        "recommendation_letter", Title("推荐信"),
        "兹推荐我院罗成同志破格申报高级工程师。特此推荐。", (signature, 700))
    assert fields == {"candidate": "罗成"}
