"""Verdicts and layouts the twentieth session's probes found wrong, one test per cause."""

from __future__ import annotations


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
