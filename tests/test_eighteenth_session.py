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


def test_a_reports_authors_in_the_ministrys_information_table_with_a_wrapped_caption():
    """科技报告基本信息表 (probe BJ XT01): 2.报告作者及单 | 位 wrapped in its cell, 中文 | 英文 rows, the
    Chinese cell A(unit);B(unit)… over three lines centred on its caption: five authors, the units
    and the English row left out."""
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    cover = [("科技报告编号:50001093X-CSTB2022TIAD-KPX0188/01   公开范围:公开", (71, 76, 524, 87)),
             ("科 技 报 告", (228, 235, 366, 264)), ("报 告 名 称:   精密减速器齿面磨削烧伤在线识别技术", (97, 385, 446, 399)),
             ("编 制 单 位:   重庆大学", (97, 464, 355, 477)), ("编 制 时 间:   2023年11月", (97, 504, 361, 517))]
    table = [("科技报告基本信息表", (226, 79, 369, 95)), ("1.报告名称   中文   精密减速器齿面磨削烧伤在线识别技术", (76, 114, 395, 124)),
             ("英文   Online Identification of Grinding Burn on Gear Tooth", (161, 138, 490, 155)),
             ("Surfaces of Precision Reducers", (218, 153, 375, 162)),
             ("欧阳晓峰(重庆大学);陈思远(重庆大学);阿依古丽·买买提", (218, 173, 514, 183)),
             ("2.报告作者及单", (76, 181, 147, 191)), ("中文", (162, 188, 181, 198)),
             ("(重庆大学);罗博(重庆巴南精密传动有限公司);上官雨欣", (224, 188, 511, 199)), ("位", (76, 196, 86, 206)),
             ("(重庆巴南精密传动有限公司)", (224, 204, 357, 214)),
             ("Ouyang Xiaofeng (Chongqing University); Chen Siyuan", (218, 225, 497, 236)), ("英文", (161, 255, 181, 265)),
             ("3.使用范围   公开", (76, 308, 181, 319)), ("4.编制时间   2023-11-20", (76, 334, 212, 344))]
    pages = [Page(k + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in rows]) for k, rows in enumerate((cover, table))]
    kind, values = _typed(DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=pages)))
    assert kind == "technical_report"
    assert values["authors"] == ["欧阳晓峰", "陈思远", "阿依古丽·买买提", "罗博", "上官雨欣"]


def test_a_spaced_label_boxed_apart_still_heads_its_name():
    """主　　笔：吴峰 read by OCR as 主 | 笔: 吴峰 (probe BJ XT10): 吴峰 is the first writer; 审 | 校 is
    no writer."""
    kind, values = _typed(_doc(("数控机床远程运维服务平台技术白皮书", (563, 549, 1444, 608)),
                               ("V2.1 2024年1月", (872, 658, 1125, 698)), ("笔: 吴峰", (753, 943, 908, 991)),
                               ("主", (653, 945, 777, 990)), ("参与编写:姚博、顾家豪、汪嘉怡、艾尔肯·阿不都", (655, 1051, 1440, 1095)),
                               ("审", (653, 1160, 772, 1203)), ("校:熊泽宇", (749, 1157, 942, 1205)),
                               ("发布单位:重庆悦来工业软件有限公司", (657, 1269, 1252, 1308))))
    assert kind == "technical_report"
    assert values["authors"] == ["吴峰", "姚博", "顾家豪", "汪嘉怡", "艾尔肯·阿不都"]


def test_chongqings_zhuyan_renyuan_are_a_reports_and_a_projects_members():
    """主研人员 (重庆's word for 主要研究人员, probe BJ XT08) after 课题负责人, the list wrapped onto
    an indented line: the leader, then the five."""
    kind, values = _typed(_doc(("重庆市技术预见与制度创新项目", (703, 490, 1161, 571)), ("研究报告", (794, 592, 1052, 687)),
                               ("重庆市中小制造企业工业软件应用现状与推广路径研究", (514, 816, 1295, 900)),
                               ("项目编号:CSTB2023TFII-OFX0061", (482, 1168, 979, 1245)),
                               ("课题负责人:贾怀瑾", (478, 1244, 756, 1307)),
                               ("主研人员:热合曼·吐尔逊、上官子涵、许若曦", (473, 1326, 1081, 1409)),
                               ("闻人梓萱、吕雨欣", (612, 1411, 864, 1474)), ("承担单位:重庆工商大学", (461, 1482, 797, 1548)),
                               ("二〇二四年十月", (722, 1772, 955, 1834))))
    assert kind == "technical_report"
    assert values["authors"] == ["贾怀瑾", "热合曼·吐尔逊", "上官子涵", "许若曦", "闻人梓萱", "吕雨欣"]


def _pages(*pages):
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    return DocText(ReadResult("t.pdf", "0" * 64, page_count=len(pages), pages=[
        Page(k + 1, 595, 842, "text_layer", [Line(t, b, 1.0) for t, b in rows]) for k, rows in enumerate(pages)]))


def test_a_major_programmes_self_evaluation_report_is_its_teams_report():
    """国家科技重大专项 项目(课题)自评价报告 (probe BM MT01): a report, titled by its 项目(课题)名称 wrapped
    onto the underline under it, written by its 编写组 (组长, 成员)."""
    cover = [("附件2   密级:公开", (80, 75, 516, 86)), ("国 家 科 技 重 大 专 项", (202, 164, 396, 184)),
             ("项目(课题)自评价报告", (177, 219, 418, 241)), ("重大专项名称:   高档数控机床与基础制造装备", (86, 318, 393, 330)),
             ("项目(课题)编号:   2018ZX04033001-006", (86, 352, 353, 364)),
             ("项目(课题)名称:   基于工业互联网的数控机床远程运维服", (86, 386, 443, 398)), ("务平台研制与应用", (232, 420, 330, 432)),
             ("项目(课题)责任单位: 重庆江津齿轮箱制造有限公司(盖章)", (86, 454, 435, 466)),
             ("项目(课题)负责人:   邱婷(签名)", (86, 522, 298, 534)), ("二〇二一年三月", (249, 731, 344, 744))]
    team = [("自评价报告编写组", (240, 79, 357, 93)), ("组 长:邱婷", (142, 111, 216, 123)),
            ("成 员:姚睿、蔡翔、迪丽拜尔·卡德尔、肖玉兰、董亚楠", (142, 137, 458, 150))]
    kind, values = _typed(_pages(cover, team))
    assert kind == "technical_report"
    assert values["title"] == "基于工业互联网的数控机床远程运维服务平台研制与应用"
    assert values["authors"] == ["邱婷", "姚睿", "蔡翔", "迪丽拜尔·卡德尔", "肖玉兰", "董亚楠"]


def test_writers_a_preface_names_after_their_unit():
    """本报告由公司技术中心傅蕾、…、吐尔洪·阿西木共同编写，公司总工程师…审核 (probe BM MT03): the four
    writers, the dotted name whole, the reviewer not among them."""
    from extractor.doctypes.technical_report import _prose_writers

    text = _pages([("本报告由公司技术中心傅蕾、林建国、傅梓萱、吐尔洪·阿西木共同编写,公司", (104, 281, 514, 294)),
                   ("总工程师东方建国审核,总经理雷少卿批准。", (80, 305, 511, 318))])
    assert _prose_writers(text)[0] == ["傅蕾", "林建国", "傅梓萱", "吐尔洪·阿西木"]


def test_a_bracketed_byline_after_its_unit_names_the_authors():
    """（重庆…有限公司技术中心 董毅 任睿 令狐欣怡） under a company report's title (probe BM MT07)."""
    kind, values = _typed(_doc(("重庆九龙坡铝材智能制造有限公司技术中心 技术研究报告", (204, 122, 705, 151)),
                               ("编号:JS-YJ-2024-007", (950, 123, 1146, 150)),
                               ("压铸件X射线缺陷图像的小样本识别方法研究", (326, 214, 1013, 253)),
                               ("(重庆九龙坡铝材智能制造有限公司技术中心 董毅 任睿 令狐欣怡)", (301, 283, 1050, 319)),
                               ("报告日期:2024年3月", (924, 331, 1140, 358)), ("摘要", (199, 369, 265, 409)),
                               ("针对铝合金压铸件X射线检测中缺陷样本少、类别不均衡的问题,提出一种基于原型网络", (251, 418, 1146, 447))))
    assert kind == "technical_report" and values["title"] == "压铸件X射线缺陷图像的小样本识别方法研究"
    assert values["authors"] == ["董毅", "任睿", "令狐欣怡"]


def test_a_dotted_name_its_sign_off_cell_wrapped_is_whole():
    """编   制 热合曼·吐尔 | 逊 in a text layer's 报告编制组 table (probe BM MT08)."""
    rows = [("报告编制组", (263, 247, 332, 260)), ("职责   姓名   职称   专业   本报告中负责内容   签名", (103, 277, 494, 288)),
            ("项目负责人   武德胜   正高级工程师   机械   总体", (88, 304, 413, 315)),
            ("编   制   欧阳晓东   高级工程师   信息   第1—4章", (93, 331, 423, 341)), ("编   制 热合曼·吐尔", (93, 355, 209, 372)),
            ("工程师   经济   第9—11章", (243, 363, 425, 372)), ("逊", (176, 370, 187, 380)),
            ("编   制   郭宏伟   高级工程师   自动化   第5—8章", (93, 394, 423, 404)),
            ("审   核   公孙建华   正高级工程师   机械   —", (93, 448, 407, 458))]
    cover = [("重庆市汽摩产业工业互联网公共服务平台建设项目", (100, 200, 500, 220)), ("可行性研究报告", (200, 240, 400, 260)),
             ("二〇二四年五月", (250, 700, 350, 712))]
    kind, values = _typed(_pages(cover, rows))
    assert kind == "technical_report"
    assert values["authors"] == ["武德胜", "欧阳晓东", "热合曼·吐尔逊", "郭宏伟"]
