"""A disk cache of OCR results, so a second run over the same files is near-instant.

Keyed by the file's content hash, the page, the engine and its version, and the version
of the preprocessing pipeline; a changed file, engine or pipeline is a miss.  Each entry
also carries the digest of its key and the version of zhicheng that wrote it, and is
checked field by field when read: an entry copied into another slot, written by
other code, or damaged (truncated, garbage, wrong types) is a miss, and is removed.
Entries are written atomically (temp file + rename) so parallel workers never see half an
entry, and a failed write (full disk, read-only folder, unserialisable page) leaves no
temp file behind.

Only what lies in the cache folder is read or written: an entry that is a link (anyone who can
write the folder can plant one, pointing anywhere), a FIFO or a device, or a slot folder that
is a link, is a miss, never opened and never written through.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import stat
import tempfile
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import Path

from ..model import Line, Page

# The layout of an entry; raised when it changes, so older entries are misses.
FORMAT = 2
# zhicheng's version when it is not installed as a package (run from a source tree).
UNINSTALLED_VERSION = "0+source"


def cache_root() -> Path:
    """zhicheng's cache folder: $ZHICHENG_CACHE_DIR, else $XDG_CACHE_HOME/zhicheng, else
    ~/.cache/zhicheng.  Everything zhicheng and the libraries under it keep on disk goes
    here (OCR results, Tesseract's scratch files)."""
    if os.environ.get("ZHICHENG_CACHE_DIR"):
        return Path(os.environ["ZHICHENG_CACHE_DIR"])
    # (the XDG spec ignores a relative XDG_CACHE_HOME; an empty HOME makes Path.home() the
    # file system's root, where a cache would land in /.cache: the account's own home, else a
    # folder of this user's in the system's temporary folder)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "zhicheng"
    home = _home()
    if home is not None:
        return home / ".cache" / "zhicheng"
    import tempfile

    return Path(tempfile.gettempdir()) / f"zhicheng-cache-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


def _home() -> Path | None:
    """The user's home folder, when it is one: never the root, never a relative path."""
    candidates = [os.environ.get("HOME")]
    try:
        import pwd

        candidates.append(pwd.getpwuid(os.getuid()).pw_dir)
    except (ImportError, KeyError, OSError):
        pass
    for candidate in candidates:
        if candidate and Path(candidate).is_absolute() and Path(candidate).resolve() != Path("/"):
            return Path(candidate)
    return None


def default_cache_dir() -> Path:
    """The OCR cache: $ZHICHENG_CACHE_DIR itself when set (as before), else ``ocr`` in the
    cache folder."""
    if os.environ.get("ZHICHENG_CACHE_DIR"):
        return Path(os.environ["ZHICHENG_CACHE_DIR"])
    return cache_root() / "ocr"


@lru_cache(maxsize=1)
def code_versions() -> dict[str, str]:
    """What wrote an entry, besides what its key names (file, page, engine and its version,
    orientation model, pipeline): zhicheng's own code, whose version is read once per
    process from the installed metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return {"zhicheng": version("zhicheng")}
    except PackageNotFoundError:
        return {"zhicheng": UNINSTALLED_VERSION}


def key_digest(key: tuple) -> str:
    return hashlib.sha256(json.dumps(key, default=str).encode()).hexdigest()


class OcrCache:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()

    def _slot(self, key: tuple) -> tuple[str, Path]:
        digest = key_digest(key)
        return digest, self.directory / digest[:2] / f"{digest}.json"

    def _own_folder(self, path: Path) -> bool:
        """Whether the slot folder of ``path`` is a real folder of the cache, not a link out of it."""
        try:
            return stat.S_ISDIR(os.lstat(path.parent).st_mode)
        except OSError:
            return False

    def _read(self, path: Path) -> bytes | None:
        """An entry's bytes when it is a regular file in its own slot folder, else None (unopened
        when a link; a FIFO is opened without waiting, then refused from its mode)."""
        if not self._own_folder(path):
            return None
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return None  # absent, unreadable, or a link (ELOOP under O_NOFOLLOW)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            return handle.read()

    def get(self, key: tuple) -> Page | None:
        digest, path = self._slot(key)
        try:
            raw = self._read(path)
        except OSError:
            raw = None
        if raw is None:
            return None  # absent, unreadable or not a file of the cache: recompute
        page = _load(raw, digest)
        if page is None:
            # Damaged, misplaced or written by other code: never used, and removed so that
            # it is not read again (the next put writes a good one in its place).
            try:
                path.unlink()
            except OSError:
                pass
        return page

    def put(self, key: tuple, page: Page) -> None:
        try:
            digest, path = self._slot(key)
            text = json.dumps({"format": FORMAT, "key": digest, "versions": code_versions(), "page": asdict(page)},
                              ensure_ascii=False, allow_nan=False)
            if _load(text, digest) is None:
                return  # it would be refused when read (a NaN, a confidence above 1): not worth the disk
        except Exception:
            return  # not serialisable: only costs speed
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not self._own_folder(path):
                return  # a slot folder that is a link: nothing is written through it
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{digest[:16]}-", suffix=".tmp")
            try:
                handle = os.fdopen(fd, "w", encoding="utf-8")
            except BaseException:
                os.close(fd)
                raise
            with handle:
                handle.write(text)
            os.replace(tmp, path)
            tmp = None
        except Exception:
            pass  # a read-only or full cache directory: only costs speed
        finally:
            # Every failure (ENOSPC on a write or on closing, a failed rename, even an
            # interrupt, which goes on up): no temp file stays.
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass


# ---------------------------------------------------------------------------- checking
# By hand, not with a schema library: this runs for every page of a cached run.  Only the
# types JSON gives are accepted (``put`` checks the serialised entry the same way).

_PAGE_FIELDS = frozenset(f.name for f in fields(Page))
_LINE_FIELDS = frozenset(f.name for f in fields(Line))
_SOURCES = frozenset({"text_layer", "ocr", "none"})


def _load(raw: bytes | str, digest: str) -> Page | None:
    """The page of an entry, or None when the entry is not a good one for this key."""
    try:
        entry = json.loads(raw)
    except (ValueError, RecursionError):  # truncated, garbage, not UTF-8
        return None
    if not (type(entry) is dict and entry.keys() == {"format", "key", "versions", "page"}
            and entry["format"] == FORMAT and entry["key"] == digest
            and entry["versions"] == code_versions() and _valid_page(entry["page"])):
        return None
    data = dict(entry["page"])
    lines = [Line(text=l["text"], box=tuple(l["box"]), confidence=l["confidence"]) for l in data.pop("lines")]
    seals = [tuple(box) for box in data.pop("seals")]
    return Page(lines=lines, seals=seals, **data)


def _number(value) -> bool:
    return (type(value) is float or type(value) is int) and math.isfinite(value)  # a bool is no number


def _box(value) -> bool:
    return (type(value) is list and len(value) == 4
            and all(type(v) is float or type(v) is int for v in value) and math.isfinite(sum(value)))


def _valid_line(line) -> bool:
    return (type(line) is dict and line.keys() == _LINE_FIELDS and type(line["text"]) is str
            and _box(line["box"]) and _number(line["confidence"]) and 0 <= line["confidence"] <= 1)


def _valid_page(page) -> bool:
    """Every field of ``Page`` (and of its lines) present, of its type and in its range; no
    other field."""
    return (type(page) is dict and page.keys() == _PAGE_FIELDS
            and type(page["number"]) is int and page["number"] >= 1
            and _number(page["width"]) and page["width"] >= 0
            and _number(page["height"]) and page["height"] >= 0
            and type(page["source"]) is str and page["source"] in _SOURCES
            and type(page["lines"]) is list and all(_valid_line(line) for line in page["lines"])
            and type(page["rotation"]) is int and 0 <= page["rotation"] < 360
            and _number(page["skew"])
            and _number(page["scale"]) and page["scale"] > 0
            and (page["engine"] is None or type(page["engine"]) is str)
            and (page["note"] is None or type(page["note"]) is str)
            and type(page["seals"]) is list and all(_box(box) for box in page["seals"]))
