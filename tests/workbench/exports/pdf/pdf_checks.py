"""What a reader of our PDFs sees, asked of poppler's command-line tools."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def font_rows(path: Path) -> list[list[str]]:
    """pdffonts rows, one per font, split on whitespace (the emb column is third from the right)."""
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def all_fonts_embedded(path: Path) -> bool:
    rows = font_rows(path)
    return bool(rows) and all(row[-5] == "yes" for row in rows)


def text(path: Path, *, first: int | None = None, last: int | None = None, layout: bool = True) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return _run("pdftotext", *(["-layout"] if layout else []), *pages, str(path), "-")


def info(path: Path) -> dict[str, str]:
    lines = _run("pdfinfo", str(path)).splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


def is_a4(path: Path) -> bool:
    """Every page 595.28 x 841.89 pt (210 x 297 mm), whatever precision poppler prints."""
    pages = info(path)["Pages"]
    lines = _run("pdfinfo", "-f", "1", "-l", pages, str(path)).splitlines()
    sizes = [line.split(":", 1)[1].split()[:3] for line in lines if re.match(r"Page +\d+ size:", line)]
    return len(sizes) == int(pages) and all(
        abs(float(w) - 595.28) < 0.05 and abs(float(h) - 841.89) < 0.05 for w, _, h in sizes
    )


def squeeze(text: str) -> str:
    """Text without whitespace: pdftotext drops or adds spaces between Chinese and digits."""
    return "".join(text.split())
