"""The pure-text field parsers: identifiers, numerals, dates, amounts, people, names, levels.

Each parser is fed the forms real documents print (``../shared/realdocs/SOURCES.md``
transcriptions included), its boundaries, and OCR junk; junk must give ``None``, an empty
list or a typed ``ValidationError``, never a crash and never a guessed value.
"""

from __future__ import annotations

import doctest
import importlib
import subprocess
import sys

import pytest
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from extractor.fields.amounts import find_amounts, parse_amount_wan, parse_words_wan
from extractor.fields.dates import FoundDate, date_after_label, find_dates, parse_date
from extractor.fields.levels import level_of
from extractor.fields.names import confusable, find_name, match_name
from extractor.fields.numerals import fold, squeeze, to_int
from extractor.fields.people import parse_rank, rank_in_run, split_people
from identifiers import software, standard
from rules.dates import PartialDate
from rules.vocabulary import Level

from .conftest import ROOT

MODULES = ["identifiers.software", "identifiers.standard", "extractor.fields.numerals",
           "extractor.fields.dates", "extractor.fields.amounts", "extractor.fields.people",
           "extractor.fields.names", "extractor.fields.levels"]

# python-stdnum's robustness junk, plus what OCR makes of an empty or damaged field.
JUNK = ["", " ", "\n", "3²", "ⅷ", "⑱", "①②", "年月日", "１２３", "-", "/", "：", "¥", "元", "万元", "第",
        "号", "SR", "GB/T", "ZL", "??", "\x00", "\ufffd", "𠀀𠀁", "年年年年", "〇〇〇〇年", "0000-00-00"]
LONG = ["一" * 50_000, "1" * 50_000, "T/" * 20_000, "张 " * 20_000, "2021年" * 10_000, "a" * 100_000,
        "字数" * 20_000, "¥" * 30_000, "GB/T 1-2020 " * 5_000, "日期：2021-01-01 " * 5_000]


@pytest.mark.parametrize("module", MODULES)
def test_module_docstring_examples_hold(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


# --- software registration numbers -------------------------------------------------------------

@pytest.mark.parametrize("raw", ["2021SR0123456", "2021sr0123456", "2021 SR 0123456", "２０２１ＳＲ０１２３４５６",
                                 "20215R0123456", "2021$R0123456", "2021SK0123456", "2021-SR-0123456"])
def test_software_registration_number_forms_normalise(raw):
    assert software.validate(raw) == "2021SR0123456"


@pytest.mark.parametrize("number", ["2025SR1189990", "2025SR2143492", "2026SR0049519", "2011SR012345"])
def test_real_registration_numbers_are_valid(number):
    assert software.is_valid(number)
    assert software.format(number) == number


@pytest.mark.parametrize("raw,error", [
    ("1985SR0123456", InvalidComponent), ("2101SR0123456", InvalidComponent),
    ("2021SR123", InvalidLength), ("2021SR012345678", InvalidLength),
    ("20215K0123456", InvalidFormat),  # both letters misread: a guess
    ("2021SR O123456", InvalidFormat), ("2021SR0123456X", InvalidFormat),
    ("软著登字第1847615号", InvalidFormat), ("1847615", InvalidFormat), ("2021SR012345²", InvalidFormat),
])
def test_software_validator_refuses_with_a_typed_error(raw, error):
    with pytest.raises(error):
        software.validate(raw)
    assert not software.is_valid(raw)


def test_certificate_number_is_not_taken_for_the_registration_number():
    page = ("证书号：软著登字第15846188号\n软件名称：行业智链驾驶平台 V1.0\n著作权人：陕西泓奥科技有限责任公司\n"
            "登记号：2025SR1189990\n2025年07月08日")
    assert software.find_all(page) == ["2025SR1189990"]
    assert software.find_all("证书号：软著登字第1847615号 登记号：[mosaic]") == []
    assert software.registration_year("2025SR1189990") == 2025


def test_registration_number_glued_to_other_digits_is_not_found():
    assert software.find_all("12021SR0123456") == []
    assert software.find_all("登记号:2021SR0123456, 2021SR0123456") == ["2021SR0123456"]


# --- standard numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("raw,normal,level", [
    ("GB/T 12345-2020", "GB/T 12345-2020", "national"),
    ("GB/T12345—2020", "GB/T 12345-2020", "national"),
    ("GB／T 12345-2020", "GB/T 12345-2020", "national"),
    ("GB/T 12345–2020", "GB/T 12345-2020", "national"),
    ("ＧＢ／Ｔ　２００００．１－２０１４", "GB/T 20000.1-2014", "national"),
    ("gb/t 7714-2015", "GB/T 7714-2015", "national"),
    ("GBT 7714-2015", "GB/T 7714-2015", "national"),
    ("G B / T 12345 - 2020", "GB/T 12345-2020", "national"),
    ("GB/T 12345一2020", "GB/T 12345-2020", "national"),
    ("GB 50016-2014", "GB 50016-2014", "national"),
    ("GB/Z 1-2020", "GB/Z 1-2020", "national"),
    ("GBZ 2.1-2019", "GBZ 2.1-2019", "national"),
    ("JB/T 10000-2020", "JB/T 10000-2020", "industry"),
    ("JBT 10000-2020", "JB/T 10000-2020", "industry"),
    ("YD/T 3000-2016", "YD/T 3000-2016", "industry"),
    ("SJ/T 11000-2015", "SJ/T 11000-2015", "industry"),
    ("HG/T 2000-2017", "HG/T 2000-2017", "industry"),
    ("DL/T 860.1-2018", "DL/T 860.1-2018", "industry"),
    ("QC/T 1-2020", "QC/T 1-2020", "industry"),
    ("JT/T 808-2019", "JT/T 808-2019", "industry"),
    ("JGJ/T 123-2019", "JGJ/T 123-2019", "industry"),
    ("DB/T 12-2020", "DB/T 12-2020", "industry"),  # 地震, not a local standard
    ("DB50/T 1234-2022", "DB50/T 1234-2022", "local"),
    ("DB50 123-2022", "DB50 123-2022", "local"),
    ("DB5001/T 12-2021", "DB5001/T 12-2021", "local"),
    ("T/CAS 115—2005", "T/CAS 115-2005", "group"),
    ("T/CECS123-2020", "T/CECS 123-2020", "group"),
    ("Q/GDW 1168-2013", "Q/GDW 1168-2013", "enterprise"),
    ("Q/320000 001-2020", "Q/320000 001-2020", "enterprise"),
])
def test_standard_numbers_normalise_and_carry_their_level(raw, normal, level):
    assert standard.validate(raw) == normal
    assert standard.level(raw) == level


def test_industry_code_table_has_the_two_letter_codes_and_their_t_variants():
    two_letter = [c for c in standard.INDUSTRY_CODES if len(c) == 2]
    assert len(two_letter) >= 60
    for code in ("JB", "YD", "SJ", "HG", "DL", "QC", "JT"):
        assert standard.level(f"{code}/T 1-2020") == "industry"
        assert standard.level(f"{code} 1-2020") == "industry"


@pytest.mark.parametrize("raw,error", [
    ("XX/T 1-2020", InvalidComponent), ("ISO 9001-2015", InvalidComponent), ("DB99/T 1-2020", InvalidComponent),
    ("GB/T 1-1949", InvalidComponent), ("GB/T 1-2101", InvalidComponent),
    ("GB 3100-93", InvalidFormat), ("GB/T 12345", InvalidFormat), ("12345-2020", InvalidFormat),
    ("GB/T 1234²-2020", InvalidFormat), ("GB/T 12345-2020/ISO 9001:2015", InvalidFormat),
])
def test_standard_validator_refuses_with_a_typed_error(raw, error):
    with pytest.raises(error):
        standard.validate(raw)
    assert not standard.is_valid(raw)


def test_standard_numbers_are_found_in_running_text():
    text = "依据 GB/T 19001-2016/ISO 9001:2015、DB50/T 1-2021，参照 ISO 9001-2015 与 ISSN 1000-1239，CN 11-2127/TP"
    assert standard.find_all(text) == ["GB/T 19001-2016", "DB50/T 1-2021"]
    assert standard.code("DB50/T 1234-2022") == "DB50/T"


# --- identifiers and junk ----------------------------------------------------------------------

@pytest.mark.parametrize("junk", JUNK)
@pytest.mark.parametrize("module", [software, standard])
def test_identifier_validators_reject_junk_with_a_typed_error(module, junk):
    assert not module.is_valid(junk)
    with pytest.raises(ValidationError):
        module.validate(junk)


# --- numerals ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("〇", 0), ("零", 0), ("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("三十一", 31), ("一百", 100),
    ("一百零五", 105), ("一千零二十", 1020), ("九千九百九十九", 9999), ("两千", 2000), ("十万", 100_000),
    ("一万零五百", 10_500), ("一亿二千万零五", 120_000_005), ("一亿", 100_000_000),
    ("壹仟贰佰万", 12_000_000), ("伍拾万", 500_000), ("贰拾", 20), ("陆佰", 600), ("拾", 10),
    ("二〇二三", 2023), ("二零二三", 2023), ("二○二三", 2023), ("一九九九", 1999), ("廿一", 21), ("卅", 30),
    ("二 〇 二 三", 2023), ("123", 123), ("１２３", 123),
])
def test_chinese_numerals_read(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize("text", ["一百五", "一万二", "一千二", "二十两", "两两", "十百", "百", "万", "亿", "零一百",
                                  "一十十", "三廿", "一二百", "3²", "ⅷ", "⑱", "", "年月日", "五a", None, 12])
def test_what_is_not_a_numeral_gives_none(text):
    assert to_int(text) is None


def test_fold_keeps_length_and_leaves_superscripts_alone():
    text = "２０２１年　３月⽇ ² ⑱ ￣"
    assert len(fold(text)) == len(text)
    assert fold(text) == "2021年 3月日 ² ⑱ ￣"


def test_squeeze_keeps_spaces_between_digits_and_positions():
    squeezed, positions = squeeze("收 稿 12 34 年")
    assert squeezed == "收稿12 34年"
    assert [positions[i] for i in range(len(squeezed))] == [0, 2, 4, 5, 6, 7, 8, 10]


# --- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,iso", [
    ("2021年3月15日", "2021-03-15"), ("2021年03月15日", "2021-03-15"), ("2021 年 03 月 15 日", "2021-03-15"),
    ("2021年3月1 5日", "2021-03-15"), ("2 0 2 1 年 3 月", "2021-03"), ("２０２１年３月１５日", "2021-03-15"),
    ("2021年3月15曰", "2021-03-15"), ("2021年3月15号", "2021-03-15"),
    ("二〇二一年三月十五日", "2021-03-15"), ("二零二一年三月十五日", "2021-03-15"), ("二○二一年三月十五日", "2021-03-15"),
    ("二O二一年三月廿一日", "2021-03-21"), ("二〇二三年十一月", "2023-11"), ("二〇二二年十二月三十一日", "2022-12-31"),
    ("2021-03-15", "2021-03-15"), ("2021.03.15", "2021-03-15"), ("2021/3/15", "2021-03-15"),
    ("2021 - 03 - 15", "2021-03-15"), ("2021年3月", "2021-03"), ("2021-03", "2021-03"), ("2021.03", "2021-03"),
    ("2021年", "2021"), ("二〇二一年", "2021"), ("2021", "2021"),
    ("收稿日期：2021-03-15", "2021-03-15"), ("发证日期: 2021年3月15日。", "2021-03-15"),
    ("2020-02-29", "2020-02-29"), ("1950-01-01", "1950-01-01"), ("2100-12-31", "2100-12-31"),
    # OCR under a seal: 一 read as a dash, 〇 inside the year read as C
    ("二〇-九年五月二十三日", "2019-05-23"), ("二〇一九年十-月三日", "2019-11-03"), ("二C〇八年七月一日", "2008-07-01"),
])
def test_parse_date_reads_every_printed_form(text, iso):
    assert parse_date(text).iso() == iso


@pytest.mark.parametrize("text", [
    "2021-02-30", "2021年2月30日", "2021-02-29", "2021-13-01", "2021年13月", "2021年0月", "二〇二一年十三月",
    "1949年12月31日", "2101-01-01", "1949", "2101", "2021-3/15", "2021-03-15 至 2022-03-14", "约2021年3月前后",
    "21-03-15", "2021.03.15.1", "2021 - 03 - 1 5", "12021-03-15", *JUNK,
    # a dash or C is read as a numeral only between Chinese numerals, never at a year's end,
    # and a five-numeral year (一 read twice) is not trimmed to a guess
    "-〇一九年五月", "二〇一-年五月", "C〇〇八年", "二〇二二〇年八月二十五日", "2019-年", "二〇一九年-",
])
def test_parse_date_refuses_impossible_implausible_and_junk(text):
    assert parse_date(text) is None


def test_an_impossible_day_is_not_read_as_its_month():
    assert find_dates("日期：2021-02-30，2021年2月30日") == []


def test_find_dates_gives_value_span_and_label():
    text = "专利申请日：2022年07月04日\n授权公告日：2022年10月14日\n年费应当在每年07月04日前缴纳"
    found = find_dates(text)
    assert [(d.value.iso(), d.label) for d in found] == [("2022-07-04", "专利申请日"), ("2022-10-14", "授权公告日")]
    assert all(text[d.span[0]:d.span[1]] == d.text for d in found)
    assert isinstance(found[0], FoundDate) and found[0].precision == "day"


def test_find_dates_maps_spans_through_ocr_spaces():
    text = "授 权 公 告 日 ： 2022 年 10 月 14 日 其他"
    (found,) = find_dates(text)
    assert found.value == PartialDate(2022, 10, 14)
    assert found.text == "2022 年 10 月 14 日"
    assert found.label == "授权公告日"


def test_year_only_dates_are_found_only_when_asked():
    assert find_dates("2021年度重庆市科学技术奖") == []
    assert [d.value.iso() for d in find_dates("2021年度重庆市科学技术奖", year_only=True)] == ["2021"]


@pytest.mark.parametrize("text", ["ISSN 2095-2163", "CN 11-2127/TP", "GB/T 7714-2015", "GB/T 20000.1-2014",
                                  "合同金额 1999.12元", "增长 2021.5%", "电话 2021-1234", "ZL 2022 1 0563918.1"])
def test_numbers_that_are_not_dates_are_not_found(text):
    assert find_dates(text) == []


def test_unlabelled_dates_after_a_newline_keep_no_label():
    text = "开发完成日期：2017年04月15日\n首次发表日期：未发表\n2017年06月14日"
    assert [(d.value.iso(), d.label) for d in find_dates(text)] == [("2017-04-15", "开发完成日期"), ("2017-06-14", None)]


def test_date_after_label_takes_the_labels_in_the_order_given():
    text = "首次发表日期：未发表 开发完成日期：2017年04月15日 2017年06月14日"
    assert date_after_label(text, ["首次发表日期"]) is None
    assert date_after_label(text, ["首次发表日期", "开发完成日期"]) == PartialDate(2017, 4, 15)
    assert date_after_label("出版日期：2021年", ["出版日期"]) == PartialDate(2021)
    assert date_after_label("申请日时申请人：陕西 专利申请日：2024年06月07日", ["申请日"]) == PartialDate(2024, 6, 7)
    assert date_after_label("收稿日期 ： 2021 - 03 - 15", ["收 稿 日 期"]) == PartialDate(2021, 3, 15)
    assert date_after_label("日期：2021-03-15", []) is None
    assert date_after_label("", ["日期"]) is None


def test_real_certificate_dates():
    assert parse_date("二〇二二年十一月") == PartialDate(2022, 11)
    assert parse_date("2022 年 05 月 23 日") == PartialDate(2022, 5, 23)
    assert [d.value.iso() for d in find_dates("1993年11月收到; 1994年1月收到修改稿")] == ["1993-11", "1994-01"]


# --- amounts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,wan", [
    ("1200万元", 1200.0), ("1,200 万元", 1200.0), ("1, 200万元", 1200.0), ("１２００万元", 1200.0),
    ("¥12,000,000.00", 1200.0), ("￥12000000元", 1200.0), ("人民币壹仟贰佰万元整", 1200.0), ("伍拾万元", 50.0),
    ("12000000.00元", 1200.0), ("1.2亿元", 12000.0), ("500千元", 50.0), ("3.5百万元", 350.0),
    ("人民币1200万", 1200.0), ("RMB 5000", 0.5), ("合同金额：1200万", 1200.0), ("壹佰贰拾万零伍佰元伍角", 120.05005),
    ("三千元", 0.3), ("壹元", 0.0001), ("一元整", 0.0001), ("零元", 0.0),
    ("合同金额：人民币壹仟贰佰万元整（¥12,000,000.00）", 1200.0),
])
def test_money_is_read_in_wan(text, wan):
    assert parse_amount_wan(text) == pytest.approx(wan)


@pytest.mark.parametrize("text", ["1200", "共计 1200", "1200万", "100万美元", "合同金额：100万美元", "1 200万元",
                                  "一元二次方程", "12.5%", "2021年", "US$100", *JUNK])
def test_what_is_not_said_to_be_yuan_is_not_money(text):
    assert parse_amount_wan(text) is None


def test_find_amounts_lists_both_forms_of_a_contract_sum_in_order():
    text = "合同金额：人民币壹仟贰佰万元整（¥12,000,000.00），预付 30 万元"
    found = find_amounts(text)
    assert [a.wan for a in found] == [1200.0, 1200.0, 30.0]
    assert all(text[a.span[0]:a.span[1]] == a.text for a in found)


@pytest.mark.parametrize("text,wan", [
    ("字数：350千字", 35.0), ("35万字", 35.0), ("350 千字", 35.0), ("三十五万字", 35.0), ("字数 602千字", 60.2),
    ("字数：350000字", 35.0), ("字数：350千", 35.0), ("字数：12.5万", 12.5), ("字　数：３５０千字", 35.0),
])
def test_word_counts_are_read_in_wan(text, wan):
    assert parse_words_wan(text) == pytest.approx(wan)


@pytest.mark.parametrize("text", ["350字", "12字数", "千字", "字数：", "印张22.75", *JUNK])
def test_word_counts_need_a_unit_or_the_label(text):
    assert parse_words_wan(text) is None


# --- people ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("发明人：贾隽峰;赵健朗;刘钟佳", ["贾隽峰", "赵健朗", "刘钟佳"]),
    ("尤赠贺;李盼达;王舜;何秀雯", ["尤赠贺", "李盼达", "王舜", "何秀雯"]),
    ("朱妤婧、陈锦洋、王欣彤", ["朱妤婧", "陈锦洋", "王欣彤"]),
    ("辛潮，高其顺，王威龙，闫昳康", ["辛潮", "高其顺", "王威龙", "闫昳康"]),
    ("参赛学生：王威龙 杨伟乐 涂妍妍 于洪朋", ["王威龙", "杨伟乐", "涂妍妍", "于洪朋"]),
    ("王树宝　高菊", ["王树宝", "高菊"]),
    ("张三 李四 王小明", ["张三", "李四", "王小明"]),
    ("张 三 李四 王 小 明", ["张三", "李四", "王小明"]),
    ("张 三  李 四  王 小 明", ["张三", "李四", "王小明"]),
    ("张 三 李 四", ["张三", "李四"]),
    ("张　三　李　四", ["张三", "李四"]),
    ("欧 阳 小 明 李 四", ["欧阳小明", "李四"]),
    ("王 小明 李四", ["王小明", "李四"]),
    ("贾隽峰赵健朗刘钟佳", ["贾隽峰", "赵健朗", "刘钟佳"]),
    ("张三\n李四\r\n王五", ["张三", "李四", "王五"]),
    ("作者: John Smith, 张三1*, 李四2", ["John Smith", "张三", "李四"]),
    ("John  Smith；Jane Doe", ["John Smith", "Jane Doe"]),
    ("张三1,2, 李四2", ["张三", "李四"]),
    ("完成人: 张三（排名第一）; 李四", ["张三", "李四"]),
    ("作者：张三，李四，王五 等", ["张三", "李四", "王五"]),
    ("发明人 张三 李四", ["张三", "李四"]),
    ("买买提·艾力, 张三", ["买买提·艾力", "张三"]),
    ("张三|李四/王五", ["张三", "李四", "王五"]),
    ("张三：第一完成人", ["张三"]),  # a name before a colon is not a label; the rank note is dropped
    ("指导教师：王树宝 高菊", ["王树宝", "高菊"]),
])
def test_people_lists_split_into_names_in_order(text, expected):
    assert split_people(text) == expected


def test_an_ambiguous_run_of_single_characters_is_kept_joined_not_guessed():
    # five surnames in a row: 2+3 and 3+2 both start every name with a surname
    assert split_people("王 李 张 刘 陈") == ["王李张刘陈"]
    # no split starts every name with a common surname
    assert split_people("夕 卜 乂 丿 亅") == ["夕卜乂丿亅"]
    # a four-character token may be one name (张王秀英) or two glued ones: kept whole
    assert split_people("张王秀英") == ["张王秀英"]


@pytest.mark.parametrize("text", JUNK[:9] + ["", "：", "发明人：", "等"])
def test_people_junk_gives_no_names_or_only_what_is_there(text):
    result = split_people(text)
    assert isinstance(result, list)
    assert all(isinstance(name, str) and name and " " not in name for name in result)


@pytest.mark.parametrize("run,name,rank", [
    # Every cut of the run into names puts the applicant at the same place.
    ("任浩白成曾春力顾勇余文瑞", "任浩", 1), ("任浩白成曾春力顾勇余文瑞", "白成", 2),
    ("任浩白成曾春力顾勇余文瑞", "曾春力", 3), ("蒋春超王立涛韩桂沈一贺安永", "王立涛", 2),
    ("雷杰远方思孟桂航金林杰侯阳", "雷杰远", 1), ("雷杰远方思孟桂航金林杰侯阳", "侯阳", 5),
    # Some cut disagrees (余文瑞, or 顾勇余 and 文瑞): no rank rather than a guess.
    ("任浩白成曾春力顾勇余文瑞", "顾勇", None), ("任浩白成曾春力顾勇余文瑞", "余文瑞", None),
    # A name inside another person's name is not that person; absent names have no rank.
    ("王立华张三李四", "王立", None), ("任浩白成曾春力", "春力", None), ("任浩白成曾春力", "张三", None),
    # Not a run of Chinese names at all.
    ("任浩, 白成", "白成", None), ("", "白成", None), ("任浩白成", "", None),
])
def test_rank_in_a_glued_run_of_names_only_when_certain(run, name, rank):
    assert rank_in_run(name, run) == rank


def test_split_people_on_non_text_is_empty():
    assert split_people(None) == []


@pytest.mark.parametrize("text,rank", [
    ("第一完成人", 1), ("第3完成人", 3), ("排名第二", 2), ("（排名第5）", 5), ("第一发明人", 1), ("第十二名", 12),
    ("排名：3", 3), (" 第 二 作 者", 2), ("第２完成人", 2), ("主要完成人（排序第四）", 4), ("第1位", 1),
])
def test_rank_phrases_read_as_numbers(text, rank):
    assert parse_rank(text) == rank


@pytest.mark.parametrize("text", ["第一完成单位", "第零名", "第ⅷ完成人", "第3²完成人", "排名", "第一章", "2021年第3期", *JUNK])
def test_rank_phrases_that_name_no_persons_rank_give_none(text):
    assert parse_rank(text) is None


# --- names -------------------------------------------------------------------------------------

def test_exact_match_gives_the_rank():
    assert match_name("张三", ["李四", "张三", "王五"]) == 2
    assert match_name("王小明", ["王 小 明"]) == 1
    assert match_name("john smith", ["John  Smith"]) == 1


def test_exact_match_anywhere_wins_over_a_fuzzy_one():
    result = find_name("王小明", ["王小朋", "王小明"])
    assert (result.rank, result.kind) == (2, "exact")


def test_the_same_name_twice_is_ambiguous():
    result = find_name("张伟", ["张伟", "李四", "张伟"])
    assert (result.rank, result.kind) == (None, "ambiguous")


def test_two_character_names_and_latin_names_are_exact_only():
    assert match_name("张三", ["张山"], strict=False) is None
    assert match_name("Jon Smith", ["John Smith"], strict=False) is None


def test_one_known_ocr_confusion_in_a_three_character_name_is_forgiven():
    result = find_name("张三丰", ["李四", "张三车"])
    assert (result.rank, result.kind, result.matched) == (2, "ocr_confusion", "张三车")
    assert "丰/车" in result.reason
    assert match_name("欧阳小明", ["欧阳小朋"]) == 1
    assert confusable("丰", "车") and confusable("车", "丰") and not confusable("明", "红")


def test_strict_rule_does_not_match_a_different_looking_character():
    # 王小红 is as likely a colleague as an OCR slip: strict needs a known confusion.
    result = find_name("王小明", ["王小红", "李四"])
    assert (result.rank, result.kind) == (None, "none")


def test_lenient_rule_matches_the_only_entry_one_character_away():
    result = find_name("王小明", ["王小红", "李四"], strict=False)
    assert (result.rank, result.kind) == (1, "fuzzy")


def test_lenient_rule_refuses_when_two_entries_are_as_close():
    result = find_name("王小明", ["王小红", "王小朋"], strict=False)
    assert (result.rank, result.kind) == (None, "ambiguous")


def test_strict_rule_ignores_non_confusable_near_entries_but_needs_a_unique_confusion():
    assert match_name("王小明", ["李四", "王小红", "王小朋"]) == 3
    assert find_name("张三丰", ["张三车", "张三韦"]).kind == "ambiguous"


@pytest.mark.parametrize("name,people", [
    ("李小明", ["王小明"]),  # a garbled surname is never forgiven
    ("欧阳小明", ["欧杨小明"]),  # nor half of a compound surname
    ("王小明", ["王小", "明"]),  # nor a split
    ("王小明", ["王小明明"]),  # nor an added character
    ("王小明", ["王明"]),  # nor a dropped one
    ("王小明", ["王大红"]),  # two characters differ
])
def test_fuzzy_matching_never_reaches_a_different_person(name, people):
    assert match_name(name, people, strict=False) is None


@pytest.mark.parametrize("junk", JUNK)
def test_name_matching_survives_junk(junk):
    assert match_name(junk, []) is None
    assert find_name("张三", [junk, None, "张三"]).rank == 3
    result = find_name(junk, ["张三", junk])
    assert result.rank in (None, 2)


# --- levels ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,level", [
    ("国务院", Level.NATIONAL), ("中华人民共和国国务院", Level.NATIONAL), ("国家科学技术进步奖二等奖", Level.NATIONAL),
    ("国家技术发明奖", Level.NATIONAL), ("国家重点研发计划", Level.NATIONAL), ("国家级企业技术中心", Level.NATIONAL),
    # ministries are 省（部）级, as the contract reads them
    ("中华人民共和国科学技术部", Level.PROVINCIAL), ("科学技术部", Level.PROVINCIAL), ("工业和信息化部", Level.PROVINCIAL),
    ("教育部科学技术进步奖", Level.PROVINCIAL), ("国家发展和改革委员会", Level.PROVINCIAL),
    ("国家知识产权局", Level.PROVINCIAL), ("国务院国有资产监督管理委员会", Level.PROVINCIAL), ("中国科学院", Level.PROVINCIAL),
    # the municipalities directly under the central government are provincial
    ("重庆市人民政府", Level.PROVINCIAL), ("重庆市科学技术局", Level.PROVINCIAL),
    ("重庆市经济和信息化委员会", Level.PROVINCIAL), ("重庆市科学技术进步奖", Level.PROVINCIAL),
    ("北京市教育委员会（代章）", Level.PROVINCIAL), ("上海市科学技术委员会", Level.PROVINCIAL),
    ("天津市科学技术局", Level.PROVINCIAL), ("重庆市市级科技计划", Level.PROVINCIAL),
    ("四川省人民政府", Level.PROVINCIAL), ("四川省科学技术厅", Level.PROVINCIAL), ("河北省教育厅", Level.PROVINCIAL),
    ("广西壮族自治区人民政府", Level.PROVINCIAL), ("省人民政府", Level.PROVINCIAL), ("省部级科技进步奖", Level.PROVINCIAL),
    ("四川省市场监督管理局", Level.PROVINCIAL),
    # their 区/县 stand where a prefecture stands
    ("重庆市渝北区人民政府", Level.MUNICIPAL), ("渝北区人民政府", Level.MUNICIPAL), ("两江新区管理委员会", Level.MUNICIPAL),
    ("重庆市沙坪坝区科学技术局", Level.MUNICIPAL), ("上海市浦东新区人民政府", Level.MUNICIPAL),
    ("成都市人民政府", Level.MUNICIPAL), ("四川省成都市人民政府", Level.MUNICIPAL), ("成都市科学技术局", Level.MUNICIPAL),
    ("湖北省恩施土家族苗族自治州人民政府", Level.MUNICIPAL), ("市人民政府", Level.MUNICIPAL), ("地（市）级", Level.MUNICIPAL),
    ("重庆长安汽车股份有限公司", Level.ENTERPRISE), ("国家电网有限公司", Level.ENTERPRISE), ("重庆大学", Level.ENTERPRISE),
    ("工业和信息化部人才交流中心", Level.ENTERPRISE), ("中国科学院大学", Level.ENTERPRISE), ("企业级", Level.ENTERPRISE),
])
def test_levels_follow_the_contract(text, level):
    got, reason = level_of(text)
    assert got == level, reason
    assert reason


@pytest.mark.parametrize("text", [
    "中国机械工程学会", "中国机械工业联合会", "河北省科学技术协会",  # depends on recognition (第十六条（五）)
    "成都市武侯区人民政府", "江苏省苏州市吴中区人民政府", "某某县人民政府", "县级",  # below 地（市）级
    "市级科技计划项目",  # 市级 without a place: 重庆's (provincial) or a prefecture's?
    "中国专利奖", *JUNK,
])
def test_levels_that_the_name_does_not_settle_are_none_with_a_reason(text):
    got, reason = level_of(text)
    assert got is None
    assert isinstance(reason, str) and reason


def test_level_of_non_text_is_none():
    assert level_of(None) == (None, "没有颁发单位或奖项名称")


# --- robustness over everything ----------------------------------------------------------------

PARSERS = [
    ("to_int", to_int), ("parse_date", parse_date), ("find_dates", find_dates),
    ("date_after_label", lambda t: date_after_label(t, ["日期", "申请日"])),
    ("parse_amount_wan", parse_amount_wan), ("find_amounts", find_amounts), ("parse_words_wan", parse_words_wan),
    ("split_people", split_people), ("parse_rank", parse_rank), ("match_name", lambda t: match_name(t, [t, "张三"])),
    ("level_of", level_of), ("software.find_all", software.find_all), ("standard.find_all", standard.find_all),
]


@pytest.mark.parametrize("text", JUNK + LONG, ids=lambda t: repr(t[:12]))
@pytest.mark.parametrize("name,parser", PARSERS, ids=[name for name, _ in PARSERS])
def test_parsers_never_crash_on_junk_or_very_long_text(name, parser, text):
    parser(text)


@pytest.mark.parametrize("junk", ["", "3²", "ⅷ", "⑱", "年月日", "１２３", "\ufffd"])
def test_junk_yields_nothing_from_the_value_parsers(junk):
    assert parse_date(junk) is None
    assert find_dates(junk, year_only=True) == []
    assert parse_amount_wan(junk) is None
    assert parse_words_wan(junk) is None
    assert parse_rank(junk) is None
    assert software.find_all(junk) == [] and standard.find_all(junk) == []


def test_field_parsers_load_no_heavy_module():
    code = ("import sys\n"
            "import extractor.fields.numerals, extractor.fields.dates, extractor.fields.amounts\n"
            "import extractor.fields.people, extractor.fields.names, extractor.fields.levels\n"
            "import identifiers.software, identifiers.standard\n"
            "print(sorted(m for m in ('numpy', 'PIL', 'cv2', 'spacy', 'jieba', 'rapidocr', 'pytesseract')"
            " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stderr
