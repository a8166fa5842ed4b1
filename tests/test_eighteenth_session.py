"""Layouts and wordings the eighteenth session found read wrong, one test per cause."""

from __future__ import annotations

from tests.test_fifteenth_session import _doc, _typed


def _text_layer(*lines):
    return _doc(*lines, width=595, height=842, source="text_layer")


def test_a_history_footnote_wrapped_before_its_print_date_dates_the_issue():
    """收稿日期：… 网络出版日 | 期：2023-04-14 出版日期：2023-12-26 (probe BN E11): the footnote wrapped,
    its 出版日期 on the second line is still the issue's, to its month."""
    text = _text_layer(("电子与信息学报 ISSN 1009-5896 CN 11-4494/TN", (66, 123, 339, 135)),
                       ("面向工业无线网络的确定性时隙调度与抗干扰跳频方法", (65, 149, 353, 161)),
                       ("邓文博 上官雨欣 熊立新", (65, 175, 192, 187)),
                       ("引用本文: 邓文博, 上官雨欣, 熊立新. 面向工业无线网络的确定性时隙调度与", (66, 201, 466, 214)),
                       ("抗干扰跳频方法[J].", (65, 228, 164, 240)),
                       ("电子与信息学报, 2023, 45(12): 4512-4521. doi:", (66, 255, 322, 267)),
                       ("中图分类号: TN92", (66, 360, 160, 372)),
                       ("收稿日期: 2022-12-19 修回日期: 2023-04-06 网络出版日", (66, 386, 370, 398)),
                       ("期: 2023-04-14 出版日期: 2023-12-26", (65, 413, 272, 424)))
    kind, values = _typed(text)
    assert kind == "journal_paper" and str(values["date"]) == "2023-12"


def test_a_print_date_on_a_line_of_its_own_is_no_footnote():
    """A line that only says 出版日期 under an unrelated 收稿 line is not the footnote's second line."""
    from extractor.doctypes.journal_paper import _imprint_date

    text = _text_layer(("收稿日期: 2022-12-19", (66, 386, 200, 398)), ("本期出版日期: 2023-12-26", (65, 413, 272, 424)))
    assert _imprint_date(text) is None


def test_other_parties_roles_in_a_team_paragraph_are_not_members():
    """项目负责人：…；技术骨干：…；参与人员：…；用户代表：刘敏；监理：赵丽 (probe BN E16): the team is
    the first three roles' people; the user's representative and the supervisor are not in it."""
    text = _text_layer(("项目验收报告", (250, 80, 345, 96)), ("项目名称:智能仓储调度系统研发", (68, 110, 300, 122)),
                       ("八、项目团队", (68, 147, 143, 158)),
                       ("项目负责人:韩怀瑾;技术骨干:汤诗涵、钟离帆;参与人员:郑明;用户代表:刘敏;监理:赵丽。", (93, 169, 540, 181)),
                       ("验收结论:同意通过验收。", (68, 210, 250, 222)))
    kind, values = _typed(text)
    assert kind == "project_acceptance" and values["members"] == ["韩怀瑾", "汤诗涵", "钟离帆", "郑明"]


def test_an_unknown_caption_in_a_team_paragraph_still_withholds_it():
    from extractor.doctypes.project_acceptance import _role_run

    text = _text_layer(("八、项目团队", (68, 147, 143, 158)),
                       ("项目负责人:韩怀瑾;技术骨干:汤诗涵;顾问:刘敏;参与人员:郑明。", (93, 169, 540, 181)))
    assert _role_run(text, text.lines[0]) is None


def test_writers_beside_a_table_of_experts_are_the_reports_authors():
    """评审专家 | 编写组成员 over 序号 姓名 | 序号 姓名, each numbered from 1 (probe BN E32): the right
    half's four writers, never the experts."""
    rows = [("MES系统与PLC设备互联互通技术报告", (131, 157, 429, 175)), ("评审专家   编写组成员", (88, 301, 386, 313)),
            ("序号   姓名   序号   姓名", (88, 321, 407, 333)), ("1   周建国   1   张伟", (94, 342, 408, 353)),
            ("2   陈国华   2   李强", (94, 362, 408, 373)), ("3   吴敏   3   王芳", (94, 382, 408, 393)),
            ("4   刘洋", (335, 402, 408, 413)), ("二〇二三年十二月", (245, 479, 353, 493))]
    kind, values = _typed(_text_layer(*rows))
    assert kind == "technical_report" and values["authors"] == ["张伟", "李强", "王芳", "刘洋"]


def test_a_text_layers_numbered_members_in_two_columns_with_titles():
    """项目组主要成员： over 1. 王博   高级工程师   4. 张伟   工程师 … (probe BN C01): six members in
    their numbers' order, the titles beside them no names."""
    rows = [("科技项目验收意见", (221, 72, 380, 92)), ("项目名称:钢结构桥梁构件焊缝相控阵超声智能检测装备", (65, 118, 365, 130)),
            ("项目负责人:王博", (65, 139, 161, 151)), ("项目组主要成员:", (65, 168, 156, 180)),
            ("1. 王博   高级工程师   4. 张伟   工程师", (89, 189, 462, 201)),
            ("2. 丁嘉怡   高级工程师   5. 赵建国   工程师", (89, 209, 462, 221)),
            ("3. 诸葛俊杰   高级工程师   6. 罗国庆   工程师", (88, 229, 462, 241)),
            ("验收意见:专家组同意通过验收。", (65, 258, 237, 270)), ("验收日期:2024年3月5日", (65, 279, 202, 291))]
    kind, values = _typed(_text_layer(*rows))
    assert kind == "project_acceptance"
    assert values["members"] == ["王博", "丁嘉怡", "诸葛俊杰", "张伟", "赵建国", "罗国庆"]
