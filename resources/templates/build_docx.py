"""Build the Word templates (通报模板.docx, 整改通知书模板.docx, 评查反馈意见模板.docx) from code.

Run: .venv/bin/python resources/templates/build_docx.py   (writes the three .docx next to this file)

The templates are ordinary Word documents with Jinja placeholders (docxtpl): an office opens one in Word
or WPS, changes wording, the header text or the contact block, and saves it. Everything GB/T 9704-2012
asks of the page is set in the document itself, so the office's own edits keep it:

- A4; margins top 37 mm, left (binding) 28 mm, right 26 mm, bottom 35 mm: text block 156 × 225 mm;
- document grid 22 lines × 28 characters (w:docGrid linesAndChars, line pitch 579 twips, character
  pitch 15.79 pt = 三号 16 pt + charSpace −848/4096 pt);
- styles named as offices name them: 正文 (仿宋_GB2312 三号), 标题 (方正小标宋简体 二号), 一级标题 (黑体),
  二级标题 (楷体_GB2312), 表格/表头 (tables, 小四), 版记 (仿宋_GB2312 四号), 页码 (宋体 四号), with the
  East Asian font in w:eastAsia, digits in Times New Roman, and each office font listed in the font table
  with an w:altName fallback (仿宋, 宋体, 黑体, 楷体) for machines without the licensed fonts;
- the red 发文机关标志 and the red line under the 文号; page numbers "— 1 —" in 宋体 四号 on the outer side
  (odd pages right, even pages left, one character in: different odd and even footers);
- 版记 (抄送, 印发机关 and date) between full-width rules, in a table anchored to the foot of the text block
  on the last page; problem tables whose header row repeats on every page; a long list (> 20 rows) goes
  to an 附件 after the signature.

The placeholders are documented in README.md next to this file (with an example of each).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NOTICE, BULLETIN, FEEDBACK = "整改通知书模板.docx", "通报模板.docx", "评查反馈意见模板.docx"

BODY, TITLE, SMALL, TABLE = 16, 22, 14, 12  # 三号, 二号, 四号, 小四 (pt)
LINE_PITCH = 579  # twips: 225 mm / 22 lines = 579.8, and 22 × 579 still fits (580 would give 21 lines)
CHAR_SPACE = -848  # 156 mm / 28 = 15.793 pt; (15.793 − 16) × 4096
RED = RGBColor(0xFF, 0x00, 0x00)
LATIN = "Times New Roman"
FANGSONG, XIAOBIAOSONG, HEITI, KAITI, SONGTI = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"
# the font table: name → (fallback name, panose, pitch family); charset 86 is GB2312
FONTS = {
    FANGSONG: ("仿宋", "02010609030101010101", "modern"),
    XIAOBIAOSONG: ("宋体", "02000000000000000000", "script"),
    HEITI: ("SimHei", "02010609060101010101", "modern"),
    KAITI: ("楷体", "02010609030101010101", "modern"),
    SONGTI: ("SimSun", "02010600030101010101", "auto"),
}


# --- low-level helpers ----------------------------------------------------------------------------


def set_fonts(rpr_owner, east_asia: str, latin: str = LATIN) -> None:
    """w:rFonts with the East Asian font and the Latin one (digits, letters)."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia), ("w:cs", latin)):
        fonts.set(qn(attr), value)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def paragraph_style(doc, name: str, font: str, size: float, *, base: str | None = "正文", latin: str = LATIN):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base:
        style.base_style = doc.styles[base]
    style.quick_style = True
    style.font.size = Pt(size)
    style.font.name = latin
    set_fonts(style.element, font, latin)
    return style


def p_pr(style_or_paragraph):
    return style_or_paragraph.element.get_or_add_pPr()


def add(parent, tag: str, **attrs) -> OxmlElement:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    parent.append(el)
    return el


def replace(parent, tag: str, **attrs) -> OxmlElement:
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    return add(parent, tag, **attrs)


def indent_chars(ppr, *, first: int = 0, left: int = 0, right: int = 0) -> None:
    """Indents in characters (hundredths: 200 = two characters), which follow the character grid."""
    attrs = {}
    if first:
        attrs.update(firstLineChars=first * 100, firstLine=first * BODY * 20)
    if left:
        attrs.update(leftChars=left * 100, left=left * BODY * 20)
    if right:
        attrs.update(rightChars=right * 100, right=right * BODY * 20)
    replace(ppr, "w:ind", **attrs)


def no_grid(ppr) -> None:
    """Tables, the 版记 and page numbers keep their own line height, not the 22-line grid."""
    replace(ppr, "w:snapToGrid", val=0)


# --- the document ---------------------------------------------------------------------------------


def new_document():
    doc = Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _drop_thumbnail(doc)
    _page_setup(doc)
    _styles(doc)
    _font_table(doc)
    props = doc.core_properties
    props.author, props.title, props.comments = "案卷评查工作台", "", "GB/T 9704-2012"
    props.last_modified_by, props.revision = "案卷评查工作台", 1
    return doc


def _drop_thumbnail(doc) -> None:
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]


def _page_setup(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(22)
    section.gutter = 0
    sect = section._sectPr
    replace(sect, "w:docGrid", type="linesAndChars", linePitch=LINE_PITCH, charSpace=CHAR_SPACE)
    doc.settings.odd_and_even_pages_header_footer = True
    settings = doc.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    _footer(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)  # odd pages: right
    _footer(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)  # even pages: left
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False


def _footer(footer, align) -> None:
    """— N — in 宋体 四号, one character in from the outer edge."""
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = align
    ppr = p._p.get_or_add_pPr()
    no_grid(ppr)
    side = "right" if align == WD_ALIGN_PARAGRAPH.RIGHT else "left"
    replace(ppr, "w:ind", **{side: SMALL * 20})
    _sort_ppr(ppr)
    for text in ("— ", None, " —"):
        if text is None:
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), " PAGE ")
            run = OxmlElement("w:r")
            field.append(run)
            run_text = OxmlElement("w:t")
            run_text.text = "1"
            run.append(run_text)
            p._p.append(field)
            _page_number_font(run)
        else:
            r = p.add_run(text)
            _page_number_font(r._r)


def _page_number_font(r) -> None:
    rpr = r.get_or_add_rPr()
    fonts = add(rpr, "w:rFonts")
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), SONGTI)
    add(rpr, "w:sz", val=SMALL * 2)
    add(rpr, "w:szCs", val=SMALL * 2)


def _styles(doc) -> None:
    styles = doc.styles
    # document defaults: 仿宋_GB2312 三号, Chinese (PRC)
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(
        parse_xml(
            f'<w:rFonts {nsdecls("w")} w:ascii="{LATIN}" w:hAnsi="{LATIN}" '
            f'w:eastAsia="{FANGSONG}" w:cs="{LATIN}"/>'
        )
    )
    add(rpr, "w:kern", val=2)
    add(rpr, "w:sz", val=BODY * 2)
    add(rpr, "w:szCs", val=BODY * 2)
    add(rpr, "w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA")
    normal = styles["Normal"]
    normal.font.size = Pt(BODY)
    set_fonts(normal.element, FANGSONG)
    ppr = p_pr(normal)
    add(ppr, "w:jc", val="both")
    replace(ppr, "w:spacing", before=0, after=0, line=240, lineRule="auto")

    body = paragraph_style(doc, "正文", FANGSONG, BODY, base="Normal")
    indent_chars(p_pr(body), first=2)
    add(p_pr(body), "w:jc", val="both")

    title = paragraph_style(doc, "标题", XIAOBIAOSONG, TITLE)
    ppr = p_pr(title)
    replace(ppr, "w:ind", firstLineChars=0, firstLine=0)
    no_grid(ppr)  # 二号 characters are wider than the 三号 grid's pitch: set them at their own width
    replace(ppr, "w:spacing", before=0, after=0, line=round(TITLE * 1.5 * 20), lineRule="exact")
    add(ppr, "w:jc", val="center")
    add(ppr, "w:outlineLvl", val=0)
    add(ppr, "w:keepNext")

    h1 = paragraph_style(doc, "一级标题", HEITI, BODY)
    add(p_pr(h1), "w:keepNext")
    add(p_pr(h1), "w:outlineLvl", val=1)
    h2 = paragraph_style(doc, "二级标题", KAITI, BODY)
    add(p_pr(h2), "w:keepNext")
    add(p_pr(h2), "w:outlineLvl", val=2)

    flush = paragraph_style(doc, "顶格", FANGSONG, BODY)  # 主送机关, 附件 mark: flush left
    replace(p_pr(flush), "w:ind", firstLineChars=0, firstLine=0)
    signature = paragraph_style(doc, "署名", FANGSONG, BODY)  # 发文机关署名, 成文日期
    indent_chars(p_pr(signature), right=4)
    replace(p_pr(signature), "w:jc", val="right")

    cell = paragraph_style(doc, "表格", FANGSONG, TABLE)
    ppr = p_pr(cell)
    replace(ppr, "w:ind", firstLineChars=0, firstLine=0)
    no_grid(ppr)
    replace(ppr, "w:spacing", before=20, after=20, line=300, lineRule="auto")
    replace(ppr, "w:jc", val="left")
    head = paragraph_style(doc, "表头", HEITI, TABLE, base="表格")
    replace(p_pr(head), "w:jc", val="center")
    centred = paragraph_style(doc, "表格居中", FANGSONG, TABLE, base="表格")
    replace(p_pr(centred), "w:jc", val="center")

    end = paragraph_style(doc, "版记", FANGSONG, SMALL)
    ppr = p_pr(end)
    no_grid(ppr)
    replace(ppr, "w:ind", left=SMALL * 20, right=SMALL * 20)
    replace(ppr, "w:spacing", before=60, after=60, line=240, lineRule="auto")
    page = paragraph_style(doc, "页码", SONGTI, SMALL, latin=SONGTI)
    no_grid(p_pr(page))

    mark = paragraph_style(doc, "发文机关标志", XIAOBIAOSONG, 36)
    ppr = p_pr(mark)
    replace(ppr, "w:ind", firstLineChars=0, firstLine=0)
    no_grid(ppr)
    replace(ppr, "w:spacing", before=round(Mm(35).twips) - 120, after=0, line=240, lineRule="auto")
    add(ppr, "w:jc", val="center")
    mark.font.color.rgb = RED
    number = paragraph_style(doc, "发文字号", FANGSONG, BODY)
    ppr = p_pr(number)
    replace(ppr, "w:ind", firstLineChars=0, firstLine=0)
    add(ppr, "w:jc", val="center")
    # the red line 4 mm under the 文号, as wide as the text block
    ppr.append(
        parse_xml(
            f"<w:pBdr {nsdecls('w')}>"
            '<w:bottom w:val="single" w:sz="12" w:space="11" w:color="FF0000"/></w:pBdr>'
        )
    )
    # keep the order python-docx/Word expect inside pPr (pBdr before spacing/ind/jc)
    _sort_ppr(ppr)
    for s in (normal, body, title, h1, h2, flush, signature, cell, head, centred, end, page, mark, number):
        _sort_ppr(p_pr(s))


_PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


_TBLPR_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
]
_SECTPR_ORDER = [
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
]


def _sort(element, order: list[str]) -> None:
    """Children in the schema's order (Word refuses a file with them out of order); sorted() is stable."""
    rank = {qn(f"w:{n}"): i for i, n in enumerate(order)}
    children = sorted(element, key=lambda c: rank.get(c.tag, len(rank)))
    for child in children:
        element.remove(child)
        element.append(child)


def _sort_ppr(ppr) -> None:
    _sort(ppr, _PPR_ORDER)


def _sort_tables_and_sections(doc) -> None:
    for tbl_pr in doc.element.body.iter(qn("w:tblPr")):
        _sort(tbl_pr, _TBLPR_ORDER)
    for sect_pr in doc.element.body.iter(qn("w:sectPr")):
        _sort(sect_pr, _SECTPR_ORDER)


def _font_table(doc) -> None:
    """The office fonts with their fallbacks (w:altName), GB2312 charset, so Word substitutes sensibly."""
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype == RT.FONT_TABLE)
    entries = [
        f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 w:val="{panose}"/>'
        f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="fixed"/></w:font>'
        for name, (alt, panose, family) in FONTS.items()
    ]
    entries.append(
        f'<w:font w:name="{LATIN}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
        '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:fonts {nsdecls('w')}>{''.join(entries)}</w:fonts>"
    )
    part._blob = xml.encode("utf-8")


# --- paragraphs, tags and tables -------------------------------------------------------------------


def para(doc, text: str = "", style: str = "正文", *, align=None):
    p = doc.add_paragraph(text, style=style)
    if align is not None:
        p.alignment = align
    return p


def tag(doc, text: str) -> None:
    """A docxtpl paragraph tag ({%p … %}): the paragraph itself disappears when rendered."""
    doc.add_paragraph(text, style="正文")


def paragraphs(doc, name: str, style: str = "正文") -> None:
    """One paragraph per item of the list `name`."""
    tag(doc, f"{{%p for 段 in {name} %}}")
    para(doc, "{{ 段 }}", style)
    tag(doc, "{%p endfor %}")


def heading(doc, text: str, level: int = 1) -> None:
    para(doc, text, "一级标题" if level == 1 else "二级标题")


def _borders(table, *, inside: bool = True) -> None:
    tbl_pr = table._tbl.tblPr
    inner = (
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        if inside
        else ""
    )
    tbl_pr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            f"{inner}</w:tblBorders>"
        )
    )


def _widths(table, widths_mm: list[float]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(round(Mm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)
    replace(table._tbl.tblPr, "w:tblW", w=round(Mm(sum(widths_mm)).twips), type="dxa")
    replace(table._tbl.tblPr, "w:tblLayout", type="fixed")


def _cell(cell, text: str, style: str = "表格") -> None:
    p = cell.paragraphs[0]
    p.style = style
    p.text = text


def _shade(cell, fill: str = "EDEDED") -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _header_row(row) -> None:
    """Repeat this row at the top of every page the table runs onto; never split it."""
    tr_pr = row._tr.get_or_add_trPr()
    add(tr_pr, "w:cantSplit")
    add(tr_pr, "w:tblHeader")


def _control_row(table, text: str) -> None:
    """A row holding only a docxtpl row tag ({%tr … %}): it disappears when rendered."""
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1]) if len(row.cells) > 1 else row.cells[0]
    _cell(merged, text)


def loop_table(
    doc,
    heads: list[str],
    widths: list[float],
    rows: str,
    fields: list[str],
    *,
    centred: tuple[int, ...] = (),
    group: str | None = None,
) -> None:
    """A table with a repeated header row and one row per item of `rows` (dicts keyed by `fields`).

    With `group`, an item whose `group` key is true is a shaded row spanning the table, showing its 文字.
    """
    table = doc.add_table(rows=1, cols=len(heads))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(table)
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        _cell(cell, text, "表头")
        _shade(cell)
    _header_row(table.rows[0])
    _control_row(table, f"{{%tr for 行 in {rows} %}}")
    if group:
        _control_row(table, f"{{%tr if 行.{group} %}}")
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        _cell(merged, "{{ 行.文字 }}")
        _shade(merged)
        add(row._tr.get_or_add_trPr(), "w:cantSplit")
        _control_row(table, "{%tr else %}")
    row = table.add_row()
    add(row._tr.get_or_add_trPr(), "w:cantSplit")
    for n, (cell, key) in enumerate(zip(row.cells, fields, strict=True)):
        _cell(cell, f"{{{{ 行.{key} }}}}", "表格居中" if n in centred else "表格")
    if group:
        _control_row(table, "{%tr endif %}")
    _control_row(table, "{%tr endfor %}")
    _widths(table, widths)


def red_header(doc) -> None:
    """版头: the red 发文机关标志, the 文号 two lines below and the red line (the 文号 paragraph's border)."""
    para(doc, "{{ 发文机关标志 }}", "发文机关标志")
    para(doc, "", "顶格")
    para(doc, "{{ 文号 }}", "发文字号")


def signature(doc, issuer: str = "{{ 署名 }}") -> None:
    para(doc)
    para(doc)
    para(doc, issuer, "署名")
    para(doc, "{{ 成文日期 }}", "署名")


def end_block(doc) -> None:
    """版记: 抄送 and 印发机关/印发日期 between full-width rules (thick, thin, thick) in a floating table
    anchored to the foot of the text block (w:tblpPr tblpYSpec bottom), on the last page."""
    para(doc)
    table = doc.add_table(rows=0, cols=1)
    tbl_pr = table._tbl.tblPr
    tbl_pr.insert(
        0,
        parse_xml(
            f'<w:tblpPr {nsdecls("w")} w:leftFromText="0" w:rightFromText="0" w:topFromText="240" '
            'w:bottomFromText="0" w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" '
            'w:tblpYSpec="bottom"/>'
        ),
    )
    tbl_pr.append(parse_xml(f'<w:tblOverlap {nsdecls("w")} w:val="never"/>'))
    tbl_pr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            '<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
            '<w:left w:val="nil"/>'
            '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
            '<w:right w:val="nil"/>'
            '<w:insideH w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
            '<w:insideV w:val="nil"/></w:tblBorders>'
        )
    )
    _control_row(table, "{%tr if 抄送 %}")
    row = table.add_row()
    _cell(row.cells[0], "抄送：{{ 抄送 }}", "版记")
    ppr = row.cells[0].paragraphs[0]._p.get_or_add_pPr()
    replace(ppr, "w:ind", left=SMALL * 20 + SMALL * 3 * 20, hanging=SMALL * 3 * 20, right=SMALL * 20)
    _sort_ppr(ppr)
    _control_row(table, "{%tr endif %}")
    row = table.add_row()
    _cell(row.cells[0], "{{ 印发机关 }}\t{{ 印发日期 }}印发", "版记")
    ppr = row.cells[0].paragraphs[0]._p.get_or_add_pPr()
    stop = round(Mm(156).twips) - SMALL * 20 * 2
    ppr.append(parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:pos="{stop}"/></w:tabs>'))
    _sort_ppr(ppr)
    _widths(table, [156])
    # a document ends with a paragraph (LibreOffice drops a table that ends the body): a tiny one
    last = para(doc, "", "版记")
    last.paragraph_format.space_before = last.paragraph_format.space_after = Pt(0)
    last.paragraph_format.line_spacing = Pt(1)


def attachment(doc, title: str) -> None:
    """附件 on a new page: "附件" flush top left in 黑体, then its title."""
    p = para(doc, "附件", "顶格")
    p.runs[0].font.name = LATIN
    set_fonts(p.runs[0]._r, HEITI)
    p.paragraph_format.page_break_before = True
    para(doc)
    para(doc, title, "标题")
    para(doc)


# --- the three templates --------------------------------------------------------------------------

PROBLEM_HEADS = ["{{ 项目列 }}", "扣分", "问题及扣分理由", "页码"]
PROBLEM_WIDTHS = [52.0, 14.0, 76.0, 14.0]
PROBLEM_FIELDS = ["项目", "扣分", "理由", "页码"]


def notice() -> Document:
    doc = new_document()
    red_header(doc)
    para(doc)
    para(doc, "{{ 标题 }}", "标题")
    para(doc)
    para(doc, "{{ 单位 }}：", "顶格")
    paragraphs(doc, "开头")
    heading(doc, "一、存在的问题")
    tag(doc, "{%p if 否决 %}")
    para(doc, "{{ 否决说明 }}")
    paragraphs(doc, "否决")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if 附件 %}")
    para(doc, "{{ 问题数 }}个扣分问题的清单见附件。")
    tag(doc, "{%p else %}")
    loop_table(doc, PROBLEM_HEADS, PROBLEM_WIDTHS, "问题", PROBLEM_FIELDS, centred=(1, 3), group="分组")
    tag(doc, "{%p endif %}")
    heading(doc, "二、整改要求")
    paragraphs(doc, "整改要求")
    heading(doc, "三、整改期限")
    para(doc, "请于{{ 截止日期 }}前完成整改（自本通知印发之日起{{ 期限 }}日内）。")
    heading(doc, "四、反馈要求")
    paragraphs(doc, "反馈要求")
    heading(doc, "五、异议和复查")
    paragraphs(doc, "异议和复查")
    paragraphs(doc, "联系方式")
    tag(doc, "{%p if 附件 %}")
    para(doc)
    para(doc, "附件：问题清单")
    tag(doc, "{%p endif %}")
    signature(doc)
    tag(doc, "{%p if 附件 %}")
    attachment(doc, "问题清单")
    loop_table(doc, PROBLEM_HEADS, PROBLEM_WIDTHS, "问题", PROBLEM_FIELDS, centred=(1, 3), group="分组")
    tag(doc, "{%p endif %}")
    end_block(doc)
    return doc


def bulletin() -> Document:
    doc = new_document()
    tag(doc, "{%p if 文号 %}")
    red_header(doc)
    para(doc)
    tag(doc, "{%p endif %}")
    para(doc, "{{ 标题 }}", "标题")
    para(doc)
    para(doc, "{{ 主送机关 }}：", "顶格")
    paragraphs(doc, "开头")
    heading(doc, "一、基本情况")
    para(doc, "{{ 基本情况 }}")
    tag(doc, "{%p if 等次分布 %}")
    heads = ["等次", "数量", "占比"]
    loop_table(doc, heads, [60.0, 48.0, 48.0], "等次分布", heads, centred=(0, 1, 2))
    tag(doc, "{%p endif %}")
    heading(doc, "二、{{ 排名标题 }}")
    para(doc, "{{ 排名说明 }}")
    tag(doc, "{%p if 附件 %}")
    para(doc, "排名表见附件。")
    tag(doc, "{%p elif 排名 %}")
    _ranking_table(doc)
    tag(doc, "{%p endif %}")
    heading(doc, "三、{{ 表扬标题 }}")
    paragraphs(doc, "表扬")
    heading(doc, "四、存在的主要问题")
    tag(doc, "{%p if 共性问题 %}")
    heading(doc, "（一）共性问题", 2)
    para(doc, "{{ 共性问题说明 }}")
    loop_table(
        doc,
        ["序号", "{{ 项目列 }}", "{{ 计数列 }}", "占比"],
        [14.0, 96.0, 26.0, 20.0],
        "共性问题",
        ["序号", "项目", "数量", "占比"],
        centred=(0, 2, 3),
    )
    heading(doc, "（二）典型问题", 2)
    paragraphs(doc, "典型问题")
    tag(doc, "{%p else %}")
    para(doc, "{{ 无问题 }}")
    tag(doc, "{%p endif %}")
    heading(doc, "五、工作要求")
    paragraphs(doc, "工作要求")
    tag(doc, "{%p if 附件 %}")
    para(doc)
    para(doc, "附件：{{ 排名标题 }}排名表")
    tag(doc, "{%p endif %}")
    signature(doc)
    tag(doc, "{%p if 附件 %}")
    attachment(doc, "{{ 排名标题 }}排名表")
    _ranking_table(doc)
    tag(doc, "{%p endif %}")
    end_block(doc)
    return doc


def _ranking_table(doc) -> None:
    loop_table(
        doc,
        ["名次", "{{ 单位列 }}", "{{ 数量列 }}", "{{ 平均分列 }}", "等次"],
        [16.0, 72.0, 22.0, 24.0, 22.0],
        "排名",
        ["名次", "单位", "数量", "得分", "等次"],
        centred=(0, 2, 3, 4),
    )


def feedback() -> Document:
    doc = new_document()
    para(doc, "{{ 标题 }}", "标题")
    para(doc)
    para(doc, "{{ 单位 }}：", "顶格")
    para(doc, "{{ 开头 }}")
    heading(doc, "一、总体情况")
    para(doc, "{{ 总体情况 }}")
    tag(doc, "{%p if 督察 %}")
    loop_table(
        doc,
        ["序号", "一级指标", "分值", "得分"],
        [16.0, 92.0, 24.0, 24.0],
        "得分表",
        ["序号", "名称", "分值", "得分"],
        centred=(0, 2, 3),
    )
    tag(doc, "{%p else %}")
    heads = ["序号", "案号", "案件名称", "得分", "等次", "备注"]
    widths = [12.0, 42.0, 56.0, 16.0, 14.0, 16.0]
    fields = ["序号", "案号", "名称", "得分", "等次", "备注"]
    loop_table(doc, heads, widths, "案卷", fields, centred=(0, 3, 4, 5))
    tag(doc, "{%p endif %}")
    heading(doc, "二、发现的主要问题")
    paragraphs(doc, "否决")
    tag(doc, "{%p if 问题 %}")
    para(doc, "{{ 问题说明 }}")
    heads = ["{{ 项目列 }}", "扣分", "问题及页码"]
    loop_table(doc, heads, [46.0, 16.0, 94.0], "问题", ["项目", "扣分", "理由"], centred=(1,), group="分组")
    tag(doc, "{%p elif not 否决 %}")
    para(doc, "{{ 无问题 }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for 节 in 其他 %}")
    para(doc, "{{ 节.标题 }}", "一级标题")
    tag(doc, "{%p for 段 in 节.段落 %}")
    para(doc, "{{ 段 }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    para(doc, "{{ 整改要求标题 }}", "一级标题")
    para(doc, "{{ 整改要求 }}")
    signature(doc)
    return doc


def build(folder: Path = HERE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, make in ((NOTICE, notice), (BULLETIN, bulletin), (FEEDBACK, feedback)):
        path = folder / name
        doc = make()
        _sort_tables_and_sections(doc)
        doc.save(path)
        out.append(path)
    return out


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
