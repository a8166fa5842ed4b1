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


def test_a_letter_to_a_review_committee_is_no_title_form():
    """The salutation 「…专业技术职务任职资格评审委员会：」 is one letter off the title of a title's
    review form (…任职资格评审表): whom the letter is written to is never its title."""
    doc = read(("第1页 共2页", 1300), Title("推 荐 信"), "吉林省工程系列专业技术职务任职资格评审委员会：",
               "兹推荐白山长白智能装备有限公司上官晓兰同志申报高级工程师资格。",
               "该同志现任工程师，长期从事智能制造技术工作，本人与其共事多年，对其工作情况较为了解。",
               "综上所述，本人认为该同志已达到高级工程师资格的评审条件，特此推荐。",
               ("推荐人（签名）：", 900), ("姓    名：东方立新", 900), ("职    务：研究所所长", 900),
               ("职    称：正高级工程师", 900), ("二〇一九年五月八日", 900))
    assert doc.doc_type == "recommendation_letter"
    assert (doc.fields["candidate"], doc.fields["recommender"], doc.fields["recommender_title"]) == (
        "上官晓兰", "东方立新", "professorate_senior_engineer")


def test_a_forms_two_tables_give_the_candidate_and_the_recommender():
    """一、被推荐人情况 over a table (姓名 | 性别 | 出生年月 | 工作单位 | 现专业技术资格 | 申报资格) and
    三、推荐专家情况 over another (姓名 | 工作单位 | 行政职务 | 专业技术资格 | 从事专业 | 签名): each
    table's one row is its person, and the opinion's 「本人了解该同志」 names nobody."""
    def row(*cells):
        return [(c, x) for c, x in zip(cells, (180, 330, 470, 640, 1000, 1300))]
    doc = read(Title("专业技术资格评审专家推荐表"), "一、被推荐人情况",
               row("姓名", "性别", "出生年月", "工作单位", "现专业技术资格", "申报资格"),
               row("诸葛晓东", "男", "1975.03", "松原黑土测控有限公司", "工程师", "高级工程师"),
               "二、推荐意见", "该同志长期从事测控技术工作，业绩突出。本人了解该同志，同意推荐。",
               "三、推荐专家情况",
               row("姓名", "工作单位", "行政职务", "专业技术资格", "从事专业", "签名"),
               row("欧阳丽", "吉林工业大学", "院长", "正高级工程师", "自动化", ""),
               ("推荐日期：2018.07.26", 1000))
    assert doc.doc_type == "recommendation_letter"
    assert (doc.fields["candidate"], doc.fields["recommender"], doc.fields["recommender_title"]) == (
        "诸葛晓东", "欧阳丽", "professorate_senior_engineer")


def test_a_certificate_recognising_a_research_centre_is_a_recognition():
    """「经审核，你单位组建的“…工程技术研究中心”通过认 | 定，特发此证」: its 认定 across a line
    break, on a certificate with no other title than 证书."""
    doc = read(Title("证  书"), ("编号：吉科工2021033", 1200), "长春北疆数智科技有限责任公司：",
               "经审核，你单位组建的“吉林稀土冶炼炉智能诊断工程技术研究中心”通过认", "定，特发此证。",
               ("吉林省科学技术厅", 1000), ("二〇二一年三月", 1000))
    assert doc.doc_type == "official_recognition"
    assert doc.fields["issuer"] == "吉林省科学技术厅"
    assert doc.fields["date"] == "2021-03"


def test_a_forewords_drafters_in_a_grid_under_their_label_are_read_row_by_row():
    from extractor.doctypes import doctype
    from extractor.text import DocText

    def grid(names, columns=3, skew=0):
        rows = []
        for r in range(0, len(names), columns):
            rows.append([(n, 500 + 300 * k) for k, n in enumerate(names[r:r + columns])])
        return rows
    names = ["司马柏", "陶霞", "杜静斌", "诸葛子超", "许倩华", "潘博益", "欧阳远宏", "江霞春"]
    rows = (("GB/T 34753—2013", 1200), Title("前  言"), "本标准按照GB/T 1.1—2009给出的规则起草。",
            "本标准起草单位：齐齐哈尔冰城重工科技股份有限公司。", "本标准主要起草人：", *grid(names))
    result = ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, WIDTH, HEIGHT, "ocr", page(*rows))])
    assert doctype("standard").extract(DocText(result)).values["drafters"] == names


def test_a_grid_read_aslant_is_read_by_its_rows_slope_or_not_at_all():
    """Each column a little lower than the one before (a page read aslant): the rows OCR makes
    leave the third column out; the rows' slope, measured between neighbours, puts them back
    (probe DR T15). A row short of a name in the middle leaves the order unknown: no list."""
    from extractor.layout import name_grid
    from extractor.model import Line
    from extractor.text import DocText

    names = ["苏永云", "董泽兴", "欧阳立秀", "顾峰平", "程旭", "沈宇宇", "司马倩建", "慕容宏", "诸葛楠丽"]

    def grid(skip: int | None = None):
        lines = [Line("本标准主要起草人：", (400, 900, 640, 950))]
        for k, name in enumerate(names):
            row, column = divmod(k, 3)
            y = 968 + 53 * row + 17 * column  # each column 17 px lower
            if k != skip:
                lines.append(Line(name, (560 + 255 * column, y, 560 + 255 * column + 150, y + 50)))
        return DocText(ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1937, 2496, "ocr", lines)]))

    text = grid()
    assert name_grid(text, text.lines[0]) == names
    text = grid(skip=4)
    assert name_grid(text, text.lines[0]) is None


def test_a_sign_off_tables_later_rows_under_a_merged_role_cell_are_its_writers():
    """编制人员名单 as a text layer gives it: 参加人员 in a merged cell, its later rows without it;
    审核, 审定 and 法定代表人 sign it off and wrote nothing."""
    from extractor.doctypes import doctype
    from extractor.text import DocText

    rows = (Title("编制人员名单"), "职责 姓名 职称 咨询工程师(投资)登记证书编号 签名",
            "项目负责人 何远瑞 高级工程师 20204857494", "参加人员 邓雪红 工程师 20103606408",
            ("梁超春 助理工程师 20137999799", 420), ("江建 工程师 20093129907", 420),
            "审  核 武林川 高级工程师 20066739807", "法定代表人 谭英子 高级工程师 20106125162")
    cover = (Title("陇原玉米深加工线智能化改造项目"), Title("可行性研究报告"), ("酒泉戈壁工程咨询有限公司", 600),
             ("二〇二〇年二月", 700))
    result = ReadResult("t.pdf", "0" * 64, page_count=2, pages=[Page(1, WIDTH, HEIGHT, "text_layer", page(*cover)),
                                                                 Page(2, WIDTH, HEIGHT, "text_layer", page(*rows))])
    assert doctype("technical_report").extract(DocText(result)).values["authors"] == ["何远瑞", "邓雪红", "梁超春", "江建"]


def test_a_member_table_that_runs_on_to_the_next_page_is_read_whole():
    """主要研制人员名单 over 序号 | 姓名 | 单位 | 职称 | 分工, its rows running on to the next page
    under 主要研制人员名单（续） and the header again: the applicant's place counts the first
    page's rows."""
    from extractor.layout import name_column
    from extractor.text import DocText

    def row(n, name):
        return [(str(n), 200), (name, 320), ("白城天山重工有限公司", 520), ("工程师", 1080), ("系统集成", 1340)]
    head = [("序号", 190), ("姓名", 330), ("单位", 710), ("职称", 1110), ("分工", 1370)]
    first = (Title("主要研制人员名单"), head, *[row(n, nm) for n, nm in enumerate(["戴志", "诸葛益艳", "刘睿云"], 1)],
             ("第1页", 800))
    second = (("主要研制人员名单（续）", 170), head, *[row(n, nm) for n, nm in enumerate(["上官伟磊", "邹英"], 4)])
    text = DocText(ReadResult("t.pdf", "0" * 64, page_count=2, pages=[Page(1, WIDTH, HEIGHT, "ocr", page(*first)),
                                                                      Page(2, WIDTH, HEIGHT, "ocr", page(*second))]))
    header = next(l for l in text.lines if l.compact == "姓名")
    assert name_column(text, header) == ["戴志", "诸葛益艳", "刘睿云", "上官伟磊", "邹英"]


def test_a_national_topics_core_members_are_its_members():
    doc = read(Title("课题验收结论书"), *[[(label, 180), (value, 560)] for label, value in (
        ("课题名称", "露天矿卡车能效优化关键技术研发"), ("课题负责人", "司马芳帆"),
        ("课题骨干", "卢涛　潘家　许鑫柏　欧阳宏毅"), ("验收时间", "2019年11月"), ("验收结论", "通过"))],
        "专家组认为，课题完成了任务书规定的研究内容和考核指标，同意通过验收。", name="潘家")
    assert doc.doc_type == "project_acceptance"
    assert doc.fields["members"] == ["卢涛", "潘家", "许鑫柏", "欧阳宏毅"]
    assert doc.fields["leader"] == "司马芳帆" and doc.fields["passed"] is True


def test_a_title_booklets_signature_place_is_no_holder_and_its_spelled_name_is():
    """持证人签名： (where the holder signs) before 姓 | 名： | 余永鹏, the colon's box drawn over
    the name's: the holder is the name, never 签名."""
    from extractor.model import Line
    from extractor.text import DocText
    from extractor.doctypes import doctype

    lines = [Line("专业技术资格", (815, 113, 1000, 152)), Line("持证人签名:", (248, 127, 400, 158)),
             Line("资格名称:", (659, 181, 770, 208)), Line("高级工程师", (783, 185, 930, 214)),
             Line("取得资格时间: 2024年6月", (655, 270, 1000, 306)),
             Line("姓", (96, 298, 123, 323)), Line("名:", (142, 302, 181, 324)), Line("余永鹏", (167, 300, 260, 331)),
             Line("评审组织:", (654, 315, 770, 346)), Line("江西省工程技术系列高级专业技术资格评审委员会", (781, 323, 1190, 356)),
             Line("发证日期:2024年10月2日", (85, 709, 400, 737))]
    text = DocText(ReadResult("t.png", "0" * 64, page_count=1, pages=[Page(1, 1207, 881, "ocr", lines)]))
    assert doctype("title_certificate").extract(text).values["holder"] == "余永鹏"


def test_a_graduate_diplomas_level_cut_by_the_wrap_is_read():
    doc = read(Title("研究生毕业证书"), "研究生陈凯一，性别男，1989年9月11日生，于2014年9月至",
               "2018年7月在本校材料成型及控制工程专业学习，学制四年，修完博",
               "士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，", "准予毕业。",
               ("祁连理工大学", 800), ("2018年7月25日", 800))
    assert doc.doc_type == "degree_certificate"
    assert (doc.fields["holder"], doc.fields["education"]) == ("陈凯一", "doctorate")


def test_a_conditional_pass_is_not_counted_and_says_so():
    doc = read(Title("项目验收结论书"), "项目名称：鹿城玉米深加工线数字化车间建设项目", "项目负责人：魏川红",
               "经审定，该项目基本完成了合同规定的任务，个别考核指标的测试数据不完整，验收结论为基本通过。",
               "请项目承担单位于2010年4月9日前补充测试并完成整改。",
               ("长治市科学技术局", 900), ("〇一〇年二月八日", 900))  # a seal over the year's 二
    assert doc.doc_type == "project_acceptance"
    assert "passed" not in doc.fields
    assert [i["code"] for i in doc.issues] == ["acceptance_unclear"]
    assert doc.fields["acceptance_date"] == "2010-02-08"  # the signature's, not the deadline


def test_the_papers_title_is_never_the_paper_befores_reference():
    """A paper beginning mid-page, under the paper before's 参考文献 and its entries, its own
    title lost under a watermark: no title rather than a reference or the authors' units."""
    from tests.typed_certificates import fields_of

    fields = fields_of("journal_paper", ("第23卷第2期  长白工业技术  2015年6月", 500), "参考文献：",
               "[1]蔡晓.寒区油气集输装置精准控制试验研究[J].陇原机械工程,2001(2):19-24.",
               "[2]慕容萍,韩军.稀土冶炼炉远程运维系统设计与实现[J].椰城智能制造,2010(3):5-9.",
               "文章编号：2782-3113(2015)02-0099-04", ("马欣　东方博超　唐岚洁", 600),
               ("（1.哈尔滨琼海数智科技有限公司；2.松嫩工业大学）", 450),
               "摘  要：针对寒区设备低温启动困难的问题，提出了预警阈值的自适应整定方法。",
               "关键词：铝电解槽；远程运维")
    assert "title" not in fields


def test_a_covers_chief_and_deputy_editors_extend_the_cips_chief_editor():
    """The cover: 主编 高敏倩, 副主编 韩刚平 令狐倩桂; the CIP names the 主编 alone, and OCR
    read her name a letter off (高敏情): the cover's three, in its order."""
    cover = (Title("寒区稀土冶炼炉运行与维护"), ("主 编 高敏倩", 780), ("副主编 韩刚平 令狐倩桂", 720),
             ("汾河技术出版社", 800))
    imprint = ("图书在版编目(CIP)数据", "寒区稀土冶炼炉运行与维护/高敏情主编.—太原:汾河技术出版社,2013.10",
               "ISBN 978-7-5377-9684-2", "中国版本图书馆CIP数据核字(2013)第256591号", "字    数 231千字")
    (span, doc_type, fields), = _split(cover, imprint)
    assert doc_type == "book"
    assert fields["authors"] == ["高敏倩", "韩刚平", "令狐倩桂"]



def test_a_signatory_under_pizhun_is_no_reports_title():
    """A feasibility study's signature page as OCR boxed it: its title, then 批准： beside
    欧阳霞静 in a box taller than the title's, 审定, 审核, 编制 …: read alone, a name is never
    its title, so the page stays with its cover (found by shuffling tuned files into 合订本)."""
    from extractor.doctypes import doctype
    from extractor.model import Line
    from extractor.text import DocText

    boxes = [((351, 325, 1303, 371), "巴渝云AGV小车数字化车间建设项目可行性研究报告"), ((340, 674, 493, 723), "批 准:"),
             ((561, 672, 728, 723), "欧阳霞静"), ((337, 816, 655, 875), "审 定: 范旭"), ((337, 966, 655, 1027), "审 核: 许浩"),
             ((340, 1272, 497, 1321), "编 制:"), ((557, 1271, 687, 1320), "武成良"), ((1003, 1270, 1130, 1320), "司马蓉"),
             ((559, 1369, 653, 1425), "范军")]
    lines = [Line(t, tuple(float(v) for v in b)) for b, t in boxes]
    result = ReadResult("t.pdf", "0" * 64, page_count=1, pages=[Page(1, 1654, 2339, "ocr", lines)])
    assert doctype("technical_report").extract(DocText(result)).values.get("title") != "欧阳霞静"


def test_an_offices_notice_printed_no_bigger_than_its_text_is_its_own_after_a_letter():
    """A letter, then an office's 关于召开…会议的通知 whose title is centred but printed at the
    text's size: the notice is no page of the letter (found by shuffling tuned files into 合订本)."""
    letter = (Title("推 荐 信"), "尊敬的评审专家：", "兹推荐松原黑土测控有限公司诸葛晓东同志申报高级工程师资格。",
              "该同志长期从事测控技术工作，业绩突出，特此推荐。", ("推荐人：欧阳丽", 900), ("职称：正高级工程师", 900))
    notice = (("江西省工业和信息化厅办公室", 560), ("关于召开2023年度工程技术职称评审工作会议的通知", 362),
              "各市（州）工业和信息化主管部门，有关企业：", "为做好2023年度工程技术职称评审工作，经研究，定于近期召开工作会议。",
              "一、会议时间：2023年10月9日上午9:00。", "二、会议地点：南昌市科技会堂3楼会议室。",
              ("江西省工业和信息化厅办公室", 900), ("2023年9月20日", 900))
    assert [(span, doc_type) for span, doc_type, _ in _split(letter, notice)] == [
        ((1, 1), "recommendation_letter"), ((2, 2), "unknown")]
