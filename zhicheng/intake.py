"""What a bundle may hold, and what is refused before a byte of it is read (CONTRACT §6.1).

A bundle is a folder someone else made.  It may hold links that point out of it (a link to
``/etc/passwd`` must not end up quoted in a report), FIFOs that block whoever opens them,
devices, and files far too large to be evidence (a 20 GB sparse file takes minutes to hash).
Every one of these is decided here from ``lstat``/``stat`` alone: nothing outside the bundle
is opened, and nothing refused is opened at all.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from extractor.formats import os_junk

DEFAULT_MAX_FILE_MB = 200


@dataclass(frozen=True)
class Refusal:
    """A path of the bundle that is not read: its issue code and the plain reason."""

    file: str  # relative to the bundle, forward slashes
    code: str  # outside_bundle | unreadable_file | file_too_large
    message: str

    def issue(self) -> dict:
        from extractor.formats import unreadable_severity

        # outside_bundle and file_too_large are errors (CONTRACT §6.1); an unreadable file
        # follows the one rule for unreadable files.
        severity = unreadable_severity(self.file) if self.code == "unreadable_file" else "error"
        return {"severity": severity, "code": self.code, "message": self.message, "file": self.file}



def size_mb(size: int | float) -> str:
    """A size in MB for a person: whole above 100, else three figures (never 0 MB for 95 KB,
    never 0.0599995 for the 0.06 typed).

    >>> size_mb(97_000), size_mb(62_914), size_mb(5 << 20), size_mb(1_234 << 20)
    ('0.0925', '0.06', '5', '1,234')
    """
    mb = size / (1 << 20)
    return f"{mb:,.0f}" if mb >= 100 else f"{mb:.3g}"

def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def check_file(path: Path, max_bytes: int, display: str) -> Refusal | None:
    """Why ``path`` (already known to lie inside what may be read) must not be opened, or None.

    FIFOs, sockets and devices would block or never end; they are refused from their mode.
    """
    try:
        info = os.stat(path)
    except OSError as err:
        return Refusal(display, "unreadable_file", f"无法读取：{os_reason(err)}")
    if not stat.S_ISREG(info.st_mode):
        what = ("管道（FIFO）" if stat.S_ISFIFO(info.st_mode) else "套接字" if stat.S_ISSOCK(info.st_mode)
                else "设备文件" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "特殊文件")
        return Refusal(display, "unreadable_file", f"无法读取：这是{what}，不是普通文件，未打开")
    if info.st_size > max_bytes:
        return Refusal(display, "file_too_large",
                       f"文件有 {size_mb(info.st_size)} MB，超过 {size_mb(max_bytes)} MB 的上限，未读取"
                       "（可用 --max-file-mb 调整）")
    return None


def os_reason(err: OSError) -> str:
    """Why the system refused a file, in Chinese."""
    import errno

    return {errno.EACCES: "没有权限", errno.EPERM: "没有权限", errno.ENOENT: "文件不存在", errno.ELOOP: "链接循环",
            errno.EROFS: "只读文件系统", errno.ENOSPC: "磁盘已满", errno.EISDIR: "是文件夹",
            errno.EINVAL: "该位置不接受写入", errno.ENAMETOOLONG: "路径过长"}.get(err.errno, "操作系统拒绝访问")


def discover(bundle: Path, exclude: set[Path], max_bytes: int) -> tuple[list[Path], list[Refusal]]:
    """Every file under ``bundle`` that may be read, in a stable order, and every path refused.

    Links are judged by where they resolve: inside the bundle they are read like any file
    (a link to a folder inside is not walked twice); outside, they are refused unopened and
    their target is never named.  Hidden system files are listed too: they are reported,
    never silently dropped.
    """
    root = bundle.resolve()
    own = own_folders()
    files: list[Path] = []
    refused: list[Refusal] = []
    def unwalkable(err: OSError) -> None:  # (a folder past the system's path length: said, not lost)
        where = Path(err.filename) if err.filename else bundle
        refused.append(Refusal(_relative(where, bundle) if where != bundle else where.name, "unreadable_file",
                               f"无法读取：{os_reason(err)}"))

    for dirpath, dirnames, filenames in os.walk(bundle, followlinks=False, onerror=unwalkable):
        here = Path(dirpath)
        for name in sorted(dirnames):
            folder = here / name
            try:
                if Path(os.path.realpath(folder)) in own:
                    dirnames.remove(name)  # zhicheng's own cache, put inside the bundle: not evidence
                    continue
                if folder.is_symlink() and not _inside(Path(os.path.realpath(folder)), root):
                    refused.append(Refusal(_relative(folder, bundle), "outside_bundle",
                                           "文件夹链接指向材料包之外，未读取其中任何文件"))
            except OSError as err:  # (a path past the system's length: that folder, not the bundle)
                refused.append(Refusal(_relative(folder, bundle), "unreadable_file", f"无法读取：{os_reason(err)}"))
                dirnames.remove(name)
        for name in filenames:
            path = here / name
            display = _relative(path, bundle)
            try:
                why = _entry(path, display, root, exclude, max_bytes)
            except OSError as err:  # (a path past the system's length: that file, not the bundle)
                why = Refusal(display, "unreadable_file", f"无法读取：{os_reason(err)}")
            if why is None:
                files.append(path)
            elif why is not _SKIP:
                refused.append(why)
    files.sort(key=lambda p: _relative(p, bundle))
    refused.sort(key=lambda r: r.file)
    return files, refused


def own_folders() -> set[Path]:
    """zhicheng's own folders, where ``$ZHICHENG_CACHE_DIR`` puts them (the cache folder, the OCR
    cache in it): what zhicheng wrote there is never a bundle's evidence, as its output is not,
    even when someone points the cache into the bundle or ROOT.  Their real paths."""
    from extractor.ocr.cache import cache_root, default_cache_dir

    found = set()
    for folder in (cache_root(), default_cache_dir()):
        try:
            found.add(Path(os.path.realpath(folder)))
        except (OSError, ValueError):
            pass
    return found


_SKIP = Refusal("", "", "")  # a file left out without a word (the output of this very run)


def _entry(path: Path, display: str, root: Path, exclude: set[Path], max_bytes: int) -> Refusal | None:
    """Why one file of the bundle is not read, or None."""
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not _inside(target, root):
            return Refusal(display, "outside_bundle", "文件链接指向材料包之外，未读取")
        if not target.exists():
            return Refusal(display, "unreadable_file", "无法读取：链接指向的文件不存在")
    if Path(os.path.realpath(path)) in exclude:
        return _SKIP
    if os_junk(display):
        # a Mac's or Windows' own file beside the user's: said, at info level, never read
        return Refusal(display, "unreadable_file", "系统自动生成的文件（如 __MACOSX、._ 开头的文件、"
                                                   "Thumbs.db），不是证明材料，已跳过")
    return check_file(path, max_bytes, display)


def _relative(path: Path, bundle: Path) -> str:
    return readable_name(path.relative_to(bundle).as_posix())


# Control characters (a newline, ESC of a terminal's colour codes) have no place in a name a
# report prints: each is shown as ? so that a file name can neither break a line of the
# table nor colour a terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def readable_name(name: str) -> str:
    r"""A file or folder name as text every report can carry.

    Linux hands over a name that is not UTF-8 with its bytes escaped (surrogates), which no
    UTF-8 report, JSON or HTML, can hold: a Chinese Windows zip unpacked by ``unzip`` leaves
    GBK names so.  Each part of the path is read as GB18030 then, which it almost always is,
    and otherwise with its undecodable bytes shown as U+FFFD.  The name the claims cite is
    the Chinese one, so a claim finds its file as if the zip had been made right.

    >>> import os
    >>> readable_name(os.fsdecode("材料/".encode() + "软件著作权证书.pdf".encode("gbk")))
    '材料/软件著作权证书.pdf'
    >>> readable_name("a\x1b[31mb\nc.pdf")
    'a?[31mb?c.pdf'
    >>> readable_name(os.fsdecode(b"x\xff\xfe.pdf"))
    'x\ufffd\ufffd.pdf'
    """
    if any("\udc80" <= c <= "\udcff" for c in name):
        parts = []
        for part in name.split("/"):
            raw = part.encode("utf-8", "surrogateescape")
            try:
                parts.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                try:
                    parts.append(raw.decode("gb18030"))
                except UnicodeDecodeError:
                    parts.append(raw.decode("utf-8", "replace"))
        name = "/".join(parts)
    return _CONTROL.sub("?", name)


def inside_bundle(path: Path, bundle: Path) -> bool:
    """Whether ``path`` (profile.yaml, claims.yaml of the bundle) resolves inside it."""
    return _inside(Path(os.path.realpath(path)), bundle.resolve())
