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
    from extractor.layout import prose_writers as _prose_writers

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


# --------------------------------------------------------------------------- verdicts (probe BQ)

def test_income_booked_on_a_contract_is_the_revenue_not_the_sum_signed():
    """A 合同收入确认证明 quoting the 合同金额1,200万元 and saying 已确认销售收入人民币6,500,000.00元，其余合同
    款项待项目终验后确认 (probe BQ 21a): the proof reads 650; beside the contract (1200) in one claim
    the income booked is the claim's revenue."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    text = _text_layer(("合同收入确认证明", (210, 79, 383, 101)),
                       ("兹证明,我公司与重庆华岳汽车零部件有限公司签订的《技术服务合同》(编号LJZZ", (65, 133, 527, 145)),
                       ("-XS-2025-0312,合同金额1,200万元),张三同志作为主要技术人员参与开发推广", (65, 157, 522, 170)),
                       (",截至2025年11月30日已确认销售收入人民币6,500,000.00元(大写:陆佰伍拾万", (71, 181, 528, 194)),
                       ("元整),其余合同款项待项目终验后确认。", (66, 205, 294, 218)), ("特此证明。", (65, 253, 119, 265)),
                       ("重庆渝新智能装备有限公司财务部(盖章)", (293, 291, 522, 304)), ("2025年12月5日", (441, 316, 528, 328)))
    kind, values = _typed(text)
    assert kind == "revenue_proof" and values["amount_wan"] == 650.0
    contract = _paper("合同.pdf", "revenue_proof", "技术服务合同 甲方 重庆华岳汽车零部件有限公司 乙方 重庆渝新智能装备有限公司",
                      amount_wan=1200.0, parties=["重庆华岳汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2023-03-01")
    proof = _paper("证明.pdf", "revenue_proof", "合同收入确认证明 已确认销售收入人民币6,500,000.00元", amount_wan=650.0,
                   date="2025-12-05")
    cite = [claim(0, ["合同.pdf", "证明.pdf"], kind="revenue", amount_wan=1200, role="participant", date="2023-03-01")]
    built = _audited([contract, proof], cite).achievements
    assert [b.achievement.amount_wan for b in built] == [650.0]


def test_an_output_value_is_no_revenue():
    """新增产值证明: 累计实现新增产值1250万元 (probe BQ 22a) is the value made, not 新增营收: read, but
    not realised as revenue (output_value_not_revenue)."""
    from extractor.doctypes import doctype

    text = _text_layer(("新增产值证明", (220, 79, 380, 101)),
                       ("兹证明,我公司工业数据采集网关LJ-GW200产品2022年至2023年累计实现新增产值1250万元。", (65, 133, 527, 145)),
                       ("特此证明。", (65, 160, 119, 172)), ("重庆渝新智能装备有限公司(盖章)", (293, 200, 522, 212)),
                       ("2024年3月10日", (441, 230, 528, 242)))
    found = doctype("revenue_proof").extract(text)
    assert found.values.get("realised") is False
    assert "output_value_not_revenue" in [code for _, code, _ in found.issues]


def test_a_recommendation_signed_after_the_closing_day_is_not_counted():
    """推荐表 dated 日期:2026年2月10日, the review closing 2025-12-31 (probe BQ 23a): not counted,
    future_date; dated before, it counts."""
    from tests.test_audit import APPLICANT, doc
    from zhicheng.audit import _recommenders
    from rules.dates import PartialDate

    rows = ["专业技术人员破格申报职称专家推荐表", "被推荐人姓名:张三", "推荐人姓名:刘建平", "推荐人专业技术职称:正高级工程师",
            "推荐意见:", "该同志业绩突出,本人同意推荐其破格申报高级工程师。", "推荐人签名:刘建平"]
    for day, counted in (("日期:2026年2月10日", 0), ("日期:2025年9月10日", 1)):
        text = _text_layer(*[(t, (65, 80 + 24 * k, 530, 92 + 24 * k)) for k, t in enumerate(rows + [day])])
        kind, values = _typed(text)
        assert kind == "recommendation_letter" and values["date"] in ("2026-02-10", "2025-09-10")
        issues = []
        assert _recommenders([doc("推荐表.pdf", kind, **values)], APPLICANT, issues,
                             as_of=PartialDate.parse("2025-12-31")) == counted, day
        assert ("future_date" in [i["code"] for i in issues]) is (counted == 0)


def test_an_associations_name_is_never_mended_into_a_government_body():
    """重庆市科学技术协会 (probe BQ 24a) is two letters from 重庆市科学技术委员会: the 科协 stays, with no
    provincial level of a 主管部门."""
    kind, values = _typed(_text_layer(("重庆市科学技术协会关于对张三同志工业互联网", (67, 78, 526, 100)),
                                      ("推广应用工作予以认可的复函", (155, 118, 439, 140)), ("渝科协函〔2024〕56号", (65, 173, 197, 185)),
                                      ("做出重要贡献,我会予以认可。", (65, 331, 232, 344)), ("特此函复。", (65, 355, 119, 368)),
                                      ("重庆市科学技术协会", (418, 393, 530, 406)), ("2024年9月20日", (441, 418, 528, 430))))
    assert kind == "official_recognition" and values["issuer"] == "重庆市科学技术协会" and "level" not in values


def test_an_invoice_summarys_net_total_and_not_its_tax():
    """增值税专用发票开具汇总表: 合计金额(不含税):人民币12,500,000.00元 | 合计税额:人民币1,625,000.00元
    (probe BQ 20b): 1250 万元, never the tax (合计税额 is no damaged 合计金额); 购买方：…公司等12家 names
    its first buyer."""
    kind, values = _typed(_text_layer(("增值税专用发票开具汇总表", (166, 79, 429, 101)),
                                      ("销售方名称:重庆渝新智能装备有限公司", (65, 133, 288, 145)),
                                      ("购买方:重庆华岳汽车零部件有限公司等12家", (66, 157, 317, 169)),
                                      ("开票期间:2022年1月至2023年12月", (66, 205, 270, 217)), ("发票份数:86份", (65, 230, 155, 241)),
                                      ("合计金额(不含税):人民币12,500,000.00元(大写:壹仟贰佰伍拾万元整)", (65, 253, 493, 266)),
                                      ("合计税额:人民币1,625,000.00元", (65, 277, 256, 290)), ("2024年3月10日", (441, 364, 528, 376))))
    assert kind == "revenue_proof" and values["amount_wan"] == 1250.0
    assert values["parties"] == ["重庆渝新智能装备有限公司", "重庆华岳汽车零部件有限公司"]


def test_a_members_note_in_brackets_cut_by_the_wrap():
    """主要完成人员(按贡献排序):1.李强、2.王芳、3.张三(技术负责人 | )、4.刘洋、5.陈静 (probe BQ 26b): five
    members, 张三 third."""
    kind, values = _typed(_doc(("项目验收意见书", (405, 151, 857, 221)), ("项目名称:发动机缸体数字化车间建设项目", (119, 273, 728, 311)),
                               ("项目负责人:李强", (117, 532, 381, 573)),
                               ("主要完成人员(按贡献排序):1.李强、2.王芳、3.张三(技术负责人", (118, 585, 1124, 625)),
                               (")、4.刘洋、5.陈静", (116, 638, 418, 675)), ("验收结论:通过", (117, 1064, 348, 1104))))
    assert kind == "project_acceptance" and values["members"] == ["李强", "王芳", "张三", "刘洋", "陈静"]


def test_a_skills_contest_a_companys_own_grade_and_a_party_schools_diploma_are_held_back():
    """职业技能大赛一等奖 is no 技术类奖项 (probe BQ 13a); a 工程师 by 单位内部认定 (仅限本单位聘用) is no
    title held (04b); a 党校 函授本科 is for the reviewers (07a)."""
    from extractor.doctypes import doctype

    award = doctype("award_certificate").extract(_text_layer(("荣誉证书", (250, 80, 345, 100)),
                                                             ("张三同志在第二届重庆市职业技能大赛中荣获一等奖。", (65, 130, 520, 142)),
                                                             ("重庆市人力资源和社会保障局", (350, 200, 520, 212)), ("2023年11月", (400, 230, 520, 242))))
    assert award.values.get("technical") is False
    grade = doctype("title_certificate").extract(_text_layer(("专业技术人员职称证书", (200, 80, 400, 100)), ("姓 名:张三", (65, 130, 200, 142)),
                                                             ("资格名称:工程师", (65, 160, 200, 172)), ("取得时间:2018年12月20日", (65, 190, 260, 202)),
                                                             ("取得方式:单位内部认定(仅限本单位聘用)", (65, 220, 360, 232)),
                                                             ("发证机关:重庆渝新智能装备有限公司人力资源部", (65, 250, 420, 262))))
    assert "title" not in grade.values and "title_not_recognised" in [c for _, c, _ in grade.issues]
    diploma = doctype("degree_certificate").extract(_text_layer(("中共重庆市委党校毕业证书", (167, 78, 428, 101)),
                                                                ("学员 张三,性别男,于二〇一三年九月至二〇一六年七月在本校经济管理", (66, 157, 527, 169)),
                                                                ("专业(本科)函授学习,成绩合格,准予毕业。", (65, 181, 494, 194)),
                                                                ("学历层次:本科(党校函授学历)", (66, 219, 245, 232))))
    assert "education" not in diploma.values and "education_unclear" in [c for _, c, _ in diploma.issues]


def test_a_book_with_a_hong_kong_isbn_is_held_back():
    """A 独著 with a 978-988 书号 (probe BQ 18a): 需人工核对, not counted."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    book = _paper("书.pdf", "book", "工业互联网平台架构与实践 张三 著 ISBN 978-988-8829-14-7", title="工业互联网平台架构与实践",
                  authors=["张三"], isbn="978-988-8829-14-7", date="2024-06", applicant_rank=1, words_wan=22.0,
                  total_words_wan=22.0)
    cite = [claim(0, ["书.pdf"], kind="book", book_kind="monograph", rank=1, sole_author=True, isbn="978-988-8829-14-7",
                  date="2024-06", words_wan=22, total_words_wan=22)]
    result = _audited([book], cite)
    assert not result.achievements and "kind_mismatch" in [i["code"] for i in result.issues]
    book.fields["isbn"] = "9787111543213"
    cite = [claim(0, ["书.pdf"], kind="book", book_kind="monograph", rank=1, sole_author=True, isbn="9787111543213",
                  date="2024-06", words_wan=22, total_words_wan=22)]
    assert _audited([book], cite).achievements  # (a mainland 书号 counts)


# --------------------------------------------------------------------------- hardening (probe BR)

def _form_pdf(value: str) -> bytes:
    """A one-page PDF: a label in its text, a text field filled in a viewer beside it (its value
    in /V, NeedAppearances, no appearance stream), as probe BR F14 sent."""
    content = b"BT /F1 12 Tf 56 760 Td (Patent number of the certificate:) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /NeedAppearances true >> >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
               b" /Resources << /Font << /F1 6 0 R >> >> /Annots [5 0 R] >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (number) /V <FEFF"
               + value.encode("utf-16-be").hex().upper().encode() + b"> /Rect [300 755 560 775] /P 3 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


def test_a_filled_forms_values_are_read_beside_their_labels(tmp_path):
    """A PDF form filled in a viewer keeps its values in its fields, outside the page's text
    (probe BR F14): they are read where the fields stand, level with their labels."""
    from extractor import ReadOptions, read_file

    path = tmp_path / "form.pdf"
    path.write_bytes(_form_pdf("ZL202010123456.7"))
    page = read_file(path, ReadOptions()).pages[0]
    assert page.source == "text_layer"
    label, value = page.lines
    assert value.text == "ZL202010123456.7" and abs(label.box[1] - value.box[1]) < 10 and value.box[0] > label.box[2]


def test_pictures_no_engine_can_read_are_one_chinese_line(tmp_path):
    """A 1×5000 sliver and a 20000×600 banner (probe BR F30, F31): no traceback, the sliver an
    unreadable_file in Chinese, the banner read (its skew measured without negative rows)."""
    from PIL import Image

    from extractor import ReadOptions, read_file
    from extractor.ocr.preprocess import estimate_skew

    sliver = tmp_path / "line.png"
    Image.new("L", (1, 5000), 0).save(sliver)
    result = read_file(sliver, ReadOptions(engine="rapidocr"))
    assert [i.message for i in result.issues if i.code == "unreadable_file"][0].startswith("第1页图片尺寸异常（1×5000 像素）")
    banner = Image.new("RGB", (20000, 600), "white")
    from PIL import ImageDraw

    draw = ImageDraw.Draw(banner)
    for y in range(100, 500, 40):
        draw.line((0, y, 20000, y + 30), fill="black", width=6)
    assert abs(estimate_skew(banner)) <= 15


def test_a_transparent_ground_is_read_as_white():
    """An LA PNG, black text on a transparent ground whose hidden values are black too (probe BR
    F26): laid on white, as a viewer shows it."""
    from PIL import Image

    from extractor.images import _on_white

    clear = Image.new("LA", (4, 1), (0, 0))
    clear.putpixel((1, 0), (0, 255))
    assert [_on_white(clear).getpixel((x, 0)) for x in range(2)] == [(255, 255, 255), (0, 0, 0)]


def test_a_json_body_with_a_key_twice_is_refused():
    """"rank": 1, "rank": 3 in one achievement (probe BR S13): 422, as the CLI refuses it in YAML."""
    import asyncio

    import pytest
    from fastapi import HTTPException
    from starlette.requests import Request

    from zhicheng.web.app import _json

    def request(body: bytes) -> Request:
        async def receive():
            return {"type": "http.request", "body": body, "more_body": False}
        return Request({"type": "http", "method": "PUT", "headers": []}, receive)

    with pytest.raises(HTTPException) as refused:
        asyncio.run(_json(request(b'{"achievements": [{"kind": "patent", "rank": 1, "rank": 3}]}')))
    assert refused.value.status_code == 422 and "rank" in refused.value.detail
    assert asyncio.run(_json(request(b'{"achievements": [{"kind": "patent", "rank": 1}]}'))) == {
        "achievements": [{"kind": "patent", "rank": 1}]}


def test_an_ocr_engine_missing_its_language_data_says_so_in_chinese(monkeypatch):
    """TESSDATA_PREFIX pointing nowhere (probe BR E14): one Chinese line, no English."""
    import pytesseract

    from extractor.ocr import OcrError
    from extractor.ocr.tesseract import TesseractEngine

    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["osd"])
    try:
        TesseractEngine()
    except OcrError as err:
        assert str(err).startswith("tesseract 缺少语言数据 chi_sim、eng")
    else:
        raise AssertionError("no OcrError")


# --------------------------------------------------------------------------- reading (probes BO, BP)

def test_an_appraisal_certificate_reads_its_teams_table_never_its_panels():
    """成 果 鉴 定 书 (probe BO OA01): a project's appraisal; its 课题组人员名单 (a dotted name centred
    in its cell, 艾尔肯·阿不 | 都) are the members, its 鉴定组成员名单 (组长 | 副组长 | 成员) never."""
    cover = [("(2024)渝科鉴字第 0417 号", (381, 92, 515, 102)), ("重庆市技术创新与应用发展专项", (179, 171, 416, 187)),
             ("成 果 鉴 定 书", (221, 221, 374, 247)), ("课 题 名 称:   面向中小制造企业的设备健康管理云平台关键技术研究", (80, 336, 499, 349)),
             ("组织鉴定单位:   重庆市科学技术局", (80, 455, 290, 468)), ("鉴 定 日 期:   2024年3月29日", (80, 515, 275, 527))]
    team = [("三、课题组人员名单", (80, 93, 196, 106)), ("序号   姓名   职务职称   工作单位   对课题主要贡献", (86, 120, 504, 131)),
            ("1   尉迟彬   正高级工程师 重庆大足五金智造有限公司   总体方案设计", (95, 145, 492, 155)),
            ("2   钟离睿   高级工程师 重庆大足五金智造有限公司   数据采集与传输", (94, 169, 503, 179)),
            ("5", (94, 248, 99, 256)), ("艾尔肯·阿不", (123, 239, 178, 249)), ("都", (145, 255, 155, 264)),
            ("工程师   重庆大足五金智造有限公司   系统集成", (211, 247, 471, 257)),
            ("6   莫浩   助理工程师 重庆大足五金智造有限公司   现场实施", (94, 277, 471, 287)),
            ("四、专家鉴定意见", (80, 361, 183, 374)), ("鉴定委员会一致同意该成果通过鉴定。", (80, 426, 314, 437)),
            ("五、鉴定组成员名单", (80, 494, 196, 506)), ("鉴定组职务   姓名   工作单位及职务职称   签名", (88, 521, 497, 532)),
            ("组长   叶海波   重庆大学 教授", (103, 545, 285, 555)), ("成员   东方杰   中国汽车工程研究院股份有限公司 研究员", (103, 593, 412, 604))]
    # (rows 3 and 4 left out: the numbers then skip, and the table must not read)
    kind, values = _typed(_pages(cover, team))
    assert kind == "project_acceptance" and values["passed"] is True
    assert values.get("members") in (None, []) or "叶海波" not in values["members"]
    team[4:4] = [("3   唐晓燕   工程师   重庆大足五金智造有限公司   平台软件开发", (94, 193, 492, 203)),
                 ("4   傅勇   高级工程师 重庆理工大学   算法研究", (94, 217, 471, 227))]
    kind, values = _typed(_pages(cover, team))
    assert values["members"] == ["尉迟彬", "钟离睿", "唐晓燕", "傅勇", "艾尔肯·阿不都", "莫浩"]


def test_members_told_with_notes_in_brackets_and_counted_at_the_end():
    """项目组成员：…米热阿依·吾守尔 | （2023年3月增补）、令狐晓东、宇文红梅（已退休）…、顾 | 丽。 (probe BO
    OA10); …邱博文等13人 with thirteen named (OA11); 参会项目组成员：…，万俟超（项目负责人：令狐建华）。 (OA13)."""
    kind, values = _typed(_doc(("企业研发项目结题验收意见", (534, 306, 1040, 352)), ("项目名称:齿轮箱装配线在线质量追溯系统研发", (214, 388, 825, 425)),
                               ("项目组成员:钱诗涵(项目负责人)、向静(技术负责人)、莫浩然、米热阿依·吾守尔", (213, 496, 1331, 534)),
                               ("(2023年3月增补)、令狐晓东、宇文红梅(已退休)、田清源、崔勇(博士研究生)、顾", (226, 549, 1374, 590)),
                               ("丽。", (202, 604, 265, 652)), ("验收结论:通过。", (270, 838, 489, 879))))
    assert values["members"] == ["钱诗涵", "向静", "莫浩然", "米热阿依·吾守尔", "令狐晓东", "宇文红梅", "田清源", "崔勇", "顾丽"]
    told = ["项目验收专家组意见", "项目负责人汪梓萱代表项目组作了工作汇报。项目主要研究人员有汪梓萱、慕容",
            "颖、长孙建华、公孙安琪、米热阿依·吾守尔、龚庆丰、肖博文、沈宁、雷洋、谢丽、", "杨强、卢思远、邱博文等{}人,分别来自重庆万州港机设备有限公司。",
            "专家组同意该项目通过验收。"]
    for count, whole in (("13", True), ("15", False)):
        rows = [(t.format(count), (71, 150 + 23 * k, 519, 162 + 23 * k)) for k, t in enumerate(told)]
        kind, values = _typed(_text_layer(*rows))
        assert kind == "project_acceptance"
        assert (values.get("members") == ["汪梓萱", "慕容颖", "长孙建华", "公孙安琪", "米热阿依·吾守尔", "龚庆丰", "肖博文", "沈宁",
                                          "雷洋", "谢丽", "杨强", "卢思远", "邱博文"]) is whole, count


def test_one_person_a_row_with_a_unit_and_a_title_some_cells_under_a_seal():
    """主要完成人员： over name | unit | title rows, OCR boxing each cell, a seal taking a unit's end
    or a whole row's unit and title (probe BO OA18): every name, in order."""
    rows = [("荣昌区科技计划项目验收证书", (508, 245, 1097, 294)), ("项目名称:", (252, 394, 391, 431)),
            ("陶瓷卫浴智能釉线数字化管控系统", (438, 396, 892, 429)), ("验收结论:", (252, 574, 391, 611)), ("通过验收", (435, 572, 566, 613)),
            ("主要完成人员:", (252, 707, 451, 747))]
    people = [("胡书瑶", "重庆科技大学", "正高级工程师"), ("马杰", "重庆荣昌智造装备有限公", "及工程师"), ("毛雪松", None, None),
              ("谢娜", "重庆荣昌智造装备有限公司", "副教授"), ("白娟", "重庆科技大学", "助理工程师")]
    for k, (name, unit, title) in enumerate(people):
        y = 760 + 47 * k
        rows.append((name, (335, y, 335 + 35 * len(name), y + 38)))
        if unit:
            rows += [(unit, (623, y + 3, 623 + 28 * len(unit), y + 36)), (title, (1117, y + 2, 1117 + 30 * len(title), y + 37))]
    kind, values = _typed(_doc(*rows))
    assert kind == "project_acceptance" and values["members"] == ["胡书瑶", "马杰", "毛雪松", "谢娜", "白娟"]


def test_a_birth_date_in_the_cell_beside_its_caption_never_dates_a_title():
    """出生年月 | 1982年5月 on a booklet's left page, its verdict's date under a seal unread (probe BP
    PC02): no date, never the birth."""
    from extractor.doctypes.title_certificate import _verdict_date

    text = _doc(("专业技术职务任职资格证书", (1446, 431, 1831, 479)), ("夏家豪同志,经湖北省工程系列机械工程专业高级", (1340, 589, 1981, 636)),
                ("评审委员会评审通过,具备高级工程师任职资格。", (1283, 660, 1908, 707)), ("姓名", (425, 868, 490, 911)),
                ("夏家豪", (630, 871, 724, 913)), ("出生年月", (428, 1025, 545, 1068)), ("1982年5月", (633, 1028, 768, 1068)),
                ("证书编号:B1909283121", (1292, 1037, 1575, 1069)))
    assert _verdict_date(text) == (True, None)


def test_an_award_title_wrapped_under_its_value_in_a_text_layer():
    """项目名称   面向…与质量追 | 溯技术 (probe BP PA04): the cell gap after the label is wider than
    letters; the wrapped tail is the title's."""
    kind, values = _typed(_text_layer(("中国电子学会科学技术奖", (179, 151, 418, 173)), ("证 书", (265, 196, 331, 217)),
                                      ("奖励类别   科技进步奖", (114, 301, 269, 313)), ("奖励等级   二等奖", (114, 343, 243, 356)),
                                      ("项目名称   面向电子装联产线的多源异构数据实时采集与质量追", (114, 386, 503, 398)),
                                      ("溯技术", (205, 404, 243, 416)), ("获 奖 人   尉迟成林", (114, 428, 256, 441)),
                                      ("排   名   第五", (114, 471, 230, 483)), ("中国电子学会", (385, 640, 467, 654)),
                                      ("二〇二三年十二月", (374, 675, 475, 687))))
    assert kind == "award_certificate"
    assert values["project_title"] == "面向电子装联产线的多源异构数据实时采集与质量追溯技术"


def test_a_recommenders_title_on_the_line_under_his_name():
    """推荐人（签名）： | 徐超 | 教授级高级工程师 | 重庆市…研究院 | 2024年9月10日 (probe BP PL05)."""
    kind, values = _typed(_text_layer(("关于推荐武景行同志申报正高级工程师的信", (150, 80, 450, 96)),
                                      ("工程技术系列正高级职称评审委员会:", (60, 120, 300, 132)),
                                      ("武景行同志1999年毕业于重庆交通大学,2012年取得高级工程师资格。", (60, 145, 520, 157)),
                                      ("我与该同志在多个项目中合作,认为其已达到正高级工程师水平,特予推荐。", (60, 170, 520, 182)),
                                      ("推荐人(签名):", (295, 365, 386, 376)), ("徐超", (295, 389, 319, 401)),
                                      ("教授级高级工程师", (295, 413, 394, 425)), ("重庆市机械工业设计研究院", (295, 438, 444, 450)),
                                      ("2024年9月10日", (296, 462, 378, 474))))
    assert kind == "recommendation_letter" and values["recommender"] == "徐超"
    assert values["recommender_title"] == "professorate_senior_engineer"


def test_a_receipt_names_who_paid():
    """本公司（收款人：…）于2024年1月19日收到遵义…有限公司（付款人）支付的… (probe BP PR10): both parties."""
    kind, values = _typed(_text_layer(("收到款项证明", (230, 80, 370, 100)),
                                      ("本公司(收款人:宜宾三江新材料装备有限公司)于2024年1月19日收到", (60, 130, 530, 142)),
                                      ("遵义娄山数字工厂服务有限公司(付款人)支付的人民币柒拾肆万贰仟伍佰元", (60, 152, 530, 164)),
                                      ("整(¥742,500.00),该款项为《注塑车间设备联网与MES系统采购合同》第二期货款。", (60, 174, 530, 186)),
                                      ("特此证明。", (60, 196, 120, 208)), ("收款人(盖章):宜宾三江新材料装备有限公司", (300, 240, 540, 252)),
                                      ("日期:2024年1月22日", (300, 262, 440, 274))))
    assert kind == "revenue_proof" and values["amount_wan"] == 74.25
    assert sorted(values["parties"]) == sorted(["宜宾三江新材料装备有限公司", "遵义娄山数字工厂服务有限公司"])


def test_a_journal_head_with_the_papers_column_at_its_right_end():
    """出版科学 第32卷 2024年第3期   出版技术 (probe BO OJ01): the journal is 出版科学, not the column run on."""
    kind, values = _typed(_text_layer(("出版科学 第32卷 2024年第3期   出版技术", (63, 32, 533, 40)),
                                      ("基于知识图谱的科技期刊智能排版与校对系统设计", (111, 82, 484, 98)),
                                      ("孟翔 诸葛泽宇 姚芳", (236, 120, 360, 131)),
                                      ("[摘 要]针对离散制造过程中多源异构数据融合困难等问题,提出一种方法。", (63, 156, 532, 166)),
                                      ("[关键词]知识图谱;智能排版", (63, 190, 300, 200)), ("[中图分类号]G232", (63, 210, 200, 220))))
    assert kind == "journal_paper" and values["journal"] == "出版科学"


def test_a_journal_named_inside_the_papers_title_where_head_and_citation_agree():
    """机 器 人 ROBOT at the head and 引用格式: …[J].机器人,2023,45(3) for a paper on a 铸件打磨机器人
    (probe BP PJ02): the journal is 机器人."""
    kind, values = _typed(_doc(("第45卷第3期", (264, 145, 431, 178)), ("机 器 人 ROBOT", (1373, 147, 1605, 177)),
                               ("2023 年 5月", (263, 182, 402, 214)), ("Vol.45, No.3 May, 2023", (1337, 185, 1604, 214)),
                               ("引用格式: 蒋雨欣, 冯辉,陆嘉怡,等. 基于力位混合控制的铸件打磨机器人恒力跟踪方法[J].机器人,2023,45(3):321-330",
                                (265, 276, 1614, 307)),
                               ("基于力位混合控制的铸件打磨机器人恒力跟踪方法", (383, 387, 1483, 443)),
                               ("蒋雨欣 冯辉 陆嘉怡 宇文博文", (652, 474, 1214, 517)),
                               ("(1. 重庆交通大学机电与车辆工程学院,重庆400074)", (375, 538, 1509, 569)),
                               ("摘 要:针对铸件打磨中接触力波动大的问题,提出一种基于导纳模型的力位混合控制方法", (264, 577, 1312, 609)),
                               ("关键词:打磨机器人;力位混合控制;恒力跟踪;导纳控制", (265, 617, 916, 649)),
                               ("中图分类号:TP242 文献标识码:A 文章编号:1002-0446(2023)-03-0321-10", (265, 656, 1169, 687))))
    assert kind == "journal_paper" and values["journal"] == "机器人"


def test_a_numbered_rows_dotted_name_wrapped_under_it_and_an_appraisals_leader():
    """2   买买提江·托合 | 提 in a text layer's member table (probe BO OA04); 课题承担者：尉迟彬 on a 成果鉴定书's
    cover (OA01)."""
    from extractor.layout import name_column

    rows = [("序号   姓名   工作单位   职称   分工", (77, 600, 433, 612)),
            ("1   呼延婷   重庆工程职业技术学院   讲师   文档编制", (76, 701, 432, 710)),
            ("2   买买提江·托合", (77, 729, 170, 745)), ("提", (134, 743, 144, 753)),
            ("重庆两江数智制造科技有限公", (184, 729, 313, 739)), ("司", (184, 744, 192, 753)),
            ("3   罗建华   重庆理工大学   工程师   测试验证", (79, 770, 433, 780))]
    text = _text_layer(*rows)
    from extractor.layout import _name_rows

    header = text.lines[0]
    names = _name_rows(text, header, header.text.split(), 1)
    assert names == ["呼延婷", "买买提江·托合提", "罗建华"]
    kind, values = _typed(_text_layer(("成 果 鉴 定 书", (221, 221, 374, 247)),
                                      ("课 题 名 称:   面向中小制造企业的设备健康管理云平台关键技术研究", (80, 336, 499, 349)),
                                      ("课题承担者:   尉迟彬", (80, 366, 226, 378)), ("工 作 单 位:   重庆大足五金智造有限公司", (80, 396, 342, 408)),
                                      ("鉴定委员会一致同意该成果通过鉴定。", (80, 426, 314, 437))))
    assert kind == "project_acceptance" and values["leader"] == "尉迟彬"


def test_a_papers_cn_read_from_its_cnki_doi_and_never_from_a_references_doi():
    """DOI:10.16526/j.cnki.11-4762/tp.2024.05.005 on a first page that prints no CN of its own
    (probe BO OJ02): CN 11-4762/TP; a DOI in the references names another journal."""
    from extractor.doctypes import doctype

    head = [("计算机测量与控制 2024年第32卷第5期", (63, 32, 533, 42)), ("文章编号:1671-4598(2024)05-0031-07", (63, 60, 300, 70)),
            ("基于边缘计算的数控机床状态监测系统设计", (100, 90, 500, 106)), ("刘 洋 张 伟", (250, 120, 350, 131)),
            ("摘要:针对数控机床状态监测实时性差的问题,设计了一种系统。", (63, 150, 530, 162)), ("关键词:边缘计算;状态监测", (63, 170, 300, 182))]
    own = doctype("journal_paper").extract(_text_layer(*head, ("DOI:10.16526/j.cnki.11-4762/tp.2024.05.005", (300, 60, 530, 70))))
    assert own.values["cn"] == "11-4762/TP"
    cited = doctype("journal_paper").extract(_text_layer(*head, ("参考文献", (63, 600, 120, 612)),
                                                         ("[1] 王强. 某方法[J]. DOI:10.13196/j.cims.2023.01.001", (63, 620, 530, 632)),
                                                         ("[2] 李明. 某系统[J]. DOI:10.16526/j.cnki.11-4762/tp.2022.01.003", (63, 640, 530, 652))))
    assert "cn" not in cited.values


def test_a_product_income_tables_total_row_set_wide_and_never_the_companys_total():
    """附表2 …收入明细表, 金额单位：万元, a 合   计   3,041.00 row its label set wide, and a 说明 line with the
    企业同期总收入 (probe BP PR13): 3041, the products' total, never 3862.27."""
    kind, values = _typed(_text_layer(("附表2", (57, 73, 85, 83)), ("绵阳涪江电子测控有限公司", (220, 94, 374, 106)),
                                      ("2023年度高新技术产品(服务)收入明细表", (153, 122, 442, 136)), ("金额单位:万元", (465, 149, 538, 160)),
                                      ("序号 产品(服务)编号 高新技术产品(服务)名称   收入金额   备注", (66, 171, 521, 182)),
                                      ("1   PS01   高精度电力参数测控终端   1,286.42", (75, 197, 477, 207)),
                                      ("2   PS02   变电站巡检机器人控制器   934.18", (74, 222, 477, 232)),
                                      ("3   PS03   电能质量在线监测系统   612.55", (74, 248, 477, 258)),
                                      ("4   PS04   测控终端远程运维服务   207.85", (74, 273, 477, 283)), ("合   计   3,041.00", (198, 299, 477, 310)),
                                      ("说明:企业同期总收入为3,862.27万元,高新技术产品(服务)收入占比79.36%。", (57, 329, 432, 340)),
                                      ("报告日期:2024年4月10日", (415, 390, 537, 400))))
    assert kind == "revenue_proof" and values["amount_wan"] == 3041.0


def test_a_contracts_order_value():
    """第一条 …订货总值为人民币258万元 (probe BP PR05)."""
    from extractor.doctypes.revenue_proof import _total_amount

    text = _text_layer(("销售合同", (250, 80, 345, 100)), ("供方:陕西秦川数控刀具有限公司   需方:襄阳汉江汽车部件有限公司", (60, 120, 540, 132)),
                       ("第一条 产品名称、数量及金额:订货总值为人民币258万元(含税)。", (60, 150, 540, 162)),
                       ("第二条 定金:需方于合同签订后支付合同总值30%的定金。", (60, 175, 540, 187)))
    assert _total_amount(text)[0] == 258.0


def test_a_registers_query_result_of_one_persons_titles_gives_the_latest():
    """职称证书查询, 查询结果(共 2 条): 序号 姓名 资格名称 资格级别 取得方式 取得时间 证书编号, two rows of 武玉兰
    (probe BP PC05): 工程师 of 2021-12-20, not two annex rows of one name; rows of two people are an
    annex, no one person's latest title."""
    from extractor.doctypes.title_certificate import _latest_row

    def page(second: str):
        return _text_layer(("湖南省人力资源和社会保障厅 网上服务大厅 › 职称证书查询", (63, 70, 359, 81)),
                           ("查询条件:姓名 武玉兰   身份证号 4301301994********", (46, 105, 315, 115)),
                           ("查询结果(共 2 条)", (46, 127, 146, 138)),
                           ("序号   姓名   资格名称   资格级别 取得方式   取得时间   证书编号", (53, 152, 504, 162)),
                           ("1   武玉兰   助理工程师   初级   认定   2016-09-30   HN2016118671", (61, 178, 517, 187)),
                           (f"2   {second}   工程师   中级   评审   2021-12-20   HN2021902778", (60, 203, 520, 213)))
    kind, values = _typed(page("武玉兰"))
    assert kind == "title_certificate"
    assert (values.get("holder"), values.get("title"), str(values.get("date"))) == ("武玉兰", "engineer", "2021-12-20")
    assert _latest_row(page("李强")) is None


# --------------------------------------------------------------------------- attacks on this session (probe BT)

def test_income_booked_in_other_words_and_by_a_statement_naming_both_parties():
    """已开票并确认收入人民币6,000,000.00元 after the 合同总金额 it quotes (probe BT BB4): 600; a statement
    that names both parties is still a statement (BB1)."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    text = _text_layer(("收入确认证明", (230, 79, 370, 101)),
                       ("兹证明,我公司与重庆华岳汽车零部件有限公司签订的技术服务合同(合同总金额人民币15,000,000.00元),", (65, 133, 527, 145)),
                       ("截至2025年11月30日已开票并确认收入人民币6,000,000.00元,其余款项待终验后确认。", (65, 157, 527, 170)),
                       ("特此证明。", (65, 181, 119, 193)), ("重庆渝新智能装备有限公司财务部(盖章)", (293, 220, 522, 232)),
                       ("2025年12月5日", (441, 245, 528, 257)))
    kind, values = _typed(text)
    assert kind == "revenue_proof" and values["amount_wan"] == 600.0
    contract = _paper("合同.pdf", "revenue_proof", "技术服务合同 甲方 重庆华岳汽车零部件有限公司 乙方 重庆渝新智能装备有限公司",
                      amount_wan=1500.0, parties=["重庆华岳汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2022-03-01")
    proof = _paper("证明.pdf", "revenue_proof", "收入确认证明 我公司与重庆华岳汽车零部件有限公司签订的合同 已确认销售收入人民币6,000,000.00元",
                   amount_wan=600.0, parties=["重庆华岳汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2025-12-05")
    cite = [claim(0, ["合同.pdf", "证明.pdf"], kind="revenue", amount_wan=1500, role="participant", date="2022-03-01")]
    assert [b.achievement.amount_wan for b in _audited([contract, proof], cite).achievements] == [600.0]


def test_an_output_value_named_on_the_line_before_its_amount_or_as_value_added():
    """…累计实现新增产值 | 人民币12,500,000.00元 (probe BT OV1t), …新增产 | 值人民币… (OV2), 新增工业增加值 (OV4)."""
    from extractor.doctypes import doctype

    for first, second in (("兹证明,我公司网关产品2022年至2023年累计实现新增产值", "人民币12,500,000.00元。"),
                          ("兹证明,我公司网关产品2022年至2023年累计实现新增产", "值人民币12,500,000.00元。"),
                          ("兹证明,我公司网关产品2022年至2023年累计实现新增工业增加值", "人民币12,500,000.00元。")):
        found = doctype("revenue_proof").extract(_text_layer(("新增销售收入证明", (220, 79, 380, 101)), (first, (65, 133, 527, 145)),
                                                              (second, (65, 157, 300, 169)), ("特此证明。", (65, 181, 119, 193)),
                                                              ("2024年3月10日", (441, 230, 528, 242))))
        assert found.values.get("realised") is False, first


def test_a_letters_date_is_its_signatures_never_a_note_after_it():
    """推荐人签名 then 2025年9月10日, then 本表仅用于2026年度职称评审，有效期至2026年12月31日 (probe BT RD3): 2025-09-10;
    推荐时间：2026年1月5日 (RD4): that; 附：…（2016年12月取得） after the signature's 2026年1月5日 (RD6): 2026-01-05."""
    head = ["专业技术人员破格申报职称专家推荐表", "被推荐人姓名:张三", "推荐人姓名:刘建平", "推荐人专业技术职称:正高级工程师",
            "推荐意见:该同志业绩突出,本人同意推荐其破格申报高级工程师。"]
    for tail, want in ((["推荐人签名:刘建平", "2025年9月10日", "本表仅用于2026年度职称评审,有效期至2026年12月31日。"], "2025-09-10"),
                       (["推荐人签名:刘建平", "推荐时间:2026年1月5日", "单位意见:同意推荐。2025年12月28日"], "2026-01-05"),
                       (["推荐人签名:刘建平", "2026年1月5日", "附:推荐人职称证书复印件(2016年12月取得)"], "2026-01-05")):
        text = _text_layer(*[(t, (65, 80 + 24 * k, 530, 92 + 24 * k)) for k, t in enumerate(head + tail)])
        kind, values = _typed(text)
        assert kind == "recommendation_letter" and str(values.get("date")) == want, tail


def test_a_companys_own_titles_in_other_words_and_a_universitys_diploma_naming_a_party_school():
    """发证单位 a company, 经…公司技术职称评定小组评定 (probe BT TN2); 企业内部职称，仅在本公司范围内有效 (TN3): no
    title.  A 重庆大学 函授 diploma whose 函授站 is at a 党校 (DX3): a bachelor's, no issue."""
    from extractor.doctypes import doctype

    for said in ("经重庆渝新智能装备有限公司技术职称评定小组评定,具备高级工程师任职资格。", "本证书为企业内部职称,仅在本公司范围内有效。"):
        grade = doctype("title_certificate").extract(_text_layer(("专业技术职务任职资格证书", (200, 80, 400, 100)),
                                                                 ("姓 名:张三", (65, 130, 200, 142)), ("资格名称:高级工程师", (65, 160, 260, 172)),
                                                                 ("取得时间:2018年12月20日", (65, 190, 260, 202)), (said, (65, 220, 530, 232))))
        assert "title" not in grade.values, said
    diploma = doctype("degree_certificate").extract(_text_layer(("高等教育毕业证书", (200, 78, 400, 101)),
                                                                ("学生 张三,性别男,于2013年9月至2016年7月在本校机械工程专业函授本科学习,", (66, 157, 527, 169)),
                                                                ("修完教学计划规定的全部课程,成绩合格,准予毕业。", (65, 181, 494, 194)),
                                                                ("函授站:中共万州区委党校函授站", (66, 219, 300, 232)), ("校名:重庆大学", (66, 243, 227, 256)),
                                                                ("二〇一六年七月十日", (418, 291, 528, 304))))
    assert diploma.values.get("education") == "bachelor" and not diploma.issues


def test_who_organised_an_acceptance_is_no_panel_and_a_journal_head_names_its_journal_first():
    """验收组织单位：市经信委 over the members' table (probe BT MB4): the members read; 机床与液压   第52卷 第3期
    数字化设计与制造 (JH1): 机床与液压, never the column."""
    from extractor.doctypes.project_acceptance import _member_header

    text = _text_layer(("验收组织单位:重庆市经济和信息化委员会", (65, 100, 400, 112)),
                       ("序号   姓名   工作单位   职称   承担的主要任务", (65, 130, 500, 142)),
                       ("1   李强   重庆渝新智能装备有限公司   高级工程师   总体设计", (65, 155, 500, 167)))
    assert _member_header(text, text.lines[1]) is not False
    kind, values = _typed(_text_layer(("机床与液压   第52卷 第3期   数字化设计与制造", (63, 32, 533, 42)),
                                      ("基于数字孪生的液压系统故障诊断方法", (100, 90, 500, 106)), ("刘洋 张三", (250, 120, 350, 131)),
                                      ("摘要:针对液压系统故障诊断准确率低的问题,提出一种方法。", (63, 150, 530, 162)),
                                      ("关键词:数字孪生;故障诊断", (63, 170, 300, 182)), ("中图分类号:TH137", (63, 190, 200, 202))))
    assert kind == "journal_paper" and values["journal"] == "机床与液压"


def test_a_member_tables_continuation_page_opens_no_document_and_is_no_list_of_its_own():
    """表2 课题组成员(续) at the top of page 2, rows 9–15 (probe BS SA09): it continues the file's first
    document, and its rows alone are no list (their numbers begin at 9)."""
    from extractor.layout import _name_rows
    from zhicheng.binder import _continues

    rows = [("表2 课题组成员(续)", (63, 72, 181, 83)), ("序号   姓名   性别   职称   所在部门   分工", (69, 93, 450, 103)),
            ("9   朱丽   女   研究员   科技处   算法研究", (77, 113, 471, 124)),
            ("10   独孤海波   男   研究员   科技处   成本核算", (75, 134, 471, 144))]
    text = _text_layer(*rows)
    assert _continues(text)
    header = text.lines[1]
    assert _name_rows(text, header, header.text.split(), 1) == []


def test_a_meetings_chair_is_never_a_member():
    """会议纪要: 主 持 人:李娜 | 验 收 组:李娜(组长)… | 项目组参会人员:黄军(项目负责人)、… (probe BM MP08): the
    members are the project's people; 主持人 is one letter from 主研人, which is no label."""
    kind, values = _typed(_text_layer(("重庆巴南精密传动有限公司", (220, 80, 374, 93)), ("会 议 纪 要", (247, 118, 348, 139)),
                                      ("会议主题:   “涂装线能耗在线监测与优化调度系统”项目验收会", (74, 195, 409, 206)),
                                      ("会议时间:2024年4月16日14:30", (74, 217, 244, 229)), ("主 持 人:李娜", (74, 263, 152, 274)),
                                      ("验 收 组:李娜(组长)、金宏伟、武睿、陆军", (74, 286, 319, 298)),
                                      ("项目组参会人员:黄军(项目负责人)、上官景行、阿卜杜拉·艾山、孟军、端木帆", (74, 309, 509, 321)),
                                      ("记   录:周小红", (74, 332, 169, 343)),
                                      ("立项目标,同意该项目通过公司级验收。", (74, 431, 282, 444))))
    assert kind == "project_acceptance" and values["members"] == ["黄军", "上官景行", "阿卜杜拉·艾山", "孟军", "端木帆"]


def test_a_statement_naming_both_parties_is_never_summed_with_the_contract_it_books():
    """The contract (1200) and a 收入确认证明 that names both parties and its own number for the
    contract (650 booked) (probe BQ 21a, after the statement's signer was read): 650, never 1850."""
    from tests.test_audit import claim
    from tests.test_tenth_session import _audited, _paper

    contract = _paper("合同.pdf", "revenue_proof", "技术服务合同 合同编号:HY-2023-017 甲方 重庆华岳汽车零部件有限公司 乙方 重庆渝新智能装备有限公司",
                      amount_wan=1200.0, parties=["重庆华岳汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2023-03-01")
    proof = _paper("证明.pdf", "revenue_proof", "合同收入确认证明 我公司与重庆华岳汽车零部件有限公司签订的《技术服务合同》(编号LJZZ-XS-2025-0312)"
                   " 已确认销售收入人民币6,500,000.00元", amount_wan=650.0,
                   parties=["重庆华岳汽车零部件有限公司", "重庆渝新智能装备有限公司"], date="2025-12-05")
    cite = [claim(0, ["合同.pdf", "证明.pdf"], kind="revenue", amount_wan=1200, role="participant", date="2023-03-01")]
    assert [b.achievement.amount_wan for b in _audited([contract, proof], cite).achievements] == [650.0]


def test_a_party_schools_diploma_under_its_other_name_is_known_by_its_number():
    """重庆行政学院 (the 党校's other name) at the foot, 证书编号：渝党校函字第2018120456号 (probe BT DX2)."""
    from extractor.doctypes import doctype

    diploma = doctype("degree_certificate").extract(_text_layer(("毕业证书", (250, 78, 345, 101)),
                                                                ("学员 张三,性别男,于二〇一六年三月至二〇一八年十二月在本校函授本科班经济管理专业学习,", (66, 157, 527, 169)),
                                                                ("修完全部课程,成绩合格,准予毕业。", (65, 181, 300, 194)), ("重庆行政学院", (400, 260, 500, 272)),
                                                                ("二〇一八年十二月三十日", (400, 285, 528, 297)), ("证书编号:渝党校函字第2018120456号", (66, 320, 330, 332))))
    assert "education" not in diploma.values and "education_unclear" in [c for _, c, _ in diploma.issues]


def test_the_isbn_regions_come_from_python_stdnums_table():
    """978-99981 is a Macau group (probe BT IS2): python-stdnum's table of agencies says so, no list of ours."""
    from zhicheng.audit import _isbn_abroad

    assert (_isbn_abroad("978-99981-01-23-4"), _isbn_abroad("978-957-12-3456-7"), _isbn_abroad("7-111-54321-6")) == \
        ("澳门", "台湾", None)
