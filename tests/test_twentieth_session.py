"""Verdicts and layouts the twentieth session's probes found wrong, one test per cause."""

from __future__ import annotations

from pathlib import Path

import pytest


def _revenue(file, words, amount, parties, date):
    from tests.test_tenth_session import _paper

    return _paper(file, "revenue_proof", words, amount_wan=amount, parties=parties, date=date)


_SELLER, _BUYER = "重庆西部智造工业互联网研究院", "重庆江北嘉陵电子元器件股份有限公司"
_REGISTRATION = ("技术合同认定登记证明登记编号:2023500105000892合同名称一种SMT产线贴片质量在线监测方法专利权转让"
                 f"技术合同类别技术转让(专利权)卖方(登记方){_SELLER}买方{_BUYER}合同成交总额50.00万元认定登记日期2023年11月02日")


def _revenue_counted(documents):
    from tests.test_audit import APPLICANT, never_core
    from zhicheng.audit import audit

    result = audit(documents, [], APPLICANT, never_core, employer=_SELLER)
    return sorted(b.achievement.amount_wan for b in result.achievements if b.achievement.kind.value == "revenue"), result


def test_a_contract_and_its_registration_without_a_shared_number_are_one_sale():
    """A 50万 patent transfer and its 技术合同认定登记证明 (登记编号 only, no contract number in common;
    probe CI S7): one sale, by the 合同名称 it registers or by the same parties and sum."""
    contract = _revenue("rev/contract.pdf", f"一种SMT产线贴片质量在线监测方法专利权转让合同受让方(甲方):{_BUYER}让与方(乙方):{_SELLER}张三",
                        50.0, [_BUYER, _SELLER], "2023-10-12")
    registration = _revenue("rev/registration.pdf", _REGISTRATION, 50.0, [_SELLER, _BUYER], "2023-11-02")
    counted, result = _revenue_counted([contract, registration])
    assert counted == [50.0]
    assert any(i["code"] == "duplicate_evidence" and "《一种SMT产线贴片质量在线监测方法专利权转让》" in i["message"]
               for i in result.issues)
    # (the contract under another title: the same parties and the same sum tie them)
    retitled = _revenue("rev/contract.pdf", f"技术转让(专利权)合同受让方(甲方):{_BUYER}让与方(乙方):{_SELLER}张三",
                        50.0, [_BUYER, _SELLER], "2023-10-12")
    assert _revenue_counted([registration, retitled])[0] == [50.0]


def test_a_registration_of_another_contract_is_a_sale_of_its_own():
    other = _revenue("rev/contract.pdf", f"工业数据采集平台技术开发合同委托方(甲方):{_BUYER}受托方(乙方):{_SELLER}张三",
                     80.0, [_BUYER, _SELLER], "2023-05-12")
    registration = _revenue("rev/registration.pdf", _REGISTRATION, 50.0, [_SELLER, _BUYER], "2023-11-02")
    assert _revenue_counted([other, registration])[0] == [50.0, 80.0]


def _page(*rows, source="text_layer"):
    from tests.test_fifteenth_session import _doc

    return _doc(*rows, width=595, height=842, source=source) if source == "text_layer" else _doc(*rows, source=source)


def _read(*rows, source="text_layer"):
    from tests.test_fifteenth_session import _typed

    return _typed(_page(*rows, source=source))


def test_a_leader_in_the_cell_under_his_caption_or_on_the_next_line():
    """项目主持人 | 职称 | 所在学院 over 沈新浩 | 教授 (P05), 课题负责人： alone over 郭秋龙 indented (P07), a
    caption centred over 许俊文（高级工程师） (P09): probe CJ found none of them."""
    head = [("重庆市教育委员会科学技术研究项目", (170, 64, 422, 81)), ("结 题 验 收 表", (236, 96, 359, 116)),
            ("项目名称   面向中小企业的轻量化MES系统关键技术研究", (94, 150, 396, 161))]
    verdict = [("专家组验收意见:", (63, 410, 153, 422)), ("项目完成了计划任务,同意结题。", (63, 450, 480, 462)),
               ("专家组组长签字:   2023年12月5日", (320, 492, 531, 503))]
    kind, values = _read(*head, ("项目主持人   职称   所在学院", (94, 235, 438, 247)),
                         ("沈新浩   教授   机械工程学院", (106, 264, 449, 275)), *verdict)
    assert kind == "project_acceptance" and values["leader"] == "沈新浩"
    kind, values = _read(*head, ("课题负责人:", (62, 196, 123, 207)), ("郭秋龙", (142, 215, 175, 226)), *verdict)
    assert values["leader"] == "郭秋龙"
    kind, values = _read(*head, ("项目主持人", (270, 203, 325, 214)), ("许俊文(高级工程师)", (243, 232, 346, 243)), *verdict)
    assert values["leader"] == "许俊文"
    # (a place to sign with a caption under it is no name)
    kind, values = _read(*head, ("项目负责人(签字):", (62, 196, 160, 207)), ("验收组长", (62, 215, 110, 226)), *verdict)
    assert "leader" not in values


def test_a_tasks_leader_is_the_one_a_tasks_paper_names_not_its_parent_projects():
    """课题组成员情况表 printing 项目负责人 何思鹏 (the parent project's) and 课题负责人 刘俊 (probe CJ P13)."""
    kind, values = _read(("国家重点研发计划课题综合绩效评价", (171, 65, 425, 81)), ("课题组成员情况表", (226, 96, 369, 113)),
                         ("项目名称   基于工业互联网的离散制造业协同制造平台研发与应用", (91, 144, 433, 155)),
                         ("项目负责人   何思鹏", (86, 172, 203, 184)), ("课题名称   多源异构制造数据集成与边缘智能分析技术", (91, 201, 379, 212)),
                         ("课题负责人   刘俊", (86, 285, 192, 297)), ("课题组成员", (62, 316, 122, 328)),
                         ("序号   姓名   性别   职称   单位   分工", (69, 344, 489, 355)),
                         ("1   刘俊   男   讲师   重庆大学   项目总体负责", (77, 374, 510, 385)),
                         ("2   卢嘉凯   男   高级工程师   重庆渝智精密制造有限公司   技术方案设计", (77, 404, 510, 414)),
                         ("3   郑宁波   女   高级工程师   重庆市计量质量检测研究院   平台架构设计", (77, 434, 510, 444)),
                         ("验收结论:通过验收。", (62, 528, 174, 540)))
    assert values["leader"] == "刘俊"


def test_a_grid_of_names_under_a_caption_centred_over_the_form():
    """参研人员 centred over rows of four names, two-letter ones letter-spaced (谢 毅), in a form's
    tall rows (probe CJ P05): all ten, in order, not the first row alone nor 段海雨谢 glued."""
    kind, values = _read(("重庆市教育委员会科学技术研究项目", (170, 64, 422, 81)), ("结 题 验 收 表", (236, 96, 359, 116)),
                         ("项目名称   面向中小企业的轻量化MES系统关键技术研究", (94, 150, 396, 161)),
                         ("参研人员", (276, 292, 319, 303)), ("沈新浩   孔诚岩   杨勇昊   段海雨", (105, 320, 490, 332)),
                         ("谢 毅   周华婉   尉迟明欣   武 燕", (107, 349, 488, 360)), ("雷 兴   方 华", (107, 377, 253, 388)),
                         ("专家组验收意见:", (63, 410, 153, 422)), ("项目完成了计划任务,同意结题。", (63, 450, 480, 462)))
    assert values["members"] == ["沈新浩", "孔诚岩", "杨勇昊", "段海雨", "谢毅", "周华婉", "尉迟明欣", "武燕", "雷兴", "方华"]


def test_a_byline_over_three_lines_keeps_its_third():
    """Thirteen authors centred over three lines with affiliation marks (probe CJ A10: the third
    line, 潘林4陶清松2程国1*, was lost without a word)."""
    kind, values = _read(("第59卷第14期", (403, 154, 550, 185)), ("计算机工程与应用", (623, 154, 804, 185)),
                         ("2023年7月", (444, 192, 556, 227)), ("ISSN 1002-8331 CN 11-2127/TP", (649, 194, 975, 226)),
                         ("工业互联网平台多租户资源调度方法综述", (360, 280, 1119, 327)),
                         ("熊阳春1方岩燕1马超松2诸葛颖辉1欧阳亮2", (457, 358, 1033, 394)),
                         ("田毅凯3杨新建1江昊鑫2魏华3毛颖1", (501, 414, 986, 450)), ("潘林4陶清松2程国1*", (606, 471, 879, 507)),
                         ("1. 重庆邮电大学计算机科学与技术学院, 重庆400065", (246, 530, 842, 559)),
                         ("摘要:工业互联网平台需要为多租户提供资源调度。", (246, 600, 1102, 630)),
                         ("关键词:工业互联网;资源调度   中图分类号:TP391", (246, 650, 1102, 680)), source="ocr")
    assert kind == "journal_paper" and values["authors"][-3:] == ["潘林", "陶清松", "程国"] and len(values["authors"]) == 13


def test_a_feasibility_studys_writers_table_with_each_ones_share_of_the_work():
    """编制人员 over 序号 | 姓名 | 职称 | 职责 (项目负责人, 市场分析, 投资估算 …; probe CJ A06): the
    writers, not a sign-off table's roles."""
    rows = [("可行性研究报告", (611, 614, 1078, 697)), ("编制单位:重庆川渝工业互联网研究院有限公司", (435, 1291, 1255, 1342)),
            ("编制人员", (744, 1500, 951, 1564)), ("序号", (214, 1631, 303, 1698)), ("姓名", (402, 1631, 492, 1699)),
            ("职称", (703, 1631, 793, 1699)), ("职责", (1166, 1632, 1255, 1700))]
    people = [("曹旭鹏", "工程师", "项目负责人"), ("公孙浩瑶", "工程师", "技术负责人"), ("龚雨月", "正高级工程师", "市场分析"),
              ("陆博", "正高级工程师", "设备选型")]
    for k, (name, title, duty) in enumerate(people):
        y = 1725 + 88 * k
        rows += [(str(k + 1), (240, y, 276, y + 62)), (name, (388, y, 506, y + 62)), (title, (688, y, 807, y + 62)),
                 (duty, (1121, y, 1301, y + 62))]
    kind, values = _read(*rows, ("审 核: 孙东源", (328, 2100, 576, 2157)), source="ocr")
    assert kind == "technical_report" and values["authors"] == [p[0] for p in people]


def test_contract_sides_introduced_as_hereinafter_or_in_the_model_contracts_signing_table():
    """委托方（以下简称“甲方”）：… (probe CJ C10); 科技部's signing table 委托方（甲方） | 名称（或姓名） |
    重庆…公司 (C06); a 联合研发协议 with a third side (C08) is a revenue paper."""
    kind, values = _read(("软件开发服务合同", (482, 141, 837, 191)),
                         ("委托方(以下简称“甲方”):重庆嘉陵智能装备股份有限公司", (188, 249, 892, 280)),
                         ("受托方(以下简称“乙方”):重庆两江智联科技有限公司", (188, 294, 841, 323)),
                         ("第二条合同金额:人民币壹佰陆拾伍万元整(¥1,650,000.00)。", (186, 553, 861, 583)), source="ocr")
    assert values["parties"] == ["重庆嘉陵智能装备股份有限公司", "重庆两江智联科技有限公司"]
    kind, values = _read(("技术开发 (委托) 合同", (585, 185, 1087, 240)), ("第三条 研究开发经费:人民币玖拾陆万元。", (186, 280, 900, 312)),
                         ("委托方(甲方)", (203, 1249, 388, 1294)), ("名称 (或姓名)", (464, 1250, 646, 1295)),
                         ("重庆嘉陵智能装备股份有限公司", (721, 1251, 1107, 1291)), ("法定代表人", (490, 1322, 635, 1367)),
                         ("陈娟敏", (714, 1318, 817, 1369)), ("受托方(乙方)", (201, 1714, 387, 1758)),
                         ("名称(或姓名)", (462, 1714, 647, 1761)), ("重庆邮电大学", (717, 1711, 894, 1762)), source="ocr")
    assert values["parties"] == ["重庆嘉陵智能装备股份有限公司", "重庆邮电大学"]
    kind, values = _read(("智能仓储系统联合研发协议", (460, 171, 1063, 226)), ("甲方:重庆两江智联科技有限公司", (173, 284, 579, 317)),
                         ("乙方:重庆交通大学", (173, 332, 420, 365)), ("丙方:重庆嘉陵智能装备股份有限公司", (172, 381, 633, 413)),
                         ("三方就智能仓储系统联合研发达成如下协议:项目总经费人民币叁佰贰拾万元,", (226, 441, 1236, 476)), source="ocr")
    assert kind == "revenue_proof" and len(values["parties"]) == 3


_STATEMENT = [("新增销售收入证明", (218, 68, 377, 87)), ("产品名称:工业数据采集与设备健康管理平台", (82, 126, 301, 136)),
              ("项目负责人:蒋涛", (82, 148, 169, 159)), ("项目组成员:蒋涛、蔡明、方圆", (82, 171, 235, 182))]
_CERTIFIED = [("上述数据已经公司财务部核对,与公司账簿记录一致。", (82, 256, 338, 268)), ("特此证明。", (82, 279, 129, 289)),
              ("重庆数智装备有限公司", (426, 347, 535, 358)), ("2025年1月15日", (462, 367, 534, 377))]


def test_figures_and_capitals_that_disagree_give_no_sum():
    """¥23,500,000.00元（大写：人民币 | 贰佰叁拾伍万元整）: 2350 in figures, 235 in words, the words
    wrapped (probe CK E2, a wrong met on 2,000万): nothing taken, amount_unsure; when they agree, the sum."""
    def statement(capitals):
        return _read(*_STATEMENT, ("2021年1月至2024年12月,该产品累计实现新增销售收入人民币¥23,500,000.00元(大写:人民币", (60, 213, 531, 225)),
                     (f"{capitals})。", (60, 233, 162, 244)), *_CERTIFIED)

    kind, values = statement("贰佰叁拾伍万元整")
    assert kind == "revenue_proof" and "amount_wan" not in values
    kind, values = statement("贰仟叁佰伍拾万元整")
    assert values["amount_wan"] == 2350.0


def _signing_block(*filled):
    rows = [("技术开发(委托)合同", (198, 68, 397, 88)), ("委托方(甲方):重庆恒运汽车零部件有限公司", (60, 144, 290, 155)),
            ("受托方(乙方):重庆数智装备有限公司", (60, 167, 257, 178)), ("签订时间:2023年5月10日", (60, 189, 188, 200)),
            ("第二条 合同总金额为人民币贰仟陆佰万元整(¥26,000,000.00)。", (60, 381, 383, 392)),
            ("第五条 本合同一式四份,双方各执两份,自双方签字盖章之日起生效。", (60, 494, 404, 506))]
    sides = [("甲方(盖章):", "重庆恒运汽车零部件有限公司", "陈国华"), ("乙方(盖章):", "重庆数智装备有限公司", "蔡明")]
    for k, (caption, unit, person) in enumerate(sides):
        y = 539 + 94 * k
        rows += [(caption + (unit if filled else ""), (60, y, 279, y + 11)),
                 ("法定代表人/委托代理人(签字):" + (person if filled else ""), (60, y + 20, 261, y + 31)),
                 ("日期:" + ("2023年5月10日" if filled else "   年   月   日"), (62, y + 40, 190, y + 50))]
    return _read(*rows)


def test_a_typed_contract_with_its_signing_block_blank_is_no_sale_yet():
    """Both sides' 盖章, 签字 and 日期 left blank on a text layer, nothing drawn (probe CK E1, a wrong
    met on 2,600万): not realised.  Nor is it with its units, signers and day typed in: type is no
    seal and no signature (probe EG t07, twenty-ninth session; a seal drawn signs it, below)."""
    kind, values = _signing_block()
    assert kind == "revenue_proof" and values["amount_wan"] == 2600.0 and values.get("realised") is False
    kind, values = _signing_block("filled")
    assert values.get("realised") is False


def test_a_blank_signing_block_on_a_scan_or_with_a_seal_drawn_is_not_judged_blank():
    from extractor.doctypes.revenue_proof import _unexecuted
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    rows = [("甲方(盖章):", (60, 539, 129, 550)), ("日期:   年   月   日", (62, 579, 190, 589)),
            ("乙方(盖章):", (60, 633, 129, 643)), ("日期:   年   月   日", (62, 673, 190, 683))]

    def page(source, drawn=()):
        return DocText(ReadResult("c.pdf", "0" * 64, page_count=1, pages=[
            Page(1, 595, 842, source, [Line(t, b, 0.99) for t, b in rows], drawn=list(drawn))]))

    assert _unexecuted(page("text_layer")) is not None
    assert _unexecuted(page("ocr")) is None
    assert _unexecuted(page("text_layer", [(70, 520, 170, 600), (70, 615, 170, 695)])) is None  # (seals pasted as pictures)
    assert _unexecuted(page("text_layer", [(70, 520, 170, 600)])) is not None  # (乙方 has not sealed, probe CN G7-1)


def test_a_revenue_papers_team_named_in_a_sentence_or_by_roles():
    """由唐敏（项目负责人）、潘伟、沈洁组成的项目组 (probe CK M1), 项目负责人李建华，技术骨干罗斌、宋涛
    (N5), 项目组：田野（项目负责人）、沈洁、韦东 (M5): the team in order, its leader; a 2,000万 sale
    then counts for the rank 13.2.3 asks."""
    kind, values = _read(("新增销售收入证明", (218, 68, 377, 87)),
                         ("我公司自主研发的“EG-200边缘计算数据采集网关”产品,由唐敏(项目负责人)、潘伟、沈洁", (60, 145, 526, 157)),
                         ("组成的项目组负责研发与推广,2021年1月至2024年12月累计实现新增销售收入23,500,000.00元。", (60, 165, 526, 177)),
                         *_CERTIFIED)
    assert values["members"] == ["唐敏", "潘伟", "沈洁"] and values["leader"] == "唐敏"
    kind, values = _read(("技术开发(委托)合同", (198, 68, 397, 88)), ("委托方(甲方):重庆恒运汽车零部件有限公司", (60, 144, 290, 155)),
                         ("受托方(乙方):重庆数智装备有限公司", (60, 167, 257, 178)),
                         ("第二条 合同总金额为人民币贰仟陆佰万元整(¥26,000,000.00)。", (60, 381, 383, 392)),
                         ("第四条 乙方项目团队:项目负责人李建华,技术骨干罗斌、宋涛。", (60, 426, 382, 438)))
    assert values["members"] == ["李建华", "罗斌", "宋涛"]
    kind, values = _read(("新增销售收入证明", (218, 68, 377, 87)), ("项目组:田野(项目负责人)、沈洁、韦东", (82, 126, 301, 136)),
                         ("2022年至2024年累计实现新增销售收入2,400万元。", (82, 150, 400, 161)), *_CERTIFIED)
    assert values["members"] == ["田野", "沈洁", "韦东"] and values["leader"] == "田野"
    # (the buyer's people are not the seller's team)
    kind, values = _read(("技术开发(委托)合同", (198, 68, 397, 88)), ("委托方(甲方):重庆恒运汽车零部件有限公司", (60, 144, 290, 155)),
                         ("受托方(乙方):重庆数智装备有限公司", (60, 167, 257, 178)),
                         ("第二条 合同总金额为人民币贰仟陆佰万元整(¥26,000,000.00)。", (60, 381, 383, 392)),
                         ("第四条 甲方项目负责人李建华,技术骨干罗斌、宋涛。", (60, 426, 382, 438)))
    assert "members" not in values


def test_a_long_screenshot_is_read_in_overlapping_bands_each_line_once():
    """A 1080×16000 phone screenshot read whole came out with no line at all (the engine scales
    it to its own limit): it is read in bands 2,160 px tall overlapping by 270, a line in two
    bands kept once, at its place on the whole strip."""
    from PIL import Image

    from extractor.model import Line
    from extractor.ocr.run import _in_bands

    printed = [(y, f"第{k}行") for k, y in enumerate(range(100, 16000, 700))]
    seen = []

    class Bands:
        def recognize(self, crop):
            # (what the crop shows: each printed line wholly inside it, in its own coordinates)
            top = self.tops.pop(0)
            seen.append(crop.size)
            return [Line(t, (50, y - top, 400, y - top + 40)) for y, t in printed if top <= y and y + 40 <= top + crop.height]

    engine = Bands()
    band = 2160
    engine.tops = list(range(0, 16000 - band // 8, band - band // 8))
    lines = _in_bands(engine, Image.new("L", (1080, 16000), 255), "test")
    assert [l.text for l in lines] == [t for _, t in printed]
    assert [l.box[1] for l in lines] == [y for y, _ in printed]
    assert all(size == (1080, band) for size in seen[:-1])


def test_a_long_screenshot_is_not_refused_a_sliver_still_is():
    from extractor.reading import _odd_size

    assert _odd_size(640, 39000) is None and _odd_size(1080, 16000) is None
    assert _odd_size(300, 39000) is not None and _odd_size(20000, 300) is not None


@pytest.mark.slow
def test_a_phone_screenshot_of_the_ministrys_record_sixteen_thousand_pixels_long(tmp_path):
    """学信网's 教育部学历证书电子注册备案表 as a phone's long screenshot (1080×16000): its holder,
    education and date read, as at 1080×6000 (RapidOCR)."""
    from PIL import Image, ImageDraw, ImageFont

    from extractor import ReadOptions
    from zhicheng.documents import examine_all

    font = next(p for p in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") if Path(p).exists())
    image = Image.new("RGB", (1080, 16000), "white")
    draw = ImageDraw.Draw(image)
    draw.text((300, 80), "教育部学历证书电子注册备案表", font=ImageFont.truetype(font, 52), fill="black")
    rows = [("姓名", "欧阳明辉"), ("出生日期", "1988年06月12日"), ("毕(结)业日期", "2010年07月01日"), ("学校名称", "重庆大学"),
            ("学历类别", "普通高等教育"), ("层次", "本科"), ("毕(结)业", "毕业"), ("证书编号", "106111201005002345")]
    for k, (label, value) in enumerate(rows):
        draw.text((60, 220 + 110 * k), label, font=ImageFont.truetype(font, 40), fill=(90, 90, 90))
        draw.text((420, 220 + 110 * k), value, font=ImageFont.truetype(font, 40), fill="black")
    for y in range(1600, 15600, 400):
        draw.text((60, y), "学信网 查询与验证 温馨提示：本备案表仅用于核验", font=ImageFont.truetype(font, 30), fill=(150, 150, 150))
    path = tmp_path / "学信网长截图.png"
    image.save(path)
    [doc] = examine_all(path, ReadOptions(engine="rapidocr", cache_dir=tmp_path / "cache"), name="欧阳明辉")
    assert doc.doc_type == "degree_certificate"
    assert (doc.fields.get("holder"), doc.fields.get("education"), doc.fields.get("date")) == ("欧阳明辉", "bachelor", "2010-07-01")


def test_a_list_under_a_caption_over_a_tall_cell_set_from_its_left_edge():
    """项目主要参加人员（及单位） centred, the names four lines under it from the cell's left edge, rows
    of five with letter-spaced two-letter names, a row of units under them (probe CL N3-1, N3-3)."""
    head = [("重庆市科技计划项目验收证书", (168, 63, 428, 83)), ("项目名称   精密压铸数字化车间建设", (86, 138, 277, 148)),
            ("项目负责人   李建华   职称   正高级工程师", (81, 194, 499, 205))]
    tail = [("验收意见", (270, 351, 325, 365)), ("验收结论:通过验收", (57, 451, 155, 461))]
    people = ["李建华", "谢毅", "王海燕", "宋涛", "林峰", "高翔", "梁宇"]
    for caption in ("项目主要参加人员", "项目主要参加人员及单位"):
        kind, values = _read(*head, (caption, (240, 223, 355, 233)), ("李建华   谢 毅   王海燕   宋 涛   林 峰", (63, 271, 322, 281)),
                             ("高 翔   梁 宇", (63, 288, 141, 298)), ("重庆数智装备有限公司   重庆大学   重庆邮电大学", (63, 305, 314, 315)), *tail)
        assert values["members"] == people, caption


def test_no_sale_in_a_companys_capital_a_foreseen_scale_or_an_agreement_binding_no_payment():
    """合作开发协议 whose only sum is 乙方's 注册资本人民币5000万元 (probe CL S6-6); a 战略合作框架协议
    foreseeing 不低于人民币壹亿元 that 不构成任何一方的付款义务 (S6-7): no amount."""
    from extractor.doctypes.revenue_proof import binds_no_one

    kind, values = _read(("合作开发协议", (238, 63, 357, 82)), ("甲方:重庆大学机械与运载工程学院", (58, 111, 232, 121)),
                         ("乙方:重庆数智装备有限公司(注册资本人民币5000万元)", (57, 133, 338, 144)),
                         ("第二条 合作期间双方各自承担本方人员及研发费用,互不支付任何费用。", (57, 210, 412, 222)))
    assert kind == "revenue_proof" and "amount_wan" not in values
    kind, values = _read(("战略合作框架协议", (219, 63, 377, 82)), ("甲方:重庆恒运汽车零部件有限公司", (58, 111, 232, 122)),
                         ("乙方:重庆数智装备有限公司", (57, 133, 199, 144)),
                         ("第二条 双方预计未来三年合作规模不低于人民币壹亿元(¥100,000,000.00),具体项目另行签订", (57, 230, 536, 241)),
                         ("合同。", (57, 250, 82, 260)), ("第三条 本协议为框架性协议,不构成任何一方的付款义务。", (57, 272, 346, 284)))
    assert "amount_wan" not in values
    assert binds_no_one("本协议为框架性协议，不构成任何一方的付款义务。") is not None


def test_a_blank_signing_block_with_only_its_days_typed_in_is_still_unsigned():
    from extractor.doctypes.revenue_proof import _unexecuted
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    rows = [("甲方(盖章):", (60, 539, 129, 550)), ("法定代表人/委托代理人(签字):", (60, 559, 221, 571)),
            ("日期:2023年5月10日", (62, 579, 166, 589)), ("乙方(盖章):", (60, 633, 129, 643)),
            ("法定代表人/委托代理人(签字):", (60, 653, 221, 664)), ("日期:2023年5月10日", (62, 673, 166, 683))]
    page = DocText(ReadResult("c.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer", [Line(t, b, 0.99) for t, b in rows])]))
    assert _unexecuted(page) is not None


def test_teams_in_sentences_the_sellers_after_the_buyers_and_names_with_titles():
    """甲方项目负责人：陈国华，…；乙方项目负责人：罗斌，技术骨干宋涛、谢婷 (probe CL T9-5), 唐敏同志作为
    项目负责人，主持开发推广了… opening its paragraph under the title (T9-4), 项目组成员：唐敏 高级工程师、
    潘伟 工程师、沈洁 助理工程师 (T9-8)."""
    contract = [("技术开发(委托)合同", (198, 68, 397, 88)), ("委托方(甲方):重庆恒运汽车零部件有限公司", (60, 144, 290, 155)),
                ("受托方(乙方):重庆数智装备有限公司", (60, 167, 257, 178)),
                ("第二条 合同总金额为人民币贰仟陆佰万元整(¥26,000,000.00)。", (60, 381, 383, 392))]
    kind, values = _read(*contract, ("第四条 甲方项目负责人:陈国华,甲方技术联系人:周琳;乙方项目负责人:罗斌,技术骨干宋", (57, 374, 529, 386)),
                         ("涛、谢婷。", (57, 394, 110, 405)))
    assert values["members"] == ["罗斌", "宋涛", "谢婷"] and values["leader"] == "罗斌"
    kind, values = _read(("新增销售收入证明", (218, 62, 377, 82)),
                         ("唐敏同志作为项目负责人,主持开发推广了我公司“智采云工业数据平台V2.0”,2022年1月", (79, 116, 526, 128)),
                         ("至2024年12月该平台累计实现新增销售收入3,218万元。", (57, 136, 519, 148)), *_CERTIFIED)
    assert values["leader"] == "唐敏"
    kind, values = _read(*_STATEMENT[:3], ("项目组成员:唐敏 高级工程师、潘伟 工程师、沈洁 助理工程师", (79, 171, 384, 182)),
                         ("2021年1月至2024年12月,该产品累计实现新增销售收入人民币2,350万元。", (79, 200, 534, 211)), *_CERTIFIED)
    assert values["members"] == ["唐敏", "潘伟", "沈洁"]


def test_capitals_a_wrap_cut_before_their_jiao_and_fen_agree_with_the_figures():
    kind, values = _read(*_signing_block("filled")[0:0] or [("技术开发(委托)合同", (198, 68, 397, 88))],
                         ("委托方(甲方):重庆恒运汽车零部件有限公司", (60, 144, 290, 155)), ("受托方(乙方):重庆数智装备有限公司", (60, 167, 257, 178)),
                         ("第二条 合同总金额为人民币¥23,512,345.67元(大写:贰仟叁佰伍拾壹万贰仟叁佰肆拾伍元陆角", (57, 264, 528, 275)),
                         ("柒分)。", (57, 284, 100, 295)))
    assert abs(values["amount_wan"] - 2351.234567) < 1e-6


def test_an_awards_header_row_over_its_values_and_a_completers_place_that_is_no_name():
    """获奖项目 | 获奖者 | 奖励等级 | 证书号 over a long title | 周敏 | 三等奖 | …, then 完成人排序：第1
    (probe CM A08: the holder read as 排序第)."""
    kind, values = _read(("重庆两江新区科技创新奖", (278, 91, 563, 117)), ("证 书", (395, 142, 446, 161)),
                         ("获奖项目   获奖者   奖励等级   证书号", (204, 229, 695, 241)),
                         ("智能仓储AGV集群调度系统研发及产业化   周敏   三等奖   LJKJ-2022-3-011", (115, 274, 725, 287)),
                         ("完成人排序:第1", (88, 343, 186, 356)),
                         ("为表彰在两江新区科技创新工作中作出突出贡献者,特颁发此证书。", (88, 386, 469, 399)),
                         ("重庆两江新区管理委员会", (600, 470, 753, 484)), ("二〇二二年十二月二十六日", (586, 507, 752, 521)))
    assert kind == "award_certificate" and values["holder"] == "周敏" and values["rank"] == 1


def test_a_cip_title_opening_on_a_figure_in_a_word():
    """5G+工业互联网：赋能智能制造/东方亮，程敏著 (probe CM B08: the heading 图书在版编目（CIP）数据 was taken
    for the title, no author read); a subject entry 1.工业… is still no CIP line."""
    from extractor.doctypes.book import _is_cip

    assert _is_cip("5G+工业互联网:赋能智能制造/东方亮,程敏著.一北京:人民邮电出版社,2022.11")
    assert not _is_cip("1.工业互联网/张三著")


def test_a_diplomas_level_cut_by_the_wrap_of_its_sentence():
    """…在本校机械设计制造及其自动化专业四年制本 | 科学习，…准予毕业 (probe CM D01)."""
    kind, values = _read(("普通高等学校毕业证书", (436, 259, 1003, 326)),
                         ("学生王磊,性别男,一九九〇年五月十二日生,于二〇〇八年", (284, 730, 1197, 772)),
                         ("九月至二〇一二年六月在本校机械设计制造及其自动化专业四年制本", (218, 796, 1213, 836)),
                         ("科学习,修完教学计划规定的全部课程,成绩合格,准予毕业。", (216, 860, 1127, 904)),
                         ("校(院)长:周绪红", (217, 1011, 497, 1048)), ("重庆大学", (1077, 1584, 1231, 1627)),
                         ("二〇一二年六月三十日", (977, 1667, 1223, 1708)), source="ocr")
    assert kind == "degree_certificate" and values["education"] == "bachelor"


def test_a_contract_whose_figures_and_capitals_disagree_says_why_it_gives_no_sum():
    """合同总金额为人民币¥23,500,000.00元（大写：人民币贰佰叁拾伍万元整） in a contract (probe CL A7-6): no
    sum was taken already; now amount_unsure says why."""
    from extractor.doctypes import doctype
    from tests.test_fifteenth_session import _doc

    text = _doc(("技术开发(委托)合同", (198, 68, 397, 88)), ("委托方(甲方):重庆恒运汽车零部件有限公司", (60, 144, 290, 155)),
                ("受托方(乙方):重庆数智装备有限公司", (60, 167, 257, 178)),
                ("第二条 合同总金额为人民币¥23,500,000.00元(大写:人民币贰佰叁拾伍万元整)。", (57, 264, 528, 275)),
                width=595, height=842, source="text_layer")
    fields = doctype("revenue_proof").extract(text)
    assert "amount_wan" not in fields.values and "amount_unsure" in [c for _, c, _ in fields.issues]


def test_a_quality_circles_certificate_lists_its_members():
    """渝北工厂“智造先锋”QC小组： … 小组成员：邓刚、冯晓梅、慕容博、蒋一鸣、韩雪 (probe CM A10): the team,
    in order; 慕容博 third."""
    kind, values = _read(("荣 誉 证 书", (230, 118, 364, 145)), ("渝北工厂“智造先锋”QC小组:", (80, 220, 267, 235)),
                         ("你小组完成的课题《降低总装线设备故障停线时长》在公司2", (109, 270, 508, 286)),
                         ("023年度QC小组成果发布会上荣获一等奖。", (80, 301, 355, 316)),
                         ("小组成员:邓刚、冯晓梅、慕容博、蒋一鸣、韩雪", (79, 385, 387, 399)), ("特发此证,以资鼓励。", (79, 455, 219, 470)),
                         ("重庆长安汽车股份有限公司", (336, 582, 513, 597)), ("2023年12月20日", (400, 620, 513, 634)))
    assert kind == "award_certificate" and values["holders"] == ["邓刚", "冯晓梅", "慕容博", "蒋一鸣", "韩雪"]


def test_a_side_that_has_not_signed_leaves_the_contract_unsigned():
    """甲方's block blank while 乙方 typed its unit, its signer and the day (probe CN G7-1); both units
    typed at their 盖章 places and nothing else (G7-2): not realised.  Each side's address lines
    sign nothing either way."""
    from extractor.doctypes.revenue_proof import _unexecuted
    from extractor.model import Line, Page, ReadResult
    from extractor.text import DocText

    def block(*rows):
        return DocText(ReadResult("c.pdf", "0" * 64, page_count=1, pages=[Page(1, 595, 842, "text_layer",
                                                                                [Line(t, b, 0.99) for t, b in rows])]))

    one_side = block(("甲方(盖章):", (60, 539, 129, 550)), ("法定代表人/委托代理人(签字):", (60, 559, 221, 571)),
                     ("地址:重庆市江北区港城南路18号", (60, 579, 260, 589)), ("日期:   年   月   日", (62, 599, 190, 609)),
                     ("乙方(盖章):重庆数智装备有限公司", (60, 633, 250, 643)), ("法定代表人/委托代理人(签字):蔡明", (60, 653, 250, 664)),
                     ("日期:2023年5月10日", (62, 673, 166, 683)))
    assert _unexecuted(one_side) is not None
    units_only = block(("甲方(盖章):重庆恒运汽车零部件有限公司", (60, 539, 279, 550)), ("法定代表人/委托代理人(签字):", (60, 559, 221, 571)),
                       ("乙方(盖章):重庆数智装备有限公司", (60, 633, 250, 643)), ("法定代表人/委托代理人(签字):", (60, 653, 221, 664)))
    assert _unexecuted(units_only) is not None
    # (both signers' names typed, nothing drawn: type signs nothing either, probe EG t07)
    both = block(("甲方(盖章):重庆恒运汽车零部件有限公司", (60, 539, 279, 550)), ("法定代表人/委托代理人(签字):陈国华", (60, 559, 261, 571)),
                 ("乙方(盖章):重庆数智装备有限公司", (60, 633, 250, 643)), ("法定代表人/委托代理人(签字):蔡明", (60, 653, 250, 664)))
    assert _unexecuted(both) is not None
    # (anything else in a side's block, a note that it signed elsewhere, leaves it unjudged)
    noted = block(("甲方(盖章):重庆恒运汽车零部件有限公司", (60, 539, 279, 550)), ("(见电子签章页)", (60, 559, 221, 571)),
                  ("乙方(盖章):重庆数智装备有限公司", (60, 633, 250, 643)), ("(见电子签章页)", (60, 653, 221, 664)))
    assert _unexecuted(noted) is None


def test_a_letter_of_intent_or_a_paper_without_binding_force_is_no_sale():
    """采购意向书 (…以最终签订的合同为准；本意向书仅表达双方的合作意向，不具有法律约束力; probe CN F6-6, a
    wrong met on 2,800万): no revenue paper; 不具有法律约束力 binds no one."""
    from extractor.doctypes.revenue_proof import binds_no_one

    kind, values = _read(("采购意向书", (238, 63, 357, 82)), ("甲方:重庆恒运汽车零部件有限公司", (58, 111, 232, 122)),
                         ("乙方:重庆数智装备有限公司", (57, 133, 199, 144)),
                         ("甲方拟向乙方采购工业互联网平台,意向采购金额约为人民币贰仟捌佰万元,以最终签订的合同为准。", (57, 165, 536, 176)),
                         ("本意向书仅表达双方的合作意向,不具有法律约束力。", (57, 187, 400, 198)))
    assert kind != "revenue_proof" or "amount_wan" not in values
    assert binds_no_one("本意向书仅表达双方的合作意向，不具有法律约束力。") is not None


def test_a_teams_backbones_in_a_sentence_of_their_own_or_after_its_leader_in_a_by_clause():
    """由项目负责人唐敏，技术骨干潘伟、沈洁等负责研发与推广 (probe CN H8-3); 唐敏同志作为项目负责人，主持…；
    潘伟、沈洁同志作为技术骨干参与… (H8-6): the leader first, then the backbones."""
    for sentence in ("该产品由项目负责人唐敏,技术骨干潘伟、沈洁等负责研发与推广,累计实现新增销售收入2,600万元。",
                     "唐敏同志作为项目负责人,主持开发推广了该产品;潘伟、沈洁同志作为技术骨干参与研发,累计实现新增销售收入2,600万元。"):
        kind, values = _read(("新增销售收入证明", (218, 62, 377, 82)), (sentence, (60, 116, 530, 128)), *_CERTIFIED)
        assert values["members"] == ["唐敏", "潘伟", "沈洁"] and values["leader"] == "唐敏", sentence


def test_a_bachelors_reached_from_an_associate_degree_is_a_bachelors():
    """…工业工程专业（专科起 | 点本科）业余学习 (probe CN D4-4, read 专科), …专升 | 本学习 (D4-3, none)."""
    for first, second in (("兹有学员杜鹏,性别男,于2019年3月至2022年1月在本校工业工程专业(专科起", "点本科)业余学习,修完全部课程,准予毕业。"),
                          ("兹有学员韩雪,性别女,于2019年3月至2021年7月在本校机械工程专业专升", "本学习,修完全部课程,准予毕业。")):
        kind, values = _read(("成人高等教育毕业证书", (180, 60, 420, 80)), (first, (60, 120, 540, 132)), (second, (60, 140, 360, 152)),
                             ("重庆理工大学", (400, 300, 520, 312)), ("二〇二二年一月十日", (400, 320, 520, 332)))
        assert kind == "degree_certificate" and values["education"] == "bachelor", first


def test_a_completers_order_followed_by_names_is_the_list():
    """完成人排序：韩雪、蒋涛、孟琳、杜鹏、邱霞 (probe CN B2-2): the list, 蒋涛 second; 完成人排序：第1 stays a place."""
    kind, values = _read(("重庆市科学技术奖", (278, 91, 563, 117)), ("证 书", (395, 142, 446, 161)),
                         ("项目名称:面向离散制造的工业互联网平台研发与应用", (88, 200, 500, 212)), ("奖励等级:二等奖", (88, 230, 250, 242)),
                         ("完成人排序:韩雪、蒋涛、孟琳、杜鹏、邱霞", (88, 260, 400, 272)),
                         ("重庆市人民政府", (600, 470, 753, 484)), ("二〇二二年十二月二十六日", (586, 507, 752, 521)))
    assert values.get("holders") == ["韩雪", "蒋涛", "孟琳", "杜鹏", "邱霞"]


def test_cip_titles_opening_on_figures():
    from extractor.doctypes.book import _is_cip

    assert _is_cip("1+X工业互联网实施与运维(初级)/程敏主编.—北京:电子工业出版社,2023.6")
    assert _is_cip("2023年度重庆市工业互联网发展报告/重庆市工业互联网产业联盟编.—重庆:重庆大学出版社,2024.3")
    assert not _is_cip("1. 工业互联网/张三著")


def test_a_row_of_names_boxed_one_by_one_under_a_centred_caption():
    """OCR boxes each name of 项目主要参加人员及单位's rows (probe CN E5-6): the row reaches past the caption."""
    rows = [("重庆市科技计划项目验收证书", (400, 150, 950, 200)), ("项目名称", (183, 300, 307, 335)),
            ("注塑车间设备联网与数据采集系统建设", (400, 300, 900, 335)), ("项目主要参加人员及单位", (540, 498, 798, 528))]
    xs = [(142, 227), (274, 356), (395, 485), (528, 607), (656, 731), (774, 846)]
    first = ["李建华", "谢毅", "王海燕", "宋涛", "林峰", "高翔"]
    rows += [(n, (x0, 601, x1, 638)) for n, (x0, x1) in zip(first, xs)]
    rows += [("梁宇 许辉", (139, 637, 341, 677)), ("沈洁", (374, 639, 459, 678)), ("韦东", (493, 638, 572, 677)),
             ("重庆数智装备有限公司 重庆大学 重庆邮电大学", (145, 679, 704, 712)), ("验收意见", (601, 781, 739, 825)),
             ("验收结论:通过验收", (131, 1029, 356, 1062))]
    kind, values = _read(*rows, source="ocr")
    assert values["members"] == first + ["梁宇", "许辉", "沈洁", "韦东"]


def test_an_award_forms_holders_one_a_row_under_its_header():
    """获奖项目 | 获奖者 | 奖励等级 | 证书号 over two rows of one project, 周敏 then 程亮, each cell a box of
    OCR's (probe CN A1-2): both holders in order, the project's title once."""
    rows = [("重庆两江新区科技创新奖", (426, 242, 913, 292)), ("证 书", (599, 331, 744, 380)),
            ("获奖项目", (303, 479, 409, 518)), ("获奖者", (644, 480, 728, 520)), ("奖励等级", (836, 478, 945, 522)),
            ("证书号", (1055, 480, 1137, 520))]
    for k, (name, number) in enumerate((("周敏", "017"), ("程亮", "018"))):
        y = 561 + 113 * k
        rows += [("基于工业互联网的注塑车间设备", (191, y, 516, y + 29)), (name, (656, y + 14, 720, y + 54)),
                 ("三等奖", (847, y + 11, 936, y + 56)), (f"LJKJ-2023-3-{number}", (1003, y + 18, 1185, y + 50)),
                 ("预测性维护系统研发及应用", (215, y + 40, 493, y + 66))]
    rows += [("为表彰在两江新区科技创新工作中作出突出贡献者,特颁发此证书。", (183, 805, 891, 834)),
             ("重庆两江新区管理委员会", (937, 1019, 1204, 1049)), ("二〇二三年十二月二十日", (974, 1061, 1205, 1094))]
    kind, values = _read(*rows, source="ocr")
    assert kind == "award_certificate" and values["holders"] == ["周敏", "程亮"]
    assert values.get("project_title") in (None, "基于工业互联网的注塑车间设备预测性维护系统研发及应用")
