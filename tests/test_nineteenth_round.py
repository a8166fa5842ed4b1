"""What the nineteenth outside set (seed 797, written blind to the reader) showed, each typed
again in other names: inventors numbered one to a line, authors one to a line beside their
units, an issue's month in the page's foot, a holder cut after a compound surname, a proof of
graduation for a lost diploma, a thesis committee's resolution, a rank labelled 排名顺序, a letter
whose subject line recommends and whose letterhead names its writer, and Yi and Amdo names."""

from __future__ import annotations

import pytest

from extractor.doctypes import doctype
from extractor.fields.people import has_surname, yi_name
from extractor.layout import holders
from tests.typed_certificates import LEFT, Title, read
from tests.typed_pages import Big, Row, doc, page


def test_inventors_numbered_one_to_a_line_under_the_first():
    fields = doctype("patent_certificate").extract(doc(page(
        Big("发明专利证书"), "发明名称：一种输油管道泄漏定位装置及方法", Row((120, "发 明 人： 1. 上官静怡")), Row((300, "2. 冉东")),
        Row((300, "3. 欧阳宁")), Row((300, "4. 罗娟")), "专 利 号：ZL 201910875074.3", "专利申请日：二〇一九年六月五日",
        "专利权人：重庆云岭控制技术有限公司", "授权公告日：2021-04-06"))).values
    assert fields["inventors"] == ["上官静怡", "冉东", "欧阳宁", "罗娟"]


def test_authors_one_to_a_line_each_beside_his_unit_and_the_month_in_the_foot():
    fields = doctype("journal_paper").extract(doc(page(
        "川渝检测技术 2012年第6期(总第77期)", "【研究与开发】", Big("基于声发射的储罐底板腐蚀检测方法"),
        Row((200, "冉东"), (330, "（重庆大学 机械学院，重庆400044）")), Row((200, "欧阳宁"), (330, "（重庆云岭控制技术有限公司，重庆400000）")),
        Row((200, "罗娟"), (330, "（重庆交通大学 交通学院，重庆400074）")), "[摘 要]提出一种腐蚀检测方法。", "[关键词]储罐；声发射",
        *([None] * 26), "ISSN 1009-3540 CN 50-1241/TV", Row((700, "川渝检测技术 2012年6月"))))).values
    assert fields["authors"] == ["冉东", "欧阳宁", "罗娟"]
    assert str(fields["date"]) == "2012-06"


def test_a_holder_cut_after_a_compound_surname_withholds_the_list():
    assert holders(None, None, "重庆云岭控制技术有限公司、重庆大学、司马") is None
    assert holders(None, None, "重庆云岭控制技术有限公司、司马云") == ["重庆云岭控制技术有限公司", "司马云"]


def test_a_proof_of_graduation_dates_the_graduation_not_its_own_issue():
    document = read(Title("毕业证明书"), "证明书编号：（2020）证字第031号", "冉东，性别男，一九八六年三月二日生，于二〇〇四年九月至",
                    "二〇〇八年七月在本校机械工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，于二〇○八年七月",
                    "一日准予毕业。", "因原毕业证书遗失，经本人申请，特发此证明书。", "重庆山城理工大学", "2020年6月30日", name="冉东")
    assert document.doc_type == "degree_certificate"
    assert str(document.fields.get("date")) == "2008-07-01"


def test_a_proof_whose_graduation_day_is_unread_gives_no_date():
    document = read(Title("毕业证明书"), "冉东，性别男，一九八六年三月二日生，在本校机械工程专业学习，成绩合格，于二 八年七月一日准予毕业。",
                    "因原毕业证书遗失，经本人申请，特发此证明书。", "重庆山城理工大学", "2020年6月30日", name="冉东")
    assert document.fields.get("date") is None


def test_a_thesis_committees_resolution_is_neither_a_degree_nor_a_recognition():
    document = read("重庆山城理工大学", Title("硕士学位论文答辩委员会决议书"), [("学生姓名", LEFT), ("冉东", 400)],
                    [("论文题目", LEFT), ("齿轮箱故障诊断的迁移学习方法", 400)], [("答辩日期", LEFT), ("2019年5月16日", 400)],
                    "答辩委员会经无记名投票表决，一致同意通过学位论文答辩，建议授予冉东工学硕士学位。",
                    "答辩委员会主席（签字）：", "2019年5月16日")
    assert document.doc_type == "unknown"


def test_a_rank_labelled_排名顺序_zero_padded():
    document = read("三 等 奖", Title("重庆市科技进步奖"), "证  书", "获奖项目：页岩气压裂装备数字化运维技术", "获 奖 人：欧阳宁",
                    "排名顺序：07", "重庆市人民政府", "2024.5", name="欧阳宁")
    assert document.fields.get("rank") == 7


def test_a_letter_whose_subject_line_recommends_and_whose_letterhead_names_its_writer():
    document = read("罗娟 正高级工程师|总工程师", "LUO Juan · Professorate Senior Engineer, Chief Engineer",
                    "重庆市工程技术系列高级职称评审委员会：", "事由：推荐才让多杰同志申报高级工程师任职资格",
                    "申报人现为重庆云岭控制技术有限公司技术骨干，长期从事自动化工作。本人与申报人合作多年。特此推荐。",
                    "推荐人（签名）：", "2023年12月24日", name="才让多杰")
    assert document.doc_type == "recommendation_letter"
    assert document.fields.get("candidate") == "才让多杰"
    assert document.fields.get("recommender") == "罗娟"
    assert document.fields.get("recommender_title") == "professorate_senior_engineer"


@pytest.mark.parametrize("name", ["阿牛木呷", "曲比阿呷", "才让多杰", "索南才旦", "巴图孟和", "乌兰图雅"])
def test_yi_and_amdo_names_have_no_han_surname_and_are_names(name):
    assert has_surname(name)


def test_a_yi_family_name_alone_is_no_full_name():
    assert yi_name("阿苏拉则") and not yi_name("阿苏") and not has_surname("阿工程师")


def test_a_merged_role_cell_printed_at_its_middle_row_owns_the_rows_above_it():
    from tests.test_reports_with_a_work_column import _scan

    def row(y, *cells):
        return [(t, (x, y, x + 24 * len(t), y + 26)) for t, x in cells]

    scan = _scan([("某某隧道通风系统检测技术报告", (340, 160, 970, 196)), ("报告名称：某某隧道通风系统检测技术报告", (250, 1400, 800, 1428))]
                 + row(1450, ("职责", 263), ("姓名", 364), ("职称", 491), ("签字", 638), ("日期", 784))
                 + row(1500, ("冉东", 366), ("助理工程师", 478), ("2024/6/10", 774))
                 + row(1553, ("编写", 266), ("罗娟", 367), ("助理工程师", 478), ("2024/6/6", 776))
                 + row(1606, ("宋雨", 367), ("工程师", 492), ("2024/6/11", 774))
                 + row(1659, ("审核", 266), ("何川", 372), ("高级工程师", 478), ("2024/6/18", 774))
                 + row(1712, ("批准", 266), ("邓杰", 366), ("正高级工程师", 470), ("2024/6/23", 773)))
    assert doctype("technical_report").extract(scan).values["authors"] == ["冉东", "罗娟", "宋雨"]


def test_a_merged_role_cell_read_as_a_line_of_its_own_in_a_text_layer():
    fields = doctype("technical_report").extract(doc(page(
        Big("某某隧道通风系统检测技术报告"), "编制单位：重庆山城理工大学", "2014年1月5日", "签 字 页",
        "职 责 姓 名 职 称 签 字 日 期", Row((260, "冉东 高级工程师 2013/12/22")), Row((120, "编 写")),
        Row((260, "罗娟 正高级工程师 2013/12/28")), "审 核 何川 高级工程师 2014/1/4", "批 准 邓杰 正高级工程师 2014/1/5"))).values
    assert fields["authors"] == ["冉东", "罗娟"]


def test_drafters_run_past_the_next_pages_running_head():
    fields = doctype("standard").extract(doc(
        page("NB/T 10088—2019", Big("前 言"), "本标准主要起草人：冉东、罗娟、宋雨、欧阳宁、何川、邓杰、上官静怡、才让多杰、",
             "阿牛木呷、司马诚、蒋琪、", *([None] * 26), "I"),
        page("NB/T 10088—2019", "曲比阿呷、黎川。", "本标准及其所代替文件的历次版本发布情况为：", "——2012年首次发布为NB/T 10088—2012。"))).values
    assert fields["drafters"] == ["冉东", "罗娟", "宋雨", "欧阳宁", "何川", "邓杰", "上官静怡", "才让多杰", "阿牛木呷", "司马诚",
                                  "蒋琪", "曲比阿呷", "黎川"]


def _recognition(*rows) -> dict:
    return doctype("official_recognition").extract(doc(page(*rows))).values


def test_a_routing_slips_issuer_after_its_caption_and_never_its_day_of_receipt():
    fields = _recognition("重庆云岭控制技术有限公司", Big("收 文 处 理 笺"), "来文单位 重庆市经济和信息化委员会",
                          "来文字号 渝经信发〔2022〕31号", "收文日期 2022.08.30 密 级 公开",
                          "文件标题 关于认定2022年度重庆市工业设计中心的通知", "拟办意见 请技术中心阅办。")
    assert fields.get("issuer") == "重庆市经济和信息化委员会" and fields.get("level") == "provincial"
    assert fields.get("date") is None


def test_an_issuer_cut_to_省_under_the_seal_is_withheld_its_level_kept():
    fields = _recognition(Big("证 书"), "重庆云岭控制技术有限公司：", "经评审，你单位建设的隧道检测工程研究中心被认定为",
                          "四川省隧道检测工程研究中心。", "特发此证。", "批准文号：川发改高技〔2013〕311号",
                          Row((700, "省发展和改革委员会")), Row((720, "二〇一三年九月十日")))
    assert fields.get("issuer") is None and fields.get("level") == "provincial"


def test_two_dates_after_the_title_certificates_label_one_crossed_out_are_withheld():
    struck = read(Title("专业技术职务任职资格证书"), "姓  名 冉东", "资格名称 工程师", "取得资格时间 2010年12月21日 2011年2月20日",
                  "审批机关 四川省人力资源和社会保障厅", name="冉东")
    assert struck.fields.get("date") is None
    assert any(i["code"] == "date_mismatch" for i in struck.issues)
    labelled = read(Title("职称电子证书"), "姓  名：冉东", "资格名称：高级工程师", "取得资格时间：2015.07.03 发证日期：2015/7/31",
                    name="冉东")
    assert str(labelled.fields.get("date")) == "2015-07-03"


def test_authors_under_a_reports_title_beside_a_课题编号():
    fields = doctype("technical_report").extract(doc(page(
        Row((800, "课题编号：2013-KT-0417")), Big("山地隧道衬砌病害检测课题研究报告"), "冉东,罗娟,欧阳宁12,阿牛木呷12,何川",
        "1.重庆山城理工大学，重庆400000；2.重庆云岭控制技术有限公司，重庆400000", "完成时间：2014年5月", "摘要",
        "本课题围绕隧道衬砌病害检测开展研究。"))).values
    assert fields["authors"] == ["冉东", "罗娟", "欧阳宁", "阿牛木呷", "何川"]


def test_a_rank_lost_from_its_bracket_is_unread_not_first():
    """Twentieth set: 获奖者：蔡鹏（ 完成人） — a typewriter's 第四 lost from the bracket.  Read as the
    only holder he would be first; his place is printed and unread, so it is unknown."""
    document = read(Title("荣誉证书"), "马鞍山市科学技术奖", "获奖项目：风电齿轮箱声纹诊断技术研究", "获奖者：冉东（ 完成人）",
                    "奖励等级：二等奖", "特发此证，以资鼓励。", "二〇〇八年七月", name="冉东")
    assert document.fields.get("rank") is None
    assert document.fields.get("applicant_rank") is None
    assert any(i["code"] == "rank_unreadable" for i in document.issues)


def test_holders_each_followed_by_a_credit_code_line():
    document = read(Title("计算机软件著作权登记证书"), "软件名称：选煤厂智能运维系统", "著作权人：重庆山城理工大学",
                    ("统一社会信用代码：12500000MB1234567X", 330), ("重庆云岭控制技术有限公司", 330),
                    ("统一社会信用代码：91500000MA5U7ABC1D", 330), "开发完成日期：2016年11月6日", "登 记 号：2017SR1408154",
                    "登记日期：2017.03.18")
    assert document.fields.get("holders") == ["重庆山城理工大学", "重庆云岭控制技术有限公司"]


def test_a_standards_participating_drafters_follow_its_main_ones():
    fields = doctype("standard").extract(doc(page(
        "DB50/T 1321—2023", Big("前 言"), "本标准主要起草人：冉东、罗娟、宋雨。", "本标准参与起草人：欧阳宁、何川。"))).values
    assert fields["drafters"] == ["冉东", "罗娟", "宋雨", "欧阳宁", "何川"]


def test_a_title_reviewed_in_a_month_its_prose_names_not_its_stubs_issue_day():
    document = read(Title("专业技术职务任职资格证书"), "冉东同志于二〇一二年三月经海南省工程技术中级专业技术职务任职资格评审委员会评审，具备工程师任职资格。",
                    "证书编号：琼201298280", "填发日期：2012.05.17", "海南省人力资源和社会保障厅", name="冉东")
    assert str(document.fields.get("date")) == "2012-03"


def test_inventors_with_mongolian_names_on_a_wrapped_second_line():
    """Probe J: the second line (格桑卓玛 吉克曲布 巴图孟和 乌兰图雅) failed the name test at its
    Mongolian names, and the list stopped at the first line: four of eight, a wrong rank."""
    fields = doctype("patent_certificate").extract(doc(page(
        Big("实用新型专利证书"), "实用新型名称：一种高原型风电机组叶片除冰装置",
        "发 明 人：热依汗古丽·艾买提 才让多杰 阿牛木呷 买买提·吐尔逊", Row((230, "格桑卓玛 吉克曲布 巴图孟和 乌兰图雅")),
        "专 利 号：ZL202122987654.6", "专利申请日：2021年12月01日", "专利权人：新疆金风科技股份有限公司；重庆大学",
        "授权公告日：2022年06月14日"))).values
    assert fields["inventors"] == ["热依汗古丽·艾买提", "才让多杰", "阿牛木呷", "买买提·吐尔逊", "格桑卓玛", "吉克曲布",
                                   "巴图孟和", "乌兰图雅"]
