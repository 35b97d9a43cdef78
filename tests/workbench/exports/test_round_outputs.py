"""A supervision round's outputs: the workbook and the PDFs speak of units and indicators, and every
number in them is the engine's (unit totals re-add from the deductions and bonuses listed)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.workbench.exports.pdf import pdf_checks
from tests.workbench.exports.round_helpers import DOC_PREFIX, ROUND_NAME, UNITS, VETOED, scored_round
from workbench.campaigns.service import Campaign, get_campaign, update_settings
from workbench.campaigns.supervision import create_round
from workbench.demo.generator import generate_demo
from workbench.exports.checks import KINDS
from workbench.exports.service import export_outputs
from workbench.exports.templates import UnknownPlaceholder, save_template
from workbench.exports.texts import bulletin_texts, notice_texts
from workbench.rectification.issuing import issue_notices
from workbench.rectification.notices import Notice, campaign_notices
from workbench.reporting.figures import CampaignFigures, campaign_figures
from workbench.reporting.report import campaign_report
from workbench.reporting.wording import CASE_WORDING, ROUND_WORDING, wording_for
from workbench.scoring.engine import grade_for

ISSUED = date(2026, 11, 25)
ROUND_SHEETS = ["汇总", "单位排名", "单位得分", "扣分明细", "常见问题"]
DETAIL_HEADER = [
    "被督察单位",
    "一级指标",
    "指标",
    "类型",
    "分值",
    "计入分值",
    "理由",
    "页码",
    "督察人员",
]


@dataclass
class Exported:
    campaign: Campaign
    figures: CampaignFigures
    report: dict
    notices: list[Notice]
    folder: Path
    names: list[str]


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Exported:
    """The four-unit round scored through the services and exported whole (workbook and every PDF)."""
    from db.connection import open_database

    folder = tmp_path_factory.mktemp("round")
    db = open_database(folder / "round.sqlite")
    try:
        round_ = scored_round(db, folder)
        written = export_outputs(db, round_, folder / "out", KINDS, author="法治办", issued_on=ISSUED).value
        figures = campaign_figures(db, round_)
        report = campaign_report(db, round_)
        notices = campaign_notices(db, round_)
    finally:
        db.close()
    return Exported(round_, figures, report, notices, folder / "out", [p.name for p in written])


@pytest.fixture(scope="module")
def book(exported):
    return load_workbook(exported.folder / f"{ROUND_NAME}-督察结果.xlsx")


def records(ws) -> list[dict]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def header(ws) -> list:
    return list(next(ws.iter_rows(values_only=True)))


def dec(value) -> Decimal:
    return Decimal(str(value))


def test_a_round_has_its_own_words():
    assert ROUND_WORDING.sheets == tuple(ROUND_SHEETS)
    assert ROUND_WORDING.notice_title("甲区人民政府") == "关于甲区人民政府法治政府建设督察发现问题整改的通知"
    case = Campaign("c", "评查", 2026, "s", "open")
    assert wording_for(case) is CASE_WORDING
    assert CASE_WORDING.sheets == ("汇总", "单位排名", "案卷得分", "扣分明细", "常见问题")


def test_files_are_named_for_units(exported):
    expected = [f"{ROUND_NAME}-督察结果.xlsx"]
    ranked = [u.unit for u in exported.figures.units]
    expected += [f"督察评分表-{u}.pdf" for u in ranked]
    expected += [f"督察反馈意见-{u}.pdf" for u in ranked]
    expected += ["督察情况通报.pdf"]
    expected += [f"整改通知书-{n.department}.pdf" for n in exported.notices]
    assert exported.names == expected
    assert sorted(p.name for p in exported.folder.iterdir()) == sorted(expected)


def test_workbook_sheets_and_headers_speak_of_units(book, exported):
    assert book.sheetnames == ROUND_SHEETS
    tops = list(dict.fromkeys(it.category[0] for it in exported.figures.standard.items if not it.veto))
    assert tops[-1] == "加分项"
    assert header(book["单位排名"]) == ["排名", "被督察单位", "得分", "等次"]
    assert header(book["单位得分"]) == [
        "被督察单位",
        "督察人员",
        *tops[:-1],
        "加分",
        "总分",
        "等次",
        "否决项",
    ]
    assert header(book["扣分明细"]) == DETAIL_HEADER
    assert header(book["常见问题"]) == [
        "排名",
        "一级指标",
        "指标",
        "扣分单位数",
        "占比（%）",
        "扣分合计",
        "涉及被督察单位",
    ]
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(values_only=True) if row[0]}
    assert summary["督察轮次"] == ROUND_NAME
    assert summary["被督察单位数"] == summary["已定分单位数"] == len(UNITS)
    assert summary["否决单位数"] == 1
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and v in ("案号", "当事人", "案件名称", "案卷数") for v in row)


def test_unit_totals_re_add_from_the_deductions_and_bonuses(book, exported):
    counted: dict[str, Decimal] = defaultdict(Decimal)
    bonus: dict[str, Decimal] = defaultdict(Decimal)
    for row in records(book["扣分明细"]):
        assert row["类型"] in ("否决", "扣分", "加分", "不适用")
        if row["类型"] in ("否决", "不适用"):
            assert row["分值"] is None
            assert row["计入分值"] is None
            continue
        assert dec(row["计入分值"]) <= dec(row["分值"])
        if row["类型"] == "扣分":
            counted[row["被督察单位"]] += dec(row["计入分值"])
        else:
            bonus[row["被督察单位"]] += dec(row["计入分值"])
    standard = exported.figures.standard
    tops = list(dict.fromkeys(it.category[0] for it in standard.point_items if not it.bonus))
    units = records(book["单位得分"])
    assert {u["被督察单位"] for u in units} == set(UNITS)
    checked = 0
    for row in units:
        unit = row["被督察单位"]
        assert dec(row["加分"]) == bonus[unit]
        assert sum(dec(row[c]) for c in tops) + dec(row["加分"]) == dec(row["总分"])
        if row["否决项"]:
            continue
        assert standard.items_max - counted[unit] + bonus[unit] == dec(row["总分"]), unit
        checked += 1
    assert checked == len(UNITS) - 1
    details = records(book["扣分明细"])
    floored = [d for d in details if d["类型"] == "扣分" and d["计入分值"] < d["分值"]]
    capped = [d for d in details if d["类型"] == "加分" and d["计入分值"] < d["分值"]]
    assert [d["被督察单位"] for d in floored] == ["市生态环境局"]  # C02: 5 recorded on a 4-point indicator
    assert [d["被督察单位"] for d in capped] == ["市生态环境局"]  # B02: 3 recorded, capped at 2
    assert dec(bonus["市生态环境局"]) == standard.bonus_max == 5


def test_grades_follow_the_bands_and_a_veto(book, exported):
    standard = exported.figures.standard
    lowest = standard.bands[-1].label
    units = {row["被督察单位"]: row for row in records(book["单位得分"])}
    for unit, row in units.items():
        expected = lowest if row["否决项"] else grade_for(standard, dec(row["总分"]))
        assert row["等次"] == expected, unit
    assert units[VETOED]["等次"] == lowest != grade_for(standard, dec(units[VETOED]["总分"]))
    ranking = {row["被督察单位"]: row for row in records(book["单位排名"])}
    assert ranking[VETOED]["等次"] == lowest  # the unit's own grade, not its score's
    grades = {row["被督察单位"]: row["等次"] for row in records(book["单位得分"])}
    assert {u: r["等次"] for u, r in ranking.items()} == grades


def test_ranks_and_scores_match_the_report(book, exported):
    ranking = records(book["单位排名"])
    departments = exported.report["departments"]
    assert [r["被督察单位"] for r in ranking] == [d["department"] for d in departments]
    for row, d in zip(ranking, departments, strict=True):
        assert row["排名"] == d["rank"]
        assert dec(row["得分"]) == dec(d["mean"]) == dec(d["total"])
    files = {f["case_number"]: f for f in exported.report["files"]}
    for row in records(book["单位得分"]):
        assert dec(row["总分"]) == dec(files[row["被督察单位"]]["total"])


def test_common_problems_are_indicators_with_units_deducted(book, exported):
    rows = records(book["常见问题"])
    assert len(rows) == len(exported.figures.problems)
    for row, p in zip(rows, exported.figures.problems, strict=True):
        assert (row["排名"], row["指标"], row["扣分单位数"]) == (p.rank, p.item.text, p.files)
        assert row["一级指标"] == p.item.category[0]
        assert dec(row["占比（%）"]) == p.share
    assert rows[0]["扣分单位数"] == 3  # the annual report, missed by three units


@pytest.mark.parametrize("prefix", ["督察评分表", "督察反馈意见", "督察情况通报", "整改通知书"])
def test_pdfs_embed_their_fonts_and_are_a4(exported, prefix):
    paths = [exported.folder / name for name in exported.names if name.startswith(prefix)]
    assert paths
    for path in paths:
        assert pdf_checks.all_fonts_embedded(path), pdf_checks.font_rows(path)
        assert pdf_checks.is_a4(path)
        content = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
        assert "督察" in content
        assert "案号" not in content
        assert "案卷评查表" not in content
        assert "评查反馈意见" not in content


def test_evaluation_sheet_shows_every_indicator_with_its_evidence(exported):
    path = exported.folder / "督察评分表-市生态环境局.pdf"
    content = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
    for words in ("督察评分表", "被督察单位", "市生态环境局", "督察人员", "督察日期", "督察指标", "扣/加分"):
        assert words in content
    standard = exported.figures.standard
    for item in standard.point_items:
        assert pdf_checks.squeeze(item.text)[:12] in content, item.key
        assert f"佐证材料：{item.evidence}"[:9] in content, item.key  # its first line
    assert "95（含加分5）" in content
    assert "以2分为限，超出的1分不计" in content
    assert "扣完为止" in content
    vetoed = pdf_checks.squeeze(pdf_checks.text(exported.folder / f"督察评分表-{VETOED}.pdf", layout=False))
    assert "一票否决" in vetoed
    assert "成立" in vetoed


def test_feedback_gives_the_unit_its_score_rank_problems_and_bonus(exported):
    figures = exported.figures
    unit = figures.unit("市生态环境局")
    assert unit is not None
    content = pdf_checks.squeeze(
        pdf_checks.text(exported.folder / "督察反馈意见-市生态环境局.pdf", layout=False)
    )
    assert content.startswith("督察反馈意见市生态环境局：")
    assert (
        f"你单位督察得分95分（含加分5分），等次为优秀，在{len(UNITS)}个被督察单位中排名第{unit.rank}位"
        in content
    )
    for d in figures.of_department("市生态环境局").deductions:
        assert pdf_checks.squeeze(d.reason) in content
    assert "加分情况" in content
    assert "受加分上限所限计1分" in content
    assert "督察组" in content


def test_bulletin_ranks_units_and_praises_none_a_veto_failed(exported):
    content = pdf_checks.squeeze(pdf_checks.text(exported.folder / "督察情况通报.pdf", layout=False))
    assert f"关于{ROUND_NAME}情况的通报" in content
    for unit in UNITS:
        assert unit in content
    assert "各区人民政府，市政府各有关部门：" in content  # round_bulletin_addressee
    assert "履行法治政府建设职责情况逐项评分" in content  # round_bulletin_opening
    assert "本次督察共纳入被督察单位4个" in content
    assert "被督察单位等次分布" in content
    praised = content.split("予以通报表扬")[0].rsplit("。", 1)[1]
    assert VETOED not in praised
    assert "按扣分单位数排序" in content


def test_notices_are_numbered_titled_and_list_indicators(exported):
    notices = exported.notices
    # the bulletin, written first, took 1 from the same counter
    assert [n.serial for n in notices] == list(range(2, len(notices) + 2))
    assert {n.department for n in notices} == set(UNITS)
    for notice in notices:
        path = exported.folder / f"整改通知书-{notice.department}.pdf"
        content = pdf_checks.squeeze(pdf_checks.text(path, layout=False))
        assert notice.number == f"{DOC_PREFIX}〔2026〕{notice.serial}号"
        assert notice.number in content
        assert f"关于{notice.department}法治政府建设督察发现问题整改的通知" in content
        assert "2026年12月10日" in content  # the deadline, 15 days on
        assert "对你单位法治政府建设情况进行了督察" in content  # round_notice_opening
        assert "对督察结果有异议" in content  # round_notice_objection
        for p in notice.problems:
            assert pdf_checks.squeeze(p.item)[:12] in content
            assert p.category.split(" > ")[0] in content
        if notice.department == VETOED:  # the veto that failed the unit is named, and listed first
            assert "等次为不合格（因否决项“" in content
            assert notice.problems[0].veto
            assert "否决" in content


def test_round_texts_come_from_the_round_templates_and_are_checked(db, tmp_path):
    round_ = scored_round(db, tmp_path)
    save_template(
        db,
        "round_notice_opening",
        "{单位}：你单位得分{得分}分，等次{等次}，{问题指标数}项指标有问题。",
        author="科员",
    )
    (notice,) = issue_notices(
        db, round_, ["甲区人民政府"], author="法治办", deadline_days=15, issued_on=ISSUED
    ).value
    assert (
        notice_texts(db, notice)["notice_opening"]
        == "甲区人民政府：你单位得分86.00分，等次良好，5项指标有问题。"
    )
    texts = bulletin_texts(db, campaign_figures(db, round_), dated=ISSUED)
    assert texts["bulletin_addressee"] == "各区人民政府，市政府各有关部门"
    with pytest.raises(UnknownPlaceholder):  # a case-file placeholder means nothing in a round's notice
        save_template(db, "round_notice_opening", "你单位{案卷数}卷案卷", author="科员")


def test_case_review_and_round_notices_share_one_counter(db, tmp_path):
    """Same 机关代字 and year: a case review's notice takes 1, the round's next one takes 2."""
    case = get_campaign(db, generate_demo(db, files=30, seed=11).campaign_id)
    case = update_settings(db, case, author="法治办", doc_prefix=DOC_PREFIX).value
    department = next(d.department for d in campaign_figures(db, case).deductions if d.counted)
    (first,) = issue_notices(
        db, case, [department], author="法治办", deadline_days=15, issued_on=ISSUED
    ).value
    round_ = create_round(
        db,
        "2026年督察",
        checklist=_checklist(db),
        units=["乙县人民政府"],
        author="法治办",
        doc_prefix=DOC_PREFIX,
    ).value
    _score_one(db, round_, tmp_path)
    (second,) = issue_notices(
        db, round_, ["乙县人民政府"], author="法治办", deadline_days=15, issued_on=ISSUED
    ).value
    assert (first.year, second.year) == (2026, 2026)
    assert (first.serial, second.serial) == (1, 2)
    assert (first.number, second.number) == (f"{DOC_PREFIX}〔2026〕1号", f"{DOC_PREFIX}〔2026〕2号")


def _checklist(db) -> str:
    from tests.workbench.exports.round_helpers import CHECKLIST
    from workbench.standards.service import import_standard_file, save_imported

    return save_imported(db, import_standard_file(CHECKLIST).standard, author="法治办").id


def _score_one(db, round_: Campaign, tmp_path: Path) -> None:
    """The round's one unit scored by the lead alone (a final sheet), with one deduction."""
    from workbench.campaigns.service import campaign_standard
    from workbench.review.sheets import open_sheet, record_entry, submit_sheet
    from workbench.scoring import Entry

    (subject_id,) = db.execute(
        "SELECT subject_id FROM campaign_subject WHERE campaign_id = ?", [round_.id]
    ).fetchone()
    sheet = open_sheet(db, round_.id, subject_id, None, author="周组长", role="final")
    record_entry(
        db,
        campaign_standard(db, round_),
        sheet,
        Entry("C27", points=Decimal(4), reason="未报送"),
        author="周组长",
    )
    submit_sheet(db, sheet, author="周组长")


def test_round_sheets_print_at_nine_points_or_more(book):
    from openpyxl.utils import get_column_letter

    from workbench.exports.sheet_writer import MIN_PRINTED_POINTS, printed_points

    for ws in book.worksheets:
        widths = [ws.column_dimensions[get_column_letter(n)].width for n in range(1, ws.max_column + 1)]
        assert printed_points(widths) >= MIN_PRINTED_POINTS, (ws.title, widths)
