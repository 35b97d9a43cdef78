"""Fonts: found, embedded, extractable, and no character left without a glyph."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from tests.workbench.exports.pdf import pdf_checks
from workbench.exports.pdf import fonts as fonts_module
from workbench.exports.pdf.fonts import FontSet, FontsMissing, load_fonts, markup

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture
def fresh_search(monkeypatch):
    """Forget what this process found, so a test can change the environment; forget again after."""
    fonts_module._load.cache_clear()
    fonts_module._font_index.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    fonts_module._load.cache_clear()
    fonts_module._font_index.cache_clear()


def _pdf(path: Path, paragraphs: list[str], fonts: FontSet) -> Path:
    style = ParagraphStyle("t", fontName=fonts.body, fontSize=14, leading=20, wordWrap="CJK")
    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=fonts.body)
    doc.build([Paragraph(p, style) for p in paragraphs])
    return path


def test_fonts_are_found_and_cached():
    fonts = load_fonts()
    assert fonts is load_fonts()
    for name in (fonts.body, fonts.title, fonts.heading, fonts.kai, fonts.fallback):
        assert isinstance(pdfmetrics.getFont(name), TTFont)  # never a CID font


def test_open_fonts_are_named_in_the_notes():
    fonts = load_fonts()
    if fonts.body == fonts.fallback and WQY.exists():
        assert any("仿宋_GB2312" in n and "文泉驿微米黑" in n and "已嵌入" in n for n in fonts.notes)


def test_every_font_is_embedded_and_rare_names_extract(tmp_path):
    fonts = load_fonts()
    names = "当事人：刘䶮、吉𠮷、王堃、张喆、李昇、〔２０２６〕１号"
    paragraphs = [markup(names, fonts.body, fonts), markup("标题", fonts.title, fonts)]
    pdf = _pdf(tmp_path / "names.pdf", paragraphs, fonts)
    assert pdf_checks.all_fonts_embedded(pdf), pdf_checks.font_rows(pdf)
    text = pdf_checks.text(pdf, layout=False)
    for name in ("王堃", "张喆", "李昇", "〔２０２６〕"):
        assert name in text
    for rare in ("䶮", "𠮷"):  # CJK extensions: present only when a font that has them is installed
        if fonts_module._font_for(ord(rare), fonts.fallback, "") != "":
            assert rare in text
        else:
            pytest.skip(f"no installed font has {rare} (install fonts-hanazono)")


def test_markup_escapes_user_text(tmp_path):
    fonts = load_fonts()
    hostile = '<b>甲&乙</b> <font name="Helvetica">x</font>'
    out = markup(hostile, fonts.body, fonts)
    assert "<b>" not in out
    assert "&lt;b&gt;甲&amp;乙" in out
    pdf = _pdf(tmp_path / "esc.pdf", [out], fonts)
    assert "<b>甲&乙</b>" in pdf_checks.text(pdf, layout=False)
    assert pdf_checks.all_fonts_embedded(pdf)


def test_markup_switches_font_per_character():
    fonts = load_fonts()
    latin = fonts_module._register(DEJAVU, 0)
    assert latin is not None
    out = markup("Case 张三 No.1", latin, fonts)
    assert out == f'<font name="{latin}">Case <font name="{fonts.fallback}">张三</font> No.1</font>'


def test_markup_keeps_line_breaks():
    fonts = load_fonts()
    assert "第一行<br/>第二行" in markup("第一行\n第二行", fonts.body, fonts)


def test_settings_file_wins_and_bad_ones_are_explained(fresh_search, tmp_path):
    otf = tmp_path / "NotoSansCJK.otf"
    otf.write_bytes(b"OTTO")
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    fonts = load_fonts({"body": str(WQY), "title": str(otf), "heading": str(broken), "kai": "/nowhere/k.ttf"})
    assert fonts.body == fonts_module._register(WQY, 0)
    notes = "\n".join(fonts.notes)
    assert "NotoSansCJK.otf 不是 TrueType 字体" in notes
    assert "broken.ttf 无法读取" in notes
    assert "/nowhere/k.ttf 不存在" in notes


def test_licensed_font_in_font_dir_is_used_without_a_note(fresh_search, tmp_path):
    (tmp_path / "SIMFANG.TTF").symlink_to(WQY)  # a stand-in with the licensed file's name
    fresh_search.setenv(fonts_module.ENV_FONT_DIR, str(tmp_path))
    fonts = load_fonts()
    assert not any("正文" in n for n in fonts.notes)
    assert any("标题" in n for n in fonts.notes)


def test_no_font_at_all_tells_what_to_install(fresh_search):
    fresh_search.setattr(fonts_module, "_font_index", dict)
    with pytest.raises(FontsMissing, match="fonts-wqy-microhei"):
        load_fonts()


def test_missing_licensed_faces_make_one_note():
    fonts = load_fonts()
    missing = [n for n in fonts.notes if n.startswith("未找到")]
    assert len(missing) <= 1  # once per export, not a line per role
    note = fonts_module.substitution_note([("body", "文鼎PL明体"), ("kai", "文鼎PL中楷")])
    assert note == "未找到仿宋_GB2312、楷体_GB2312：正文改用文鼎PL明体，楷体标题改用文鼎PL中楷（均已嵌入）。"
