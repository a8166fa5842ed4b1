"""An acceptance opinion that names its team as it tells who came to the meeting, and a
contract whose sum stands only in its payment schedule's 合计 row while a clause speaks of
the invoices to be issued (twentieth set, typed again in other names)."""

from __future__ import annotations

from tests.typed_certificates import LEFT, Title, fields_of, read

OPINION = (Title("项目验收意见"), "（数控折弯机远程运维平台建设项目）",
           "2022年9月14日，重庆市经济和信息化委员会在重庆组织召开了“数控折弯机远程运维平台建设项目”验收会。",
           "验收专家组由钱立新（组长）、欧阳华、冷冰、宇文静组成。项目承担单位为重庆宏钢数控机床有限公司，项目负",
           "责人令狐远航，项目组主要成员陶然、上官雪、宁静、皇甫志、毛毅参加了会议。专家组听取了汇报，经质询和讨论，",
           "形成验收意见如下：", "验收结论：同意通过验收。", ("重庆市经济和信息化委员会", LEFT + 700),
           ("2022年9月14日", LEFT + 760))


def test_the_team_an_opinion_names_as_it_tells_who_came():
    document = read(*OPINION, name="上官雪")
    assert document.doc_type == "project_acceptance"
    assert document.fields.get("leader") == "令狐远航"
    assert document.fields.get("members") == ["陶然", "上官雪", "宁静", "皇甫志", "毛毅"]


def test_the_expert_group_is_no_team():
    rows = [r for r in OPINION if "项目组主要成员" not in r] + ["责人令狐远航。"]
    members = read(*rows).fields.get("members") or []
    assert "钱立新" not in members and "欧阳华" not in members


SCHEDULE = (Title("技术开发（委托）合同"), "甲方（委托方）：重庆渝江压铸有限公司", "乙方（受托方）：重庆理工大学",
            "第三条 合同价款及支付方式详见下表（含税）：", "期次 付款节点 比例 金额（元）",
            "第一期 合同签订后十五日内 30% 126,000.00", "第二期 样机验收后 70% 294,000.00",
            "合 计 人民币（大写）肆拾贰万元整 100% 420,000.00",
            "第四条 乙方应在每次付款前向甲方开具等额增值税专用发票。", "签订日期：2019年3月5日")


def test_a_contracts_total_in_its_payment_schedule_though_a_clause_speaks_of_invoices():
    assert fields_of("revenue_proof", *SCHEDULE)["amount_wan"] == 42.0


def test_an_invoices_plain_合计_row_is_still_not_its_total():
    fields = fields_of("revenue_proof", Title("增值税专用发票"), "发票代码 5000191130 发票号码 01234567",
                       "开票日期：2019年03月05日", "购买方 名称：重庆渝江压铸有限公司", "货物名称 数量 单价 金额 税率 税额",
                       "伺服压铸单元 1 371681.42 371681.42 13% 48318.58", "合 计 ¥371681.42 ¥48318.58",
                       "价税合计（大写）肆拾贰万元整 （小写）¥420000.00", "销售方 名称：重庆宏钢数控机床有限公司")
    assert fields["amount_wan"] == 42.0


def test_a_team_told_with_等_is_not_all_of_it():
    rows = [r.replace("毛毅参加了会议", "毛毅等10人参加了会议") if isinstance(r, str) else r for r in OPINION]
    assert read(*rows).fields.get("members") is None


LETTER = (Title("推荐信"), "重庆市工程技术系列职称评审委员会：", "本人与司马云同志共事六年，对其专业水平较为了解。",
          "本人推荐司马云同志申报高级工程师任职资格。", ("推荐人：冉东", LEFT + 700), ("2024年10月15日", LEFT + 700),
          "推荐人职称证书复印件", ("专业技术资格证书", LEFT + 300))


def test_a_recommenders_title_from_the_copy_of_his_own_certificate_under_his_letter():
    fields = fields_of("recommendation_letter", *LETTER, "名：冉东", "资塔称：教授级高级工程师", "取得时间：2009年9月24日")
    assert (fields.get("recommender"), fields.get("recommender_title")) == ("冉东", "professorate_senior_engineer")


def test_a_certificate_copy_of_someone_else_tells_nothing_of_the_recommender():
    fields = fields_of("recommendation_letter", *LETTER, "姓名：司马云", "资格名称：工程师", "取得时间：2015年9月24日")
    assert fields.get("recommender") == "冉东" and fields.get("recommender_title") is None
