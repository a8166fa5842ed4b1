"""Layouts and wordings the fourteenth session found read wrong, one test per cause."""

from __future__ import annotations

from pathlib import Path

from tests.test_thirteenth_session import _big, _typed


def test_a_units_attestation_that_a_report_was_adopted_shows_it_and_names_the_report():
    """第十一条（二）5 asks for a report 经所在单位认可并推广实施: the unit's 证明 shows it (probe AQ
    40b); its own day is not the report's, and a report's own words about itself show nothing."""
    attestation = [_big("技术报告认可及推广应用证明", 30),
                   "张伟同志主持编写的《MES系统与PLC设备互联互通技术报告》于2022年9月经公司技术委员会审定，予以认可。",
                   "该报告提出的技术方案已于2022年10月起在公司缸体、缸盖、曲轴三条产线推广实施，实现设备联网率由62%提升至96%。",
                   "特此证明。", "重庆两江智造科技有限公司（盖章）", "2022年12月20日"]
    kind, values, _ = _typed(attestation)
    assert kind == "technical_report" and values["adopted"] is True
    assert values["title"] == "MES系统与PLC设备互联互通技术报告" and "date" not in values
    planned = [*attestation[:2], "该报告提出的技术方案拟于2023年起在公司三条产线推广实施。", *attestation[3:]]
    assert _typed(planned)[1]["adopted"] is False
    own = [_big("MES系统与PLC设备互联互通技术报告", 30), "编写人：张伟、李强", "本报告提出的方案经公司认可，已在公司推广实施。",
           "2022年8月"]
    kind, values, _ = _typed(own)
    assert kind == "technical_report" and "adopted" not in values


def test_an_adopted_report_counts_on_its_attestation_and_not_on_the_claim_alone():
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    report = _paper("报告.pdf", "technical_report", "MES系统与PLC设备互联互通技术报告 编写人：张伟", title="MES系统与PLC设备互联互通技术报告",
                    report_kind="technical_report", authors=["张伟"], date="2022-08-01", applicant_rank=1)
    proof = _paper("证明.pdf", "technical_report", "技术报告认可及推广应用证明 特此证明", title="MES系统与PLC设备互联互通技术报告",
                   report_kind="technical_report", adopted=True)
    for docs, shown in (([report, proof], True), ([report], False)):
        claims = [claim(0, [d.file for d in docs], kind="report", report_kind="technical_report", level="enterprise",
                        rank=1, adopted=True, date="2022-08")]
        built = _audited(docs, claims).achievements
        assert len(built) == 1 and built[0].achievement.adopted is True
        assert ("adopted" in built[0].declared) is not shown


def test_work_not_yet_accepted_is_no_revenue_yet_and_a_payment_clause_says_nothing():
    """备注：截至…，项目尚未验收，款项未支付 (probe AR B02): no income is booked before acceptance.
    A payment clause (验收合格后支付60%) is a term, not a status."""
    contract = [_big("技术服务合同", 30), "甲方：重庆长江汽车零部件有限公司", "乙方：重庆两江智造科技有限公司",
                "合同金额：人民币壹仟伍佰万元整（¥15,000,000.00）", "付款方式：合同生效后支付30%，验收合格后支付60%，质保期满支付10%。",
                "签订日期：2025年3月10日"]
    kind, values, codes = _typed([*contract, "备注：截至2025年12月31日，项目尚未验收，款项未支付。"])
    assert kind == "revenue_proof" and values["amount_wan"] == 1500 and values["realised"] is False
    assert "revenue_not_realised" in codes
    kind, values, codes = _typed(contract)
    assert kind == "revenue_proof" and "realised" not in values and "revenue_not_realised" not in codes


def test_writers_whose_unit_holds_brackets_of_its_own():
    """林辉（重庆两江（集团）智造有限公司）、… (probe AR G10b): the nested brackets go with the unit."""
    kind, values, _ = _typed([_big("发动机缸体产线设备联网与数据采集技术报告", 30), "技 术 报 告",
                              "编写人员：林辉（重庆两江（集团）智造有限公司）、马雪松（重庆大学）、方宇航",
                              "（重庆市计量质量检测研究院）", "编写单位：重庆两江智造科技有限公司", "完成日期：2022年8月"])
    assert kind == "technical_report" and values["authors"] == ["林辉", "马雪松", "方宇航"]


def test_an_invoice_summary_whose_only_sum_is_net_of_tax_gives_its_checked_total():
    """序号 发票号码 开票日期 购买方名称 金额（不含税）, 合 | 计 (probe AP R04): the net total, believed
    because its rows add up to it; a total its rows contradict is not taken."""
    from tests.typed_pages import Row

    sums = [386000.00, 1254300.00, 92800.00]
    for total, taken in ((sum(sums), 173.31), (1800000.00, None)):
        rows = [Row((120, "序号"), (250, "发票号码"), (420, "开票日期"), (600, "购买方名称"), (1000, "金额(不含税)"))]
        for k, amount in enumerate(sums):
            rows.append(Row((130, str(k + 1)), (250, f"2353{k}035"), (420, f"2023-0{k + 1}-06"),
                            (600, ["重庆巴渝精工机械股份有限公司", "重庆赛博仪表有限公司", "重庆北碚玻璃纤维新材料有限公司"][k]),
                            (1000, f"{amount:,.2f}")))
        rows.append(Row((500, "合"), (540, "计"), (1000, f"{total:,.2f}")))
        kind, values, _ = _typed(["重庆两江云数科技有限公司", _big("2023年度工业数据采集终端销售发票汇总表", 30), "单位：元", *rows,
                                  "制表日期：2024年1月10日"])
        assert kind == "revenue_proof" and values.get("amount_wan") == taken


_JOINT = ["专业技术人员破格申报职称专家推荐表", "被推荐人姓名：张三 工作单位：重庆两江智造科技有限公司",
          "现专业技术职称：工程师 拟破格申报职称：高级工程师",
          "推荐人1：陈国华 专业技术职称：正高级工程师", "工作单位：中国汽车工程研究院股份有限公司",
          "推荐人2：刘建平 专业技术职称：{title}", "工作单位：重庆长安汽车股份有限公司",
          "推荐意见：", "张三同志业绩突出，我们同意推荐其破格申报高级工程师。", "推荐人签名：陈国华 刘建平", "日期：2025年9月10日"]


def test_a_joint_form_of_two_experts_counts_each_on_his_own_title():
    """推荐人1 … 推荐人2 … on one form (probe AQ 44x): two recommenders, each counted only as a
    正高级工程师; an 高级工程师 among them is not."""
    from tests.test_audit import APPLICANT
    from zhicheng.audit import _recommenders
    from zhicheng.documents import Document

    for second, counted in (("正高级工程师", 2), ("高级工程师", 1)):
        kind, values, _ = _typed([line.format(title=second) for line in _JOINT])
        assert kind == "recommendation_letter" and values["recommender"] == "陈国华"
        assert values["co_recommenders"] == [{"recommender": "刘建平", "recommender_title":
                                              "professorate_senior_engineer" if counted == 2 else "senior_engineer"}]
        document = Document(file="r.pdf", sha256="0" * 64, pages=1, text_source="text_layer", doc_type=kind,
                            confidence=1.0, reasons=[], fields=values)
        issues = []
        assert _recommenders([document], APPLICANT, issues) == counted
        assert [i["code"] for i in issues] == ([] if counted == 2 else ["recommender_not_qualified"])


def test_one_expert_numbered_alone_is_no_joint_form():
    """推荐人1 with no 推荐人2 (a form's blank second row): one recommender, nobody else."""
    kind, values, _ = _typed([line.format(title="") for line in _JOINT if "刘建平" not in line or "签名" in line])
    assert kind == "recommendation_letter" and values["recommender"] == "陈国华" and "co_recommenders" not in values


def test_an_empty_home_never_puts_the_cache_at_the_file_systems_root(monkeypatch, tmp_path):
    """Probe AU D11: ZHICHENG_CACHE_DIR='' with HOME='' wrote /.cache/zhicheng."""
    import pwd
    import tempfile
    from types import SimpleNamespace

    from extractor.ocr.cache import cache_root

    monkeypatch.setenv("ZHICHENG_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # (ignored, as the XDG spec says)
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: SimpleNamespace(pw_dir=str(tmp_path)))
    assert cache_root() == tmp_path / ".cache" / "zhicheng"
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: SimpleNamespace(pw_dir="/"))
    assert cache_root().parent == Path(tempfile.gettempdir()) and cache_root().name.startswith("zhicheng-cache-")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "zhicheng"


def test_a_nomination_certificate_is_no_award():
    """重庆市科学技术奖提名证书 … 被提名为…候选项目 … 本证书为提名证书，不作为获奖证明 (probe AT 26a)."""
    kind, _, _ = _typed([_big("重庆市科学技术奖提名证书", 30), "汽车零部件离散制造数字化车间关键技术及应用 项目经专家评审，",
                         "被提名为2023年度重庆市科学技术进步奖候选项目。项目完成人：张伟。", "特发此证，以资鼓励。",
                         "（本证书为提名证书，不作为获奖证明）", "证书号：TM2023-J-118", "重庆市科学技术奖励办公室", "二〇二四年五月"])
    assert kind != "award_certificate"


def test_a_close_whose_acceptance_is_still_to_come_is_no_passed_acceptance():
    """同意结题。项目绩效评价及验收工作另行组织 (probe AT 38a): not 通过验收; left to a person."""
    lines = [_big("项目结题证明", 30), "项目名称：发动机缸体数字化车间建设项目", "项目下达单位：重庆市经济和信息化委员会",
             "项目负责人：李强", "主要完成人员：1. 李强、2. 王芳、3. 张伟、4. 刘洋",
             "经审核，该项目已按计划执行完毕，提交了结题材料，同意结题。项目绩效评价及验", "收工作另行组织。", "日期：2023年06月15日"]
    kind, values, codes = _typed(lines)
    assert kind == "project_acceptance" and "passed" not in values and "acceptance_unclear" in codes
    kind, values, codes = _typed(lines[:5] + ["经审核，该项目已按计划执行完毕，同意通过验收。", lines[-1]])
    assert values["passed"] is True and "acceptance_unclear" not in codes


def _statement(file, months, amount):
    from tests.test_tenth_session import _paper

    return _paper(file, "revenue_proof", f"兹证明，我公司张三同志参与开发推广的“工业数据采集网关LJ-GW200”产品，{months}累计实现新增销售收入",
                  amount_wan=amount, parties=["重庆渝新智能装备有限公司"], date="2024-01-15",
                  period_start=months[:4] + "-01", period_end="2023-12")


def test_sums_earned_over_overlapping_months_hold_the_smaller_back():
    """2023年 450万 and 2022–2023年 700万 for one product (probe AT 53a): 2023 is in both."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited

    one, both = _statement("a.pdf", "2023年1月至2023年12月", 450), _statement("b.pdf", "2022年1月至2023年12月", 700)
    claims = [claim(0, ["a.pdf"], kind="revenue", amount_wan=450, role="participant", date="2023-12-31"),
              claim(1, ["b.pdf"], kind="revenue", amount_wan=700, role="participant", date="2023-12-31")]
    result = _audited([one, both], claims)
    assert [b.achievement.amount_wan for b in result.achievements] == [700]
    assert any(i["code"] == "duplicate_evidence" and i.get("file") == "a.pdf" for i in result.issues)
    other = _statement("c.pdf", "2023年1月至2023年12月", 450)
    other.words = other.words.replace("工业数据采集网关LJ-GW200", "边缘计算平台EC-100")
    claims[0].evidence[:] = ["c.pdf"]
    assert len(_audited([other, both], claims).achievements) == 2  # (two products, each named)
    apart = _statement("d.pdf", "2021年1月至2021年12月", 450)
    apart.fields["period_end"] = "2021-12"
    assert sorted(b.achievement.amount_wan for b in _audited([apart, both], [
        claim(0, ["d.pdf"], kind="revenue", amount_wan=450, role="participant", date="2021-12-31"), claims[1]]).achievements) \
        == [450, 700]


def test_a_recommender_of_another_field_is_left_to_a_person():
    """推荐人从事专业：风景园林 (probe AT 45a): 本专业或相近专业 is not shown."""
    from tests.test_audit import APPLICANT
    from zhicheng.audit import _recommenders
    from zhicheng.documents import Document

    lines = ["专业技术人员破格申报职称专家推荐表", "被推荐人姓名：张三 工作单位：重庆两江智造科技有限公司",
             "推荐人姓名：刘建平", "推荐人专业技术职称：正高级工程师", "推荐人从事专业：{field}",
             "推荐人工作单位：重庆市园林绿化科学研究院", "推荐意见：", "本人同意推荐其破格申报高级工程师。", "推荐人签名：刘建平"]
    for field, counted in (("风景园林", 0), ("机械设计制造及其自动化", 1)):
        kind, values, _ = _typed([line.format(field=field) for line in lines])
        assert kind == "recommendation_letter" and values["recommender_specialty"] == field
        document = Document(file="r.pdf", sha256="0" * 64, pages=1, text_source="text_layer", doc_type=kind,
                            confidence=1.0, reasons=[], fields=values)
        issues = []
        assert _recommenders([document], APPLICANT, issues) == counted


def test_an_investment_shown_only_by_the_projects_own_paper_waits_for_its_accounts():
    """附则（七）: 项目投资额 needs 财务数据、合同、发票 (probe AT 41a)."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    appraisal = _paper("鉴定.pdf", "project_acceptance", "科技成果鉴定证书 项目总投资2350万元", project_title="铝合金轮毂智能工厂建设",
                       leader="张三", members=["张三", "李四"], level="provincial", category="implementation", passed=True,
                       acceptance_date="2024-09-20", investment_wan=2350.0, appraised=True, applicant_rank=1)
    audit_report = _paper("审计.pdf", "revenue_proof", "投资审计报告 项目累计完成投资2350万元", amount_wan=2350.0,
                          parties=["重庆两江智造科技有限公司"], date="2024-09-05")
    for docs, shown in (([appraisal], False), ([appraisal, audit_report], True)):
        claims = [claim(0, [d.file for d in docs], kind="project", category="implementation", level="provincial", role="lead",
                        rank=1, investment_wan=2350, appraised=True, date="2024-09-20")]
        result = _audited(docs, claims)
        assert len(result.achievements) == 1 and result.achievements[0].achievement.investment_wan == 2350.0
        assert ("investment_wan" in result.achievements[0].declared) is not shown
        assert "kind_mismatch" not in [i["code"] for i in result.issues]


_IMPRINT = ["图书在版编目（CIP）数据", "工业互联网平台运维培训教程／张伟主编．—北京：机械工业出版社，2023.5",
            "ISBN 978-7-111-72346-2", "中国版本图书馆CIP数据核字（2023）第067890号", "机械工业出版社出版发行",
            "2023年5月第1版第1次印刷", "184mm×260mm·18.5印张·300千字", "定价：89.00元"]


def test_a_writers_part_is_no_books_count_and_a_chief_editors_own_part_is_his():
    """第1—4章由李强撰写（约8万字） is one writer's (probe AT 34b, 35b: the book read as 8万字);
    由张伟主编并统稿，撰写第1—9章（约16万字）: his part and his 主编 (37b)."""
    kind, values, _ = _typed(["编写说明", "本书编写分工如下：", "第1—4章由李强撰写（约8万字）；", "第5—8章由张伟撰写（约12万字）；",
                              *_IMPRINT[:1], "工业互联网平台建设与应用实践／李强，张伟，王芳著．—北京：机械工业出版社，2023.5",
                              *_IMPRINT[2:6], "184mm×260mm·18.5印张·320千字"])
    assert kind == "book" and values["words_wan"] == 32 and values["shares"] == {"李强": 8, "张伟": 12}
    assert "chief_editors" not in values
    kind, values, _ = _typed(["编写说明", "本书由张伟主编并统稿，撰写第1—9章（约16万字）。", *_IMPRINT])
    assert kind == "book" and values["words_wan"] == 30 and values["shares"] == {"张伟": 16}
    assert values["chief_editors"] == ["张伟"]


def test_an_authoritys_notice_promoting_the_book_shows_its_promotion():
    """重庆市经济和信息化委员会关于推广使用《…》的通知 (probe AT 37b): an official paper, not a book,
    and with the book's ISBN it shows 第十五条（二）7's promotion; a company's own notice does not."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    notice = ["重庆市经济和信息化委员会关于推广使用《工业互联网平台运维培训教程》的通知", "渝经信发〔2024〕21号", "各有关单位：",
              "由重庆两江智造科技有限公司张三同志主编的《工业互联网平台运维培训教程》（机械工业出版社2023年出版，ISBN",
              "978-7-111-72346-2）内容系统、实用性强，经组织专家评审，现推荐作为工业互联网平台运维人员培训教材推广使用。",
              "重庆市经济和信息化委员会", "2024年3月15日"]
    kind, values, _ = _typed(notice)
    assert kind == "official_recognition" and values["level"] == "provincial"
    book = _paper("版权页.pdf", "book", "工业互联网平台运维培训教程／张三主编", isbn="9787111723462", title="工业互联网平台运维培训教程",
                  authors=["张三"], chief_editors=["张三"], shares={"张三": 16}, words_wan=30, date="2023-05", applicant_rank=1)
    for issuer, level, shown in (("重庆市经济和信息化委员会", "provincial", "provincial"),
                                 ("重庆两江智造科技有限公司", "enterprise", None)):
        paper = _paper("通知.pdf", "official_recognition", "".join(notice).replace("重庆市经济和信息化委员会", issuer),
                       issuer=issuer, level=level, date="2024-03-15")
        claims = [claim(0, ["版权页.pdf", "通知.pdf"], kind="book", book_kind="textbook", role="lead", words_wan=16,
                        total_words_wan=30, promoted_level="provincial", isbn="9787111723462", date="2023-09")]
        result = _audited([book, paper], claims)
        built = result.achievements[0]
        assert built.achievement.role == "lead" and "role" not in built.declared
        assert ("promoted_level" in built.declared) is (shown is None)
        assert "kind_mismatch" not in [i["code"] for i in result.issues]


def test_a_reports_programme_source_gives_its_level():
    """项目来源：重庆市经济和信息化委员会 (probe AT 56b): 省（部）级."""
    kind, values, _ = _typed([_big("铝合金轮毂智能工厂建设项目可行性研究报告", 30), "可 行 性 研 究 报 告",
                              "项目来源：重庆市经济和信息化委员会", "2022年重庆市智能制造专项（渝经信智能〔2022〕31号）",
                              "编制人员：张伟（项目负责人）、李强、王芳", "编制单位：重庆两江智造科技有限公司", "完成日期：2022年3月"])
    assert kind == "technical_report" and values["level"] == "provincial"


def test_a_unit_under_the_recommender_label_is_no_recommender_and_a_candidate_with_his_title_is_read():
    """推荐人 | 重庆大学 自动化学院 (the name lost under a seal: probe AS RC06, read as 自动化学院);
    兹推荐重庆邮电大学曾德胜副教授申报… names the candidate."""
    kind, values, _ = _typed([_big("推荐意见", 30), "兹推荐重庆邮电大学曾德胜副教授申报正高级工程师。该同志在工业无线网络领",
                              "域成果丰硕，先后承担国家重点研发计划课题2项。", "推荐人", "重庆大学 自动化学院", "2024年7月2日"])
    assert kind == "recommendation_letter" and "recommender" not in values and values["candidate"] == "曾德胜"


def test_what_ocr_leaves_of_a_commission_is_no_companys_own_acceptance_and_a_bracket_is_no_part_of_a_title():
    """…通过重 | 息化委员会组织的验收 (probe AS AC08): not 企业级; （项目名称：…） under a heading."""
    kind, values, _ = _typed(["重庆渝新智造科技有限公司", _big("项目主要完成人员情况表", 30),
                              "（项目名称：城市轨道交通牵引变电所智能巡检机器人研制）", "项目负责人：陆然", "主要完成人员：陆然、吕鹏、戴平",
                              "以上人员排名经项目组协商一致。项目已于2024年1月12日通过重", "息化委员会组织的验收。"])
    assert kind == "project_acceptance" and values["project_title"] == "城市轨道交通牵引变电所智能巡检机器人研制"
    assert values.get("level") != "enterprise"


def test_programme_headings_over_titles_ocr_boxed_apart_give_the_level():
    """重庆市工业和信息化专项资金项目 | 验收鉴定意见; 国家重点研发计划课题 | 综合绩效评价 | （验收） | 结论书."""
    from tests.typed_pages import Row

    kind, values, _ = _typed(["重庆市工业和信息化专项资金项目", _big("验收鉴定意见", 30), "项目名称：工业机器人关节减速器精密加工数字化车间建设",
                              "项目负责人：肖怀瑾", "项目组成员：肖怀瑾、林嘉怡、姚海波", "验收专家组一致认为项目全面完成了建设内容，同意通过验收。"])
    assert kind == "project_acceptance" and values["level"] == "provincial"
    kind, values, _ = _typed([_big("国家重点研发计划课题", 30), Row((330, "综合绩效评价"), (560, "（验收）"), (700, "结论书")),
                              "课题名称：高端装备关键零部件智能检测技术与系统", "课题编号：2021YFB3301803", "课题负责人：王强",
                              "课题组成员：王强、李娜、赵敏", "验收日期：2025年1月17日", "结论：通过"])
    assert kind == "project_acceptance" and values["level"] == "national"


def test_a_numbered_column_in_open_leading_is_read_whole():
    """项目组成员 over 1. 曾琳 … 11. 武永红, a line's height between rows (probe AS AC07: only 曾琳)."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText
    from extractor.doctypes import doctype

    names = ["曾琳", "上官帆", "严勇", "董翔", "姜雪松", "吕俊杰", "公孙睿", "诸葛怀瑾", "龚娟", "韦琳", "武永红"]
    lines = [Line("项目验收报告", (238, 77, 356, 96)), Line("项目名称：高强度铝合金轮毂低压铸造工艺优化研究", (57, 124, 309, 135)),
             Line("负 责 人：曾琳", (57, 184, 128, 195)), Line("验收结论：通过", (57, 224, 133, 234)),
             Line("项目组成员", (369, 126, 428, 138))]
    lines += [Line(f"{k + 1}. {n}", (378 - 3 * (k >= 9), 152 + 24 * k, 410 + 5 * len(n), 162 + 24 * k)) for k, n in enumerate(names)]
    text = DocText(ReadResult("a.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", lines)]))
    assert doctype("project_acceptance").extract(text).values["members"] == names


def test_report_writers_a_name_cut_by_the_wrap_a_role_row_and_a_group_page_heading():
    """课题组成员：…、南宫 | 博 (probe AS TR01); 成 员   …、金 | 天佑 under 组 长 and 副组长 rows, the page's
    heading 规划编制组 and its rows no title, the title the one 《…》 names (TR05)."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText
    from extractor.doctypes import doctype

    def read(rows):
        lines = [Line(t, b) for t, b in rows]
        return doctype("technical_report").extract(DocText(ReadResult("r.pdf", "0" * 64, page_count=1,
                                                                      pages=[Page(1, 595, 842, "text_layer", lines)]))).values

    values = read([("重庆市社会科学规划项目", (221, 146, 373, 160)), ("成渝地区制造业数字化转型路径", (144, 228, 452, 249)),
                   ("课题研究报告", (232, 263, 363, 284)), ("课题负责人:   东方辉", (128, 410, 271, 424)),
                   ("课题组成员:   黎军、阎刚、陈子涵、慕容晓燕、石书瑶、南宫", (128, 436, 523, 449)), ("博", (230, 461, 243, 474)),
                   ("承担单位:   重庆工商大学", (128, 486, 313, 499))])
    assert values["authors"] == ["东方辉", "黎军", "阎刚", "陈子涵", "慕容晓燕", "石书瑶", "南宫博"]
    values = read([("规划编制组", (253, 91, 342, 108)), ("组 长   韦霞", (110, 141, 198, 152)),
                   ("副组长   吕翔、宋凯", (110, 172, 234, 183)),
                   ("成 员   魏浩然、史博文、皇甫欣怡、邵志强、杨晓燕、司徒志刚、金", (110, 199, 498, 219)), ("天佑", (175, 216, 198, 228)),
                   ("《重庆市荣昌区智能制造产业发展规划(2024—2030年)》由重庆市机械工业设", (101, 260, 519, 272)),
                   ("计研究院编制,2024年2月完成评审。", (71, 281, 264, 294))])
    assert values["title"] == "重庆市荣昌区智能制造产业发展规划（2024—2030年）"
    assert values["authors"] == ["韦霞", "吕翔", "宋凯", "魏浩然", "史博文", "皇甫欣怡", "邵志强", "杨晓燕", "司徒志刚", "金天佑"]


def test_a_suppliers_label_and_a_signing_day_in_chinese_numerals():
    """供货人：… (probe AS RV07) and 双方于二〇二三年六月二十日在…签订本合同 (RV09)."""
    kind, values, _ = _typed([_big("设备购销合同", 30), "采购人：重庆嘉陵数控设备有限公司", "供货人：重庆锐擎智能装备有限公司",
                              "合同总价（万元）：312.60", "双方于二〇二三年六月二十日在重庆市北碚区签订本合同。"])
    assert kind == "revenue_proof" and values["parties"] == ["重庆嘉陵数控设备有限公司", "重庆锐擎智能装备有限公司"]
    assert values["date"] == "2023-06-20"


# ---------------------------------------------------------------- probe AV: this session's checks attacked


def _attestation(sentence):
    return [_big("技术报告认可及推广应用证明", 30),
            "张伟同志主持编写的《MES系统与PLC设备互联互通技术报告》经公司技术委员会审定，予以认可。", sentence,
            "特此证明。", "重庆两江智造科技有限公司（盖章）", "2022年12月20日"]


def test_an_attestations_words_are_read_as_words_not_as_letters():
    """不良率, 虚拟, 生产计划, 如缸体线, 不停产, 能够 are no denial or plan; 正在筹备中, 下一步, 原定…已暂停,
    尚需决策 are, after the verb as well as before it (probe AV TR01–TR14)."""
    done = ["该报告提出的降低产品不良率的方案已在三条产线推广实施。", "该报告提出的虚拟调试方法已在公司推广应用。",
            "该报告的生产计划排程优化方案已于2022年10月推广实施。", "该方案已在多条产线（如缸体线、缸盖线）推广实施。",
            "该方案在不停产的情况下完成推广实施。", "该报告提出的能够自适应多种PLC协议的采集方案已推广应用。"]
    for sentence in done:
        assert _typed(_attestation(sentence))[1].get("adopted") is True, sentence
    pending = ["其推广实施工作正在筹备中。", "下一步将在全公司各产线推广实施。", "原定于2023年起推广实施，因产线改造已暂停。",
               "目前仅在试验线上试运行，全面推广实施尚需公司决策。"]
    for sentence in pending:
        assert _typed(_attestation(sentence))[1].get("adopted") is False, sentence
    said = [_big("关于《MES系统与PLC设备互联互通技术报告》应用情况的说明", 26), *_attestation("该方案已在三条产线推广实施。")[1:3],
            "特此说明。", "2022年12月20日"]
    values = _typed(said)[1]
    assert values["adopted"] is True and values["title"] == "MES系统与PLC设备互联互通技术报告" and "date" not in values


def test_an_acceptance_passed_outright_is_not_undone_by_another_inspection_still_to_come():
    """验收结论：通过 with 消防设施另行组织专项验收, or 当期未组织验收 told as history, passes (probe AV
    PA01–PA03); 同意结题 with 验收将于…组织, 拟于…组织验收, 验收时间另行通知, 尚需组织验收, 验收待…后进行
    does not (PA04–PA08)."""
    head = [_big("项目验收意见", 30), "项目名称：发动机缸体数字化车间建设项目", "项目负责人：李强", "项目组成员：李强、王芳、张伟"]
    for sentence in ("验收结论：通过。消防设施由消防主管部门另行组织专项验收。",
                     "因疫情影响当期未组织验收，经批准延期至2023年6月。专家组同意该项目通过验收。",
                     "项目通过初验，待试运行三个月后组织正式验收；本次即为正式验收，验收合格。"):
        assert _typed(head + [sentence])[1].get("passed") is True, sentence
    for sentence in ("同意结题。项目验收将于2024年上半年组织。", "同意结题。拟于2024年组织项目验收。", "同意结题。验收时间另行通知。",
                     "同意结题。项目尚需组织验收。", "同意结题。项目验收待绩效评价完成后进行。"):
        values, codes = _typed(head + [sentence])[1:]
        assert "passed" not in values and "acceptance_unclear" in codes, sentence


def test_shortlists_and_nominations_in_other_words_are_no_awards():
    """提名证明 …同意提名参评, 荣誉证书 …进入…候选名单, 入围通知书 (probe AV AW03–AW05)."""
    for lines in ([_big("重庆市科学技术奖提名证明", 30), "经审核，同意提名汽车零部件数字化车间关键技术及应用项目参评2023年度重庆市科学技术进步奖二等奖。",
                   "项目完成人：张伟。", "重庆市科学技术局", "2024年3月1日"],
                  [_big("荣誉证书", 30), "汽车零部件离散制造数字化车间关键技术及应用 项目",
                   "进入2023年度重庆市科学技术进步奖二等奖候选名单。项目完成人：张伟。", "特发此证。", "重庆市科学技术奖励办公室"],
                  [_big("入围通知书", 30), "你单位汽车零部件数字化车间项目入围2023年度重庆市科学技术进步奖二等奖终评。", "重庆市科学技术奖励办公室"]):
        assert _typed(lines)[0] != "award_certificate", lines[0]


def test_not_yet_realised_in_other_wordings_and_what_the_sum_leaves_out():
    """尚未完成验收, 尚未通过终验, 说明：…尚未验收, 货物尚未发出 (probe AV RV04–RV07); 另有…尚未交付，…不包含在上述
    收入中 speaks of other sales (RV01, RV02)."""
    head = [_big("新增销售收入证明", 30), "兹证明，我公司2023年1月至2023年12月累计实现新增销售收入人民币12,500,000.00元。"]
    for sentence in ("备注：截至2023年12月31日，项目尚未完成验收，款项未支付。", "备注：截至2023年12月31日，项目尚未通过终验。",
                     "说明：本项目尚未验收，款项尚未支付。", "备注：截至2023年12月31日，合同货物尚未发出。"):
        assert "revenue_not_realised" in _typed(head + [sentence])[2], sentence
    for sentence in ("备注：公司另有2个项目尚未交付，相应合同金额不包含在上述收入中。", "备注：另有订单300万元尚未交货，不在本证明金额之内。"):
        kind, values, codes = _typed(head + [sentence])
        assert "revenue_not_realised" not in codes and values["amount_wan"] == 1250, sentence


def test_a_summarys_revenue_is_its_net_total_when_it_prints_both():
    """金额（不含税） | 税额 | 价税合计 (probe AV RV11): the page's 合计 stays the field; revenue is net."""
    from tests.typed_pages import Row
    from zhicheng.achievements import facts_from_document
    from zhicheng.documents import Document
    from rules.vocabulary import Kind

    rows = [Row((120, "序号"), (250, "购买方名称"), (600, "金额(不含税)"), (800, "税额"), (1000, "价税合计"))]
    for k, (net, tax) in enumerate(((5000000.00, 650000.00), (4000000.00, 520000.00))):
        rows.append(Row((130, str(k + 1)), (250, ["重庆华岳汽车零部件有限公司", "重庆长江电气自动化有限公司"][k]),
                        (600, f"{net:,.2f}"), (800, f"{tax:,.2f}"), (1000, f"{net + tax:,.2f}")))
    rows.append(Row((250, "合计"), (600, "9,000,000.00"), (800, "1,170,000.00"), (1000, "10,170,000.00")))
    kind, values, _ = _typed(["重庆两江智造科技有限公司", _big("2024年度销售发票汇总表", 30), "单位：元", *rows, "制表日期：2025年1月15日"])
    assert kind == "revenue_proof" and values["amount_wan"] == 1017 and values["amount_net_wan"] == 900
    document = Document(file="s.pdf", sha256="0" * 64, pages=1, text_source="text_layer", doc_type=kind, confidence=1.0,
                        reasons=[], fields=values)
    assert facts_from_document(document, Kind.REVENUE)["amount_wan"] == 900


def test_an_investments_proof_must_be_of_this_project_and_of_what_was_invested():
    """An audit of another project, a sales statement, an audit of less (probe AV IN03–IN05)."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    appraisal = _paper("鉴定.pdf", "project_acceptance", "科技成果鉴定证书 项目总投资2350万元", project_title="铝合金轮毂智能工厂建设项目",
                       leader="张三", members=["张三", "李四"], level="provincial", category="implementation", passed=True,
                       acceptance_date="2024-09-20", investment_wan=2350.0, appraised=True, applicant_rank=1)

    def audited(words, amount=None):
        proof = _paper("财务.pdf", "revenue_proof", words, parties=["重庆渝新智能装备有限公司"], date="2024-09-05",
                       **({"amount_wan": amount} if amount else {}))
        claims = [claim(0, ["鉴定.pdf", "财务.pdf"], kind="project", category="implementation", level="provincial", role="lead",
                        rank=1, investment_wan=2350, appraised=True, date="2024-09-20")]
        return _audited([appraisal, proof], claims).achievements[0]

    ours = "项目投资专项审计报告 我们审计了贵公司“铝合金轮毂智能工厂建设项目”的投资完成情况。经审计，该项目累计完成投资人民币23,500,000.00元。"
    built = audited(ours)
    assert "investment_wan" not in built.declared and built.achievement.investment_wan == 2350
    assert "investment_wan" in audited(ours.replace("铝合金轮毂智能工厂建设项目", "汽车座椅骨架焊接生产线改造项目")).declared
    assert "investment_wan" in audited("新增销售收入证明 兹证明我公司2023年实现新增销售收入2,350万元。", 2350).declared
    assert audited(ours.replace("23,500,000.00", "15,000,000.00")).achievement.investment_wan == 1500


def test_joint_forms_in_a_table_with_bracketed_titles_or_ordinals_and_each_experts_field():
    """推荐人一/二, （正高级工程师，…）, a table of 序号 姓名 专业技术职称, 推荐人2 … 从事专业：风景园林, 推荐人研究方向,
    a 推荐人情况 block's bare 从事专业 (probe AV RC02–RC09); 岩土工程勘察与检测 is another field (RB03)."""
    from tests.test_audit import APPLICANT
    from zhicheng.audit import _recommenders
    from zhicheng.documents import Document

    head = ["专业技术人员破格申报职称专家推荐表", "被推荐人姓名：张三 工作单位：重庆两江智造科技有限公司", "现专业技术职称：工程师 拟破格申报职称：高级工程师"]
    tail = ["推荐意见：", "张三同志业绩突出，我们同意推荐其破格申报高级工程师。", "日期：2025年9月10日"]
    forms = {
        "ordinal": (["推荐人一：陈国华 职称：正高级工程师", "推荐人二：刘建平 职称：正高级工程师"], 2),
        "brackets": (["推荐人1：陈国华（正高级工程师，中国汽车工程研究院股份有限公司）", "推荐人2：刘建平（正高级工程师，重庆长安汽车股份有限公司）"], 2),
        "table": (["推荐专家情况：", "序号 姓名 专业技术职称 工作单位", "1 陈国华 正高级工程师 中国汽车工程研究院股份有限公司",
                   "2 刘建平 正高级工程师 重庆长安汽车股份有限公司"], 2),
        "field": (["推荐人1：陈国华 专业技术职称：正高级工程师 从事专业：智能制造",
                   "推荐人2：刘建平 专业技术职称：正高级工程师 从事专业：风景园林"], 1),
        "geotech": (["推荐人1：陈国华 专业技术职称：正高级工程师 从事专业：智能制造",
                     "推荐人2：刘建平 专业技术职称：正高级工程师 从事专业：岩土工程勘察与检测"], 1),
        "direction": (["推荐人姓名：刘建平", "推荐人专业技术职称：正高级工程师", "推荐人研究方向：风景园林"], 0),
        "block": (["推荐人情况", "姓名 刘建平 专业技术职称 正高级工程师", "从事专业 风景园林 工作单位 重庆市园林绿化科学研究院"], 0),
    }
    for name, (rows, counted) in forms.items():
        kind, values, _ = _typed(head + rows + tail)
        assert kind == "recommendation_letter", name
        document = Document(file="r.pdf", sha256="0" * 64, pages=1, text_source="text_layer", doc_type=kind,
                            confidence=1.0, reasons=[], fields=values)
        assert _recommenders([document], APPLICANT, []) == counted, (name, values)


def test_overlapping_years_a_products_name_in_another_order_and_an_unquoted_other_product():
    """2023年度 inside 2022—2023年 (probe AV OV03); “LJ-GW200工业数据采集网关” and “工业数据采集网关LJ-GW200”
    (OV04); a quoted gateway beside an unquoted MES software product is two products (OV01)."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited

    kind, values, _ = _typed([_big("新增销售收入证明", 30), "兹证明，我公司张三同志参与开发推广的“工业数据采集网关LJ-GW200”产品，",
                              "2022—2023年累计实现新增销售收入人民币7,000,000.00元。", "2024年3月10日"])
    assert (values["period_start"], values["period_end"]) == ("2022-01", "2023-12")
    one = _statement("a.pdf", "2023年1月至2023年12月", 450)
    one.words = one.words.replace("工业数据采集网关LJ-GW200", "LJ-GW200工业数据采集网关")
    both = _statement("b.pdf", "2022年1月至2023年12月", 700)
    claims = [claim(0, ["a.pdf"], kind="revenue", amount_wan=450, role="participant", date="2023-12-31"),
              claim(1, ["b.pdf"], kind="revenue", amount_wan=700, role="participant", date="2023-12-31")]
    assert [b.achievement.amount_wan for b in _audited([one, both], claims).achievements] == [700]
    one.words = "兹证明，我公司张三同志参与开发推广的MES制造执行系统V3.0软件产品，2023年1月至2023年12月累计实现新增销售收入"
    assert len(_audited([one, both], claims).achievements) == 2


def test_a_proposed_promotion_is_none_and_books_chief_editor_in_other_wordings():
    """关于拟推广使用《…》的公示 (probe AV TB02); 由张伟任主编，负责全书统稿并撰写…（约16万字）；李强撰写第10— |
    12章（约6万字） (BK04); a CIP's 主编 张伟 before the name (BK06)."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    book = _paper("版权页.pdf", "book", "工业互联网平台运维培训教程／张三主编", isbn="9787111723462", title="工业互联网平台运维培训教程",
                  authors=["张三"], chief_editors=["张三"], shares={"张三": 16}, words_wan=30, date="2023-05", applicant_rank=1)
    notice = _paper("公示.pdf", "official_recognition", "关于拟推广使用《工业互联网平台运维培训教程》的公示 拟将该书作为培训教材推广使用，现予公示。",
                    issuer="重庆市经济和信息化委员会", level="provincial", date="2024-03-15")
    claims = [claim(0, ["版权页.pdf", "公示.pdf"], kind="book", book_kind="textbook", role="lead", words_wan=16,
                    total_words_wan=30, promoted_level="provincial", isbn="9787111723462", date="2023-09")]
    assert "promoted_level" in _audited([book, notice], claims).achievements[0].declared
    imprint = [*_IMPRINT]
    kind, values, _ = _typed(["编写说明", "本书由张伟任主编，负责全书统稿并撰写第1—9章（约16万字）；李强撰写第10—", "12章（约6万字）。",
                              *imprint])
    assert values["words_wan"] == 30 and values["shares"] == {"张伟": 16, "李强": 6}
    imprint[1] = "工业互联网平台运维培训教程／主编 张伟．—北京：机械工业出版社，2023.5"
    kind, values, _ = _typed(imprint)
    assert values["authors"] == ["张伟"] and values["chief_editors"] == ["张伟"]


def test_a_recommender_who_introduces_himself_by_his_post_or_types_his_name_under_a_scrawl():
    """我是重庆…公司总工程师尉迟晓敏，教授级高级工程师 (probe AS RC03); 推荐专家签名：(scrawl) | 姓名：司马振宇
    职称：研究员 (RC02)."""
    kind, values, _ = _typed([_big("关于推荐王军同志申报正高级工程师的函", 26),
                              "我是重庆巴渝精工机械股份有限公司总工程师尉迟晓敏，教授级高级工程师，与",
                              "王军同志共事十余年。我认为其已达到正高级工程师的水平，特予推荐。", "推荐人：", "2024年5月20日"])
    assert kind == "recommendation_letter" and values["recommender"] == "尉迟晓敏"
    assert values["recommender_title"] == "professorate_senior_engineer"
    kind, values, _ = _typed([_big("推荐信", 30), "董浩同志于2012年参加工作，创新能力强，我郑重推荐董浩同志申报正高级工程师。",
                              "推荐专家签名：M MNWM", "姓名：司马振宇 职称：研究员", "单位：重庆市智能制造研究院", "2024年6月3日"])
    assert kind == "recommendation_letter" and values["recommender"] == "司马振宇" and values["recommender_title"] == "研究员"


def test_prose_title_certificates_name_their_title_and_holder():
    """具备工程师专 | 业技术职务任职资格 (probe AS TC03); 诸葛杰，2015年7月毕业于…，经考核认定，具备… (TC05)."""
    kind, values, _ = _typed([_big("职 称 证 书", 30), "邱杰同志：", "经四川省工程技术人才职称评审委员会评审通过，具备工程师专",
                              "业技术职务任职资格。", "授予时间：二〇二一年十二月", "证书编号：川职称(2021)0567号"])
    assert kind == "title_certificate" and values["title"] == "engineer" and values["holder"] == "邱杰"
    kind, values, _ = _typed([_big("专业技术资格证书", 30), "诸葛杰，2015年7月毕业于重庆交通大学土木工程专业，本科学历，经",
                              "考核认定，具备助理工程师专业技术资格。", "认定日期：2018-07-15"])
    assert kind == "title_certificate" and values["holder"] == "诸葛杰" and values["title"] == "assistant_engineer"


def test_a_byline_grouped_by_unit_and_writers_listed_at_a_reports_end():
    """郭明（重庆大学…） | 钱涛 廖艳（重庆渝新…公司…） (probe AS JP07); 参与人员名单 | 毛宇航、… (TR08)."""
    kind, values, _ = _typed(["机械设计与制造   ISSN 1000-3126 CN 21-1140/TH", "Machinery Design & Manufacture   2023年8月 第8期",
                              _big("基于深度强化学习的柔性作业车间调度"), "郭明（重庆大学 机械工程学院，重庆 400044）",
                              "钱涛 廖艳（重庆渝新智造科技有限公司，重庆 401120）", "摘 要：针对生产现场数据采集实时性差的问题，提出一种改进方法。",
                              "关键词：智能制造；数据采集", "中图分类号：TP391   文献标志码：A"])
    assert kind == "journal_paper" and values["authors"] == ["郭明", "钱涛", "廖艳"]
    kind, values, _ = _typed([_big("汽车涂装车间VOCs治理技术研究报告", 30), "1 研究背景", "本章介绍涂装废气收集与RTO焚烧组合工艺的设计。",
                              "参与人员名单", "毛宇航、王毅、薛明、邵卫东、刘庆丰、夏侯强、陶俊杰、万超、慕容晓燕、朱俊杰、史", "雨欣、王鑫",
                              "二〇二四年一月"])
    assert kind == "technical_report" and values["authors"][-2:] == ["史雨欣", "王鑫"] and len(values["authors"]) == 12


def test_a_note_that_the_first_listed_leads_the_project():
    """注：第1位为项目负责人 under a member table (probe AS AC14)."""
    kind, values, _ = _typed([_big("验收证书", 30), "项目名称：西部陆海新通道多式联运智慧物流调度平台研发与应用示范",
                              "验收结论：通过", "项目组成员：肖立新、林洋、江鹏、谢泽宇", "注：第1位为项目负责人。"])
    assert kind == "project_acceptance" and values["leader"] == "肖立新"


def test_a_reviewer_may_correct_a_joint_forms_experts_but_not_with_anything_else():
    """A correction's value has a field's shape: a list of people with their titles is one now
    (co_recommenders); nested lists, long or non-text values are not."""
    from fastapi import HTTPException

    from zhicheng.web.app import _check_value

    _check_value([{"recommender": "刘建平", "recommender_title": "professorate_senior_engineer"}], None)
    _check_value([], [{"recommender": "刘建平", "recommender_title": None}])
    for bad in ([{"recommender": ["a"]}], [{"recommender": "x" * 201}], [[1, 2]], [{"k" * 41: "v"}]):
        try:
            _check_value(bad, None)
        except HTTPException as err:
            assert err.status_code == 422
        else:
            raise AssertionError(bad)


def test_a_statements_period_columns_that_state_their_unit():
    """项目 | 本期金额(元) | 上期金额(元) over 一、 营业收入 (probe AS RV10): this period's, in 元."""
    from tests.typed_pages import Row

    kind, values, _ = _typed(["重庆南岸智慧能源服务有限公司", _big("2023年度财务报表审计报告", 30), "渝华审字〔2024〕第0412号",
                              "我们接受委托，审计了贵公司2023年度财务报表。现将主要财务数据列示如下：",
                              Row((150, "项目"), (600, "本期金额(元)"), (950, "上期金额(元)")),
                              Row((150, "一、 营业收入"), (600, "123,456,789.12"), (950, "98,765,432.10")),
                              Row((150, "减：营业成本"), (600, "97,531,246.80"), (950, "80,012,345.67")),
                              "重庆华信会计师事务所有限公司", "2024年4月12日"])
    assert kind == "revenue_proof" and values["amount_wan"] == 12345.678912


def test_a_grid_of_names_under_a_list_heading_ended_by_the_forms_next_label():
    """参与人员名单： over four names a row, the last row short, then 项目负责人：沈宇航 (probe AS AC02)."""
    from tests.typed_pages import Row

    names = ["沈宇航", "万永红", "段清源", "曹静", "田建华", "东方莉", "史凯", "陈欣怡", "向宁"]
    rows = [Row(*((150 + 300 * k, n) for k, n in enumerate(names[i:i + 4]))) for i in range(0, len(names), 4)]
    kind, values, _ = _typed([_big("项目验收意见", 30), "专家组一致同意该项目通过验收。", "参与人员名单：", *rows, "项目负责人：沈宇航"])
    assert kind == "project_acceptance" and values["members"] == names and values["leader"] == "沈宇航"


def test_a_places_programme_named_in_the_acceptance_forms_title_gives_its_level():
    """重庆市工业互联网平台应用项目验收意见表 (probe AP A09): a 重庆市 programme, 省（部）级."""
    kind, values, _ = _typed([_big("重庆市工业互联网平台应用项目验收意见表", 26), "项目名称   基于工业互联网的空压站群控节能系统",
                              "承担单位   重庆锐擎智能装备有限公司", "项目负责人 丁颖", "项目组成员 丁颖、司徒斌、吴世杰", "验收结论   通过"])
    assert kind == "project_acceptance" and values["level"] == "provincial"


# ---------------------------------------------------------------- probe AW: more layouts never seen


def test_a_holders_rank_from_the_completer_list_under_his_own_line():
    """获奖者：欧阳建华 over 主要完成人：陈喆、欧阳建华、… (probe AW AA02: read as rank 1)."""
    from zhicheng.documents import document_from
    from extractor.model import Page, ReadResult
    from tests.typed_pages import HEIGHT, WIDTH, page

    lines = page(_big("荣誉证书"), "获奖者：欧阳建华", "你参与完成的“高速公路隧道群智能通风节能控制系统”项目，荣获",
                 "2023年度中国公路学会科学技术奖二等奖。", "主要完成人：陈喆、欧阳建华、冯堃、苏明、慕容远航、黎昊", "中国公路学会",
                 "2024年5月20日")
    document = document_from(ReadResult("a.jpg", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "ocr", lines)]), "欧阳建华")
    assert document.fields["rank"] == 2 and document.fields["applicant_rank"] == 2


def test_a_compound_surname_alone_is_no_ones_name():
    """欧阳 (its given name lost under a seal: probe AW AA05) is nobody's holder."""
    from extractor.doctypes.base import Fields

    f = Fields()
    f.set("holder", "欧阳")
    f.set("leader", "欧阳堃")
    assert f.values == {"leader": "欧阳堃"}


def test_journal_names_with_a_pause_mark_or_online_first_and_a_last_author_alone_on_his_line():
    """振动、测试与诊断 (probe AW JA12), …[J/OL].重庆理工大学学报(自然科学).https:… (JA13), and the byline's
    second line holding one marked name (贺鑫1*, JA12)."""
    from tests.typed_pages import Row

    kind, values, _ = _typed([Row((120, "Vol. 40, No. 2"), (520, "振动、测试与诊断"), (900, "Feb.2024")),
                              _big("基于改进变分模态分解的齿轮箱故障特征提取"), "邓天佑1,万俊杰1,尉迟晓敏2,陈琳2", "贺鑫1*",
                              "（1. 重庆大学机械传动国家重点实验室 重庆，400044）", "摘 要：针对复杂工况下设备状态难以准确感知的问题，提出一种方法。",
                              "关键词：状态感知；参数辨识", "中图分类号：TH17 文献标志码：A"])
    assert kind == "journal_paper" and values["journal"] == "振动、测试与诊断"
    assert values["authors"] == ["邓天佑", "万俊杰", "尉迟晓敏", "陈琳", "贺鑫"]
    kind, values, _ = _typed([_big("网络首发", 30), "题目：氢燃料电池汽车热管理系统多目标优化控制", "作者：尉迟燊，唐卫东，诸葛雨欣，侯毅",
                              "网络首发日期：2023-04-20", "引用格式：尉迟燊，唐卫东，诸葛雨欣，侯毅.氢燃料电池汽车热管理系统多目标优化控",
                              "制[J/OL].重庆理工大学学报(自然科学).https:", "//kns.cnki.net/kcms/detail/50.1205.T.20230420.1432.008.html",
                              "摘要：针对氢燃料电池汽车热管理问题，提出一种方法。", "关键词：燃料电池；热管理"])
    assert values["journal"] == "重庆理工大学学报(自然科学)"


def test_a_forms_printed_level_when_no_body_named_on_it_settles_one():
    """项目级别 | 国家级 (probe AW PA11: read as 企业级 for want of a government body), 地市级 (PA07)."""
    for printed, level in (("国家级", "national"), ("地市级", "municipal"), ("省部级", "provincial")):
        kind, values, _ = _typed([_big("科技项目验收意见表", 30), "项目名称：长江上游航道智能感知与通航保障技术研究",
                                  "承担单位：重庆锐擎智能装备有限公司", "项目负责人：丁志强", f"项目级别：{printed}", "验收结论：通过"])
        assert kind == "project_acceptance" and values["level"] == level, printed


def test_a_unit_cut_by_the_wrap_after_letters_that_look_like_a_name_and_holders_centred_on_their_label():
    """…；中铁 | 二院重庆勘察设计研究院有限责任公司 (probe AW PN03); 著作权人 level with the third of five
    holders one a line (SC04: the first two lost, the applicant's place wrong)."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText
    from extractor.doctypes import doctype
    from extractor.layout import holders

    assert holders(None, None, "重庆交通大学；中铁") == ["重庆交通大学", "中铁"]  # (no wrap: read as printed)
    rows = [("计算机软件著作权登记证书", (178, 86, 417, 105)), ("证书号   软著登字第13567890号", (73, 155, 305, 166)),
            ("软件名称   城市内涝风险数字孪生预警平台V3.0", (73, 184, 371, 195)), ("著作权人", (73, 242, 118, 253)),
            ("重庆市水利电力建筑勘测设计研究院有限公司", (186, 209, 415, 220)), ("重庆交通大学", (186, 226, 255, 236)),
            ("重庆两江云数科技有限公司", (186, 242, 323, 254)), ("上官晓燕", (186, 259, 232, 270)), ("令狐堃", (186, 276, 220, 287)),
            ("权利取得方式   原始取得", (73, 301, 232, 312)), ("登记号   2024SR1876543", (73, 358, 269, 368)),
            ("登记日期   2024年11月26日", (73, 386, 268, 397))]
    text = DocText(ReadResult("s.pdf", "0" * 64, page_count=1,
                              pages=[Page(1, 595, 842, "text_layer", [Line(t, b) for t, b in rows])]))
    assert doctype("software_copyright").extract(text).values["holders"] == [
        "重庆市水利电力建筑勘测设计研究院有限公司", "重庆交通大学", "重庆两江云数科技有限公司", "上官晓燕", "令狐堃"]


def test_drafters_ending_inside_the_forewords_paragraph():
    """…本文件主要起草人：叶宁、…、孟 | 莉、白颖、严成林。本文件为首次发布。 (probe AW SA07)."""
    kind, values, _ = _typed(["ICS 03.220", _big("重庆市地方标准", 30), "DB50/T 1502—2023", _big("城市物流配送中心智能化建设指南", 30),
                              "2023-06-01发布   2023-09-01实施", "前  言",
                              "本文件由重庆市住房和城乡建设委员会提出。本文件起草单位：重庆交通大学。本文件主要起草人：叶宁、司徒莉、孟",
                              "莉、白颖、严成林。本文件为首次发布。"])
    assert kind == "standard" and values["drafters"] == ["叶宁", "司徒莉", "孟莉", "白颖", "严成林"]


# ---------------------------------------------------------------- probe AX: this session's reading attacked


def test_a_completer_list_of_another_project_or_with_namesakes_gives_no_rank():
    """附：同批获奖项目 … 主要完成人：王强、赵敏、李明 (probe AX A06) is another project's; 陈喆、李明、冯堃、李明
    (A09) cannot tell which 李明: no rank, and first is no default."""
    from zhicheng.documents import document_from
    from extractor.model import Page, ReadResult
    from tests.typed_pages import HEIGHT, WIDTH, page

    def ranked(*rows):
        lines = page(_big("荣誉证书"), "获奖者：李明", "你参与完成的“城市轨道交通智能运维平台”项目，荣获2023年度中国公路学会科学技术奖二等奖。",
                     *rows, "中国公路学会", "2024年5月20日")
        document = document_from(ReadResult("a.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "text_layer", lines)]),
                                 "李明")
        return document.fields.get("rank"), document.fields.get("applicant_rank")

    assert ranked("主要完成人：陈喆、李明、冯堃", "附：同批获奖项目“桥梁健康监测系统”", "主要完成人：王强、赵敏、李明") == (2, 2)
    assert ranked("附：同批获奖项目“桥梁健康监测系统”", "主要完成人：王强、赵敏、李明、孙丽") == (None, None)
    assert ranked("主要完成人：陈喆、李明、冯堃、李明") == (None, None)


def test_a_level_cell_printing_its_options_gives_the_one_ticked():
    """项目级别：国家级□ 省部级□ 地市级■ 企业级□ (probe AX P03: read as 国家级), 国家级（ ）省部级（√）(P04)."""
    for printed, level in (("国家级□ 省部级□ 地市级■ 企业级□", "municipal"), ("国家级（ ）省部级（√）地市级（ ）", "provincial"),
                           ("国家级□ 省部级□ 地市级□", None)):
        kind, values, _ = _typed([_big("科技项目验收意见表", 30), "项目名称：长江上游航道智能感知与通航保障技术研究", "项目负责人：丁志强",
                                  f"项目级别：{printed}", "验收结论：通过"])
        assert kind == "project_acceptance" and values.get("level") == level, printed


def test_a_whole_unit_after_a_short_one_at_a_wrap_and_a_masthead_listing_its_indexes():
    """…；中冶 | 重庆大学 are two holders (probe AX S05); 中文核心、CSCD来源期刊 is no part of a journal's name (J02)."""
    from extractor.layout import holders
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    rows = [("著作权人：重庆交通大学；中冶", (100, 100, 400, 112)), ("重庆大学", (172, 118, 230, 130)), ("登记号：2024SR0000001", (100, 140, 300, 152))]
    text = DocText(ReadResult("s.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", [Line(t, b) for t, b in rows])]))
    assert holders(text, text.lines[0], "重庆交通大学；中冶") == ["重庆交通大学", "中冶", "重庆大学"]
    kind, values, _ = _typed(["重庆交通大学学报（自然科学版） 2022年第3期 中文核心、CSCD来源期刊", _big("山区高速公路隧道群通风控制策略研究"),
                              "张伟1,李强2", "（1. 重庆交通大学 土木工程学院，重庆 400074）", "摘 要：针对山区隧道群通风能耗高的问题，提出一种方法。",
                              "关键词：隧道；通风", "中图分类号：U453 文献标志码：A"])
    assert kind == "journal_paper" and values["journal"] == "重庆交通大学学报（自然科学版）"


def test_a_byline_giving_each_names_pinyin_in_brackets():
    """诸葛堃(ZHUGE Kun) 王喆(WANG Zhe), | 孙莉(SUN Li) 上官明轩(SHANGGUAN Mingxuan) (probe AW JA03)."""
    kind, values, _ = _typed(["第43卷 第12期   中国电机工程学报   Proc. CSEE, 2023, 43(12)", _big("考虑源荷不确定性的配电网分布式储能优化配置"),
                              "诸葛堃(ZHUGE Kun) 王喆(WANG Zhe),", "孙莉(SUN Li) 上官明轩(SHANGGUAN Mingxuan)",
                              "（国网重庆市电力公司电力科学研究院，重庆市 渝北区 401123）", "摘 要：针对配电网储能配置问题，提出一种方法。",
                              "关键词：储能；配电网", "中图分类号：TM73 文献标志码：A"])
    assert kind == "journal_paper" and values["authors"] == ["诸葛堃", "王喆", "孙莉", "上官明轩"]
