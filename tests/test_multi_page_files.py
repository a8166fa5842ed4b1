"""Files of one document over several pages, and of a document with a page of another kind
after it, as applicants scan them: each page typed (``tests.typed_certificates.page``), the
file split as ``check`` splits a 合订本 (``zhicheng.binder.split``).  A booklet's cover and
inner page, a degree's English page, a contract's signature page, an acceptance's committee
list, a report's staff page, an audit report's statement and a notice's announced 附件
belong to their document; so does a fee receipt bound after a patent certificate (it shows
the patent kept in force; two outside sets' typists bound it so), and it is no revenue."""

from __future__ import annotations

import pytest

from extractor.model import Page, ReadResult
from tests.typed_certificates import HEIGHT, LEFT, WIDTH, Title, cells, page
from zhicheng import binder
from zhicheng.documents import document_from

R = 1000


def _para(text: str) -> list[str]:
    return [text[i:i + 34] for i in range(0, len(text), 34)]


FILES = {
    "award-booklet-cover-then-inner": ([
        [Title("荣 誉 证 书"), ("重庆市人民政府", 660)],
        ["为表彰在促进科学技术进步工作中做出重大贡献者，特颁发此证书。", "项目名称：汽车焊装线智能化改造关键技术",
         "奖励等级：二等奖", "获 奖 者：张明远", "证书号：2021-J-2-15-R03", ("二〇二二年三月", R)],
    ], [((1, 2), "award_certificate")]),
    "title-booklet-cover-inner-notes": ([
        [Title("专业技术职务"), Title("任职资格证书"), ("重庆市人力资源和社会保障局制", 560)],
        [*cells(("姓名", "张明远"), ("工作单位", "重庆云擎电子科技有限公司"), ("资格名称", "高级工程师"),
                ("评审通过时间", "2019年12月20日"), ("批准文号", "渝人社职改〔2019〕88号"))],
        [Title("注 意 事 项"), *_para("一、本证书是持证人具备相应专业技术职务任职资格的凭证，应妥善保管。二、本证书不得"
                                      "涂改、转借，涂改、转借无效。三、本证书遗失的，由持证人向发证机关申请补发。")],
    ], [((1, 3), "title_certificate")]),
    "degree-chinese-then-english": ([
        [Title("学 士 学 位 证 书"), *_para("张明远，男，1988年5月生。在重庆大学机械工程专业完成了本科学习计划，业已毕业，"
                                         "经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。"),
         ("重庆大学", R), ("2010年6月30日", R), "证书编号：1061142010001234"],
        [Title("BACHELOR'S DEGREE CERTIFICATE"), "This is to certify that Zhang Mingyuan, male, born in May 1988,",
         "has completed the undergraduate program in Mechanical Engineering",
         "at Chongqing University and is awarded the degree of Bachelor of Engineering.", ("June 30, 2010", R)],
    ], [((1, 2), "degree_certificate")]),
    "contract-signatures-on-second-page": ([
        [Title("技术开发合同"), "委托方（甲方）：重庆长安汽车股份有限公司", "受托方（乙方）：重庆鼎力自动化设备有限公司",
         *_para("第一条 乙方为甲方开发焊装线视觉检测系统，合同总价款为人民币壹佰贰拾万元整（¥1,200,000.00）。"
                "第二条 开发周期为六个月。第三条 甲方分三期支付价款。")],
        [*_para("第七条 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。"),
         [("甲方（盖章）：重庆长安汽车股份有限公司", LEFT)], [("乙方（盖章）：重庆鼎力自动化设备有限公司", LEFT)],
         [("签订日期：2021年5月10日", LEFT)]],
    ], [((1, 2), "revenue_proof")]),
    "acceptance-cover-form-committee": ([
        [Title("科技项目验收证书"), ("渝科验字〔2022〕第118号", 640), "项目名称：工业互联网平台在压铸行业的应用示范",
         "承担单位：重庆鼎力自动化设备有限公司", ("重庆市科学技术局", 700), ("二〇二二年九月", 700)],
        [*cells(("项目名称", "工业互联网平台在压铸行业的应用示范"), ("项目负责人", "张明远"), ("验收时间", "2022年9月15日")),
         "验收结论：", *_para("经验收委员会审议，该项目完成了合同规定的各项任务，同意通过验收。")],
        [Title("验收委员会名单"), [("序号", LEFT), ("姓名", 300), ("单位", 500), ("职称", 1100)],
         [("1", LEFT), ("李国强", 300), ("重庆大学", 500), ("教授", 1100)],
         [("2", LEFT), ("王海", 300), ("重庆理工大学", 500), ("教授", 1100)]],
    ], [((1, 3), "project_acceptance")]),
    "report-cover-then-staff-page": ([
        [Title("压铸机数字化生产线改造项目"), Title("技术总结报告"), ("重庆鼎力自动化设备有限公司", 560), ("2022年8月", 700)],
        [Title("编 制 人 员"), "项目负责人：张明远", "编写人员：李国强、王海、赵丽、陈晨", "审核：周建", "批准：吴刚"],
    ], [((1, 2), "technical_report")]),
    "audit-report-then-income-statement": ([
        [Title("审 计 报 告"), ("渝信达审字〔2022〕第0376号", 1000), "重庆鼎力自动化设备有限公司全体股东：",
         *_para("我们审计了重庆鼎力自动化设备有限公司2021年度财务报表，包括2021年12月31日的资产负债表、2021年度的利润表。"
                "我们认为，后附的财务报表在所有重大方面公允反映了公司的经营成果。"),
         [("重庆信达会计师事务所有限公司", LEFT), ("中国注册会计师：柴晓梅", 960)], ("2022年4月15日", R)],
        [Title("利 润 表"), [("编制单位：重庆鼎力自动化设备有限公司", LEFT), ("2021年度", 900), ("单位：元", 1250)],
         [("项目", LEFT), ("本期金额", 900), ("上期金额", 1200)],
         [("一、营业收入", LEFT), ("123,456,700.00", 900), ("98,765,400.00", 1200)],
         [("减：营业成本", LEFT), ("98,000,000.00", 900), ("80,000,000.00", 1200)]],
    ], [((1, 2), "revenue_proof")]),
    "recognition-notice-then-announced-annex": ([
        [Title("重庆市经济和信息化委员会"), ("渝经信发〔2021〕45号", 640), ("关于公布2021年度重庆市数字化车间名单的通知", 300),
         "各区县（自治县）经济信息委：",
         *_para("经企业申报、区县推荐、专家评审和网上公示，认定重庆鼎力自动化设备有限公司焊装车间等50个车间为2021年度"
                "重庆市数字化车间，现予公布。"),
         "附件：2021年度重庆市数字化车间名单", ("重庆市经济和信息化委员会", 800), ("2021年11月5日", R)],
        ["附件", Title("2021年度重庆市数字化车间名单"), [("序号", LEFT), ("企业名称", 300), ("车间名称", 900)],
         [("1", LEFT), ("重庆鼎力自动化设备有限公司", 300), ("焊装车间", 900)]],
    ], [((1, 2), "official_recognition")]),
    "e-title-certificate-then-verification-note": ([
        [Title("职称电子证书"), *cells(("姓名", "张明远"), ("证书编号", "CQ2021GJ00123"), ("职称名称", "高级工程师"),
                                      ("取得时间", "2021年12月20日"), ("发证机关", "重庆市人力资源和社会保障局"))],
        [Title("证书查验说明"), *_para("本电子证书与纸质证书具有同等效力。用人单位可登录重庆市人力资源和社会保障局网站"
                                      "“职称证书查询”栏目，输入证书编号和姓名查验证书真伪。")],
    ], [((1, 2), "title_certificate")]),
    "standard-cover-foreword-scope-annex": ([
        [("ICS 25.040", LEFT), Title("DB50/T"), Title("重庆市地方标准"), ("DB50/T 1234—2022", 1000),
         Title("工业互联网标识解析 二级节点 建设规范"), [("2022-03-01 发布", LEFT), ("2022-06-01 实施", 1000)],
         ("重庆市市场监督管理局  发布", 560)],
        [Title("前  言"), *_para("本文件按照GB/T 1.1—2020的规定起草。本文件由重庆市经济和信息化委员会提出并归口。"),
         "本文件起草单位：重庆鼎力自动化设备有限公司、重庆大学。", "本文件主要起草人：张明远、李国强、王海、赵丽。"],
        [Title("工业互联网标识解析 二级节点 建设规范"), "1 范围",
         *_para("本文件规定了工业互联网标识解析二级节点的总体架构、功能要求、性能要求和安全要求。")],
        [Title("附  录  A"), ("（资料性）", 700), Title("二级节点接入申请表"), [("企业名称", LEFT), ("", 500)]],
    ], [((1, 4), "standard")]),
    "report-cover-contents-chapter-staff": ([
        [Title("重庆鼎力自动化设备有限公司"), Title("焊装车间智能化改造项目"), Title("可行性研究报告"),
         ("重庆中咨工程咨询有限公司", 560), ("二〇二一年三月", 700)],
        [Title("目  录"), "第一章 项目概况 ……… 1", "第二章 建设必要性 ……… 5", "第三章 建设方案 ……… 9"],
        [Title("第一章 项目概况"), "1.1 项目名称", "焊装车间智能化改造项目", "1.2 建设单位", "重庆鼎力自动化设备有限公司",
         *_para("新建机器人焊装工作站12套，建设车间制造执行系统和设备联网平台，总投资3500万元。")],
        [Title("编制人员名单"), "项目负责人：张明远", "编制人员：李国强、王海、赵丽、陈晨", "审核：周建", "审定：吴刚"],
    ], [((1, 4), "technical_report")]),
    "contract-with-specification-annex": ([
        [Title("设备采购合同"), "甲方（买方）：重庆长安汽车股份有限公司", "乙方（卖方）：重庆鼎力自动化设备有限公司",
         *_para("甲乙双方就焊装线机器人工作站采购事宜，签订本合同。合同总价：人民币叁佰伍拾万元整（¥3,500,000.00）。"),
         [("甲方（盖章）", LEFT), ("乙方（盖章）", 900)], [("签订日期：2021年5月10日", LEFT)]],
        ["附件1", Title("设备技术规格及配置清单"), [("序号", LEFT), ("设备名称", 300), ("规格型号", 700), ("数量", 1000)],
         [("1", LEFT), ("焊接机器人", 300), ("IRB 6700", 700), ("12", 1000)]],
    ], [((1, 2), "revenue_proof")]),
    "patent-certificate-then-fee-receipt": ([
        [("证书号第5848757号", LEFT), Title("发明专利证书"), "发明名称：一种焊装线视觉检测方法",
         "发 明 人：张明远;李国强", "专 利 号：ZL 2020 1 0123456.7", "专利申请日：2020年03月09日",
         "专利权人：重庆鼎力自动化设备有限公司", "授权公告日：2021年05月07日"],
        [Title("专利收费电子票据"), "交款人：重庆鼎力自动化设备有限公司", "项目名称：发明专利第3年年费",
         "金额（小写）：900.00", "收款单位：国家知识产权局", "开票日期：2022年03月01日"],
    ], [((1, 2), "patent_certificate")]),
}


# Eighty more, typed by helpers who never read the reader (tests/multi_page_more.py, and
# tests/multi_page_third.py as OCR gives pages: fax headers, 曰 for 日, headings cut off).
from tests.multi_page_more import FILES as _MORE  # noqa: E402
from tests.multi_page_third import FILES as _THIRD  # noqa: E402

MORE_FILES = {**_MORE, **_THIRD}
assert len(MORE_FILES) == len(_MORE) + len(_THIRD), "a name typed twice"

# Where this reader answers differently from the typist, on purpose: name → (its answer, why).
POLICY = {
    "bundle-sales-contract-invoice-blank-numbered-page": (
        [((1, 2), "revenue_proof"), ((3, 4), "revenue_proof")],
        "只有页码的空白页与完全空白的页一样，并入前一份材料，不单列为一份“无法识别”的材料"),
    "inspection-report-cover-notes-conclusion-landscape-data": (
        [((1, 4), "unknown")],
        "第三方检验机构的检验报告不是申报人编写的技术报告，不归入技术报告（录入者本人也拿不准）"),
}


@pytest.mark.parametrize("name", sorted(FILES) + sorted(MORE_FILES))
def test_a_file_splits_into_the_documents_it_holds(name):
    pages, want = FILES[name] if name in FILES else MORE_FILES[name]
    want = POLICY[name][0] if name in POLICY else want
    read = [Page(i + 1, WIDTH, HEIGHT, "ocr", page(*rows)) for i, rows in enumerate(pages)]
    result = ReadResult("bundle/scan.pdf", "0" * 64, pages=read, page_count=len(read))
    documents = binder.split(result, lambda pages: document_from(result, None, pages))
    got = [(d.page_range or (1, len(read)), d.doc_type) for d in documents]
    assert got == want
