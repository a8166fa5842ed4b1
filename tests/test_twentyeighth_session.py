"""Layouts and wordings the twenty-eighth session's probes found wrong, one test per cause."""

from __future__ import annotations

import pytest

from tests.test_twentyfifth_session import _examine, _ocr, _placed_pdf, _read


def _recommendation_form(numbered: bool, experts: list[tuple[str, str, str]]):
    """A scanned 推荐表 whose experts' table is captioned by the role on its head row: 推荐人 |
    姓名 | 职称 | 工作单位, each cell a box, the rows numbered under the caption or not."""
    rows = [("专业技术人员职称评审专家推荐表", (500, 150, 1150, 210)), ("被推荐人", (150, 300, 300, 340)),
            ("张志强", (400, 300, 520, 340)), ("申报职称", (800, 300, 950, 340)), ("高级工程师", (1050, 300, 1230, 340)),
            ("推荐人", (150, 420, 280, 460)), ("姓名", (400, 420, 480, 460)), ("职称", (700, 420, 780, 460)),
            ("工作单位", (1000, 420, 1150, 460))]
    for k, (name, title, unit) in enumerate(experts):
        y = 500 + 80 * k
        rows += [(str(k + 1), (200, y, 220, y + 40))] * numbered + [
            (name, (400, y, 400 + 37 * len(name), y + 40)), (title, (700, y, 900, y + 40)), (unit, (1000, y, 1200, y + 40))]
    return _ocr(rows + [("推荐意见：该同志技术水平高，同意推荐申报高级工程师。", (150, 760, 1200, 800)),
                        ("推荐人签名：", (900, 900, 1100, 940)), ("2024年5月10日", (1000, 1000, 1250, 1040))])


def test_a_scanned_table_of_two_recommenders_captioned_by_the_role(monkeypatch):
    """推荐人 | 姓名 | 职称 | 工作单位 over two rows, each cell boxed apart: both experts are read, the
    second a co-recommender (probe EB30 lost 鲜于红; neither was read from a scan)."""
    for numbered in (True, False):
        doc = _read(monkeypatch, _recommendation_form(numbered, [("刘建华", "正高级工程师", "重庆大学"),
                                                                  ("鲜于红", "正高级工程师", "重庆邮电大学")]))
        assert doc.doc_type == "recommendation_letter"
        assert (doc.fields["recommender"], doc.fields["recommender_title"]) == ("刘建华", "professorate_senior_engineer")
        assert doc.fields["co_recommenders"] == [{"recommender": "鲜于红", "recommender_title": "professorate_senior_engineer"}]
        assert doc.fields["candidate"] == "张志强"


def _split(tmp_path, pages):
    from tests.test_twentyfifth_session import _documents

    return [(d.page_range, d.doc_type) for d in _documents(_placed_pdf(tmp_path / "b.pdf", pages), tmp_path)]


def _foot(k: int, n: int):
    return (250, 800, f"第{k}页 共{n}页", 9)


_AWARD = [(240, 90, "获 奖 证 书", 22), (80, 150, "为表彰在促进科学技术进步工作中做出重大贡献者，特颁发此证书。"),
          (80, 180, "项目名称：通用汽油机电控燃油喷射系统关键技术"), (80, 205, "奖励类别：重庆市技术发明奖"),
          (80, 230, "奖励等级：一等奖"), (80, 255, "获 奖 者：卞德明（第二完成人）"), (380, 330, "重庆市人民政府"),
          (380, 355, "2023年12月20日")]
_COMPLETERS = [(200, 90, "项目主要完成人及完成单位", 16), (80, 140, "项目名称：通用汽油机电控燃油喷射系统关键技术"),
               (80, 170, "排名   姓名   工作单位   对本项目的主要贡献"), (80, 195, "1   黎光华   重庆大学   总体技术方案"),
               (80, 220, "2   卞德明   重庆宗申动力机械股份有限公司   控制算法研发"),
               (80, 245, "3   万俊   重庆宗申动力机械股份有限公司   标定与试验"),
               (80, 290, "注：本证书第2页与第1页共同使用，单独使用无效。")]
_OPINION = [(230, 90, "项目验收意见", 18), (80, 140, "项目名称：小型通用动力电控系统国产化研制"),
            (80, 165, "承担单位：重庆宗申动力机械股份有限公司"), (80, 190, "项目负责人：黎光华"),
            (80, 215, "验收时间：2024年1月12日"), (80, 245, "经专家组讨论，一致同意该项目通过验收。"),
            (330, 300, "重庆市经济和信息化委员会"), (360, 325, "2024年1月12日")]
_CONTRACT = [(220, 90, "产 品 购 销 合 同", 18), (80, 140, "合同编号：ZS-DL-2024-0317"),
             (80, 165, "甲方（买方）：隆鑫通用动力股份有限公司"), (80, 190, "乙方（卖方）：重庆宗申动力机械股份有限公司"),
             (80, 220, "第一条 产品名称、数量及金额：电控燃油喷射系统2000套，合同总金额为人民币叁佰壹拾万元整（¥3,100,000.00）。"),
             (80, 250, "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"),
             (80, 290, "甲方（盖章）：隆鑫通用动力股份有限公司"), (80, 315, "乙方（盖章）：重庆宗申动力机械股份有限公司"),
             (80, 340, "签订日期：2024年3月17日")]


def test_a_binders_contents_page_and_running_foot_leave_its_documents_apart(tmp_path):
    """目 录 | 1. 获奖证书（含完成人名单） 2-3 | 2. 项目验收意见 4 | 3. 产品购销合同 5, each page footed 第N页 共5页:
    the contents page is the binder's own, not the award's first page, and the running foot joins
    no document to the one before it (probe EC c07 read the whole file as one unknown)."""
    contents = [(260, 90, "目 录", 18), (80, 150, "1. 获奖证书（含完成人名单）   2-3"), (80, 175, "2. 项目验收意见   4"),
                (80, 200, "3. 产品购销合同   5")]
    pages = [contents, _AWARD, _COMPLETERS, _OPINION, _CONTRACT]
    got = _split(tmp_path, [page + [_foot(k + 1, 5)] for k, page in enumerate(pages)])
    assert got == [((1, 1), "unknown"), ((2, 3), "award_certificate"), ((4, 4), "project_acceptance"),
                   ((5, 5), "revenue_proof")]


def test_an_annex_sheet_goes_with_the_papers_it_names(tmp_path):
    """附件3 | 授权发明专利证书及业绩证明（合同、发票、验收证书） alone on a page after a certificate: it
    announces what follows, so it opens the patent, never ends the award (probe EC c09)."""
    sheet = [(270, 383, "附件3", 30), (98, 435, "授权发明专利证书及业绩证明（合同、发票、验收证书）", 14)]
    patent = [(220, 90, "发明专利证书", 20), (80, 140, "证书号第5639761号"), (80, 165, "发明名称：一种工业现场总线协议自动识别网关"),
              (80, 190, "发明人：亓官浩然；陶勇；闵慧"), (80, 215, "专利号：ZL 2021 1 1402853.4"),
              (80, 240, "专利申请日：2021年11月24日"), (80, 265, "专利权人：重庆川仪自动化股份有限公司"),
              (80, 290, "授权公告日：2023年05月16日"), (360, 340, "局长 申长雨")]
    got = _split(tmp_path, [page + [_foot(k + 1, 3)] for k, page in enumerate([_AWARD, sheet, patent])])
    assert got == [((1, 1), "award_certificate"), ((2, 3), "patent_certificate")]


def test_a_blank_sheet_between_two_documents_is_neither_ones_page(tmp_path):
    """A sheet of only its folio (第3页 共4页) between an opinion and a contract belongs to neither
    (probe EC c04, c07: the acceptance had taken it as its page)."""
    got = _split(tmp_path, [_OPINION + [_foot(1, 4)], [(80, 120, "经专家组质询，形成验收意见如下。"), _foot(2, 4)],
                            [_foot(3, 4)], _CONTRACT + [_foot(4, 4)]])
    assert got == [((1, 2), "project_acceptance"), ((4, 4), "revenue_proof")]


def test_an_award_and_its_completers_page_under_the_same_project_are_one(tmp_path):
    """项目主要完成人及完成单位 | 项目名称：<the award's project> after the award: the certificate's second
    page (probe EC s10 split it off as an unknown document)."""
    from tests.test_twentyfifth_session import _documents

    docs = _documents(_placed_pdf(tmp_path / "a.pdf", [_AWARD, _COMPLETERS]), tmp_path)
    assert [(d.page_range, d.doc_type) for d in docs] == [(None, "award_certificate")]
    assert docs[0].fields["holder"] == "卞德明"


def test_an_acceptance_reports_page_telling_of_its_contract_is_its_page(tmp_path):
    """一、项目基本情况 … 相关成果已在合作企业的产线上应用，该合同约定的考核指标全部完成。 on the report's
    second page: a contract told of, no contract's page (probe EC s03 split the report there and
    lost its members and its verdict)."""
    cover = [(172, 160, "重庆市技术创新与应用发展专项重点项目", 13), (204, 227, "项 目 验 收 报 告", 24),
             (100, 323, "项目名称:新能源汽车电驱系统可靠性测试与评价平台", 13), (100, 351, "项目编号:CSTB2022TIAD-KPX0105", 12),
             (100, 380, "承担单位:中国汽车工程研究院股份有限公司", 13), (100, 408, "项目负责人:訾国强", 13),
             (100, 436, "验收日期:2025年6月20日", 13), (100, 465, "组织验收单位:重庆市科学技术局", 13),
             (244, 725, "重庆市科学技术局制", 12)]
    body = [(66, 55, "一、项目基本情况", 11),
            (66, 94, "项目于2022年7月立项,实施周期两年,总经费800万元,其中财政资助200万元。项目主要研究内容", 11),
            (66, 112, "包括:随着工业互联网平台在离散制造企业中的推广应用,设备数据的实时采集与边缘计算成为提升", 11),
            (66, 131, "生产效率的关键环节。本项目围绕数控机床、工业机器人和AGV等典型设备,研究多协议数据接入、", 11),
            (66, 148, "时序数据压缩与异常检测方法。", 11), (66, 168, "二、任务完成情况", 11),
            (66, 207, "项目组在前期调研的基础上,对重庆地区12家汽车零部件企业的产线进行了现场测试,累计采集设备", 11),
            (66, 226, "运行数据约3.6亿条,形成了覆盖加工、装配、检测三个环节的数据样本库。", 11),
            (66, 318, "项目执行期内,申请发明专利5项(已授权2项),登记软件著作权3项,发表论文4篇,制定企业标准", 11),
            (66, 337, "2项。相关成果已在合作企业的3条产线上应用,该合同约定的考核指标全部完成。", 11)]
    members = [(66, 56, "三、项目组主要成员", 11), (73, 76, "序号   姓名   职称   工作单位   项目分工", 9),
               (81, 97, "1   訾国强   正高级工程师   中国汽车工程研究院股份有限公司   项目负责人", 9),
               (80, 118, "2   佘丽娜   高级工程师   中国汽车工程研究院股份有限公司   测试方法", 9),
               (66, 210, "四、经费使用情况", 11),
               (66, 248, "项目总经费800万元,实际支出786.4万元,经费使用符合相关管理办法的规定,会计师事务所已出具", 11),
               (66, 266, "专项审计报告。", 11)]
    verdict = [(66, 55, "五、验收结论", 11),
               (66, 94, "项目按计划完成了合同规定的各项任务,技术指标全部达到考核要求,提交的文件资料齐全。专家组", 11),
               (66, 111, "一致同意该项目通过验收。", 11), (87, 148, "验收专家组组长:褚衍昌", 11),
               (387, 584, "重庆市科学技术局(盖章)", 11), (448, 610, "2025年6月20日", 11)]
    from tests.test_twentyfifth_session import _documents

    docs = _documents(_placed_pdf(tmp_path / "r.pdf", [cover, body, members, verdict]), tmp_path)
    assert [(d.page_range, d.doc_type) for d in docs] == [(None, "project_acceptance")]
    assert docs[0].fields["members"] == ["訾国强", "佘丽娜"] and docs[0].fields["passed"] is True


def test_a_grid_of_names_each_with_its_title_beside_it(monkeypatch):
    """课题组成员： over a borderless grid 喻思聪 | 教授 | 郁可欣 | 副教授 / …: the names, row by row, the
    titles beside them left out (probe ED p05 read no member, and said the applicant was not on it)."""
    rows = [("结题验收证书", (501, 184, 725, 227)), ("项目名称:面向智能工厂的时间敏感网络调度方法研究", (145, 277, 703, 306)),
            ("承担单位:重庆邮电大学", (145, 366, 403, 396)), ("项目负责人:喻思聪", (144, 411, 357, 441)),
            ("课题组成员:", (142, 476, 283, 510))]
    for k, cells in enumerate([("喻思聪", "教授", "郁可欣", "副教授"), ("房文博", "讲师", "戚雪莹", "工程师"), ("嵇明辉", "博士研究生")]):
        y = 518 + 48 * k
        rows += [(c, (x, y, x + 80, y + 37)) for c, x in zip(cells, (218, 466, 690, 926))]
    rows += [("验收结论:该项目已完成研究计划,达到预期目标,同意结题验收。", (144, 693, 826, 724)),
             ("重庆市教育委员会科学技术处", (766, 795, 1079, 822)), ("2023年5月12日", (920, 838, 1081, 871))]
    doc = _read(monkeypatch, _ocr(rows), name="郁可欣")
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["喻思聪", "郁可欣", "房文博", "戚雪莹", "嵇明辉"]
    assert doc.fields["applicant_rank"] == 2


def _signing_block(left: list[str], right: list[str]):
    """A scanned contract's signing block, two sides side by side, each a column of boxes."""
    rows = [("技术开发合同", (500, 170, 800, 214)), ("委托方(甲方):重庆潍柴发动机有限公司", (141, 316, 597, 341)),
            ("受托方(乙方):重庆理工大学", (140, 366, 477, 392)),
            ("研究开发经费总额为人民币捌拾伍万伍仟元整(¥855,000.00元)", (140, 581, 1045, 606))]
    for k, (a, b) in enumerate(zip(left, right)):
        y = 795 + 48 * k
        rows += [(a, (237, y, 237 + 30 * len(a), y + 26)), (b, (708, y, 708 + 30 * len(b), y + 26))]
    return _ocr(rows)


def test_each_side_of_a_signing_block_is_read_down_its_own_column():
    """委托方（甲方）：（盖章） | 受托方（乙方）：（盖章） over 代表签字： and a day typed in under each: both
    sides are blank by their words, so their ink is looked at (probe ED r06, a fax with no seal at
    all, was counted as a sale; x06 looked under one side only)."""
    from extractor.doctypes.revenue_proof import _blank_sides
    from extractor.text import DocText

    for left, right in [(["委托方(甲方):(盖章)", "2021年3月2日"], ["受托方(乙方):(盖章)", "2021年3月2日"]),
                        (["甲方(盖章):", "代表签字:", "2025年3月6日"], ["乙方(盖章):", "代表签字:", "2025年3月6日"])]:
        sides = list(_blank_sides(DocText(_signing_block(left, right))))
        assert [place.compact for place, _, _ in sides] == [left[0], right[0]]
    # (a name typed to sign is type, no signature: blank by its words too, probe EG t07; a note of
    # a signature given elsewhere is not)
    typed = list(_blank_sides(DocText(_signing_block(["甲方(盖章):", "代表签字:张文华"], ["乙方(盖章):", "代表签字:"]))))
    assert [place.compact for place, _, _ in typed] == ["甲方(盖章):", "乙方(盖章):"]
    noted = list(_blank_sides(DocText(_signing_block(["甲方(盖章):", "见电子签章页"], ["乙方(盖章):", "代表签字:"]))))
    assert [place.compact for place, _, _ in noted] == ["乙方(盖章):"]


def test_a_typed_contract_whose_two_sides_share_a_line_is_unsigned_without_a_seal(tmp_path):
    """甲方(盖章):重庆长安汽车股份有限公司   乙方(盖章):重庆忽米网络科技有限公司 on one line, its
    法定代表人 and 日期 lines doubled too, nothing drawn: unsigned, as the same contract with its sides
    on lines of their own already was (probe ED r01 and r11 counted, r09 not)."""
    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [[
        (240, 80, "技术服务合同", 18), (66, 130, "甲方(委托方):重庆长安汽车股份有限公司"), (66, 155, "乙方(受托方):重庆忽米网络科技有限公司"),
        (66, 190, "第二条 合同金额:本合同服务费总额为人民币¥1,280,000.00元(大写:壹佰贰拾捌万元整)。"),
        (81, 474, "甲方(盖章):重庆长安汽车股份有限公司      乙方(盖章):重庆忽米网络科技有限公司", 10),
        (123, 496, "法定代表人或授权代表:            法定代表人或授权代表:", 10),
        (131, 518, "日期:2022年5月18日            日期:2022年5月18日", 10)]]), tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 128.0
    assert doc.fields.get("realised") is False
    assert "revenue_not_realised" in [i["code"] for i in doc.issues]


@pytest.mark.slow
def test_seals_stamped_under_the_date_lines_sign_a_scanned_contract(tmp_path):
    """Seals a little under each side's date line sign it (probe ED x06 was said unsigned); the same
    page without them is unsigned (its sum no sale)."""
    from PIL import Image, ImageDraw, ImageFont

    from tests.test_twentyfifth_session import _FONT

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    font = ImageFont.truetype(str(_FONT), 30)

    def page(path, sealed: bool):
        im = Image.new("RGB", (1191, 1684), "white")
        draw = ImageDraw.Draw(im)
        for x, y, words in [(435, 170, "工业机器人采购合同"), (151, 235, "甲方(需方):重庆瑞能汽车零部件有限公司"),
                            (151, 286, "乙方(供方):重庆两江机器人融合创新中心有限公司"),
                            (171, 375, "二、合同总价款:¥2,180,000.00元(大写:人民币贰佰壹拾捌万元整)。"),
                            (302, 530, "甲方(盖章):"), (771, 530, "乙方(盖章):"), (323, 577, "代表签字:"), (793, 577, "代表签字:"),
                            (295, 626, "2025年3月6日"), (766, 626, "2025年3月6日")]:
            draw.text((x, y), words, fill="black", font=font)
        if sealed:
            for cx in (330, 855):
                draw.ellipse((cx - 100, 700, cx + 100, 900), outline=(220, 60, 60), width=6)
                draw.regular_polygon((cx, 800, 30), 5, fill=(220, 60, 60))
        im.save(path)
        return path

    signed = _examine(page(tmp_path / "sealed.png", True), tmp_path)
    blank = _examine(page(tmp_path / "blank.png", False), tmp_path)
    assert signed.doc_type == blank.doc_type == "revenue_proof"
    assert signed.fields["amount_wan"] == blank.fields["amount_wan"] == 218.0
    assert signed.fields.get("realised") is not False
    assert blank.fields.get("realised") is False


def test_a_degrees_holder_after_the_photo_boxs_caption_on_his_line(tmp_path):
    """照片   谯文博，男，一九八八年四月十二日生。在…: a text layer prints the photo box's caption on
    the sentence's line; the holder still opens the sentence (probe EE b01, b02, b06 gave none)."""
    doc = _examine(_placed_pdf(tmp_path / "d.pdf", [[
        (335, 87, "学 士 学 位 证 书", 20),
        (87, 192, "照片   谯文博，男，   一九八八年四月十二日生。在重庆理工大学机械设计制造及其自动化专业完成了本科学习计划", 10),
        (168, 218, "，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", 10),
        (165, 319, "重庆理工大学", 10), (165, 376, "学位评定委员会主席：王大春   二〇一〇年六月三十日", 10)]]), tmp_path)
    assert doc.doc_type == "degree_certificate"
    assert (doc.fields["holder"], doc.fields["education"], doc.fields["date"]) == ("谯文博", "bachelor", "2010-06-30")


def test_a_scanned_name_short_of_the_applicants_surname_asks_a_person():
    """志强 read where 禤志强 stands (the recogniser drops the rare letter): maybe him, so a warning that
    asks a person, not an error that refuses his certificate (probe EE b07)."""
    from zhicheng.audit import _misread_as

    assert _misread_as("志强", "禤志强") and _misread_as("晓峰", "欧阳晓峰")
    assert not _misread_as("强", "禤强") and not _misread_as("志强", "志强")


def test_a_reports_kind_set_off_under_its_two_line_title_is_no_part_of_it(tmp_path):
    """面向离散制造的设备健康管理 | 关键技术研究, then a line's gap and 课题研究报告 in smaller print: the
    kind is a heading of its own (probe ED t05 ran it into the title); a title's tail wrapped at
    the line spacing stays (…关键技术 | 研究报告)."""
    def cover(kind_at: float):
        return [(190, 72, "重庆市技术创新与应用发展专项重点项目", 11), (169, 206, "面向离散制造的设备健康管理", 20),
                (240, 237, "关键技术研究", 20), (244, kind_at, "课题研究报告", 17), (66, 428, "承担单位：重庆大学", 11),
                (66, 457, "项目负责人：诸葛文博", 11), (66, 486, "参加人员：仉红梅，甘子豪，幸雨桐，勾建平", 11), (268, 623, "2025年1月", 11)]
    doc = _examine(_placed_pdf(tmp_path / "r.pdf", [cover(288)]), tmp_path)
    assert doc.doc_type == "technical_report" and doc.fields["title"] == "面向离散制造的设备健康管理关键技术研究"
    wrapped = _examine(_placed_pdf(tmp_path / "w.pdf", [cover(262)]), tmp_path)
    assert wrapped.fields["title"] == "面向离散制造的设备健康管理关键技术研究课题研究报告"


def test_a_cn_whose_class_the_clc_has_not_is_no_cn(tmp_path):
    """CN 11-4659/TR: no 中图法 class TR (a fax's TH damaged, probe ED j04): the paper gives no CN
    rather than a wrong one, and says why; its ISSN stands."""
    doc = _examine(_placed_pdf(tmp_path / "p.pdf", [[
        (60, 40, "现代制造工程 2022年第8期   ISSN 1671-3133   CN 11-4659/TR", 9),
        (120, 100, "面向机器人磨抛的叶片型面自适应路径规划", 16), (250, 130, "亓海鹏，逄雪，覃立", 11),
        (60, 170, "摘要：针对航空发动机叶片磨抛过程中型面误差大的问题，提出一种自适应路径规划方法。", 10),
        (60, 190, "关键词：机器人磨抛；路径规划；叶片", 10), (60, 210, "中图分类号：TP391   文献标志码：A", 10)]]), tmp_path)
    assert doc.doc_type == "journal_paper" and doc.fields["issn"] == "1671-3133"
    assert "cn" not in doc.fields
    assert "invalid_cn" in [i["code"] for i in doc.issues]
