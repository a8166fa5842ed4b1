"""Inputs the tenth session's outside probe (AF) found mishandled: a PDF that inflates to
gigabytes, a report written over the bundle it judges, text on a page nobody sees, a path
past the system's length, a 16-bit scan, a filled form, zips from Chinese tools that set
the UTF-8 flag over GBK names or come in volumes, a lone surrogate in JSON."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest

from extractor import ReadOptions, read_file
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
NO_OCR = ReadOptions(use_cache=False, max_ocr_pages=0)
BUNDLE = ROOT / "fixtures" / "bundles" / "audit_issues"


def _pdf_with_content(content: bytes) -> bytes:
    """A one-page PDF whose page content is ``content``, Flate-compressed (offsets exact)."""
    stream = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_whose_page_inflates_past_any_real_page_is_refused_before_it_is_parsed(tmp_path):
    bomb = tmp_path / "附件.pdf"
    bomb.write_bytes(_pdf_with_content(b"0 0 m 1 1 l S\n" * (6 << 20)))  # 84 MB of drawing, ~200 KB on disk
    assert bomb.stat().st_size < 1 << 20
    refused = read_file(bomb, NO_OCR)
    assert refused.page_count == 0 and any("压缩炸弹" in i.message and i.code == "unreadable_file" for i in refused.issues)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_pdf_with_content(b"0 0 m 100 100 l S\n" * 1000))
    assert read_file(plain, NO_OCR).page_count == 1


def test_a_report_is_never_written_into_the_bundle_or_over_its_profile(tmp_path):
    bundle = tmp_path / "bundle"
    shutil.copytree(BUNDLE, bundle)
    before = sorted(p.relative_to(bundle) for p in bundle.rglob("*"))
    for target in (bundle / "报告.json", bundle / "profile.yaml", next(bundle.rglob("*.pdf"))):
        done = run_cli("check", str(bundle), "--format", "json", "--output", str(target))
        assert done.returncode == 2 and "材料文件夹" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.relative_to(bundle) for p in bundle.rglob("*")) == before


def _hidden_lie(path: Path, mode: str) -> Path:
    """A page showing 刘建国 as first inventor, with 王志刚 laid over it where nobody sees him:
    in invisible text, or white on the white page."""
    from fpdf import FPDF
    from fpdf.enums import TextMode

    pdf = FPDF()
    pdf.add_font("zh", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("zh", size=14)
    pdf.cell(0, 10, "发明专利证书", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "发明人：刘建国；陈思；王志刚；吴昊", new_x="LMARGIN", new_y="NEXT")
    if mode == "invisible":
        pdf.text_mode = TextMode.INVISIBLE
    else:
        pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 10, "发明人：王志刚；刘建国；陈思；吴昊 第一发明人王志刚", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("mode", ["invisible", "white"])
def test_text_nobody_sees_on_the_page_is_never_read(tmp_path, mode):
    if not FONT.exists():
        pytest.skip(f"CJK font {FONT} not installed (scripts/setup.sh installs fonts-wqy-zenhei)")
    result = read_file(_hidden_lie(tmp_path / "专利.pdf", mode), NO_OCR)
    text = "\n".join(line.text for page in result.pages for line in page.lines)
    assert "刘建国;陈思;王志刚" in text and "第一发明人" not in text
    assert "不可见" in (result.pages[0].note or "")


def test_a_path_past_the_systems_length_is_one_unreadable_file(tmp_path):
    from zhicheng.intake import discover

    bundle = tmp_path / "bundle"
    (bundle / "证书").mkdir(parents=True)
    (bundle / "证书" / "a.pdf").write_bytes(b"%PDF-1.4")
    # (made folder by folder from an open handle: the whole path is past what a path may be)
    fd = os.open(bundle, os.O_RDONLY)
    try:
        for _ in range(40):  # 40 × 120 bytes: past PATH_MAX (4096) for the file below
            os.mkdir("目" * 40, dir_fd=fd)
            inner = os.open("目" * 40, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        os.close(os.open("x.pdf", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    finally:
        os.close(fd)
    files, refused = discover(bundle, set(), 1 << 30)
    assert [f.name for f in files] == ["a.pdf"]
    assert [r.code for r in refused] == ["unreadable_file"] and "路径过长" in refused[0].message


def test_a_16_bit_grey_scan_is_read_not_blank(tmp_path):
    from PIL import Image

    from extractor.images import open_frames

    deep = Image.new("I;16", (60, 20), 60000)
    for x in range(10, 50):
        deep.putpixel((x, 10), 2000)
    deep.save(tmp_path / "scan.tif")
    (_, image), = list(open_frames(tmp_path / "scan.tif", 1))
    assert image.getpixel((20, 10))[0] < 20 and image.getpixel((5, 5))[0] > 200


def _gbk_zip_flagged_utf8() -> bytes:
    class Flagged(zipfile.ZipInfo):  # a Chinese tool's: GBK bytes, and the UTF-8 flag set all the same
        def _encodeFilenameFlags(self):
            return self.filename.encode("gbk"), self.flag_bits | 0x800

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr(Flagged("专利/发明专利证书.pdf"), b"%PDF-1.4 x")
    return buf.getvalue()


def test_gbk_names_under_the_utf8_flag_are_read_as_gbk(tmp_path):
    from zhicheng.archive import unpack

    (tmp_path / "a.zip").write_bytes(_gbk_zip_flagged_utf8())
    assert unpack(tmp_path / "a.zip", tmp_path / "out", 1 << 20, 1 << 20) == {}
    assert (tmp_path / "out" / "专利" / "发明专利证书.pdf").read_bytes() == b"%PDF-1.4 x"


def test_one_volume_of_a_split_zip_says_so(tmp_path):
    from zhicheng.archive import ArchiveError, unpack

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("证书.pdf", os.urandom(4096))
        archive.writestr("专利.pdf", os.urandom(4096))
    whole = buf.getvalue()
    cut = whole.rfind(b"PK\x01\x02", 0, whole.rfind(b"PK\x05\x06"))
    first = whole.find(b"PK\x01\x02")
    # the last volume: the directory kept, the members' data (in the volumes before) cut away
    volume = whole[first:]
    import struct

    end = volume.rfind(b"PK\x05\x06")
    volume = bytearray(volume)
    struct.pack_into("<I", volume, end + 16, 0)
    (tmp_path / "分卷.zip").write_bytes(bytes(volume))
    assert cut > 0
    with pytest.raises(ArchiveError, match="分卷"):
        unpack(tmp_path / "分卷.zip", tmp_path / "out", 1 << 20, 1 << 20)


from tests.test_web_api import client, password_hash, store  # noqa: E402,F401  (the API tests' users and data folder)


def test_a_lone_surrogate_in_json_is_a_422_not_a_500(client):
    from tests.test_web_api import PASSWORD

    token = client.post("/api/token", data={"username": "amy", "password": PASSWORD})
    who = {"Authorization": f"Bearer {token.json()['access_token']}"}
    answer = client.post("/api/applications", content=b'{"name": "\\ud800\\udfff\\ud800", "target_title": "engineer"}',
                         headers={**who, "Content-Type": "application/json"})
    assert answer.status_code == 422 and "Unicode" in answer.json()["detail"]



def test_a_split_zips_volume_uploaded_is_named_as_one(client):
    from tests.test_web_api import PASSWORD, PROFILE

    who = {"Authorization": f"Bearer {client.post('/api/token', data={'username': 'amy', 'password': PASSWORD}).json()['access_token']}"}
    app_id = client.post("/api/applications", json=PROFILE, headers=who).json()["id"]
    answer = client.post(f"/api/applications/{app_id}/files", headers=who,
                         files=[("files", ("分卷.z01", b"PK\x07\x08" + os.urandom(2000), "application/octet-stream"))])
    assert answer.status_code == 415 and "分卷" in answer.json()["detail"]
