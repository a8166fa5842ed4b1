"""Layouts and wordings the twenty-ninth session found wrong, one test per cause: probe EF's
attack on the twenty-eighth session's rules first (contracts read as signed when they are not)."""

from __future__ import annotations

import pytest

from tests.test_twentyfifth_session import _FONT, _examine, _placed_pdf

_HEAD = [(240, 80, "技术服务合同", 18), (66, 130, "甲方(委托方):重庆长安汽车股份有限公司"), (66, 155, "乙方(受托方):重庆忽米网络科技有限公司"),
         (66, 190, "第二条 合同金额:本合同服务费总额为人民币¥1,280,000.00元(大写:壹佰贰拾捌万元整)。")]


@pytest.mark.parametrize("block", [
    # (each side's unit typed on a line of its own under its 盖章 place, stacked; probe EF r7e)
    [(66, 420, "甲方(盖章):"), (66, 442, "重庆长安汽车股份有限公司"), (66, 464, "法定代表人:"), (66, 486, "日期:2022年5月18日"),
     (66, 540, "乙方(盖章):"), (66, 562, "重庆忽米网络科技有限公司"), (66, 584, "法定代表人:"), (66, 606, "日期:2022年5月18日")],
    # (the same, side by side; probe EF r7i)
    [(66, 420, "甲方(盖章):"), (330, 420, "乙方(盖章):"), (66, 442, "重庆长安汽车股份有限公司"), (330, 442, "重庆忽米网络科技有限公司"),
     (66, 464, "法定代表人:"), (330, 464, "法定代表人:"), (66, 486, "日期:2022年5月18日"), (330, 486, "日期:2022年5月18日")],
    # (no 盖章 words at all: the sides named again after the last clause, and a day; probe EF r7f)
    [(66, 420, "甲方:重庆长安汽车股份有限公司"), (66, 442, "乙方:重庆忽米网络科技有限公司"), (66, 464, "签订日期:2022年5月18日")],
], ids=["stacked", "side_by_side", "no_seal_words"])
def test_a_typed_contract_whose_sides_only_name_their_units_is_unsigned(tmp_path, block):
    """A unit's name typed under (or as) a side's signing place is no seal: with nothing drawn,
    the contract is unsigned and its sum no sale (each was counted as revenue)."""
    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [_HEAD + block]), tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 128.0
    assert doc.fields.get("realised") is False
    assert "revenue_not_realised" in [i["code"] for i in doc.issues]


def test_a_typed_contract_signed_by_name_stays_signed(tmp_path):
    """The control: a person's name typed to sign each side is taken as signed, as before."""
    block = [(66, 420, "甲方(盖章):"), (66, 442, "重庆长安汽车股份有限公司"), (66, 464, "法定代表人:张文华"), (66, 486, "日期:2022年5月18日"),
             (66, 540, "乙方(盖章):"), (66, 562, "重庆忽米网络科技有限公司"), (66, 584, "法定代表人:李明"), (66, 606, "日期:2022年5月18日")]
    doc = _examine(_placed_pdf(tmp_path / "c.pdf", [_HEAD + block]), tmp_path)
    assert doc.fields.get("realised") is not False


_SIDE = [(302, 530, "甲方(盖章):"), (771, 530, "乙方(盖章):"), (323, 577, "代表签字:"), (793, 577, "代表签字:"),
         (295, 626, "2025年3月6日"), (766, 626, "2025年3月6日")]
_STACK = [(151, 530, "甲方(盖章):"), (151, 577, "法定代表人:"), (151, 626, "日期:2025年3月6日"),
          (151, 830, "乙方(盖章):"), (151, 877, "法定代表人:"), (151, 926, "日期:2025年3月6日")]


def _scanned_contract(path, block, seals, colour):
    from PIL import Image, ImageDraw, ImageFont

    if not _FONT.exists():
        pytest.skip(f"CJK font {_FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    font = ImageFont.truetype(str(_FONT), 30)
    im = Image.new("RGB", (1191, 1684), "white")
    draw = ImageDraw.Draw(im)
    for x, y, words in [(435, 170, "工业机器人采购合同"), (151, 235, "甲方(需方):重庆瑞能汽车零部件有限公司"),
                        (151, 286, "乙方(供方):重庆两江机器人融合创新中心有限公司"),
                        (171, 375, "二、合同总价款:¥2,180,000.00元(大写:人民币贰佰壹拾捌万元整)。")] + block:
        draw.text((x, y), words, fill="black", font=font)
    for cx, cy in seals:
        draw.ellipse((cx - 100, cy - 100, cx + 100, cy + 100), outline=colour, width=6)
        draw.regular_polygon((cx, cy, 30), 5, fill=colour)
    im.save(path)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("colour", [(220, 60, 60), (90, 90, 90)], ids=["red", "grey"])
@pytest.mark.parametrize("block, seals, signed", [
    (_SIDE, [(330, 800), (855, 800)], True),
    (_SIDE, [(855, 760)], False),  # (乙 alone sealed under its date, beside 甲's blank column; probe EF r7a, r7l)
    (_SIDE, [(330, 760)], False),
    (_STACK, [(300, 560), (300, 860)], True),
    (_STACK, [(300, 860)], False),  # (乙's seal over its place, its closing bracket unread: 乙方(盖章)
    (_STACK, [(300, 770)], False),  # (乙's seal between the blocks, nearer its own place; probe EF r7h)
    (_STACK, [(300, 700)], False),  # (甲's under its date: 乙 has none)
], ids=["side-both", "side-yi", "side-jia", "stack-both", "stack-yi-over", "stack-yi-between", "stack-jia-below"])
def test_a_scanned_contracts_seal_signs_only_its_own_side(tmp_path, colour, block, seals, signed):
    """A seal signs the side whose band holds its centre: its own column when the sides stand
    side by side, halfway to the other side when they are stacked.  One side sealed is not a
    contract made (each one-seal page had been counted as a sale)."""
    doc = _examine(_scanned_contract(tmp_path / "c.png", block, seals, colour), tmp_path)
    assert doc.doc_type == "revenue_proof" and doc.fields["amount_wan"] == 218.0
    assert (doc.fields.get("realised") is not False) is signed


def test_a_reports_page_opening_on_its_contract_section_stays_in_the_report(tmp_path):
    """A report's second page headed 二、合同执行情况, its sentences telling of the contract, its
    sum and its sides: the report's page (probe EF r6e: split off and typed a contract)."""
    from tests.test_twentyfifth_session import _documents

    first = [(150, 90, "离散制造车间数字化改造项目技术总结报告", 16), (220, 130, "重庆智造科技有限公司"), (220, 150, "编写人:张志强 李文华"),
             (66, 200, "一、项目概述"), (66, 225, "本项目针对离散制造车间的设备联网与数据采集需求，建设车间级工业互联网平台。"),
             (66, 250, "项目于2022年3月启动，2023年6月完成全部建设内容，形成设备接入、生产执行与质量追溯三个子系统。")]
    second = [(66, 80, "二、合同执行情况"), (66, 105, "本项目依据与重庆长安汽车股份有限公司签订的技术开发合同实施，合同金额为人民币350万元，"),
              (66, 130, "甲方已按合同约定支付全部款项，乙方按期交付全部成果。"), (66, 170, "三、技术指标完成情况"),
              (66, 195, "设备联网率达到98%，数据采集周期不大于1秒，质量追溯覆盖全部关键工序。"), (66, 220, "四、结论"),
              (66, 245, "项目全面完成了合同规定的各项技术指标，达到预期目标。")]
    docs = _documents(_placed_pdf(tmp_path / "r.pdf", [first, second]), tmp_path)
    assert [d.doc_type for d in docs] == ["technical_report"]
    assert docs[0].fields["authors"] == ["张志强", "李文华"]
