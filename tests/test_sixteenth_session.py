"""Layouts and wordings the sixteenth session found read wrong, one test per cause."""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from tests.test_fifteenth_session import _doc, _typed


def _read(*rows, name="张伟"):
    from tests.typed_certificates import read

    return read(*rows, name=name)


def test_a_team_given_role_by_role_under_its_heading():
    """项目主要研究人员： | 项目负责人：罗宇航 | 技术负责人：雷明 | 主要参加人：… (probe AY YP16): the
    team is all three roles in order, so 技术负责人 雷明 is second, not missing."""
    text = _doc(("项目验收意见", (725, 272, 1027, 326)),
                ("项目名称:智能网联公交车辆协同调度系统", (239, 366, 867, 401)),
                ("验收日期:2024年3月8日", (238, 418, 611, 455)),
                ("项目主要研究人员:", (238, 488, 519, 524)),
                ("项目负责人:罗宇航", (272, 542, 569, 576)), ("技术负责人:雷明", (272, 595, 538, 631)),
                ("主要参加人:夏侯诗涵、蔡磊、吴海燕、尉迟宁、雷娟、南宫书瑶、谭磊、黄怀瑾、", (272, 648, 1474, 686)),
                ("余庆丰、 苏红梅", (239, 706, 474, 745)),
                ("验收结论:项目完成了任务书规定的各项任务,专家组同意通过验收。", (240, 779, 1241, 814)))
    kind, values = _typed(text)
    assert kind == "project_acceptance" and values["leader"] == "罗宇航"
    assert values["members"] == ["罗宇航", "雷明", "夏侯诗涵", "蔡磊", "吴海燕", "尉迟宁", "雷娟", "南宫书瑶", "谭磊",
                                 "黄怀瑾", "余庆丰", "苏红梅"]


def test_role_lines_of_the_experts_make_no_team():
    """The experts' roles (专家组组长 / 专家组成员) under a heading are no project team."""
    from extractor.doctypes.project_acceptance import _role_lines

    text = _doc(("项目主要研究人员:", (238, 488, 519, 524)),
                ("验收专家组组长:王建国", (272, 542, 669, 576)), ("验收专家组成员:李强、赵敏", (272, 595, 738, 631)))
    assert _role_lines(text, text.lines[0]) is None


def _leader_signs_under_a_table(heading: str | None):
    rows = [("项目验收意见", (757, 293, 1063, 348)), ("项目名称:危险化学品仓储智能巡检与泄漏预警系统", (255, 386, 990, 425)),
            ("序号", (265, 444, 339, 495)), ("姓名", (408, 445, 482, 496)), ("单位", (543, 444, 617, 495)),
            ("职称", (1292, 444, 1366, 495))]
    if heading:
        rows.insert(2, (heading, (255, 400, 700, 435)))
        rows[1] = ("项目名称:危险化学品仓储智能巡检与泄漏预警系统", (255, 340, 990, 380))
    people = [("唐峰", "重庆大学", "正高级工程师"), ("阎家豪", "重庆巴渝精工机械股份有限公司", "高级工程师"),
              ("龚毅", "重庆市智能制造研究院", "工程师"), ("王娜", "重庆邮电大学", "副教授")]
    for k, (name, unit, title) in enumerate(people):
        y = 505 + 60 * k
        rows += [(str(k + 1), (289, y, 319, y + 45)), (name, (400, y, 490, y + 48)), (unit, (546, y, 940, y + 45)),
                 (title, (1244, y, 1415, y + 45))]
    rows += [("验收意见:经审查,专家组同意通过验收。", (255, 800, 888, 840)),
             ("项目负责人(签字):MAW", (827, 900, 1313, 960)), ("(唐峰)", (1199, 965, 1301, 1005)),
             ("日期:2023年5月19日", (842, 1030, 1167, 1070))]
    return _typed(_doc(*rows))


def test_a_leader_typed_in_brackets_under_his_scrawl_and_heading_the_untitled_table():
    """No heading over 序号 | 姓名 | 单位 | 职称 and no column of duties (probe AY YP18): the
    project's table all the same when the leader, typed under his scrawl, heads it."""
    kind, values = _leader_signs_under_a_table(None)
    assert kind == "project_acceptance" and values["leader"] == "唐峰"
    assert values["members"] == ["唐峰", "阎家豪", "龚毅", "王娜"]
    # The experts' heading over the same table: theirs, whoever leads the project.
    assert "members" not in _leader_signs_under_a_table("验收专家组名单")[1]


def test_an_untitled_table_not_headed_by_the_leader_stays_unread():
    """序号 | 姓名 | 单位 | 职称 with no heading, and the leader not its first row: it may be the
    experts'; no members are read from it."""
    from extractor.doctypes.project_acceptance import _member_table
    from extractor.doctypes.base import Fields

    f = Fields()
    f.set("leader", "唐峰")
    assert _member_table(_doc(*_people_table("王建国", "李强", "唐峰")), f) is None


def _people_table(*names, heading: str | None = None):
    """序号 | 姓名 | 单位 | 职称 over a row for each of ``names`` (boxes as a scan has them)."""
    rows = ([(heading, (400, 380, 700, 420))] if heading else []) + [
        ("序号", (265, 444, 339, 495)), ("姓名", (408, 445, 482, 496)), ("单位", (543, 444, 617, 495)),
        ("职称", (1292, 444, 1366, 495))]
    for k, name in enumerate(names):
        y = 505 + 60 * k
        rows += [(str(k + 1), (289, y, 319, y + 45)), (name, (400, y, 490, y + 48)), ("重庆大学", (546, y, 700, y + 45)),
                 ("教授", (1244, y, 1415, y + 45))]
    return rows


def test_an_annex_the_opinion_sends_the_reader_to_is_its_page():
    """项目组成员名单见附件2 | next page 附件2 项目组成员表 (probe AY YP10): one document, the member
    table on its second page; an annex page no sentence sent to stays a piece of its own."""
    from zhicheng.binder import pieces

    def result(sentence: str):
        rows = lambda *texts: [Line(t, (200, 300 + 70 * k, 1500, 345 + 70 * k), 0.99) for k, t in enumerate(texts)]
        table = [Line("附件2", (178, 192, 283, 243), 0.99), Line("项目组成员表", (304, 195, 521, 240), 0.99),
                 Line("序号", (191, 261, 265, 312), 0.99), Line("姓名", (324, 262, 396, 313), 0.99),
                 Line("工作单位", (449, 265, 567, 310), 0.99), Line("分工", (1297, 263, 1367, 310), 0.99)]
        for k, (name, unit, duty) in enumerate((("毛怀瑾", "重庆大学", "总体方案与技术路线"),
                                                ("严军", "重庆巴渝精工机械股份有限公司", "控制算法设计"),
                                                ("程一鸣", "重庆市智能制造研究院", "嵌入式软件开发"))):
            y = 331 + 70 * k
            table += [Line(str(k + 1), (216, y, 245, y + 45), 0.99), Line(name, (316, y, 407, y + 48), 0.99),
                      Line(unit, (449, y, 817, y + 45), 0.99), Line(duty, (1300, y, 1540, y + 45), 0.99)]
        return ReadResult("t.pdf", "0" * 64, page_count=2, pages=[
            Page(1, 1700, 2400, "ocr", [Line("项目验收意见", (700, 150, 1000, 210), 0.99)] + rows(
                "项目名称：工业机器人视觉引导装配系统研制", "项目负责人：毛怀瑾", "验收日期：2023年6月15日", sentence,
                "验收结论：项目完成了合同规定的各项任务，专家组一致同意通过验收。")),
            Page(2, 2383, 1716, "ocr", table)])

    joined = pieces(result("项目组成员名单见附件2。"))
    assert [(p.first, p.last) for p in joined] == [(1, 2)]
    apart = pieces(result("项目组成员共13人。"))
    assert [(p.first, p.last) for p in apart] == [(1, 1), (2, 2)]


def test_an_enterprise_standards_sign_off_row_names_its_drafters():
    """编制 | 苏红梅、欧阳蕾、欧阳宏伟、杨彬 | 审核 | 丁蕾 | 批准 | 朱琳 under an enterprise standard's
    cover (probe AY YS04), or typed on one line: those after 编制 drafted it."""
    cover = [("重庆锐擎智能装备有限公司企业标准", (306, 284, 882, 346)), ("Q/CQRQ 0205-2024", (1122, 392, 1416, 443)),
             ("协作机器人关节模组", (624, 710, 1096, 792)), ("出厂检验规范", (700, 795, 1022, 873)),
             ("2024年3月1日发布", (311, 1461, 572, 1510)), ("2024年3月15日实施", (1066, 1436, 1403, 1477)),
             ("重庆锐擎智能装备有限公司 发布", (614, 1549, 1108, 1602))]
    boxed = _doc(*cover, ("审核", (900, 1698, 961, 1736)), ("丁蕾", (1051, 1693, 1109, 1731)),
                 ("批准", (1197, 1688, 1257, 1727)), ("朱琳", (1308, 1685, 1370, 1723)), ("编制", (340, 1715, 403, 1754)),
                 ("苏红梅、欧阳蕾、欧阳宏伟、杨彬", (427, 1703, 799, 1751)))
    kind, values = _typed(boxed)
    assert kind == "standard" and values["drafters"] == ["苏红梅", "欧阳蕾", "欧阳宏伟", "杨彬"]
    typed = _doc(*cover, ("编制 苏红梅、欧阳蕾 审核 丁蕾 批准 朱琳", (340, 1700, 1400, 1750)), source="text_layer")
    assert _typed(typed)[1]["drafters"] == ["苏红梅", "欧阳蕾"]


def test_a_standards_date_read_only_as_its_day_asks_for_its_line_again():
    """15日实施, its year and month lost at a seal's edge (probe AY YS04): no date is made up,
    the line and the room left of it are asked to be read again."""
    from extractor.doctypes.standard import extract_standard

    text = _doc(("重庆锐擎智能装备有限公司企业标准", (306, 284, 882, 346)), ("Q/CQRQ 0205-2024", (1122, 392, 1416, 443)),
                ("2024年3月1日发布", (311, 1461, 572, 1510)), ("15日实施", (1266, 1436, 1403, 1477)))
    f = extract_standard(text)
    assert "implementation_date" not in f.values and f.values["publish_date"] == "2024-03-01"
    (field, page, (x0, y0, x1, y1)), = f.look_again
    assert field == "implementation_date" and page == 1 and x0 < 1266 - 250 and x1 >= 1403 and y0 < 1436 < 1477 < y1


def test_a_region_is_read_framed_in_its_own_paper():
    """A region read again is framed in its paper's colour: RapidOCR's detector found no line
    in a date line's strip cut tight (probe AY YS04), and finds it framed."""
    from PIL import Image

    from extractor.ocr.run import _bordered

    framed = _bordered(Image.new("RGB", (300, 40), (230, 228, 220)), 40)
    assert framed.size == (380, 120) and framed.getpixel((2, 2)) == (230, 228, 220)
    assert _bordered(Image.new("L", (30, 10), 200), 5).getpixel((0, 0)) == 200


# --------------------------------------------------------------------------- verdicts (probe BG)

def _senior(*achievements):
    from rules.case import Applicant, Case
    from rules.dates import PartialDate
    from rules.vocabulary import Education, Title

    applicant = Applicant(education=Education.BACHELOR, current_title=Title.ENGINEER, target_title=Title.SENIOR_ENGINEER,
                          name="张三", current_title_date=PartialDate.parse("2019-06-30"),
                          shown=frozenset({"education", "current_title", "current_title_date"}))
    return Case(applicant=applicant, as_of=PartialDate.parse("2025-12-31"), achievements=list(achievements),
                documents_required=True)


def test_a_claimed_part_the_counted_alternative_never_reads_stops_nothing():
    """A 副主编's book claimed as 参与 (probe BG 10a), a standard's 7th drafter claimed as 参与 (14a):
    第十三条（二）6 counts a book of any author's place, 第十一条（二）4 an industry standard of any
    drafter's; the role only the claim states is read by the other alternative (the paper's
    第一作者, the enterprise standard's 前5), so it keeps nothing from being met."""
    from rules.case import Achievement
    from rules.dates import PartialDate
    from rules.evaluator import evaluate
    from rules.vocabulary import Kind, StandardLevel

    book = Achievement(kind=Kind.BOOK, book_kind="monograph", rank=2, isbn="9787111723455", date=PartialDate.parse("2023-05"),
                       role="participant", declared=("role", "book_kind"))
    assert evaluate(_senior(book)).condition("13.2.6").met
    standard = Achievement(kind=Kind.STANDARD, level=StandardLevel.INDUSTRY, rank=7, implemented=True,
                           date=PartialDate.parse("2023-04-21"), role="participant", declared=("role",))
    case = _senior(standard)
    case.applicant.target_title = case.applicant.target_title.__class__("engineer")
    case.applicant.current_title = case.applicant.current_title.__class__("assistant_engineer")
    assert evaluate(case).condition("11.2.4").met
    # …while a fact the counted alternative reads, claimed only, still stops it
    ranked = Achievement(kind=Kind.STANDARD, level=StandardLevel.ENTERPRISE, rank=3, implemented=True,
                         date=PartialDate.parse("2023-04-21"), declared=("rank",))
    case = _senior(ranked)
    case.applicant.target_title = case.applicant.target_title.__class__("engineer")
    case.applicant.current_title = case.applicant.current_title.__class__("assistant_engineer")
    condition = evaluate(case).condition("11.2.4")
    assert not condition.met and condition.basis == "declared"


def test_a_revenue_proof_says_who_led_it_in_its_sentence():
    """我公司张伟同志作为项目负责人主持开发推广的… (probe BG 27b): he led it (第十五条（二）3 主持)."""
    from tests.typed_certificates import Title

    doc = _read(Title("新增销售收入证明"),
                "兹证明，我公司张伟同志作为项目负责人主持开发推广的“工业数据采集网关”产品，2020年1月至2023年12月累计实现新增销售收入人民币5,600万元。",
                "特此证明。", "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert doc.doc_type == "revenue_proof" and doc.fields["leader"] == "张伟" and doc.fields["applicant_rank"] == 1
    assert not any(i["code"] == "revenue_not_realised" for i in doc.issues)


def test_a_proof_signed_before_the_months_it_counts_end():
    """Signed 2024年3月10日 for sales 至2024年12月 (probe BG 27b as built): months still to come; the
    sum is not counted and a person looks."""
    from tests.typed_certificates import Title

    doc = _read(Title("新增销售收入证明"),
                "兹证明，我公司张伟同志参与开发推广的“工业数据采集网关”产品，2020年1月至2024年12月累计实现新增销售收入人民币5,600万元。",
                "特此证明。", "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert doc.fields["realised"] is False
    assert any(i["code"] == "revenue_not_realised" and "2024年12月" in i["message"] for i in doc.issues)


def test_income_net_of_tax_by_its_label_and_a_gross_sum_restated_net():
    """销售收入（不含 | 税）人民币10,800,000.00元，另收取增值税… (probe BG 24b): the net sum is the
    income; 销售额（含增值税）…，其中不含税销售收入… (24a): the net one, not the gross."""
    from tests.typed_certificates import Title

    head = [Title("新增销售收入证明"), "兹证明，我公司张伟同志参与开发推广的“工业数据采集网关”产品，2022年1月至2023年12月累计实现新增销售收入（不含"]
    doc = _read(*head[:1], head[1], "税）人民币10,800,000.00元，另收取增值税销项税额人民币1,404,000.00元。",
                "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert doc.fields["amount_wan"] == 1080
    doc = _read(head[0], "兹证明，我公司张伟同志参与开发推广的产品，2022年1月至2023年12月累计实现新增销售额（含增值",
                "税）人民币10,800,000.00元，其中不含税销售收入人民币9,557,522.12元。",
                "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert abs(doc.fields["amount_wan"] - 955.752212) < 1e-6
    contract = _read(Title("技术服务合同"), "甲方：重庆华岳汽车零部件有限公司", "乙方：重庆两江智造科技有限公司",
                     "合同金额（不含税）：人民币90万元，含税合同总金额：人民币101.7万元。", "签订日期：2023年5月6日")
    assert contract.fields["amount_wan"] == 101.7


def test_a_customers_acceptance_of_a_line_installed_backs_an_application():
    """智能制造生产线安装调试验收单 (probe BG 23a): a line brought in, installed and accepted is
    第十一条（二）2's 生产线引进、安装 work; a research project's acceptance is no 投入生产或应用."""
    from extractor.doctypes.project_acceptance import _backs, category_of
    from rules.vocabulary import Kind

    assert category_of("铝合金轮毂智能制造生产线（二期）引进、安装与调试")[0] == "implementation"
    assert _backs(Kind.APPLICATION, {"passed": True, "category": "implementation"}) is None
    assert "研发类" in _backs(Kind.APPLICATION, {"passed": True, "category": "rnd"})
    assert "未显示通过" in _backs(Kind.APPLICATION, {"passed": False, "category": "implementation"})
    assert _backs(Kind.APPLICATION, {"passed": True, "benefit": True, "in_use": True}) is None
    # (a social benefit alone, 培养骨干20名, puts nothing in production: seventeenth session)
    assert _backs(Kind.APPLICATION, {"passed": True, "benefit": True}) is not None
    assert _backs(Kind.PROJECT, {"passed": False}) is None


def test_a_books_class_number_shows_its_field():
    """中华传统药膳养生指南, CIP Ⅳ.①R247.1 (probe BG 12a): a book of medicine's class, held back
    for a person (第十六条（七）); an engineering book's TP class says nothing against it."""
    from tests.typed_certificates import Title

    doc = _read(Title("图书在版编目（CIP）数据"), "常见慢性病的调理/张伟著. —北京：机械工业出版社，2023.5",
                "ISBN 978-7-111-72345-5", "Ⅰ.①常… Ⅱ.①张… Ⅲ.①慢性病-调理 Ⅳ.①R247.1",
                "中国版本图书馆CIP数据核字（2023）第067890号")
    assert doc.doc_type == "book" and doc.fields["classification"] == "R247.1"
    from rules.relevance import off_field

    assert off_field(doc.fields["title"], classification=doc.fields["classification"]).startswith("医药")
    assert off_field("中华传统药膳养生指南") == "药膳"


def test_a_books_page_of_who_wrote_which_chapters():
    """编写说明: 第1—5章由张伟撰写（约12万字） (probe BG 11a, a scan beside the CIP page): a page of
    the book, his words shown, his place among the authors left to the CIP page."""
    from tests.typed_certificates import Title

    doc = _read(Title("《工业互联网平台建设与应用实践》"), Title("编写说明"), "本书编写分工如下：",
                "第1—5章由张伟撰写（约12万字）；", "第6—12章由李强撰写（约20万字）；", "全书由第一作者统稿。",
                "张伟 李强（签字）", "2023年4月")
    assert doc.doc_type == "book" and doc.fields["shares"] == {"张伟": 12.0, "李强": 20.0}
    assert doc.fields["applicant_words_wan"] == 12.0 and doc.fields.get("applicant_rank") is None
    assert not any(i["code"] == "name_not_found" for i in doc.issues)


# --------------------------------------------------------------------------- probe BF's layouts

def test_a_writing_groups_members_in_a_grid_of_three_with_a_dotted_name():
    """编写组 | 组长：蔡小龙 | 成员（…）： over a borderless 3-per-row grid (probe BF BT03): the
    heading heads the labelled lines, not the middle column; the grid reads row by row, a
    transliterated name (阿依古丽·买买提) a cell of it."""
    from extractor.doctypes.technical_report import extract_report

    rows = [("成渝地区工业互联网发展白皮书(2024年)", (508, 429, 1250, 486)), ("编写组", (802, 521, 991, 572)),
            ("组 长:蔡小龙", (363, 600, 578, 639)), ("成 员:", (364, 656, 536, 700))]
    grid = [["孙晨", "雷德胜", "阿依古丽·买买提"], ["汪敏", "冯昌盛", "澹台艳"], ["蒋怀瑾", "皇甫晓东", "格桑旺堆"]]
    for k, names in enumerate(grid):
        y = 711 + 57 * k
        rows += [(n, (x, y, x + 40 * len(n), y + 45)) for n, x in zip(names, (392, 723, 1051))]
    rows += [("审 核:黎天佑", (362, 944, 579, 990)), ("2024年3月", (822, 1049, 958, 1091))]
    f = extract_report(_doc(*rows))
    assert f.values["authors"] == ["蔡小龙", "孙晨", "雷德胜", "阿依古丽·买买提", "汪敏", "冯昌盛", "澹台艳", "蒋怀瑾",
                                   "皇甫晓东", "格桑旺堆"]


def test_a_writers_table_ends_where_the_sign_off_rows_begin():
    """报告编写人员 序号 | 姓名 | 单位 | 职称 | 签名, then 审核 | 许清源 and 批准 | 邹宏伟 in the 姓名
    column's reach (probe BF BT06): who checked and approved it wrote none of it."""
    from extractor.layout import name_column

    rows = [("报告编写人员", (754, 350, 997, 399)), ("序号", (298, 429, 371, 481)), ("姓名", (480, 432, 549, 478)),
            ("单位", (648, 433, 715, 476)), ("职称", (1155, 432, 1225, 478))]
    for k, name in enumerate(("陈晓东", "黎峰", "努尔兰·别克")):
        y = 500 + 67 * k
        rows += [(str(k + 1), (324, y, 348, y + 40)), (name, (470, y, 470 + 35 * len(name), y + 44)),
                 ("重庆邮电大学", (648, y, 824, y + 42)), ("教授", (1156, y, 1225, y + 45))]
    rows += [("审核", (290, 705, 360, 751)), ("许清源", (392, 704, 489, 750)), ("批准", (287, 773, 359, 818)),
             ("邹宏伟", (395, 775, 489, 817))]
    text = _doc(*rows)
    assert name_column(text, next(l for l in text.lines if l.compact == "姓名")) == ["陈晓东", "黎峰", "努尔兰·别克"]


def test_a_reinspections_opinion_is_passed_on_its_own_day():
    """项目复验意见: 首次验收…验收未通过, then 2024年5月30日…进行了复验。经复验，同意该项目通过验收
    (probe BF BP06): passed, on the re-inspection's day; a failure told after it still fails."""
    from extractor.doctypes.project_acceptance import extract_acceptance

    def opinion(last: str):
        return _doc(("项目复验意见", (571, 231, 824, 275)), ("项目名称:数控机床远程运维服务平台", (207, 312, 633, 341)),
                    ("项目负责人:谢书瑶", (207, 359, 434, 387)),
                    ("该项目于2023年9月12日首次验收,因平台并发性能未达指标,验收未通过。项目组", (258, 519, 1178, 548)),
                    ("按专家意见完成整改,并提交了第三方性能测试报告。", (207, 568, 796, 596)),
                    (last, (257, 615, 1140, 644)), ("二〇二四年五月三十日", (940, 747, 1185, 772)))

    f = extract_acceptance(opinion("2024年5月30日,专家组对整改情况进行了复验。经复验,同意该项目通过验收。"))
    assert f.values["passed"] is True and f.values["acceptance_date"] == "2024-05-30"
    f = extract_acceptance(opinion("2024年5月30日,专家组对整改情况进行了复验。经复验,仍不同意该项目通过验收。"))
    assert f.values.get("passed") is not True


def test_the_day_a_copy_stamps_checker_signed_is_not_the_papers():
    """复印件与原件一致 | 核对人：<scrawl> 2024.2.1 under a 回款证明 signed 2024年1月8日 (probe BF BR03)."""
    text = _doc(("回款证明", (700, 200, 950, 260)), ("上述回款均已到账,与银行流水一致,特此证明。", (295, 1033, 916, 1069)),
                ("财务部(盖章)", (1225, 1075, 1432, 1128)), ("2024年1月8日", (1254, 1133, 1447, 1184)),
                ("复印件与原件一致", (335, 1258, 566, 1295)), ("核对人:小", (278, 1304, 448, 1355)),
                ("2024.2.1", (527, 1317, 617, 1351)))
    assert [l.compact for l in text.lines][-2:] == ["财务部(盖章)", "2024年1月8日"]


def test_a_service_contracts_sides_and_a_customers_sales_confirmation():
    """委托单位 / 承接单位 (probe BF BR04) name a 技术服务合同's two sides; 销售业务确认函 (BR05) is a
    customer's confirmation of what it bought."""
    from tests.typed_certificates import Title

    doc = _read(Title("技术服务合同"), "委托单位：重庆宗申动力机械股份有限公司", "承接单位：重庆两江工业互联网研究院",
                "第二条 合同金额：本合同总金额为含税价人民币358.40万元。", "签订日期：2023年6月20日")
    assert doc.fields["parties"] == ["重庆宗申动力机械股份有限公司", "重庆两江工业互联网研究院"]
    doc = _read(Title("销售业务确认函"), "致：重庆川仪自动化股份有限公司",
                "经核对，2023年度我公司向贵公司累计采购智能压力变送器，采购金额合计人民币2,763,450.00元。",
                "确认单位（盖章）：四川宜宾普什智能科技有限公司", "日期：2024年1月18日")
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 276.345


# --------------------------------------------------------------------------- probe BH's reports

def _report(*rows):
    from extractor.doctypes.technical_report import extract_report

    return extract_report(_doc(*rows, width=595, height=842, source="text_layer")).values


def test_a_reports_title_on_two_lines_set_in_wide_leading():
    """汽车覆盖件冲压车间 | (a line's gap) | 数字化改造项目技术总结报告 (probe BH BT02), and a title's
    tail likewise apart (BT06): one title; a company's name over it stays apart."""
    values = _report(("汽车覆盖件冲压车间", (199, 138, 395, 159)), ("数字化改造项目技术总结报告", (155, 213, 439, 234)),
                     ("编写：东方莉", (158, 287, 300, 299)), ("2023年11月", (260, 541, 334, 555)))
    assert values["title"] == "汽车覆盖件冲压车间数字化改造项目技术总结报告"
    values = _report(("重庆市中小制造企业数字化转型", (159, 110, 437, 130)), ("路径与对策研究报告", (208, 163, 386, 183)),
                     ("编写：陈晓东", (158, 287, 300, 299)), ("2024年2月", (265, 550, 329, 563)))
    assert values["title"] == "重庆市中小制造企业数字化转型路径与对策研究报告"
    values = _report(("重庆山城汽车零部件制造有限公司", (159, 110, 437, 130)), ("数字化改造项目技术总结报告", (155, 163, 439, 183)),
                     ("编写：东方莉", (158, 287, 300, 299)))
    assert values["title"] == "数字化改造项目技术总结报告"


def test_a_document_control_rows_writers_and_a_merged_members_cell():
    """编写人 郑睿/上官晓峰/司马伟 编写日期 2024-06-12 (probe BH BT12): the names up to the date's
    caption; 成 员 | 司马静 | 单位 then rows with no role of their own under it (BT06): the
    merged cell's people, all of them."""
    values = _report(("文件编号   RQ/JS-BG-2024-06   版本/修改   A/0", (87, 63, 462, 74)),
                     ("编写人   郑睿/上官晓峰/司马伟   编写日期   2024-06-12", (92, 86, 480, 97)),
                     ("审核人   邓少卿   批准人   廖瑶", (92, 108, 464, 119)),
                     ("伺服压力机远程运维平台研制工作报告", (145, 162, 450, 179)))
    assert values["authors"] == ["郑睿", "上官晓峰", "司马伟"]
    values = _report(("重庆市中小制造企业数字化转型路径与对策研究报告", (100, 110, 497, 130)), ("编 写 组", (260, 219, 335, 233)),
                     ("职务   姓名   工作单位", (139, 252, 324, 264)), ("组 长   陈晓东   重庆工业互联网创新研究院", (133, 279, 420, 290)),
                     ("副组长   黎峰   重庆大学", (133, 306, 324, 317)), ("成 员   司马静   重庆工业互联网创新研究院", (133, 332, 420, 344)),
                     ("邹海波   重庆邮电大学", (212, 359, 348, 371)), ("何军   重庆华岩软件技术有限公司", (218, 386, 420, 398)),
                     ("重庆工业互联网创新研究院", (214, 525, 381, 538)), ("2024年2月", (265, 550, 329, 563)))
    assert values["authors"] == ["陈晓东", "黎峰", "司马静", "邹海波", "何军"]


def test_a_reports_two_numbered_member_tables_side_by_side():
    """课题组成员 over 序号 | 姓名 | 职称 twice, 1–3 left and 4–6 right (probe BH BT07): all six, in
    their numbers' order."""
    from extractor.doctypes.technical_report import extract_report

    rows = [("课题研究报告", (601, 295, 883, 349)), ("课题名称:基于5G的柔性产线设备互联关键技术研究", (297, 403, 973, 438)),
            ("课题组成员", (665, 678, 818, 715)), ("序号", (261, 735, 323, 777)), ("姓名", (378, 738, 435, 773)),
            ("职称", (554, 737, 614, 775)), ("序号", (688, 737, 749, 775)), ("姓名", (804, 738, 860, 773)),
            ("职称", (979, 737, 1038, 775))]
    people = [("程诗涵", "郭志刚"), ("钟雪松", "郭霞"), ("孙翔", "夏侯涛")]
    for k, (left, right) in enumerate(people):
        y = 794 + 53 * k
        rows += [(str(k + 1), (282, y, 306, y + 31)), (left, (366, y, 366 + 27 * len(left), y + 35)), ("教授", (556, y, 613, y + 35)),
                 (str(k + 4), (707, y, 731, y + 31)), (right, (792, y, 792 + 27 * len(right), y + 35)), ("工程师", (960, y, 1050, y + 35))]
    rows += [("二〇二三年九月", (475, 1200, 666, 1234))]
    f = extract_report(_doc(*rows, width=1486, height=1929))
    assert f.values["authors"] == ["程诗涵", "钟雪松", "孙翔", "郭志刚", "郭霞", "夏侯涛"]


def test_a_books_board_wrapping_under_its_value_and_an_awards_achievement_label():
    """编 委: 龚春燕 黎亚楠 | 令狐帆 史怀瑾 under its value (probe BH BK05): the board, row by row;
    获奖成果 (BA08) labels the prize's project."""
    from extractor.doctypes.book import extract_book

    text = _doc(("《工业机器人应用技术》编委会", (194, 101, 409, 117)), ("主 编:   张成林", (128, 141, 240, 153)),
                ("副主编:   曹伟 南宫丽华", (128, 170, 292, 182)), ("编 委:   龚春燕   黎亚楠", (128, 198, 353, 211)),
                ("令狐帆   史怀瑾", (202, 227, 353, 239)), ("图书在版编目(CIP)数据", (72, 322, 210, 333)),
                ("工业机器人应用技术 / 张成林主编.   —北京:化学工业出版社,2022.9", (92, 344, 411, 355)),
                ("ISBN 978-7-122-45678-6", (92, 363, 209, 371)), width=595, height=842, source="text_layer")
    assert extract_book(text).values["authors"] == ["张成林", "曹伟", "南宫丽华", "龚春燕", "黎亚楠", "令狐帆", "史怀瑾"]
    from tests.typed_certificates import Title

    doc = _read(Title("科技进步奖证书"), "获奖成果：基于边缘计算的空压站群控节能系统", "获奖个人：潘刚", "奖励等级：优秀奖",
                "特发此证，以资鼓励。", "重庆南岸智慧能源服务有限公司", "2024-01-18", name="潘刚")
    assert doc.fields["project_title"] == "基于边缘计算的空压站群控节能系统"


def test_a_papers_footnote_publication_day_its_whole_journal_name_and_a_magazine_byline():
    """收稿日期：… 出版日期：2023-11-01 in a first page's footnote under a header of the year
    alone (probe BH BJ13); 制造技术与机床 over its ISSN (BJ14), not 制造技术; 文/邹永红 顾家豪 (BJ04)."""
    from extractor.doctypes.journal_paper import _JOURNAL, extract_paper

    text = _doc(("计算机工程与应用   Computer Engineering and Applications 2023, 59(21)", (57, 33, 538, 45)),
                ("融合注意力机制的工业设备剩余寿命预测", (154, 78, 441, 93)), ("钱雪松1,皇甫晓峰1,欧阳洋2,姜娜1", (201, 107, 394, 120)),
                ("1.重庆理工大学 计算机科学与工程学院,重庆 400054", (112, 132, 484, 141)),
                ("摘 要:针对工业设备中存在的实时性差等问题,提出一种方法。", (68, 150, 527, 160)),
                ("收稿日期:2022-11-18 修回日期:2023-02-21 出版日期:2023-11-01", (57, 748, 295, 755)),
                width=595, height=842, source="text_layer")
    assert extract_paper(text).values["date"] == "2023-11"
    assert _JOURNAL.search("制造技术与机床").group(1) == "制造技术与机床"
    assert _JOURNAL.search("基于数字孪生的制造技术研究进展") is None  # (a title's words, no name ending so)
    text = _doc(("ISSN 1671-3133", (311, 224, 464, 251)), ("现代制造工程 2023年第11期", (1065, 222, 1379, 251)),
                ("CN 11-4659/TH", (313, 255, 461, 282)), ("离散制造企业MES与ERP集成中的数据一致性问题研究", (355, 392, 1337, 440)),
                ("文/邹永红 顾家豪 欧阳晓燕", (665, 475, 1030, 513)), ("摘 要:针对离散制造企业中存在的问题,提出一种方法。", (338, 531, 1327, 560)),
                width=1697, height=2246)
    assert extract_paper(text).values["authors"] == ["邹永红", "顾家豪", "欧阳晓燕"]


# --------------------------------------------------------------------------- probe BI's attacks

def test_a_gross_sum_is_restated_net_only_by_a_restatement():
    """销售收入（含税）1,800万元，占公司同期不含税营业收入总额12,000万元 (probe BI R01) and a net unit
    price (R02): no restatement of the sum, the gross one stands."""
    from tests.typed_certificates import Title

    doc = _read(Title("新增销售收入证明"), "兹证明，我公司张伟同志参与开发推广的产品，2022年1月至2023年12月累计实现新增销售收入（含税）人民币1,800万元，"
                "占公司同期不含税营业收入总额12,000万元的15%。", "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert doc.fields["amount_wan"] == 1800
    doc = _read(Title("新增销售收入证明"), "兹证明，我公司张伟同志参与开发推广的产品，2022年1月至2023年12月累计实现新增销售收入（含税）人民币1,130万元，"
                "产品不含税单价为每台2.5万元。", "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert doc.fields["amount_wan"] == 1130


def test_the_teams_roles_end_where_other_parties_begin_and_a_sign_in_sheet_is_no_team():
    """项目负责人 / 技术负责人 / 主要参加人 then 监理人员：… (probe BI P03) or 用户方负责人：… (P04): not the
    team; role lines with a space for a colon (P06) are; a table under 验收会议签到表 (P13) whose
    first row is the leader is everyone who came, not the team."""
    from extractor.doctypes.project_acceptance import _member_table, _role_lines
    from extractor.doctypes.base import Fields

    head = [("项目主要研究人员:", (238, 488, 519, 524)), ("项目负责人:罗宇航", (272, 542, 569, 576)),
            ("技术负责人:雷明", (272, 595, 538, 631)), ("主要参加人:夏侯诗涵、蔡磊", (272, 648, 800, 686))]
    for other in ("监理人员:王刚、赵丽", "用户方负责人:陈刚", "第三方测试人员:孙敏、周立"):
        text = _doc(*head, (other, (272, 701, 700, 739)))
        assert _role_lines(text, text.lines[0]) == ["罗宇航", "雷明", "夏侯诗涵", "蔡磊"]
    spaced = _doc(("项目主要研究人员:", (238, 488, 519, 524)), ("项目负责人  罗宇航", (272, 542, 569, 576)),
                  ("技术负责人  雷明", (272, 595, 538, 631)))
    assert _role_lines(spaced, spaced.lines[0]) == ["罗宇航", "雷明"]
    f = Fields()
    f.set("leader", "唐峰")
    assert _member_table(_doc(*_people_table("唐峰", "周建国", "陈国华", heading="验收会议签到表")), f) is None


def test_a_reinspection_set_as_a_condition_or_still_to_come_passes_nothing():
    """首次验收未通过 … 经复验，同意通过验收的项目方可申请后补助 … 正在整改 (probe BI Q01)."""
    from extractor.doctypes.project_acceptance import extract_acceptance

    f = extract_acceptance(_doc(("项目验收意见", (571, 231, 824, 275)), ("项目名称:数控机床远程运维服务平台", (207, 312, 633, 341)),
                                ("该项目于2023年9月12日验收,因平台并发性能未达指标,验收未通过。", (258, 519, 1178, 548)),
                                ("按管理办法,经复验,同意通过验收的项目方可申请后补助资金。", (207, 568, 1096, 596)),
                                ("项目组正在按专家意见整改。", (257, 615, 840, 644)), ("2023年9月12日", (940, 747, 1185, 772))))
    assert f.values.get("passed") is not True


def test_a_copy_stamp_over_the_papers_own_date_keeps_it():
    """复印件与原件一致 pressed just above the acceptance's own date (probe BI C01): the date is the
    paper's; a day beside the stamp's 核对人 line is the stamp's."""
    text = _doc(("项目验收意见", (700, 200, 950, 260)), ("验收结论:同意通过验收。", (295, 1033, 916, 1069)),
                ("复印件与原件一致", (1200, 1080, 1431, 1117)), ("2023年6月15日", (1254, 1133, 1447, 1184)))
    assert [l.compact for l in text.lines][-1] == "2023年6月15日"


def test_a_proof_led_by_a_team_names_no_leader_and_one_led_by_a_person_in_brackets_does():
    """…产品由项目组牵头研发 (probe BI R09): no leader; 我公司张伟（项目负责人）主持开发推广的… (R08): 张伟."""
    from tests.typed_certificates import Title

    doc = _read(Title("新增销售收入证明"), "兹证明，“工业数据采集网关”产品由项目组牵头研发，我公司张伟同志参与开发推广，"
                "2022年1月至2023年12月累计实现新增销售收入人民币2,600万元。", "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert doc.fields.get("leader") is None and doc.fields.get("applicant_rank") != 1
    doc = _read(Title("新增销售收入证明"), "兹证明，我公司张伟（项目负责人）主持开发推广的“工业数据采集网关”产品，"
                "2022年1月至2023年12月累计实现新增销售收入人民币2,600万元。", "重庆两江智造科技有限公司财务部（盖章）", "2024年3月10日")
    assert doc.fields["leader"] == "张伟"


def test_a_unit_or_programme_over_a_reports_title_is_no_part_of_it():
    """重庆两江新区管理委员会 / …专项资助成果 / …公司智能制造事业部 over …研究报告 (probe BI T02–T04)."""
    for over in ("重庆两江智造科技有限公司智能制造事业部", "重庆两江新区管理委员会", "重庆市技术创新与应用发展专项资助成果"):
        values = _report((over, (92, 171, 508, 193)), ("离散车间设备互联技术研究报告", (147, 221, 454, 244)),
                         ("编写人员:张伟、李强、王芳", (210, 327, 391, 341)), ("二〇二三年十二月", (245, 380, 353, 393)))
        assert values["title"] == "离散车间设备互联技术研究报告", over


def test_sign_off_lines_with_colons_a_completion_time_and_a_role_merged_below_the_members():
    """编制：苏红梅、欧阳蕾 审核：丁蕾 批准：朱琳 and 编  制 … 审  核 (probe BI S03, S02); 编写人 A/B/C 完成时间 …
    (T07); a 审核 cell merged over the rows under the members, its caption between them (T09)."""
    from extractor.doctypes.standard import _signed_off

    for row in ("编制：苏红梅、欧阳蕾 审核：丁蕾 批准：朱琳", "编  制  苏红梅、欧阳蕾  审  核  丁蕾  批  准  朱琳"):
        text = _doc((row, (340, 1700, 1400, 1750)), source="text_layer")
        assert _signed_off(text)[0] == ["苏红梅", "欧阳蕾"], row
    values = _report(("伺服压力机远程运维平台研制工作报告", (145, 162, 450, 179)),
                     ("编写人   郑睿/上官晓峰/张伟    完成时间   2024-06-12", (92, 186, 480, 197)))
    assert values["authors"] == ["郑睿", "上官晓峰", "张伟"]
    values = _report(("MES系统与PLC设备互联互通技术报告", (112, 157, 443, 177)), ("编写组:", (65, 362, 108, 373)),
                     ("组长   张伟   重庆两江智造科技有限公司", (74, 382, 380, 394)), ("成员   李强   重庆大学", (74, 403, 289, 414)),
                     ("王芳   重庆邮电大学", (145, 423, 312, 434)), ("赵晓东   重庆两江智造科技有限公司", (145, 443, 380, 454)),
                     ("钱文博   重庆两江智造科技有限公司", (145, 463, 380, 474)), ("二〇二三年十二月", (245, 512, 353, 525)),
                     ("审核", (74, 453, 96, 465)))
    assert values["authors"] == ["张伟", "李强", "王芳"]


def test_a_standards_days_over_their_words():
    """2023-12-20 | 发布 and 2024-07-01 | 实施, each word on the line under its day (probe BF BS04)."""
    from extractor.doctypes.standard import extract_standard

    text = _doc(("中华人民共和国机械行业标准", (130, 147, 460, 166)), ("JB/T 13998—2023", (431, 188, 538, 201)),
                ("数控机床 远程运维系统", (177, 298, 418, 320)), ("2023-12-20", (110, 694, 173, 703)), ("发布", (130, 712, 153, 724)),
                ("2024-07-01", (422, 694, 485, 703)), ("实施", (442, 712, 466, 724)),
                ("中华人民共和国工业和信息化部 发布", (171, 752, 424, 767)), width=595, height=842, source="text_layer")
    values = extract_standard(text).values
    assert values["publish_date"] == "2023-12-20" and values["implementation_date"] == "2024-07-01"


def test_a_closing_review_refused_with_its_members_and_their_tasks():
    """课题结题审查意见 … 课题组主要成员及分工： | 徐岚——数字孪生模型构建 | … 结题结论：不同意结题 (probe BF
    BP13, a fax): an acceptance that failed, its members each before his task."""
    kind, values = _typed(_doc(("课题结题审查意见", (698, 299, 1123, 356)), ("课题名称:基于数字孪生的注塑模具寿命预测", (271, 402, 936, 443)),
                               ("课题负责人:韩洋", (272, 467, 540, 504)), ("课题组主要成员及分工:", (273, 531, 616, 567)),
                               ("徐岚— 数字孪生模型构建", (364, 592, 753, 628)), ("万永红— 寿命预测算法", (365, 651, 721, 687)),
                               ("诸葛博文——实验数据采集", (366, 709, 752, 746)), ("谢启明——软件开发", (366, 767, 655, 804)),
                               ("吐尔洪·阿西木——文档编制", (366, 826, 763, 862)),
                               ("审查意见:课题研究报告与任务书考核指标不一致。", (338, 908, 1524, 948)),
                               ("结题结论:不同意结题", (272, 1040, 632, 1077)), ("审查日期:2023年7月14日", (272, 1110, 659, 1146))))
    assert kind == "project_acceptance" and values["passed"] is False and values["acceptance_date"] == "2023-07-14"
    assert values["members"] == ["徐岚", "万永红", "诸葛博文", "谢启明", "吐尔洪·阿西木"]


def test_a_numbered_team_each_with_a_role_in_brackets_under_a_label_with_a_note():
    """课题组主要人员（以贡献大小为序）： | 1. 叶敏 (课题负责人) | 2. 依力哈木·沙比尔(理论建模) | … (probe BF BP02)."""
    rows = [("课题结题证明", (592, 326, 894, 380)),
            ("重庆邮电大学承担的重庆市自然科学基金面上项目“多源异构设备数据语义互操作方法研究”已按计划完成，准予结题。", (284, 465, 1184, 495)),
            ("课题组主要人员(以贡献大小为序):", (287, 641, 732, 674))]
    for k, entry in enumerate(("叶敏 (课题负责人)", "依力哈木·沙比尔(理论建模)", "蔡毅 (算法实现)", "万俟梓萱(实验验证)")):
        rows.append((f"{k + 1}. {entry}", (355, 693 + 46 * k, 700, 726 + 46 * k)))
    kind, values = _typed(_doc(*rows, ("二〇二三年十二月", (998, 1208, 1200, 1253))))
    assert kind == "project_acceptance" and values["members"] == ["叶敏", "依力哈木·沙比尔", "蔡毅", "万俟梓萱"]
    assert values["leader"] == "叶敏"


def test_a_letters_recommender_in_a_biography_and_in_an_unlabelled_closing():
    """推荐人简介：石春燕，男，1968年生，正高级工程师，… after the date, the candidate with his ID in
    brackets before 同志 (probe BF BL09); 钟离霞 教授级高工 typed over the day under a scrawl (BL08)."""
    from tests.typed_certificates import Title

    doc = _read(Title("推荐意见"), "上官瑶（身份证号：500103********2417）同志在工业软件领域具有深厚积累，本人同意推荐其申报正高级工程师。",
                "推荐人签名：", "2024年4月16日", "推荐人简介：石春燕，男，1968年生，正高级工程师，现任重庆两江工业互联网研究院首席专家。",
                name="上官瑶")
    assert doc.fields["recommender"] == "石春燕" and doc.fields["recommender_title"] == "professorate_senior_engineer"
    assert doc.fields["candidate"] == "上官瑶"
    kind, values = _typed(_doc(("推荐信", (810, 416, 973, 480)),
                               ("兹推荐本公司孙梓萱申报正高级工程师。孙梓萱同志在流程工业控制系统国产化替", (378, 520, 1458, 553)),
                               ("代领域工作十五年,主持完成重庆市重大科技专项1项。", (318, 576, 1367, 612)),
                               ("REMA", (978, 665, 1204, 731)), ("钟离霞 教授级高工", (924, 758, 1202, 800)),
                               ("2024年1月26日", (968, 823, 1174, 857))))
    assert kind == "recommendation_letter" and values["recommender"] == "钟离霞"
    assert values["recommender_title"] == "professorate_senior_engineer" and values["candidate"] == "孙梓萱"


def test_a_letter_for_a_namesake_counted_on_the_title_certificates_unit_alone_is_an_error():
    """被推荐人 张伟，工作单位：重庆长安… while his title certificate prints 重庆两江… and the profile
    names no employer (probe BD 10a): counted (the certificate's unit may be his former one),
    but as an error, so no 符合 rests on it until a person looks; with his employer given it is
    not counted and a warning says why."""
    from tests.test_audit import APPLICANT
    from tests.test_tenth_session import _paper
    from zhicheng.audit import _recommenders

    letter = _paper("推荐表2.pdf", "recommendation_letter",
                    "被推荐人姓名:张三 工作单位:重庆长安汽车股份有限公司 推荐人姓名:刘建平 推荐人专业技术职称:正高级工程师",
                    recommender="刘建平", recommender_title="professorate_senior_engineer", candidate="张三")
    issues: list = []
    assert _recommenders([letter], APPLICANT, issues, "重庆两江智造科技有限公司") == 1
    assert [(i["severity"], i["code"]) for i in issues] == [("error", "name_not_found")]
    issues = []
    assert _recommenders([letter], APPLICANT, issues, "重庆两江智造科技有限公司", firm=True) == 0
    assert [(i["severity"], i["code"]) for i in issues] == [("warning", "name_not_found")]


def test_a_test_reports_cover_named_by_its_label_and_a_table_running_on_overleaf():
    """检验检测报告 over 报告名称：RV-40E…测试报告 (probe BH BT01); a table of people with no numbers,
    a cell to every caption, running on at the next page's top after the page's 1/2 (probe BF
    BP05); a run numbered in brackets wrapping mid-name, (10)司 | 徒娟 (BP08)."""
    values = _report(("检验检测报告", (250, 130, 350, 160)), ("报告名称:", (160, 190, 210, 200)),
                     ("RV-40E精密减速器传动精度与寿命测试报告", (230, 190, 450, 200)), ("编制:梁志刚", (160, 300, 260, 310)),
                     ("2024年3月", (260, 500, 330, 510)))
    assert values["title"] == "RV-40E精密减速器传动精度与寿命测试报告"
    from extractor.layout import name_column

    rows = [("工号   姓名   部门   岗位   职称", (81, 296, 498, 306))]
    people = ["姜嘉怡", "澹台刚", "孟勇"]
    rows += [(f"YX2031{k}   {n}   制造工程部   项目经理   高级工程师", (69, 319 + 25 * k, 513, 330 + 25 * k)) for k, n in enumerate(people)]
    rows += [("1/2", (292, 801, 303, 809))]
    lines = [Line(t, b, 0.99) for t, b in rows]
    overleaf = [Line("YX20436   谭浩然   质量部   质量工程师   副教授", (69, 75, 503, 85), 0.99),
                Line("YX20443   帕提古丽·肉孜   生产部   班组长   助理工程师", (69, 100, 513, 109), 0.99), Line("2/2", (292, 801, 304, 809), 0.99)]
    from extractor.text import DocText

    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=[Page(1, 595, 842, "text_layer", lines),
                                                                      Page(2, 595, 842, "text_layer", overleaf)]))
    assert name_column(text, text.lines[0]) == ["姜嘉怡", "澹台刚", "孟勇", "谭浩然", "帕提古丽·肉孜"]
    kind, values = _typed(_doc(("项目验收意见", (241, 72, 360, 92)), ("项目名称:注塑车间数字化改造", (65, 118, 304, 130)),
                               ("课题组主要人员:(1)夏侯睿(2)向书瑶(3)宇文清源(4)谢涛(5)卢俊杰", (69, 212, 514, 224)),
                               ("(6)公孙杰(7)诸葛书瑶(8)格桑旺堆(9)孔立新(10)司", (176, 236, 520, 248)),
                               ("徒娟(11)张志刚(12)艾尔肯·阿不都", (169, 260, 384, 271)),
                               ("验收结论:同意通过验收。", (65, 300, 384, 311)), ("2023年6月15日", (400, 340, 480, 350)),
                               width=595, height=842, source="text_layer"))
    assert values["members"] == ["夏侯睿", "向书瑶", "宇文清源", "谢涛", "卢俊杰", "公孙杰", "诸葛书瑶", "格桑旺堆", "孔立新",
                                 "司徒娟", "张志刚", "艾尔肯·阿不都"]


def test_a_certificate_cited_for_the_wrong_kind_still_shows_what_it_is():
    """A claim of a core-journal paper citing an invention patent's certificate (probe BD 50a):
    no paper (kind_mismatch, an error), but the certificate, claimed by nothing else, counts as
    the patent it shows, as an uncited one would; cited rightly by another claim, once."""
    from tests.test_audit import APPLICANT, PATENT, claim, never_core
    from zhicheng.audit import audit

    paper = claim(0, ["p.pdf"], kind="paper", rank=1, core_journal=True, cn="11-5946/TP", date="2023-02")
    result = audit([PATENT], [paper], APPLICANT, never_core)
    assert "kind_mismatch" in [i["code"] for i in result.issues]
    assert [(a.achievement.kind.value, a.achievement.rank) for a in result.achievements] == [("patent", 3)]
    right = claim(1, ["p.pdf"], kind="patent", patent_type="invention", rank=3, granted=True, date="2023-02-24")
    result = audit([PATENT], [paper, right], APPLICANT, never_core)
    assert [a.achievement.kind.value for a in result.achievements] == ["patent"]
