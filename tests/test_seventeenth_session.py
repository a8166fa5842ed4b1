"""Layouts and wordings the seventeenth session found read wrong, one test per cause."""

from __future__ import annotations

from tests.test_fifteenth_session import _doc, _typed


def _units_table(last_unit: str = "重庆两江工业互联网研究院"):
    return _doc(("项目验收专家组意见", (694, 358, 1068, 407)),
                ("项目名称:基于5G的汽车焊装车间质量追溯系统研发", (341, 438, 983, 478)),
                ("项目负责人:司马娟", (341, 490, 599, 531)), ("参加单位及人员:", (345, 546, 555, 584)),
                ("重庆长安工业(集团)", (357, 602, 610, 637)), ("有限责任公司", (604, 601, 770, 636)),
                ("皇甫思远、郑清源、努尔兰·别克、蒋蕾", (811, 601, 1251, 639)),
                ("重庆理工大学", (357, 662, 517, 698)), ("顾亮、阿依古丽·买买提", (811, 662, 1078, 697)),
                (last_unit, (357, 719, 673, 756)), ("阎立新、令狐思远、戴刚", (810, 719, 1098, 757)),
                ("2024年2月27日,重庆市经济和信息化委员会组织专家对该项目进行了验收。专家组", (399, 797, 1400, 840)),
                ("认为:经专家组讨论,不予通过验收。", (345, 849, 1403, 893)))


def test_each_unit_in_its_cell_and_its_people_in_the_cell_beside_it():
    """参加单位及人员： over a table of unit | names (probe BF BP04), a unit wrapping within its
    cell: the people, in order, dotted names included."""
    kind, values = _typed(_units_table())
    assert kind == "project_acceptance" and values["passed"] is False
    assert values["members"] == ["皇甫思远", "郑清源", "努尔兰·别克", "蒋蕾", "顾亮", "阿依古丽·买买提", "阎立新",
                                 "令狐思远", "戴刚"]


def test_a_left_cell_that_is_no_unit_makes_no_unit_table():
    """The left cells must read as units: a 分工 cell beside names is something else."""
    from extractor.doctypes.project_acceptance import _names_right_of_units

    text = _units_table("软件开发与系统集成")
    assert _names_right_of_units(text, text.lines[3]) is None


def test_a_dotted_name_wrapping_within_its_narrow_cell_is_one_name():
    """买买提江·托合 | 提 in a 姓名 column whose caption has a box of its own (probe BF BP01):
    one name, and the rows under it still read."""
    from extractor.layout import name_column

    rows = [("序号", (259, 340, 325, 384)), ("姓名", (590, 340, 658, 384)), ("工作单位", (1248, 340, 1364, 381))]
    people = [("1", "邓瑶", "重庆大学", 403), ("2", None, "重庆两江工业互联网研究院", 480), ("3", "唐家豪", "重庆邮电大学", 553)]
    for number, name, unit, y in people:
        rows += [(number, (273, y, 315, y + 40)), (unit, (1096, y, 1415, y + 36))]
        if name:
            rows.append((name, (592, y, 658, y + 40)))
    rows += [("买买提江·托合", (539, 461, 711, 497)), ("提", (604, 496, 644, 538))]
    text = _doc(*sorted(rows, key=lambda r: r[1][1]))
    header = next(l for l in text.lines if l.text == "姓名")
    assert name_column(text, header) == ["邓瑶", "买买提江·托合提", "唐家豪"]


def _letter_with_profile_table(heads: str, row: str):
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    first = [("推 荐 书", (248, 130, 347, 149)), ("我推荐司马少卿同志申报工业互联网与智能制造专业正高级工程师。", (93, 171, 444, 183)),
             ("该同志主持了国家工业互联网创新发展工程项目,获授权发明专利7件。", (93, 194, 524, 206))]
    second = [("推荐人基本信息", (249, 122, 346, 135)), (heads, (92, 153, 508, 164)), (row, (92, 182, 517, 192)),
              ("推荐人签字:", (284, 238, 347, 249)), ("2024年4月10日", (364, 264, 443, 276))]
    pages = [Page(k + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in lines]) for k, lines in enumerate((first, second))]
    return DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=pages))


def test_a_recommender_given_only_in_a_profile_table_overleaf():
    """推荐人基本信息 over 姓名 | 工作单位 | 职称 | 取得时间 | 联系电话 on page 2, a signature image
    and no typed name (probe BF BL06): the recommender and his title from the table's row."""
    kind, values = _typed(_letter_with_profile_table("姓名   工作单位   职称   取得时间   联系电话",
                                                     "罗峰   重庆长安汽车股份有限公司   正高级工程师   2017.12   138****6612"))
    assert kind == "recommendation_letter" and values["candidate"] == "司马少卿"
    assert values["recommender"] == "罗峰" and values["recommender_title"] == "professorate_senior_engineer"


def test_a_profile_table_of_two_people_names_no_recommender():
    from extractor.doctypes.recommendation_letter import _table_person

    text = _letter_with_profile_table("姓名   工作单位   职称   取得时间", "罗峰   重庆长安汽车股份有限公司   正高级工程师   2017.12")
    lines = list(text.result.pages[1].lines)
    assert _table_person(text, {}) is not None
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    lines.insert(3, Line("王强   重庆大学   教授   2015.06", (92, 205, 517, 215), 1.0))
    pages = [text.result.pages[0], Page(2, 595, 842, "text_layer", lines)]
    assert _table_person(DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=pages)), {}) is None


def test_a_software_certificate_whose_days_character_and_holders_last_stroke_a_stamp_took():
    """著作权人 …有限公可 (司 thinned by a grey copy) and the date 2024年04月16 (日 under the
    seal) (probe BH BS06): the unit's name and the whole date."""
    text = _doc(("中华人民共和国国家版权局", (667, 334, 1152, 382)), ("计算机软件著作权登记证书", (577, 449, 1243, 511)),
                ("证书号:软著登字第12683319号", (694, 556, 1125, 593)), ("软件名称:", (375, 681, 522, 721)),
                ("焊装车间数字孪生可视化平台V1.5", (645, 682, 1135, 720)), ("著作权人:", (374, 751, 523, 793)),
                ("重庆山城汽车零部件制造有限公可、重庆邮电大学", (646, 752, 1356, 792)),
                ("开发完成日期:", (376, 824, 586, 862)), ("2024年01月12日", (646, 826, 881, 861)),
                ("首次发表日期:", (378, 894, 586, 933)), ("2024年01月20日", (645, 895, 884, 933)),
                ("权利取得方式:", (377, 966, 585, 1004)), ("原始取得", (643, 964, 780, 1006)),
                ("登记号:", (375, 1106, 491, 1147)), ("2024SR0592210", (645, 1109, 883, 1144)),
                ("根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定,经", (437, 1222, 1432, 1260)),
                ("中国版权保护中心审核,对以上事项予以登记。", (378, 1281, 991, 1315)), ("2024年04月16", (1139, 1849, 1441, 1905)))
    kind, values = _typed(text)
    assert kind == "software_copyright"
    assert values["holders"] == ["重庆山城汽车零部件制造有限公司", "重庆邮电大学"]
    assert str(values["date"]) == "2024-04-16"


def _side_tables(captions: tuple[str, str], ocr: bool):
    writers, judges = ["张伟", "李强", "王芳", "刘洋"], ["周建国", "陈国华", "吴敏"]
    left, right = (writers, judges) if "编写" in captions[0] else (judges, writers)
    rows = []
    if not ocr:
        rows.append(("MES系统与PLC设备互联互通技术报告", (112, 157, 443, 177)))
        rows += [(f"{captions[0]}   {captions[1]}", (74, 361, 360, 373)), ("序号   姓名   序号   姓名", (74, 382, 392, 393))]
        for k in range(max(len(left), len(right))):
            cells = [f"{k + 1}   {left[k]}" if k < len(left) else "", f"{k + 1}   {right[k]}" if k < len(right) else ""]
            rows.append(("   ".join(c for c in cells if c), (74 if k < len(left) else 250, 402 + 20 * k, 405, 413 + 20 * k)))
        rows.append(("二〇二三年十二月", (245, 511, 353, 524)))
        return _doc(*rows, width=595, height=842, source="text_layer")
    rows = [("MES系统与PLC设备互联互通技术报告", (400, 300, 1400, 370)), (captions[0], (150, 700, 420, 740)), (captions[1], (950, 700, 1150, 740)),
            ("序号", (150, 760, 230, 800)), ("姓名", (300, 760, 380, 800)), ("序号", (900, 760, 980, 800)),
            ("姓名", (1050, 760, 1130, 800))]
    for k in range(max(len(left), len(right))):
        y = 820 + 60 * k
        if k < len(left):
            rows += [(str(k + 1), (180, y, 200, y + 40)), (left[k], (300, y, 380, y + 40))]
        if k < len(right):
            rows += [(str(k + 1), (930, y, 950, y + 40)), (right[k], (1050, y, 1150, y + 40))]
    rows.append(("二〇二三年十二月", (700, 1300, 1000, 1340)))
    return _doc(*rows)


def test_writers_and_reviewers_in_two_tables_side_by_side():
    """主要编写人员 | 评审人员 over 序号 姓名 | 序号 姓名, each half numbered from 1 (probe BI
    T12): the writers' half, whichever side it is on, in a text layer and in a scan; never
    the two halves merged by number (周建国, 陈国华, 吴敏, 刘洋 before)."""
    for ocr in (False, True):
        for captions in (("主要编写人员", "评审人员"), ("审核人员", "编写人员")):
            kind, values = _typed(_side_tables(captions, ocr))
            assert kind == "technical_report", (ocr, captions)
            assert values.get("authors") == ["张伟", "李强", "王芳", "刘洋"], (ocr, captions, values.get("authors"))


# --------------------------------------------------------------------------- verdicts (probe BK)

def _acceptance(*lines):
    rows = [(t, (65, 80 + 24 * k, 530, 92 + 24 * k)) for k, t in enumerate(lines)]
    return _typed(_doc(*rows, width=595, height=842, source="text_layer"))


def test_a_programmes_project_its_holder_accepted_itself_is_not_accepted():
    """验收组织方式：项目承担单位自行组织验收, the organiser the company's 技术委员会, of a project
    the 市经信委 set (probe BK 18a): passed, but not accepted as 第十五条（二）1 means (通过相应
    行业主管部门认定或验收合格); the twin the 市经信委 accepted is."""
    from extractor.doctypes import doctype
    from rules.vocabulary import Kind

    head = ["项目验收证书", "项目名称:变速器壳体智能工厂建设项目", "项目类别:重庆市智能工厂和数字化车间建设项目",
            "项目下达单位:重庆市经济和信息化委员会", "承担单位:重庆两江智造科技有限公司", "项目负责人:张伟"]
    tail = ["验收意见:项目完成了任务书规定的建设内容和考核指标。", "验收结论:通过"]
    for says, organiser, own in (("验收组织方式:项目承担单位自行组织验收(项目下达单位未组织验收)", "重庆两江智造科技有限公司技术委员会", True),
                                 (None, "重庆两江智造科技有限公司技术委员会", True),
                                 (None, "重庆市经济和信息化委员会", False)):
        kind, values = _acceptance(*head, *([says] if says else []), *tail, f"验收组织单位(盖章):{organiser}",
                                   "验收日期:2024年07月10日")
        assert kind == "project_acceptance" and values["passed"] is True and values["level"] == "provincial"
        assert bool(values.get("self_accepted")) is own, (says, organiser)
        facts = doctype("project_acceptance").facts(values, Kind.PROJECT, 1, None)
        assert facts["accepted"] is (None if own else True)


def test_a_journals_letter_of_acceptance_is_no_paper():
    """录用通知: 决定录用，拟于2026年第2期刊出, with the journal's CN and ISSN (probe BK 28a): not yet
    published (附则（八）公开发表), so no journal_paper."""
    kind, _ = _typed(_doc(("录用通知", (498, 147, 766, 226)), ("张伟先生:", (115, 269, 271, 314)),
                          ("您的稿件《基于数字孪生的离散制造车间动态调度方法》(稿件编号:CIMS-2025-0612;作者:张伟,李强)", (115, 321, 1141, 367)),
                          ("经专家评审和编委会审定,决定录用,拟于2026年第2期刊出。", (115, 427, 927, 471)),
                          ("刊名:计算机集成制造系统 CN11-5946/TP ISSN 1006-5911", (116, 480, 1031, 522)),
                          ("《计算机集成制造系统》编辑部", (703, 563, 1150, 611)), ("2025年11月18日", (902, 612, 1146, 662))))
    assert kind == "unknown"


def test_a_journals_own_words_for_a_retraction_hold_the_paper_back():
    """撤稿声明: 本刊决定撤销该文 (probe BK 29a): the paper it names is held back."""
    from tests.test_tenth_session import _audited, _paper
    from tests.test_audit import claim

    paper = _paper("论文.pdf", "journal_paper", "计算机集成制造系统 基于数字孪生的离散制造车间动态调度方法 张三 李强",
                   title="基于数字孪生的离散制造车间动态调度方法", authors=["张三", "李强"], journal="计算机集成制造系统",
                   cn="11-5946/TP", issn="1006-5911", date="2022-06", applicant_rank=1)
    notice = _paper("声明.pdf", "unknown", "撤稿声明 本刊2022年第28卷第6期刊发的《基于数字孪生的离散制造车间动态调度方法》"
                    "（作者：张三，李强）经核查存在重复使用问题。经作者所在单位核实并征得编委会同意，本刊决定撤销该文。"
                    "《计算机集成制造系统》编辑部")
    cite = [claim(0, ["论文.pdf"], kind="paper", rank=1, cn="11-5946/TP", issn="1006-5911", date="2022-06")]
    assert "evidence_withdrawn" in [i["code"] for i in _audited([paper, notice], cite).issues]
    assert "evidence_withdrawn" not in [i["code"] for i in _audited([paper], cite).issues]


def test_a_recommendation_form_that_says_it_is_unsigned_counts_for_nothing():
    """推荐人签名：（未签名） (probe BK 36a): the form says so itself; not counted."""
    from tests.test_audit import APPLICANT
    from zhicheng.audit import _recommenders

    rows = ["专业技术人员破格申报职称专家推荐表", "被推荐人姓名:张三   工作单位:重庆两江智造科技有限公司",
            "推荐人姓名:刘建平", "推荐人专业技术职称:正高级工程师", "推荐意见:", "该同志业绩突出,本人同意推荐其破格申报高级工程师。"]
    for signed, counted in (("推荐人签名:(未签名)", 0), ("推荐人签名:刘建平", 1)):
        text = _doc(*[(t, (65, 80 + 24 * k, 530, 92 + 24 * k)) for k, t in enumerate(rows + [signed, "日期:"])],
                    width=595, height=842, source="text_layer")
        kind, values = _typed(text)
        from extractor.doctypes import doctype
        found = doctype(kind).extract(text)
        from tests.test_audit import doc

        letter = doc("推荐表.pdf", kind, **values)
        letter.issues = [{"severity": s, "code": c, "message": m} for s, c, m in found.issues]
        assert _recommenders([letter], APPLICANT, []) == counted, signed


def test_a_revenue_proof_for_a_quoted_product_of_another_field_and_a_recognition_of_an_important_contribution():
    """“A356铝合金汽车轮毂铸件(17—19英寸)”产品 (probe BK 35a) is no product of the field; a 复函 that
    recognises a 重要贡献 is held back for 正高 (重大贡献, probe BK 17a), not for 副高."""
    from rules.relevance import unrelated_product

    assert unrelated_product("参与开发推广的“A356铝合金汽车轮毂铸件(17—19英寸)”产品，2022年1月至2023年12月累计实现新增销售收入")
    from dataclasses import replace

    from tests.test_audit import APPLICANT, claim
    from tests.test_tenth_session import _audited, _paper
    from rules.vocabulary import Title

    words = "关于对张三同志工作予以认可的复函 张三同志长期从事工业互联网推广工作，在促进产业发展方面做出重要贡献，特予认可。重庆市经济和信息化委员会"
    reply = _paper("复函.pdf", "official_recognition", words, issuer="重庆市经济和信息化委员会", level="provincial", date="2024-05")
    cite = [claim(0, ["复函.pdf"], kind="recognition", level="provincial", date="2024-05")]
    top = replace(APPLICANT, current_title=Title.SENIOR_ENGINEER, target_title=Title.PROFESSORATE_SENIOR_ENGINEER)
    assert not _audited([reply], cite, top).achievements
    assert _audited([reply], cite).achievements
    reply.words = words.replace("重要贡献", "重大贡献")
    assert _audited([reply], cite, top).achievements


def test_a_research_acceptance_that_states_a_social_benefit_shows_a_benefit_but_nothing_in_use():
    """社会效益：改善了劳动条件，培养技术骨干20名 (probe BK 20a): 第十三条（二）2 asks 经济或社会效益,
    either; the twin's 效益情况：…暂未产生经济效益或社会效益 shows none; neither puts anything in
    production (``in_use``, what backs an 应用)."""
    head = ["研究开发项目验收意见", "项目名称:基于边缘计算的设备预测性维护系统研发", "项目类别:新技术新产品研究开发项目(公司自立)",
            "项目负责人:李强", "主要完成人员(按贡献排序):1. 李强、2. 张伟、3. 王芳",
            "验收意见:项目完成了任务书规定的研究开发内容,技术指标达到任务书要求。"]
    tail = ["验收结论:通过", "验收日期:2022年05月20日"]
    _, values = _acceptance(*head, "社会效益:改善了一线工人的劳动条件,培养工业互联网技术骨干20名。", *tail)
    assert values.get("benefit") is True and values.get("in_use") is None
    _, values = _acceptance(*head, "效益情况:项目成果目前仅在公司内部小范围试用,暂未产生经济效益或社会效益。", *tail)
    assert values.get("benefit") is None


# --------------------------------------------------------------------------- real templates (probe BJ)

def _text_layer(*lines):
    rows = [(t, (60, 40 + 16 * k, 540, 50 + 16 * k)) for k, t in enumerate(lines)]
    return _doc(*rows, width=595, height=842, source="text_layer")


def test_a_journal_sites_article_page_printed_from_the_browser():
    """A journal site's article page (probe BJ XJ01, XJ05): a menu bar naming 投稿指南 refuses
    nothing; 引用本文 marks a paper; another article's citation set above the paper's own is
    no issue date; 刊出日期 on the history line is the issue's (to its month), not 网络出版日期."""
    kind, values = _typed(_text_layer(
        "2024/3/2 09:41   面向工业无线网络的确定性时隙调度与抗干扰跳频方法 - 电子与信息学报",
        "电子与信息学报   首页 | 期刊介绍 | 编委会 | 投稿指南 | 过刊浏览",
        "电子与信息学报   ISSN 1009-5896 CN 11-4494/TN",
        "面向工业无线网络的确定性时隙调度与抗干扰跳频方法", "邓文博 上官雨欣 熊立新",
        "耿友林, 解成博. 基于卡尔曼滤波的接收信号强度指示差值定位算法[J]. 电子与信息学报, 2019, 41(2): 455-461.",
        "引用本文: 邓文博, 上官雨欣, 熊立新. 面向工业无线网络的确定性时隙调度与抗干扰跳频方法[J].",
        "电子与信息学报, 2023, 45(12): 4512-4521. doi: 10.11999/JEIT221588",
        "基金项目: 国家自然科学基金(62273057)", "作者简介: 邓文博:男,博士,教授", "中图分类号: TN92",
        "收稿日期: 2022-12-19 修回日期: 2023-04-06 网络出版日期: 2023-04-14 刊出日期: 2023-12-26"))
    assert kind == "journal_paper"
    assert values["journal"] == "电子与信息学报" and str(values["date"]) == "2023-12"


def test_a_quality_systems_closing_review_and_a_revenue_letter_titled_over_two_lines():
    """研发项目结项评审表 with ■同意结项 (probe BJ XP09): 结项 is 结题; 关于“…系统” | 产品销售收入的证明
    (XR09) is a revenue proof."""
    kind, values = _typed(_text_layer("重庆璧山新能源电驱科技有限公司", "研发项目结项评审表", "项目编号 RD2023-07   项目级别 公司级",
                                      "项目名称 电驱总成下线测试台架数据自动判定系统", "项目经理 令狐远航", "结项评审日期 2024-02-23",
                                      "评审结论 ■同意结项 □有条件结项 □不同意结项"))
    assert kind == "project_acceptance" and values["passed"] is True and values["leader"] == "令狐远航"
    kind, values = _typed(_text_layer("关于“电驱总成下线测试台架数据自动判定系统”", "产品销售收入的证明",
                                      "我公司自主研发的“电驱总成下线测试台架数据自动判定系统”于2021年3月投放市场,2021年至2023年累计实现销售收入4,286.35万元。",
                                      "特此证明。", "重庆璧山新能源电驱科技有限公司(财务部)"))
    assert kind == "revenue_proof" and values["amount_wan"] == 4286.35


def test_a_science_and_technology_reports_cover_and_its_information_sheet_are_one_report():
    """科 技 报 告 over 报告名称 … and, overleaf, 科技报告基本信息表 (probe BJ XT01): one report, named
    by its 报告名称, not split in two."""
    from extractor.model import Line, Page, ReadResult
    from zhicheng.binder import split

    cover = ["科技报告编号:50001093X-CSTB2022TIAD-KPX0188/01   公开范围:公开", "科 技 报 告",
             "报 告 名 称:   精密减速器齿面磨削烧伤在线识别技术", "支 持 渠 道:   重庆市技术创新与应用发展专项重点项目",
             "编 制 单 位:   重庆大学", "编 制 时 间:   2023年11月"]
    sheet = ["科技报告基本信息表", "1.报告名称   中文   精密减速器齿面磨削烧伤在线识别技术", "3.使用范围   公开",
             "4.编制时间   2023-11-20", "5.报告编号   50001093X-CSTB2022TIAD-KPX0188/01"]
    pages = [Page(n + 1, 595, 842, "text_layer", [Line(t, (76, 80 + 40 * k, 520, 92 + 40 * k), 1.0) for k, t in enumerate(rows)])
             for n, rows in enumerate((cover, sheet))]
    result = ReadResult("r.pdf", "0" * 64, page_count=2, pages=pages)
    assert len(split(result, lambda pages: pages)) == 1
    from extractor.text import DocText

    kind, values = _typed(DocText(result))
    assert kind == "technical_report" and values["title"] == "精密减速器齿面磨削烧伤在线识别技术"


def test_a_credentials_style_member_table_in_a_text_layer_with_two_line_cells():
    """主要研制人员名单 of 8 columns, cells of two lines, a dotted name wrapped after its dot and the
    row's number centred lower than its top line (probe BJ XP01): the ten people, never the
    experts' table overleaf (委员 read as names before); a cover's title wrapped onto its next
    underline, centred there."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    cover = [("科技计划项目验收证书", (168, 199, 428, 225)), ("项目名称:   基于数字孪生的离散装配线产能平衡与", (108, 328, 446, 342)),
             ("动态调度技术", (286, 356, 370, 370)), ("项目负责人:   梁宁", (108, 470, 369, 484)),
             ("组织验收单位:   重庆市科学技术局(盖章)", (108, 543, 431, 557)), ("验收日期:   2024年5月21日", (108, 580, 402, 594))]
    table = [("主要研制人员名单", (234, 85, 361, 101)),
             ("序号   姓名   性别 出生年月   技术职称   文化程度   工作单位   对成果创造性贡", (76, 118, 543, 134)),
             ("1   梁宁   女   1976.03   正高级工程师   博士研究生 重庆大学   总体方案设计", (83, 151, 529, 167)),
             ("2   段梓萱   男   1981.11   高级工程师 硕士研究生 重庆大学   边缘网关研制", (83, 190, 529, 199)),
             ("3", (83, 223, 87, 231)), ("米热阿依·", (107, 215, 147, 225)),
             ("吾守尔   男   1985.07   教授   大学本科 重庆两江数智制造科技", (114, 215, 462, 238)),
             ("有限公司   数据中台开发", (368, 222, 529, 238)),
             ("4   石建国   女   1979.02   高级工程师   大学本科 重庆大学   工艺机理建模", (83, 248, 529, 264))]
    experts = [("验收委员会名单", (242, 85, 353, 101)), ("序号 验收会职务   姓名   工作单位   职称职务   签名", (78, 121, 500, 132)),
               ("1   主任委员   邱强   重庆邮电大学   教授", (86, 150, 424, 160)), ("2   副主任委员   毛杰   重庆大学   教授", (86, 178, 443, 188)),
               ("3   委员   杨晓东   重庆交通大学   教授", (86, 207, 424, 216)), ("4   委员   曾勇   重庆大学   教授", (85, 235, 438, 245)),
               ("验收意见:验收委员会一致同意该项目通过验收。", (71, 312, 500, 326))]
    pages = [Page(n + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in rows]) for n, rows in enumerate((cover, table, experts))]
    kind, values = _typed(DocText(ReadResult("t.pdf", "0" * 64, page_count=3, pages=pages)))
    assert kind == "project_acceptance" and values["project_title"] == "基于数字孪生的离散装配线产能平衡与动态调度技术"
    assert values["members"] == ["梁宁", "段梓萱", "米热阿依·吾守尔", "石建国"]


def test_names_with_titles_in_brackets_a_team_by_roles_in_one_paragraph_and_numbered_cells_in_two_columns():
    """主要研究人员 | 令狐明(副教授)、…、马丽华(高级工 / 程师)、… a bracket cut by the wrap, the row
    above's value within reach (probe BJ XP02: 程师 read as a name before); 八、项目团队 | 项目负责人：…；
    技术骨干：…；参与人员：郑 / 明、… (XP03); 1. 王博 … 6. … down the left and 7. … 12. down the right
    (XP14); a 研究起止时间 period dates no acceptance."""
    kind, values = _typed(_doc(("结题验收意见表", (591, 335, 839, 384)), ("项目名称", (314, 411, 401, 443)),
                               ("面向注塑车间的设备健康状态边缘感知方法研究", (477, 412, 890, 444)), ("项目负责人", (314, 509, 422, 543)),
                               ("朱明", (475, 507, 529, 545)), ("研究起止时间", (317, 609, 442, 639)),
                               ("2022年10月至2024年9月", (480, 611, 699, 638)),
                               ("令狐明(副教授)、石书瑶(工程师)、史磊(讲师)、马丽华(高级工", (482, 654, 1101, 683)),
                               ("主要研究人员", (318, 668, 443, 698)),
                               ("程师)、依力哈木·沙比尔(助理工程师)、韦永红(实验师)", (479, 682, 1002, 713)),
                               ("验收结论", (319, 909, 408, 941)), ("■通过", (521, 907, 598, 943)), ("□不通过", (670, 908, 763, 940))))
    assert kind == "project_acceptance"
    assert values["members"] == ["令狐明", "石书瑶", "史磊", "马丽华", "依力哈木·沙比尔", "韦永红"]
    assert "acceptance_date" not in values
    kind, values = _acceptance("项目验收报告", "项目名称:焊装车间机器人离线编程与节拍仿真平台", "七、评估和结论",
                               "经公司技术委员会组织的验收小组评估,同意通过验收。", "八、项目团队",
                               "项目负责人:韩怀瑾;技术骨干:汤诗涵、努尔兰·别克、钟离帆;参与人员:郑", "明、令狐超、龙启明、曾玉兰。",
                               "验收日期:2024年1月12日")
    assert values["members"] == ["韩怀瑾", "汤诗涵", "努尔兰·别克", "钟离帆", "郑明", "令狐超", "龙启明", "曾玉兰"]
    rows = [("科技项目验收意见", (659, 285, 1112, 345)), ("项目名称:钢结构桥梁构件焊缝相控阵超声智能检测装备", (230, 399, 1058, 436)),
            ("项目负责人:王博", (230, 588, 499, 626)), ("项目组主要成员:", (229, 717, 478, 753))]
    people = ["王博", "丁嘉怡", "诸葛俊杰", "赵建国", "罗国庆", "帕提古丽·肉孜", "万俟强", "邓亚楠", "沈志刚", "姚少卿", "蒋雨欣", "覃瑶"]
    for k in range(6):
        y = 800 + 63 * k
        rows += [(f"{k + 1}. {people[k]}", (320, y, 480, y + 40)), ("高级工程师", (652, y, 804, y + 38)),
                 (f"{k + 7}. {people[k + 6]}", (953, y, 1110, y + 40)), ("工程师", (1280, y, 1380, y + 40))]
    rows.append(("验收意见:专家组同意通过验收。", (296, 1208, 1483, 1244)))
    kind, values = _typed(_doc(*rows))
    assert values["members"] == people


def test_holders_parted_by_semicolons_wrapping_inside_a_dotted_name_and_a_reports_byline_under_its_title():
    """…;买买提江·托合提;古丽 | 娜尔·艾买提;… (probe BJ XS07): one holder; a paper-like research report's
    byline (雷博文1 唐天佑2 …) is no part of its title (XT11)."""
    from extractor.layout import holders

    text = _doc(("著作权人:", (377, 859, 561, 902)), ("何晓敏;许磊;买买提江·托合提;古丽", (632, 861, 1160, 902)),
                ("娜尔·艾买提;独孤梓萱;令狐雪松", (631, 910, 1117, 952)), ("开发完成日期: 2023年10月08日", (375, 990, 889, 1034)))
    assert holders(text, text.lines[1], text.lines[1].text) == ["何晓敏", "许磊", "买买提江·托合提", "古丽娜尔·艾买提", "独孤梓萱", "令狐雪松"]
    kind, values = _typed(_doc(("重庆市科技局软科学课题 研究报告", (69, 78, 227, 87)),
                               ("工业互联网标识解析在汽车零部件追溯中的", (127, 122, 468, 139)), ("应用研究报告", (244, 154, 351, 172)),
                               ("雷博文1 唐天佑2 阿依古丽·买买提1 皇甫亚楠2", (152, 182, 444, 198)),
                               ("(1. 中国信息通信研究院西部分院,重庆 401336)", (91, 212, 504, 222)),
                               ("摘 要:针对汽车零部件多级供应链追溯数据分散的问题,提出了推广路径。", (68, 235, 520, 246)),
                               ("关键词:标识解析;追溯", (68, 271, 299, 281)),
                               ("课题编号:CSTB2022TFII-OFX0105;报告定稿日期:2024-02-26", (68, 752, 334, 761)),
                               width=595, height=842, source="text_layer"))
    assert kind == "technical_report" and values.get("title") == "工业互联网标识解析在汽车零部件追溯中的应用研究报告"


# --------------------------------------------------------------------------- real templates (probe BM)

def test_a_major_programmes_coded_conclusion_and_a_dotted_name_wrapped_inside_its_second_part():
    """国家科技重大专项 | 项目(课题)验收信息表 (probe BM MP01): 验收结论 01通过验收 02需要复议 03不通过验收
    填写：[ 01 ] passed (it read 不通过 among the options before); the programme over the title is
    national; 古丽娜尔·艾 | 买提 in a two-line cell is one name (买提 before)."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    first = [("国家科技重大专项", (247, 68, 349, 81)), ("项目(课题)验收信息表", (199, 100, 396, 117)),
             ("课题名称   五轴联动数控机床热误差在线补偿技术与装置", (62, 196, 377, 207)), ("课题负责人   毛世杰", (62, 281, 191, 292)),
             ("验收结论   01通过验收 02需要复议 03不通过验收   填写:[ 01 ]", (62, 366, 459, 377)),
             ("验收时间   2022年4月22日", (62, 394, 232, 405)), ("组织验收单位   工业和信息化部产业发展促进中心", (62, 423, 323, 433)),
             ("注:本表由项目管理专业机构在验收会后填写,与验收结论书一并存档。", (57, 463, 354, 473))]
    second = [("课题主要参加人员", (238, 73, 357, 88)), ("序号   姓名   性别 出生年月   职称   学位 单位   投入月数", (63, 106, 532, 116)),
              ("1   毛世杰   女   1970.01   正高级工程师 博士 重庆大学   36", (71, 132, 518, 141)),
              ("2   令狐晓峰   男   1973.06   高级工程师   硕士 重庆大学   34", (70, 158, 518, 167)),
              ("3", (70, 188, 74, 195)), ("古丽娜尔·艾", (94, 180, 144, 189)), ("买提   男   1976.11   教授   博士 重庆大学   32", (110, 187, 518, 203)),
              ("4   宋梓萱   女   1979.04   高级工程师   学士 重庆大学   30", (70, 216, 518, 225))]
    pages = [Page(n + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in rows]) for n, rows in enumerate((first, second))]
    kind, values = _typed(DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=pages)))
    assert kind == "project_acceptance" and values["passed"] is True and values["level"] == "national"
    assert values["members"] == ["毛世杰", "令狐晓峰", "古丽娜尔·艾买提", "宋梓萱"]


def test_a_title_booklets_table_of_titles_held_gives_the_latest():
    """评审(认定)时间 | 资格名称 | … with 工程师 2007年11月, then 高级工程师 2015年12月 (probe BM MC07):
    he holds the latest (工程师 before)."""
    kind, values = _typed(_doc(("专业技术资格证书", (805, 408, 1243, 474)), ("姓 名: 独孤丽", (429, 623, 713, 670)),
                               ("证书编号: 渝高0150823", (433, 930, 801, 971)), ("资格评审(认定)情况", (842, 1082, 1199, 1129)),
                               ("评审(认定)时间", (418, 1167, 648, 1204)), ("资格名称", (701, 1165, 824, 1207)),
                               ("评审 (认定)组织", (867, 1167, 1099, 1203)), ("批准文号", (1421, 1165, 1544, 1207)),
                               ("2007年11月", (458, 1248, 609, 1289)), ("工程师", (716, 1249, 810, 1289)),
                               ("重庆市冶金工程中级评委会", (872, 1252, 1212, 1288)), ("2015年12月", (455, 1338, 609, 1379)),
                               ("高级工程师", (687, 1338, 837, 1379)), ("重庆市工程技术冶金专业高级评委会", (873, 1322, 1294, 1355))))
    assert kind == "title_certificate" and values["title"] == "senior_engineer" and str(values["date"]) == "2015-12"


def test_a_books_heads_listed_again_among_its_writers_and_a_reports_bracketed_byline():
    """主编 A / 副主编 B C / 编写人员 A B C D E (probe BM MB04): five authors, not eight; a report's
    byline in brackets under its title (MT07) and a page of writers by chapter (MT05) are no title."""
    from extractor.doctypes.book import _relisted_heads

    assert _relisted_heads(["冯嘉怡", "王昌盛", "米热阿依·吾守尔", "冯嘉怡", "王昌盛", "米热阿依·吾守尔", "雷霞", "司马国庆"]) == 3
    assert _relisted_heads(["张伟", "李强", "王芳", "张伟"]) == 0
    kind, values = _typed(_doc(("重庆九龙坡铝材智能制造有限公司技术研究报告 编号:JL-TR-2024-03", (200, 120, 1300, 150)),
                               ("压铸件X射线缺陷图像的小样本识别方法研究", (330, 300, 1330, 360)),
                               ("(重庆九龙坡铝材智能制造有限公司技术中心 董毅 任睿 令狐欣怡)", (300, 400, 1360, 440)),
                               ("报告日期:2024年3月", (1000, 480, 1360, 515)),
                               ("1 研究背景", (200, 600, 400, 640)), ("压铸件内部缺陷的检测是质量控制的关键环节......", (200, 660, 1400, 700))))
    assert kind == "technical_report" and values["title"] == "压铸件X射线缺陷图像的小样本识别方法研究"


def test_an_enterprises_project_team_cell_and_the_team_told_as_its_implementers():
    """企业项目团队 | 负责人：杨建华；成员：熊若曦、… (probe BM MP05): the enterprise's own team; 项目主要实施
    人员为慕容昊、冯莉… in the opinion's prose (MP02)."""
    kind, values = _typed(_doc(("智能工厂项目验收评价表", (700, 300, 1200, 360)), ("项目名称", (250, 450, 420, 490)),
                               ("汽车电驱动总成智能工厂建设项目", (517, 450, 1100, 490)), ("企业项目团队", (250, 663, 441, 707)),
                               ("负责人:杨建华;成员:熊若曦、赵昊、帕提古丽·肉孜、杜振宇、诸葛子涵", (517, 665, 1554, 704)),
                               ("验收结论:同意通过验收。", (250, 900, 800, 940))))
    assert kind == "project_acceptance"
    assert values["members"] == ["杨建华", "熊若曦", "赵昊", "帕提古丽·肉孜", "杜振宇", "诸葛子涵"]
    from extractor.doctypes.project_acceptance import _told_members

    assert _told_members(_doc(("项目主要实施人员为慕容昊、冯莉、吴超、陆鹏。", (65, 100, 530, 112)), width=595, height=842,
                              source="text_layer"))[0] == ["慕容昊", "冯莉", "吴超", "陆鹏"]


def test_a_notice_of_review_results_with_its_annex_of_names_is_the_title_proof():
    """关于公布…高级工程师资格评审结果的通知 with its 附件 table of those who passed (probe BM MC03): the
    applicant's title and its date, from his row and the notice's 资格取得时间."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText
    from zhicheng.documents import document_from

    first = [("重庆市人力资源和社会保障局", (155, 100, 440, 122)), ("渝人社职〔2023〕42号", (236, 165, 359, 177)),
             ("关于公布2022年度工程技术工业互联网与智能制造专业", (103, 227, 492, 243)), ("高级工程师资格评审结果的通知", (186, 259, 409, 275)),
             ("各区县(自治县)人力社保局,有关单位:", (74, 290, 302, 303)),
             ("经2022年12月18日重庆市工程技术工业互联网与智能制造专业高级职称评审委员会评审通过,决定授予叶浩等3", (74, 337, 518, 351)),
             ("名同志高级工程师资格,资格取得时间为2022年12月18日。现予公布。", (74, 385, 456, 398)),
             ("附件:2022年度工程技术工业互联网与智能制造专业高级工程师资格人员名单", (75, 409, 501, 421)),
             ("重庆市人力资源和社会保障局", (335, 471, 496, 484)), ("2023年2月20日", (364, 494, 447, 506))]
    annex = [("附件", (75, 75, 101, 89)), ("2022年度工程技术工业互联网与智能制造专业高级工程师资格人员名单", (94, 104, 501, 117)),
             ("序号   姓名   工作单位   专业   资格名称", (81, 131, 511, 141)),
             ("1   叶浩   重庆两江数智制造科技有限公司   工业互联网与智能制造   高级工程师", (89, 152, 515, 170)),
             ("2   戴翔   重庆巴南精密传动有限公司   工业互联网与智能制造   高级工程师", (89, 187, 515, 204)),
             ("3   欧阳国庆   重庆荣昌智造装备有限公司   工业互联网与智能制造   高级工程师", (88, 221, 515, 238))]
    pages = [Page(n + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in rows]) for n, rows in enumerate((first, annex))]
    document = document_from(ReadResult("t.pdf", "0" * 64, page_count=2, pages=pages), name="戴翔")
    assert document.doc_type == "title_certificate"
    assert (document.fields.get("holder"), document.fields.get("title"), str(document.fields.get("date"))) == \
        ("戴翔", "senior_engineer", "2022-12-18")


# --------------------------------------------------------------------------- attacks on this session's verdicts (probe BN)

def test_self_organised_acceptance_its_negations_other_projects_rules_and_internal_wordings():
    """自行组织验收 counts only as what happened to this project (probe BN): 严禁/无权 自行组织验收 and a
    rule for 区县级项目 under a government organiser set nothing (E01, E02, B02); 企业内部验收, 由项目
    承担单位组织专家验收, a 验收主持单位 that is the company's 技术委员会 do (B03, B04, E03)."""
    from extractor.doctypes.project_acceptance import _self_organised

    def said(*rows):
        return _self_organised(_doc(*[(t, (65, 80 + 24 * k, 530, 92 + 24 * k)) for k, t in enumerate(rows)],
                                    width=595, height=842, source="text_layer"))

    assert said("验收组织单位:重庆市经济和信息化委员会", "说明:严禁承担单位自行组织验收。") is None
    assert said("验收组织方式:项目下达单位组织验收(承担单位无权自行组织验收)") is None
    assert said("按规定,区县级项目由承担单位自行组织验收;本项目为市级项目,由市经信委组织验收。",
                "验收组织单位:重庆市经济和信息化委员会") is None
    assert said("验收组织方式:企业内部验收")[0] == "企业内部验收"
    assert said("由项目承担单位组织专家验收,结果报备案。") is not None
    assert said("验收主持单位:两江智造技术委员会")[0] == "两江智造技术委员会"


def test_stated_benefits_that_defer_or_deny_and_conclusions_conditional_or_terminated():
    """A benefit awaited, forecast, answered 否 or 不适用 is none (probe BN B20–B23); ■有条件结项 and a
    project 终止并作结项处理 pass nothing (E07, E08)."""
    from extractor.doctypes.project_acceptance import _benefit_said

    for words in ("社会效益:项目尚处于试运行阶段,社会效益有待进一步观察。", "经济效益:项目投产后,预计可实现年新增产值2000万元。",
                  "是否取得显著经济效益:否", "经济效益分析:不适用(本项目为共性技术研究,不产生直接经济效益)。"):
        assert _benefit_said(words) is None, words
    head = ["研发项目结项评审表", "项目名称:电驱总成下线测试台架数据自动判定系统", "项目经理:令狐远航"]
    _, values = _acceptance(*head, "评审结论:□同意结项 ■有条件结项 □不同意结项", "评审日期:2024年2月23日")
    assert values.get("passed") is not True
    _, values = _acceptance(*head, "评审意见:项目关键指标未达到任务书要求,经评审组讨论,同意该项目终止并作结项处理。", "评审日期:2024年2月23日")
    assert values.get("passed") is not True


def test_retraction_wordings_and_a_notice_that_keeps_the_paper():
    from rules.withdrawals import takes_back

    assert takes_back("本刊决定撤回《基于数字孪生的调度方法》一文。") and takes_back("经核查，该文予以撤销。")
    assert takes_back("经调查未发现学术不端行为，本刊决定不撤销该文，仅作更正。") is None


def test_an_unsigned_line_with_its_date_and_another_persons_unsigned_line():
    from extractor.doctypes.recommendation_letter import _unsigned

    line = lambda t: _doc((t, (65, 416, 400, 429)), width=595, height=842, source="text_layer")
    assert _unsigned(line("推荐人签名：（未签名）  日期："))[0] == "未签名"
    assert _unsigned(line("所在单位负责人签字：（未签字）")) is None


def test_a_customers_product_the_service_was_sold_for_and_a_contribution_said_of_another():
    """运维服务，用于客户“A356…”产品的生产过程监控 (probe BN B15) is the field's service; a 复函 whose
    重大贡献 is 李强's and whose 重要贡献 is the applicant's is held back for 正高 (B16)."""
    from dataclasses import replace

    from rules.relevance import unrelated_product
    from rules.vocabulary import Title
    from tests.test_audit import APPLICANT, claim
    from tests.test_tenth_session import _audited, _paper

    assert unrelated_product("推广的平台运维服务，用于客户“A356铝合金汽车轮毂”产品的生产过程监控，累计实现新增销售收入") is None
    assert unrelated_product("推广的‘A356铝合金汽车轮毂铸件’产品累计实现销售收入") == "A356铝合金汽车轮毂铸件"
    words = "关于认可张三同志工作的复函 张三同志在工业互联网推广方面做出重要贡献。李强同志在人才培养方面做出重大贡献。"
    reply = _paper("复函.pdf", "official_recognition", words, issuer="重庆市经济和信息化委员会", level="provincial", date="2024-05")
    cite = [claim(0, ["复函.pdf"], kind="recognition", level="provincial", date="2024-05")]
    top = replace(APPLICANT, current_title=Title.SENIOR_ENGINEER, target_title=Title.PROFESSORATE_SENIOR_ENGINEER)
    assert not _audited([reply], cite, top).achievements


def test_an_information_sheets_numbered_row_of_authors_with_their_units():
    """科技报告基本信息表's 2.报告作者及单位 李强（重庆大学）；王芳（重庆大学）；… (probe BN E13): the
    authors; the row's own number (2.) numbers no list."""
    kind, values = _typed(_text_layer("科技报告基本信息表", "1.报告名称 中文 精密减速器齿面磨削烧伤在线识别技术",
                                      "2.报告作者及单位 李强(重庆大学);王芳(重庆大学);刘洋(重庆大学)", "3.使用范围 公开",
                                      "4.编制时间 2023-11-20", "5.报告编号 50001093X-CSTB2022TIAD-KPX0188"))
    assert kind == "technical_report" and values.get("authors") == ["李强", "王芳", "刘洋"]


def test_a_title_booklets_table_in_a_text_layer_out_of_order():
    """The booklet's table typed as lines (probe BN C02, E25), its rows in any order: the latest."""
    kind, values = _typed(_text_layer("专业技术资格证书", "姓 名:独孤丽", "证书编号:渝高0150823", "资格评审(认定)情况",
                                      "评审(认定)时间   资格名称   评审(认定)组织   批准文号",
                                      "2007年11月   工程师   重庆市冶金工程中级评委会   渝职改办",
                                      "2015年12月   高级工程师   重庆市冶金高级评委会   渝职改办",
                                      "2003年07月   助理工程师   重庆钢铁集团初级评委会   渝职改办"))
    assert kind == "title_certificate" and values["title"] == "senior_engineer" and str(values["date"]) == "2015-12"


def test_a_payees_receipt_names_who_paid_it():
    """收款证明: 兹证明重庆涪陵…有限公司已于2023年12月20日，通过以下方式向我公司支付了… (probe BJ XR06):
    the payer and the payee, in the order printed."""
    kind, values = _typed(_doc(("收款证明", (821, 368, 1103, 433)),
                               ("兹证明重庆涪陵绿色化工装备有限公司已于2023年12月20日,通过以下方", (405, 533, 1551, 572)),
                               ("式向我公司支付了人民币壹佰零伍万元整 (¥1,050,000.00),用于支付合同价款。", (333, 603, 1555, 645)),
                               ("账户名:重庆水土工业互联网研究院有限公司", (411, 1063, 1061, 1099)), ("特此证明。", (400, 1244, 563, 1288)),
                               ("收款方(盖章):重庆水土工业互联网研究院有限公司", (732, 1403, 1589, 1455))))
    assert kind == "revenue_proof" and values["amount_wan"] == 105
    assert values["parties"] == ["重庆涪陵绿色化工装备有限公司", "重庆水土工业互联网研究院有限公司"]


def test_a_booklets_row_not_passed_gives_no_title():
    """高级工程师（未通过） on the booklet's later row (probe BN E27): never that title."""
    kind, values = _typed(_text_layer("专业技术资格证书", "姓 名:独孤丽", "资格评审(认定)情况",
                                      "评审(认定)时间   资格名称   评审(认定)组织   批准文号",
                                      "2007年11月   工程师   重庆市冶金工程中级评委会   渝职改办",
                                      "2015年12月   高级工程师(未通过)重庆市冶金高级评委会   渝职改办"))
    assert kind == "title_certificate" and values.get("title") != "senior_engineer"
