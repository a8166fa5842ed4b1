"""Probe L's revenue, software and standard pages, typed again in other names: an order
whose sides and date stand only in its signature table (订货单位（需方）| name | 供货单位（供方）
| name; 日期 | day | 日期 | day); an e-signing app's card, dated when the signing was done, not
by its deadline; a query page's caption read beside another caption; a foreword page alone,
whose list of changes is no title."""

from __future__ import annotations

from extractor.model import Line, Page, ReadResult
from tests.typed_certificates import LEFT, Title, fields_of


def test_an_orders_sides_and_day_from_its_signature_table():
    fields = fields_of("revenue_proof", Title("订货合同"), "合同编号：DH20190412-07",
                       "合计：人民币捌拾陆万元整 860,000", "说明：以上价格含增值税、运输、安装调试费用。",
                       [("订货单位（需方）", LEFT), ("重庆渝江压铸有限公司", LEFT + 300), ("供货单位（供方）", LEFT + 800),
                        ("重庆宏钢数控机床有限公司", LEFT + 1100)],
                       [("代表人", LEFT), ("岑晓峰", LEFT + 300), ("代表人", LEFT + 800), ("蒲志强", LEFT + 1100)],
                       [("日期", LEFT), ("2019年4月12日", LEFT + 300), ("日期", LEFT + 800), ("2019年4月12日", LEFT + 1100)])
    assert fields.get("parties") == ["重庆渝江压铸有限公司", "重庆宏钢数控机床有限公司"]
    assert str(fields.get("date")) == "2019-04-12"


def test_two_sides_signing_on_different_days_date_nothing_from_the_table():
    fields = fields_of("revenue_proof", Title("订货合同"), "合计：人民币捌拾陆万元整",
                       [("订货单位（需方）", LEFT), ("重庆渝江压铸有限公司", LEFT + 300), ("供货单位（供方）", LEFT + 800),
                        ("重庆宏钢数控机床有限公司", LEFT + 1100)],
                       [("日期", LEFT), ("2019年4月12日", LEFT + 300), ("日期", LEFT + 800), ("2019年4月15日", LEFT + 1100)])
    assert fields.get("date") is None


def test_an_e_signing_card_is_dated_when_the_signing_was_done():
    fields = fields_of("revenue_proof", Title("合同详情"), "重庆渝江压铸有限公司设备运维服务采购合同",
                       *[[(a, LEFT), (b, LEFT + 700)] for a, b in (
                           ("合同编号", "YJ-2022-FW-0031"), ("发起时间", "2022-06-02 09:41"), ("合同金额", "¥1,280,000.00"),
                           ("签署截止", "2022-06-30"), ("签署完成时间", "2022-06-09 16:22"))])
    assert str(fields.get("date")) == "2022-06-09"


def test_a_query_pages_caption_is_no_software_name():
    heads = ["登记号", "分类号", "软件全称", "软件简称", "版本号", "著作权人(国籍)", "登记日期"]
    xs = [60, 200, 290, 590, 690, 770, 1220]
    rows = [(h, x, 311) for h, x in zip(heads, xs)] + [
        ("2023SR0456789", 64, 355), ("30200-0000", 204, 355), ("压铸岛设备远程运维", 290, 355), ("运维V1.0", 593, 355),
        ("V1.0", 691, 355), ("重庆渝江压铸有限公司(中国)", 772, 355), ("2023-04-11", 1222, 355), ("管理平台软件", 294, 379)]
    lines = [Line(t, (x, y, x + 18 * len(t), y + 22), 0.95) for t, x, y in rows]
    result = ReadResult("query.png", "0" * 64, pages=[Page(1, 1400, 900, "ocr", lines)], page_count=1)
    from extractor.doctypes import doctype
    from extractor.text import DocText

    name = doctype("software_copyright").extract(DocText(result)).values.get("software_name")
    assert name != "软件全称"


def test_a_forewords_list_of_changes_is_no_title():
    fields = fields_of("standard", Title("前  言"), "本标准按照GB/T 1.1—2009给出的规则起草。",
                       "本标准代替JB/T 7334—2007，与JB/T 7334—2007相比，主要技术变化如下：",
                       "—修改了压铸机合模力的检验方法（见6.2，2007年版的6.2）；",
                       "本标准主要起草人：岑晓峰、蒲志强、毛毅。")
    assert fields.get("title") is None


def _grid(rows):
    lines = [Line(t, (x, y, x + 150, y + 48), 0.95) for t, x, y in rows]
    return ReadResult("grid.png", "0" * 64, pages=[Page(1, 1685, 2360, "ocr", lines)], page_count=1)


GRID = [("嘉陵江航运枢纽鱼道监测", 587, 445), ("工作总结报告", 449, 525), ("主要完成人：", 406, 770),
        ("1. 岑晓峰", 484, 842), ("2. 蒲志强", 918, 843), ("3. 毛 毅", 483, 914), ("4. 宁 静", 914, 912),
        ("5. 皇甫志", 482, 985), ("6. 冉东", 917, 986), ("完成单位：重庆市水产科学研究所", 408, 1219),
        ("二〇二一年十二月", 686, 2021)]


def test_a_grid_of_numbered_names_read_across_its_rows_not_down_one_column():
    from extractor.doctypes import doctype
    from extractor.text import DocText

    fields = doctype("technical_report").extract(DocText(_grid(GRID))).values
    assert fields.get("authors") == ["岑晓峰", "蒲志强", "毛毅", "宁静", "皇甫志", "冉东"]


def test_a_numbered_list_half_read_is_withheld_not_given_with_wrong_places():
    from extractor.doctypes import doctype
    from extractor.text import DocText

    lost = [r for r in GRID if not r[0].startswith("4.")]  # the fourth name lost under a seal
    fields = doctype("technical_report").extract(DocText(_grid(lost))).values
    assert fields.get("authors") in (None, [])
