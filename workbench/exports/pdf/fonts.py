"""Chinese TrueType fonts for generated PDFs: the office's licensed fonts when present, open ones otherwise.

reportlab embeds only TrueType outlines (.ttf, .ttc); OpenType/CFF files and the built-in CID fonts
(STSong-Light, never embedded) are never used, so every PDF shows the same glyphs on every machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

ROLES = ("body", "title", "heading", "kai")
ENV_FONT_DIR = "WORKBENCH_FONT_DIR"


class FontsMissing(UserError):
    code = "fonts_missing"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "未找到可嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）。请安装仿宋_GB2312、方正小标宋简体等字体，"
        "或在设置中指定字体文件；Linux 下可安装 fonts-wqy-microhei 软件包"
        "（sudo apt install fonts-wqy-microhei）。",
    )


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names for each role of a document, and what was substituted."""

    body: str  # 仿宋
    title: str  # 小标宋
    heading: str  # 黑体
    kai: str  # 楷体
    fallback: str  # widest coverage, for characters the role font lacks
    notes: tuple[str, ...]  # Chinese sentences for the user, one per substitution


@dataclass(frozen=True)
class _Candidate:
    file: str  # file name, matched case-insensitively
    label: str  # Chinese name used in notes
    subfont: int = 0


def _c(file: str, label: str, subfont: int = 0) -> _Candidate:
    return _Candidate(file.lower(), label, subfont)


_WANTED = {"body": "仿宋_GB2312", "title": "方正小标宋简体", "heading": "黑体", "kai": "楷体_GB2312"}
_ROLE_LABEL = {"body": "正文", "title": "标题", "heading": "黑体标题", "kai": "楷体标题"}

# The fonts offices own (Windows ships 仿宋, 黑体, 楷体; the _GB2312 and 方正 files are installed by hand).
_LICENSED = {
    "body": (
        _c("仿宋_GB2312.ttf", "仿宋_GB2312"),
        _c("FS_GB2312.ttf", "仿宋_GB2312"),
        _c("simfang.ttf", "仿宋"),
        _c("仿宋.ttf", "仿宋"),
    ),
    "title": (
        _c("FZXBSJW.TTF", "方正小标宋简体"),
        _c("方正小标宋简体.ttf", "方正小标宋简体"),
        _c("FZXBSJW--GB1-0.ttf", "方正小标宋简体"),
        _c("方正小标宋_GBK.ttf", "方正小标宋_GBK"),
    ),
    "heading": (_c("simhei.ttf", "黑体"), _c("黑体.ttf", "黑体")),
    "kai": (
        _c("楷体_GB2312.ttf", "楷体_GB2312"),
        _c("KT_GB2312.ttf", "楷体_GB2312"),
        _c("simkai.ttf", "楷体"),
        _c("楷体.ttf", "楷体"),
    ),
}

_WQY = _c("wqy-microhei.ttc", "文泉驿微米黑")
_UMING = _c("uming.ttc", "文鼎PL明体")
_UKAI = _c("ukai.ttc", "文鼎PL中楷")
_GBSN = _c("gbsn00lp.ttf", "文鼎PL简报宋")
_GKAI = _c("gkai00mp.ttf", "文鼎PL简中楷")
_LXGW = _c("LXGWWenKai-Regular.ttf", "霞鹜文楷")

# Open fonts from Debian packages (see fonts.md): a 宋/明 face stands in for 仿宋 and 小标宋.
_OPEN = {
    "body": (_UMING, _GBSN, _WQY, _LXGW, _UKAI, _GKAI),
    "title": (_UMING, _GBSN, _WQY, _LXGW, _UKAI, _GKAI),
    "heading": (_WQY, _UMING, _GBSN, _LXGW),
    "kai": (_LXGW, _UKAI, _GKAI, _WQY, _UMING, _GBSN),
}
# Widest coverage first: names of people and companies use characters outside GB2312.
_FALLBACK = (
    _WQY,
    _LXGW,
    _c("msyh.ttc", "微软雅黑"),
    _c("simsun.ttc", "宋体"),
    _UMING,
    _UKAI,
    _c("simhei.ttf", "黑体"),
)
# Registered only when a character needs them (CJK extensions A to G): large files, rarely used.
_RARE = (
    _c("HanaMinA.ttf", "花園明朝A"),
    _c("HanaMinB.ttf", "花園明朝B"),
    _c("simsunb.ttf", "宋体-ExtB"),
    _c("simsun.ttc", "宋体"),
    _c("msyh.ttc", "微软雅黑"),
    _LXGW,
    _UMING,
    _UKAI,
)

_lock = threading.RLock()
_registered: dict[tuple[str, int], str] = {}  # (resolved path, subfont) -> reportlab name
_labels: dict[str, str] = {}  # reportlab name -> family name, for notes


def load_fonts(files: Mapping[str, str] | None = None) -> FontSet:
    """The fonts for a document: `files` (role -> path, from settings) first, then the system."""
    chosen = tuple(sorted((role, str(path)) for role, path in (files or {}).items() if path))
    return _load(chosen)


def markup(text: str, font: str, fonts: FontSet) -> str:
    """Paragraph markup of `text` in `font`; characters it lacks switch to a font that has them."""
    runs: list[str] = []
    for run_font, run in _runs(text, font, fonts):
        body = escape(run).replace("\n", "<br/>")
        runs.append(body if run_font == font else f'<font name="{run_font}">{body}</font>')
    return f'<font name="{font}">{"".join(runs)}</font>'


def covers(font: str, text: str) -> bool:
    """Whether `font` has a glyph for every character of `text` (whitespace aside)."""
    glyphs = _coverage(font)
    return all(ord(ch) in glyphs or ch.isspace() for ch in text)


def _runs(text: str, font: str, fonts: FontSet) -> list[tuple[str, str]]:
    main = _coverage(font)
    runs: list[tuple[str, str]] = []
    current, start = font, 0
    for i, ch in enumerate(text):
        code = ord(ch)
        wanted = font if code in main or ch.isspace() else _font_for(code, fonts.fallback, font)
        if wanted != current:
            if i > start:
                runs.append((current, text[start:i]))
            current, start = wanted, i
    if start < len(text):
        runs.append((current, text[start:]))
    return runs


def _font_for(code: int, fallback: str, font: str) -> str:
    if code in _coverage(fallback):
        return fallback
    # No installed font has it: keep the text in `font`, so it still extracts and searches.
    return _rare_font_for(code) or font


@cache
def _rare_font_for(code: int) -> str | None:
    """The first rare-character font that has `code`, registering them one by one as needed."""
    index = _font_index()
    for candidate in _RARE:
        path = index.get(candidate.file)
        if path is not None and (name := _register(path, candidate.subfont)) and code in _coverage(name):
            return name
    return None


@cache
def _coverage(name: str) -> Container[int]:
    return pdfmetrics.getFont(name).face.charToGlyph


@cache
def _load(files: tuple[tuple[str, str], ...]) -> FontSet:
    with _lock:
        index = _font_index()
        notes: list[str] = []
        names: dict[str, str] = {}
        for role, path in files:
            if role in (*ROLES, "fallback") and (name := _from_settings(role, path, notes)):
                names[role] = name
        fallback = names.get("fallback") or _first(_FALLBACK, index)
        substituted: list[tuple[str, str]] = []  # (role, open face used): one note for them all
        for role in ROLES:
            if role in names:
                continue
            name = _first(_LICENSED[role], index)
            if name is None and (found := _first_found(_OPEN[role], index)):
                name, label = found
                substituted.append((role, label))
            if name is not None:
                names[role] = name
        fallback = fallback or next(iter(names.values()), None)
        if fallback is None:
            raise FontsMissing()
        for role in ROLES:
            if role not in names:
                names[role] = fallback
                substituted.append((role, _label_of(fallback)))
        if substituted:
            notes.append(substitution_note(substituted))
        return FontSet(**{role: names[role] for role in ROLES}, fallback=fallback, notes=tuple(notes))


def substitution_note(substituted: list[tuple[str, str]]) -> str:
    """One sentence for every licensed face missing and the open one used instead (once per export)."""
    missing = "、".join(_WANTED[role] for role, _ in substituted)
    used = "，".join(f"{_ROLE_LABEL[role]}改用{label}" for role, label in substituted)
    return f"未找到{missing}：{used}（均已嵌入）。"


def _from_settings(role: str, path: str, notes: list[str]) -> str | None:
    what = _ROLE_LABEL.get(role, "备用")
    file = Path(path)
    if file.suffix.lower() not in (".ttf", ".ttc"):
        notes.append(f"设置中的{what}字体 {file.name} 不是 TrueType 字体（.ttf/.ttc），无法嵌入，已忽略。")
        return None
    if not file.is_file():
        notes.append(f"设置中的{what}字体文件 {path} 不存在，已改为自动查找。")
        return None
    name = _register(file, 0)
    if name is None:
        notes.append(f"设置中的{what}字体 {file.name} 无法读取或不能嵌入 PDF，已改为自动查找。")
    return name


def _first(candidates: Iterable[_Candidate], index: Mapping[str, Path]) -> str | None:
    found = _first_found(candidates, index)
    return found[0] if found else None


def _first_found(candidates: Iterable[_Candidate], index: Mapping[str, Path]) -> tuple[str, str] | None:
    for candidate in candidates:
        path = index.get(candidate.file)
        if path is not None and (name := _register(path, candidate.subfont)):
            return name, candidate.label
    return None


def _register(path: Path, subfont: int) -> str | None:
    """Register a TrueType file once per process; None when reportlab cannot embed it."""
    key = (str(path.resolve()), subfont)
    with _lock:
        if key in _registered:
            return _registered[key]
        stem = re.sub(r"[^A-Za-z0-9]+", "", path.stem) or "font"
        name = f"WB{len(_registered) + 1}-{stem}-{subfont}"
        try:
            font = TTFont(name, str(path), subfontIndex=subfont)
        except Exception:  # any third-party file: CFF outlines, corrupt, unreadable -> not usable
            return None
        pdfmetrics.registerFont(font)
        _registered[key] = name
        _labels[name] = _family(font, path)
        return name


def _label_of(name: str) -> str:
    return _labels.get(name, name)


def _family(font: TTFont, path: Path) -> str:
    family = getattr(font.face, "familyName", b"")
    if isinstance(family, bytes):
        family = family.decode("utf-8", "replace")
    return str(family) or path.name


@cache
def _font_index() -> dict[str, Path]:
    """Lower-case file name -> path of every .ttf/.ttc; earlier folders win."""
    index: dict[str, Path] = {}
    for folder in _font_dirs():
        for root, _dirs, names in os.walk(folder):
            for file_name in names:
                if file_name.lower().endswith((".ttf", ".ttc")):
                    index.setdefault(file_name.lower(), Path(root) / file_name)
    for path in _fontconfig_files():
        index.setdefault(path.name.lower(), path)
    return index


def _font_dirs() -> list[Path]:
    dirs = [Path(p) for p in os.environ.get(ENV_FONT_DIR, "").split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if local := os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    else:
        dirs += [home / ".local/share/fonts", home / ".fonts", Path("/usr/local/share/fonts")]
        dirs.append(Path("/usr/share/fonts"))
    return [d for d in dirs if d.is_dir()]


def _fontconfig_files() -> list[Path]:
    """Fonts in folders fontconfig knows beyond the usual ones; nothing if fc-list is absent."""
    fc_list = shutil.which("fc-list") if sys.platform != "win32" else None
    if fc_list is None:
        return []
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{file}\n"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line) for line in out.splitlines() if line.lower().endswith((".ttf", ".ttc"))]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with characters past U+FFFF as UTF-16 pairs, so 𠮷 extracts as 𠮷."""
    pairs = "\n".join(f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset))
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


# reportlab 5.1 writes U+20BB7 as <20BB7>, which readers take as U+20BB plus junk (checked with
# pdftotext); the map above is the same text but for that encoding.
ttfonts.makeToUnicodeCMap = _to_unicode_cmap

# Chinese punctuation that must not start a line (GB/T 15834 practice). reportlab's list has the
# Japanese set (、。」) but not ，；：？！》” , so wrapped Chinese began lines with a comma.
_NO_LINE_START = "，；：？！》〉”’…·％"
textsplit.ALL_CANNOT_START += "".join(c for c in _NO_LINE_START if c not in textsplit.ALL_CANNOT_START)
paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
