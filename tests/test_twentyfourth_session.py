"""Layouts and wordings the twenty-fourth session's probes found wrong, one test per cause."""

from __future__ import annotations

from pathlib import Path

import pytest

_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _form_pdf(path: Path, heading: str, rows: list[tuple[str, ...]], over: str | None = None) -> Path:
    """A one-page form with a text layer (fpdf2): an optional line ``over`` its ``heading``, then
    a bordered table of label | value rows."""
    from fpdf import FPDF

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    pdf = FPDF()
    pdf.add_font("zh", fname=str(_FONT))
    pdf.add_page()
    if over:
        pdf.set_font("zh", size=16)
        pdf.cell(0, 12, over, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("zh", size=22)
    pdf.cell(0, 20, heading, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("zh", size=12)
    with pdf.table(col_widths=(40, 130), text_align="LEFT", first_row_as_headings=False, line_height=10) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.output(str(path))
    return path


def _examine(path: Path, tmp_path: Path, name: str | None = None):
    from extractor import ReadOptions
    from zhicheng.documents import examine

    return examine(path, ReadOptions(cache_dir=tmp_path / "cache"), name=name, display_name=path.name)


@pytest.mark.parametrize("heading, label, over", [
    ("技术报告封面", "报告名称", None),          # the form's own heading, the kind and 封面
    ("项目技术报告", "报告题目", None),          # 报告题目, not 报告名称
    ("科技项目技术报告", "报告名称", None),      # a programme's word before the kind
    ("技 术 报 告", "报告标题", "重庆渝达精密制造有限公司"),  # the unit over a letter-spaced kind
])
def test_a_reports_title_in_a_forms_cell(tmp_path, heading, label, over):
    """A report whose cover is a form: the heading only names the kind of document, and the
    title is the value of its 报告名称 cell (probe DH rule 8 had the heading or the label glued
    to the title)."""
    path = _form_pdf(tmp_path / "r.pdf", heading, [
        (label, "数控车床主轴振动在线监测与故障预警技术研究"), ("编制单位", "重庆渝达精密制造有限公司"),
        ("编写人员", "黄俊杰、罗振宇"), ("完成日期", "2023年3月8日")], over=over)
    doc = _examine(path, tmp_path)
    assert doc.doc_type == "technical_report"
    assert doc.fields["title"] == "数控车床主轴振动在线监测与故障预警技术研究"
    assert doc.fields["authors"] == ["黄俊杰", "罗振宇"]


def _page(*texts, x=180, top=120, step=70, size=36):
    """One scanned page: a centred heading, then lines one under another."""
    from extractor.model import Line, Page, ReadResult

    lines = [Line(texts[0], (400, top, 1250, top + 70), 0.98)]
    for k, t in enumerate(texts[1:]):
        y = top + 160 + step * k
        lines.append(Line(t, (x, y, x + size * len(t), y + size + 8), 0.98))
    return ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1654, 2339, "ocr", lines)])


def _kind(monkeypatch, result, name=None):
    from zhicheng import documents

    monkeypatch.setattr(documents, "read_file", lambda *a, **k: result)
    return documents.examine("t.png", None, name=name)


@pytest.mark.parametrize("lines", [
    # an applicant's own 评审申报表: its rows name his degree and his school (probe DK N01)
    ["重庆市专业技术职务任职资格评审申报表", "申报系列：工程技术   申报专业：工业互联网与智能制造",
     "姓名   禤志明   性别   男   出生年月   1988.03", "工作单位   重庆渝丰智能装备有限公司",
     "最高学历   大学本科   毕业院校 重庆理工大学   毕业时间   2011.06",
     "现专业技术职务   工程师   取得时间   2019.12", "申报职称   高级工程师   申报类型   正常申报",
     "本人承诺：以上内容及提交材料真实有效。"],
    # a 评审表's cover: the title held and the one applied for, no verdict (N12)
    ["专业技术职务任职资格评审表", "（工程技术系列）", "姓    名：禤志明", "工作单位：重庆渝丰智能装备有限公司",
     "现任职称：工程师", "申报资格：高级工程师", "填表日期：2024年9月", "重庆市人力资源和社会保障局制"],
    # a skill's certificate (N14), one letter from 职称资格证书
    ["职业资格证书", "中华人民共和国", "姓名：粟晓琳", "文化程度：大学本科", "职业（工种）及等级：电工 三级/高级技能",
     "证书编号：1850000000300417", "发证日期：2018年12月", "职业技能鉴定（指导）中心"],
    # an employer's decision appointing to posts (N13)
    ["重庆渝丰智能装备有限公司文件", "渝丰司发〔2024〕3号", "关于聘任禤志明等同志专业技术职务的决定",
     "各部门：", "经公司专业技术职务聘任委员会研究，决定聘任禤志明同志为高级工程师岗位，聘期三年。",
     "重庆渝丰智能装备有限公司", "2024年1月5日"],
])
def test_a_form_or_an_appointment_is_no_certificate(monkeypatch, lines):
    """Papers that name a degree or a title without showing one had been typed as the degree
    certificate (an application form: a false ``met`` of the basic condition), a title certificate
    or an organ's recognition (probe DK). Each is refused, saying what it is."""
    doc = _kind(monkeypatch, _page(*lines), name="禤志明")
    assert doc.doc_type == "unknown"
    assert any("标题为" in r or "评审表的" in r for r in doc.reasons + [i["message"] for i in doc.issues]), doc.reasons


def test_a_review_form_with_its_verdict_is_still_a_title_proof(monkeypatch):
    doc = _kind(monkeypatch, _page(
        "专业技术职务任职资格评审表", "姓名：禤志明", "工作单位：重庆渝丰智能装备有限公司", "申报资格：高级工程师",
        "评审委员会意见：经评审，禤志明同志具备高级工程师任职资格。", "表决结果：同意 15 票",
        "审批机关意见：同意。批准文号：渝人社职〔2021〕88号", "重庆市人力资源和社会保障局", "2021年12月20日"), name="禤志明")
    assert doc.doc_type == "title_certificate"
    assert doc.fields["title"] == "senior_engineer"


def test_a_first_titles_approval_form_is_the_title_proof(monkeypatch):
    """专业技术人员初次认定专业技术职务任职资格审批表 with its 审核意见 (probe DK T06, T11) was
    `unknown`: the named title pattern now places it."""
    doc = _kind(monkeypatch, _page(
        "专业技术人员初次认定专业技术职务任职资格审批表", "填报单位（盖章）：重庆华数机器人有限公司   编号：九龙初定〔2019〕088",
        "姓名   昝雨辰   性别   男   出生年月   1993.07", "最高学历   大专   毕业时间 2014.06",
        "认定资格名称   助理工程师   资格级别   初级", "审核意见",
        "经审核，该同志符合初次认定条件，同意认定昝雨辰同志具备助理工程师任职资格，",
        "资格取得时间为二〇一九年十二月三十日。", "重庆市九龙坡区人力资源和社会保障局", "二〇一九年十二月三十日"), name="昝雨辰")
    assert doc.doc_type == "title_certificate"
    assert (doc.fields["holder"], doc.fields["title"], str(doc.fields["date"])) == ("昝雨辰", "assistant_engineer", "2019-12-30")


def _lines(rows, source="ocr", width=1654, height=2339):
    """One page of given lines (text, box)."""
    from extractor.model import Line, Page, ReadResult

    return ReadResult("t.png", "0" * 64, page_count=1,
                      pages=[Page(1, width, height, source, [Line(t, b, 0.98) for t, b in rows])])


def test_a_register_printouts_holders_table_and_its_row_of_cells(monkeypatch):
    """A 登记信息表 printed from the register (probe DI sc06): the holders in a table whose
    caption says what it holds, 著作权人(姓名或名称), under a heading 著作权人信息 (read as the
    holder 「信息」); its 登记日期 a cell of a text layer's row of caption and value cells."""
    doc = _kind(monkeypatch, _lines([
        ("计算机软件著作权登记信息表", (167, 57, 427, 76)),
        ("软件全称   工业互联网标识解析二级节点管理系统", (80, 133, 420, 151)),
        ("软件简称   —   登记号   2019SR1187734", (80, 177, 510, 187)),
        ("分类号   30200-0000   登记日期   2019-11-26", (86, 208, 497, 218)),
        ("著作权人信息", (57, 304, 134, 317)),
        ("序号   著作权人(姓名或名称)   类别   国籍   省份   城市", (66, 334, 517, 345)),
        ("1   重庆邮电大学   事业单位法人   中国   重庆   重庆", (75, 363, 517, 373)),
        ("2   重庆忽米网络科技有限公司   企业法人   中国   重庆   重庆", (74, 391, 517, 401)),
        ("3   宓晨阳   自然人   中国   重庆   重庆", (74, 419, 517, 430)),
        ("以上信息与中国版权保护中心计算机软件著作权登记簿记载内容一致。", (84, 471, 431, 483)),
    ], source="text_layer", width=595, height=842), name="宓晨阳")
    assert doc.doc_type == "software_copyright"
    assert doc.fields["holders"] == ["重庆邮电大学", "重庆忽米网络科技有限公司", "宓晨阳"]
    assert doc.fields["applicant_rank"] == 3
    assert str(doc.fields["date"]) == "2019-11-26"


def test_holders_each_followed_by_their_nationality_and_address(monkeypatch):
    """著作权人 one under another, each with its line 国籍:中国 地址:…: every holder, not the first."""
    doc = _kind(monkeypatch, _lines([
        ("中华人民共和国国家版权局", (655, 348, 1251, 400)), ("计算机软件著作权登记证书", (518, 482, 1386, 565)),
        ("证书号:软著登字第9610384号", (706, 623, 1200, 664)),
        ("软件名称:", (383, 797, 560, 844)), ("AGV集群调度控制软件", (614, 800, 1011, 842)),
        ("著作权人:", (383, 961, 561, 1008)), ("重庆两江机器人研究院有限公司", (618, 963, 1156, 1004)),
        ("国籍:中国 地址:重庆市渝北区", (617, 1023, 1058, 1060)), ("亓慧敏", (614, 1075, 742, 1128)),
        ("国籍:中国 地址:重庆市渝中区", (618, 1141, 1057, 1175)),
        ("开发完成日期:2022年02月14日", (384, 1226, 938, 1270)), ("登 记 号: 2022SR0655013", (386, 1602, 841, 1639)),
        ("对以上事项予以登记。", (390, 1855, 1136, 1899)), ("2022年05月11日", (1000, 2000, 1300, 2040)),
    ]), name="亓慧敏")
    assert doc.fields["holders"] == ["重庆两江机器人研究院有限公司", "亓慧敏"]
    assert doc.fields["applicant_rank"] == 2


@pytest.mark.parametrize("rows, wan", [
    # the 科技部 template's 第四条: the whole, then its parts after 其中 (probe DJ: no amount at all)
    ([("技术开发（委托）合同", (560, 100, 1100, 180)), ("委托方（甲方）：重庆青山工业有限责任公司", (180, 280, 1000, 320)),
      ("受托方（乙方）：重庆邮电大学", (180, 350, 800, 390)), ("第四条 研究开发经费及报酬", (180, 420, 700, 460)),
      ("本项目研究开发经费和报酬（人民币大写）：壹佰伍拾伍万捌仟元整（¥1,558,000.00元），", (180, 490, 1500, 530)),
      ("其中研究开发经费为壹佰贰拾肆万陆仟肆佰元整，报酬为叁拾壹万壹仟陆佰元整。", (180, 560, 1450, 600)),
      ("签订日期：2022年8月4日", (180, 700, 700, 740))], 155.8),
    # a 合计 row whose capitals a narrow cell wrapped (probe DI rv03: the tail 拾万元整 read as 10 万元)
    ([("产品销售合同", (848, 292, 1175, 355)), ("需方(甲方):重庆庆铃铸造有限公司", (379, 428, 885, 465)),
      ("供方(乙方):重庆川仪自动化股份有限公司", (1026, 427, 1618, 464)), ("签订时间:2023年3月9日", (1026, 656, 1363, 692)),
      ("序号", (379, 970, 445, 1013)), ("产品名称", (568, 970, 684, 1012)), ("金额(元)", (1467, 970, 1593, 1012)),
      ("1", (401, 1043, 426, 1076)), ("智能电磁流量计", (534, 1041, 718, 1075)), ("2,220,000.00", (1457, 1041, 1617, 1075)),
      ("2", (399, 1110, 428, 1146)), ("分布式控制系统DCS", (509, 1110, 744, 1143)), ("1,980,000.00", (1458, 1109, 1617, 1146)),
      ("人民币(大写):肆佰贰", (471, 1174, 758, 1207)), ("合计", (379, 1186, 446, 1232)), ("4,200,000.00", (1456, 1190, 1618, 1227)),
      ("拾万元整", (468, 1207, 582, 1247)),
      ("四、结算方式:合同签订后支付30%预付款,货到验收合格后支付60%,余款10%作", (437, 1432, 1632, 1473))], 420.0),
    # a finance office's proof whose sentence mentions 发票, high on a short page (probe DI rv07)
    ([("新产品销售收入证明", (681, 353, 1229, 420)), ("重庆冉升塑胶制品有限公司:", (340, 577, 817, 622)),
      ("经核查, 贵公司智能注塑单元项目于2023年1月至2023年12月期间实现销", (339, 655, 1568, 699)),
      ("售收入1,350.00万元,相关合同、发票及银行回单均已归档备查。", (341, 734, 1428, 777)), ("特此证明。", (337, 810, 513, 855)),
      ("重庆渝信", (999, 1149, 1151, 1194)), ("师事务所 公司", (1216, 1145, 1541, 1198)), ("2024年3月8日", (1282, 1228, 1543, 1292))], 1350.0),
])
def test_a_revenue_papers_whole_sum(monkeypatch, rows, wan):
    doc = _kind(monkeypatch, _lines(rows))
    assert doc.doc_type == "revenue_proof"
    assert doc.fields["amount_wan"] == wan
    assert "师事务所公司" not in (doc.fields.get("parties") or [])  # (a seal's arc is no party)


def test_capitals_a_text_layers_cell_wrapped(monkeypatch):
    doc = _kind(monkeypatch, _lines([
        ("设备买卖合同", (250, 60, 350, 80)), ("买方（甲方）：重庆秦川机床工具有限公司", (64, 120, 400, 132)),
        ("卖方（乙方）：重庆两江机器人研究院有限公司", (64, 140, 420, 152)),
        ("序号   产品名称   规格型号   单位   数量   单价(元)   金额(元)", (64, 319, 511, 329)),
        ("1   焊接机器人工作站   RW-2000   套   6   2,250,000.00   13,500,000.00", (64, 340, 520, 352)),
        ("合计 人民币(大写):壹仟叁", (64, 394, 201, 410)), ("佰伍拾万元整   13,500,000.00", (97, 402, 524, 416)),
        ("签订日期：2024年6月27日", (64, 500, 300, 512))], source="text_layer", width=595, height=842))
    assert doc.fields["amount_wan"] == 1350.0


def test_a_scans_leader_like_a_listed_name_flags_the_rank(monkeypatch):
    """项目负责人 晏丽君 over a member table read 安丽信、冉茂林、皮志刚 (probe DI pa07): the
    leader counted first gave 皮志刚 rank 4 on a list of 3 with no word; it now says the rank
    may be one better if 安丽信 is he."""
    doc = _kind(monkeypatch, _page(
        "项目验收意见", "项目名称：汽车轻量化副车架数字化生产线建设", "项目负责人：晏丽君",
        "承担单位：重庆渝兴智能装备有限公司", "项目主要成员：安丽信、冉茂林、皮志刚",
        "验收意见：经专家组审议，同意该项目通过验收。", "验收时间：2022年4月27日"), name="皮志刚")
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["applicant_rank"] == 4
    assert any(i["code"] == "low_ocr_confidence" and "安丽信" in i["message"] for i in doc.issues)


def _scanned_page(number, texts):
    """A scanned page of a binder: its heading, then lines one under another."""
    from extractor.model import Line, Page

    rows = [Line(texts[0], (500, 150, 1150, 230), 0.98)] + [
        Line(t, (180, 400 + 70 * k, 180 + 36 * len(t), 444 + 70 * k), 0.98) for k, t in enumerate(texts[1:])]
    return Page(number, 1654, 2339, "ocr", rows)


def _binder(monkeypatch, *pages):
    from extractor.model import ReadResult
    from zhicheng import documents

    result = ReadResult("t.pdf", "0" * 64, page_count=len(pages), pages=list(pages))
    monkeypatch.setattr(documents, "read_file", lambda *a, **k: result)
    return documents.examine_all("t.pdf", None)


def test_a_divider_whose_numeral_was_lost_goes_with_what_follows(monkeypatch):
    """A binder's divider 二、专利证书 whose 二、 OCR lost (probe DJ B03): the sheet naming only a
    kind of paper had closed the award before it; it now opens the patent after it."""

    award = ["获奖证书", "刘晓峰同志：", "你参与完成的“离散制造车间数字孪生关键技术及应用”",
             "项目荣获2022年度重庆市科学技术进步奖二等奖", "（排名第三）。", "证书编号：2022-J-2-031-03",
             "重庆市人民政府", "二〇二三年五月十二日"]
    patent = ["发明专利证书", "证书号第5123462号", "发明名称：一种自动化仪表智能校准装置", "发明人：訾新子；刘晓峰",
              "专利号：ZL 2020 1 3158766.7", "专利申请日：2020年04月16日", "专利权人：重庆秦川实验仪器有限公司",
              "授权公告日：2021年11月28日", "国家知识产权局局长 申长雨"]
    sheet = _scanned_page(2, ["专利证书"])
    docs = _binder(monkeypatch, _scanned_page(1, award), sheet, _scanned_page(3, patent))
    assert [(d.doc_type, d.page_range) for d in docs] == [("award_certificate", (1, 1)), ("patent_certificate", (2, 3))]


def _form_rows(candidate="钭雨桐", sign=(("推荐人", (81, 534, 112, 544)), ("签名   2025年4月2日", (86, 549, 411, 567)))):
    return [("破格申报专业技术职务任职资格专家推荐意见表", (130, 69, 465, 86)),
            (f"被推荐人   {candidate}   工作单位   重庆忽米网络科技有限公司", (76, 119, 461, 129)),
            ("现职称   工程师   申报职称   高级工程师", (81, 153, 460, 163)),
            ("推荐人姓名   鞠文涛   职   称   正高级工程师", (71, 187, 465, 197)),
            (f"{candidate}同志取得工程师职称以来，主持工业互联网平台边缘计算网关研发，获授权", (143, 250, 521, 261)),
            ("发明专利1项，同意推荐其破格申报高级工程师。", (144, 264, 362, 276)),
            ("推荐意见", (76, 365, 117, 375)), *sign]


def test_an_unsigned_form_whose_label_cell_wraps(monkeypatch):
    """推荐人 over 签名 in a narrow cell, nothing in the box (probe DK N07): it had counted as a
    valid letter; a label on one line was already caught (N07b)."""
    doc = _kind(monkeypatch, _lines(_form_rows(), source="text_layer", width=595, height=842))
    assert doc.doc_type == "recommendation_letter"
    assert any(i["code"] == "recommendation_unsigned" for i in doc.issues)


def test_a_candidate_of_a_rarer_surname_alone_in_his_cell(monkeypatch):
    """被推荐人情况 | 姓名 佘婧 in a text layer's row (probe DK R08): a rarer surname and one letter
    after it were no name; alone in a labelled cell they are."""
    rows = [("重庆市工程技术系列破格申报推荐表", (170, 63, 425, 79)), ("推荐人情况", (272, 113, 323, 123)),
            ("姓名   东方慧敏   职称   正高级工程师   取得时间   2016.12", (82, 147, 517, 157)),
            ("工作单位   重庆市计量质量检测研究院   专业   仪器仪表", (72, 181, 520, 191)),
            ("被推荐人情况", (266, 215, 329, 225)),
            ("姓名   佘婧   现职称   工程师   申报职称   高级工程师", (82, 249, 525, 259)),
            ("工作单位   重庆前卫科技集团有限公司", (72, 283, 260, 293)), ("推荐理由", (71, 413, 112, 423)),
            ("验收。本人同意推荐其破格申报高级工程师。", (135, 341, 337, 352)),
            ("推荐人签名：东方慧敏", (66, 569, 200, 579)), ("2024年7月1日", (400, 590, 467, 600))]
    doc = _kind(monkeypatch, _lines(rows, source="text_layer", width=595, height=842))
    assert (doc.fields["recommender"], doc.fields["candidate"]) == ("东方慧敏", "佘婧")


def test_a_patents_page_of_recorded_changes_is_the_patents(monkeypatch):
    """专利证书记载事项变更 over 变更项目 | 变更前 | 变更后 bound after the certificate (probe DJ
    B05) had been split off as a document of no type."""

    patent = ["实用新型专利证书", "证书号第5186715号", "实用新型名称：一种齿轮检测用定位工装", "发明人：钟春豪；晁敏航",
              "专利号：ZL 2021 2 0534390.6", "专利申请日：2021年09月16日", "专利权人：重庆青山工业有限责任公司",
              "授权公告日：2022年08月28日", "国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权"]
    changes = ["专利证书记载事项变更", "变更项目   变更前   变更后   变更日期",
               "专利权人   重庆青山工业有限责任公司   重庆智能制造研究院有限公司   2022年06月15日",
               "地址   重庆市九龙坡区   重庆市两江新区   2022年06月15日", "（以下空白）"]
    docs = _binder(monkeypatch, _scanned_page(1, patent), _scanned_page(2, changes))
    assert [(d.doc_type, d.page_range) for d in docs] == [("patent_certificate", None)]


def test_a_binders_divider_is_said_not_warned(monkeypatch):
    """A divider 三、获奖证书 stands alone as no evidence: an ``info``, not a warning that the
    type could not be told (probe DJ: a reviewer saw a warning for a page known to be a divider)."""
    doc = _kind(monkeypatch, _page("三、获奖证书"))
    assert doc.doc_type == "unknown"
    assert [(i["code"], i["severity"]) for i in doc.issues] == [("unknown_document_type", "info")]


def test_a_surname_misread_as_a_letter_no_surname_is(monkeypatch):
    """编制：洗卓然 简立新 on a scan (probe DI tr03, bk09, pa03: 冼 read as 洗): the applicant 冼卓然
    was told he was not on his own report. 洗 is nobody's surname; 季 for 李 would be someone else."""
    doc = _kind(monkeypatch, _page("数控机床远程运维平台建设可行性研究报告", "编制单位：重庆秦川机床工具有限公司",
                                   "编制：洗卓然  简立新", "二〇二二年十二月"), name="冼卓然")
    assert doc.doc_type == "technical_report"
    assert doc.fields["applicant_rank"] == 1
    from extractor.fields.names import find_name
    assert find_name("季小明", ["李小明"]).rank is None and find_name("李小明", ["季小明"]).rank is None


def test_a_date_with_a_letter_of_the_seal_glued_on(monkeypatch):
    """A finance office's proof signed 重2023年2月20日, the seal's 重 boxed with its date (probe DI
    rv06): it had no date; 至2023年12月31日 stays the end of a range."""
    doc = _kind(monkeypatch, _lines([
        ("销售收入证明", (250, 60, 350, 80)),
        ("兹证明我公司自主研发的数字化焊装生产线，于2022年1月至2022年", (102, 176, 520, 191)),
        ("12月期间累计实现销售收入人民币735.60万元（大写：柒佰叁拾伍万陆", (75, 205, 509, 218)),
        ("仟元整），上述数据真实、准确。", (74, 233, 515, 248)), ("特此证明。", (102, 290, 162, 303)),
        ("重庆渝兴智能装备有限公司财务部", (301, 413, 510, 427)), ("重2023年2月20日", (374, 437, 508, 462)),
        ("庆渝兴智能装备有限公司财务", (372, 378, 478, 462))], source="text_layer", width=595, height=842))
    assert doc.doc_type == "revenue_proof"
    assert str(doc.fields["date"]) == "2023-02-20"


def test_a_scans_surname_read_as_no_surname_is_mended(monkeypatch):
    """洗卓然 on a scan's report cover, and 潭晓雯 (probes DI, DK): 洗 and 潭 begin nobody's name,
    the letters OCR confuses them with do; a text layer's names are as typed."""
    doc = _kind(monkeypatch, _page("数控机床远程运维平台建设可行性研究报告", "编制单位：重庆秦川机床工具有限公司",
                                   "编制：洗卓然  潭晓雯", "二〇二二年十二月"))
    assert doc.fields["authors"] == ["冼卓然", "谭晓雯"]
    assert any("识别误差" in r for r in doc.reasons)


@pytest.mark.parametrize("lines", [
    # a 评审表 the applicant filled in: the verdict's captions printed, their cells empty (probe DL R1b)
    ["重庆市专业技术职务任职资格评审表", "姓名   谭晓岚   工作单位   重庆川仪自动化股份有限公司",
     "现专业技术职务   助理工程师   取得时间   2016年9月", "申报资格   工程师", "评审委员会意见", "（盖章）   年   月   日",
     "评审结论", "审批意见", "（盖章）   年   月   日"],
    # a 初次认定审批表 whose 审核意见 are blank (R1m)
    ["重庆市专业技术人员专业技术职务任职资格", "初次认定审批表", "姓 名   冉思彤   性 别   女", "认定资格   助理工程师",
     "单位审核意见", "（盖章）   年   月   日", "人力社保部门", "审核意见", "（盖章）   年   月   日"],
])
def test_a_blank_review_or_approval_form_is_no_title_proof(monkeypatch, lines):
    doc = _kind(monkeypatch, _page(*lines))
    assert doc.doc_type == "unknown"


def test_a_review_forms_date_is_its_verdicts_not_the_title_held_before(monkeypatch):
    """现专业技术职务 助理工程师 取得时间 2016年9月 on a 评审表 whose verdict grants 工程师 (probe DL
    R1a): the new title had been dated by the old one's row, five years early."""
    doc = _kind(monkeypatch, _page(
        "重庆市专业技术职务任职资格评审表", "姓名   谭晓岚   工作单位   重庆川仪自动化股份有限公司",
        "现专业技术职务   助理工程师   取得时间   2016年9月", "申报资格   工程师",
        "评审委员会意见：经2021年11月20日评审，同意谭晓岚同志具备工程师任职资格。",
        "审批意见：同意。批准文号：渝人社职改〔2021〕218号", "2021年12月15日"))
    assert doc.doc_type == "title_certificate"
    assert doc.fields["title"] == "engineer" and str(doc.fields.get("date", "")) != "2016-09"


def test_two_certificates_of_one_prize_for_two_people_stay_two(monkeypatch):
    """One award's certificates for 钭文韬 and 覃丽娟 bound one after the other (probe DL R5e): the
    second had been joined to the first and lost."""
    def award(holder, number):
        return ["获奖证书", f"获奖者：{holder}", "项目名称：离散制造车间数字孪生关键技术及应用",
                "奖励等级：重庆市科学技术进步奖二等奖", f"证书号：2022-J-2-031-{number}", "重庆市人民政府", "2023年5月12日"]
    docs = _binder(monkeypatch, _scanned_page(1, award("钭文韬", "R04")), _scanned_page(2, award("覃丽娟", "R05")))
    assert [(d.doc_type, d.page_range, d.fields.get("holder")) for d in docs] == [
        ("award_certificate", (1, 1), "钭文韬"), ("award_certificate", (2, 2), "覃丽娟")]


def test_a_forms_report_title_wrapped_in_its_cell(monkeypatch):
    """报告标题 whose value wraps onto a second line hung under its first letter (probe DL R9c): the
    title had been cut to its first line; the next row's value, its caption beside it, is no wrap."""
    doc = _kind(monkeypatch, _lines([
        ("科技项目技术报告", (202, 115, 393, 139)),
        ("项目名称   重庆市技术创新与应用发展专项:离散制造车间设备互联改造", (106, 266, 488, 277)),
        ("报告标题   面向汽车零部件焊装线的多机器人协", (106, 306, 368, 325)), ("同调度与数字孪生监控技术", (193, 322, 323, 332)),
        ("项目编号   cstc2021jscx-gksbX0047", (106, 362, 317, 375)), ("承担单位   重庆宗申动力机械股份有限公司", (106, 396, 344, 407)),
        ("编 制 人   苟明轩、阳春燕、冉德明", (109, 430, 312, 441)), ("完成日期   2022年9月", (106, 464, 242, 475))],
        source="text_layer", width=595, height=842))
    assert doc.fields["title"] == "面向汽车零部件焊装线的多机器人协同调度与数字孪生监控技术"
