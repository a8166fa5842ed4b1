"""Layouts and wordings the twenty-sixth session's probes found wrong, one test per cause."""

from __future__ import annotations

from tests.test_twentyfifth_session import _examine, _ocr, _placed_pdf, _read


def test_a_proof_of_payments_received_counts_its_received_total(tmp_path):
    """年度 | 回款金额(万元) | 回款方式 | 备注 with 备注 left empty: each sum stands under 回款金额, and
    the 合计 of what was received is the amount, not the contract's total above it (probe DQ v1
    gave 1,480 from 合同总金额; the rows' three cells had been set right-aligned, under 备注)."""
    doc = _examine(_placed_pdf(tmp_path / "r.pdf", [[
        (240, 100, "销售回款证明", 18),
        (60, 180, "我公司（重庆渝芯智控科技有限公司）与重庆长嘉汽车零部件有限公司于2021年3月签订"),
        (60, 202, "《焊装车间MES系统实施合同》，合同总金额1,480.00万元。各年度回款情况如下："),
        (132, 250, "年度"), (212, 250, "回款金额(万元)"), (342, 250, "回款方式"), (442, 250, "备注"),
        (130, 275, "2021年"), (230, 275, "444.00"), (342, 275, "银行转账"),
        (130, 300, "2022年"), (230, 300, "592.00"), (342, 300, "银行转账"),
        (130, 325, "2023年"), (230, 325, "250.50"), (342, 325, "承兑汇票"),
        (132, 350, "合计"), (224, 350, "1,286.50"),
        (60, 400, "特此证明。"), (340, 450, "重庆渝芯智控科技有限公司（财务专用章）"), (380, 480, "2024年1月15日")]]), tmp_path)
    assert doc.doc_type == "revenue_proof"
    assert doc.fields["amount_wan"] == 1286.5
    assert doc.fields["parties"] == ["重庆渝芯智控科技有限公司", "重庆长嘉汽车零部件有限公司"]


def test_a_text_layer_row_short_of_its_header_keeps_each_cell_under_its_caption():
    """A row leaving its last column empty stands where it is printed; a 合计 row leaving its item
    columns empty still goes to the right."""
    from extractor.layout import table_rows
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    lines = [Line("年度   回款金额(万元)   回款方式   备注", (132, 262, 464, 272)),
             Line("2021年   444.00   银行转账", (126, 287, 382, 298)),
             Line("合计   1,286.50", (132, 312, 270, 323))]
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", lines)]))
    rows = [cells for cells, _ in table_rows(text, text.lines[0])]
    assert rows == [["2021年", "444.00", "银行转账", None], ["合计", "1,286.50", None, None]]
    lines = [Line("序号   名称   数量   金额(元)", (60, 100, 500, 112)), Line("合计   12,000.00", (60, 130, 500, 142))]
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", lines)]))
    assert [cells for cells, _ in table_rows(text, text.lines[0])] == [["合计", None, None, "12,000.00"]]


def test_a_sellers_proof_names_itself_first_though_its_seal_misreads_it(monkeypatch):
    """我公司（重庆忽米网络科技有限公司）与贵州…公司于2022年3月15日签订: the parties in the order the
    sentence names them, the company's name as the sentence prints it (probe DQ v5 put the other
    side first and took the seal's 重庆忽米网科技有限公司; v7, 我单位（…）与…签订, had the sides turned)."""
    result = _ocr([("重庆忽米网络科技有限公司", (262, 176, 641, 212)), ("证明", (802, 303, 964, 372)),
                   ("兹证明:我公司(重庆忽米网络科技有限公司)与贵州航天电器股份有限公司于2022年3", (252, 504, 1479, 540)),
                   ("月15日签订《连接器装配车间工业互联网平台建设合同》,合同金额人民币伍佰陆拾万元整", (250, 568, 1486, 604)),
                   ("(¥5,600,000.00)。截至2023年12月31日,我公司已收到上述合同全部款项。", (245, 630, 1440, 670)),
                   ("特此证明。", (294, 958, 447, 1003)), ("重庆忽米网科技有限公司", (1100, 1183, 1470, 1222)),
                   ("2024年1月8日", (1150, 1256, 1380, 1298))])
    doc = _read(monkeypatch, result)
    assert doc.doc_type == "revenue_proof"
    assert doc.fields["parties"] == ["重庆忽米网络科技有限公司", "贵州航天电器股份有限公司"]
    assert doc.fields["amount_wan"] == 560


def test_a_cnki_screenshot_under_its_breadcrumb(monkeypatch):
    """A wide 知网节 screenshot: the breadcrumb (您当前的位置：首页>期刊导航>制造业自动化>2021年09期>…)
    is no masthead, the abstract's text beside its 【摘要】 caption is no spread's column, and 文献出处
    in a cell of its own gives the name before its first comma (probe DQ c2: no title, the journal
    with its English name and 编辑部邮箱 2021年09期)."""
    result = _ocr([("中国知网 www.cnki.net 文献期刊博硕士会议报纸图书年鉴", (68, 38, 941, 73)),
                   ("您当前的位置:首页>期刊导航>制造业自动化>2021年09期>文献知网节", (68, 172, 930, 201)),
                   ("面向注塑车间的工业互联网平台设计与应用", (72, 254, 913, 297)),
                   ("Design and Application of Industrial Internet Platform for Injection Molding Workshop", (68, 331, 1096, 365)),
                   ("【作者】", (82, 406, 175, 444)), ("莫晨; 褚文博;", (290, 410, 504, 442)),
                   ("【机构】", (82, 477, 175, 516)), ("重庆忽米网络科技有限公司; 重庆理工大学机械工程学院;", (289, 480, 1059, 514)),
                   ("【摘要】", (82, 547, 174, 585)),
                   ("针对注塑车间设备异构、数据孤岛等问题,设计了一种边云协同的工业互联网平台......", (291, 550, 1393, 582)),
                   ("【关键词】", (84, 620, 202, 655)), ("工业互联网; 注塑; 边缘计算; 设备联网;", (290, 622, 889, 655)),
                   ("【文献出处】", (85, 689, 231, 726)),
                   ("制造业自动化,Manufacturing Automation,编辑部邮箱 2021年09期", (287, 690, 1182, 727)),
                   ("【分类号】", (84, 761, 203, 799)), ("TP273;TQ320.662", (291, 766, 553, 796))])
    result.pages[0].width, result.pages[0].height = 2339, 1654
    doc = _read(monkeypatch, result)
    assert doc.doc_type == "journal_paper"
    assert doc.fields["title"] == "面向注塑车间的工业互联网平台设计与应用"
    assert doc.fields["journal"] == "制造业自动化"


def test_a_text_layers_rows_of_two_numbered_members(tmp_path):
    """1. 乔思远（重庆大学） 2. 戚晓明（…） / 3. … 4. …: each name's own number runs 1, 2, 3, 4; the
    line's first number (1, 1, 3, 3) is no sign of a list half read (it had given no members)."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "科技项目验收证书", "项目名称：基于数字孪生的注塑车间智能排产系统", "项目负责人：乔思远", "项目主要成员：",
        "1. 乔思远（重庆大学）   2. 戚晓明（重庆长安汽车股份有限公司）", "3. 莫小贝（重庆邮电大学）   4. 司马南（重庆理工大学）",
        "验收结论：同意通过验收。", "验收委员会主任：张建国", "2023年6月18日"]), tmp_path)
    assert doc.fields["members"] == ["乔思远", "戚晓明", "莫小贝", "司马南"]


def test_a_column_of_a_grid_numbered_across_is_still_half_read():
    from extractor.layout import skips_numbers
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    lines = [Line("1. 卿朝晖   2. 税永红", (100, 100, 700, 140)), Line("3. 孔令超   4. 敖雪", (100, 160, 700, 200))]
    doc = DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1240, 1754, "text_layer", lines)]))
    assert skips_numbers(doc, ["卿朝晖", "孔令超"])
    assert not skips_numbers(doc, ["卿朝晖", "税永红", "孔令超", "敖雪"])
    assert skips_numbers(doc, ["卿朝晖", "税永红", "敖雪"])


def test_a_standards_first_drafter_is_rank_one_and_no_lead_unless_named_its_chief():
    """主持编制 asks for the chief: the first of 本标准主要起草人 is rank 1 and no more (排名第 1 本身不等于
    主持; probe DU b9 met 13.2.5 on a first drafter); 主编：… names one."""
    from extractor.doctypes.standard import DOCTYPE

    plain = {"drafters": ["上官瑞", "苑博", "饶春燕"]}
    assert DOCTYPE.facts(plain, None, 1, None)["role"] is None
    chief = {"drafters": ["上官瑞", "苑博", "饶春燕"], "leads": ["上官瑞"]}
    assert DOCTYPE.facts(chief, None, 1, None)["role"] == "lead"
    assert DOCTYPE.facts(chief, None, 2, None)["role"] is None


def test_a_standard_names_its_chief_editor_as_its_lead(tmp_path):
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "s.pdf", [
        "Q/SZHL", "重庆数智互联科技有限公司企业标准", "Q/SZHL 003-2023", "离散制造车间设备数据采集接口规范",
        "2023-03-01 发布|2023-04-01 实施", "前言", "本标准由重庆数智互联科技有限公司提出并归口。",
        "主编：苑博", "本标准主要起草人：苑博、上官瑞、饶春燕、詹卫东。"]), tmp_path, name="苑博")
    assert doc.doc_type == "standard"
    assert doc.fields["drafters"] == ["苑博", "上官瑞", "饶春燕", "詹卫东"]
    assert doc.fields["leads"] == ["苑博"]


def test_a_reports_writers_lead_it_only_where_the_page_says_so(tmp_path):
    from tests.test_twentyfifth_session import _text_pdf
    from extractor.doctypes.technical_report import DOCTYPE

    listed = _examine(_text_pdf(tmp_path / "r.pdf", [
        "重庆市工业互联网产业发展规划（2023—2027年）", "编制单位：重庆市工业互联网研究院",
        "编写人员：谭明远、陶思琪、黎国栋", "2023年5月"]), tmp_path)
    assert listed.fields["authors"] == ["谭明远", "陶思琪", "黎国栋"]
    assert "leads" not in listed.fields
    assert DOCTYPE.facts(listed.fields, None, 1, None)["role"] is None
    led = _examine(_text_pdf(tmp_path / "r2.pdf", [
        "重庆市工业互联网产业发展规划（2023—2027年）", "编制单位：重庆市工业互联网研究院",
        "项目负责人：谭明远", "编写人员：陶思琪、黎国栋", "2023年5月"]), tmp_path)
    assert led.fields["authors"] == ["谭明远", "陶思琪", "黎国栋"]
    assert led.fields["leads"] == ["谭明远"]
    assert DOCTYPE.facts(led.fields, None, 1, None)["role"] == "lead"


def test_a_prose_award_to_one_who_took_part_gives_him_no_first_place(tmp_path):
    """上官瑞同志：你参与完成的“…”项目荣获…二等奖，特发此证 prints no rank: his place is unknown, not 1
    (probe DU b3 gave rank 1 and a false rank_mismatch error against the claim's 3)."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "荣 誉 证 书", "上官瑞同志：", "你参与完成的“离散制造车间数字孪生关键技术及应用”项目荣获2023年度重庆市",
        "科学技术进步奖二等奖，特发此证。", "证书编号：2023-KJJ-2-019-03", "重庆市人民政府", "二〇二四年五月"]),
        tmp_path, name="上官瑞")
    assert doc.doc_type == "award_certificate"
    assert doc.fields.get("applicant_rank") is None
    assert any(i["code"] == "rank_unreadable" for i in doc.issues)


def test_a_proof_naming_its_technical_lead_lists_him(tmp_path):
    """兹证明我单位阚志远同志作为项目技术负责人，参与开发推广的…: a backbone by the company's word (probe
    DU b8 left it to the claim's word)."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "p.pdf", [
        "新增营业收入证明", "兹证明我单位阚志远同志作为项目技术负责人，参与开发推广的“星链边缘计算网关”产品，",
        "自2022年1月至2024年12月累计实现新增营业收入2140万元。", "特此证明。",
        "|重庆星链工控设备有限公司（财务专用章）", "|2025年3月6日"]), tmp_path, name="阚志远")
    assert doc.fields["members"] == ["阚志远"]
    assert "leader" not in doc.fields
    assert doc.fields["amount_wan"] == 2140


def test_a_statement_of_two_sales_cited_beside_each_contract():
    """A 财务证明 of two contracts' sales (1280 + 860 = 2140), cited by each claim beside its own
    contract: no amount mismatch, no overlap of the statement with itself (probe DU b8)."""
    from rules.case import Applicant
    from rules.dates import PartialDate
    from rules.vocabulary import Education, Title
    from tests.test_audit import claim, codes, doc, never_core
    from zhicheng.audit import audit

    applicant = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER,
                          target_title=Title.SENIOR_ENGINEER, name="阚志远", current_title_date=PartialDate.parse("2019-01-10"))
    docs = [doc("a.pdf", "revenue_proof", amount_wan=1280.0, parties=["重庆长安汽车零部件制造有限公司", "重庆星链工控设备有限公司"],
                date="2022-05-18"),
            doc("b.pdf", "revenue_proof", amount_wan=860.0, parties=["重庆建设工业(集团)有限责任公司", "重庆星链工控设备有限公司"],
                date="2023-08-02"),
            doc("s.pdf", "revenue_proof", amount_wan=2140.0, parties=["重庆星链工控设备有限公司"], date="2025-03-06",
                period_start="2022-01", period_end="2024-12", members=["阚志远"], applicant_rank=1)]
    result = audit(docs, [claim(0, ["a.pdf", "s.pdf"], kind="revenue", amount_wan=1280, date="2022-05-18"),
                          claim(1, ["b.pdf", "s.pdf"], kind="revenue", amount_wan=860, date="2023-08-02")],
                   applicant, never_core)
    assert "amount_wan_mismatch" not in codes(result) and "duplicate_evidence" not in codes(result)
    assert sorted(b.achievement.amount_wan for b in result.achievements) == [860, 1280]


def test_a_journal_no_list_settles_is_cannot_tell_in_the_reason():
    from rules.case_file import parse_achievement
    from rules.requirements import FILTERS

    paper, _ = parse_achievement({"kind": "paper", "rank": 1, "date": "2021-08"}, "claims.yaml", "achievements[0]")
    assert "需人工核对" in FILTERS["core_journal"](paper, True, None)
    core, _ = parse_achievement({"kind": "paper", "rank": 1, "core_journal": False, "date": "2021-08"}, "claims.yaml", "a[0]")
    assert FILTERS["core_journal"](core, True, None) == "非核心期刊"


def test_a_sum_whose_unit_the_line_break_put_on_the_next_line(tmp_path):
    """…合作总金额为人民币 300 | 万元（含税），具体以每批次订单为准: 300 万元, not 0.03 (probe DS r07); and a
    框架协议 whose sum its orders settle is no revenue yet."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "f.pdf", [
        "战略合作框架协议", "甲  方：重庆长安汽车股份有限公司", "乙  方：重庆亿合捷精密模具有限公司",
        "一、合作期限：2023年1月1日至2024年12月31日。", "二、协议金额：本框架协议项下合作总金额为人民币 300",
        "万元（含税），具体以每批次订单为准。", "甲方（盖章）|乙方（盖章）", "签约日期：2022.12.20|签约日期：2022.12.20"]), tmp_path)
    assert doc.fields["amount_wan"] == 300
    assert doc.fields["realised"] is False
    assert any(i["code"] == "revenue_not_realised" for i in doc.issues)


def test_a_model_contracts_cover_whose_label_box_runs_into_the_name(monkeypatch):
    """委托方(甲方): boxed 22 px into the name beside it: still the buyer, named first (probe DS r02
    put the seller first)."""
    result = _ocr([("技术开发(委托)合同", (502, 516, 1185, 599)), ("项目名称:", (319, 797, 484, 842)),
                   ("离散制造车间多源异构数据采集与边缘计算平台开发", (637, 799, 1472, 840)),
                   ("委托方(甲方):", (324, 894, 652, 934)), ("重庆长鑫汽车零部件有限公司", (630, 894, 1109, 933)),
                   ("受托方 (乙方):", (322, 986, 613, 1030)), ("重庆邮电大学", (630, 988, 860, 1031)),
                   ("签订时间:", (321, 1082, 486, 1127)), ("2022年8月26日", (635, 1081, 889, 1126)),
                   ("中华人民共和国科学技术部印制", (591, 1661, 1099, 1700))])
    from extractor.doctypes.revenue_proof import _BUYER, _party
    from extractor.text import DocText

    assert _party(DocText(result), _BUYER)[0] == "重庆长鑫汽车零部件有限公司"


def test_a_wanfang_record_under_its_banner(monkeypatch):
    """万方数据知识服务平台 Wanfang Data over the title is no part of it; 年，卷(期)： | 2022,(8) dates the
    paper by its issue's year, not by 在线出版日期 (probe DS j07)."""
    result = _ocr([("万方数据知识服务平台 Wanfang Data", (187, 166, 662, 205)),
                   ("基于OPC UA的注塑车间设备互联与数据集成方法", (187, 227, 921, 270)),
                   ("摘要:", (187, 352, 251, 386)), ("为提高装配线平衡效率,建立多目标优化模型。", (367, 352, 1304, 384)),
                   ("作者:", (189, 409, 251, 443)), ("沃晨;聂青;冶少东", (368, 411, 571, 442)),
                   ("刊名:", (189, 488, 252, 522)), ("现代制造工程", (367, 489, 505, 520)),
                   ("年,卷(期):", (191, 566, 310, 600)), ("2022,(8)", (368, 567, 465, 602)),
                   ("关键词:", (193, 684, 274, 717)), ("OPC UA;设备互联;数据集成;注塑", (370, 684, 726, 716)),
                   ("在线出版日期:", (195, 803, 339, 834)), ("2022-09-05", (372, 805, 490, 833))])
    doc = _read(monkeypatch, result)
    assert doc.doc_type == "journal_paper"
    assert doc.fields["title"] == "基于OPC UA的注塑车间设备互联与数据集成方法"
    assert doc.fields["date"] == "2022"


def test_an_invoice_summarys_seller_column(tmp_path):
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "s.pdf", [
        "增值税发票开具情况汇总表", "单位：元",
        "序号   开票日期   购买方名称   销售方名称   价税合计",
        "1   2023-02-14   重庆京东方显示技术有限公司   重庆音飞自动化仓储设备有限公司   1,000,000.00",
        "2   2023-05-20   重庆京东方显示技术有限公司   重庆音飞自动化仓储设备有限公司   800,000.00",
        "合 计   1,800,000.00", "制表人：毋凯   制表日期：2023年9月15日"]), tmp_path)
    assert doc.fields["parties"] == ["重庆京东方显示技术有限公司", "重庆音飞自动化仓储设备有限公司"]


def test_payers_named_under_a_role_or_as_a_committee(tmp_path):
    """我单位（付款单位：X）与收款单位Y于…签订 (probe DS r09), and 付款单位确认：…管理委员会 under a
    payee's proof (r22): both parties."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "销售回款证明", "兹证明，我单位（付款单位：重庆华数机器人有限公司）与收款单位重庆凯瑞特种车有限公司于2022年签订的",
        "《焊接机器人工作站销售合同》，截至2023年10月31日，我单位已累计回款人民币壹佰伍拾万元整（¥1,500,000.00）。",
        "特此证明。", "|重庆华数机器人有限公司", "|2023年11月6日"]), tmp_path)
    assert doc.fields["parties"] == ["重庆华数机器人有限公司", "重庆凯瑞特种车有限公司"]
    doc = _examine(_text_pdf(tmp_path / "b.pdf", [
        "关于合同款项收取情况的证明", "我公司（重庆惠科金渝光电科技有限公司）承接“园区工业互联网公共服务平台建设项目”，",
        "园区管委会已按合同约定向我公司支付项目款项，累计收到该项目款项合计 386.25 万元。", "特此证明。",
        "|收款单位：重庆惠科金渝光电科技有限公司", "|付款单位确认：重庆市合川区盐井工业园区管理委员会", "|2024年1月12日"]), tmp_path)
    assert doc.fields["parties"] == ["重庆惠科金渝光电科技有限公司", "重庆市合川区盐井工业园区管理委员会"]


def test_a_letter_of_what_a_product_brought_its_company(tmp_path):
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "z.pdf", [
        "证    明", "兹证明我公司工程师皇甫晓龙同志主持研发的“基于机器视觉的齿轮缺陷在线检测系统”于2022年投入应用，",
        "2022年1月至2023年6月期间，该成果在公司齿轮生产线推广应用，为公司新增销售收入1,260万元，新增利润186万元。",
        "特此证明。", "|证明单位：重庆青山工业有限责任公司（盖章）", "|二〇二三年十二月二十日"]), tmp_path)
    assert doc.doc_type == "revenue_proof"
    assert doc.fields["amount_wan"] == 1260
    assert doc.fields["parties"] == ["重庆青山工业有限责任公司"]


def test_a_grid_of_writers_on_a_page_photographed_aslant(monkeypatch):
    """编写人员 over three rows of names rising to the right (a phone's perspective the deskew
    leaves): all fourteen, row by row (probe DR T15 read one column, four names out of order)."""
    result = _ocr([("电子信息制造业洁净车间能源管理系统", (541, 210, 1290, 303)), ("技术报告", (814, 294, 1006, 365)),
                   ("编写人员", (837, 423, 983, 476)), ("谢鹏志 郦 霞", (1004, 464, 1240, 518)), ("许德涛", (590, 487, 695, 537)),
                   ("邱欣峰", (727, 482, 833, 531)), ("邱平丽", (864, 476, 973, 524)), ("钟国玲 魏翔", (997, 513, 1233, 566)),
                   ("黎嘉芳", (596, 536, 700, 585)), ("孟鹏", (733, 532, 827, 579)), ("顾浩晨", (858, 524, 965, 573)),
                   ("谭敏静", (1066, 565, 1177, 611)), ("薛蕾博", (648, 578, 758, 633)), ("蹇毅亮", (789, 578, 899, 623)),
                   ("税华磊", (921, 571, 1038, 618)), ("重庆京东方光电科技有限公司 设备动力部", (646, 675, 1184, 736)),
                   ("2024.01.18", (836, 736, 988, 779))])
    doc = _read(monkeypatch, result)
    assert doc.fields["authors"] == ["许德涛", "邱欣峰", "邱平丽", "谢鹏志", "郦霞", "黎嘉芳", "孟鹏", "顾浩晨", "钟国玲",
                                     "魏翔", "薛蕾博", "蹇毅亮", "税华磊", "谭敏静"]


def test_a_label_centred_on_two_lines_of_members_whose_second_is_a_short_box(monkeypatch):
    """项目组主要成员 between 谯坤林、…、上官明秀、 and 任鑫 (OCR boxing 任鑫 half again as tall): the
    cell from its first line (probe DR A18 gave 任鑫 alone)."""
    result = _ocr([("重庆市江津区科技项目验收表", (581, 181, 1156, 225)), ("项目名称", (185, 287, 320, 332)),
                   ("齿轮加工车间能耗监测与优化系统", (476, 293, 935, 326)), ("负责人", (183, 442, 291, 494)),
                   ("马坤毅", (468, 442, 576, 493)),
                   ("谯坤林、粟凯波、黎玲、何超波、慕容琳明、石静、袁平、唐彬飞、上官明秀、", (475, 528, 1525, 562)),
                   ("项目组主要成员", (191, 568, 404, 602)), ("任鑫", (467, 599, 546, 650)),
                   ("项目完成了合同规定的各项任务,技术指标达到要求。验收", (474, 686, 1547, 722)),
                   ("验收意见", (184, 717, 319, 765)), ("组同意通过验收。", (474, 764, 702, 801)),
                   ("验收日期", (184, 836, 321, 885)), ("二〇二三年十二月五日", (474, 840, 780, 880))])
    doc = _read(monkeypatch, result)
    assert doc.fields["members"] == ["谯坤林", "粟凯波", "黎玲", "何超波", "慕容琳明", "石静", "袁平", "唐彬飞", "上官明秀", "任鑫"]


def test_a_numbered_list_whose_number_waits_at_the_lines_end(tmp_path):
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "结题证书", "课题名称：山区桥梁健康监测数据智能分析平台研究", "课题负责人：慕容斌敏",
        "课题组成员：1. 侯婷凯（重庆交通大学） 2. 曾杰（重庆交通大学） 3. 林坤（招商局重庆交通科研设计院有限公司） 4.",
        "雷红（重庆交通大学） 5. 马洋（重庆市市政设计研究院有限公司）", "经审核，准予结题。", "2022年6月30日"]), tmp_path)
    assert doc.fields["members"] == ["侯婷凯", "曾杰", "林坤", "雷红", "马洋"]


def test_writers_each_with_his_unit_under_their_label_or_beside_it(monkeypatch):
    """主要编写人员： over three lines of 名（单位）、… (probe DR T22 read the first line), and 作者：A（…） B（…）
    with C（…） centred under (T10 read one)."""
    result = _ocr([("长江干流重庆段工业园区污水处理设施", (470, 393, 1284, 441)), ("智能化运维评估报告", (661, 482, 1092, 531)),
                   ("主要编写人员:", (239, 720, 454, 754)),
                   ("侯洋梓(重庆市生态环境科学研究院)、石刚娟 (重庆大学)、", (271, 771, 1199, 808)),
                   ("母雨霞(重庆市生态环境科学研究院)、潘林洋 (重庆水务集团股份有限公司)、", (271, 824, 1470, 861)),
                   ("郭晓勇(重庆大学)、付思丽(重庆市生态环境科学研究院)", (272, 878, 1165, 914)),
                   ("重庆市生态环境科学研究院", (674, 1096, 1080, 1132)), ("二〇二二年十一月", (742, 1160, 1008, 1196))])
    doc = _read(monkeypatch, result)
    assert doc.fields["authors"] == ["侯洋梓", "石刚娟", "母雨霞", "潘林洋", "郭晓勇", "付思丽"]
    result = _ocr([("智能网联汽车测试场数据平台建设", (571, 429, 1319, 485)), ("总结报告", (838, 509, 1050, 576)),
                   ("作者:卢鹏渝(重庆大学) 潘洋成(重庆邮电大学)", (584, 669, 1282, 706)),
                   ("叶涛亮(中国汽车工程研究院股份有限公司)", (638, 716, 1232, 753)), ("一、项目概况", (301, 840, 527, 889)),
                   ("二〇二二年十二月三十日", (1249, 1162, 1584, 1199))])
    doc = _read(monkeypatch, result)
    assert doc.doc_type == "technical_report"
    assert doc.fields["authors"] == ["卢鹏渝", "潘洋成", "叶涛亮"]


def test_an_editorial_page_of_roles_each_over_its_names(monkeypatch):
    """主编 | 唐波艳 / 副主编 | 隗晨 | 沈娟航 / 编委（以姓氏笔画为序） | … / 主审 | …: the writers in order, the
    主审 none of them, and the title the 《…》编制说明 over them (probe DR T20 titled it by names)."""
    rows = [("《山地城市智慧停车系统建设技术导则》编制说明", (484, 287, 1330, 337)), ("(技术报告)", (811, 346, 983, 392)),
            ("编写组", (821, 477, 972, 538)), ("主编", (305, 591, 411, 644)), ("唐波艳", (341, 649, 454, 696)),
            ("副主编", (305, 715, 430, 766)), ("隗晨", (341, 773, 419, 819)), ("沈娟航", (341, 824, 455, 873)),
            ("编委(以姓氏笔画为序)", (308, 894, 709, 940)), ("敖斌", (341, 948, 421, 995)), ("蹇嘉文", (342, 1002, 454, 1047)),
            ("许杰伟", (342, 1053, 452, 1097)), ("金锐彬", (341, 1103, 455, 1151)), ("主审", (304, 1171, 409, 1223)),
            ("秦雨艳", (341, 1228, 452, 1276)), ("东方瑶斌", (338, 1280, 486, 1327)),
            ("重庆市设计院有限公司 二〇二二年五月", (596, 1411, 1192, 1457))]
    doc = _read(monkeypatch, _ocr(rows))
    assert doc.fields["authors"] == ["唐波艳", "隗晨", "沈娟航", "敖斌", "蹇嘉文", "许杰伟", "金锐彬"]
    assert doc.fields["title"].startswith("《山地城市智慧停车系统建设技术导则》编制说明")


def test_an_application_for_acceptance_is_dated_by_no_acceptance(tmp_path):
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "“页岩气开采装备远程监测系统”项目", "验收申请报告", "一、项目基本情况",
        "项目承担单位：重庆页岩气勘探开发有限责任公司；项目负责人：皇甫欣凯。", "项目组成员：谯瑶敏、侯建婷、方彬春、牟渝宇。",
        "项目已完成远程监测平台部署。现申请组织验收。", "|重庆页岩气勘探开发有限责任公司", "|2023年3月2日"]), tmp_path)
    assert doc.doc_type == "project_acceptance"
    assert "acceptance_date" not in doc.fields and doc.fields.get("passed") is None
    assert any(i["code"] == "acceptance_unclear" for i in doc.issues)


def test_two_papers_under_the_binders_running_page_count(tmp_path):
    """第k页 共7页 on every page of a binder of two papers numbers the binder, not one paper: the
    two stay two (probe DT bnd-02 kept them as one and lost the second)."""
    from tests.test_twentyfifth_session import _documents, _placed_pdf

    def paper(title: str, authors: str, issue: str) -> list:
        return [(60, 60, f"制造业自动化   第45卷 第{issue}期   2023年{issue}月"), (60, 110, title, 16), (200, 140, authors),
                (60, 180, "摘要：针对离散制造车间数据采集难的问题，提出一种实时采集方法。"),
                (60, 205, "关键词：数据采集；离散制造；边缘计算"), (60, 230, "中图分类号：TP391   文献标识码：A"),
                (60, 255, "ISSN 1009-0134   CN 11-4389/TP")]

    body = [(60, 100 + 25 * k, "正文：本文的方法在多家企业完成了示范应用，取得了良好效果。") for k in range(8)]
    pages = [paper("面向离散制造车间的多源异构数据实时采集方法", "司马文静  吴昊", "3"), body, body,
             paper("基于数字孪生的产线瓶颈识别与动态调度", "李航  司马文静", "9"), body]
    pages = [p + [(250, 800, f"第 {k + 1} 页 共 {len(pages)} 页")] for k, p in enumerate(pages)]
    docs = _documents(_placed_pdf(tmp_path / "b.pdf", pages), tmp_path)
    assert [(d.page_range, d.doc_type) for d in docs] == [((1, 3), "journal_paper"), ((4, 5), "journal_paper")]


def test_a_reports_chapter_and_a_contracts_article_open_no_document(tmp_path):
    from tests.test_twentyfifth_session import _documents, _placed_pdf

    body = [(60, 140 + 25 * k, "本章给出测试方法与结果，检测报告编号：CQTC-2023-0315，各项指标满足要求。") for k in range(6)]
    pages = [[(150, 100, "汽车发动机装配线智能质量管控系统研究", 16), (230, 140, "研究报告", 16),
              (60, 200, "编制单位：重庆长安汽车股份有限公司"), (60, 225, "编写人员：牟俊、汤一鸣、丁可"), (60, 250, "编制日期：2023年4月")],
             [(60, 100, "第一章 绪论")] + body, [(60, 100, "第四章 检测报告", 16)] + body, [(60, 100, "第六章 用户使用报告", 16)] + body]
    docs = _documents(_placed_pdf(tmp_path / "r.pdf", pages), tmp_path)
    assert [d.doc_type for d in docs] == ["technical_report"] and docs[0].page_range in (None, (1, 4))
    # (a page headed so goes on from the one before, whatever its words lean to: probe DT long-04
    # split a scanned report at its 第四章 检测报告, long-09 a contract at 填写说明 and 第一条)
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText
    from zhicheng.binder import _continues

    def page(first: str) -> DocText:
        lines = [Line(first, (100, 150, 700, 200))] + [Line("本章给出测试方法与结果。", (100, 300 + 50 * k, 900, 340 + 50 * k)) for k in range(5)]
        return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1000, 1400, "ocr", lines)]))

    assert all(_continues(page(h)) for h in ("第四章 检测报告", "第一条 本项目要达到的目标", "填写说明"))
    assert not _continues(page("检测报告"))


def test_a_member_table_running_on_to_a_page_scanned_apart(monkeypatch):
    """Rows 1–4 under 序号 | 姓名 on one page, 5–8 at the next page's top with no header, its print
    96 px to the right: all eight (probe DT long-01 gave four)."""
    from extractor.model import Line, Page, ReadResult

    first = [("项目验收意见", (674, 163, 989, 206)), ("项目名称:基于5G的矿山井下人员精确定位系统研发与应用", (166, 250, 1300, 290)),
             ("项目负责人:上官雨辰", (166, 300, 600, 340)), ("专家组一致同意该项目通过验收。", (165, 961, 707, 995)),
             ("三、项目主要完成人员", (158, 1036, 522, 1075)), ("序号", (183, 1111, 253, 1157)), ("姓名", (351, 1112, 423, 1157)),
             ("单位", (739, 1113, 809, 1157)), ("贡献", (1366, 1114, 1437, 1158))]
    for k, name in enumerate(["上官雨辰", "贺婷", "蔡文博", "冉小龙"]):
        y = 1187 + 71 * k
        first += [(str(k + 1), (204, y, 232, y + 38)), (name, (335, y, 440, y + 40)), ("重庆煤科院智能矿山有限公司", (613, y, 934, y + 38)),
                  ("研发", (1364, y, 1436, y + 42))]
    second = []
    for k, name in enumerate(["郗雨桐", "韦一航", "孟凡", "涂娟"]):
        y = 257 + 71 * k
        second += [(str(k + 5), (300, y, 330, y + 37)), (name, (438, y, 530, y + 40)), ("重庆煤科院智能矿山有限公司", (707, y, 1028, y + 34)),
                   ("测试", (1458, y, 1528, y + 42))]
    second += [("四、经费使用情况", (253, 586, 548, 627)), ("2023年9月22日", (1200, 900, 1500, 940))]
    result = ReadResult("t.png", "0" * 64, page_count=2, pages=[
        Page(1, 1659, 2344, "ocr", [Line(t, b, 0.99) for t, b in first]),
        Page(2, 1847, 2472, "ocr", [Line(t, b, 0.99) for t, b in second])])
    doc = _read(monkeypatch, result)
    assert doc.fields["members"] == ["上官雨辰", "贺婷", "蔡文博", "冉小龙", "郗雨桐", "韦一航", "孟凡", "涂娟"]


def test_a_bundle_checked_by_its_target_alone_quotes_no_education_nobody_declared(tmp_path):
    """--target with no profile and no degree read: the profile's missing_evidence says so; no
    issue quotes the placeholder as 申报信息为中专 (probe DU)."""
    import shutil
    from pathlib import Path

    from rules.vocabulary import Title
    from zhicheng.bundle import BundleOptions, check_bundle, prepare

    bundle = tmp_path / "张三"
    bundle.mkdir()
    shutil.copy(Path(__file__).resolve().parent.parent / "fixtures" / "bundles" / "demo" / "patents" / "invention-patent.pdf",
                bundle / "专利.pdf")
    report = check_bundle(bundle, options=BundleOptions(jobs=1), inputs=prepare(bundle, target=Title.SENIOR_ENGINEER))
    record = report.to_dict()
    assert not any(i["code"] == "education_not_shown" for i in record["issues"])
    assert any(i["code"] == "missing_evidence" and "学历" in i["message"] for i in record["issues"])


def test_a_bilingual_contract_with_a_branch_and_its_date_under_date(tmp_path):
    """卖方（甲方）：…有限责任公司（两江分公司） is a party, its branch kept (probe DS r15 read one side);
    Date 日期: 2023-04-25 at a bilingual contract's head dates it (r20)."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "c.pdf", [
        "产品销售合同", "SALES CONTRACT", "卖方（甲方）：重庆西南集成电路设计有限责任公司（两江分公司）",
        "Seller: Chongqing Southwest Integrated Circuit Design Co., Ltd. (Liangjiang Branch)",
        "买方（乙方）：上海汽车变速器有限公司", "Contract No.: CQ-EXP-2023-031   Date 日期: 2023-04-25",
        "2. 合同金额 Contract Amount：¥930,000.00（人民币玖拾叁万元整）。"]), tmp_path)
    assert doc.fields["parties"] == ["重庆西南集成电路设计有限责任公司(两江分公司)", "上海汽车变速器有限公司"]
    assert doc.fields["date"] == "2023-04-25"


def test_a_papers_journal_over_its_issue_line_and_in_an_online_citation(tmp_path):
    """液压与气动 (its English name beside it) over 2023年6月 第47卷 第6期 (probe DS j20); a 网络首发
    cover's journal in 引用格式：…[J/OL].组合机床与自动化加工技术.https://…, the wrapped tail no title (j06)."""
    from tests.test_twentyfifth_session import _placed_pdf

    doc = _examine(_placed_pdf(tmp_path / "p.pdf", [[
        (60, 60, "液压与气动", 10), (300, 60, "Chinese Hydraulics & Pneumatics", 8),
        (60, 76, "2023年6月 第47卷 第6期   Jun. 2023 Vol.47 No.6", 7),
        (60, 112, "中图分类号:TH137 文献标志码:B 文章编号:1000-4858(2023)06-0061-07", 7),
        (164, 140, "电液比例阀控缸位置伺服系统自抗扰控制", 14), (240, 175, "充 俊,宣 萌,钟离思远", 10),
        (60, 200, "摘要：针对电液比例阀控缸位置伺服系统的非线性问题，设计了自抗扰控制器。", 9),
        (60, 220, "关键词：电液比例阀；自抗扰控制；位置伺服", 9)]]), tmp_path)
    assert doc.fields["journal"] == "液压与气动"
    doc = _examine(_placed_pdf(tmp_path / "n.pdf", [[
        (60, 60, "中国知网 https://www.cnki.net", 9), (233, 130, "网络首发论文", 18),
        (60, 195, "题目：   基于数字孪生的五轴加工中心加工精度预测方法", 10), (60, 218, "作者：   姬文博，公孙可馨，荆 颖", 10),
        (60, 241, "收稿日期：   2023-02-17", 10), (60, 263, "网络首发日期：2023-04-12", 10),
        (60, 286, "引用格式：   姬文博，公孙可馨，荆颖．基于数字孪生的五轴加工中心加工精度预测方法[J/OL", 10),
        (145, 309, "]．组合机床与自动化加工技术．https://kns.cnki.net/kcms/detail/21.1132.TG.", 10),
        (145, 332, "20230412.1031.006.html", 10)]]), tmp_path)
    assert doc.fields["journal"] == "组合机床与自动化加工技术"
    assert doc.fields["title"] == "基于数字孪生的五轴加工中心加工精度预测方法"


def test_a_national_programmes_topic_and_members_told_inside_brackets(tmp_path):
    """国家重点研发计划 over 课题综合绩效评价（验收）结论书 (fifteen letters) is national (probe DR A19);
    …代表项目组（成员：谭俊凯、郑鑫…）汇报了… names the members (A20)."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "n.pdf", [
        "国家重点研发计划", "课题综合绩效评价（验收）结论书", "课题名称   面向中小企业的工业APP开发与集成应用",
        "课题编号   2020YFB1712305", "课题承担单位   重庆邮电大学", "课题负责人   魏毅娟", "评价结论   通过",
        "评价日期   2023-10-26"]), tmp_path)
    assert doc.fields["level"] == "national"
    doc = _examine(_text_pdf(tmp_path / "p.pdf", [
        "项目验收意见", "项目名称：锂电池极片缺陷智能检测装备",
        "2024年5月14日，验收专家组听取了项目负责人曹海琳代表项目组（成员：谭俊凯、郑鑫、刘洋文、令狐航洋）汇报了项目",
        "完成情况，经质询讨论，同意通过验收。", "验收专家组组长：冯建国"]), tmp_path)
    assert doc.fields["members"] == ["谭俊凯", "郑鑫", "刘洋文", "令狐航洋"]


def test_a_topics_report_cover_beside_a_papers_words(monkeypatch):
    """课题研究报告 with 分类号, 摘要 and Abstract (a paper's words too): its 课题组成员 and 完成单位 make
    it a report (probe DT long-06 was unknown)."""
    result = _ocr([("分类号:TP274", (247, 186, 445, 223)), ("密级:公开", (515, 185, 661, 223)), ("课题研究报告", (658, 529, 1135, 606)),
                   ("山地城市桥梁健康监测数据异常识别方法研究", (427, 774, 1360, 829)),
                   ("Research on anomaly identification of health monitoring data", (251, 884, 1531, 924)),
                   ("课题组成员:", (417, 1241, 617, 1286)), ("谯冬、骆一凡、鲜于博", (689, 1241, 1049, 1285)),
                   ("完成单位:", (414, 1348, 580, 1394)), ("重庆市交通规划和技术发展中心", (687, 1351, 1189, 1392)),
                   ("完成日期:", (411, 1454, 579, 1500)), ("二〇二二年十二月", (683, 1453, 972, 1500)),
                   ("摘要", (777, 1600, 925, 1650)), ("本课题研究了桥梁监测数据的异常识别方法。", (189, 1700, 1504, 1740)),
                   ("关键词：桥梁监测；异常识别；深度学习", (189, 1750, 1504, 1790)),
                   ("Abstract", (777, 1800, 925, 1850)), ("Key words: bridge monitoring", (189, 1860, 1504, 1890)),
                   ("目录", (777, 1900, 925, 1950))])
    doc = _read(monkeypatch, result)
    assert doc.doc_type == "technical_report"
    assert doc.fields["authors"] == ["谯冬", "骆一凡", "鲜于博"]


def test_a_degrees_day_beside_its_certificate_number_in_groups(tmp_path):
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "d.pdf", [
        "学 士 学 位 证 书", "宓雪琴，女，1990年11月8日生。在西南大学计算机科学与技术专业完成了本科学习",
        "计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。", "西南大学", "学位评定委员会主席",
        "证书编号：1063 5420 1300 4567|二〇一三年六月二十八日"]), tmp_path)
    assert doc.fields["date"] == "2013-06-28"


def test_a_member_table_over_two_pages_under_its_repeated_header_then_a_section(tmp_path):
    """序号 姓名 单位 … rows 1–9, the header again on the next page, rows 10–16, then 2 主要研究内容:
    sixteen writers (probe DR T19 read none: the section's number taken for a row's)."""
    from tests.test_twentyfifth_session import _documents, _placed_pdf

    head = "序号   姓名   单位   职称   分工"
    people = ["宋德彬", "伍鹏华", "但娜", "田磊峰", "牟春", "付娟丽", "况德", "龙建军", "司马刚俊",
              "吕思", "税凯", "罗德", "李渝敏", "司马春志", "卢坤平", "汪艳昊"]
    first = [(122, 60, "高端装备再制造关键工艺与质量控制技术研究报告", 14), (242, 95, "报告日期：2023年10月"),
             (60, 235, "课题组成员"), (66, 258, head)] + [(74, 281 + 23 * k, f"{k + 1}   {n}   重庆大学   研究员   总体负责")
                                                    for k, n in enumerate(people[:9])]
    second = [(66, 62, head)] + [(72, 85 + 23 * k, f"{k + 10}   {n}   重庆大学   研究员   总体负责") for k, n in enumerate(people[9:])] \
        + [(60, 258, "2 主要研究内容"), (60, 278, "2.1 激光熔覆修复工艺参数优化")]
    docs = _documents(_placed_pdf(tmp_path / "r.pdf", [first, second], size=9), tmp_path)
    assert len(docs) == 1 and docs[0].fields["authors"] == people


def test_members_beside_a_label_whose_note_on_the_order_wrapped(tmp_path):
    """项目主要研制人员( | 按贡献大小排序) with the names' cell centred on the two lines (probe DU b3:
    no members, and the claim's rank 3 unshown)."""
    from tests.test_twentyfifth_session import _placed_pdf

    doc = _examine(_placed_pdf(tmp_path / "a.pdf", [[
        (201, 70, "重庆市软件和信息服务业发展专项"), (228, 98, "项目验收意见书", 18),
        (63, 142, "项目名称   数智汇联工业互联网平台（软件平台）建设项目", 11), (63, 165, "承担单位   重庆数智汇联科技股份有限公司", 11),
        (63, 210, "项目技术负责人   詹卫东", 11), (63, 233, "项目主要研制人员（", 11), (63, 256, "按贡献大小排序）", 11),
        (177, 244, "苑博、饶春燕、上官瑞、晁国庆、钟离婷", 11), (63, 278, "验收日期   二〇二二年十一月十八日", 11),
        (60, 330, "验收意见：项目实现了任务书规定的平台功能和性能指标。验收组同意项目通过验收。", 11)]]), tmp_path, name="上官瑞")
    assert doc.fields["members"] == ["苑博", "饶春燕", "上官瑞", "晁国庆", "钟离婷"]
    # (its 项目技术负责人 is no leader counted first: the list's own order ranks her third)
    assert "leader" not in doc.fields and doc.fields["applicant_rank"] == 3


def test_party_names_wrapped_in_their_cells(tmp_path, monkeypatch):
    """委托方（甲方） 重庆市永川区智能装备产业技术 | 研究院有限责任公司   统一社会信用代码 …, the cell's second
    line set level with the label's (probe DS r03); 甲方(需方) centred between 重庆市綦江区齿轮传动精密 and
    制造有限公司 on a photo (r17): both parties."""
    from tests.test_twentyfifth_session import _placed_pdf

    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [[
        (244, 70, "技术服务合同", 16), (54, 104, "委托方（甲方） 重庆市永川区智能装备产业技术", 10),
        (132, 114, "研究院有限责任公司", 10), (300, 114, "统一社会信用代码 91500118MA60XY2K3P", 10),
        (54, 138, "服务方（乙方） 重庆西部数智工业互联网", 10), (132, 148, "科技有限公司", 10),
        (300, 148, "统一社会信用代码 91500105MA5U7RJ61Q", 10),
        (54, 200, "二、服务费用：本合同服务费总额为人民币柒拾贰万捌仟元整（小写：728,000.00元）。", 10)]]), tmp_path)
    assert doc.fields["parties"] == ["重庆市永川区智能装备产业技术研究院有限责任公司", "重庆西部数智工业互联网科技有限公司"]
    result = _ocr([("智能产线设备销售合同", (503, 160, 880, 210)), ("本合同由下列双方签订:", (142, 266, 400, 302)),
                   ("重庆市綦江区齿轮传动精密", (331, 315, 612, 345)), ("重庆川仪自动化股份", (885, 312, 1097, 345)),
                   ("甲方(需方)", (142, 335, 278, 369)), ("乙方 (供方)", (698, 332, 832, 368)),
                   ("制造有限公司", (329, 356, 474, 390)), ("有限公司", (883, 353, 986, 391)),
                   ("二、合同总价:¥3,186,000.00元(大写:叁佰壹拾捌万陆仟元整)。", (147, 446, 878, 486))])
    doc = _read(monkeypatch, result)
    assert doc.fields["parties"] == ["重庆市綦江区齿轮传动精密制造有限公司", "重庆川仪自动化股份有限公司"]


def test_a_certificate_number_holding_a_date_dates_nothing():
    """证书号：YCKJ2023-01-02 is a number, no day (probe DW A06 dated an award by it, its own date under
    a seal)."""
    from extractor.fields.dates import find_dates

    assert find_dates("证书号：YCKJ2023-01-02") == []
    assert [str(d.value) for d in find_dates("日期:2023-01-02")] == ["2023-01-02"]


def test_drafters_wrapped_inside_a_compound_name_whose_given_name_holds_a_sentence_word(tmp_path):
    """…、郦道元、宇文 | 化及、百里香、牟其中。: 宇文化及 whole, and 牟其中 a name whatever 其中 says
    (probe DW D04 gave 宇文, a surname alone, as the last drafter)."""
    from extractor.layout import names_of
    from tests.test_twentyfifth_session import _text_pdf

    assert names_of("郦道元、宇文") is None and names_of("郦道元、宇文化及") == ["郦道元", "宇文化及"]
    doc = _examine(_text_pdf(tmp_path / "s.pdf", [
        "DB50/T 1456-2023", "重庆市地方标准", "山地城市道路桥梁伸缩装置养护技术规范", "2023-08-15 发布|2023-11-15 实施", "前言",
        "本文件主要起草人：况明亮、宗泽、伍思凯、卿云、刁小龙、揭晓、乜静、仇英、郦道元、宇文", "化及、百里香、牟其中。"]), tmp_path)
    assert doc.fields["drafters"][-4:] == ["郦道元", "宇文化及", "百里香", "牟其中"]


def test_an_award_made_out_to_a_unit_names_it_as_holder(tmp_path):
    """获奖单位：… (probe DW A03) and a unit's salutation before 你单位申报的成果… (A05): the unit holds
    it, said so (holder_is_unit); no person's place; 第十八届 is no part of the award's name."""
    from tests.test_twentyfifth_session import _text_pdf

    doc = _examine(_text_pdf(tmp_path / "a.pdf", [
        "重庆市科学技术奖", "证 书", "奖励类别：技术发明奖", "奖励等级：三等奖", "项目名称：基于多源数据融合的汽车涂装缺陷在线检测方法",
        "获奖单位：重庆长江智能装备股份有限公司", "重庆市人民政府", "2023年4月28日"]), tmp_path, name="张三")
    assert doc.fields["holder"] == "重庆长江智能装备股份有限公司" and doc.fields["holder_is_unit"] is True
    assert doc.fields.get("applicant_rank") is None and "rank" not in doc.fields
    doc = _examine(_text_pdf(tmp_path / "b.pdf", [
        "重庆市企业管理现代化创新成果", "获 奖 证 书", "重庆渝西精密铸造有限公司：",
        "你单位申报的成果《以数字孪生为牵引的铸造车间精益管理体系构建》荣获第", "十八届重庆市企业管理现代化创新成果一等奖。",
        "重庆市企业联合会（企业家协会）", "2023.05.06"]), tmp_path)
    assert doc.fields["holder"] == "重庆渝西精密铸造有限公司"
    assert doc.fields["award_name"] == "重庆市企业管理现代化创新成果"


def test_a_grid_of_writers_with_a_blank_cell_is_no_list_that_skips_a_name(monkeypatch):
    """编写人员： over 上官雨晴 万里 车晓东 麦嘉欣 / 仇伟 况思远 — 钭楠 / 訾丹 皇甫逸凡: read as a paragraph it
    passed 钭楠 by and moved everyone after it up a place (probe DV D02); now no list, and the
    项目负责人 alone is no list of writers either."""
    result = _ocr([("重庆市渝北区智能网联汽车测试道路建设项目", (400, 300, 1400, 360)), ("可行性研究报告", (600, 400, 1200, 470)),
                   ("项目负责人:上官雨晴", (379, 900, 800, 948)), ("编写人员:", (379, 1014, 529, 1062)),
                   ("上官雨晴", (538, 1108, 676, 1154)), ("万里", (755, 1109, 867, 1159)), ("车晓东", (981, 1112, 1093, 1162)),
                   ("麦嘉欣", (1212, 1118, 1322, 1166)), ("仇伟", (533, 1186, 644, 1237)), ("况思远", (756, 1192, 866, 1241)),
                   ("钭楠", (1207, 1197, 1324, 1252)), ("訾丹", (532, 1270, 641, 1318)), ("皇甫逸凡", (756, 1275, 893, 1324)),
                   ("审 核:宁国栋", (366, 1423, 598, 1475)), ("二〇二三年九月", (717, 1885, 973, 1946))])
    doc = _read(monkeypatch, result)
    assert doc.doc_type == "technical_report"
    assert "authors" not in doc.fields


def test_a_reports_date_at_its_covers_foot_beside_its_unit(tmp_path):
    """重庆市生态环境科学研究院 2024年6月 on the cover, 数据截至2024年5月31日 in a later note: the cover's
    (probe DV D34 took the cut-off)."""
    from tests.test_twentyfifth_session import _placed_pdf

    doc = _examine(_placed_pdf(tmp_path / "r.pdf", [
        [(170, 80, "长江干流重庆段入河排污口排查整治", 16), (266, 115, "技术报告", 16), (200, 165, "重庆市生态环境科学研究院 2024年6月"),
         (63, 540, "编写人员：苗青、贝思雨、危建华")],
        [(63, 80, "说明：本报告数据截至2024年5月31日。")]]), tmp_path)
    assert doc.fields["date"] == "2024-06"


def test_a_member_table_past_its_pages_number_onto_the_next_page(tmp_path):
    """Rows 1–8, the page's number 1 at its foot, rows 9–11 at the next page's top with no header: all
    eleven (probe DV D35 gave eight)."""
    from tests.test_twentyfifth_session import _placed_pdf

    people = ["侯文渊", "左丘明远", "狄青", "鄢敏", "祁连", "惠子", "於洋", "涂山", "瞿秋", "萨仁", "钮扣"]
    first = [(200, 80, "项目验收意见书", 16), (63, 130, "项目名称：烟气脱硝SCR系统智能喷氨优化控制"), (63, 230, "项目组成员"),
             (73, 260, "序号   姓名   职称   项目中分工")] + [(82, 290 + 31 * k, f"{k + 1}   {n}   工程师   测试") for k, n in enumerate(people[:8])] \
        + [(535, 808, "1")]
    second = [(81, 75 + 31 * k, f"{k + 9}   {n}   工程师   运维") for k, n in enumerate(people[8:])] \
        + [(63, 185, "验收意见：验收组同意该项目通过验收。"), (342, 345, "日期：二〇二三年七月十四日"), (534, 808, "2")]
    from tests.test_twentyfifth_session import _documents
    docs = _documents(_placed_pdf(tmp_path / "a.pdf", [first, second]), tmp_path)
    assert len(docs) == 1 and docs[0].fields["members"] == people


def test_a_proof_of_contracts_income_counts_what_was_received(tmp_path):
    """合同金额（元） | 已收款（元） with their 合计 row: the received total, its two sums under their
    own columns (probe DV D42 gave none: the 合计 row's cells were placed by even gaps)."""
    from tests.test_twentyfifth_session import _placed_pdf

    doc = _examine(_placed_pdf(tmp_path / "p.pdf", [[
        (191, 90, "关于XX项目合同收入情况的证明", 14),
        (66, 175, "重庆三峡云智科技有限公司（收款单位）于2021年至2022年签订以下合同，合同收入情况如下：", 10),
        (59, 222, "序号", 9), (110, 222, "合同名称", 9), (230, 222, "签订时间", 9), (330, 222, "合同金额（元）", 9), (450, 222, "已收款（元）", 9),
        (66, 250, "1", 9), (110, 250, "巫山县地质灾害监测预警系统", 9), (230, 250, "2021年5月", 9), (330, 250, "2,380,000.00", 9), (450, 250, "2,380,000.00", 9),
        (66, 279, "2", 9), (110, 279, "云阳县智慧水务一期", 9), (230, 279, "2022年10月", 9), (330, 279, "3,102,800.00", 9), (450, 279, "2,791,000.00", 9),
        (59, 307, "合计", 9), (330, 307, "5,482,800.00", 9), (450, 307, "5,171,000.00", 9),
        (79, 368, "以上情况属实，特此证明。", 10), (381, 470, "重庆三峡云智科技有限公司", 10), (403, 505, "二〇二三年三月十日", 10)]]), tmp_path)
    assert doc.fields["amount_wan"] == 517.1
