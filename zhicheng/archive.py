"""An applicant's zip, unpacked safely (CONTRACT §7).

Zips made on Chinese Windows store member names in GBK without the UTF-8 flag; Python
reads those as cp437 (「╒┼╚².pdf」).  Names are decoded here by what they are: the UTF-8 flag
when set, else the one encoding all unflagged names decode in (UTF-8, then GB18030, then
what charset-normalizer detects).

A zip is someone else's file, so before a byte is written it is refused whole when

- a member would land outside the folder it is unpacked into (zip-slip: ``../``, an absolute
  path, a drive letter) or is a link;
- it is a bomb: more members than ``MAX_MEMBERS``, more bytes in total than ``max_total``,
  or a member that expands more than ``MAX_RATIO`` times (counted while writing, too: the
  sizes a zip declares can lie);
- it holds one name twice.

Two names that differ only in case are one file on Windows: the first is unpacked, the second
left out with an issue on it, the rest judged.

Refusals are ``ArchiveError`` with one Chinese line; the bundle gets that line as its error
row and the batch goes on.  A zip with no file in it is refused too (it is no bundle); a zip
whose one file is another zip (「张三.zip」 zipped again) is unpacked through, one level, under
the same limits.  Names are made writable without losing the member: control characters
become 「_」, and a name longer than a file system holds (255 bytes) is shortened, its suffix
kept.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import os
import re
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from extractor.formats import os_junk
from .intake import size_mb

MAX_MEMBERS = 5000  # a bundle is tens of files; thousands is not evidence
MAX_RATIO = 200  # scans and PDFs barely compress; a 1 GB run of zeros does
RATIO_FLOOR = 1 << 20  # small members may compress well (a text PDF), whatever their ratio
CHUNK = 1 << 20
MAX_NAME_BYTES = 255  # one path component, as ext4, NTFS and APFS hold it
MAX_NESTING = 1  # 张三.zip inside 张三.zip: unpacked through once, never further
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class ArchiveError(ValueError):
    """The zip cannot be unpacked safely or at all; ``str(err)`` is the reason, in Chinese."""


class DamagedMember(ArchiveError):
    """One member is damaged: it is left out and named, the others are unpacked."""


class Skipped(str):
    """Why one member was left out (the message, in Chinese) and its issue code: a damaged or
    encrypted member is ``unreadable_file``, one over the size limit ``file_too_large``, as the
    same file in a folder would be; ``whole``: what the zip is told when no document is left."""

    code: str
    whole: str

    def __new__(cls, message: str, code: str = "unreadable_file", whole: str = "") -> "Skipped":
        made = super().__new__(cls, message)
        made.code, made.whole = code, whole or message
        return made


@dataclass(frozen=True)
class Member:
    info: zipfile.ZipInfo
    name: str  # decoded, forward slashes, relative


def member_names(archive: zipfile.ZipFile) -> list[Member]:
    """Every file member with its name decoded (GBK included), directories left out.

    >>> import io
    >>> class WindowsName(zipfile.ZipInfo):  # Chinese Windows: GBK bytes, no UTF-8 flag
    ...     def _encodeFilenameFlags(self):
    ...         return self.filename.encode("gbk"), self.flag_bits
    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w") as z:
    ...     z.writestr(WindowsName("专利\\发明专利证书.pdf"), b"%PDF")
    >>> [m.name for m in member_names(zipfile.ZipFile(buf))]
    ['专利/发明专利证书.pdf']
    """
    infos = archive.infolist()
    unflagged = [i for i in infos if not i.flag_bits & 0x800]
    raw = [i.filename.encode("cp437") for i in unflagged if not i.filename.isascii()]
    encoding = _encoding(raw)
    members = []
    for info in infos:
        name = info.filename
        if not info.flag_bits & 0x800 and not name.isascii():
            name = name.encode("cp437").decode(encoding, errors="replace")
        name = name.replace("\\", "/")  # Windows tools may write backslashes
        name = _CONTROL.sub("_", name)  # no file system or spreadsheet takes them
        if name.endswith("/") or (info.create_system == 0 and info.external_attr & 0x10):
            continue  # a folder entry (an MS-DOS directory attribute, or a trailing slash)
        members.append(Member(info, name))
    return members


def _unflagged(data: bytes) -> bytes:
    """The zip's bytes with the UTF-8 name flag (bit 11) cleared in its central directory,
    where ``zipfile`` reads names, and in each member's local header; unchanged where the
    directory cannot be found.

    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w") as z:
    ...     z.writestr("证书.pdf", b"%PDF")
    >>> [i.flag_bits & 0x800 for i in zipfile.ZipFile(io.BytesIO(_unflagged(buf.getvalue()))).infolist()]
    [0]
    """
    import struct

    end = data.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(data):
        return data
    count, size, offset = struct.unpack_from("<HII", data, end + 10)
    out = bytearray(data)
    at = offset
    for _ in range(count):
        if out[at:at + 4] != b"PK\x01\x02":
            return data
        flags = struct.unpack_from("<H", out, at + 8)[0]
        struct.pack_into("<H", out, at + 8, flags & ~0x800)
        local = struct.unpack_from("<I", out, at + 42)[0]  # (and its local header's, which is checked too)
        if out[local:local + 4] == b"PK\x03\x04":
            struct.pack_into("<H", out, local + 6, struct.unpack_from("<H", out, local + 6)[0] & ~0x800)
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, at + 28)
        at += 46 + name_len + extra_len + comment_len
    return bytes(out)


def _encoding(raw: list[bytes]) -> str:
    if not raw:
        return "utf-8"
    for encoding in ("utf-8", "gb18030"):
        try:
            for name in raw:
                name.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(b"\n".join(raw)).best()
    return best.encoding if best else "gb18030"


def _safe_path(name: str) -> PurePosixPath | None:
    """The member's path inside the target folder, or None when it would leave it."""
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    path = PurePosixPath(name)
    if any(part in ("..", "") for part in path.parts) or not path.parts:
        return None
    return PurePosixPath(*(_fitting(part) for part in path.parts))


def _fitting(part: str) -> str:
    """A path component as a file system holds it: over 255 bytes, shortened (a digest of the
    whole keeps two long names apart; the suffix keeps the file type).

    >>> len(_fitting("长" * 300 + ".pdf").encode()), _fitting("长" * 300 + ".pdf").endswith(".pdf")
    (255, True)
    """
    if len(part.encode("utf-8")) <= MAX_NAME_BYTES:
        return part
    stem, dot, suffix = part.rpartition(".")
    if not dot or len(suffix.encode("utf-8")) > 16:
        stem, suffix = part, ""
    tail = f"～{hashlib.sha256(part.encode()).hexdigest()[:8]}" + (f".{suffix}" if suffix else "")
    room = MAX_NAME_BYTES - len(tail.encode("utf-8"))
    short = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return short + tail


def unpack(zip_path: Path, dest: Path, max_total: int, max_member: int, _depth: int = 0) -> dict[str, str]:
    """Unpack ``zip_path`` into ``dest`` (made afresh), refusing it whole when unsafe.
    Returns the members that are damaged (name → reason): they are left out, the others
    unpacked, as one corrupt file in a folder would be.  ``dest`` is removed again when the
    zip is refused."""
    try:
        try:
            archive = zipfile.ZipFile(zip_path)
        except UnicodeDecodeError:
            # GBK names under the UTF-8 flag (some Chinese tools set it whatever they write):
            # the directory read with the flag cleared, each name decoded as ``member_names`` does
            archive = zipfile.ZipFile(io.BytesIO(_unflagged(zip_path.read_bytes())))
    except zipfile.BadZipFile as err:
        if "multiple disks" in str(err):  # (WinRAR's or 360's 分卷: .z01, .z02 … and .zip)
            raise ArchiveError("这是分卷压缩包的一卷：请用压缩软件合并为一个 zip 后再提交") from None
        if _depth:
            raise ArchiveError("压缩包中唯一的文件是一个已损坏的压缩包，无法解压") from None
        raise ArchiveError("压缩包已损坏或不是 zip 文件，无法解压") from None
    except (ValueError, NotImplementedError, RuntimeError) as err:  # a zip64 record, a method, a size that make no sense
        raise ArchiveError(f"压缩包的目录已损坏，无法解压（{type(err).__name__}）") from None
    except OSError as err:
        from .intake import os_reason

        raise ArchiveError(f"压缩包无法打开（{os_reason(err)}）") from None
    with archive:
        members, skipped = _vetted(archive, max_total, max_member)  # (a size over the limits is said first)
        size = zip_path.stat().st_size
        if any(i.header_offset < 0 or i.header_offset + i.compress_size > size for i in archive.infolist()):
            # members placed outside the file: one volume of a split archive, or a download cut short
            raise ArchiveError("压缩包不完整（其中的文件超出压缩包末尾）：若是分卷压缩包（.z01、.z02…），请用压缩软件合并为一个 zip；"
                               "若是下载或复制中断，请重新获取") from None
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        try:
            written = 0
            damaged: dict[str, str] = dict(skipped)
            for member, path in members:
                target = dest.joinpath(*path.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    written += _copy(archive, member, target, max_total - written, max_member)
                except DamagedMember as err:
                    target.unlink(missing_ok=True)
                    damaged[path.as_posix()] = Skipped(str(err))
        except BaseException:
            shutil.rmtree(dest, ignore_errors=True)
            raise
    if len(members) == 1 and not damaged and members[0][1].suffix.lower() == ".zip" and _depth < MAX_NESTING:
        # 张三.zip whose one file is 张三.zip (zipped twice, or the unit's zip of the applicant's):
        # the inner zip is the bundle, under what is left of the same limits.
        inner = dest.joinpath(*members[0][1].parts)
        through = dest.with_name(dest.name + ".inner")
        try:
            damaged = unpack(inner, through, max_total - inner.stat().st_size, max_member, _depth + 1)
        except BaseException:
            shutil.rmtree(dest, ignore_errors=True)
            raise
        shutil.rmtree(dest)
        os.replace(through, dest)
    return damaged


def _vetted(archive: zipfile.ZipFile, max_total: int,
            max_member: int) -> tuple[list[tuple[Member, PurePosixPath]], dict[str, Skipped]]:
    """The members to unpack, and those left out on their own (an encrypted one, one over the
    size limit: an issue on that file, the others still judged); ``ArchiveError`` when the zip
    is unsafe as a whole (links, zip-slip, a bomb, names that clash)."""
    try:
        members = member_names(archive)
    except (UnicodeError, ValueError) as err:
        raise ArchiveError(f"压缩包的文件名无法解码（{type(err).__name__}）") from None
    if len(members) > MAX_MEMBERS:
        raise ArchiveError(f"压缩包有 {len(members)} 个文件，超过 {MAX_MEMBERS} 个的上限，未解压（疑似压缩炸弹）")
    total = 0
    kept = []
    skipped: dict[str, Skipped] = {}
    seen: dict[str, str] = {}  # casefolded name → the name first seen
    for member in members:
        info = member.info
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise ArchiveError(f"压缩包中的「{member.name[:80]}」是链接，已拒绝整个压缩包")
        path = _safe_path(member.name)
        if path is None:
            raise ArchiveError(f"压缩包中的「{member.name[:80]}」指向解压目录之外（zip-slip），已拒绝整个压缩包")
        if os_junk(path.as_posix()):
            continue
        if info.flag_bits & 0x1:
            skipped[path.as_posix()] = Skipped(f"无法读取：压缩包中的「{member.name[:80]}」已加密，未解压；请提供未加密的版本",
                                               whole=f"压缩包中的「{member.name[:80]}」已加密，未解压；请提供未加密的压缩包")
            continue
        key = path.as_posix().casefold()  # two names one Windows folder cannot hold apart
        if key in seen:
            first = seen[key]
            if first == path.as_posix():
                # the very same name twice: which of the two is the applicant's is anyone's guess
                raise ArchiveError(f"压缩包中「{member.name[:80]}」出现了两次，已拒绝")
            # Names that differ only in case (Invention-Patent.pdf, invention-patent.pdf): one
            # file on Windows, where the reviewer opens the bundle, and where the web service may
            # store it.  The first is read, this one is named with why, and the rest is judged.
            skipped[path.as_posix()] = Skipped(
                f"未读取：压缩包中的「{member.name[:80]}」与「{first[:80]}」只差大小写，Windows 无法同时保存，"
                "只读取了前者；若是两份不同的材料，请改名后重新打包")
            continue
        seen[key] = path.as_posix()
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(f"压缩包中的「{member.name[:80]}」压缩比超过 {MAX_RATIO} 倍，未解压（疑似压缩炸弹）")
        if info.file_size > max_member:
            skipped[path.as_posix()] = Skipped(
                f"压缩包中的「{member.name[:80]}」解压后有 {size_mb(info.file_size)} MB，"
                f"超过单个文件 {size_mb(max_member)} MB 的上限，未解压", "file_too_large")
            continue
        total += info.file_size
        kept.append((member, path))
    if total > max_total:
        raise ArchiveError(f"压缩包解压后共 {size_mb(total)} MB，超过 {size_mb(max_total)} MB 的上限，未解压")
    evidence = [path for _m, path in kept if path.name.casefold() not in ("profile.yaml", "claims.yaml")]
    if skipped and not evidence:
        # every document left out (a zip whose password covers them, its one scan too big): the
        # zip as a whole says why
        raise ArchiveError(next(iter(skipped.values())).whole)
    if not kept:
        raise ArchiveError("压缩包中没有文件（是空的，或只有文件夹），请重新打包申报材料")
    folders = {parent.as_posix().casefold() for _m, path in kept for parent in path.parents if parent.parts}
    for member, path in kept:
        if path.as_posix().casefold() in folders:
            raise ArchiveError(f"压缩包中的「{member.name[:80]}」既是文件又是文件夹，已拒绝整个压缩包")
    return kept, skipped


def _copy(archive: zipfile.ZipFile, member: Member, target: Path, budget: int, max_member: int) -> int:
    """Write one member, counting the bytes as they come: a size the zip lies about is caught."""
    limit = min(budget, max_member)
    written = 0
    try:
        with archive.open(member.info) as source, open(target, "wb") as out:
            while chunk := source.read(CHUNK):
                written += len(chunk)
                if written > limit:
                    raise ArchiveError(f"压缩包中的「{member.name[:80]}」实际解压大小超过声明的大小和上限，未解压（疑似压缩炸弹）")
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, lzma.LZMAError) as err:
        # a bad CRC, a cut-off member, compressed data damaged (Error -3 while decompressing)
        if isinstance(err, OSError) and not isinstance(err, EOFError) and err.errno is not None:
            raise  # the disk, not the zip: the caller reports it
        raise DamagedMember("无法读取：压缩包中的这个文件已损坏，未解压") from None
    except (NotImplementedError, RuntimeError):  # an unsupported compression method
        raise DamagedMember("无法读取：压缩包中的这个文件使用了不支持的压缩方式，未解压") from None
    os.utime(target, None)
    return written
