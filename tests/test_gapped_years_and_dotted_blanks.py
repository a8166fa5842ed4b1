"""Old certificates, typed again in other names: a 2000s software certificate whose date in
Chinese numerals lost its 〇s under the seal (登记日期：二 八年十月七日), read in the year its
registration number prints and in no other; a typewritten award form whose blanks are dotted
leaders, its project's title wrapped onto the next blank."""

from __future__ import annotations

from extractor.doctypes import doctype
from extractor.model import Line, Page, ReadResult
from extractor.text import DocText


def _fields(doc_type: str, rows: list[tuple[str, int, int, int]], width: int = 1240, height: int = 1754) -> dict:
    lines = [Line(t, (x, y, x + (w or 18 * len(t)), y + (1 if set(t) <= set("·._") else (12 if w else 30))), 0.95) for t, x, y, w in rows]
    result = ReadResult("page.png", "0" * 64, pages=[Page(1, width, height, "ocr", lines)], page_count=1)
    return doctype(doc_type).extract(DocText(result)).values


def _software(number: str, date_line: str) -> dict:
    return _fields("software_copyright", [
        ("计算机软件著作权登记证书", 380, 120, 0), ("证书号:软著登字第209838号", 880, 165, 0),
        ("软件名称:", 130, 210, 0), ("轧机液压站健康监测系统", 265, 212, 0),
        ("著作权人:", 130, 246, 0), ("重庆渝北精工机械有限公司", 265, 248, 0),
        ("首次发表日期:", 130, 340, 0), ("二〇〇七年八月六日", 265, 342, 0),
        ("登记号:", 130, 444, 0), (number, 265, 448, 0),
        ("根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定,经中", 165, 500, 0),
        ("国版权保护中心审核,对以上事项予以登记。", 130, 530, 0),
        ("中华人民共和国国家版权局", 790, 660, 0), (date_line, 775, 700, 0)])


def test_a_date_whose_year_lost_its_zeros_under_the_seal_is_read_in_the_registration_numbers_year():
    assert str(_software("2008SR019456", "登记日期:二 八年十月七日").get("date")) == "2008-10-07"


def test_a_short_year_the_registration_number_does_not_hold_is_not_guessed():
    # 二 八 cannot be 2009; nor is 首次发表日期 (二〇〇七年八月六日) the certificate's date
    assert _software("2009SR019456", "登记日期:二 八年十月七日").get("date") is None


def test_a_whole_date_is_read_as_printed():
    assert str(_software("2008SR019456", "登记日期:二〇〇八年十月九日").get("date")) == "2008-10-09"


def test_a_title_wrapped_onto_the_next_dotted_blank_is_read_whole():
    dots = "·" * 58
    fields = _fields("award_certificate", [
        ("荣 誉 证 书", 216, 96, 160), ("吉林省科学技术进步奖", 204, 153, 186),
        ("获奖项目:", 85, 221, 55), ("选矿球磨机衬板磨损在线监测技术及", 156, 220, 230), (dots, 150, 239, 150),
        ("工程应用", 156, 248, 55), (dots, 150, 267, 150),
        ("获 奖 者:", 85, 303, 50), ("宇文静(第三完成人)", 149, 302, 150), (dots, 144, 321, 150),
        ("奖励等级:", 85, 357, 55), ("三等奖", 156, 356, 41), (dots, 150, 375, 150),
        ("特发此证,以资鼓励。", 111, 534, 121), ("吉林省人民政府", 345, 635, 103), ("二〇〇九年十二月", 346, 660, 97)],
        width=595, height=842)
    assert fields.get("project_title") == "选矿球磨机衬板磨损在线监测技术及工程应用"
    assert fields.get("holder") == "宇文静" and fields.get("rank") == 3


def test_holders_each_over_a_credit_code_line_ocr_damaged_are_all_read():
    fields = _fields("software_copyright", [
        ("证书号:软著登字第3950811号", 223, 180, 0), ("计算机软件著作权登记证书", 459, 306, 0),
        ("软件名称:", 234, 459, 0), ("选煤厂浮选过程智能控制系统", 455, 468, 0),
        ("著作权人:", 234, 543, 0), ("重庆綦江选煤装备有限公司", 460, 547, 0),
        ("统 会C川代码:91500222MA60XKP3LB", 454, 596, 0),
        ("贵州六盘水矿山机械有限责任公司", 455, 666, 0), ("统 社.3 日代6):915.2020MAAB1MD31", 454, 715, 0),
        ("开发完成日期:2015年5月9日", 234, 781, 0), ("登记 号:2016SR1075223", 233, 1019, 0),
        ("登记日期:2016.04.14", 234, 1099, 0)])
    assert fields.get("holders") == ["重庆綦江选煤装备有限公司", "贵州六盘水矿山机械有限责任公司"]


def test_a_certificate_beside_its_counterfoil_is_dated_by_its_review_not_the_stubs_issue_day():
    fields = _fields("title_certificate", [
        ("存根", 247, 158, 0), ("专业技术职务任职资格证书", 921, 211, 0),
        ("编号: 黔200831907", 116, 271, 0), ("姓 名: 邝立新", 116, 345, 0),
        ("邝立新同志于二〇〇八年十一月经贵州省工程技术中级专业技术", 784, 383, 0),
        ("资格名称:工程师", 120, 425, 0),
        ("职务任职资格评审委员会评审,具备工程师任职资格。", 722, 451, 0),
        ("批准文号:黔人职〔2008〕233号", 118, 502, 0), ("填发日期:2009.01.06", 118, 579, 0),
        ("经办人:陶丽", 116, 654, 0), ("证书编号:黔200831907", 722, 733, 0), ("贵州省人事厅", 1334, 978, 0)],
        width=1754, height=1240)
    assert fields.get("holder") == "邝立新" and fields.get("title") == "engineer"
    assert str(fields.get("date")) == "2008-11"
