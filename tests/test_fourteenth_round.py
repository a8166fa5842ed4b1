"""Layouts the fourteenth outside set showed the reader did not know, typed anew here in other
words and names: an award whose region stands on the line above its name, an announcement
listing several standards before the applicant's standard's foreword, a 专利权评价报告 (an
assessment of a patent, no certificate), and a test report that cites the standard it tested
against (no page of a standard)."""

from __future__ import annotations

from extractor.model import Page, ReadResult
from tests.typed_certificates import HEIGHT, WIDTH, Title, page, read
from zhicheng import binder
from zhicheng.documents import document_from


def _split(*pages):
    result = ReadResult("bound.pdf", "0" * 64, page_count=len(pages),
                        pages=[Page(n, WIDTH, HEIGHT, "ocr", page(*rows)) for n, rows in enumerate(pages, 1)])
    return [(d.page_range, d.doc_type, d.fields) for d in binder.split(result, lambda s: document_from(result, None, s))]


def test_an_awards_region_on_the_line_above_its_name_is_part_of_it():
    doc = read(Title("荣 誉 证 书"), "上官丽华同志：",
               "经审定，你参与完成的“高原光伏支架智能巡检技术及应用”项目获2019年度",
               ("甘肃省", 420), ("科学技术进步奖三等奖", 360), ("个人排序：第3名", 400), "特发此证。",
               ("甘肃省人民政府", 820), ("二〇二〇年五月八日", 820))
    assert doc.doc_type == "award_certificate"
    assert doc.fields["award_name"] == "甘肃省科学技术进步奖"
    assert doc.fields["grade"] == "三等奖"


def test_a_standard_listed_in_an_announcement_before_its_foreword_is_its_own_row():
    announcement = (("吉林省市场监督管理厅", 360), Title("公  告"), ("2021年第12号", 420),
                    "根据有关规定，经审查，现批准《智能仓储 穿梭车 运维规范》等3项吉林省地方标准，现予发布。",
                    "附：", "序号 标准编号 标准名称 代替标准号 实施日期",
                    "1 DB22/T 3312—2021 数控机床 远程运维 技术要求 DB22/T 1102—2015 2021-12-01",
                    "2 DB22/T 3313—2021 智能仓储 穿梭车 运维规范 — 2021-12-01",
                    "3 DB22/T 3314—2021 光伏支架 智能巡检 通用要求 DB22/T 2090—2014 2021-12-01",
                    ("吉林省市场监督管理厅", 800), ("2021年10月28日", 820))
    foreword = (("DB22/T 3313—2021", 900), Title("前  言"), "本文件按照GB/T 1.1—2020的规定起草。",
                "本文件由吉林省工业和信息化厅提出并归口。", "本文件主要起草人：慕容晓峰、王丽、欧阳建国。")
    (span, doc_type, fields), = _split(announcement, foreword)
    assert doc_type == "standard"
    assert fields["standard_number"] == "DB22/T 3313-2021"  # the foreword's own, not row 1's nor a replaced one
    assert fields["title"] == "智能仓储 穿梭车 运维规范"
    assert (fields["publish_date"], fields["implementation_date"]) == ("2021-10-28", "2021-12-01")
    assert fields["drafters"] == ["慕容晓峰", "王丽", "欧阳建国"]


def test_a_patent_evaluation_report_is_no_certificate_and_stays_one_paper():
    report = (("中华人民共和国国家知识产权局", 330), Title("实用新型专利权评价报告"),
              "专利号 ZL201920123456.2", "实用新型名称 一种光伏支架用快速锁紧装置",
              "专利权人 白银河西新能源装备有限公司", "授权公告日 2020年03月10日", "请求人 白银河西新能源装备有限公司")
    opinion = (Title("评价意见"), "本评价报告针对授权公告文本作出。经检索，检索到的对比文件均未公开权利要求1的全部技术特征，",
               "权利要求1具备专利法第二十二条第二款规定的新颖性。", ("审查员：刘敏", 800))
    assert _split(report, opinion) == [(None, "unknown", {})]


def test_a_test_report_citing_the_standard_it_met_is_one_unknown_paper():
    cover = (("报告编号：软测2019-0412", 700), Title("软件产品测试报告"), ("光伏支架智能巡检软件V2.1", 380),
             ("委托单位：天水祁连智能科技有限公司", 300), ("测试单位：甘肃省软件测评中心", 300))
    results = (Title("测试结论"), "质量特性 测试结果 结论", "功能性 符合 通过", "可靠性 符合 通过",
               "测试结论：该软件的功能和性能满足用户文档集和需求规格说明的要求，符合GB/T",
               "25000.51—2016的相关规定，测试通过。", "主检：王强  审核：李丽  批准：赵刚")
    assert _split(cover, results) == [(None, "unknown", {})]
