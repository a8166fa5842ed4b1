"""Each kind of evidence in the forms applicants really hand in, not only its classic certificate:
the patent's 专利登记簿副本 and register record, the 学信网 备案表, the 职称 评审表's last page, a
recommendation 函, a bank's 电子回单, a 技术总结报告.  Typed anew here (``typed_certificates``),
in wordings of their issuers, and classified by the cues each type declares.
"""

from __future__ import annotations

import pytest

from tests.typed_certificates import LEFT, Title, cells, fields_of, read


def test_a_patent_register_copy_is_a_patent_and_its_application_number_is_the_patent_number():
    rows = [Title("专利登记簿副本"), ("国家知识产权局", LEFT),
            *cells(("申请号", "2021108765425"), ("申请日", "2021年07月19日"),
                   ("发明创造名称", "一种注塑机能耗在线监测装置"), ("发明人", "司马立新；周晓燕；黄涛"),
                   ("申请人", "重庆渝通精工机械有限公司"), ("授权公告日", "2023年02月10日")),
            "著录项目变更：无", "法律状态：专利权维持"]
    doc = read(*rows)
    assert doc.doc_type == "patent_certificate"
    fields = fields_of("patent_certificate", *rows)
    assert fields["patent_number"] == "ZL202110876542.5"
    assert fields["patent_type"] == "invention"
    assert fields["title"] == "一种注塑机能耗在线监测装置"
    assert fields["patentees"] == ["重庆渝通精工机械有限公司"]
    assert str(fields["grant_date"]) == "2023-02-10"


def test_a_register_that_names_a_patentee_never_takes_the_applicant_for_one():
    fields = fields_of("patent_certificate", Title("专利登记簿副本"),
                       *cells(("申请号", "2021108765432"), ("申请人", "重庆渝通精工机械有限公司"),
                              ("专利权人", "重庆山城智造科技有限公司"), ("发明人", "周晓燕")))
    assert fields["patentees"] == ["重庆山城智造科技有限公司"]


def test_a_filing_receipt_stays_no_patent_whatever_it_numbers():
    doc = read(Title("专利申请受理通知书"), *cells(("申请号", "2021108765432"), ("申请人", "重庆渝通精工机械有限公司"),
                                                  ("发明创造名称", "一种注塑机能耗在线监测装置")))
    assert doc.doc_type != "patent_certificate"


def test_a_chsi_registration_record_is_a_degree_document():
    doc = read(Title("教育部学历证书电子注册备案表"),
               *cells(("姓名", "欧阳静"), ("毕业院校", "重庆邮电大学"), ("学历类别", "普通高等教育"),
                      ("层次", "本科"), ("入学时间", "2012年09月01日"), ("毕业时间", "2016年06月30日")))
    assert doc.doc_type == "degree_certificate"


def test_the_last_page_of_a_title_review_form_is_title_evidence():
    doc = read(Title("专业技术职务任职资格评审表"), *cells(("姓名", "诸葛文"), ("评审结论", "具备高级工程师任职资格"),
                                                    ("批准文号", "渝人社职〔2022〕118号")))
    assert doc.doc_type == "title_certificate"


def test_a_letter_to_the_title_committee_is_no_title_review_form():
    doc = read(Title("推荐信"), "重庆市工程技术系列职称评审委员会：",
               "本人具有正高级工程师专业技术资格，与李建华同志共事八年，特推荐李建华同志申报高级工程师。",
               ("推荐人：王立群", 700))
    assert doc.doc_type == "recommendation_letter"


def test_a_recommendation_function_letter_is_a_recommendation():
    doc = read(Title("推荐函"), "重庆市职称改革办公室：",
               "我单位张明同志长期从事工业互联网平台研发，现推荐其申报正高级工程师。",
               *cells(("推荐理由", "主持完成两条数字化产线"), ("推荐人姓名", "刘海"), ("专业技术职称", "正高级工程师")))
    assert doc.doc_type == "recommendation_letter"


def test_a_bank_receipt_and_a_technical_summary_report_are_what_they_say():
    receipt = read(Title("中国建设银行网上银行电子回单"),
                   *cells(("付款人", "重庆两江汽车零部件有限公司"), ("收款人", "重庆渝通精工机械有限公司"),
                          ("金额（小写）", "¥1,280,000.00"), ("交易日期", "2023-06-30")))
    assert receipt.doc_type == "revenue_proof"
    report = read(Title("柔性装配线数字孪生系统技术总结报告"), ("重庆渝通精工机械有限公司", 700),
                  *cells(("编写", "黄涛"), ("审核", "周晓燕"), ("批准", "司马立新")), ("二〇二三年五月", 700))
    assert report.doc_type == "technical_report"


def _paper(*extra_top, foot=()):
    from tests.typed_certificates import page
    from extractor.model import Page, ReadResult
    from extractor.doctypes import doctype
    from extractor.text import DocText
    from tests.typed_certificates import HEIGHT, WIDTH

    rows = [*extra_top, Title("面向离散制造的设备预测性维护方法"), ("令狐建国 欧阳丽", 700), ("（重庆工程学院，重庆 400056）", 560),
            "摘要：以振动与电流信号建立设备退化模型，在两条产线上验证。", "关键词：预测性维护；离散制造；退化模型",
            "1 引言", "设备停机是离散制造的主要损失之一。", "维护计划多按固定周期排定，", "既有过度维护，也有失修停机。",
            "本文以振动与电流信号估计设备的剩余寿命，", "并据此排定维护窗口。"]
    lines = page(*rows)
    if foot:
        from extractor.model import Line
        lines += [Line(text, (100, HEIGHT - 120 + 40 * i, 1500, HEIGHT - 90 + 40 * i), 0.95) for i, text in enumerate(foot)]
    result = ReadResult("paper.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "ocr", lines)])
    return doctype("journal_paper").extract(DocText(result)).values


def test_a_journal_month_from_a_footer_band_that_prints_the_volume_never_from_a_received_date():
    fields = _paper(foot=("收稿日期：2020年11月2日；修回日期：2020年12月20日", "机电工程前沿  第41卷 第3期 2021年3月"))
    assert str(fields["date"]) == "2021-03"


def test_a_journal_month_from_an_english_masthead():
    fields = _paper(("Frontiers of Mechatronics  Vol.41 No.3 Mar. 2021", LEFT))
    assert str(fields["date"]) == "2021-03"


def test_a_paper_published_online_first_is_dated_by_its_online_day():
    fields = _paper(("网络首发时间：2021-03-24 10:22:33", LEFT),
                    ("网络首发地址：https://kns.cnki.net/kcms/detail/50.1075.TP.20210324.1022.002.html", LEFT))
    assert str(fields["date"]) == "2021-03-24"


def test_an_e_certificate_numbering_its_holder_by_completion_order_gives_that_rank_never_first():
    doc = read(Title("获奖证书"), *cells(("获奖项目", "多工位冲压线在线检测系统"), ("奖励等级", "二等奖"),
                                      ("获奖者", "上官明"), ("完成人序号", "03")),
               ("重庆市人民政府", 900), ("2022-03-15", 900), name="上官明")
    assert doc.fields["rank"] == 3 and doc.fields["applicant_rank"] == 3


def test_degree_dates_and_levels_under_the_labels_of_verification_reports():
    report = read(Title("中国高等教育学位在线验证报告"),
                  *cells(("姓名", "欧阳静"), ("学位类别", "工学硕士"), ("获学位日期", "2016年06月30日"),
                         ("学位授予单位", "重庆大学"), ("验证日期", "2024年03月02日")))
    assert (report.fields["education"], report.fields["date"]) == ("master", "2016-06-30")
    abroad = read(Title("国外学历学位认证书"),
                  *cells(("姓名", "欧阳静"), ("出生日期", "1990年02月03日"), ("学习时间", "2014年09月至2015年11月"),
                         ("获得学位", "理学硕士"), ("颁发学位/证书时间", "2015年12月10日")),
                  ("教育部留学服务中心", 900), ("2016年3月1日", 900))
    assert (abroad.fields["education"], abroad.fields["date"]) == ("master", "2015-12-10")


def test_a_title_notice_names_the_first_of_its_list_and_dates_the_title_by_its_sentence():
    doc = read(Title("关于诸葛文等同志具备高级工程师资格的通知"), "各有关单位：",
               "经重庆市工程技术高级职称评审委员会评审，我局审核，下列同志具备高级工程师资格，资格取得时间为2021年12月28日。",
               "诸葛文  王立群  李建华", ("重庆市人力资源和社会保障局", 900), ("2022年1月20日", 900))
    assert doc.doc_type == "title_certificate"
    assert (doc.fields["holder"], doc.fields["title"], doc.fields["date"]) == ("诸葛文", "senior_engineer", "2021-12-28")


def test_a_bank_receipt_gives_payer_then_payee_and_its_day_without_the_time():
    doc = read(Title("网上银行电子回单"),
               *cells(("付款方", "重庆两江汽车零部件有限公司"), ("收款方", "重庆渝通精工机械有限公司"),
                      ("交易金额", "人民币壹佰贰拾捌万元整"), ("交易时间", "2023-06-30 10:22:31")))
    assert doc.doc_type == "revenue_proof"
    assert doc.fields["parties"] == ["重庆两江汽车零部件有限公司", "重庆渝通精工机械有限公司"]
    assert (doc.fields["amount_wan"], doc.fields["date"]) == (128.0, "2023-06-30")


def test_an_invoices_cashier_is_never_a_party():
    fields = fields_of("revenue_proof", Title("增值税专用发票"),
                       ("购买方 名称：重庆两江汽车零部件有限公司", LEFT), ("销售方 名称：重庆渝通精工机械有限公司", LEFT),
                       ("价税合计（大写）壹佰贰拾捌万元整 （小写）¥1280000.00", LEFT),
                       ("收款人：李娜  复核：王强  开票人：赵丽", LEFT))
    assert fields["parties"] == ["重庆两江汽车零部件有限公司", "重庆渝通精工机械有限公司"]


def test_a_certificate_of_added_output_value_is_revenue_evidence_in_wan():
    doc = read(Title("新增产值证明"),
               "兹证明我公司应用“柔性装配线数字孪生系统”后，2023年度新增产值1280万元（大写：壹仟贰佰捌拾万元整），新增利税156万元。",
               "特此证明。", ("重庆渝通精工机械有限公司（盖章）", 900), ("2024年1月15日", 900))
    assert doc.doc_type == "revenue_proof"
    assert (doc.fields["amount_wan"], doc.fields["parties"], doc.fields["date"]) == (
        1280.0, ["重庆渝通精工机械有限公司"], "2024-01-15")


def test_small_captions_over_their_values_in_one_column():
    doc = read(Title("荣誉证书"), ("获奖项目", LEFT), ("多工位冲压线在线检测系统", LEFT), ("奖项名称", LEFT),
               ("重庆市科学技术进步奖", LEFT), ("奖励等级", LEFT), ("二等奖", LEFT), ("获奖者", LEFT),
               ("欧阳明（第三完成人）", LEFT), ("重庆市人民政府", 900), ("二〇二二年三月", 900))
    assert (doc.fields["project_title"], doc.fields["holder"], doc.fields["rank"]) == ("多工位冲压线在线检测系统", "欧阳明", 3)


def test_a_grid_of_caption_rows_over_value_rows_stops_each_column_at_the_next_caption():
    award = read(Title("荣誉证书"), [("获奖项目", LEFT), ("奖励等级", LEFT + 700)],
                 [("多工位冲压线在线检测系统", LEFT), ("二等奖", LEFT + 700)],
                 [("获奖者", LEFT), ("完成人排序", LEFT + 700)], [("欧阳明", LEFT), ("第3完成人", LEFT + 700)],
                 ("重庆市人民政府", 900), ("二〇二二年三月", 900))
    assert (award.fields["project_title"], award.fields["holder"], award.fields["rank"]) == (
        "多工位冲压线在线检测系统", "欧阳明", 3)
    software = read(Title("计算机软件著作权登记证书"), [("软件名称", LEFT), ("登记号", LEFT + 700)],
                    [("智能产线调度平台", LEFT), ("2021SR0123456", LEFT + 700)], [("著作权人", LEFT)],
                    [("重庆渝通精工机械有限公司", LEFT)], [("开发完成日期", LEFT), ("首次发表日期", LEFT + 700)],
                    [("2021年01月05日", LEFT), ("2021年03月01日", LEFT + 700)], [("登记日期", LEFT)], [("2021年06月18日", LEFT)])
    assert software.fields["software_name"] == "智能产线调度平台"
    assert software.fields["holders"] == ["重庆渝通精工机械有限公司"]


def test_a_caption_whose_value_is_missing_never_takes_the_next_caption():
    fields = fields_of("award_certificate", Title("荣誉证书"), ("获奖项目", LEFT), ("奖励等级", LEFT), ("二等奖", LEFT),
                       ("重庆市人民政府", 900), ("二〇二二年三月", 900))
    assert fields.get("project_title") != "奖励等级"


def test_a_recommendation_form_of_caption_rows_over_value_rows():
    doc = read(Title("专业技术人员破格申报推荐表"),
               [("被推荐人", LEFT), ("申报资格", LEFT + 400), ("工作单位", LEFT + 800)],
               [("上官敏", LEFT), ("正高级工程师", LEFT + 400), ("重庆渝通精工机械有限公司", LEFT + 800)],
               [("推荐人姓名", LEFT), ("专业技术职称", LEFT + 400), ("工作单位", LEFT + 800)],
               [("司马立新", LEFT), ("教授级高级工程师", LEFT + 400), ("重庆大学", LEFT + 800)],
               "推荐意见：该同志业绩突出，同意推荐。")
    assert (doc.fields["candidate"], doc.fields["recommender"], doc.fields["recommender_title"]) == (
        "上官敏", "司马立新", "professorate_senior_engineer")


def test_a_recommendation_in_numbered_points_signs_after_its_candidate_section():
    doc = read(Title("推荐意见"), "一、被推荐人基本情况", "上官敏，男，1980年生，高级工程师，现任重庆渝通精工机械有限公司技术总监。",
               "二、推荐理由", "该同志主持完成多项智能制造项目。", "三、推荐结论", "同意推荐上官敏同志申报正高级工程师。",
               ("推荐人：司马立新", 900), ("专业技术职称：正高级工程师", 900), ("职务：总工程师", 900))
    assert (doc.fields["candidate"], doc.fields["recommender"], doc.fields["recommender_title"]) == (
        "上官敏", "司马立新", "professorate_senior_engineer")


def test_a_traditional_letter_recommends_a_mister_and_signs_with_the_title_under_the_name():
    doc = read(Title("推薦信"), "重慶市工程技術系列職稱評審委員會：",
               "本人謹推薦上官敏先生申報正高級工程師。上官敏先生在本公司任職期間表現卓越。",
               ("推薦人：司馬立新", 900), ("研究員級高級工程師", 900), ("2023年5月10日", 900))
    assert (doc.fields["candidate"], doc.fields["recommender"], doc.fields["recommender_title"]) == (
        "上官敏", "司马立新", "professorate_senior_engineer")


def test_the_first_page_of_a_granted_patents_gazette_is_patent_evidence():
    doc = read(("(19)中华人民共和国国家知识产权局", LEFT), Title("(12)发明专利"), ("(10)授权公告号 CN 113567890 B", 900),
               ("(45)授权公告日 2023.02.10", 900), ("(21)申请号 202110876542.5", LEFT), ("(22)申请日 2021.07.19", LEFT),
               ("(73)专利权人 重庆渝通精工机械有限公司", LEFT), ("(72)发明人 司马立新 周晓燕 黄涛 李娜", LEFT),
               ("(54)发明名称", LEFT), ("一种注塑机能耗在线监测装置", LEFT), ("(57)摘要", LEFT),
               "本发明公开了一种注塑机能耗在线监测装置，包括电能计量模块。", name="黄涛")
    assert doc.doc_type == "patent_certificate"
    assert (doc.fields["patent_number"], doc.fields["grant_date"], doc.fields["applicant_rank"]) == (
        "ZL202110876542.5", "2023-02-10", 3)


def _result_letter(conclusion: str):
    return read(Title("关于“压铸岛数字化改造项目”验收结果的通知"), "重庆渝通精工机械有限公司：",
                "你单位承担的2021年度重庆市工业和信息化专项资金项目“压铸岛数字化改造项目”（项目负责人：钟立新），"
                f"已于2023年3月15日经我委组织专家验收，验收结论为{conclusion}。",
                "特此通知。", ("重庆市经济和信息化委员会", 900), ("2023年4月2日", 900))


def test_a_letter_of_the_acceptance_result_is_dated_by_the_acceptance_and_leveled_by_its_programme():
    doc = _result_letter("通过")
    assert doc.doc_type == "project_acceptance"
    assert (doc.fields["acceptance_date"], doc.fields["passed"], doc.fields["level"]) == ("2023-03-15", True, "provincial")


def test_a_letter_of_a_failed_acceptance_is_never_read_as_passed():
    assert _result_letter("不通过").fields["passed"] is False


def test_an_enterprise_closeout_review_with_a_ticked_verdict_and_a_project_manager():
    doc = read(Title("企业研发项目结题评审表"),
               *cells(("项目名称:", "注塑车间能耗优化"), ("项目经理:", "钟立新"), ("项目成员:", "上官敏、苏薇、黄涛"),
                      ("评审日期:", "2023.03.15")),
               "评审结论：☑同意结题 □不同意结题", ("重庆渝通精工机械有限公司技术中心", 900))
    assert doc.doc_type == "project_acceptance"
    assert (doc.fields["leader"], doc.fields["passed"]) == ("钟立新", True)


def test_a_decisions_annex_of_several_projects_gives_no_ones_project_team_or_grade():
    fields = fields_of("award_certificate", Title("关于2021年度重庆市科学技术奖励的决定"),
                       "市政府决定，授予“多工位冲压线在线检测系统”等项目重庆市科学技术进步奖。",
                       [("序号", LEFT), ("项目名称", LEFT + 100), ("主要完成人", LEFT + 800), ("等级", LEFT + 1250)],
                       [("1", LEFT), ("多工位冲压线在线检测系统", LEFT + 100), ("钟立新、欧阳明、苏薇", LEFT + 800), ("二等奖", LEFT + 1250)],
                       [("2", LEFT), ("注塑车间能耗优化", LEFT + 100), ("王强、李娜", LEFT + 800), ("三等奖", LEFT + 1250)],
                       ("重庆市人民政府", 900), ("2022年3月10日", 900))
    assert fields["award_name"] == "重庆市科学技术进步奖"
    # Five names of two teams in one list would give 李娜 a confident wrong fifth place.
    assert not any(fields.get(k) for k in ("holders", "holder", "project_title", "grade"))


def test_a_receipt_names_who_paid_after_jin_shou_dao_and_who_was_paid_by_its_seal_label():
    fields = fields_of("revenue_proof", Title("收款收据"), ("2023年6月30日", 900), "今收到 重庆两江汽车零部件有限公司",
                       "交来 注塑车间能耗监测系统货款", "人民币（大写）壹佰贰拾捌万元整  ¥1,280,000.00",
                       ("收款单位（盖章）：重庆渝通精工机械有限公司", LEFT), ("收款人：李娜  经手人：王强", LEFT))
    assert fields["parties"] == ["重庆两江汽车零部件有限公司", "重庆渝通精工机械有限公司"]


def test_technology_contracts_name_buyer_and_seller_by_their_roles_not_by_jia_and_yi():
    development = fields_of("revenue_proof", Title("技术开发（委托）合同"), ("委托方（甲方）：重庆两江汽车零部件有限公司", LEFT),
                            ("研究开发方（乙方）：重庆渝通精工机械有限公司", LEFT), "合同金额：人民币壹佰贰拾捌万元整")
    transfer = fields_of("revenue_proof", Title("技术转让（专利权）合同"), ("让与人（甲方）：重庆渝通精工机械有限公司", LEFT),
                         ("受让人（乙方）：重庆两江汽车零部件有限公司", LEFT), "合同金额：人民币伍拾万元整")
    # both sides read by their roles, each listed where the paper prints it
    assert development["parties"] == ["重庆两江汽车零部件有限公司", "重庆渝通精工机械有限公司"]
    assert transfer["parties"] == ["重庆渝通精工机械有限公司", "重庆两江汽车零部件有限公司"]


def test_a_group_standards_register_page_gives_its_fields_not_the_sites_heading():
    doc = read(Title("全国团体标准信息平台"),
               *cells(("标准编号", "T/CQAIM 012—2023"), ("标准名称", "工业互联网平台 设备接入 技术规范"),
                      ("团体名称", "重庆市智能制造协会"), ("公布日期", "2023-05-10"), ("实施日期", "2023-06-10"),
                      ("起草人", "钟立新、欧阳明、苏薇")))
    assert doc.doc_type == "standard"
    assert {k: doc.fields.get(k) for k in ("standard_number", "title", "publish_date", "implementation_date", "drafters")} == {
        "standard_number": "T/CQAIM 012-2023", "title": "工业互联网平台 设备接入 技术规范", "publish_date": "2023-05-10",
        "implementation_date": "2023-06-10", "drafters": ["钟立新", "欧阳明", "苏薇"]}


def test_an_announcement_publishes_the_standard_it_names_on_the_day_it_is_signed():
    doc = read(Title("重庆市智能制造协会公告"), ("2023年第3号", 700),
               "根据《重庆市智能制造协会团体标准管理办法》，经审查，批准发布《工业互联网平台 设备接入 技术规范》"
               "（T/CQAIM 012—2023），自2023年6月10日起实施。", "特此公告。", ("重庆市智能制造协会", 900), ("2023年5月10日", 900))
    assert doc.doc_type == "standard"
    assert {k: doc.fields.get(k) for k in ("standard_number", "title", "publish_date", "implementation_date")} == {
        "standard_number": "T/CQAIM 012-2023", "title": "工业互联网平台 设备接入 技术规范", "publish_date": "2023-05-10",
        "implementation_date": "2023-06-10"}


def test_a_books_writers_page_completes_a_cip_that_names_only_its_chief_editor():
    doc = read(Title("本书编写人员"), ("主  编  钟立新", LEFT), ("副主编  欧阳明  苏薇", LEFT), ("参  编  黄涛  李娜  王强", LEFT),
               Title("图书在版编目（CIP）数据"), "工业互联网平台实践 / 钟立新主编. —重庆：重庆大学出版社，2022.6",
               "ISBN 978-7-5689-3012-3", "中国版本图书馆CIP数据核字（2022）第098765号",
               *cells(("出版发行", "重庆大学出版社"), ("字数", "38.6万字"), ("版次", "2022年6月第1版")), name="苏薇")
    assert doc.fields["authors"] == ["钟立新", "欧阳明", "苏薇", "黄涛", "李娜", "王强"]
    assert doc.fields["applicant_rank"] == 3


def test_a_series_board_is_no_list_of_the_books_authors():
    fields = fields_of("book", Title("丛书编委会"), ("主  编  司马立新", LEFT), ("编  委  周晓燕  黄涛", LEFT),
                       Title("图书在版编目（CIP）数据"), "工业互联网平台实践 / 钟立新主编. —重庆：重庆大学出版社，2022.6",
                       "ISBN 978-7-5689-3012-3")
    assert fields["authors"] == ["钟立新"]


# --------------------------------------------------------------------------- continued lists, sign-offs, prefaces

def test_a_patent_list_continued_on_its_second_sheet_is_read_whole():
    from extractor.model import Page, ReadResult
    from extractor.doctypes import doctype
    from extractor.text import DocText
    from tests.typed_certificates import HEIGHT, WIDTH, page

    first = page(Title("实用新型专利证书"), *cells(("实用新型名称", "一种冲压模具快速定位夹具"),
                                                ("设计人", "罗一帆；上官晓雪；陶建；蒲国强；等（见续页）"),
                                                ("专利号", "ZL202220345671.1"), ("专利权人", "重庆渝通精工机械有限公司"),
                                                ("授权公告日", "2022年11月04日")))
    second = page(Title("证书续页"), "设计人（续）：", "冉小琴；欧阳一鸣")
    result = ReadResult("cert.pdf", "0" * 64, page_count=2,
                        pages=[Page(1, WIDTH, HEIGHT, "ocr", first), Page(2, WIDTH, HEIGHT, "ocr", second)])
    found = doctype("patent_certificate").extract(DocText(result))
    assert found.values["inventors"] == ["罗一帆", "上官晓雪", "陶建", "蒲国强", "冉小琴", "欧阳一鸣"]
    alone = doctype("patent_certificate").extract(DocText(ReadResult("c.pdf", "0" * 64, page_count=1,
                                                                     pages=[Page(1, WIDTH, HEIGHT, "ocr", first)])))
    assert alone.values["inventors"] == ["罗一帆", "上官晓雪", "陶建", "蒲国强"]
    assert [code for _, code, _ in alone.issues] == ["list_incomplete"]


def test_a_document_control_block_names_its_writers_not_its_reviewers():
    # (set tight, as such a block is: the first cell wraps onto a second line)
    rows = [("重庆渝通精工机械有限公司  受控文件  编号：QT-JS-2021-07", LEFT), Title("注塑车间能耗在线监测技术总结报告"),
            [("编制", 300), ("审核", 620), ("批准", 900), ("日期", 1180)],
            [("蒲国强、冉小琴、", 260), ("陶建", 620), ("罗一帆", 900), ("2021.09.30", 1140)],
            [("欧阳一鸣", 260)],
            "1 目的", "本报告总结注塑车间能耗在线监测系统的技术方案、试验结果及推广应用情况。"]
    fields = fields_of("technical_report", *rows, gap=0.2)
    assert fields["authors"] == ["蒲国强", "冉小琴", "欧阳一鸣"]
    assert fields["title"] == "注塑车间能耗在线监测技术总结报告"
    assert fields["report_kind"] == "technical_report"


def test_a_preface_that_names_who_wrote_the_report_gives_its_authors():
    fields = fields_of("technical_report", Title("西部地区离散制造企业数字化转型白皮书"), Title("前言"),
                       "数字化转型已成为离散制造企业提质增效的必由之路，本白皮书梳理了典型场景。",
                       "本白皮书由冉小琴（执笔）、蒲国强、欧阳一鸣和陶建共同撰写，疏漏之处敬请指正。",
                       ("编写组", 1200), ("2022年3月", 1200))
    assert fields["authors"] == ["冉小琴", "蒲国强", "欧阳一鸣", "陶建"]
    assert fields["report_kind"] == "white_paper"


def test_a_page_headed_preface_continues_the_report_before_it():
    from extractor.model import Page, ReadResult
    from tests.typed_certificates import HEIGHT, WIDTH, page
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    cover = page(Title("西部地区离散制造企业数字化转型白皮书"), ("重庆市智能制造协会", 700), ("2022年3月", 760))
    preface = page(Title("前  言"), "数字化转型已成为离散制造企业提质增效的必由之路，本白皮书梳理了典型场景，",
                   "本白皮书由冉小琴（执笔）、蒲国强、欧阳一鸣和陶建共同撰写，疏漏之处敬请指正。")
    result = ReadResult("bp.pdf", "0" * 64, page_count=2,
                        pages=[Page(1, WIDTH, HEIGHT, "ocr", cover), Page(2, WIDTH, HEIGHT, "ocr", preface)])
    (doc,) = split(result, lambda span: document_from(result, "陶建", span))
    assert doc.doc_type == "technical_report" and doc.fields["applicant_rank"] == 4
    assert doc.fields["title"] == "西部地区离散制造企业数字化转型白皮书"


def test_an_imprint_spelled_across_boxes_lists_the_authors_a_cip_cuts_at_deng():
    rows = [("图书在版编目（CIP）数据", 700),
            ("数字化车间规划与实施／罗一帆等著．—重庆：山城大学出版社，2021.6", 700), ("ISBN 978-7-5624-9876-8", 700),
            [("著", 700), ("者：罗一帆  上官晓雪  陶建", 760)], [("出版发行：山城大学出版社", 700)],
            [("字数：356千字", 700)], [("版次：2021年6月第1版", 700)]]
    fields = fields_of("book", *rows)
    assert fields["authors"] == ["罗一帆", "上官晓雪", "陶建"]


def test_a_books_writers_page_read_cell_by_cell():
    fields = fields_of("book", Title("本书编写人员"), [("主  编", 400), ("蒲国强", 560)], [("副主编", 400), ("冉小琴", 560)],
                       [("参  编", 400), ("欧阳一鸣  陶建", 560)], ("（按姓氏笔画排序）", 520),
                       ("图书在版编目（CIP）数据", 400), "离散制造车间数字化改造／蒲国强主编．—重庆：山城大学出版社，2020.9",
                       "ISBN 978-7-5624-9876-8")
    assert fields["authors"] == ["蒲国强", "冉小琴", "欧阳一鸣", "陶建"]


def test_a_letter_about_a_mister_or_a_madam_names_its_candidate():
    doc = read(Title("推薦信"), "重慶市工程技術系列職稱評審委員會：",
               "本人與冉小琴女士相識十餘年，其長期從事工業機器人集成應用工作，業績突出，特此推薦。",
               ("推薦人：蒲國強", 900), ("職稱：正高級工程師", 900))
    assert doc.doc_type == "recommendation_letter"
    assert doc.fields["candidate"] == "冉小琴" and doc.fields["recommender"] == "蒲国强"


def test_an_acceptance_letter_is_dated_by_the_day_the_acceptance_was_organised():
    fields = fields_of("project_acceptance", Title("关于“冲压车间数字化改造”项目验收结果的通知"),
                       "重庆渝通精工机械有限公司：",
                       "根据项目管理有关规定，我委于2021年11月3日组织专家对你单位承担的“冲压车间数字化改造”项目（项目编号：",
                       "CQ2020-118，项目负责人：蒲国强）进行了验收，该项目通过验收。", ("2021年12月1日", 1000))
    assert str(fields["acceptance_date"]) == "2021-11-03" and fields["passed"] is True


def test_a_box_read_empty_beside_one_read_as_nothing_leaves_the_other_ticked():
    rows = [Title("科技项目结题评审表"), *cells(("项目名称", "冲压车间数字化改造"), ("项目经理", "蒲国强")),
            [("评审结论：", LEFT), ("同意结题", 420), ("□不同意结题", 700)]]
    assert fields_of("project_acceptance", *rows)["passed"] is True
    failed = [Title("科技项目结题评审表"), *cells(("项目名称", "冲压车间数字化改造"), ("项目经理", "蒲国强")),
              [("评审结论：", LEFT), ("□同意结题", 420), ("不同意结题", 700)]]
    assert fields_of("project_acceptance", *failed)["passed"] is False
    unread = [Title("科技项目结题评审表"), *cells(("项目名称", "冲压车间数字化改造"), ("项目经理", "蒲国强")),
              [("评审结论：", LEFT), ("同意结题", 420), ("不同意结题", 700)]]
    assert "passed" not in fields_of("project_acceptance", *unread)


def test_a_receipts_seal_label_ends_the_payees_name_before_the_cashier():
    fields = fields_of("revenue_proof", Title("收 款 收 据"), "日期：2020年8月14日", "今收到 重庆山城智造科技有限公司",
                       "交 来 技术服务费", "人民币（大写）伍拾万元整  ¥500,000.00",
                       "收款单位（盖章）：重庆渝通精工机械有限公司  收款人：陶建")
    assert fields["parties"] == ["重庆山城智造科技有限公司", "重庆渝通精工机械有限公司"]


# --------------------------------------------------------------------------- registers, footers, verdicts

def test_a_register_dates_the_grant_by_its_publication_tables_grant_row():
    rows = [Title("中国及多国专利审查信息查询"), *cells(("申请号/专利号", "2021103456782"), ("发明名称", "一种压铸件缺陷检测方法"),
                                                    ("申请人", "重庆渝江压铸有限公司"), ("申请日", "2021-03-30"),
                                                    ("发明人", "罗一帆;陶建")),
            ("公布公告", LEFT), [("公告类型", 300), ("公告号", 800), ("公告日", 1250)],
            [("发明专利申请公布", 260), ("CN113123456A", 760), ("2021-07-13", 1230)],
            [("发明专利权授予", 270), ("CN113123456B", 760), ("2022-11-29", 1230)]]
    fields = fields_of("patent_certificate", *rows)
    assert str(fields["grant_date"]) == "2022-11-29"
    assert str(fields["application_date"]) == "2021-03-30"


def test_a_day_mark_read_as_kou_still_ends_a_date():
    from extractor.fields.dates import parse_date

    assert str(parse_date("2018年8月18口")) == "2018-08-18"
    assert parse_date("2018年8月18口岸") != parse_date("2018年8月18日")


def test_a_footer_band_names_the_journal_and_its_month_beside_the_volume():
    rows = [Title("基于数字孪生的冲压线故障诊断方法"), ("罗一帆  陶建", 700), ("（重庆渝通精工机械有限公司，重庆 400000）", 560),
            "摘要：针对冲压线故障诊断精度不足的问题，提出一种基于数字孪生的诊断方法。", "关键词：数字孪生；冲压线；故障诊断",
            "中图分类号：TH17  文献标志码：A", *["正文。" * 20] * 20, "收稿日期：2022年3月14日",
            [("第31卷第6期", LEFT), ("山城机械工程学报", 700), ("2022年6月", 1300)],
            [("Vol.31 No.6", LEFT), ("ISSN 1004-4523  CN 50-1043/TH", 1000)]]
    fields = fields_of("journal_paper", *rows)
    assert fields["journal"] == "山城机械工程学报" and str(fields["date"]) == "2022-06"


def test_cnkis_online_first_cover_is_the_papers_first_page():
    from extractor.model import Page, ReadResult
    from tests.typed_certificates import HEIGHT, WIDTH, page
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    cover = page(("中国知网  https://www.cnki.net", LEFT), Title("网络首发论文"), "题目：冲压线数字孪生故障诊断方法",
                 "作者：罗一帆，陶建", "收稿日期：2021-09-02", "网络首发日期：2022-01-18",
                 "引用格式：罗一帆，陶建．冲压线数字孪生故障诊断方法[J/OL]．山城机械工程学报．")
    paper = page(("山城机械工程学报  ISSN 1004-4523  CN 50-1043/TH", LEFT), Title("冲压线数字孪生故障诊断方法"),
                 ("罗一帆，陶建", 700), "摘要：提出一种基于数字孪生的诊断方法。", "关键词：数字孪生；冲压线")
    result = ReadResult("p.pdf", "0" * 64, page_count=2,
                        pages=[Page(1, WIDTH, HEIGHT, "ocr", cover), Page(2, WIDTH, HEIGHT, "ocr", paper)])
    (doc,) = split(result, lambda span: document_from(result, "陶建", span))
    assert doc.doc_type == "journal_paper" and str(doc.fields["date"]) == "2022-01-18"
    assert doc.fields["applicant_rank"] == 2


def test_an_announcement_that_publishes_the_standard_after_naming_it():
    fields = fields_of("standard", Title("重庆市机械工程学会"), ("渝机学〔2022〕9号", 700),
                       Title("关于发布《冲压线 数字孪生 建模规范》团体标准的公告"),
                       "经立项、起草、征求意见和技术审查，《冲压线 数字孪生 建模规范》（标准编号：T/CQMES 012—2022）",
                       "审查通过，现予以发布，自2022年9月1日起实施。", ("重庆市机械工程学会", 900), ("2022年7月20日", 900))
    assert fields["title"] == "冲压线 数字孪生 建模规范" and fields["standard_number"] == "T/CQMES 012-2022"
    assert str(fields["publish_date"]) == "2022-07-20" and str(fields["implementation_date"]) == "2022-09-01"


def test_a_review_forms_date_is_the_one_under_the_committees_verdict():
    rows = [Title("专业技术资格评审表"), "姓名 陶建 工作单位 重庆渝通精工机械有限公司 申报资格 高级工程师",
            "单位推荐意见：同意推荐申报高级工程师资格。", ("2019年3月2日", 1000),
            "评审委员会意见：评审结论：同意陶建同志具备高级工程师资格。", ("2019年9月26日", 1000),
            "审批意见：同意。", ("2019年10月30日", 1000)]
    assert str(fields_of("title_certificate", *rows)["date"]) == "2019-09-26"
    lost = [r for r in rows if r != ("2019年9月26日", 1000) and r != ("2019年10月30日", 1000)]
    assert "date" not in fields_of("title_certificate", *lost)  # never the unit's recommendation date above it


def test_a_recognition_of_a_foreign_degree_is_dated_by_the_degree_not_the_recognition():
    fields = fields_of("degree_certificate", Title("国外学历学位认证书"), "陶建，男，1991年5月3日出生。于2016年9月至2017年11月在",
                       "英国南安普敦大学学习，于2017年12月获得硕士学位（Master of Science）。经审查，证书内容属实。",
                       ("教育部留学服务中心", 900), ("认证日期：2018年4月9日", 900))
    assert str(fields["date"]) == "2017-12" and fields["education"] == "master"


def test_a_form_row_read_as_one_line_ends_each_value_at_the_next_label():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"), "证书号：软著登字第2345678号",
                       "软件名称 冲压线数字孪生监控平台 版本号 V2.0", "著作权人 重庆渝通精工机械有限公司 国籍 中国",
                       "登记号 2019SR0123456", ("2019年02月15日", 900))
    assert fields["software_name"] == "冲压线数字孪生监控平台"
    assert fields["holders"] == ["重庆渝通精工机械有限公司"]


def test_a_bank_receipt_names_payer_and_payee_by_their_account_names():
    fields = fields_of("revenue_proof", Title("业务回单（收款）"), "交易日期：2021-04-12",
                       [("付款人户名", LEFT), ("重庆山城智造科技有限公司", 460), ("收款人户名", 900),
                        ("重庆渝通精工机械有限公司", 1160)],
                       [("金额（小写）", LEFT), ("CNY 1,250,000.00", 460)])
    assert fields["parties"] == ["重庆山城智造科技有限公司", "重庆渝通精工机械有限公司"]


def test_an_opinion_sheets_title_of_the_candidate_is_never_the_recommenders():
    doc = read(Title("申报高级工程师专业技术资格专家推荐意见书"), *cells(("姓名", "陶建"), ("现任职称", "工程师"),
                                                                   ("申报职称", "高级工程师")),
               "本人与陶建同志共事多年，其专业技术水平已达到高级工程师的要求，同意推荐。",
               [("推荐专家", LEFT), ("罗一帆", 360), ("专业技术职称", 560), ("高级工程师", 800)])
    assert doc.fields["recommender"] == "罗一帆" and doc.fields["recommender_title"] == "senior_engineer"


def test_an_e_certificate_is_dated_by_its_award_date_not_its_print_time():
    fields = fields_of("award_certificate", Title("重庆市科学技术进步奖"), Title("电子证书"),
                       *cells(("项目名称", "冲压线数字孪生关键技术"), ("奖励等级", "二等奖"), ("获奖者", "陶建"),
                              ("完成人序号", "04"), ("授奖日期", "2021-05-20")), ("打印时间：2022-10-11", 1200))
    assert str(fields["date"]) == "2021-05-20"


def test_a_closing_certificate_names_its_leader_in_its_sentence():
    fields = fields_of("project_acceptance", Title("结题证书"),
                       "经审核，由罗一帆主持、重庆渝通精工机械有限公司承担的“冲压车间数字化改造项目”已完成任务，准予结题。",
                       "项目组成员：陶建 冉小琴 蒲国强", ("二〇二一年九月二十三日", 1000))
    assert fields["leader"] == "罗一帆" and fields["members"] == ["陶建", "冉小琴", "蒲国强"]


def test_an_award_certificates_one_row_under_its_header_row():
    fields = fields_of("award_certificate", Title("证  书"), "下列人员获2021年度重庆市江北区科学技术进步奖：",
                       "获奖项目 奖励类别 奖励等级 获奖者 排名 证书编号",
                       "冲压车间数字孪生系统研发及应用 重庆市江北区科学技术进步奖 二等奖 陶建 3 2021-2-014",
                       ("重庆市江北区人民政府", 900), ("2022年1月", 900))
    assert (fields["project_title"], fields["holder"], fields["rank"]) == ("冲压车间数字孪生系统研发及应用", "陶建", 3)


def test_a_confident_page_with_its_own_identifier_starts_a_document_after_a_report():
    from extractor.model import Page, ReadResult
    from tests.typed_certificates import HEIGHT, WIDTH, page
    from zhicheng.binder import split
    from zhicheng.documents import document_from

    report = page(Title("冲压线数字孪生建模课题研究报告"), [("编  写：", 400), ("罗一帆 陶建", 560)],
                  [("审  核：", 400), ("冉小琴", 560)], ("2020年5月", 760))
    imprint = page(Title("冲压线数字孪生实践"), ("罗一帆 陶建 编著", 700),
                   "出版发行：山城大学出版社  开本：787×1092 1/16  字数：34万字", "版次：2020年8月第1版",
                   "ISBN 978-7-5624-9876-8  定价：68.00元")
    result = ReadResult("b.pdf", "0" * 64, page_count=2,
                        pages=[Page(1, WIDTH, HEIGHT, "ocr", report), Page(2, WIDTH, HEIGHT, "ocr", imprint)])
    kinds = [(d.page_range, d.doc_type) for d in split(result, lambda span: document_from(result, None, span))]
    assert kinds == [((1, 1), "technical_report"), ((2, 2), "book")]


# --------------------------------------------------------------------------- captions, gazettes, registers

def test_a_bilingual_caption_over_its_value():
    fields = fields_of("award_certificate", Title("荣誉证书"), ("重庆市机械工程学会科学技术奖", 600),
                       ("获奖项目/Project", LEFT), ("冲压车间数字孪生系统研发及应用", LEFT),
                       [("奖励等级", LEFT), ("获奖人", 700)], [("二等奖", LEFT), ("陶建", 700)], ("二〇二三年五月", 1000))
    assert fields["project_title"] == "冲压车间数字孪生系统研发及应用"


def test_a_grant_gazettes_patentees_each_on_its_line_and_its_title_wrapped():
    fields = fields_of("patent_certificate", ("(12)发明专利", LEFT), ("(21)申请号 202110345678.2", LEFT),
                       ("(73)专利权人 重庆渝通精工机械有限公司", LEFT), ("地址 重庆市九龙坡区科城路60号", LEFT),
                       ("专利权人 重庆大学", LEFT), ("(72)发明人 罗一帆 陶建", LEFT),
                       [("(54)发明名称", 900)], [("一种基于数字孪生的冲压件缺陷检测", 900)], [("方法", 900)],
                       ("(45)授权公告日 2023.02.14", LEFT))
    assert fields["patentees"] == ["重庆渝通精工机械有限公司", "重庆大学"]
    assert fields["title"] == "一种基于数字孪生的冲压件缺陷检测方法"


def test_a_certificates_notice_to_the_patentee_names_no_patentee():
    fields = fields_of("patent_certificate", Title("发明专利证书"),
                       *cells(("发明名称", "一种冲压件缺陷检测方法"), ("专利号", "ZL202110345678.2"),
                              ("专利权人", "重庆渝通精工机械有限公司"), ("授权公告日", "2023年02月14日")),
                       "专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年02月14日前缴纳。")
    assert fields["patentees"] == ["重庆渝通精工机械有限公司"]


def test_a_group_standards_register_row_of_drafters_after_a_space():
    fields = fields_of("standard", ("全国团体标准信息平台  标准详情", LEFT), "标准编号 T/CQMES 012—2022",
                       "标准名称 冲压线 数字孪生 建模规范", "公布日期 2022-07-20", "实施日期 2022-09-01",
                       "起草人 罗一帆,陶建,冉小琴,蒲国强")
    assert fields["drafters"] == ["罗一帆", "陶建", "冉小琴", "蒲国强"]


def test_a_damaged_caption_beside_a_caption_is_never_its_value():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"),
                       [("软件全称", LEFT), ("版本司", 1200)], [("冲压线数字孪生监控平台", LEFT), ("V2.0", 1200)],
                       [("著作权人", LEFT)], [("重庆渝通精工机械有限公司", LEFT)], ("登记号 2019SR0123456", LEFT))
    assert fields["software_name"] == "冲压线数字孪生监控平台"


def test_a_recommenders_row_captioned_with_his_relation_to_the_candidate_is_his():
    doc = read(Title("专业技术资格评审专家推荐表"),
               [("推荐人姓名", LEFT), ("专业技术职称", 420), ("从事专业", 760), ("与被推荐人关系", 1100)],
               [("罗一帆", LEFT), ("正高级工程师", 420), ("机械工程", 760), ("同事", 1100)],
               [("被推荐人姓名", LEFT), ("申报资格", 420)], [("陶建", LEFT), ("高级工程师", 420)],
               "推荐意见：陶建同志业绩突出，同意推荐。")
    assert doc.fields["recommender_title"] == "professorate_senior_engineer" and doc.fields["candidate"] == "陶建"


def test_an_invitation_to_give_a_talk_is_no_report():
    doc = read(Title("第五届智能制造学术年会"), Title("邀请函"), "尊敬的陶建教授：",
               "学会定于2022年3月19日在重庆召开学术年会，诚挚邀请您拨冗参加并作专题报告。", "请于会前填写参会回执。")
    assert doc.doc_type == "unknown"


def test_a_certificate_titled_by_the_designation_is_issued_by_the_body_that_signs_it():
    doc = read(Title("重庆市企业技术中心"), Title("证书"), *cells(("企业名称", "重庆渝通精工机械有限公司"),
                                                         ("认定时间", "2021年11月"), ("证书编号", "QJZX-2021-033")),
               ("重庆市经济和信息化委员会", 900))
    assert (doc.fields["issuer"], doc.fields["level"]) == ("重庆市经济和信息化委员会", "provincial")


def test_a_public_procurement_contract_names_its_buyer_and_supplier():
    fields = fields_of("revenue_proof", Title("政府采购合同"), "采购人：重庆市九龙坡区经济和信息化委员会",
                       "供应商：重庆渝通精工机械有限公司", "合同金额：人民币壹佰贰拾万元整（¥1,200,000.00）",
                       ("签订日期：2022年5月10日", LEFT))
    assert fields["parties"] == ["重庆市九龙坡区经济和信息化委员会", "重庆渝通精工机械有限公司"]


def test_an_audit_reports_party_is_the_company_audited_never_the_firm():
    fields = fields_of("revenue_proof", Title("审计报告"), "一、审计意见",
                       "我们审计了重庆渝通精工机械有限公司（以下简称渝通公司）财务报表，包括2022年12月31日的资产负债表。",
                       "营业收入 12,356.78万元", ("重庆信达会计师事务所（特殊普通合伙）", 800), ("2023年4月12日", 900))
    assert fields["parties"] == ["重庆渝通精工机械有限公司"]


def test_an_enterprise_award_granted_to_a_person_with_its_grade_in_its_name():
    fields = fields_of("award_certificate", Title("荣誉证书"), "授予：陶建", "2022年度技术创新一等奖",
                       ("项目：冲压线数字孪生系统", LEFT), ("重庆渝通精工机械有限公司", 900), ("2023年1月18日", 900))
    assert (fields["award_name"], fields["grade"]) == ("技术创新奖", "一等奖")
    assert (fields["holder"], fields["project_title"], fields["level"]) == ("陶建", "冲压线数字孪生系统", "enterprise")


def test_a_unit_of_money_in_brackets_after_the_number():
    fields = fields_of("revenue_proof", Title("技术服务合同"), "甲方：重庆山城智造科技有限公司", "乙方：重庆渝通精工机械有限公司",
                       "服务费用：560.00（万元）", ("2021年3月2日", 900))
    assert fields["amount_wan"] == 560.0


def test_a_holders_nationality_in_brackets_is_no_part_of_its_name():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"), "证书号：软著登字第2345678号",
                       "软件名称：冲压线数字孪生监控平台V2.0", "著作权人：重庆渝通精工机械有限公司（中国）", "登记号：2019SR0123456")
    assert fields["holders"] == ["重庆渝通精工机械有限公司"]


def test_a_register_querys_one_result_read_as_a_line_of_words():
    fields = fields_of("software_copyright", Title("中国版权保护中心  软件著作权登记公告查询"),
                       "登记号 软件全称 版本号 著作权人 登记日期",
                       "2019SR0123456 冲压线数字孪生监控平台 V2.0 重庆渝通精工机械有限公司 2019-02-15")
    assert fields["software_name"] == "冲压线数字孪生监控平台" and fields["holders"] == ["重庆渝通精工机械有限公司"]


def test_a_cip_of_an_editor_and_deputy_editors_lists_them_all_in_order():
    fields = fields_of("book", ("图书在版编目（CIP）数据", 600),
                       "冲压线数字孪生技术／罗一帆主编；陶建，欧阳一鸣副主编．—重庆：山城大学出版社，2021.6",
                       "ISBN 978-7-5624-9876-8", "字数：356千字", "版次：2021年6月第1版")
    assert fields["authors"] == ["罗一帆", "陶建", "欧阳一鸣"]


def test_an_imprints_editor_lines_without_a_heading():
    fields = fields_of("book", "主　编　罗一帆", "副主编　陶建　欧阳一鸣", "参　编　冉小琴", "责任编辑：张红",
                       "出版发行：山城大学出版社", "书号：ISBN 978-7-5624-9876-8", "字数：356千字")
    assert fields["authors"] == ["罗一帆", "陶建", "欧阳一鸣", "冉小琴"]


def test_the_xuexin_record_of_a_diploma_whose_date_label_parts_graduation():
    doc = read(Title("教育部学历证书电子注册备案表"), *cells(("姓名", "陶建"), ("性别", "男"), ("出生日期", "1990年05月03日"),
                                                         ("入学日期", "2008年09月01日"), ("毕（结）业日期", "2012年07月01日"),
                                                         ("学校名称", "重庆大学"), ("层次", "本科"), ("证书编号", "106111201205000123")),
               ("在线验证码：A1B2C3D4E5F6", LEFT), ("更新日期：2023年05月18日", LEFT))
    assert doc.doc_type == "degree_certificate"
    assert doc.fields == {"holder": "陶建", "education": "bachelor", "date": "2012-07-01"}


@pytest.mark.parametrize("header,journal,date", [
    ("机械设计与制造  2021, 41(3): 45-52", "机械设计与制造", "2021"),
    ("机械设计与制造  2021年第3期（总第215期）", "机械设计与制造", "2021"),
    ("机械设计与制造 第41卷 第3期 2021.03", "机械设计与制造", "2021-03"),
])
def test_a_running_headers_journal_and_issue_in_the_forms_journals_print_them(header, journal, date):
    fields = fields_of("journal_paper", (header, LEFT), Title("冲压线数字孪生故障诊断方法"), ("罗一帆，陶建", 700),
                       ("（重庆渝通精工机械有限公司，重庆 400000）", 560), "摘要：提出一种基于数字孪生的诊断方法。",
                       "关键词：数字孪生；冲压线；故障诊断", "中图分类号：TH17  文献标志码：A")
    assert (fields["journal"], str(fields["date"])) == (journal, date)


_LETTER = [Title("推荐信"), "重庆市工程技术系列高级职称评审委员会：",
           "我推荐陶建同志申报高级工程师专业技术资格。该同志长期从事冲压线数字化工作，业绩突出。", "特此推荐。"]


@pytest.mark.parametrize("foot", [
    [("推荐人（签字）：", 800), ("罗一帆", 900)],
    [("罗一帆", 900), ("正高级工程师", 900)],
    [("姓    名：罗一帆", 800), ("职    称：正高级工程师", 800)],
])
def test_a_letter_signed_under_its_closing_names_its_recommender(foot):
    doc = read(*_LETTER, *foot, ("2023年5月6日", 900))
    assert (doc.fields["recommender"], doc.fields["candidate"]) == ("罗一帆", "陶建")


def test_a_letter_whose_author_introduces_himself_and_signs_no_other_name():
    doc = read(Title("推荐信"), "重庆市工程技术系列高级职称评审委员会：", "本人罗一帆，正高级工程师，现任重庆渝通精工机械有限公司总工程师。",
               "兹推荐陶建同志申报高级工程师资格。该同志业绩突出，特此推荐。", ("2023年5月6日", 900))
    assert doc.fields["recommender"] == "罗一帆"
    assert doc.fields["recommender_title"] == "professorate_senior_engineer"


def test_an_unsigned_letter_names_no_recommender():
    doc = read(*_LETTER, ("推荐人（签字）：", 800), ("2023年5月6日", 900))
    assert "recommender" not in doc.fields


@pytest.mark.parametrize("people", ["完成人员：罗一帆、陶建、欧阳一鸣", "研究人员：罗一帆 陶建 欧阳一鸣", "项目组：罗一帆、陶建、欧阳一鸣"])
def test_a_reports_people_under_other_common_labels(people):
    fields = fields_of("technical_report", Title("冲压线数字孪生系统研究报告"), (people, 500), ("2021年10月", 700))
    assert fields["authors"] == ["罗一帆", "陶建", "欧阳一鸣"]


def test_a_report_covers_unlabelled_names_under_its_title():
    fields = fields_of("technical_report", Title("冲压线数字孪生系统研究报告"), ("罗一帆  陶建  欧阳一鸣", 650),
                       ("重庆渝通精工机械有限公司", 600), ("2021年10月", 700))
    assert fields["authors"] == ["罗一帆", "陶建", "欧阳一鸣"]


# (区级 alone names no district: the company's 重庆 address does not say the district is 重庆's —
# a 重庆 company's project in 浙江's 长兴县 is below 地（市）级 — so the level is not guessed; the
# district's own bureau named settles it)
@pytest.mark.parametrize("line,level", [("下达部门：市经济信息委", "provincial"), ("项目级别：市级", "provincial"),
                                        ("项目级别：区级", None),
                                        ("项目级别：区级 组织单位：重庆市渝北区科学技术局", "municipal")])
def test_an_acceptances_level_from_its_issuer_or_stated_level_in_chongqing(line, level):
    fields = fields_of("project_acceptance", Title("项目验收证书"),
                       *cells(("项目名称", "冲压车间数字化改造"), ("项目负责人", "罗一帆"), ("承担单位", "重庆渝通精工机械有限公司")),
                       *[(part, LEFT) for part in line.split(" ")], "验收结论：通过验收", ("2021年11月3日", 900))
    assert fields.get("level") == level


def test_a_bilingual_certificates_english_between_label_and_value():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"),
                       ("Certificate of Computer Software Copyright Registration", 400),
                       "软件名称/Software Name：冲压线数字孪生监控平台V2.0", "著作权人/Copyright Owner：重庆渝通精工机械有限公司",
                       "登记号/Registration No.：2019SR0123456")
    assert fields["software_name"] == "冲压线数字孪生监控平台" and fields["holders"] == ["重庆渝通精工机械有限公司"]


def test_the_holders_label_with_its_nationality():
    fields = fields_of("software_copyright", Title("计算机软件著作权登记证书"), "软件全称：冲压线数字孪生监控平台",
                       "著作权人（国籍）：重庆渝通精工机械有限公司（中国）", "登记号：2019SR0123456")
    assert fields["holders"] == ["重庆渝通精工机械有限公司"]


def test_a_verdict_inferred_from_an_unread_box_asks_for_a_persons_check():
    from extractor.doctypes import doctype
    from extractor.text import DocText
    from tests.typed_certificates import _result

    def issues(first, second):
        rows = [Title("科技项目结题评审表"), *cells(("项目名称", "冲压车间数字化改造"), ("项目经理", "蒲国强")),
                [("评审结论：", LEFT), (first, 420), (second, 700)]]
        return [(code, msg) for _, code, msg in doctype("project_acceptance").extract(DocText(_result(*rows))).issues]

    (code, message), = issues("同意结题", "□不同意结题")
    assert code == "low_ocr_confidence" and "推断为「通过」" in message and "（passed）" in message
    assert issues("☑同意结题", "□不同意结题") == []  # a tick read is no inference
