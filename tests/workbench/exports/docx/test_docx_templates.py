"""The Word templates an office edits: its own copy wins, a bad one is refused with the placeholder named
before any notice number is taken, and the shipped one comes back on restore."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.workbench.exports.docx import docx_checks as dc
from workbench.campaigns.service import Campaign, get_campaign, update_settings
from workbench.demo.generator import generate_demo
from workbench.exports.checks import DOCX, NOTICES, PDF
from workbench.exports.docx import templates as t
from workbench.exports.docx.samples import SAMPLES
from workbench.exports.service import export_outputs
from workbench.rectification.notices import campaign_notices

README = Path(t.SHIPPED) / "README.md"


def edit(path: Path, old: str, new: str) -> None:
    """Change the text of word/document.xml as a clerk would in Word."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    assert old in xml
    parts["word/document.xml"] = xml.replace(old, new).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.fixture
def campaign(db) -> Campaign:
    created = get_campaign(db, generate_demo(db, files=40, seed=3).campaign_id)
    return update_settings(db, created, author="测试", doc_prefix="演司函").value


def serials(db) -> list[int]:
    return [r[0] for r in db.execute("SELECT serial FROM notice ORDER BY serial")]


def test_the_shipped_templates_pass_their_own_check():
    for kind in t.WORD_TEMPLATES:
        t.check_template_file(t.shipped_path(kind), kind)


def test_every_placeholder_is_documented_with_an_example():
    readme = README.read_text(encoding="utf-8")
    for spec in t.WORD_TEMPLATES.values():
        assert spec.file in readme
        for name in spec.placeholders:
            assert f"`{name}`" in readme, name
        assert set(SAMPLES[spec.kind][0]) == set(spec.placeholders)


@pytest.mark.parametrize(
    ("old", "new", "error", "named"),
    [
        ("{{ 截止日期 }}", "{{ 截至日期 }}", t.WordTemplateUnknownPlaceholder, "截至日期"),
        ("{{ 文号 }}", "", t.WordTemplateMissingPlaceholder, "文号"),
        ("{{ 行.扣分 }}", "{{ 行.扣份 }}", t.WordTemplateUnknownPlaceholder, "扣份"),
        ("{%p endif %}", "", t.WordTemplateBroken, "整改通知书模板.docx"),
    ],
)
def test_a_bad_office_template_is_refused_before_the_counter_moves(
    db, campaign, tmp_path, old, new, error, named
):
    own = t.office_copy(db, t.NOTICE)
    assert own.parent == Path(db.execute("PRAGMA database_list").fetchone()[2]).with_name("wb-公文模板")
    edit(own, old, new)
    before = serials(db)
    with pytest.raises(error) as caught:
        export_outputs(
            db, campaign, tmp_path / "out", [NOTICES], author="测试", **dc.ALLOW, formats=[PDF, DOCX]
        )
    assert named in str(caught.value)
    assert serials(db) == before == []
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_the_office_copy_is_used_and_restore_brings_back_the_shipped_one(db, campaign, tmp_path):
    own = t.office_copy(db, t.NOTICE)
    assert t.is_office_copy(db, t.NOTICE)
    edit(own, "五、异议和复查", "五、异议、复查和申诉")
    out = tmp_path / "out"
    export_outputs(
        db, campaign, out, [NOTICES], author="测试", **dc.ALLOW, formats=[DOCX], issued_on=date(2026, 3, 5)
    )
    notice = campaign_notices(db, campaign)[0]
    assert "五、异议、复查和申诉" in dc.body_text(out / f"整改通知书-{notice.department}.docx")
    assert t.restore_shipped(db, t.NOTICE) == t.shipped_path(t.NOTICE)
    assert not own.exists()
    assert t.template_path(db, t.NOTICE) == t.shipped_path(t.NOTICE)


def test_the_built_templates_are_the_committed_ones(tmp_path):
    """resources/templates/build_docx.py reproduces the shipped .docx (same document, styles, settings)."""
    import runpy

    build = runpy.run_path(str(Path(t.SHIPPED) / "build_docx.py"))
    for path in build["build"](tmp_path):
        with zipfile.ZipFile(path) as fresh, zipfile.ZipFile(Path(t.SHIPPED) / path.name) as shipped:
            for part in ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml"):
                assert fresh.read(part) == shipped.read(part), (path.name, part)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RPR = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid"
)
RPR += (
    " vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl"
)
RPR += " cs em lang eastAsianLayout"


def test_properties_are_in_the_order_word_requires():
    """Word refuses (“unreadable content”) a file whose pPr, rPr, tblPr or sectPr children are disordered."""
    import runpy

    from lxml import etree

    build = runpy.run_path(str(Path(t.SHIPPED) / "build_docx.py"))
    orders = {
        "pPr": build["_PPR_ORDER"],
        "tblPr": build["_TBLPR_ORDER"],
        "sectPr": build["_SECTPR_ORDER"],
        "rPr": RPR.split(),
    }
    for kind in t.WORD_TEMPLATES:
        with zipfile.ZipFile(t.shipped_path(kind)) as z:
            for part in [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]:
                root = etree.fromstring(z.read(part))
                for name, order in orders.items():
                    rank = {W + n: i for i, n in enumerate(order)}
                    for element in root.iter(W + name):
                        ranks = [rank[c.tag] for c in element if c.tag in rank]
                        assert ranks == sorted(ranks), (kind, part, name)


def test_an_office_copy_that_cannot_be_saved_is_explained(db, tmp_path, monkeypatch):
    blocked = tmp_path / "wb-公文模板"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(t.WordTemplateBroken, match="无法在"):
        t.office_copy(db, t.NOTICE)
    assert t.template_path(db, t.NOTICE) == t.shipped_path(t.NOTICE)


def test_markup_characters_in_names_are_written_as_text(tmp_path):
    from workbench.exports.docx.writer import render_docx

    context = {**SAMPLES[t.NOTICE][0], "单位": "A&B<联合>执法局", "标题": "关于A&B<联合>执法局\n整改的通知"}
    path = render_docx(t.shipped_path(t.NOTICE), context, tmp_path / "n.docx")
    text = dc.body_text(path)
    assert "A&B<联合>执法局：" in text
    title = next(p for p in dc.document(path).paragraphs if p.style.name == "标题")
    assert title._p.xpath(".//w:br")  # the title's line break


def test_a_long_ranking_goes_to_an_attachment_with_its_header_repeated(tmp_path):
    from workbench.exports.docx.writer import render_docx

    row = SAMPLES[t.BULLETIN][0]["排名"][0]
    ranking = [{**row, "名次": str(n), "单位": f"第{n}局"} for n in range(1, 26)]
    context = {**SAMPLES[t.BULLETIN][0], "排名": ranking, "附件": True}
    path = render_docx(t.shipped_path(t.BULLETIN), context, tmp_path / "b.docx")
    text = dc.body_text(path)
    assert "排名表见附件。" in text
    assert "附件：各单位评查结果排名表" in text
    doc = dc.document(path)
    mark = next(p for p in doc.paragraphs if p.text == "附件")
    assert mark.paragraph_format.page_break_before
    table = next(tb for tb in doc.tables if tb.rows[0].cells[0].text == "名次")
    assert [r.cells[1].text for r in table.rows[1:]] == [f"第{n}局" for n in range(1, 26)]
    assert all(dc.header_rows_repeat(path))
