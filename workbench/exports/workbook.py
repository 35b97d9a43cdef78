"""The results workbook (评查结果 / 督察结果): five sheets streamed from CampaignFigures, openpyxl write-only.

Every number is taken from the figures (the one engine); nothing here adds points up. Data cells carry
no style of their own except a two-decimal format on the small sheets and wrapping for text wider than
its column (that row gets its height), so 400,000 detail rows cost about what a raw write-only write
of the same values does. Text typed by users (party names, reasons) that starts like a formula or an
error value (= + - @ #) is written as a quoted text cell and never becomes one (the cells, page set-up
and progress are workbench.exports.sheet_writer's).

A supervision round gets the same five sheets about units: its labels and the per-unit layouts (no
party or case type; bonuses listed beside the deductions) come from the campaign's Wording.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from os import PathLike
from typing import TYPE_CHECKING, Any

from workbench.common.atomic_file import save_workbook
from workbench.common.jobs import Progress, check_cancel, no_progress
from workbench.exports.sheet_writer import (
    FIXED2_STYLE,
    HEADER_STYLE,
    TITLE_STYLE,
    Column,
    Kind,
    Ticker,
    add_styles,
    discard,
    new_sheet,
    number,
    text_cell,
    write_table,
)
from workbench.reporting.bonuses import Bonus, campaign_bonuses
from workbench.reporting.case_list import natural_key
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.findings import (
    Deduction,
    NotApplicable,
    VetoFinding,
    file_not_applicable,
    reviewer_label,
)
from workbench.reporting.wording import CASE_WORDING, Wording, wording_for
from workbench.review.results import FileResult
from workbench.standards.validate import CASE_TYPES

if TYPE_CHECKING:  # openpyxl is imported inside write_workbook: it costs startup time
    from openpyxl import Workbook

SHEETS = CASE_WORDING.sheets  # of a case review; sheet_names(campaign) for any campaign


def sheet_names(figures: CampaignFigures) -> tuple[str, ...]:
    return wording_for(figures.campaign).sheets


def write_workbook(
    figures: CampaignFigures,
    path: str | PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Write the campaign's results workbook to `path`; on Cancelled nothing is written there."""
    from openpyxl import Workbook

    check_cancel(cancel)
    w = wording_for(figures.campaign)
    book = Workbook(write_only=True)
    add_styles(book)
    bonuses = campaign_bonuses(figures)
    ticker = Ticker(_row_count(figures) + len(bonuses), progress or no_progress, cancel)
    try:
        _summary(book, figures, w, ticker)
        final, deductions = _in_case_order(figures, bonuses)
        names = w.sheets
        for title, columns, rows in (
            (names[1], *_units(figures, w)),
            (names[2], *_files(figures, w, final)),
            (names[3], *_deductions(figures, w, deductions)),
            (names[4], *_problems(figures, w)),
        ):
            write_table(book, title, columns, rows, ticker, figures.campaign.name)
        check_cancel(cancel)
        save_workbook(book, path)
    except BaseException:
        discard(book)
        raise
    ticker.finish()


# --- sheets -------------------------------------------------------------------------------------------


def _summary(book: Workbook, f: CampaignFigures, w: Wording, ticker: Ticker) -> None:
    """汇总: the campaign in a few lines, the grade distribution and the vetoes; values flush left."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    columns = [Column("项目", 22), Column("内容", 46), Column("", 14)]
    ws = new_sheet(book, w.sheets[0], columns, table=False, campaign=f.campaign.name)
    left = Alignment(horizontal="left")

    def cell(value: Any, style: str | None = None) -> Any:
        if isinstance(value, str):
            c = text_cell(ws, value, style=style)
        else:
            c = WriteOnlyCell(ws, value=number(value) if isinstance(value, Decimal) else value)
            if style is not None:
                c.style = style
        if style != HEADER_STYLE and style != TITLE_STYLE:
            c.alignment = left
        return c

    def line(label: str, value: Any, style: str | None = None) -> None:
        ws.append([label, None if value is None else cell(value, style)])

    def headers(*labels: str) -> None:
        ws.append([cell(label, HEADER_STYLE) for label in labels])

    standard = f.standard
    ws.append([cell(f"{f.campaign.name}结果汇总", TITLE_STYLE)])
    headers("项目", "内容")
    subjects = f"{w.subject}数"
    line(w.campaign_label, f.campaign.name)
    line("年度", f.campaign.year)
    line(w.standard_label, f"{standard.name}（第{standard.version}版）")
    if f.drawn is not None:
        line(f"抽取{subjects}", f.drawn)
        line(f"{w.subject}范围（件）", f.population)
    line(w.scope_label, len(f.files))
    line(f"已定分{subjects}", len(f.final))
    line(f"尚未定分{subjects}", len(f.files) - len(f.final))
    line("平均分", f.mean, FIXED2_STYLE)
    line(f"否决{subjects}", f.vetoed)
    line("导出日期", date.today().isoformat())
    ws.append([])
    headers("等次", subjects, "占比（%）")
    for label, count in f.grade_counts.items():
        ws.append([cell(label), cell(count), cell(f.share(count), FIXED2_STYLE)])
    vetoes: dict[str, int] = {}
    for r in f.final:
        for item in r.result.vetoes if r.result is not None else ():
            vetoes[item.text] = vetoes.get(item.text, 0) + 1
    if vetoes:
        ws.append([])
        headers("否决项", subjects)
        for text, count in vetoes.items():
            ws.append([cell(text), cell(count)])
    ticker.tick()


def _units(f: CampaignFigures, w: Wording) -> tuple[list[Column], Iterator[list[Any]]]:
    """单位排名: R12–R13 as rank_units computed them; a round's unit is one subject with its own grade
    (a veto grades it down, which its score alone does not show)."""
    if w.unit_subjects:
        grades = {r.department: r.result.grade for r in f.final if r.result is not None}
        columns = [
            Column("排名", 7),
            Column(w.unit_label, 30, Kind.TEXT),
            Column("得分", 10, Kind.NUMBER),
            Column("等次", 10, Kind.TEXT),
        ]
        return columns, ([u.rank, u.unit, u.mean, grades.get(u.unit, u.grade)] for u in f.units)
    bands = [b.label for b in f.standard.bands]
    columns = [
        Column("排名", 7),
        Column("单位", 30, Kind.TEXT),
        Column("案卷数", 9),
        Column("平均分", 10, Kind.FIXED2),
        Column("最高分", 10, Kind.NUMBER),
        Column("最低分", 10, Kind.NUMBER),
        *(Column(label, 9) for label in bands),  # counts; the header cell guards the label
        Column("等次", 10, Kind.TEXT),
    ]
    rows = (
        [u.rank, u.unit, u.files, u.mean, u.highest, u.lowest, *(u.grades.get(b, 0) for b in bands), u.grade]
        for u in f.units
    )
    return columns, rows


def top_categories(f: CampaignFigures) -> list[str]:
    """The standard's top-level categories that hold base points, in standard order (a category of
    bonus items only, such as a checklist's 加分项, is the 加分 column instead)."""
    return list(
        dict.fromkeys(it.category[0] for it in f.standard.point_items if it.category and not it.bonus)
    )


Detail = Deduction | Bonus | VetoFinding | NotApplicable


KIND_LABELS = {VetoFinding: "否决", Deduction: "扣分", Bonus: "加分", NotApplicable: "不适用"}


_KIND_ORDER = {VetoFinding: 0, Deduction: 1, Bonus: 1, NotApplicable: 2}


def _in_case_order(f: CampaignFigures, bonuses: list[Bonus]) -> tuple[list[FileResult], list[Detail]]:
    """Final files and, per file, its veto findings first, then its deductions (and bonuses, among them
    in standard order), then its N/A marks, in 案号 order as people read it (…〔2025〕9号 before 10号)."""
    numbers = sorted({r.case_number for r in f.final}, key=natural_key)
    rank = {n: i for i, n in enumerate(numbers)}
    final = sorted(f.final, key=lambda r: rank[r.case_number])
    marks = [m for r in f.final for m in file_not_applicable(f.standard, r)]
    details: list[Detail] = [*f.vetoes, *f.deductions, *bonuses, *marks]
    kinds = _KIND_ORDER
    if bonuses:
        order = {it.key: i for i, it in enumerate(f.standard.items)}
        details.sort(
            key=lambda d: (rank.get(d.case_number, -1), kinds[type(d)], order.get(d.item_key, len(order)))
        )
    else:  # stable: item order kept
        details.sort(key=lambda d: (rank.get(d.case_number, -1), kinds[type(d)]))
    return final, details


def _files(
    f: CampaignFigures, w: Wording, final: list[FileResult]
) -> tuple[list[Column], Iterator[list[Any]]]:
    """案卷得分 / 单位得分: one row per subject with a final score."""
    categories = top_categories(f)
    bonus = bool(f.standard.bonus_items)
    case_columns = [  # a unit has no department, title, party or type beside its name
        Column(w.unit_label, 14, Kind.TEXT),
        Column("案件名称", 26, Kind.TEXT),
        Column("当事人", 16, Kind.TEXT),
        Column("类型", 6),
    ]
    columns = [
        Column(w.subject_id_label, 18 if not w.unit_subjects else 20, Kind.TEXT, wrap=w.unit_subjects),
        *([] if w.unit_subjects else case_columns),
        Column(w.reviewer, 16, Kind.TEXT),
        *(Column(c, 9, Kind.NUMBER) for c in categories),  # the header wraps a long category name
        *([Column("加分", 6, Kind.NUMBER)] if bonus else []),
        Column("总分", 6, Kind.NUMBER),
        Column("等次", 6, Kind.TEXT),
        Column("否决项", 16, Kind.TEXT),
    ]

    def rows() -> Iterator[list[Any]]:
        for r in final:
            result = r.result
            assert result is not None  # final files have one
            scores = [result.categories[c].score if c in result.categories else None for c in categories]
            yield [
                r.case_number,
                *([] if w.unit_subjects else _case_fields(r)),
                reviewer_label(r),
                *scores,
                *([result.bonus] if bonus else []),
                result.total,
                result.grade,
                "、".join(v.text for v in result.vetoes),
            ]

    return columns, rows()


def _case_fields(r: FileResult) -> list[Any]:
    return [r.department, r.title, r.party, CASE_TYPES.get(r.case_type, r.case_type)]


def _deductions(
    f: CampaignFigures, w: Wording, details: list[Detail]
) -> tuple[list[Column], Iterator[list[Any]]]:
    """扣分明细: every recorded deduction and the part of it that counts (扣完为止); where the standard has
    bonus items, every recorded bonus too (a 扣分/加分 column says which) and the part within the caps."""
    if f.standard.bonus_items:
        points, counted, reason = "分值", "计入分值", "理由"
    else:
        points, counted, reason = "扣分", "计入扣分", "扣分理由"
    columns = [
        Column(w.subject_id_label, 18 if not w.unit_subjects else 20, Kind.TEXT, wrap=w.unit_subjects),
        *([] if w.unit_subjects else [Column(w.unit_label, 14, Kind.TEXT)]),
        Column(w.category_label, 14, Kind.TEXT),
        Column(w.item_label, 24, Kind.TEXT),
        Column("类型", 6, Kind.PLAIN),  # 否决 / 扣分 / 加分 / 不适用
        Column(points, 6, Kind.NUMBER),
        Column(counted, 6, Kind.NUMBER),
        Column(reason, 34, Kind.TEXT),
        Column("页码", 5),
        Column(w.reviewer, 16, Kind.TEXT),
    ]
    items = f.standard.items_by_key
    unit = w.unit_subjects
    labels = KIND_LABELS

    def row(d: Detail) -> list[Any]:
        cls = type(d)
        if cls is Deduction or cls is Bonus:
            amount, part, why = d.points, d.counted, d.reason  # type: ignore[union-attr]
        elif cls is VetoFinding:
            amount = part = None
            why = f"{d.effect_text}。{d.reason}" if d.reason else d.effect_text  # type: ignore[union-attr]
        else:
            amount = part = None
            why = d.reason
        return [
            d.case_number,
            *([] if unit else [d.department]),
            w.category_of(items[d.item_key]) if unit else d.category,
            d.item_text,
            labels[cls],
            amount,
            part,
            why,
            d.page,
            d.reviewer,
        ]

    return columns, (row(d) for d in details)


def _problems(f: CampaignFigures, w: Wording) -> tuple[list[Column], Iterator[list[Any]]]:
    """常见问题: standard items ranked by the files (units) deducted on them."""
    columns = [
        Column("排名", 7),
        Column(w.category_label, 26, Kind.TEXT),
        Column(w.item_label, 40, Kind.TEXT),
        Column(f"扣分{w.subject}数", 12),
        Column("占比（%）", 11, Kind.FIXED2),
        Column("扣分合计", 10, Kind.NUMBER),
        Column(f"涉及{w.unit_label}", 50, Kind.TEXT),
    ]
    rows = (
        [p.rank, w.category_of(p.item), p.item.text, p.files, p.share, p.points, "、".join(p.departments)]
        for p in f.problems
    )
    return columns, rows


def _row_count(f: CampaignFigures) -> int:
    return 1 + len(f.units) + len(f.final) + len(f.deductions) + len(f.vetoes) + len(f.problems)
