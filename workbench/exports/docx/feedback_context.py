"""What the Word 评查反馈意见 / 督察反馈意见 is filled with: one department's (or, in a round, one
unit's) standing, files, problems, bonuses and the campaign's common problems it shares; the sentences
are workbench.exports.feedback_texts', which the PDF prints too."""

from __future__ import annotations

from datetime import date

from workbench.exports.docx.context import Context, signed, vetoes
from workbench.exports.feedback_texts import (
    bonus_lines,
    common_lines,
    feedback_closing,
    feedback_opening,
    indicator_reason,
    problem_heading,
    standing,
    unit_common_lines,
    unit_problems_lead,
    unit_standing,
    where,
)
from workbench.exports.sentences import chinese_date, chinese_number, num_text
from workbench.reporting.case_list import natural_key
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.findings import Deduction
from workbench.reporting.wording import Wording, wording_for
from workbench.review.results import STATUS_LABELS, FileResult


def feedback_context(figures: CampaignFigures, department: str, dated: date) -> Context:
    """One department's (or, in a round, one unit's) feedback: its standing, files, problems."""
    w = wording_for(figures.campaign)
    mine = figures.of_department(department)
    unit = figures.unit(department)
    subject = next((f for f in mine.final if f.result is not None), None) if w.unit_subjects else None
    sections: list[Context] = []
    if w.unit_subjects and subject is not None and subject.result is not None and subject.result.bonus:
        sections.append({"标题": "加分情况", "段落": bonus_lines(figures, subject)})
    common = unit_common_lines(figures, mine) if w.unit_subjects else common_lines(figures, mine)
    if common:
        sections.append({"标题": "共性问题", "段落": common})
    for n, section in enumerate(sections, start=3):
        section["标题"] = f"{chinese_number(n)}、{section['标题']}"
    problems = _unit_problems(figures, mine, w) if w.unit_subjects else _problems(mine)
    today = chinese_date(dated)
    return {
        "标题": w.feedback_title,
        "单位": department,
        "督察": w.unit_subjects,
        "开头": feedback_opening(figures, mine, w),
        "总体情况": unit_standing(figures, subject, unit, w)
        if w.unit_subjects
        else standing(figures, mine, department, w),
        "得分表": _category_rows(figures, subject) if w.unit_subjects else [],
        "案卷": [] if w.unit_subjects else _file_rows_of(mine),
        "否决": vetoes(mine, w),
        "问题说明": (
            unit_problems_lead(mine)
            if w.unit_subjects
            else f"你单位案卷共有 {len(mine.deductions)} 处扣分，按{w.item_label}列示如下："
        ),
        "问题": problems,
        "项目列": w.item_label if w.unit_subjects else "案号",
        "无问题": f"本次{w.review}未发现扣分问题。",
        "其他": sections,
        "整改要求标题": f"{chinese_number(3 + len(sections))}、整改要求",
        "整改要求": feedback_closing(w),
        "署名": signed(w.team, today),
        "成文日期": today,
    }


def _file_rows_of(mine: CampaignFigures) -> list[Context]:
    rows: list[Context] = []
    for n, f in enumerate(sorted(mine.files, key=lambda f: natural_key(f.case_number)), start=1):
        if f.result is None:
            score, grade, note = "", "", STATUS_LABELS[f.status]
        else:
            score, grade, note = num_text(f.result.total), f.result.grade, "否决" if f.result.veto else ""
        rows.append(
            {
                "序号": str(n),
                "案号": f.case_number,
                "名称": f.title,
                "得分": score,
                "等次": grade,
                "备注": note,
            }
        )
    return rows


def _category_rows(figures: CampaignFigures, subject: FileResult | None) -> list[Context]:
    if subject is None or subject.result is None:
        return []
    result, standard = subject.result, figures.standard
    bonus_top = {it.category[0] for it in standard.bonus_items if it.category}
    rows: list[Context] = []
    for top in dict.fromkeys(it.category[0] for it in standard.point_items if it.category):
        category = result.categories.get(top)
        if category is None or top in bonus_top:
            continue
        rows.append(
            {
                "序号": str(len(rows) + 1),
                "名称": top,
                "分值": num_text(category.maximum),
                "得分": num_text(category.score),
            }
        )
    if standard.bonus_items:
        rows.append(
            {
                "序号": "",
                "名称": "加分",
                "分值": f"≤{num_text(standard.bonus_max)}",
                "得分": num_text(result.bonus),
            }
        )
    rows.append(
        {"序号": "", "名称": "总分", "分值": num_text(result.maximum), "得分": num_text(result.total)}
    )
    return rows


def _problems(mine: CampaignFigures) -> list[Context]:
    """A group row per item (files, points lost), then each deduction under it."""
    by_item: dict[str, list[Deduction]] = {}
    for d in mine.deductions:
        by_item.setdefault(d.item_key, []).append(d)
    rows: list[Context] = []
    for n, problem in enumerate(mine.problems, start=1):
        rows.append({"分组": True, "文字": problem_heading(n, problem)})
        for d in sorted(by_item[problem.item.key], key=lambda d: natural_key(d.case_number)):
            rows.append(
                {
                    "分组": False,
                    "文字": "",
                    "项目": d.case_number,
                    "扣分": num_text(d.points),
                    "理由": where(d.reason, d.page),
                }
            )
    return rows


def _unit_problems(figures: CampaignFigures, mine: CampaignFigures, w: Wording) -> list[Context]:
    items = figures.standard.items_by_key
    rows: list[Context] = []
    for d in mine.deductions:
        why = indicator_reason(d)
        item = f"{w.category_of(items[d.item_key])}：{d.item_text}"
        rows.append({"分组": False, "文字": "", "项目": item, "扣分": num_text(d.points), "理由": why})
    return rows
