"""Layouts and wordings the twenty-seventh session's probes found wrong, one test per cause."""

from __future__ import annotations

from tests.test_twentyfifth_session import _examine, _ocr, _placed_pdf, _read


def test_a_member_list_keeps_minority_names_written_without_their_middle_dot(tmp_path):
    """项目组成员：敖登格日勒、阿不都热合曼、庞 博文、王  伟: a Mongolian and a Uyghur name typed
    without their middle dot, and a name a typist spaced after its rarer surname, are each one
    person (the whole list was dropped for one name longer than four characters)."""
    doc = _examine(_placed_pdf(tmp_path / "a.pdf", [[
        (200, 80, "科技项目验收证书", 18),
        (60, 140, "项目名称：装配车间数字孪生监控系统研发"),
        (60, 165, "项目负责人：敖登格日勒"),
        (60, 190, "项目组成员：敖登格日勒、阿不都热合曼、庞 博文、王  伟、木合塔尔·吐尔逊"),
        (60, 230, "验收结论：该项目完成了合同规定的各项任务，同意通过验收。"),
        (360, 300, "2023年6月18日")]]), tmp_path)
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["敖登格日勒", "阿不都热合曼", "庞博文", "王伟", "木合塔尔·吐尔逊"]
    assert doc.fields["leader"] == "敖登格日勒"


def test_a_project_title_wrapped_in_its_cell_after_a_wide_cell_gap(tmp_path):
    """项目名称 | 基于5G+边缘计算的汽车焊装车间质量 / 追溯系统研制与应用: a text layer joins label and
    value with three spaces where the cell gap is wider; the wrapped tail, flush with the value,
    is part of the title (it was cut after 质量, the value's start guessed from the spaces)."""
    doc = _examine(_placed_pdf(tmp_path / "t.pdf", [[
        (220, 80, "项目验收意见", 18), (60, 140, "项目名称"), (160, 140, "基于5G+边缘计算的汽车焊装车间质量"),
        (160, 160, "追溯系统研制与应用"), (60, 190, "项目负责人"), (160, 190, "皇甫建华"),
        (60, 220, "验收意见：同意通过验收。"), (360, 280, "2023年5月10日")]]), tmp_path)
    assert doc.fields["project_title"] == "基于5G+边缘计算的汽车焊装车间质量追溯系统研制与应用"


def test_a_title_certificates_row_of_when_it_was_obtained_wins_over_its_issue_date(tmp_path):
    """取得日期 | 2025.01.31 | 证书编号 … and under the issuer 发证日期:2025.02.20: the title dates
    from when it was obtained (probe DZ B8 took the issue date, and a bundle one month from its
    years was judged short of them)."""
    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [[
        (254, 70, "职称证书", 18), (86, 125, "姓名   覃晓岚   性别   女"),
        (86, 150, "专业   工业互联网与智能制造   级别   中级"), (86, 175, "职称   工程师   取得方式   考核认定(博士)"),
        (75, 200, "取得日期   2025.01.31   证书编号   渝认20250131-0055"), (75, 225, "工作单位   重庆中科智造研究院有限公司"),
        (393, 270, "重庆市人力资源和社会保障局"), (421, 290, "发证日期:2025.02.20")]]), tmp_path)
    assert doc.doc_type == "title_certificate"
    assert (doc.fields["holder"], doc.fields["title"], doc.fields["date"]) == ("覃晓岚", "engineer", "2025-01-31")


def test_a_hong_kong_degree_in_traditional_characters_is_a_degree(tmp_path):
    """香港理工大學 / 茲證明 / 陳嘉欣 / 已完成本大學規定之課程，經考核及格，獲頒授 / 工學碩士學位: no 学位证书
    heading, only the conferring sentence (probe DZ B10 left it unknown, and the bundle was told
    to add the degree it held)."""
    doc = _examine(_placed_pdf(tmp_path / "d.pdf", [[
        (232, 95, "香港理工大學", 20), (194, 125, "The Hong Kong Polytechnic University"), (277, 175, "茲證明"),
        (266, 200, "陳嘉欣", 18), (61, 245, "已完成本大學規定之課程，經考核及格，獲頒授"), (244, 268, "工學碩士學位", 16),
        (168, 292, "Master of Engineering in Industrial Logistics Systems"), (470, 338, "校長 滕錦光"),
        (440, 358, "二〇一五年十一月")]]), tmp_path)
    assert doc.doc_type == "degree_certificate"
    assert (doc.fields["holder"], doc.fields["education"], doc.fields["date"]) == ("陈嘉欣", "master", "2015-11")


def test_a_certificates_row_of_the_title_held_before_is_not_its_title(tmp_path):
    """原资格名称 | 工程师 | 原资格取得时间 above 现资格名称 | 高级工程师: the certificate confers the
    second (probe DX T14 gave 工程师 with the new title's date)."""
    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [[
        (190, 80, "专业技术职务任职资格证书", 18), (397, 118, "编号:渝高工网 2019-0288"),
        (89, 160, "姓 名   祁 军   性 别   男"), (84, 194, "出生年月   1982年11月   参加工作时间   2004年7月"),
        (83, 228, "工作单位   重庆华数机器人有限公司"), (78, 262, "原资格名称   工程师   原资格取得时间   2012年12月"),
        (78, 296, "现资格名称   高级工程师   专业   工业互联网"),
        (72, 330, "评审通过时间   2019年11月29日   发证时间   2020年1月6日"),
        (78, 364, "评审委员会   重庆市工程技术工业互联网专业高级职称评审委员会"), (400, 420, "重庆市人力资源和社会保障局")]]), tmp_path)
    assert doc.doc_type == "title_certificate"
    assert (doc.fields["title"], doc.fields["date"]) == ("senior_engineer", "2019-11-29")


def test_a_notice_of_results_dates_the_title_from_the_review_it_names(tmp_path):
    """…评审委员会2022年12月16日评审通过，…资格取得时间为评审通过之日: the title counts from the day
    of the review, not from the notice's date at its foot (probe DX T08 gave 2023-01-20)."""
    doc = _examine(_placed_pdf(tmp_path / "n.pdf", [[
        (155, 75, "重庆市人力资源和社会保障局", 20), (244, 105, "渝人社审〔2023〕6号"),
        (115, 180, "关于公布2022年度工程技术工业互联网专业高级工程师"), (185, 205, "任职资格评审通过人员名单的通知"),
        (57, 250, "各区县(自治县)人力社保局，有关单位："),
        (60, 300, "经重庆市工程技术工业互联网专业高级职称评审委员会2022年12月16日评审通过，并经公"),
        (60, 322, "示无异议，下列2名同志具备高级工程师任职资格，资格取得时间为评审通过之日。现予"),
        (60, 344, "公布。"), (66, 374, "序号   姓名   工作单位   资格名称"),
        (75, 397, "1   韦正阳   重庆川仪自动化股份有限公司   高级工程师"), (74, 420, "2   龚雪   重庆忽米网络科技有限公司   高级工程师"),
        (369, 700, "重庆市人力资源和社会保障局"), (403, 720, "2023年1月20日")]]), tmp_path)
    assert doc.doc_type == "title_certificate"
    assert doc.fields["date"] == "2022-12-16"


def test_a_degree_whose_holder_ocr_read_under_another_surname_asks_for_a_person():
    """学生佘立新 read as 余立新 on a scan: the same given name under a misread rare surname may be
    the applicant; a person looks (warning, needs review), no error that the degree is someone
    else's (probe DZ B6).  Typed, the same difference is someone else's degree."""
    from rules.case import Applicant
    from rules.dates import PartialDate
    from rules.vocabulary import Education, Title
    from zhicheng.audit import check_profile
    from zhicheng.documents import Document

    applicant = Applicant(education=Education.BACHELOR, current_title=Title.SENIOR_ENGINEER,
                          target_title=Title.PROFESSORATE_SENIOR_ENGINEER, name="佘立新",
                          current_title_date=PartialDate.parse("2019-12-20"))
    for source, severity in (("ocr", "warning"), ("text_layer", "error")):
        degree = Document(file="d.jpg", sha256="d" * 64, pages=1, text_source=source, doc_type="degree_certificate",
                          confidence=0.9, fields={"holder": "余立新", "education": "bachelor", "date": "2005-07"})
        _, issues = check_profile([degree], applicant)
        found = [i for i in issues if i["code"] == "name_not_found"]
        assert [i["severity"] for i in found] == [severity]
        assert ("可能是识别有误" in found[0]["message"]) == (source == "ocr")


def test_a_diplomas_filled_in_blanks_name_its_holder(monkeypatch):
    """学生 | 禤嘉怡 | ，性别 | 女 boxed apart on their row (probe DZ B1); 学生封立系四川省 | 人，一九七一年…
    wrapped before its 人 (probe DX D07); 考生：查良宇 on a 自学考试 diploma (probe DX D09)."""
    rows = [("普通高等学校", (719, 205, 992, 256)), ("毕业证书", (617, 274, 1094, 380)), ("学生", (749, 481, 843, 533)),
            ("禤嘉怡", (980, 478, 1111, 534)), (",性别", (1247, 480, 1381, 536)), ("女", (1517, 484, 1568, 533)),
            (",二〇〇四年三月十二日生,于二〇二二年九月至二〇二五年六月在本校智能制造", (143, 548, 1551, 600)),
            ("装备技术专业学习,修完教学计划规定的全部课程,成绩合格,准予毕业。", (144, 616, 1549, 663)),
            ("校 名:重庆工程职业技术学院", (144, 858, 657, 901))]
    assert _read(monkeypatch, _ocr(rows)).fields["holder"] == "禤嘉怡"
    rows = [("毕业证书", (717, 169, 988, 232)), ("学生封立系四川省", (523, 361, 831, 401)),
            ("人,一九七一年五月生,于一九八九年九月至一九九三年七月在本", (488, 430, 1500, 474)),
            ("校电气技术专业学习,学制四年,修完本科教学计划规定的全部课", (487, 502, 1499, 543)),
            ("程,成绩合格,准予毕业。", (485, 572, 887, 617)), ("重庆建筑工程学院", (483, 807, 751, 843))]
    assert _read(monkeypatch, _ocr(rows)).fields["holder"] == "封立"
    rows = [("高等教育 自学考试", (538, 216, 855, 258)), ("毕业证书", (566, 310, 826, 373)), ("考生:查良宇", (228, 457, 434, 494)),
            ("性别:男", (227, 535, 371, 575)), ("准考证号:010213100482", (229, 618, 583, 651)),
            ("该考生参加高等教育 自学考试 机械设计制造及其 自动化", (271, 752, 1050, 788)),
            ("专业(本科)全部课程考试成绩合格,思想品德鉴定合格,准予", (236, 813, 1137, 853)), ("本科毕业。", (232, 873, 383, 917))]
    assert _read(monkeypatch, _ocr(rows)).fields["holder"] == "查良宇"


def test_a_companys_own_report_heading_names_the_kind_and_its_topic_cell_the_title(monkeypatch):
    """技术研究课题总结报告 over 课题名称:…研究 (probe DY tr13), 年度课题研究报告 over 课 题:…设计 (tr14): the
    heading only says what kind of paper it is; the topic's name is the title."""
    rows = [("重庆长安望江工业集团有限公司技术中心", (491, 168, 1081, 207)), ("技术研究课题总结报告", (547, 256, 1023, 307)),
            ("课题名称:特种车辆液压悬挂系统电液比例控制技术研究", (202, 364, 957, 403)),
            ("报告日期:二○二四年四月十五日", (200, 434, 655, 474))]
    assert _read(monkeypatch, _ocr(rows)).fields["title"] == "特种车辆液压悬挂系统电液比例控制技术研究"
    rows = [("重庆市渝北区企业技术中心", (678, 196, 1077, 229)), ("年度课题研究报告", (680, 278, 1077, 325)),
            ("课 题:冷链物流车厢温度场均匀性优化设计", (217, 393, 868, 429)), ("时 间:2022年12月", (216, 471, 508, 507))]
    assert _read(monkeypatch, _ocr(rows)).fields["title"] == "冷链物流车厢温度场均匀性优化设计"


def test_a_topic_cell_of_two_lines_on_a_cover_is_the_whole_title(monkeypatch):
    """科技社团承接政府转移职能的 | 课题名称 (centred between) | 路径与绩效评价研究 (probe DY tr12 took the
    heading, then the second line alone); 课题名称: 成渝地区…制造业 | 数字化转型路径与政策研究, the wrap
    as long as its first line (tr02 kept the first line only)."""
    rows = [("重庆市科学技术协会", (622, 282, 927, 322)), ("软科学研究课题研究报告", (509, 363, 1037, 419)),
            ("科技社团承接政府转移职能的", (448, 544, 777, 574)), ("课题名称", (268, 586, 376, 621)),
            ("路径与绩效评价研究", (447, 630, 678, 663)), ("承担单位", (268, 979, 376, 1014)),
            ("重庆社会科学院", (802, 980, 983, 1013)), ("完成时间", (267, 1065, 375, 1100)), ("2023年12月", (821, 1066, 958, 1100))]
    assert _read(monkeypatch, _ocr(rows)).fields["title"] == "科技社团承接政府转移职能的路径与绩效评价研究"
    rows = [("重庆市技术预见与制度创新项目", (604, 274, 1145, 313)), ("(软科学研究)", (760, 349, 988, 393)),
            ("研究报告", (672, 584, 1075, 683)), ("课题名称:", (290, 941, 482, 988)),
            ("成渝地区双城经济圈制造业", (543, 943, 1045, 986)), ("数字化转型路径与政策研究", (543, 1021, 1047, 1067)),
            ("课题编号:", (289, 1138, 482, 1185)), ("cstc2022jsyj-zcbX0041", (537, 1139, 992, 1192))]
    assert _read(monkeypatch, _ocr(rows)).fields["title"] == "成渝地区双城经济圈制造业数字化转型路径与政策研究"
