"""What a reader of our .docx sees, asked of python-docx (and the raw XML where python-docx has no API)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn


def document(path: Path):
    return Document(str(path))


def body_text(path: Path) -> str:
    """Every paragraph of the body, table cells included, in document order, one a line."""
    doc = document(path)
    lines = []
    for p in doc.element.body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if text:
            lines.append(text)
    return "\n".join(lines)


def east_asian_font(style) -> str | None:
    fonts = style.element.rPr.find(qn("w:rFonts")) if style.element.rPr is not None else None
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def doc_grid(path: Path) -> dict[str, str]:
    grid = document(path).sections[0]._sectPr.find(qn("w:docGrid"))
    return {key.split("}")[1]: value for key, value in grid.attrib.items()}


def font_table(path: Path) -> dict[str, str]:
    """Font name → its w:altName (the fallback) in word/fontTable.xml."""
    from lxml import etree

    doc = document(path)
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    root = etree.fromstring(part.blob)
    out = {}
    for font in root.iter(qn("w:font")):
        alt = font.find(qn("w:altName"))
        out[font.get(qn("w:name"))] = "" if alt is None else alt.get(qn("w:val"))
    return out


def header_rows_repeat(path: Path) -> list[bool]:
    """For each table with a header row: does its first row repeat on every page (w:tblHeader)?"""
    doc = document(path)
    out = []
    for tbl in doc.element.body.iter(qn("w:tbl")):
        first = tbl.find(qn("w:tr"))
        if tbl.find(qn("w:tblPr")).find(qn("w:tblpPr")) is not None:
            continue  # the 版记 (floating) has no header
        tr_pr = first.find(qn("w:trPr"))
        out.append(tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None)
    return out


def _allow_unfinished() -> dict[str, bool]:
    """Numbered documents may be refused while files are not final (an organiser's confirmation lets
    them through); the demo campaigns these tests use always have some files awaiting a decision."""
    import inspect

    from workbench.exports.service import export_outputs

    return (
        {"allow_unfinished": True}
        if "allow_unfinished" in inspect.signature(export_outputs).parameters
        else {}
    )


ALLOW = _allow_unfinished()
