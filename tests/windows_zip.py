"""Zips as Chinese Windows makes them: member names in GBK (code page 936) with no UTF-8
flag, written by a FAT-system creator, backslashes as separators (as some Windows tools
write them), folders as their own entries.  Python's zipfile would write UTF-8 with the
flag; this is what a reviewer actually receives."""

from __future__ import annotations

import zipfile
from pathlib import Path


class WindowsName(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's own name
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def windows_zip(target: Path, folder: Path, inside: str | None = None, backslashes: bool = True) -> Path:
    """Zip ``folder``'s files into ``target`` (under ``inside/`` when given) the Windows way."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        folders: set[str] = set()
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            name = path.relative_to(folder).as_posix()
            if inside:
                name = f"{inside}/{name}"
            parts = name.split("/")
            for n in range(1, len(parts)):
                directory = "/".join(parts[:n]) + "/"
                if directory not in folders:
                    folders.add(directory)
                    entry = WindowsName(directory.replace("/", "\\") if backslashes else directory, (2024, 5, 6, 10, 0, 0))
                    entry.create_system = 0
                    entry.external_attr = 0x10  # MS-DOS directory attribute
                    archive.writestr(entry, b"")
            info = WindowsName(name.replace("/", "\\") if backslashes else name, (2024, 5, 6, 10, 0, 0))
            info.create_system = 0
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return target
