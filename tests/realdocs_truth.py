"""What ../shared/realdocs/SOURCES.md says each real document shows: the golden truth of
tests/test_realdocs.py and benchmarks/bench_extract.py (transcribed fields only)."""

from __future__ import annotations

SHENGSI = ["陕西晟思智能测控有限公司"]

# file → (doc_type, the fields SOURCES.md gives for it).  Low-resolution scans whose
# inventor names SOURCES.md itself marks "low confidence" are checked for number and dates.
TRUTH: dict[str, tuple[str, dict]] = {
    "patent/invention_ZL202111233040.7_shengsi.png": ("patent_certificate", {
        "patent_type": "invention", "patent_number": "ZL202111233040.7", "title": "一种移动式射频电缆自动对接设备",
        "inventors": ["贾隽峰", "赵健朗", "刘钟佳"], "patentees": SHENGSI,
        "application_date": "2021-10-22", "grant_date": "2023-02-24"}),
    "patent/invention_ZL202111206959.7_shengsi.png": ("patent_certificate", {
        "patent_number": "ZL202111206959.7", "title": "一种AGV自主导航控制方法及系统",
        "inventors": ["贾隽峰", "赵健朗", "刘钟佳"], "application_date": "2021-10-18", "grant_date": "2023-07-07"}),
    "patent/invention_ZL202010336550.6_shengsi.png": ("patent_certificate", {
        "patent_number": "ZL202010336550.6", "inventors": ["贾隽峰", "张欢", "郭彦青", "刘钟佳", "赵健朗"],
        "application_date": "2020-04-26", "grant_date": "2023-09-22"}),
    "patent/invention_ZL202210563918.1_shengsi.png": ("patent_certificate", {
        "patent_number": "ZL202210563918.1", "title": "一种电机轴的传动装置", "inventors": ["贾隽峰", "高宏伟", "刘钟佳"],
        "application_date": "2022-05-23", "grant_date": "2022-08-23"}),
    "patent/invention_ZL202410734645.1_shengsi_newlayout.png": ("patent_certificate", {
        "patent_number": "ZL202410734645.1", "patentees": SHENGSI,
        "inventors": ["高宏伟", "段志强", "解家顺", "边煜翔", "贾隽峰", "刘钟佳"],
        "application_date": "2024-06-07", "grant_date": "2024-08-16"}),
    "patent/invention_ZL202410994521.7_shengsi_newlayout.png": ("patent_certificate", {
        "patent_number": "ZL202410994521.7", "inventors": ["贾隽峰", "安豹", "王福杰", "高宏伟", "刘钟佳"],
        "application_date": "2024-07-24", "grant_date": "2024-10-15"}),
    "patent/invention_ZL202510362668.9_shengsi_newlayout.png": ("patent_certificate", {
        "patent_number": "ZL202510362668.9",
        "inventors": ["贾隽峰", "安豹", "王福杰", "何静", "郭彦青", "边煜翔", "张敏捷", "刘钟佳"],
        "application_date": "2025-03-26", "grant_date": "2025-06-10"}),
    "patent/utility_model_ZL202020644601.7_shengsi.png": ("patent_certificate", {
        "patent_type": "utility_model", "patent_number": "ZL202020644601.7", "title": "一种抓取装置",
        "inventors": ["贾隽峰", "张欢", "郭彦青", "刘钟佳", "赵健朗"],
        "application_date": "2020-04-26", "grant_date": "2021-01-15"}),
    "patent/design_ZL201730146844.1_shengsi.png": ("patent_certificate", {
        "patent_type": "design", "patent_number": "ZL201730146844.1", "title": "电子负载装置",
        "inventors": ["张新涛", "刘钟佳", "吴强国", "陈磊"], "application_date": "2017-04-27", "grant_date": "2017-11-17"}),
    "patent/utility_model_T_beam_ZL202221721938.jpg": ("patent_certificate", {
        "patent_type": "utility_model", "patent_number": "ZL202221721938.9", "title": "一种T梁模板的拆装装置",
        "inventors": ["曹文龙", "王雪彦", "章浩天", "朱凝博", "范惠珍", "信奥", "曹世伟", "王威龙", "尹鉴尧", "刘子凡", "丛凯伦"],
        "patentees": ["河北交通职业技术学院"], "application_date": "2022-07-04", "grant_date": "2022-10-14"}),
    "patent/invention_ZL201510058160.6_xmu_lowres.png": ("patent_certificate", {
        "patent_number": "ZL201510058160.6", "patentees": ["厦门大学"], "application_date": "2015-02-04"}),
    "patent/invention_ZL201610842653.3_xmu_lowres.png": ("patent_certificate", {
        "patent_number": "ZL201610842653.3", "patentees": ["厦门大学"], "grant_date": "2019-10-25"}),
    "software_copyright/softcopyright_2025SR1189990_company_hongao.png": ("software_copyright", {
        "registration_number": "2025SR1189990", "holders": ["陕西泓奥科技有限责任公司"], "date": "2025-07-08"}),
    "software_copyright/softcopyright_2025SR2143492_individual.jpg": ("software_copyright", {
        "registration_number": "2025SR2143492", "holders": ["陈凯壮"], "date": "2025-11-04"}),
    "software_copyright/softcopyright_2026SR0049519_4owners_photo.jpg": ("software_copyright", {
        "registration_number": "2026SR0049519", "holders": ["尤赠贺", "李盼达", "王舜", "何秀雯"], "date": "2026-01-08"}),
    "software_copyright/softcopyright_cert_1847615_redacted.png": ("software_copyright", {"date": "2017-06-14"}),
    "book_copyright_page/cip_waiguo_duanpian_2003_isbn10.jpg": ("book", {
        "isbn": "9787020041954", "publisher": "人民文学出版社", "words_wan": 60.2, "date": "2003-07"}),
    "journal_first_page/hangkong_dongli_xuebao_1994_v9n4.pdf": ("journal_paper", {
        "title": "民用航空发动机状态监视和故障诊断系统研究", "journal": "航空动力学报", "date": "1994-10"}),
    "award/award_cicc_2025_IITCHJCICC25001121.jpg": ("award_certificate", {
        "grade": "二等奖", "holders": ["朱妤婧", "陈锦洋", "王欣彤"], "date": "2025-07-31"}),
    "award/award_hebei_internetplus_2023_rotated90.jpg": ("award_certificate", {
        "grade": "铜奖", "level": "provincial", "date": "2023-11",
        "holders": ["辛潮", "高其顺", "王威龙", "闫昳康", "董正豪", "梁梓潇", "吴超"]}),
    "award/award_kepu_hebei_2023.jpg": ("award_certificate", {"grade": "一等奖", "date": "2023-05"}),
    "award/award_huabei_computer_2022.jpg": ("award_certificate", {"grade": "二等奖"}),
    "negative/patent_booklet_cover_utility_model.png": ("unknown", {}),
    "negative/patent_booklet_cover_design.png": ("unknown", {}),
}
