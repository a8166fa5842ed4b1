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
