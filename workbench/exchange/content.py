"""What is inside a sealed package: `data.json` (table rows) and the scans, stored once by hash.

Also the one definition of a score sheet's content for comparing versions across laptops: its
state, remarks and entries, never its ids or times.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from workbench.exchange.sealing import PackageRefused

DATA = "data.json"
SCAN_NAME = re.compile(r"^[0-9a-f]{64}\.(pdf|png|jpg)$")
MAX_DATA = 512 * 1024**2


def pack(data: Mapping[str, Any], scans: Mapping[str, Path]) -> bytes:
    """A zip in memory: the rows as JSON (deflated), the scans as they are (already compressed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
        archive.writestr(DATA, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
        for name, path in sorted(scans.items()):
            archive.write(path, f"scans/{name}", compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def unpack(content: bytes, name: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The rows and the scans by stored name; anything unexpected refuses the package."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            info = archive.getinfo(DATA)
            if info.file_size > MAX_DATA:
                raise PackageRefused(name=name, why="数据包内容过大")
            data = json.loads(archive.read(DATA).decode("utf-8"))
            scans = {}
            for member in archive.infolist():
                if member.filename == DATA:
                    continue
                stored = member.filename.removeprefix("scans/")
                if not member.filename.startswith("scans/") or not SCAN_NAME.match(stored):
                    raise PackageRefused(name=name, why=f"数据包含有意外的文件“{member.filename}”")
                scans[stored] = archive.read(member)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError) as exc:
        raise PackageRefused(name=name, why="数据包内容已损坏") from exc
    if not isinstance(data, dict):
        raise PackageRefused(name=name, why="数据包内容已损坏")
    for stored, blob in scans.items():
        if hashlib.sha256(blob).hexdigest() != stored.split(".")[0]:
            raise PackageRefused(name=name, why=f"扫描件“{stored}”与其校验值不符")
    return data, scans


def columnar(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Many rows of one table as column names once and value lists: a quarter of the JSON to parse."""
    columns = list(rows[0]) if rows else []
    pick = itemgetter(*columns) if len(columns) > 1 else (lambda r: (r[columns[0]],))
    return {
        "columns": columns,
        "rows": [list(pick(r)) if len(columns) > 1 else [r[columns[0]]] for r in rows],
    }


def from_columnar(block: Any, name: str) -> list[dict[str, Any]]:
    """The rows back as dicts; anything else than the shape `columnar` writes refuses the package."""
    if not isinstance(block, dict) or not isinstance(block.get("columns"), list):
        raise PackageRefused(name=name, why="数据包内容已损坏")
    columns = block["columns"]
    return [dict(zip(columns, row, strict=True)) for row in block.get("rows", [])]


ENTRY_FIELDS = ("item_key", "kind", "points", "count", "reason", "page")
_fields = itemgetter(*ENTRY_FIELDS)


def sheet_content(sheet: Mapping[str, Any] | None, entries: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A sheet as people compare it: state, remarks, and its entries in a fixed order."""
    if sheet is None:
        return {}
    rows = sorted(map(_fields, entries), key=str)  # values as stored (text, integers, NULL)
    return {"status": sheet.get("status") or "", "remarks": sheet.get("remarks") or "", "entries": rows}


def content_hash(content: Mapping[str, Any]) -> str:
    """'' for no sheet at all, else the SHA-256 of the canonical JSON."""
    if not content:
        return ""
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
