"""通报: the campaign bulletin carries the engine's figures and the office's wording."""

from __future__ import annotations

import threading

import pytest

from tests.workbench.exports.pdf.official_helpers import (
    ISSUED_ON,
    ISSUER,
    MM,
    demo_office,
    fonts_embedded,
    is_a4,
    pdf_info,
    text,
    words,
)
from workbench.common.jobs import Cancelled
from workbench.exports.pdf.bulletin import write_bulletin
from workbench.exports.sentences import bulletin_title, score_text
from workbench.exports.templates import save_template
from workbench.exports.texts import bulletin_texts
from workbench.reporting.figures import campaign_figures


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db, campaign, _ = demo_office(tmp_path_factory.mktemp("office"))
    save_template(db, "bulletin_requirements", "各单位须于{截止日期}前报送整改情况。", author="科员")
    figures = campaign_figures(db, campaign)
    texts = bulletin_texts(db, figures, dated=ISSUED_ON)
    yield db, figures, texts
    db.close()


@pytest.fixture(scope="module")
def bulletin(office, tmp_path_factory):
    _, figures, texts = office
    path = tmp_path_factory.mktemp("bulletin") / "通报.pdf"
    pages = write_bulletin(figures, texts, path)
    return path, pages, text(path), words(path)


def test_a4_every_font_embedded_and_page_count(bulletin):
    path, pages, _, _ = bulletin
    assert is_a4(path)
    assert all(fonts_embedded(path))
    assert int(pdf_info(path)["Pages"]) == pages >= 2


def test_title_addressee_opening_and_signature(bulletin, office):
    _, figures, _ = office
    _, _, content, found = bulletin
    assert bulletin_title(figures) == "关于2026年度全市行政执法案卷评查情况的通报"
    assert bulletin_title(figures) in content
    assert "各有关行政执法部门：" in content
    assert f"{ISSUER}组织开展了{figures.campaign.name}" in content
    assert f"完成评查{len(figures.final)}卷" in content
    assert "2026年11月25日" in content
    assert f"{ISSUER}办公室" in content  # 版记
    first_body = min((w for w in found if w.page == 1 and w.x0 < 30 * MM), key=lambda w: w.y0)
    assert first_body.x0 == pytest.approx(28 * MM, abs=0.5)


def test_figures_shares_and_ranking_come_from_the_engine(bulletin, office):
    _, figures, _ = office
    _, _, content, _ = bulletin
    assert f"平均得分{score_text(figures.mean)}分" in content
    for label, count in figures.grade_counts.items():
        assert f"{label}{count}卷，占{figures.share(count)}%" in content
        assert f"{count}卷（{figures.share(count)}%）" in content  # the chart's bar label
    for unit in figures.units:
        assert f"{unit.unit}{unit.files}{score_text(unit.mean)}{unit.grade}" in content  # a table row


def test_good_files_common_and_typical_problems(bulletin, office):
    _, figures, _ = office
    _, _, content, _ = bulletin
    top = max(figures.standard.bands, key=lambda b: b.minimum).label
    excellent = [f for f in figures.final if f.result and f.result.grade == top]
    assert f"共评出{top}案卷{len(excellent)}卷" in content
    assert excellent[0].case_number in content
    leader = figures.units[0]
    assert f"{leader.unit}（{score_text(leader.mean)}分）" in content
    for problem in figures.problems[:3]:
        assert f"{problem.item.text}{problem.files}{problem.share}%" in content
    quoted = [d for d in figures.deductions if d.item_key == figures.problems[0].item.key and d.reason]
    assert f"如{quoted[0].case_number}案卷" in content


def test_the_office_wording_is_used(bulletin):
    _, _, content, _ = bulletin
    assert "各单位须于2026年12月10日前报送整改情况。" in content


def test_cancel_leaves_no_file(office, tmp_path):
    _, figures, texts = office
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        write_bulletin(figures, texts, tmp_path / "b.pdf", cancel=cancel)
    assert not (tmp_path / "b.pdf").exists()
