"""Books, standards and project acceptances worded and laid out as real ones are.

Each test builds a document from typed lines (no OCR, no PDF): a 版权页 with or without
its CIP block, a cover with the role before or after the names, a standard's cover with
its banner, number, Chinese and English titles and dates, a foreword's drafters wrapped
over lines, an acceptance's members under whatever label, in a form cell, in a table
that runs on to the next page.  A wrong value is worse than a missing one: where the
document does not settle a field, the test asserts that it is left out.
"""

from __future__ import annotations

import pytest

from classifiers.classify import classify
from extractor.doctypes import doctype
from extractor.model import Line
from extractor.text import DocText
from tests.typed_pages import At, Big, Row, Sized, doc, page


def extract(doc_type: str, text: DocText):
    return doctype(doc_type).extract(text)


# --------------------------------------------------------------------------- books

CIP_PAGE = page(
    "图书在版编目（CIP）数据",
    "工业互联网技术与应用 / 张伟, 王芳主编. -- 北京 : 机械工业出版社, 2022.6",
    "普通高等教育“十四五”规划教材",
    "ISBN 978-7-111-70000-5",
    "Ⅰ. ①工… Ⅱ. ①张… ②王… Ⅲ. ①互联网络-应用-工业发展-高等学校-教材 Ⅳ. ①F403-39",
    "中国版本图书馆CIP数据核字(2022)第098765号",
    "机械工业出版社（北京市百万庄大街22号  邮政编码100037）",
    "策划编辑：刘小琳  责任编辑：刘小琳",
    "责任校对：张征  封面设计：鞠杨",
    "北京中科印刷有限公司印刷",
    "2022年6月第1版  2023年1月第2次印刷",
    "184mm×260mm · 18.5印张 · 474千字",
    "标准书号：ISBN 978-7-111-70000-5",
    "定价：59.80元",
    "版权所有  侵权必究",
)

IMPRINT_PAGE = page(
    "书　　名：智能制造系统集成技术",
    "作　　者：张伟　王芳　编著",
    "出版发行：重庆大学出版社",
    "印　　刷：重庆升光电力印务有限公司",
    "开　　本：787mm×1092mm　1/16",
    "印　　张：22.25",
    "字　　数：35.6万字",
    "版　　次：2021年3月第1版",
    "印　　次：2023年1月第3次印刷",
    "书　　号：ISBN 978-7-5689-2600-3",
    "定　　价：58.00元",
)

PREFACE = page(
    Big("前言"),
    "工业互联网是新一代信息技术与制造业深度融合的产物，国家近年发布实施了一系列政策。",
    "本书依据GB/T 23000-2017等标准编写，共分8章。",
    "本书由张伟、王芳主编，李娜、刘洋参与编写。",
    "编者",
    "2022年3月",
)

CONTENTS = page(Big("目录"), "第1章 工业互联网概述 ……1", "第2章 网络体系 ……23", "第3章 平台技术 ……45")


@pytest.mark.parametrize("pages", [[CIP_PAGE], [IMPRINT_PAGE], [PREFACE, CONTENTS, CIP_PAGE]],
                         ids=["cip_only", "imprint_only", "preface_first"])
def test_a_copyright_page_is_a_book(pages):
    got = classify(doc(*pages))
    assert got.doc_type == "book", got.reasons


def test_a_cip_block_without_a_readable_isbn_is_still_a_book():
    got = classify(doc(page(
        "图书在版编目（CIP）数据",
        "工业互联网技术与应用/张伟，王芳主编.—北京：机械工业出版社，2022.6",
        "ISBN 978-7-111-7OOOO-5",  # OCR read the zeros as letters
        "中国版本图书馆CIP数据核字（2022）第098765号",
        "2022年6月第1版第1次印刷",
        "184mm×260mm·18.5印张·474千字",
        "定价：59.80元",
    )))
    assert got.doc_type == "book", got.reasons


def test_a_journal_page_citing_books_is_no_book():
    got = classify(doc(page(
        Big("伺服电机高精度控制方法研究"),
        "摘要：针对多品种小批量生产中设备状态难以感知的问题，提出了一种方法。",
        "关键词：伺服电机；控制",
        "中图分类号：TP273  文献标识码：A  文章编号：1002-1234(2022)06-0041-05",
        "参考文献",
        "[1] 张伟. 智能制造技术[M]. 北京：机械工业出版社，2020.",
    )))
    assert got.doc_type != "book"


def test_cip_with_ascii_punctuation():
    got = extract("book", doc(CIP_PAGE)).values
    assert got["title"] == "工业互联网技术与应用"
    assert got["authors"] == ["张伟", "王芳"]
    assert got["publisher"] == "机械工业出版社"
    assert got["isbn"] == "9787111700005"
    assert got["date"] == "2022-06"  # the first edition's, not the second printing's
    assert got["words_wan"] == pytest.approx(47.4)


def test_imprint_table_with_labelled_authors():
    got = extract("book", doc(IMPRINT_PAGE)).values
    assert got["title"] == "智能制造系统集成技术"
    assert got["authors"] == ["张伟", "王芳"]
    assert got["publisher"] == "重庆大学出版社"
    assert got["isbn"] == "9787568926003"
    assert got["date"] == "2021-03"
    assert got["words_wan"] == pytest.approx(35.6)


def test_a_preface_citing_a_standard_is_not_the_cip_statement():
    got = extract("book", doc(PREFACE, CONTENTS, CIP_PAGE)).values
    assert got["title"] == "工业互联网技术与应用"
    assert got["authors"] == ["张伟", "王芳"]


def test_the_imprint_before_the_cip_block_is_not_the_cip_statement():
    got = extract("book", doc(page(
        "开本：787mm×1092mm 1/16  责任编辑：刘小琳",
        "图书在版编目（CIP）数据",
        "数字化车间建设指南/李娜编著.—重庆：重庆大学出版社，2021.9",
        "ISBN 978-7-5689-2600-3",
    ))).values
    assert got["title"] == "数字化车间建设指南"
    assert got["authors"] == ["李娜"]
    assert got["date"] == "2021-09"


def test_a_cip_statement_wrapped_onto_the_next_line():
    got = extract("book", doc(page(
        "图书在版编目（CIP）数据",
        "数字孪生技术及应用/欧阳明，刘洋著.—",
        "成都：西南交通大学出版社，2020.8",
        "ISBN 978-7-5643-1234-3",
    ))).values
    assert got["authors"] == ["欧阳明", "刘洋"]
    assert got["publisher"] == "西南交通大学出版社"
    assert got["date"] == "2020-08"


@pytest.mark.parametrize("line", ["主　编：张伟", "主编  张伟"])
def test_editors_before_deputy_editors(line):
    got = extract("book", doc(page(
        Big("工业机器人技术"),
        None,
        line,
        "副主编：李娜  刘洋",
        None,
        "西南交通大学出版社",
        "ISBN 978-7-5643-1234-3",
    ))).values
    # The editors in print order, role by role, as a writers' page lists them: the 主编 first,
    # the 副主编 after (a deputy editor's place is after every editor's).
    assert got["authors"] == ["张伟", "李娜", "刘洋"]
    assert got["title"] == "工业机器人技术"


def test_a_cover_with_names_and_role_and_the_title_far_above():
    got = extract("book", doc(page(
        "普通高等教育“十四五”规划教材",
        None,
        Big("工业机器人应用技术"),
        None, None, None,
        "张伟　李娜　著",
        None, None, None, None,
        "重庆大学出版社",
    ))).values
    assert got["title"] == "工业机器人应用技术"
    assert got["authors"] == ["张伟", "李娜"]
    assert got["publisher"] == "重庆大学出版社"
    assert "date" not in got


def test_a_cover_with_the_role_first():
    got = extract("book", doc(page(
        None,
        Big("智能制造系统集成"),
        None, None,
        "主编　欧阳明　王芳",
        None, None,
        "机械工业出版社",
    ))).values
    assert got["title"] == "智能制造系统集成"
    assert got["authors"] == ["欧阳明", "王芳"]


def test_a_cover_title_is_not_guessed_among_lines_of_one_size():
    got = extract("book", doc(page(
        "智能制造丛书",
        "工业机器人应用技术",
        None, None,
        "张伟　著",
        "重庆大学出版社",
    ))).values
    assert got["authors"] == ["张伟"]
    assert "title" not in got or got["title"] == "工业机器人应用技术"


@pytest.mark.parametrize("line,date", [
    ("2022年6月第1版", "2022-06"),
    ("版次：2022年6月第1版  印次：2023年1月第2次印刷", "2022-06"),
    ("2022年6月第1版  2023年1月第3次印刷", "2022-06"),
    ("二〇二二年六月第一版", "2022-06"),
    ("2022年6月北京第1版第1次印刷", "2022-06"),
    ("出版日期：2022年6月", "2022-06"),
    ("出版时间：2022年6月  定价：45.00元", "2022-06"),
    ("版次：2022.6第1版", "2022-06"),
])
def test_book_dates_as_printed(line, date):
    got = extract("book", doc(page(
        "书名：工业机器人应用技术",
        "出版发行：重庆大学出版社",
        line,
        "书号：ISBN 978-7-5689-2600-3",
    ))).values
    assert got["date"] == date


@pytest.mark.parametrize("rows", [
    ("版　　次：第1版", "印　　次：2023年1月第2次印刷"),
    ("2023年1月第1版第2次印刷",),
])
def test_a_printings_date_is_no_edition_date(rows):
    got = extract("book", doc(page(
        "书名：工业机器人应用技术",
        "出版发行：重庆大学出版社",
        *rows,
        "书号：ISBN 978-7-5689-2600-3",
    ))).values
    assert "date" not in got


def test_the_cip_year_when_no_edition_date_is_printed():
    got = extract("book", doc(page(
        "图书在版编目（CIP）数据",
        "数字化车间建设指南/李娜编著.—重庆：重庆大学出版社，2021.9",
        "ISBN 978-7-5689-2600-3",
        "版　　次：第1版",
        "印　　次：2023年1月第2次印刷",
    ))).values
    assert got["date"] == "2021-09"


# --------------------------------------------------------------------------- standards

def _standard(*rows, foreword=None):
    pages = [page(*rows)] + ([page(*foreword)] if foreword else [])
    return extract("standard", doc(*pages)).values


def test_national_cover_with_a_part_and_a_two_line_english_title():
    got = _standard(
        "ICS 25.040.40", "CCS J 07",
        Sized("中华人民共和国国家标准", 52),
        At(860, "GB/T 41234—2022"),
        At(860, "代替 GB/T 20001—2008"),
        None,
        Sized("智能制造 工业互联网平台", 44),
        Sized("第1部分：通用要求", 44),
        None,
        Sized("Intelligent manufacturing—Industrial internet platform—", 22),
        Sized("Part 1: General requirements", 22),
        None, None,
        Row((120, "2022-06-01发布"), (900, "2022-09-01实施")),
        Sized("国家市场监督管理总局", 30), Sized("国家标准化管理委员会  发布", 30),
    )
    assert got["standard_number"] == "GB/T 41234-2022"
    assert got["level"] == "national"
    assert got["title"] == "智能制造 工业互联网平台 第1部分：通用要求"
    assert got["publish_date"] == "2022-06-01"
    assert got["implementation_date"] == "2022-09-01"


@pytest.mark.parametrize("title", ["智能工厂 建设实施指南", "公共建筑节能设计标准", "数字化车间 发布管理规范"])
def test_titles_holding_a_cover_word(title):
    """实施, 标准, 发布 inside a title are the title's, not the dates' or the banner's."""
    got = _standard(
        "ICS 35.240", "CCS L 67",
        At(1000, "DB50"),
        Sized("重庆市地方标准", 52),
        At(860, "DB50/T 1234—2022"),
        None,
        Sized(title, 44),
        None,
        Sized("Guideline for the construction of smart factory", 22),
        None,
        Row((120, "2022-03-15 发布"), (900, "2022-06-15 实施")),
        Sized("重庆市市场监督管理局  发布", 30),
    )
    assert got["title"] == title
    assert got["level"] == "local"


def test_group_cover_with_a_letter_spaced_banner_and_a_wrapped_title():
    got = _standard(
        "ICS 25.040", "CCS J 07",
        At(1000, "T/CQSES"),
        Sized("团  体  标  准", 52),
        At(860, "T/CQSES 001—2023"),
        None,
        Sized("数字化车间 设备互联互通", 44),
        Sized("技术规范", 44),
        None,
        Sized("Digital workshop一Technical specification for equipment interconnection", 22),
        None,
        Row((120, "2023-03-01 发布"), (900, "2023-04-01 实施")),
        Sized("重庆市软件工程学会  发 布", 30),
    )
    assert got["standard_number"] == "T/CQSES 001-2023"
    assert got["level"] == "group"
    assert got["title"] == "数字化车间 设备互联互通 技术规范"


def test_enterprise_cover_with_dates_in_chinese():
    got = _standard(
        "ICS 29.160",
        Sized("重庆渝新智造科技有限公司企业标准", 40),
        At(860, "Q/CQ 0001—2021"),
        None,
        Sized("永磁同步伺服电机", 44),
        None,
        Sized("Permanent magnet synchronous servo motor", 22),
        None,
        Row((120, "2021年6月1日 发布"), (900, "2021年7月1日 实施")),
        Sized("重庆渝新智造科技有限公司  发布", 30),
    )
    assert got["level"] == "enterprise"
    assert got["title"] == "永磁同步伺服电机"
    assert got["publish_date"] == "2021-06-01"
    assert got["implementation_date"] == "2021-07-01"


def test_industry_cover_with_the_title_above_the_number():
    got = _standard(
        "ICS 25.040",
        Sized("中华人民共和国机械行业标准", 48),
        None,
        Sized("数控机床 远程运维 通用技术条件", 44),
        None,
        At(860, "JB/T 14567—2023"),
        None, None,
        Row((120, "2023-04-21 发布"), (900, "2023-11-01 实施")),
        Sized("中华人民共和国工业和信息化部  发布", 30),
    )
    assert got["standard_number"] == "JB/T 14567-2023"
    assert got["level"] == "industry"
    assert got["title"] == "数控机床 远程运维 通用技术条件"


def test_a_foreword_alone_gives_no_title():
    got = _standard(
        At(900, "T/CQSES 001—2023"),
        "前言",
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件由重庆市软件工程学会提出并归口。",
        "本文件起草单位：重庆大学、重庆邮电大学。",
        "本文件主要起草人：张伟、王芳、李娜。",
    )
    assert got["standard_number"] == "T/CQSES 001-2023"
    assert "title" not in got
    assert got["drafters"] == ["张伟", "王芳", "李娜"]


def test_a_filing_receipts_glued_name_is_the_title_not_its_heading():
    """A 企业标准备案登记回执 read with its captions glued to their values (the colon and the
    cell's rule lost): the title is the 标准名称's, never the receipt's heading."""
    got = _standard(
        Big("企业标准备案登记回执", 40),
        "企业名称吴忠辽河精密制造有限责任公司",
        "标准名称数字化车间 机械臂 数据采集规范",
        "标准编号Q/YZKJ 019—2015",
        "备案日期2015年3月24日",
    )
    assert got["title"] == "数字化车间 机械臂 数据采集规范"
    assert got["standard_number"] == "Q/YZKJ 019-2015"


@pytest.mark.parametrize("rows,names", [
    (["本文件主要起草人：丁志 毛松波 魏颖天 罗泽倩", "龚力 付泽新 陶林亮"],
     ["丁志", "毛松波", "魏颖天", "罗泽倩", "龚力", "付泽新", "陶林亮"]),
    (["本文件主要起草人：丁志、毛松波、魏颖天、罗", "泽倩、龚力。", "本文件为首次发布。"],
     ["丁志", "毛松波", "魏颖天", "罗泽倩", "龚力"]),
    (["本标准起草人：刘宇，李哲远，严光娟，孔新飞。"], ["刘宇", "李哲远", "严光娟", "孔新飞"]),
    (["本文件主要起草人：张伟、王芳、李娜、刘洋、陈静、杨帆、赵磊、", "黄敏、周杰、吴霞、徐鹏、孙丽、",
      "欧阳明、何颖远、钱学文、孔德明、", "尤立新、邱晶宇。", "本文件及其所代替文件的历次版本发布情况为："],
     ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐鹏", "孙丽", "欧阳明",
      "何颖远", "钱学文", "孔德明", "尤立新", "邱晶宇"]),
])
def test_drafters_as_printed(rows, names):
    got = _standard(
        At(900, "T/CQSES 001—2023"),
        "前言",
        "本文件起草单位：重庆大学、重庆邮电大学。",
        *rows,
    )
    assert got["drafters"] == names


# --------------------------------------------------------------------------- acceptance: members

MEMBERS13 = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐鹏", "孙丽", "欧阳明"]


def acceptance(*rows):
    return extract("project_acceptance", doc(page(*rows))).values


@pytest.mark.parametrize("label", ["项目团队", "项目团队成员", "项目研究人员", "课题主要参加人员", "项目主要研究人员",
                                   "项目完成人员"])
def test_more_member_labels(label):
    got = acceptance(
        Big("项目验收意见"),
        "项目名称：智能仓储系统研发",
        "项目负责人：张伟",
        f"{label}：张伟、王芳、李娜、刘洋、陈静、",
        "杨帆、赵磊、黄敏、周杰、吴霞、徐鹏、",
        "孙丽、欧阳明",
        "验收结论：通过",
    )
    assert got["members"] == MEMBERS13


def test_a_sentence_after_a_wrapped_list_is_no_name():
    got = acceptance(
        Big("项目结题证书"),
        "项目名称：智能仓储系统研发",
        "课题组成员：张伟 王芳 李娜 刘洋 陈静 杨帆 赵磊",
        "黄敏 周杰 吴霞 徐鹏 孙丽 欧阳明",
        "经审核，准予结题。",
    )
    assert got["members"] == MEMBERS13
    assert got["passed"] is True


def test_names_in_a_form_cell_beside_a_label_centred_on_them():
    rows = page(Big("项目验收证书"), Row((130, "项目名称"), (400, "智能仓储系统研发")))
    y = 300
    cell = ["张伟、王芳、李娜、刘洋、陈静、", "杨帆、赵磊、黄敏、周杰、吴霞、", "徐鹏、孙丽、欧阳明"]
    rows += [Line(t, (400, y + 46 * k, 400 + 28 * len(t), y + 46 * k + 28)) for k, t in enumerate(cell)]
    rows += [Line("主要完成人员", (130, y + 46, 130 + 28 * 6, y + 74)),
             Line("验收结论", (130, y + 160, 242, y + 188)), Line("通过", (400, y + 160, 456, y + 188))]
    rows.sort(key=lambda l: l.box[1])
    got = extract("project_acceptance", doc(rows)).values
    assert got["members"] == MEMBERS13


def test_names_boxed_apart_beside_their_label():
    got = acceptance(
        Big("项目验收意见"),
        "项目名称：智能仓储系统研发",
        Row((120, "项目组成员："), (300, "张伟"), (420, "王芳"), (540, "李娜"), (660, "刘洋")),
        "验收结论：通过",
    )
    assert got["members"] == ["张伟", "王芳", "李娜", "刘洋"]


def test_a_label_glued_to_its_names():
    got = acceptance(Big("项目验收证书"), "项目名称：智能仓储系统研发", "项目组成员张伟、王芳、李娜", "验收结论：通过")
    assert got["members"] == ["张伟", "王芳", "李娜"]


@pytest.mark.parametrize("line", ["项目组成员名单", "课题组成员共计", "项目组成员签字"])
def test_words_glued_to_a_label_are_no_names(line):
    got = acceptance(Big("项目验收证书"), "项目名称：智能仓储系统研发", line, "验收结论：通过")
    assert "members" not in got


def _rows(names, start=1, unit="重庆渝新智造科技有限公司"):
    return [f"{i}  {n}  {unit}  高级工程师  系统开发" for i, n in enumerate(names, start)]


def test_a_member_table_with_a_signature_column():
    got = acceptance(
        Big("项目验收证书"),
        "项目名称：智能仓储系统研发",
        "序号  姓名  单位  职称  承担任务  签字",
        *_rows(MEMBERS13[:5]),
        "验收结论：通过",
    )
    assert got["members"] == MEMBERS13[:5]


def test_the_experts_signature_table_is_no_member_table():
    got = acceptance(
        Big("项目验收意见"),
        "项目名称：智能仓储系统研发",
        "序号  姓名  工作单位  职称  签字",
        "1  钱学文  重庆大学  教授",
        "2  孔德明  重庆邮电大学  教授",
        "验收结论：通过",
    )
    assert "members" not in got


def test_an_expert_panel_with_chair_and_vice_chair_is_not_the_members():
    got = acceptance(
        Big("项目验收意见"),
        "项目名称：智能仓储系统研发",
        "验收专家组：",
        "组长：钱学文",
        "副组长：孔德明",
        "成员：尤立新、何颖远、邱晶宇",
        "专家组一致同意通过验收。",
    )
    assert "members" not in got
    assert got["passed"] is True


@pytest.mark.parametrize("repeat_header", [False, True])
def test_a_member_table_running_on_to_the_next_page(repeat_header):
    first = page(Big("项目验收证书"), "项目名称：智能仓储系统研发", "项目组成员", "序号  姓名  单位  职称  分工",
                 *_rows(MEMBERS13[:8]))
    second = page(*((["序号  姓名  单位  职称  分工"] if repeat_header else []) + _rows(MEMBERS13[8:], start=9)),
                  "验收结论：通过")
    got = extract("project_acceptance", doc(first, second)).values
    assert got["members"] == MEMBERS13


def test_another_table_on_the_next_page_does_not_continue_the_members():
    first = page(Big("项目验收证书"), "项目名称：智能仓储系统研发", "项目组成员", "序号  姓名  单位  职称  分工",
                 *_rows(MEMBERS13[:3]))
    second = page("1  钱学文  重庆大学  教授  组长", "2  孔德明  重庆邮电大学  教授  成员")
    got = extract("project_acceptance", doc(first, second)).values
    assert got["members"] == MEMBERS13[:3]


def test_a_letter_spaced_name_header():
    got = acceptance(
        Big("项目验收证书"),
        "项目名称：智能仓储系统研发",
        "项目组成员名单",
        "序号  姓 名  单位  职称  分工",
        *_rows(MEMBERS13[:5]),
        "验收结论：通过",
    )
    assert got["members"] == MEMBERS13[:5]


def test_a_boxed_member_table_with_a_spaced_header_and_the_leader_first():
    xs = (130, 260, 420, 820, 1000)
    rows = [Row(*zip(xs, ("序号", "姓 名", "工作单位", "职称", "承担任务")))]
    duties = ["项目负责人", "软件开发", "硬件设计", "测试"]
    for i, (name, duty) in enumerate(zip(MEMBERS13[:4], duties), 1):
        rows.append(Row(*zip(xs, (str(i), name, "重庆大学", "教授", duty))))
    got = acceptance(Big("项目验收证书"), "项目名称：智能仓储系统研发", "项目负责人：张伟", "项目主要研究人员情况",
                     *rows)
    assert got["members"] == MEMBERS13[:4]
    assert got["leader"] == "张伟"


# --------------------------------------------------------------------------- acceptance: outcome and kind

@pytest.mark.parametrize("rows,passed", [
    (["结题结论：☑结题  □不予结题"], True),
    (["结题结论：□结题  ☑不予结题"], False),
    (["结题结论：☑准予结题  □延期结题  □不予结题"], True),
    (["结题结论：□准予结题  ☑延期结题  □不予结题"], False),
    (["经审核，准予结题。"], True),
    (["经审核，该项目不予结题。"], False),
    (["专家组同意该项目结题。"], True),
    (["专家组不同意该项目结题。"], False),
    (["专家组认为该项目部分指标未完成，延期结题。"], False),
    (["验收结论：未通过"], False),
    (["验收结论：通过□  不通过☑"], False),
    (["验收结论：通过☑  不通过□"], True),
    (["专家组认为，该项目完成了任务书规定的各项指标，同意通过验收。"], True),
])
def test_verdicts_with_conclusion_words(rows, passed):
    got = acceptance(Big("项目结题验收意见"), "项目名称：智能仓储系统研发", "项目组成员：张伟、王芳", *rows)
    assert got["passed"] is passed


def test_a_failed_acceptance_is_never_a_pass_whatever_the_list_says():
    got = acceptance(
        Big("项目验收意见"),
        "项目名称：智能仓储系统研发",
        "项目组成员：张伟、王芳、李娜",
        "专家组认为，项目关键指标未达到任务书要求，不同意通过验收。",
        "验收结论：☐通过  ☑不通过",
    )
    assert got["passed"] is False
    assert got["members"] == ["张伟", "王芳", "李娜"]


@pytest.mark.parametrize("heading", ["项目结题证书", "结题证书"])
def test_a_completion_certificate_is_an_acceptance(heading):
    got = classify(doc(page(
        Big(heading),
        "项目名称：智能仓储系统研发",
        "项目负责人：张伟",
        "项目组成员：张伟、王芳、李娜",
        "经审核，准予结题。",
        "重庆市科学技术局",
        "2023年6月20日",
    )))
    assert got.doc_type == "project_acceptance", got.reasons


def test_an_author_biography_is_not_the_author_label():
    got = extract("book", doc(page(
        "书　　名：智能制造系统集成技术",
        "作者简介：张伟，男，重庆大学教授。",
        "作　　者：张伟　王芳　编著",
        "出版发行：重庆大学出版社",
        "书　　号：ISBN 978-7-5689-2600-3",
    ))).values
    assert got["authors"] == ["张伟", "王芳"]
