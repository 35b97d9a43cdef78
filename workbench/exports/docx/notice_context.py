"""What the Word 整改通知书 is filled with: a notice as issued, its number, dates and problems from its
own record (workbench.rectification.notices), its fixed wording from the office's rendered texts."""

from __future__ import annotations

from collections.abc import Mapping

from workbench.exports.docx.context import (
    ATTACH_OVER,
    Context,
    end_block,
    title_lines,
    vetoes,
)
from workbench.exports.sentences import chinese_number, num_text
from workbench.exports.templates import paragraphs
from workbench.exports.texts import DEADLINE
from workbench.rectification.notices import Notice, NoticeProblem
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import wording_for


def notice_context(notice: Notice, figures: CampaignFigures, texts: Mapping[str, str]) -> Context:
    """A notice as issued: its number, dates and problems from its record; `figures` (the department's)
    supply the vetoes and any file title the record lacks."""
    w = wording_for(figures.campaign)
    rows = (_indicator_rows if w.unit_subjects else _file_rows)(notice, figures)
    listed = any(getattr(p, "veto", False) for p in notice.problems)  # a record that lists its vetoes
    supplement = texts.get("supplement", "")  # a supplementary notice names the notice it adds to
    return {
        "发文机关标志": texts["issuer_mark"].strip(),
        "文号": notice.number,
        "标题": title_lines(w.notice_title(notice.department), [len(f"关于{notice.department}")]),
        "单位": notice.department,
        "开头": [*paragraphs(supplement), *paragraphs(texts["notice_opening"])],
        "否决": [] if listed else vetoes(figures, w, lead=False),
        "否决说明": "督察发现你单位存在一票否决情形：" if w.unit_subjects else "以下案卷存在否决项：",
        "问题": rows,
        "问题数": len(notice.problems),
        "项目列": w.item_label,
        "附件": len(rows) > ATTACH_OVER,
        "整改要求": paragraphs(texts["notice_requirements"]),
        "截止日期": texts[DEADLINE],
        "期限": notice.deadline_days,
        "反馈要求": paragraphs(texts["notice_reply"]),
        "异议和复查": paragraphs(texts["notice_objection"]),
        "联系方式": paragraphs(texts.get("contact", "")),
        **end_block(texts),
    }


def _problem_row(p: NoticeProblem) -> Context:
    page = "—" if p.page is None else str(p.page)
    return {
        "分组": False,
        "文字": "",
        "项目": p.item,
        "扣分": "否决" if getattr(p, "veto", False) else num_text(p.points),
        "理由": p.reason or "—",
        "页码": page,
    }


def _file_rows(notice: Notice, figures: CampaignFigures) -> list[Context]:
    """A group row per file (案号, 案件名称, score and grade), then its deductions by item."""
    totals = {f.case_number: f for f in notice.files}
    titles = {f.case_number: f.title for f in figures.files}
    by_file: dict[str, list[NoticeProblem]] = {}
    for p in notice.problems:
        by_file.setdefault(p.case_number, []).append(p)
    rows: list[Context] = []
    for n, (case_number, problems) in enumerate(by_file.items(), start=1):
        file = totals.get(case_number)
        title = problems[0].case_title or titles.get(case_number, "")
        score = f"（得分{num_text(file.total)}，{file.grade}）" if file else ""
        rows.append({"分组": True, "文字": f"{n}. {case_number}  {title}{score}"})
        rows += [_problem_row(p) for p in problems]
    return rows


def _indicator_rows(notice: Notice, figures: CampaignFigures) -> list[Context]:
    """A group row per 一级指标, then each problem under it."""
    by_top: dict[str, list[NoticeProblem]] = {}
    for p in notice.problems:
        by_top.setdefault(p.category.split(" > ")[0], []).append(p)
    rows: list[Context] = []
    for n, (top, problems) in enumerate(by_top.items(), start=1):
        rows.append({"分组": True, "文字": f"{chinese_number(n)}、{top}"})
        rows += [_problem_row(p) for p in problems]
    return rows
