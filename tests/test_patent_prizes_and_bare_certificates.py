"""Probe O's certificates and orders, typed again in other names: a 中国专利优秀奖 certificate
printing the patent's number, name and inventors (a prize, not the patent); a certificate
titled 证 书 alone that speaks to its holder (…（第三完成人）：你（们）完成的…成果，被评为…三等奖);
a bilingual order (Seller 卖方：…, TOTAL 合计（含税） RMB …)."""

from __future__ import annotations

from tests.typed_certificates import LEFT, Title, read


def test_a_patent_prize_is_an_award_for_the_patent_its_inventors_ranked():
    doc = read(Title("中国专利优秀奖"), Title("证　书"), "专利号：ZL202110234567.8", "专利名称：一种压铸模具温度场在线调控方法",
               "发明人：庞涛、杭慧敏、谢立新", "专利权人：重庆渝江压铸有限公司", "该专利荣获第二十五届中国专利奖优秀奖。",
               ("国家知识产权局", LEFT + 800), ("2024年7月", LEFT + 820), name="杭慧敏")
    assert doc.doc_type == "award_certificate"
    assert doc.fields.get("grade") == "优秀奖" and doc.fields.get("project_title") == "一种压铸模具温度场在线调控方法"
    assert doc.fields.get("applicant_rank") == 2


def test_a_bare_certificate_speaking_to_its_third_completer_is_an_award():
    doc = read(Title("证　书"), "杭慧敏（第三完成人）：",
               "你（们）完成的“压铸岛能耗在线监测与优化”成果，被评为2023年度重庆市职工优秀技术创新成果三等奖。",
               ("重庆市总工会", LEFT + 800), ("2023年11月2日", LEFT + 800), name="杭慧敏")
    assert doc.doc_type == "award_certificate"
    assert doc.fields.get("award_name") == "重庆市职工优秀技术创新成果" and doc.fields.get("grade") == "三等奖"
    assert doc.fields.get("rank") == 3 and str(doc.fields.get("date")) == "2023-11-02"


def test_a_bilingual_order_reads_its_sides_date_and_total():
    doc = read(Title("销售订单确认书 SALES ORDER CONFIRMATION"), "Seller 卖方：重庆渝江压铸有限公司",
               "Buyer 买方：重庆长鑫汽车部件制造有限公司", "Date 日期：2023.10.09", "No. 编号：SO-23100901",
               "1 压铸岛数字孪生系统 1 set 980,000.00", "TOTAL 合计（含税） RMB 1,080,000.00")
    assert doc.doc_type == "revenue_proof"
    assert doc.fields.get("amount_wan") == 108.0 and str(doc.fields.get("date")) == "2023-10-09"
    assert doc.fields.get("parties") == ["重庆渝江压铸有限公司", "重庆长鑫汽车部件制造有限公司"]
