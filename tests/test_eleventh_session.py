"""Layouts the eleventh session's probes found read wrong, one test per cause.

Each test builds its page the way the probe's document was built (typed lines) and checks
the value a reviewer would read off the page."""

from __future__ import annotations

from extractor.doctypes import doctype
from tests.typed_pages import At, Big, doc, page


def _typed(*rows, name=None):
    from classifiers import classify

    text = doc(page(*rows))
    kind = classify(text)
    return kind.doc_type, doctype(kind.doc_type).extract(text).values if kind.doc_type != "unknown" else {}


def test_a_writing_groups_heading_set_apart_over_names_with_their_units_and_chapters():
    kind, values = _typed(Big("《西部陆海新通道智慧物流发展白皮书（2023）》"), Big("编 写 组", 36), None,
                          "司徒雷（重庆交通大学，第一章、第五章）", "晏阳初（重庆物流集团，第二章）",
                          "桑德兰（中新互联互通项目管理局，第三章）", "龚如心（重庆邮电大学，第四章及附录）",
                          "统稿：司徒雷   审定：卢作孚", None, Big("2023年11月", 28))
    assert kind == "technical_report"
    assert values["authors"] == ["司徒雷", "晏阳初", "桑德兰", "龚如心"]


def test_a_bilingual_head_tables_english_caption_before_the_writers_role():
    kind, values = _typed(Big("智能网联汽车V2X路侧单元互操作测试报告"), "Report No. 报告编号   CAICT-CQ-V2X-2024-017",
                          "Prepared by 编制   孔令辉、聂卫平", "Reviewed by 审核   钱学森", "Approved by 批准   邓稼先",
                          "Date 日期   2024-07-22", "1 Scope 范围",
                          "本报告给出了5家厂商路侧单元与3家车载单元之间的互操作测试结果。")
    assert kind == "technical_report"
    assert values["authors"] == ["孔令辉", "聂卫平"]
    assert values["report_kind"] == "technical_report"  # a test's report is a technical report


def test_a_numbered_awardee_list_wrapped_onto_a_second_line():
    kind, values = _typed(Big("重庆市科学技术进步奖"), Big("获 奖 证 书"), "项目名称：装配式建筑预制构件智能生产线关键技术",
                          "奖励等级：三等奖", "获奖者：1.赵云 2.黄月英 3.马超 4.法正", At(330, "5.许靖 6.费祎 7.董允"),
                          None, At(800, "重庆市人民政府"), At(800, "2022年12月"))
    assert kind == "award_certificate"
    assert values["holders"] == ["赵云", "黄月英", "马超", "法正", "许靖", "费祎", "董允"]


def test_a_one_sentence_award_names_its_project_and_its_ranked_completer():
    kind, values = _typed(Big("重庆市江北区科学技术奖"), Big("荣誉证书"),
                          At(200, "授予“城市更新老旧小区燃气管道数字孪生巡检系统”江北区科学技术进步"),
                          "奖二等奖，主要完成人张飞（排名第二）。", None, At(800, "重庆市江北区人民政府"), At(800, "2024年3月"))
    assert kind == "award_certificate"
    assert values["project_title"] == "城市更新老旧小区燃气管道数字孪生巡检系统"
    assert values["holder"] == "张飞" and values["rank"] == 2


def test_an_acceptance_letters_team_in_brackets_its_label_at_the_lines_end():
    kind, values = _typed(Big("重庆市经济和信息化委员会"), Big("关于重庆XX智能制造试点示范项目验收结果的函", 36),
                          "重庆瑜欣平瑞电子股份有限公司：",
                          At(176, "你单位承担的“小型通用汽油机智能装配示范线”项目（项目负责人：霍去病；项目组成员"),
                          "：卫青、 李广、 程不识）已于2024年5月20日完成验收。",
                          At(176, "经专家组评审，该项目通过验收。"), None, At(800, "2024年6月3日"))
    assert kind == "project_acceptance"
    assert values["members"] == ["卫青", "李广", "程不识"]
    assert values["leader"] == "霍去病"


def test_a_recommender_signing_with_the_short_form_of_his_title():
    kind, values = _typed(Big("专家推荐意见"), "被推荐人：燕青    申报资格：高级工程师",
                          At(176, "燕青同志长期从事工业互联网与智能制造领域的技术研发和工程应用工作，成绩显著。"),
                          At(176, "该同志符合高级工程师任职资格条件，特此推荐。"), None,
                          At(700, "推荐人：卢俊义（教高）"), At(700, "重庆钢铁集团设计院有限公司 总工程师"), At(700, "2024年7月5日"))
    assert kind == "recommendation_letter"
    assert values["recommender"] == "卢俊义"
    assert values["recommender_title"] == "professorate_senior_engineer"


def test_a_bank_slips_printing_day_is_not_its_transaction_day():
    from tests.typed_pages import Row

    kind, values = _typed(Big("中国建设银行 网上银行电子回单"),
                          Row((120, "回单编号：20231130000321887"), (700, "打印日期：2023-12-04")),
                          Row((120, "付款人"), (220, "全称"), (320, "重庆渝江新高模具有限公司"), (700, "收款人"), (800, "全称"),
                              (880, "重庆工业大数据创新中心有限公司")),
                          Row((120, "金额"), (320, "（小写）¥580,000.00"), (700, "（大写）伍拾捌万元整")),
                          Row((120, "交易日期"), (320, "2023-11-30")), Row((120, "用途"), (320, "工业大数据平台建设合同款")))
    assert kind == "revenue_proof"
    assert values["date"] == "2023-11-30"
    assert values["amount_wan"] == 58


def test_a_form_with_two_experts_in_columns_gives_the_first():
    from tests.typed_pages import Row

    kind, values = _typed(Big("高级职称申报推荐意见表"), Row((120, "被推荐人：丁典"), (520, "申报资格：正高级工程师")),
                          Row((300, "推荐人一"), (800, "推荐人二")),
                          Row((120, "姓名"), (300, "梅念笙"), (800, "狄云")),
                          Row((120, "职称"), (300, "正高级工程师"), (800, "研究员")),
                          Row((120, "单位"), (300, "中国汽车工程研究院股份有限公司"), (800, "重庆市计量质量检测研究院")),
                          Row((120, "签字")), "推荐意见：同意推荐。")
    assert kind == "recommendation_letter"
    assert values["candidate"] == "丁典"
    assert values["recommender"] == "梅念笙"
    assert values["recommender_title"] == "professorate_senior_engineer"


def test_a_form_with_two_experts_stacked_gives_the_first_with_his_own_title():
    from tests.typed_pages import Row

    kind, values = _typed(Big("破格申报专家推荐表"), Row((200, "申报人"), (340, "李时迁"), (600, "申报资格"), (760, "高级工程师")),
                          At(200, "推荐专家一"), Row((200, "姓名"), (340, "李逵"), (600, "职称"), (760, "研究员")),
                          Row((200, "工作单位"), (340, "中国科学院重庆绿色智能技术研究院")),
                          At(200, "推荐意见：该同志在工业控制系统安全领域业绩突出，同意推荐。"),
                          At(200, "推荐专家二"), Row((200, "姓名"), (340, "鲁达"), (600, "职称"), (760, "教授级高级工程师")),
                          Row((200, "工作单位"), (340, "中冶赛迪集团有限公司"), (600, "签字")),
                          At(200, "推荐意见：该同志在工业控制系统安全领域业绩突出，同意推荐。"))
    assert kind == "recommendation_letter"
    assert values["recommender"] == "李逵"
    assert values["recommender_title"] == "研究员"  # his, not the second expert's 教授级高级工程师


def test_a_conferred_holder_spaced_from_his_address_keeps_his_printed_place():
    kind, values = _typed(Big("中国船舶集团有限公司科学技术奖"), Big("获 奖 证 书"), "授予：左丘昊　同志（排名第7）",
                          "项目：船用低速机曲轴智能加工生产线", "等级：特等奖", None, At(800, "中国船舶集团有限公司"),
                          At(800, "2022年3月"))
    assert kind == "award_certificate"
    assert values["holder"] == "左丘昊"  # 同志 is nobody
    assert values["rank"] == 7


def test_a_team_table_with_units_and_places_is_the_teams_not_its_first_rows():
    from tests.typed_pages import Row

    kind, values = _typed(Big("重庆市自然科学优秀学术论文奖"), "论文题目：面向多品种小批量生产的数字孪生车间动态调度方法",
                          "奖励等级：二等奖", Row((120, "获奖人员"), (400, "工作单位"), (900, "排名")),
                          Row((120, "贾宝钗"), (400, "重庆大学"), (900, "1")),
                          Row((120, "薛宝琴"), (400, "重庆长安汽车股份有限公司"), (900, "2")),
                          Row((120, "史湘云"), (400, "重庆大学"), (900, "3")), None, At(800, "重庆市科学技术协会"),
                          At(800, "2023年9月"))
    assert kind == "award_certificate"
    assert values["holders"] == ["贾宝钗", "薛宝琴", "史湘云"]
    assert values["project_title"] == "面向多品种小批量生产的数字孪生车间动态调度方法"
    assert values.get("level") != "enterprise"  # a winner's company in the table signs nothing


def test_the_state_patent_prize_is_national():
    kind, values = _typed(Big("第二十四届中国专利优秀奖"), Big("证 书"), "专利号：ZL201910876543.2",
                          "专利名称：一种基于数字孪生的数控机床加工质量预测方法", "专利权人：重庆机床（集团）有限责任公司；重庆大学",
                          "发明人：闫宏宇；乔峰；邰玉洁；裴元庆", None, At(800, "国家知识产权局"), At(800, "2023年7月"))
    assert kind == "award_certificate"
    assert values["level"] == "national"


def test_a_decisions_list_of_winners_runs_on_under_the_next_pages_header():
    from classifiers import classify
    from tests.typed_pages import Row, doc, page

    def rows(numbers):
        return [Row((120, str(n)), (200, f"智能产线改造项目第{n}号"), (600, "重庆长寿经济技术开发区管理委员会" if n == 12 else "重庆某某科技有限公司"),
                    (1000, "邹韬奋、阎仲彦" if n == 12 else "张伟、李娜"), (1150, "三等奖")) for n in numbers]

    header = Row((120, "序号"), (200, "项目名称"), (600, "主要完成单位"), (1000, "主要完成人"), (1150, "等级"))
    text = doc(page(Big("重庆市人民政府"), Big("关于2023年度重庆市科学技术奖励的决定（摘录）", 36),
                    "附件：2023年度重庆市科学技术进步奖获奖项目目录", header, *rows(range(1, 12))),
               page(header, *rows(range(12, 15)), None, At(800, "2024年5月10日")))
    kind = classify(text)
    assert kind.doc_type == "award_certificate"
    fields = doctype(kind.doc_type).extract(text)
    assert len(fields.rows) == 14  # page 2's rows are the same table's
    assert fields.values.get("level") == "provincial"  # the government's, not a winner's 管理委员会 in a row


def test_a_grade_of_basically_qualified_leaves_the_acceptance_undecided_not_failed():
    kind, values = _typed(Big("重庆市永川区工业互联网标杆示范项目"), Big("验收评价意见"), "项目名称：数控刀具全生命周期管理平台",
                          "项目团队：欧阳锦（负责人）、慕容雪（架构设计）、钟灵（软件开发）", "评价等级：基本合格",
                          "评价意见：平台已上线运行，刀具寿命预测准确率达到85%，但与ERP系统的集成尚未完成，建议尽快完善。",
                          At(700, "评价日期：2024年11月5日"))
    assert kind == "project_acceptance"
    assert values.get("passed") is None  # 基本合格 is for a person to weigh; 尚未完成 is no verdict


def test_a_title_on_a_row_read_as_one_line_ends_before_the_next_spaced_caption():
    kind, values = _typed(Big("科学技术成果鉴定证书"), "渝科鉴字〔2023〕第 047 号",
                          "成果名称：汽车发动机缸体缸盖柔性加工生产线关键技术及应用   组织鉴定单位：重庆市科学技术局   鉴定日期：2023年7月14日",
                          "鉴定意见：鉴定委员会认为，该成果整体技术达到国内领先水平，同意通过鉴定。", "主要研制人员：皇甫嵩、鲜于枢、卓文君")
    assert kind == "project_acceptance"
    assert values["project_title"] == "汽车发动机缸体缸盖柔性加工生产线关键技术及应用"


def test_a_travel_approval_naming_an_acceptance_meeting_is_no_acceptance():
    from tests.typed_pages import Row

    kind, _ = _typed(Big("出差审批单"), Row((120, "出差人"), (300, "慕容雪、钟灵"), (700, "部门"), (850, "数字化服务部")),
                     Row((120, "出差事由"), (300, "参加“数控刀具全生命周期管理平台”项目验收会")),
                     Row((120, "出差地点"), (300, "重庆市永川区")), Row((120, "审批意见"), (300, "同意")))
    assert kind == "unknown"


def test_a_consortiums_members_are_parties_without_their_role_words():
    kind, values = _typed(Big("智能工厂建设项目总承包合同（节选）"), "发包人（甲方）：重庆渝丰电线电缆有限公司",
                          "承包人（乙方）：联合体牵头人 中机中联工程有限公司", At(330, "联合体成员   重庆数字工业技术研究院有限公司"),
                          "第三条 签约合同价：人民币（大写）肆仟贰佰陆拾万元整（小写：¥42,600,000.00）",
                          "，其中设备购置费2,980万元，软件及实施费1,280万元。", "甲方（盖章）：    乙方牵头人（盖章）：", "2022年4月29日")
    assert kind == "revenue_proof"
    assert values["parties"] == ["重庆渝丰电线电缆有限公司", "中机中联工程有限公司", "重庆数字工业技术研究院有限公司"]
    assert values["amount_wan"] == 4260


# --- verdicts (probe AI) --------------------------------------------------------------------

from tests.test_tenth_session import _audited, _paper  # noqa: E402 (the audit's helpers, one home)


def test_a_name_inside_another_persons_name_is_not_the_applicants():
    """阳明 is printed inside 欧阳明, 马南 inside 司马南: another man's certificate shows nothing of
    his (第十六条（三）: awards count on the person's own certificate)."""
    from dataclasses import replace

    from tests.test_audit import APPLICANT, claim

    yangming = replace(APPLICANT, name="阳明")
    cite = [claim(0, ["奖.pdf"], kind="award", level="provincial", grade="二等奖", rank=1, date="2024-12-01")]
    award = _paper("奖.pdf", "award_certificate", "重庆市科学技术进步奖 获奖证书 获奖人 欧阳明 二等奖",
                   award_name="重庆市科学技术进步奖", level="provincial", grade="二等奖", holder="欧阳明", date="2024-12")
    result = _audited([award], cite, yangming)
    assert result.achievements == [] and "name_not_found" in [i["code"] for i in result.issues]
    his = _paper("奖.pdf", "award_certificate", "重庆市科学技术进步奖 获奖证书 获奖人 阳明 二等奖",
                 award_name="重庆市科学技术进步奖", level="provincial", grade="二等奖", holder="阳明", rank=1, applicant_rank=1,
                 date="2024-12")
    assert len(_audited([his], cite, yangming).achievements) == 1
    reply = _paper("复函.pdf", "official_recognition", "重庆市经济和信息化委员会关于欧阳明同志工作业绩的复函 经研究，我委予以认可。",
                   issuer="重庆市经济和信息化委员会", level="provincial", date="2024-06-01")
    recognised = [claim(0, ["复函.pdf"], kind="recognition", level="provincial", date="2024-06-01")]
    assert _audited([reply], recognised, yangming).achievements == []


def test_a_reply_that_turns_the_request_down_is_no_recognition():
    kind, _ = _typed(Big("重庆市经济和信息化委员会"), Big("关于张三同志工作业绩认可申请的复函", 36), "张三同志：",
                     At(176, "你提交的工作业绩认可申请收悉。经组织专家评议，所报材料尚不足以证明其做出重大贡献，我委暂不予认可。"),
                     At(176, "请按有关规定补充完善后再行申请。"), None, At(800, "重庆市经济和信息化委员会"), At(800, "2025年6月3日"))
    assert kind == "unknown"
    kind, _ = _typed(Big("重庆市经济和信息化委员会"), Big("关于重庆渝新智能装备有限公司重大新产品认定申请的复函", 36),
                     At(176, "你单位申报的“智能网关”重庆市重大新产品认定申请收悉。经组织专家评审，未通过2025年度重庆市重大新产品认定，不予认定。"),
                     None, At(800, "2025年9月3日"))
    assert kind == "unknown"
    kind, _ = _typed(Big("重庆市经济和信息化委员会"), Big("关于同意认定张三同志工作业绩的复函", 36),
                     At(176, "经研究，我委同意认定张三同志的工作业绩。对弄虚作假的，一经查实，不予认定。"), None, At(800, "2025年6月3日"))
    assert kind == "official_recognition"  # a rule set for others refuses nothing


def test_a_journal_page_with_an_impossible_issn_waits_for_a_person():
    from tests.test_audit import claim

    paper = _paper("论文.pdf", "journal_paper", "计算机工程与应用 CN 11-2127/TP ISSN 1002-8332 张三", title="一种调度方法",
                   authors=["张三"], journal="计算机工程与应用", cn="11-2127/TP", issn=None, date="2024-05", applicant_rank=1)
    paper.issues = [{"severity": "warning", "code": "invalid_issn", "message": "ISSN 1002-8332 校验不通过"}]
    cite = [claim(0, ["论文.pdf"], kind="paper", rank=1, core_journal=True, cn="11-2127/TP", date="2024-05")]
    result = _audited([paper], cite)
    assert result.achievements == [] and "invalid_issn" in [i["code"] for i in result.issues]


def test_a_degree_and_a_title_certificate_with_two_id_numbers_show_neither():
    from rules.dates import PartialDate
    from tests.test_audit import APPLICANT, doc
    from zhicheng.audit import check_profile

    degree = _paper("学历.pdf", "degree_certificate", "教育部学历证书电子注册备案表 姓名 张三 证件号码 510213198807150031 本科",
                    holder="张三", education="bachelor", date="2010-07-01")
    title = _paper("职称.pdf", "title_certificate", "专业技术资格证书 姓名 张三 身份证号 500112198305126617 工程师",
                   holder="张三", title="engineer", date="2018-07-01")
    _, issues = check_profile([degree, title], APPLICANT, PartialDate.parse("2025-12-31"))
    assert "identity_mismatch" in [i["code"] for i in issues]
    same = _paper("职称.pdf", "title_certificate", "专业技术资格证书 姓名 张三 身份证号 510213********0031 工程师",
                  holder="张三", title="engineer", date="2018-07-01")
    _, issues = check_profile([degree, same], APPLICANT, PartialDate.parse("2025-12-31"))
    assert "identity_mismatch" not in [i["code"] for i in issues]  # masked, and the same man's


# --- reading (probe AH): teams ---------------------------------------------------------------

def test_a_team_told_from_its_head_down_in_one_sentence():
    kind, values = _typed(Big("重庆市技术创新与应用发展专项"), Big("项目验收报告"),
                          "项目名称：基于机器视觉的锂电池极片缺陷在线检测装备研发", "一、项目组织实施情况",
                          At(176, "项目组由穆清风任组长，伊凡、贝拉任副组长，成员包括尹天仇、柳飘飘、蒯大富，共6"),
                          "人，其中高级职称3人。", "二、验收结论", At(176, "经验收专家组评议，同意通过验收。"),
                          At(800, "验收组织单位：重庆市科学技术局"), At(800, "2024年3月6日"))
    assert kind == "project_acceptance"
    assert values["members"] == ["穆清风", "伊凡", "贝拉", "尹天仇", "柳飘飘", "蒯大富"]
    assert values["leader"] == "穆清风"


def test_a_works_teams_line_of_head_and_members_beside_the_acceptors():
    kind, values = _typed(Big("技改项目竣工验收报告"), "项目名称：冲压车间自动化连线改造", "验收日期：2023年9月12日",
                          "项目实施小组：组长褚遂良；组员虞世南、欧阳询、薛稷",
                          "参加验收人员：颜真卿（设备部）、柳公权（质量部）、怀素（财务部）",
                          "验收结论：项目达到设计要求，设备运行稳定，同意竣工验收，转入固定资产。")
    assert kind == "project_acceptance"
    assert values["leader"] == "褚遂良"
    assert values["members"] == ["虞世南", "欧阳询", "薛稷"]  # never those who came to accept it


def test_a_list_whose_separator_ends_the_page_on_a_line_of_its_own_runs_on_overleaf():
    from classifiers import classify
    from tests.typed_pages import doc, page

    text = doc(page(Big("验收意见"), "项目名称：电子元器件SMT产线智能排产与物料拉动系统",
                    "验收专家组一致同意该项目通过验收。项目负责人：龚自珍；项目组成员：魏源、林则徐", "、"),
               page("黄遵宪、严复、梁启超、谭嗣同。", "验收日期：2023年12月26日"))
    kind = classify(text)
    assert kind.doc_type == "project_acceptance"
    values = doctype(kind.doc_type).extract(text).values
    assert values["members"] == ["魏源", "林则徐", "黄遵宪", "严复", "梁启超", "谭嗣同"]


def test_a_note_on_the_order_closing_a_list_overleaf_is_no_name():
    from classifiers import classify
    from tests.typed_pages import doc, page

    text = doc(page(Big("重庆市汽车摩托车产业供应链数字化协同平台建设技术报告"), None, "编写组成员：",
                    "覃思远、敖雪、阚立新、桑梓、晁晓东、茹梦、宦海、艾青、鱼玄机、"),
               page("薄荷、亓官雨、单雄信、母冰、充国（以上排名分先后）", "审定：戈登", "二〇二四年九月"))
    kind = classify(text)
    assert kind.doc_type == "technical_report"
    values = doctype(kind.doc_type).extract(text).values
    assert len(values["authors"]) == 14 and values["authors"][-2:] == ["母冰", "充国"]


# --- two documents side by side on one sheet (probe AJ) ---------------------------------------

def _landscape(*cells):
    """One landscape page: ``cells`` are (x, y, text), 28 units a letter."""
    from extractor.model import Line, Page, ReadResult

    lines = [Line(t, (x, y, x + 28 * len(t), y + 28)) for x, y, t in cells]
    return ReadResult("两证一页.pdf", "0" * 64, page_count=1, pages=[Page(1, 2339, 1654, "text_layer", lines)])


def _certificate(x, grade, title, rank, day):
    return [(x + 150, 150, "重庆市科学技术奖"), (x + 200, 220, "获奖证书"), (x, 360, f"项目名称：{title}"),
            (x, 420, "奖励类别：科学技术进步奖"), (x, 480, f"奖励等级：{grade}"), (x, 540, f"获奖者：冉志鹏（第{rank}完成人）"),
            (x + 300, 700, "重庆市人民政府"), (x + 300, 760, day)]


def test_two_certificates_side_by_side_on_one_sheet_are_two_documents():
    from zhicheng.binder import split, unfold
    from zhicheng.documents import document_from

    result = _landscape(*_certificate(80, "二等奖", "工业互联网平台多源数据融合关键技术及应用", "三", "2023年12月20日"),
                        *_certificate(1250, "一等奖", "离散制造车间数字孪生系统研发与应用", "二", "2024年12月16日"))
    unfolded, origin = unfold(result)
    assert origin == {1: (1, "left"), 2: (1, "right")}
    documents = split(unfolded, lambda pages: document_from(unfolded, "冉志鹏", pages))
    assert [(d.doc_type, d.fields.get("grade"), d.fields.get("rank")) for d in documents] == [
        ("award_certificate", "二等奖", 3), ("award_certificate", "一等奖", 2)]


def test_a_booklet_opened_flat_is_one_document():
    from zhicheng.binder import unfold

    left = [(200, 150, "专业技术资格证书"), (120, 400, "姓名：洪海涛"), (120, 460, "性别：男"), (120, 520, "出生年月：1985年3月"),
            (120, 580, "工作单位：重庆渝新智能装备有限公司"), (120, 640, "身份证号：500112198503126617")]
    right = [(1300, 150, "专业技术资格证书"), (1250, 400, "资格名称：工程师"), (1250, 460, "专业：工业互联网与智能制造"),
             (1250, 520, "评审通过时间：2019年6月30日"), (1250, 580, "发证机关：重庆市人力资源和社会保障局")]
    result = _landscape(*left, *right)
    assert unfold(result)[1] == {}  # the holder on one page, his title on the other: one certificate


# --- a hand-drawn tick in a printed box (probe AJ) ---------------------------------------------

def _ticked_form(tmp_path, tick_at: int | None):
    from PIL import Image, ImageDraw

    from extractor.model import Line, Page, ReadResult

    image = Image.new("RGB", (1240, 400), "white")
    draw = ImageDraw.Draw(image)
    for x in (250, 800):
        draw.rectangle([x, 180, x + 40, 220], outline="black", width=3)
    draw.rectangle([500, 180, 540, 220], outline="black", width=3)
    if tick_at is not None:  # a blue ballpoint's √
        draw.line([(tick_at + 5, 200), (tick_at + 15, 215), (tick_at + 38, 172)], fill=(35, 60, 190), width=4)
    path = tmp_path / "验收.png"
    image.save(path)
    lines = [Line("验收结论：", (50, 180, 200, 220), 0.99), Line("通过", (300, 180, 380, 220), 0.99),
             Line("□基本通过", (500, 180, 700, 220), 0.99), Line("不通过", (850, 180, 960, 220), 0.99)]
    result = ReadResult(str(path), "0" * 64, page_count=1, pages=[Page(1, 1240, 400, "ocr", lines)])
    return path, result


def test_a_hand_drawn_tick_in_a_printed_box_is_read_from_its_ink(tmp_path):
    from extractor import ReadOptions
    from extractor.doctypes import doctype
    from zhicheng.documents import Document, _look_at_ticks

    declared = doctype("project_acceptance")
    for tick_at, passed in ((250, True), (800, False), (None, None)):
        path, result = _ticked_form(tmp_path, tick_at)
        document = Document(file=str(path), sha256="0" * 64, pages=1, text_source="ocr", doc_type="project_acceptance",
                            confidence=0.9)
        _look_at_ticks(path, result, ReadOptions(), document, declared, None)
        assert document.fields.get("passed") is passed
        if passed is not None:  # an inference from ink: a person confirms it
            assert "low_ocr_confidence" in [i["code"] for i in document.issues]


def test_a_rarer_surname_after_the_words_that_introduce_a_person():
    kind, values = _typed(Big("荣誉证书"), At(176, "兹有卫振邦同志参与完成的“汽车焊装车间数字孪生系统”项目，荣获二〇二三年度"),
                          "重庆市科学技术进步奖二等奖。", "特发此证。", None, At(800, "重庆市人民政府"), At(800, "二〇二三年十二月"))
    assert kind == "award_certificate" and values["holder"] == "卫振邦"
    kind, values = _typed(Big("推荐信"), At(176, "我与简卓然同志在工业互联网平台项目中合作多年，该同志技术扎实。"),
                          At(176, "特推荐其破格申报高级工程师。"), None, At(700, "推荐人：王立新（正高级工程师）"))
    assert kind == "recommendation_letter" and values["candidate"] == "简卓然"


def test_one_of_the_main_completers_has_no_first_place():
    from extractor.doctypes.award_certificate import award_applicant_rank
    from tests.typed_pages import doc, page

    text = doc(page(Big("荣誉证书"), At(176, "兹有石嘉禾同志（主要完成人之一）参与完成的“汽车零部件数字化车间关键技术研究与应用”项目，"),
                    "荣获重庆市科学技术进步奖二等奖。", "特发此证。", None, At(800, "重庆市人民政府"), At(800, "2024年12月10日")))
    fields = doctype("award_certificate").extract(text)
    assert fields.values["holder"] == "石嘉禾" and "rank" not in fields.values
    codes = {code for _, code, _ in fields.issues}
    assert award_applicant_rank(dict(fields.values), 1, codes) is None  # not 1: his place is not printed


def test_a_member_table_under_a_refusing_conclusion_that_names_the_experts():
    from tests.typed_pages import Row

    kind, values = _typed(Big("项目验收证书"), "项目名称   泵体数字化车间建设项目", "项目负责人   王志刚",
                          "验收结论：专家组不同意通过验收，建议补充测试数据后重新验收。", "技术骨干名单：",
                          "序号   姓名   工作单位   职称   承担任务", "1   王志刚   重庆渝新智能装备有限公司   高级工程师   总体方案",
                          "2   蔺振邦   重庆渝新智能装备有限公司   工程师   平台架构", "3   李红梅   重庆大学   高级工程师   设备联网")
    assert kind == "project_acceptance"
    assert values["passed"] is False and values["members"] == ["王志刚", "蔺振邦", "李红梅"]


def test_writers_each_with_his_title_beside_him_are_all_read():
    from tests.typed_pages import Row

    kind, values = _typed(Big("綦江齿轮传动有限公司数字化车间建设项目"), Big("可行性研究报告"),
                          "编制单位：重庆赛迪工程咨询有限公司",
                          Row((120, "主要编制人员：黎明辉 正高级工程师"), (620, "车晓雯 高级工程师"), (920, "伍佰川 工程师")),
                          "审  核：白敬亭 正高级工程师", None, At(800, "二〇二四年三月"))
    assert kind == "technical_report"
    assert values["authors"] == ["黎明辉", "车晓雯", "伍佰川"]  # never the first alone
    kind, values = _typed(Big("2023年度智能传感器技术发展报告"),
                          "主要编写人：总工程师 桓永昌、副总工程师 欧瑞、高级工程师 阙小龙、工程师 聂芊芊", "审   定：集团科技委员会",
                          At(176, "2023年，集团在MEMS压力传感器领域新增发明专利授权37件。"))
    assert kind == "technical_report"
    assert values["authors"] == ["桓永昌", "欧瑞", "阙小龙", "聂芊芊"]


def test_a_payers_certificate_naming_the_seller_first_and_a_bank_slips_drawer():
    from tests.typed_pages import Row

    kind, values = _typed(Big("关于合同履约及付款情况的证明"),
                          At(176, "兹证明，重庆机电智能制造有限公司（以下简称“乙方”）与我单位（重庆水泵厂有限责任"),
                          "公司）于2021年6月签订《泵类产品智能装配线建设合同》，合同总金额为人民币1,175万元。", "特此证明。",
                          At(800, "重庆水泵厂有限责任公司（盖章）"), At(800, "2024年1月20日"))
    assert kind == "revenue_proof"
    assert set(values["parties"]) == {"重庆机电智能制造有限公司", "重庆水泵厂有限责任公司"}
    kind, values = _typed(Big("中国工商银行 进账单（回 单）"), At(500, "2024年03月22日"),
                          Row((120, "出票人全称 重庆渝江压铸有限公司"), (700, "收款人全称 重庆中科云从智能制造技术有限公司")),
                          Row((120, "开户银行 工行重庆大渡口支行"), (700, "开户银行 建行重庆高新支行")),
                          "金额 人民币（大写） 捌拾陆万伍仟元整", "用途：智能压铸岛MES系统二期款")
    assert kind == "revenue_proof"
    assert values["parties"] == ["重庆渝江压铸有限公司", "重庆中科云从智能制造技术有限公司"]


def test_a_routing_slip_beside_the_notice_it_routes_and_a_reports_facing_pages_stay_one():
    from zhicheng.binder import unfold

    slip = [(100, 150, "收文处理笺"), (100, 230, "来文单位 宜宾市工业和信息化局"), (100, 290, "收文日期 2018.09.25"),
            (100, 350, "文件标题 关于认定2018年度宜宾市工业设计中心的通知"), (100, 410, "拟办意见 请技术中心阅办"),
            (100, 470, "领导批示 同意。")]
    notice = [(1300, 140, "宜宾市工业和信息化局文件"), (1250, 230, "关于认定2018年度宜宾市工业设计中心的通知"),
              (1250, 300, "各有关单位："), (1250, 360, "经企业申报、专家评审，现认定以下企业为2018年度宜宾市工业设计中心："),
              (1250, 420, "1. 宜宾乌江汽车电子股份有限公司工业设计中心"), (1500, 600, "2018年9月17日")]
    assert unfold(_landscape(*slip, *notice))[1] == {}
    cover = [(150, 200, "綦江齿轮传动有限公司数字化车间建设项目"), (300, 280, "可行性研究报告"),
             (150, 500, "编制单位：重庆赛迪工程咨询有限公司"), (300, 700, "二〇二四年三月")]
    inside = [(1250, 200, "綦江齿轮传动有限公司数字化车间建设项目可行性研究报告"), (1250, 300, "编制人员"),
              (1250, 360, "项目负责人：黎明辉"), (1250, 420, "主要编制人员：车晓雯、伍佰川、巫马卓"), (1250, 480, "审核：白敬亭")]
    assert unfold(_landscape(*cover, *inside))[1] == {}


def test_a_contract_from_a_partner_printing_in_traditional_characters():
    kind, values = _typed(Big("設備採購合約"), "買方：偉創力製造（珠海）有限公司重慶分公司", "賣方：重慶摩爾智能裝備有限公司",
                          At(176, "第一條 買方向賣方購買SMT產線智能首件檢測系統三套，合約總價為人民幣壹佰捌拾玖萬元整（RMB 1,890,000.00）。"),
                          "買方（蓋章）：   賣方（蓋章）：", "簽約日期：2024年2月6日")
    assert kind == "revenue_proof"
    assert values["amount_wan"] == 189 and values["date"] == "2024-02-06"
    assert values["parties"] == ["伟创力制造（珠海）有限公司重庆分公司", "重庆摩尔智能装备有限公司"]


def test_an_article_whose_journal_is_named_only_at_its_foot():
    kind, values = _typed(Big("基于OPC UA的注塑机群数据采集网关设计", 36), At(400, "殷素素，俞岱岩，张翠山"),
                          At(350, "（重庆海润节能技术股份有限公司，重庆 401120）"),
                          "摘要：针对注塑车间设备品牌多、协议不统一的问题，设计了一种基于OPC UA的数据采集网关。",
                          "关键词：OPC UA；注塑机；数据采集；边缘网关", "随着工业互联网平台在离散制造企业中的推广应用，生产现场数据的实时采集成为关键。",
                          *[None] * 22, At(450, "《西部智造》2024年第3期"))  # (at the page's foot)
    assert kind == "journal_paper"
    assert values["journal"] == "西部智造" and values["authors"] == ["殷素素", "俞岱岩", "张翠山"]


def test_a_reports_writers_named_only_in_its_footnote():
    kind, values = _typed(Big("关于加快我市制造业“智改数转”的对策建议*", 36), At(500, "重庆市经济信息中心"),
                          At(176, "当前，我市制造业数字化转型进入深水区，中小企业普遍存在不会转、不敢转的问题。"),
                          At(176, "下一步，应聚焦汽车、电子信息、装备制造三大支柱产业，分行业制定转型路线图。"), None, None,
                          "*本报告执笔人：司马云涛、邝敏、乐正阳。报告完成于二〇二三年十月。")
    assert kind == "technical_report"
    assert values["title"] == "关于加快我市制造业“智改数转”的对策建议"
    assert values["authors"] == ["司马云涛", "邝敏", "乐正阳"]


def test_a_signing_tables_printed_name_column_and_a_verdict_with_its_note():
    from tests.typed_pages import Row

    kind, values = _typed(Big("重庆市渝北区科技计划项目验收证书"), "项目名称：智能网联汽车V2X路侧单元测试平台", "验收结论：通过验收",
                          "项目组人员签字：", Row((120, "序号"), (240, "姓名（印刷）"), (560, "签字"), (900, "承担任务")),
                          Row((120, "1"), (240, "苗苗"), (560, "苗苗"), (900, "项目负责")),
                          Row((120, "2"), (240, "嵇杰"), (560, "嵇杰"), (900, "测试平台开发")),
                          Row((120, "3"), (240, "商羽"), (560, "商羽"), (900, "路侧单元集成")))
    assert kind == "project_acceptance" and values["members"] == ["苗苗", "嵇杰", "商羽"]
    kind, values = _typed(Big("中国兵器装备集团 科技项目验收评审表"), Row((120, "项目名称"), (400, "特种车辆总装线AGV柔性输送系统")),
                          Row((120, "项目组成员"), (400, "蒙恬 申公豹 冉闵 孔融")), Row((120, "验收日期"), (400, "2023年11月28日")),
                          "评审结论：合格（总分≥75分为合格，≥90分为优秀）", "专家组组长：蔡伦")
    assert kind == "project_acceptance" and values["passed"] is True


def test_a_groups_decision_listing_each_grades_projects_with_their_people_on_one_line():
    text_rows = (Big("重庆机电控股（集团）公司"), Big("关于表彰2022年度集团科技进步奖获奖项目的决定", 36), "渝机电科〔2023〕12号",
                 "各所属企业：经集团科技奖励评审委员会评审，决定授予以下项目2022年度集团科技进步奖。",
                 "一、一等奖（1项）", "1.《大型离心压缩机远程运维平台》 完成人：汪峰、那英、庾澄庆、韩红、周深",
                 "二、二等奖（2项）", "1.《电线电缆连续硫化线智能控制系统》 完成人：毛不易、李健、谭维维",
                 "2.《齿轮箱装配线视觉防错系统》 完成人：胡夏、郁可唯、张碧晨、单依纯",
                 "三、三等奖（1项）", "1.《铸造砂处理智能监控》 完成人：杨坤、吉克隽逸", None, At(800, "2023年3月15日"))
    kind, _ = _typed(*text_rows)
    assert kind == "award_certificate"
    from tests.typed_pages import doc as typed_doc, page
    from zhicheng.documents import document_from

    text = typed_doc(page(*text_rows))
    record = document_from(text.result, "张碧晨")
    assert (record.fields.get("project_title"), record.fields.get("grade"), record.fields.get("applicant_rank")) == \
        ("齿轮箱装配线视觉防错系统", "二等奖", 3)


def test_a_commissions_research_certificate_and_a_universitys_proof_of_completion():
    kind, values = _typed(Big("重庆市教育委员会科学技术研究项目"), Big("结题证书"),
                          "项目名称：基于联邦学习的多工厂设备故障诊断方法研究", "项目负责人：郦道元",
                          "项目组成员：沈括、宋应星、徐光启、贾思勰", "结题结论：准予结题", None, At(800, "二〇二四年六月"))
    assert kind == "project_acceptance" and values["level"] == "provincial"  # 市教委 of a municipality
    kind, values = _typed(Big("重庆理工大学"), Big("横向科研项目结题证明"),
                          At(176, "兹证明，我校与重庆青山工业有限责任公司合作开展的横向科研项目《变速器壳体压铸缺陷智能检测系统研发》，"),
                          "项目负责人为我校机械工程学院屈文博副教授，企业方主要参与人员为：戴维、闵敏、秋实、冼宇航。",
                          At(176, "该项目已按合同要求完成全部研究任务，于2024年1月10日通过校企双方组织的结题评审，准予结题。"),
                          None, At(700, "重庆理工大学科学技术研究院"), At(700, "2024年1月15日"))
    assert kind == "project_acceptance"
    assert values["leader"] == "屈文博" and values["acceptance_date"] == "2024-01-10"


def test_an_invoices_list_gives_its_items_and_their_tax_added():
    from tests.typed_pages import Row

    def row(*cells):
        return Row(*zip((120, 200, 640, 720, 860, 1000, 1090), cells))

    kind, values = _typed(Big("销售货物或者提供应税劳务、服务清单", 36), "购买方名称：重庆川仪自动化股份有限公司",
                          "销售方名称：重庆紫光华山智安科技有限公司", "所属增值税专用发票代码：5000231130   号码：04417628",
                          row("序号", "货物（劳务）名称", "数量", "单价", "金额", "税率", "税额"),
                          row("1", "*信息技术服务*网关部署", "1", "424,778.76", "424,778.76", "6%", "25,486.73"),
                          row("2", "*计算机设备*边缘服务器", "8", "46,017.70", "368,141.59", "13%", "47,858.41"),
                          row("3", "*软件*设备健康管理软件", "1", "203,539.82", "203,539.82", "13%", "26,460.18"),
                          Row((200, "小计"), (860, "996,460.17"), (1090, "99,805.32")),
                          Row((200, "总计"), (860, "996,460.17"), (1090, "99,805.32")), "填开日期：2023年12月28日")
    assert kind == "revenue_proof"
    assert values["amount_wan"] == 109.626549  # 金额 and 税额 totals, each checked, added: 价税合计


# --- reading (probe AK) ----------------------------------------------------------------------

def test_a_paper_beginning_under_the_previous_ones_references_takes_the_running_head():
    kind, values = _typed(At(120, "电子技术与软件工程   2024年第7期   137"),
                          "[5] 李明，王芳.工业以太网实时性分析[J].自动化仪表，2021，42（3）：45-49.",
                          "[6] 陈刚.基于Docker的边缘应用部署[J].计算机工程，2022，48（6）：101-107.",
                          "作者简介：诸葛青（1987—），男，工程师，主要研究方向为嵌入式系统。", None,
                          Big("车间级5G+MEC网络的时延测试与优化", 36), At(400, "南宫烁1，东方澈2，长孙瑶1"),
                          At(200, "（1.中国移动通信集团重庆有限公司，重庆 401121；2.重庆长安汽车股份有限公司，重庆 400023）"),
                          "摘 要：在某汽车总装车间部署5G专网与MEC，时延P99由46ms降至18ms。", "关键词：5G；MEC；时延；汽车总装",
                          "中图分类号：TP391   文献标志码：A")
    assert kind == "journal_paper"
    assert values["journal"] == "电子技术与软件工程"  # never a reference's 自动化仪表 or its title


def test_an_issues_year_beside_its_volume_before_a_received_date():
    kind, values = _typed(At(120, "ISSN 1000-7059   冶金自动化   Vol.48 No.2 2024"), None,
                          Big("热轧产线数字孪生平台的构建与应用", 36), At(400, "乐正宇，单于青"),
                          "摘要：构建了热轧产线数字孪生平台。", "关键词：数字孪生；热轧", *[None] * 20,
                          "收稿日期：2023-09-12")
    assert kind == "journal_paper" and values["date"] == "2024"  # never the day it was received


def test_a_taiwan_prints_republican_year():
    kind, values = _typed(At(120, "機械工業雜誌 第492期   中華民國113年3月"), At(120, "ISSN 1023-0270"),
                          Big("智慧工廠設備稼動率即時監控系統之建置", 36),
                          At(400, "司徒雯1、歐陽立誠2"), "摘要：本文以重慶某汽車拉索工廠為例，建置設備稼動率即時監控系統。",
                          "關鍵詞：稼動率；即時監控")
    assert kind == "journal_paper"
    assert values["date"] == "2024-03" and values["journal"] == "机械工业杂志"


def test_holders_cut_by_the_wrap_after_a_place_name():
    kind, values = _typed(Big("计算机软件著作权登记证书"), "软件名称：多工厂协同排产与物料齐套分析平台V3.0",
                          "著作权人：重庆长安汽车股份有限公司；重庆长安工业（集团）有限责任公司；重庆",
                          At(300, "青山工业有限责任公司；重庆建设车用空调器有限责任公司"), "登记号：2023SR0345671",
                          At(800, "2023年03月17日"))
    assert kind == "software_copyright"
    assert values["holders"][2] == "重庆青山工业有限责任公司" and len(values["holders"]) == 4


def test_a_taiwan_imprint_a_registers_title_card_and_a_designations_plaque():
    kind, values = _typed("工业物联网系统实务", "作   者／上官仪、令狐德棻", "出 版 者／全华图书股份有限公司",
                          "初版一刷／2023年11月", "ISBN／978-9-865-03218-0", "定   价／新台币480元", "版权所有·翻印必究")
    assert kind == "book" and values["isbn"] == "9789865032180"
    from tests.typed_pages import Row

    kind, values = _typed(Big("全国专业技术人才职称信息查询平台"), At(300, "查询结果（1条）"), Row((300, "姓名"), (560, "尉迟恭")),
                          Row((300, "职称系列"), (560, "工程技术")), Row((300, "职称名称"), (560, "工程师")),
                          Row((300, "取得时间"), (560, "2016-12-30")), Row((300, "评审/认定机构"), (560, "重庆市渝北区中级职称评审委员会")))
    assert kind == "title_certificate"
    assert (values["holder"], values["title"], values["date"]) == ("尉迟恭", "engineer", "2016-12-30")
    kind, values = _typed(Big("国家级专精特新“小巨人”企业"), None, Big("重庆川仪调节阀有限公司", 36), None, None,
                          At(800, "中华人民共科国工业和信息化部"), At(800, "二〇二三年七月"))
    assert kind == "official_recognition" and values["level"] == "provincial"  # a ministry: 省（部）级


# --- probe AL: this session's changes attacked ----------------------------------------------

def test_replies_that_refuse_in_other_words_and_one_that_grants_after_review():
    def reply(*sentences):
        return _typed(Big("重庆市经济和信息化委员会"), Big("关于张三同志工作业绩认可申请的复函", 36), "重庆渝新智能装备有限公司：",
                      *[At(176, s) for s in sentences], None, At(800, "重庆市经济和信息化委员会"), At(800, "2025年6月3日"))[0]

    assert reply("你公司申请收悉。经研究，我委不同意认可。") == "unknown"
    assert reply("你公司申请收悉。经研究，我委不予以认可。") == "unknown"
    assert reply("你公司报送的张三同志业绩认可申请经专家评议未获通过。特此函复。") == "unknown"
    assert reply("我委曾于2024年函复予以认可。经复核，其业绩材料不实，现撤销原认可意见。") == "unknown"
    assert reply("我委曾函复暂不予认可。经复核，张三同志在促进产业发展方面做出重大贡献，我委予以认可。") == "official_recognition"
    assert reply("经研究，我委予以认可。", "请加强管理。对弄虚作假的，一经查实，撤销认可结果。") == "official_recognition"


def test_an_old_fifteen_digit_id_and_a_masked_one_compared_by_what_they_show():
    from rules.dates import PartialDate
    from tests.test_audit import APPLICANT
    from zhicheng.audit import check_profile

    degree = _paper("学历.pdf", "degree_certificate", "学历证书 姓名 张三 身份证号 510213198807150034 本科",
                    holder="张三", education="bachelor", date="2010-07-01")
    for words, conflict in (("身份证号 510213880715003", False), ("身份证号 510213890715003", True),
                            ("身份证号 110105880715003", True), ("身份证号 5102131989****0034", True),
                            ("身份证号 5102131988****0034", False)):
        title = _paper("职称.pdf", "title_certificate", f"专业技术资格证书 姓名 张三 {words} 工程师",
                       holder="张三", title="engineer", date="2018-07-01")
        _, issues = check_profile([degree, title], APPLICANT, PartialDate.parse("2025-12-31"))
        assert ("identity_mismatch" in [i["code"] for i in issues]) is conflict, words


def test_a_signature_by_an_unread_box_withdraws_the_tick_inferred_from_the_others(tmp_path):
    from PIL import Image, ImageDraw

    from extractor import ReadOptions
    from extractor.doctypes import doctype
    from extractor.model import Line, Page, ReadResult
    from zhicheng.documents import _look_at_ticks, document_from

    image = Image.new("RGB", (1240, 400), "white")
    draw = ImageDraw.Draw(image)
    for x in (250, 500, 800):
        draw.rectangle([x, 180, x + 40, 220], outline="black", width=3)
    draw.line([(230, 235), (260, 250), (300, 232), (340, 248), (380, 236)], fill=(35, 60, 190), width=4)  # a signature under 通过
    path = tmp_path / "验收.png"
    image.save(path)
    lines = [Line("验收证书", (500, 60, 700, 100), 0.99), Line("项目名称：智能产线改造", (50, 120, 500, 150), 0.99),
             Line("验收结论：", (50, 180, 200, 220), 0.99), Line("通过", (300, 180, 380, 220), 0.99),
             Line("□基本通过", (500, 180, 700, 220), 0.99), Line("□不通过", (800, 180, 960, 220), 0.99)]
    result = ReadResult(str(path), "0" * 64, page_count=1, pages=[Page(1, 1240, 400, "ocr", lines)])
    document = document_from(result, None, None)
    assert document.doc_type == "project_acceptance" and document.fields.get("passed") is True  # inferred
    _look_at_ticks(path, result, ReadOptions(), document, doctype("project_acceptance"), None)
    assert document.fields.get("passed") is None  # the pen by the box OCR could not read: no inference


def test_a_standards_drafters_each_with_his_title_over_two_lines():
    kind, values = _typed(Big("前    言"), At(176, "本文件按照GB/T 1.1—2020的规定起草。"),
                          At(176, "本文件由重庆市经济和信息化委员会提出并归口。"),
                          At(176, "本文件起草单位：重庆渝新智能装备有限公司、重庆大学。"),
                          At(176, "本文件主要起草人：王志刚 正高级工程师 李红梅 高级工程师 张立新 高级工程师"),
                          "陈思源 工程师 邹永平 工程师 刘芳 助理工程师。", None, "DB50/T 1688—2024")
    assert kind == "standard"
    assert values["drafters"] == ["王志刚", "李红梅", "张立新", "陈思源", "邹永平", "刘芳"]


def test_two_title_certificates_of_one_man_side_by_side_stay_two():
    """His 助理工程师 and his 工程师 certificates copied onto one sheet: two documents, never
    rejoined as one certificate read alike in its holder."""
    from zhicheng.binder import split, unfold
    from zhicheng.documents import document_from

    def certificate(x, title, day):
        return [(x + 150, 150, "职称证书"), (x, 300, "姓名：郝建军"), (x, 360, "专业名称：工业互联网与智能制造"),
                (x, 420, f"职称名称：{title}"), (x, 480, f"取得时间：{day}"), (x, 540, "取得方式：评审"),
                (x + 200, 700, "重庆市人力资源和社会保障局")]

    result = _landscape(*certificate(80, "助理工程师", "2013年12月30日"), *certificate(1250, "工程师", "2019年6月30日"))
    unfolded, origin = unfold(result)
    assert origin == {1: (1, "left"), 2: (1, "right")}
    documents = split(unfolded, lambda pages: document_from(unfolded, "郝建军", pages),
                      halves=frozenset(n for n, (_, side) in origin.items() if side == "right"))
    assert [d.fields.get("title") for d in documents] == ["assistant_engineer", "engineer"]
