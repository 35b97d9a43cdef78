"""The Word twins: GB/T 9704 in the document itself, the same numbers as the PDF, one notice number
whichever format comes first, all or nothing, and the round's wording."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Emu, Pt

import workbench.exports.docx.writer
from tests.workbench.exports.docx import docx_checks as dc
from tests.workbench.exports.pdf import pdf_checks
from tests.workbench.exports.round_helpers import VETOED, scored_round
from workbench.campaigns.service import Campaign, get_campaign, update_settings
from workbench.common.jobs import Cancelled
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.demo.generator import generate_demo
from workbench.exports.checks import BULLETIN, DOCX, FEEDBACK, NOTICES, PDF
from workbench.exports.docx.context import ATTACH_OVER
from workbench.exports.sentences import veto_sentence
from workbench.exports.service import export_outputs
from workbench.rectification.notices import campaign_notices
from workbench.reporting.figures import campaign_figures

DAY = date(2026, 3, 5)
WORD = [BULLETIN, NOTICES, FEEDBACK]


@pytest.fixture
def campaign(db) -> Campaign:
    """A 60-file demo campaign (seed 2 has a final vetoed file) with a notice prefix."""
    created = get_campaign(db, generate_demo(db, files=60, seed=2).campaign_id)
    return update_settings(db, created, author="测试", doc_prefix="演司函").value


@pytest.fixture
def exported(db, campaign, tmp_path) -> Path:
    out = tmp_path / "out"
    export_outputs(db, campaign, out, WORD, author="测试", **dc.ALLOW, formats=[DOCX], issued_on=DAY)
    return out


def test_every_document_is_a4_with_the_gbt9704_margins_grid_and_styles(exported):
    files = sorted(exported.glob("*.docx"))
    assert len(files) > 3
    for path in files:
        doc = dc.document(path)
        section = doc.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert round(section.top_margin.mm, 1) == 37
        assert round(section.left_margin.mm, 1) == 28
        text_width = Emu(section.page_width - section.left_margin - section.right_margin)
        text_height = Emu(section.page_height - section.top_margin - section.bottom_margin)
        assert round(text_width.mm, 1) == 156
        assert round(text_height.mm, 1) == 225
        grid = dc.doc_grid(path)
        assert grid["type"] == "linesAndChars"
        pitch = int(grid["linePitch"])
        assert int(text_height.twips // pitch) == 22  # 22 lines a page
        char_pitch = 16 + int(grid["charSpace"]) / 4096  # 三号 plus the grid's character spacing
        assert int(text_width.pt // char_pitch) == 28  # 28 characters a line
        styles = {s.name: s for s in doc.styles}
        expected = {
            "正文": ("仿宋_GB2312", 16),
            "标题": ("方正小标宋简体", 22),
            "一级标题": ("黑体", 16),
            "二级标题": ("楷体_GB2312", 16),
            "版记": ("仿宋_GB2312", 14),
        }
        for name, (font, size) in expected.items():
            assert dc.east_asian_font(styles[name]) == font, (path.name, name)
            assert styles[name].font.size == Pt(size), (path.name, name)
        fallbacks = dc.font_table(path)
        assert fallbacks["仿宋_GB2312"] == "仿宋"
        assert fallbacks["楷体_GB2312"] == "楷体"
        assert fallbacks["方正小标宋简体"]
        assert fallbacks["黑体"]
        assert doc.settings.odd_and_even_pages_header_footer
        odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
        assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT
        for footer in (odd, even):
            assert footer.text.startswith("— ")
            assert footer.text.endswith(" —")
            assert footer._p.find(qn("w:fldSimple")).get(qn("w:instr")).strip() == "PAGE"
            assert {r.font.size for r in footer.runs} == {Pt(14)}
        assert all(dc.header_rows_repeat(path)), path.name


def test_a_notice_carries_its_number_red_header_problems_and_end_block(db, campaign, exported):
    notices = [n for n in campaign_notices(db, campaign) if n.status == "issued"]
    assert notices
    for notice in notices:
        path = exported / f"整改通知书-{notice.department}.docx"
        text = dc.body_text(path)
        assert notice.number in text
        assert notice.number.startswith("演司函〔2026〕")
        assert f"{notice.department}：" in text
        for p in notice.problems:
            assert p.item in text
            assert (p.reason or "—") in text
        assert "2026年3月20日" in text  # deadline: 15 days after 2026年3月5日
        assert "2026年3月5日印发" in text
        doc = dc.document(path)
        mark = doc.paragraphs[0]
        assert mark.style.name == "发文机关标志"
        assert str(mark.style.font.color.rgb) == "FF0000"
        number = next(p for p in doc.paragraphs if p.text == notice.number)
        bottom = number.style.element.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
        assert bottom.get(qn("w:color")) == "FF0000"  # the red line under the 文号


def test_the_deductions_and_the_veto_are_written_as_the_figures_have_them(db, campaign, exported):
    figures = campaign_figures(db, campaign)
    vetoed = [f for f in figures.final if f.result.veto]
    assert vetoed
    for f in vetoed:
        veto = f.result.vetoes[0].text
        feedback = dc.body_text(exported / f"评查反馈意见-{f.department}.docx")
        assert f"{f.case_number}：否决项「{veto}」" in feedback
        notice = dc.body_text(exported / f"整改通知书-{f.department}.docx")
        assert f"{f.case_number}  " in notice  # the file heads its rows in the problem table
        assert f"{veto}\n否决" in notice
    bulletin = dc.body_text(exported / "评查通报.docx")
    assert f"有{figures.vetoed}卷触发否决项" in bulletin  # the PDF's sentence (texts.veto_sentence)
    assert veto_sentence(figures) in bulletin
    assert f"平均得分{figures.mean}分" in bulletin
    for unit in figures.units:
        assert f"{unit.unit}\n{unit.files}\n{unit.mean}\n{unit.grade}" in bulletin  # its ranking row
    d = figures.deductions[0]
    feedback = dc.body_text(exported / f"评查反馈意见-{d.department}.docx")
    points = f"{d.points.normalize():f}"
    assert f"{d.case_number}\n{points}\n{d.reason}" in feedback


def test_the_docx_of_an_issued_notice_never_takes_a_new_number(db, campaign, tmp_path):
    export_outputs(
        db, campaign, tmp_path / "a", [NOTICES], author="测试", **dc.ALLOW, formats=[DOCX], issued_on=DAY
    )
    first = {n.department: n.number for n in campaign_notices(db, campaign)}
    export_outputs(
        db, campaign, tmp_path / "b", [NOTICES], author="测试", **dc.ALLOW, formats=[DOCX], issued_on=DAY
    )
    assert {n.department: n.number for n in campaign_notices(db, campaign)} == first
    for department, number in first.items():
        assert number in dc.body_text(tmp_path / "b" / f"整改通知书-{department}.docx")


def test_both_formats_in_one_run_share_the_one_number(db, campaign, tmp_path):
    out = tmp_path / "both"
    result = export_outputs(
        db, campaign, out, [NOTICES], author="测试", **dc.ALLOW, formats=[PDF, DOCX], issued_on=DAY
    ).value
    notices = campaign_notices(db, campaign)
    assert len(result) == 2 * len(notices)
    for n in notices:
        printed = pdf_checks.text(out / f"整改通知书-{n.department}.pdf").replace(" ", "")
        assert n.number in printed
        assert n.number in dc.body_text(out / f"整改通知书-{n.department}.docx")


def test_a_long_problem_list_goes_to_an_attachment(db, campaign, exported):
    for notice in campaign_notices(db, campaign):
        text = dc.body_text(exported / f"整改通知书-{notice.department}.docx")
        files = len({p.case_number for p in notice.problems})
        if len(notice.problems) + files > ATTACH_OVER:
            assert "附件：问题清单" in text
            assert f"{len(notice.problems)}个扣分问题的清单见附件。" in text
            doc = dc.document(exported / f"整改通知书-{notice.department}.docx")
            mark = next(p for p in doc.paragraphs if p.text == "附件")
            assert mark.paragraph_format.page_break_before
        else:
            assert "附件" not in text


def test_a_cancelled_or_failed_docx_export_leaves_nothing(db, campaign, tmp_path, monkeypatch):
    out = tmp_path / "out"
    cancel = threading.Event()

    def progress(done, total):
        if done >= 1000:
            cancel.set()

    with pytest.raises(Cancelled):
        export_outputs(
            db,
            campaign,
            out,
            WORD,
            author="测试",
            **dc.ALLOW,
            formats=[DOCX],
            progress=progress,
            cancel=cancel,
        )
    assert list(out.iterdir()) == []

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(workbench.exports.docx.writer, "write_bulletin_docx", broken)
    with pytest.raises(KNOWN_ERRORS, match="disk full"):  # said in Chinese, naming the folder
        export_outputs(db, campaign, out, WORD, author="测试", **dc.ALLOW, formats=[DOCX])
    assert list(out.iterdir()) == []


def test_a_round_speaks_of_units_and_its_veto(db, tmp_path):
    round_ = scored_round(db, tmp_path)
    out = tmp_path / "round"
    export_outputs(db, round_, out, WORD, author="法治办", **dc.ALLOW, formats=[DOCX], issued_on=DAY)
    feedback = dc.body_text(out / f"督察反馈意见-{VETOED}.docx")
    assert "督察反馈意见" in feedback
    assert "存在一票否决情形：「" in feedback
    figures = campaign_figures(db, round_)
    unit = next(f for f in figures.final if f.department == VETOED)
    assert f"你单位督察得分{unit.result.total.normalize():f}分" in feedback  # the PDF's sentence
    bulletin = dc.body_text(out / "督察情况通报.docx")
    assert "各单位督察结果" in bulletin
    assert "问题指标数" in bulletin
    notice = next(n for n in campaign_notices(db, round_) if n.department == VETOED)
    text = dc.body_text(out / f"整改通知书-{VETOED}.docx")
    assert notice.number in text
    assert "法治政府建设督察发现问题整改的通知" in text.replace("\n", "")
    assert "否决" in text  # the veto finding is listed among the problems
    assert sum(p.points for p in notice.problems) == sum(
        (d.counted for d in figures.deductions if d.department == VETOED), Decimal(0)
    )
