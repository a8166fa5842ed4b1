"""``zhicheng extract`` as other programs drive it (CONTRACT §1, §5)."""

from __future__ import annotations

import pytest

import json

from .conftest import run_cli
from .test_reading import make_pdf


@pytest.mark.slow
def test_extract_json_is_a_list_of_schema_valid_documents(tmp_path, schema_validator):
    good = make_pdf(tmp_path / "std.pdf", [
        "ICS 25.040\n中华人民共和国机械行业标准\nJB/T 12345—2021\n工业机器人 数据采集接口规范\n"
        "2021-03-05 发布    2021-07-01 实施\n中华人民共和国工业和信息化部 发布",
        "前言\n本文件起草单位：重庆某某智能科技有限公司。\n本文件主要起草人：张三、李四、王小明。"])
    broken = tmp_path / "broken.pdf"
    broken.write_text("not a pdf", encoding="utf-8")
    result = run_cli("extract", str(good), str(broken), "--format", "json", "--name", "李四",
                     "--no-cache")
    assert result.returncode == 1, result.stderr  # a file could not be read: every file still reported
    documents = json.loads(result.stdout)
    for document in documents:
        schema_validator(document, "document")
    standard, unreadable = documents
    assert standard["doc_type"] == "standard" and standard["text_source"] == "text_layer"
    assert standard["fields"]["standard_number"] == "JB/T 12345-2021"
    assert standard["fields"]["level"] == "industry"
    assert standard["fields"]["drafters"] == ["张三", "李四", "王小明"]
    assert standard["fields"]["applicant_rank"] == 2
    assert standard["fields"]["publish_date"] == "2021-03-05"
    assert standard["fields"]["implementation_date"] == "2021-07-01"
    assert unreadable["doc_type"] == "unknown" and unreadable["text_source"] == "none"
    assert [i["code"] for i in unreadable["issues"]] == ["unreadable_file"]
    alone = run_cli("extract", str(good), "--format", "json", "--no-cache")
    assert alone.returncode == 0, alone.stderr


@pytest.mark.slow
def test_extract_jsonl_prints_one_document_per_line(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["计算机软件著作权登记证书\n软件名称：数据采集平台 V1.0\n著作权人：张三\n"
                                        "登记号：2023SR0123456\n2023年05月06日"])
    result = run_cli("extract", str(pdf), str(pdf), "--format", "jsonl", "--no-cache")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["doc_type"] == "software_copyright"
    assert first["fields"]["registration_number"] == "2023SR0123456"
    assert first["fields"]["date"] == "2023-05-06"


@pytest.mark.slow
def test_name_not_in_the_list_is_an_issue(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["计算机软件著作权登记证书\n软件名称：数据采集平台 V1.0\n著作权人：张三；李四\n"
                                        "登记号：2023SR0123456\n2023年05月06日"])
    document = json.loads(run_cli("extract", str(pdf), "--format", "json", "--name", "王五", "--no-cache").stdout)[0]
    assert document["fields"]["applicant_rank"] is None
    assert "name_not_found" in {i["code"] for i in document["issues"]}


def test_missing_file_is_bad_usage(tmp_path):
    result = run_cli("extract", str(tmp_path / "nope.pdf"))
    assert result.returncode == 2 and "nope.pdf" in result.stderr


@pytest.mark.slow
def test_table_output_names_type_fields_and_issues(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["计算机软件著作权登记证书\n软件名称：数据采集平台 V1.0\n著作权人：张三\n"
                                        "登记号：2023SR0123456\n2023年05月06日"])
    result = run_cli("extract", str(pdf), "--no-cache")
    assert "软件著作权登记证书" in result.stdout and "2023SR0123456" in result.stdout
