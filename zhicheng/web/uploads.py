"""Uploads, refused while they stream in: a size limit is enforced on the bytes as they
arrive (a lying or missing Content-Length changes nothing), the type is sniffed from the
content (never the name), and zips are unpacked by ``zhicheng.archive`` (GBK names,
zip-slip and bombs refused).  Nothing is stored unless the whole request is accepted, and
what is stored is named by its content hash (``Store.keep``).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import AsyncIterator

from python_multipart.multipart import MultipartParser, MultipartState, parse_options_header

from extractor.formats import container_kind, sniff

MB = 1 << 20
MAX_HEADER = 8 << 10  # one header of one part: a file name and its type are tens of bytes


@dataclass(frozen=True)
class Limits:
    max_file: int = 200 * MB  # one evidence file (CONTRACT §6.1's default)
    max_total: int = 1024 * MB  # one request
    max_files: int = 500  # parts of one request, and files of one zip with them


class UploadRefused(Exception):
    def __init__(self, status: int, message: str, refusals: list[dict] | None = None):
        super().__init__(message)
        self.status, self.message, self.refusals = status, message, refusals or []


@dataclass
class Received:
    name: str  # as the uploader named it, cleaned: a relative path with forward slashes
    path: Path  # the temp file
    kind: str  # pdf, jpeg, … (sniffed)


@dataclass
class _Part:
    headers: dict[str, bytes] = field(default_factory=dict)
    field_name: str = ""
    filename: str | None = None
    path: Path | None = None
    handle: object | None = None
    size: int = 0


def clean_name(raw: str, fallback: str = "file") -> str:
    """A file name as given (a browser may send ``C:\\fakepath\\x.pdf``), reduced to a safe
    relative name: no folders from the client, no control characters, no leading dots.

    >>> clean_name("C:\\\\fakepath\\\\专利证书.pdf"), clean_name("../../etc/passwd"), clean_name("\\x00.pdf")
    ('专利证书.pdf', 'passwd', 'file.pdf')
    """
    name = re.split(r"[\\\\/]", raw)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip()
    if name in ("", ".", ".."):
        return fallback
    if name.startswith("."):  # a hidden or extension-only name: keep the extension, lose the dot
        name = fallback + name
    return _fit(name, MAX_NAME_BYTES)


MAX_NAME_BYTES = 200  # one path component, in UTF-8 bytes: a file system holds 255 (ext4, NTFS, APFS)


def _fit(name: str, limit: int) -> str:
    """``name`` cut to ``limit`` UTF-8 bytes, its extension kept (200 characters of Chinese
    are 600 bytes: a name the folder the reader works in could not hold)."""
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext.encode("utf-8")) > 16:
        stem, ext = name, ""
    keep = limit - (len(ext.encode("utf-8")) + 1 if ext else 0)
    stem = stem.encode("utf-8")[:keep].decode("utf-8", "ignore").rstrip()
    return f"{stem}.{ext}" if ext else stem


async def receive(stream: AsyncIterator[bytes], content_type: str | None, content_length: str | None,
                  limits: Limits, scratch: Path) -> tuple[list[Received], list[dict]]:
    """The request's ``files`` parts as temp files in ``scratch`` (sniffed, zips unpacked),
    with what was skipped inside zips (a 说明.txt, a damaged member); or ``UploadRefused``
    (413 size, 415 type, 400 a bad request or zip)."""
    kind, options = parse_options_header(content_type or "")
    if kind != b"multipart/form-data" or not re.fullmatch(rb"[0-9A-Za-z'()+_,\-./:=? ]{1,70}", options.get(b"boundary", b"")):
        raise UploadRefused(400, "请以 multipart/form-data 上传（boundary 须为 1 到 70 个字符），字段名为 files")
    if content_length and content_length.isdigit() and int(content_length) > limits.max_total + MB:
        raise UploadRefused(413, f"上传内容超过单次上传 {limits.max_total // MB} MB 的上限")
    parts: list[_Part] = []
    state = {"total": 0, "current": None}

    def begin() -> None:
        if len(parts) >= limits.max_files:
            raise UploadRefused(413, f"一次最多上传 {limits.max_files} 个文件")
        part = _Part()
        parts.append(part)
        state["current"] = part
        state["header"] = b""

    def header_field(data: bytes, start: int, end: int) -> None:
        state["header"] = state.get("header", b"") + data[start:end]
        if len(state["header"]) > MAX_HEADER:
            raise UploadRefused(400, "上传内容的分段头过长，无法解析")

    def header_value(data: bytes, start: int, end: int) -> None:
        state["value"] = state.get("value", b"") + data[start:end]
        if len(state["value"]) > MAX_HEADER:
            raise UploadRefused(400, "上传内容的分段头过长，无法解析")

    def header_end() -> None:
        part: _Part = state["current"]
        if len(part.headers) >= 20:
            raise UploadRefused(400, "上传内容的分段头过多，无法解析")
        part.headers[state.get("header", b"").decode("latin-1").lower()] = state.get("value", b"")
        state["header"], state["value"] = b"", b""

    def headers_done() -> None:
        part: _Part = state["current"]
        _disposition, params = parse_options_header(part.headers.get("content-disposition", b""))
        part.field_name = params.get(b"name", b"").decode("utf-8", "replace")
        raw = params.get(b"filename")
        if raw is not None:
            try:
                part.filename = raw.decode("utf-8")
            except UnicodeDecodeError:
                part.filename = raw.decode("gb18030", "replace")
        handle = tempfile.NamedTemporaryFile(dir=scratch, delete=False, prefix="part-")
        part.path, part.handle = Path(handle.name), handle

    def data(chunk: bytes, start: int, end: int) -> None:
        part: _Part = state["current"]
        size = end - start
        part.size += size
        state["total"] += size
        if part.size > limits.max_file:
            raise UploadRefused(413, f"文件「{clean_name(part.filename or '')}」超过单个文件 {limits.max_file // MB} MB 的上限")
        if state["total"] > limits.max_total:
            raise UploadRefused(413, f"上传内容超过单次上传 {limits.max_total // MB} MB 的上限")
        part.handle.write(chunk[start:end])

    def part_end() -> None:
        part: _Part = state["current"]
        if part.handle is not None:
            part.handle.close()
            part.handle = None

    parser = MultipartParser(options[b"boundary"], callbacks={
        "on_part_begin": begin, "on_header_field": header_field, "on_header_value": header_value,
        "on_header_end": header_end, "on_headers_finished": headers_done, "on_part_data": data,
        "on_part_end": part_end})
    try:
        seen = 0
        async for chunk in stream:
            seen += len(chunk)  # every byte, the parts' headers and what lies between them too
            if seen > limits.max_total + MB:
                raise UploadRefused(413, f"上传内容超过单次上传 {limits.max_total // MB} MB 的上限")
            parser.write(chunk)
        parser.finalize()
        if parser.state != MultipartState.END:  # the closing boundary never came: a body cut short
            raise UploadRefused(400, "上传内容不完整（缺少结尾的分隔行，连接可能中断），请重新上传")
    except UploadRefused:
        raise
    except Exception as err:  # noqa: BLE001 - a malformed body is the client's, one line
        raise UploadRefused(400, f"上传内容无法解析（{type(err).__name__}）") from None
    finally:
        for part in parts:
            if part.handle is not None:
                part.handle.close()
    files = [p for p in parts if p.field_name == "files" and p.filename is not None]
    if not files:
        raise UploadRefused(400, "没有收到文件：请在字段 files 中上传一个或多个文件（或 .zip）")
    received: list[Received] = []
    refusals = []
    for part in files:
        name = clean_name(part.filename or "")
        with open(part.path, "rb") as handle:
            head = handle.read(2048)
        # A zip first: a stored PDF member puts "%PDF-" in its first kilobyte.
        kind = None if head.startswith((b"PK\x03\x04", b"PK\x05\x06")) else sniff(head)
        office = container_kind(part.path, head) if kind is None else None
        office = office if office and not office.startswith(("ZIP", "损坏的 ZIP")) else None  # a zip is unpacked
        if kind is not None:
            received.append(Received(name, part.path, kind))
        elif office is not None and not name.lower().endswith(".zip"):
            # a Word file or an OFD is a zip inside: no bundle of evidence, and said so
            refusals.append({"file": name, "reason": f"是{office}，不是证明材料的文件类型；请另存或打印为 PDF 后再上传"})
        elif head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            received += _unzip(part.path, name, limits, scratch, refusals)
        elif head.startswith(b"PK\x07\x08") or re.search(r"\.(?:zip|z\d\d)$", name.lower()):
            # (WinRAR's or 360's 分卷: a .z01 opens with the spanning mark, the last .zip with a member's middle)
            refusals.append({"file": name, "reason": "是分卷压缩包的一卷（或已损坏的 zip）：请用压缩软件合并为一个 zip 后再上传"})
        else:
            refusals.append({"file": name, "reason": "不是证明材料的文件类型（按内容判断，应为 PDF、JPEG、PNG、TIFF、BMP、WebP 或 zip）"})
    if refusals and any(r.get("status", 415) == 415 for r in refusals):
        first = refusals[0]
        raise UploadRefused(415, f"「{first['file']}」{first['reason']}", refusals)
    return received, [{"file": r["file"], "reason": r["reason"]} for r in refusals]


def _unzip(path: Path, name: str, limits: Limits, scratch: Path, refusals: list[dict]) -> list[Received]:
    from ..archive import ArchiveError, unpack

    folder = Path(tempfile.mkdtemp(dir=scratch, prefix="zip-"))
    try:
        damaged = unpack(path, folder, limits.max_total, limits.max_file)
    except ArchiveError as err:
        shutil.rmtree(folder, ignore_errors=True)
        raise UploadRefused(400, f"压缩包「{name}」：{err}") from None
    out = []
    members = sorted(p for p in folder.rglob("*") if p.is_file())
    if len(members) > limits.max_files:
        raise UploadRefused(413, f"压缩包「{name}」有 {len(members)} 个文件，超过 {limits.max_files} 个的上限")
    for member in members:
        relative = PurePosixPath(member.relative_to(folder).as_posix())
        with open(member, "rb") as handle:
            kind = sniff(handle.read(2048))
        if kind is None:
            # Inside a zip a stray file (说明.txt, profile.yaml) is skipped and said, not fatal.
            refusals.append({"file": f"{name}/{relative}", "reason": "不是证明材料，未保存", "status": 200})
            continue
        out.append(Received("/".join(clean_name(p) for p in relative.parts), member, kind))
    for member, why in damaged.items():
        refusals.append({"file": f"{name}/{member}", "reason": why, "status": 200})
    return out
