"""GB/T 9704-2012 layout, measured on the PDF with poppler: margins, grid, page numbers, signature."""

from __future__ import annotations

import itertools
import threading
from datetime import date

import pytest
from reportlab.platypus import PageBreak

from tests.workbench.exports.pdf.official_helpers import MM, fonts_embedded, is_a4, pdf_info, words
from workbench.common.jobs import Cancelled
from workbench.exports.pdf import official as o
from workbench.exports.pdf import official_page as page
from workbench.exports.pdf.fonts import load_fonts
from workbench.exports.sentences import chinese_date
from workbench.exports.title_breaks import balanced_lines

FULL = "依法行政是政府工作的基本准则各级行政机关必须严格规范公正文明执法"  # 32 characters, no punctuation
PUNCTUATED = "评查发现，部分案卷立案审批不规范，证据收集不全面。" * 12


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


@pytest.fixture(scope="module")
def layout(tmp_path_factory, fonts):
    """Three pages: title, addressee and body text, then a signature and the 版记 on a page of its own."""
    st = o.Styles(fonts)
    story = [
        o.title("关于2026年度全市行政执法案卷评查情况的通报", st),
        o.blank(),
        o.addressee("各有关单位", st),
    ]
    story.append(o.body(FULL * 10, st))
    story.append(PageBreak())
    story.append(o.body(FULL * 40, st))  # page 2 filled to the last line
    story.append(o.body(PUNCTUATED, st))
    story.append(o.closing([o.body("特此通报。", st)], "鄂州市司法局", "2026年11月25日", fonts))
    story.append(PageBreak())
    story.append(page.EndBlock("市人民政府办公室。", "鄂州市司法局办公室", "2026年11月25日", fonts))
    path = tmp_path_factory.mktemp("layout") / "layout.pdf"
    pages = page.build(path, story, fonts, title="测试", author="鄂州市司法局")
    return path, pages, words(path)


def _body_lines(found, page):
    return [w for w in found if w.page == page and abs(w.x0 - 28 * MM) < 1 and len(w.text) >= 20]


def test_a4_pages_with_every_font_embedded(layout):
    path, pages, _ = layout
    assert is_a4(path)
    assert int(pdf_info(path)["Pages"]) == pages
    flags = fonts_embedded(path)
    assert flags
    assert all(flags)


def test_a_full_line_holds_28_characters_across_156_mm_from_the_28_mm_margin(layout):
    _, _, found = layout
    line = next(w for w in found if w.page == 1 and abs(w.x0 - 28 * MM) < 0.5 and len(w.text) == 28)
    assert line.x1 - line.x0 == pytest.approx(156 * MM, abs=0.5 * MM)
    first_indented = next(w for w in found if w.page == 1 and w.text.startswith(FULL[:5]))
    assert first_indented.x0 == pytest.approx(28 * MM + 2 * o.CELL, abs=0.5)  # two characters in
    assert len(first_indented.text) == 26


def test_22_lines_a_page_starting_37_mm_from_the_top(layout):
    _, _, found = layout
    lines = sorted({round(w.y0, 3) for w in found if w.page == 2 and w.y0 < 262 * MM})
    assert len(lines) == 22
    assert lines[0] == pytest.approx(37 * MM, abs=2 * MM)  # the glyph box top sits a little under 37 mm
    for a, b in itertools.pairwise(lines):
        assert b - a == pytest.approx(225 * MM / 22, abs=0.01)  # ≈ 28.99 pt


def test_no_line_begins_with_closing_punctuation(layout):
    _, _, found = layout
    starts = [w.text[0] for w in found if abs(w.x0 - 28 * MM) < 1]
    assert starts
    assert not set(starts) & set(o.CANNOT_START)
    justified = [w for w in found if w.page == 3 and abs(w.x0 - 28 * MM) < 1 and w.text.endswith("，")]
    for w in justified:  # a line ending in a hung comma is squeezed into the block, not past it
        assert w.x1 <= (28 + 156) * MM + 0.5


def test_page_numbers_sit_under_the_block_odd_right_even_left(layout):
    _, _, found = layout
    numbers = {w.page: w for w in found if w.text.isdigit() and w.y0 > 262 * MM}
    dashes = [w for w in found if w.text == "—"]
    one, two = numbers[1], numbers[2]
    right_dash = max((w for w in dashes if w.page == 1), key=lambda w: w.x1)
    left_dash = min((w for w in dashes if w.page == 2), key=lambda w: w.x0)
    assert right_dash.x1 == pytest.approx((28 + 156) * MM - 14, abs=1)  # one 四号 character in
    assert left_dash.x0 == pytest.approx(28 * MM + 14, abs=1)
    assert one.x0 > 105 * MM > two.x1
    assert 262 * MM + 3 * MM < one.y0 < 262 * MM + 9 * MM  # about 7 mm under the text block
    assert one.text == "1"
    assert two.text == "2"


def test_an_end_block_alone_on_the_last_page_is_not_numbered(layout):
    _, pages, found = layout
    last = [w for w in found if w.page == pages]
    assert any(w.text.startswith("抄送：") for w in last)
    assert any(w.text == "2026年11月25日印发" for w in last)
    assert not any(w.text.isdigit() for w in last)
    printer = next(w for w in last if w.text == "鄂州市司法局办公室")
    assert printer.x0 == pytest.approx(28 * MM + 14, abs=1)  # one 四号 character in from the left
    dated = next(w for w in last if w.text == "2026年11月25日印发")
    assert dated.x1 == pytest.approx((28 + 156) * MM - 14, abs=2.5)
    assert dated.y1 == pytest.approx(262 * MM, abs=8 * MM)  # at the foot of the block


def test_signature_date_four_characters_in_and_issuer_centred_over_it(layout):
    _, _, found = layout
    dated = next(w for w in found if w.text == "2026年11月25日")
    issuer = next(w for w in found if w.text == "鄂州市司法局")
    assert dated.x1 == pytest.approx((28 + 156) * MM - 4 * o.CELL, abs=2.5)
    assert (issuer.x0 + issuer.x1) / 2 == pytest.approx((dated.x0 + dated.x1) / 2, abs=1)
    assert issuer.y0 < dated.y0
    assert issuer.page == dated.page


def test_title_is_centred_on_balanced_lines(layout):
    _, _, found = layout
    lines = [w for w in found if w.page == 1 and w.y0 < 60 * MM]
    assert [w.text for w in lines] == ["关于2026年度全市", "行政执法案卷评查情况的通报"]
    for w in lines:
        assert (w.x0 + w.x1) / 2 == pytest.approx(105 * MM + 0 * MM, abs=1.5 * MM)


def test_balanced_lines_prefers_word_breaks():
    assert balanced_lines("短标题", 20) == ["短标题"]
    lines = balanced_lines("关于市城市管理综合行政执法局行政执法案卷评查问题整改的通知", 20, [14])
    assert lines == ["关于市城市管理综合行政执法局", "行政执法案卷评查问题整改的通知"]
    assert all(len(line) <= 20 for line in balanced_lines("字" * 55, 20))


def test_dates_in_arabic_numerals_without_padding():
    assert chinese_date(date(2026, 3, 5)) == "2026年3月5日"
    assert chinese_date(date(2026, 11, 25)) == "2026年11月25日"


def test_a_cancelled_build_writes_nothing(tmp_path, fonts):
    st = o.Styles(fonts)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        page.build(tmp_path / "x.pdf", [o.body("正文", st)], fonts, title="t", author="a", cancel=cancel)
    assert not (tmp_path / "x.pdf").exists()
