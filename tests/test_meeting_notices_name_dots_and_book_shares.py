"""Probe Q's leftovers, typed again in other names and wordings: a meeting notice that names
the prizes to be handed out; a name's middle dot where a wrapped list breaks; glued names a
rarer surname could cut another way; a unit's form recognising a first title; a caption's
value that runs into the next caption on its line; a register's captions under a standard's
name; a white paper's title whose head is printed smaller; and a book's division of the
work, which is what a co-author's own words rest on."""

from __future__ import annotations

from rules.vocabulary import Kind
from tests.typed_certificates import LEFT, Title, fields_of, read
from zhicheng.achievements import facts_from_document


def test_a_notice_calling_a_meeting_that_hands_out_prizes_is_no_award():
    doc = read("四川省自动化学会文件 川自学〔2025〕12号", Title("关于举办2025年智能装备创新论坛的通知"), "各理事单位：",
               "论坛期间将颁发2025年度四川省自动化学会科学技术奖，其中一等奖2项、二等奖5项，获奖项目代表作交流报告。",
               "一、时间：2025年9月18日", ("四川省自动化学会", LEFT + 800), ("2025年8月20日", LEFT + 800))
    assert doc.doc_type == "unknown"


def test_a_wrapped_list_keeps_a_dotted_name_whole_and_the_ranks_after_it():
    doc = read(Title("获奖证书"), "项目名称：复杂曲面零件五轴加工精度补偿技术", "奖励等级：二等奖",
               "主要完成人：钱立群、艾尔肯·", "吐尔洪、韦小川、蒲晓蕾", ("重庆市人民政府", LEFT + 800),
               ("2024年12月", LEFT + 800), name="韦小川")
    assert doc.fields.get("holders") == ["钱立群", "艾尔肯·吐尔洪", "韦小川", "蒲晓蕾"]
    assert doc.fields.get("applicant_rank") == 3


def test_glued_names_a_rarer_surname_could_cut_otherwise_stay_unread():
    from extractor.fields.people import split_people
    # 嵇 opens a name as 康 does: 马超嵇/康宁波 or 马超/嵇康/宁波 — no way to tell, no guess
    assert split_people("刘洋马超嵇康宁波") in (["刘洋马超嵇康宁波"], [])
    assert split_people("刘洋马超何平") == ["刘洋", "马超", "何平"]


def test_a_units_form_recognising_a_first_title_is_a_title_proof():
    doc = read(Title("专业技术职务任职资格认定表"), "姓名 谯 敏 性别 女", "毕业学校 重庆电子工程职业学院 学历 大专",
               "认定资格 助理工程师 认定时间 2022年09月01日", "单位意见 经审核，同意认定为助理工程师。",
               ("重庆渝丰电线电缆有限公司人力资源部", LEFT + 700), ("2022年9月1日", LEFT + 800))
    assert doc.doc_type == "title_certificate"
    assert doc.fields.get("holder") == "谯敏" and doc.fields.get("title") == "assistant_engineer"


def test_a_captions_value_ends_at_the_next_caption_on_its_line():
    fields = fields_of("standard", "标准编号:JB/T 14512-2023 标准名称:数控车床 主轴热误差 补偿方法 发布日期:2023-05-16",
                       "实施日期:2023-11-01 发布单位:工业和信息化部", "本文件主要起草人:胡一鸣、俞晓峰。")
    assert fields.get("title") == "数控车床 主轴热误差 补偿方法"


def _placed(*rows):
    """A page of lines placed by hand, ``(text, x0, y0, x1, y1)``, as a screenshot's OCR boxes them."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText
    lines = [Line(t, (x0, y0, x1, y1), 0.97) for t, x0, y0, x1, y1 in rows]
    return DocText(ReadResult("shot.png", "0" * 64, pages=[Page(1, 1400, 900, "ocr", lines)], page_count=1))


def test_a_registers_captions_are_no_part_of_a_standards_name():
    # (a register's page, 团体名称 | 中国电子学会, 公布日期 | 2023-08-02, under the standard's name
    # in print of about its size: the block of the name stops at the first caption)
    from extractor.doctypes.standard import _looks_like_title_part
    text = _placed(("工业互联网 设备接入 数据字典", 37, 236, 514, 265), ("团体名称", 36, 293, 108, 318),
                   ("公布日期", 36, 370, 108, 399), ("起草单位", 35, 453, 108, 478))
    assert [_looks_like_title_part(l) for l in text.lines] == [True, False, False, False]


def test_a_white_papers_smaller_head_line_joins_its_title_before_its_edition():
    from extractor.doctypes import doctype
    text = _placed(("5G+工业互联网", 560, 300, 800, 330), ("融合应用白皮书（2024年）", 470, 345, 900, 381),
                   ("重庆市通信学会", 600, 700, 760, 722), ("2024年6月", 640, 740, 730, 758))
    assert doctype("technical_report").extract(text).values.get("title") == "5G+工业互联网融合应用白皮书（2024年）"


def _proof(*extra):
    return read(Title("出版证明"), "兹证明，由钱立群、韦小川、蒲晓蕾编著的《离散制造车间数字孪生技术》（ISBN 978-7-111-74521-1）"
                "已于2024年3月由我社正式出版，全书共32万字。", *extra, ("机械工业出版社", LEFT + 800), ("2024年4月2日", LEFT + 800),
                name="韦小川")


def test_a_press_proof_of_each_writers_words_gives_the_co_authors_own():
    doc = _proof("其中韦小川撰写第4—7章，约11.5万字；蒲晓蕾撰写第8章，共计62千字。")
    assert doc.fields.get("shares") == {"韦小川": 11.5, "蒲晓蕾": 6.2}
    facts = facts_from_document(doc, Kind.BOOK)
    assert facts["words_wan"] == 11.5 and facts["total_words_wan"] == 32.0 and facts["rank"] == 2


def test_without_the_applicants_share_a_co_authors_words_are_not_shown():
    doc = _proof("其中钱立群撰写第1—3章，约14万字。")
    assert "words_wan" not in facts_from_document(doc, Kind.BOOK)
    # nor is a preface's 本人: whose words they are, the page does not say
    assert "shares" not in _proof("本人撰写约12万字。").fields


# Award certificates' teams in the shapes probe Q printed them, typed again in other names.

def test_a_management_prizes_creators_numbered_in_brackets():
    doc = read(Title("荣誉证书"), "成果名称：“基于工业互联网的注塑车间精益排产管理”", "荣获第十九届重庆市企业管理现代化创新成果二等奖。",
               "主要创造人：伍 平(1)蔺晓东(2)符 佳(3)鄢志刚(4)", ("重庆市企业联合会", LEFT + 800), ("2022年12月", LEFT + 800),
               name="符佳")
    assert doc.fields.get("applicant_rank") == 3 and doc.fields.get("level") == "provincial"


def test_completers_by_place_with_a_rarer_surname_and_a_capital_grade():
    doc = read(Title("重庆市江津区科学技术奖"), Title("获奖证书"), "项目名称：齿轮箱装配线视觉防错系统", "奖励等级：叁等奖",
               "完成人：第1完成人 殷晓川", "第2完成人 谯 敏", "第3完成人 符志宏", ("重庆市江津区人民政府", LEFT + 800),
               ("2023.02.10", LEFT + 800), name="谯敏")
    assert doc.fields.get("grade") == "三等奖" and doc.fields.get("applicant_rank") == 2


def test_a_numbered_grid_under_a_label_alone_on_its_line():
    doc = read(Title("四川省科学技术进步奖"), Title("获奖证书"), "项目名称：页岩气压裂装备远程监控平台", "奖励等级：二等奖", "获奖人员：",
               [("1.伍 平", LEFT + 100), ("2.蔺晓东", LEFT + 500), ("3.符 佳", LEFT + 900)],
               [("4.鄢志刚", LEFT + 100), ("5.殷晓川", LEFT + 500), ("6.符志宏", LEFT + 900)],
               ("四川省人民政府", LEFT + 800), ("二〇二三年三月", LEFT + 800), name="殷晓川")
    assert doc.fields.get("applicant_rank") == 5


def test_a_table_numbered_in_column_pairs():
    doc = read(Title("重庆市专利奖证书"), "经重庆市专利奖评审委员会评审，下列专利获得重庆市专利奖银奖：", "专利名称 一种压铸模具随形冷却流道结构",
               "专利号 ZL202120345678.5", "序号 发明人 序号 发明人", "1 伍 平 3 符 佳", "2 蔺晓东 4 鄢志刚",
               ("重庆市知识产权局", LEFT + 800), ("2023年10月", LEFT + 800), name="符佳", gap=1.8)
    assert doc.fields.get("applicant_rank") == 3


def test_a_transliterated_name_printed_over_the_sentence_about_her():
    doc = read(("中国仪器仪表学会", LEFT + 500), Title("热依拉·艾买提"), "在“离心压缩机喘振在线预警技术”项目中作出重要贡献，"
               "荣获2023年度中国仪器仪表学会科学技术奖二等奖。", "排名：第四", ("中国仪器仪表学会", LEFT + 800),
               ("2023年12月", LEFT + 800), name="热依拉·艾买提")
    assert doc.fields.get("holder") == "热依拉·艾买提" and doc.fields.get("applicant_rank") == 4


def test_a_team_listed_in_the_sentence_after_its_full_stop():
    doc = read(Title("中国产学研合作创新成果奖"), Title("证书"), "项目“矿用提升机智能制动系统”获2023年度中国产学研合作创新成果奖一等奖。"
               "主要完成人：伍平；蔺晓东；符 佳；", "鄢志刚；殷晓川。", ("中国产学研合作促进会", LEFT + 800), ("2023年12月", LEFT + 800),
               name="殷晓川")
    assert doc.fields.get("applicant_rank") == 5


def test_the_employers_own_statement_of_sales_lists_its_customers_as_parties():
    from tests.test_audit import APPLICANT, claim, doc, never_core
    from zhicheng.audit import audit
    statement = doc("收入证明.pdf", "revenue_proof", amount_wan=860.0, parties=["重庆小康动力有限公司", "重庆华讯信息技术有限公司"],
                    date="2023-12-31")
    statement.words = "销售收入证明兹证明我公司重庆渝江压铸有限公司2023年向下列客户销售压铸件：重庆小康动力有限公司…"
    result = audit([statement], [claim(0, ["收入证明.pdf"], kind="revenue", amount_wan=860, date="2023-12-31")],
                   APPLICANT, never_core, employer="重庆渝江压铸有限公司")
    assert not any("都不是申报人单位" in i["message"] for i in result.issues)
    # the same parties on a contract that is not the employer's statement stay a person's question
    contract = doc("合同.pdf", "revenue_proof", amount_wan=860.0, parties=["重庆小康动力有限公司", "重庆华讯信息技术有限公司"],
                   date="2023-12-31")
    contract.words = "购销合同甲方重庆小康动力有限公司乙方重庆华讯信息技术有限公司"
    result = audit([contract], [claim(0, ["合同.pdf"], kind="revenue", amount_wan=860, date="2023-12-31")],
                   APPLICANT, never_core, employer="重庆渝江压铸有限公司")
    assert any("都不是申报人单位" in i["message"] for i in result.issues)


def test_a_plans_group_named_in_its_note_leader_first():
    fields = fields_of("technical_report", Title("合川区智能网联装备产业发展规划（2024—2028年）"), "（送审稿）",
                       "本规划由合川区经济和信息化委员会委托重庆交通大学编制。编制组：负责人 伍 平；成员 蔺 晓、符 佳、鄢 刚。",
                       "2024年3月")
    assert fields.get("authors") == ["伍平", "蔺晓", "符佳", "鄢刚"]


def test_a_topics_technical_report_is_titled_by_its_topic():
    fields = fields_of("technical_report", ("国家重点研发计划“工业软件”重点专项", LEFT + 250), Title("课题研究技术报告"),
                       "课题名称：离散制造车间多源异构数据实时汇聚技术", "课题编号：2022YFB3303400", "课题负责人：伍平",
                       "报告撰写人：伍平 蔺晓东 符 佳", "报告日期：2024年11月")
    assert fields.get("title") == "离散制造车间多源异构数据实时汇聚技术"


def test_a_books_board_is_no_part_of_its_title():
    from extractor.doctypes.book import _book_title
    assert _book_title("《工业控制系统功能安全评估》编委会") == "工业控制系统功能安全评估"
    assert _book_title("工业控制系统功能安全评估") == "工业控制系统功能安全评估"
