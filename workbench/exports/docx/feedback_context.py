"""What the Word 评查反馈意见 / 督察反馈意见 is filled with: one department's (or, in a round, one
unit's) standing, files, problems, bonuses and the campaign's common problems it shares."""

from __future__ import annotations

from datetime import date

from workbench.exports.docx.context import (
    Context,
    chinese_number,
    number,
    signed,
    vetoes,
    where,
)
from workbench.exports.texts import chinese_date, feedback_closing, feedback_opening, veto_sentence
from workbench.reporting.bonuses import file_bonuses
from workbench.reporting.case_list import natural_key
from workbench.reporting.figures import CampaignFigures, Deduction
from workbench.reporting.wording import Wording, wording_for
from workbench.review.results import STATUS_LABELS, FileResult

COMMON_TOP = 10  # the campaign's common problems a feedback quotes, as the PDF does


def feedback_context(figures: CampaignFigures, department: str, dated: date) -> Context:
    """One department's (or, in a round, one unit's) feedback: its standing, files, problems."""
    w = wording_for(figures.campaign)
    mine = figures.of_department(department)
    unit = figures.unit(department)
    subject = next((f for f in mine.final if f.result is not None), None) if w.unit_subjects else None
    sections: list[Context] = []
    if w.unit_subjects and subject is not None and subject.result is not None and subject.result.bonus:
        sections.append({"标题": "加分情况", "段落": _bonuses(figures, subject)})
    common = _unit_common(figures, mine) if w.unit_subjects else _common(figures, mine)
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
        "总体情况": _unit_standing(figures, subject, unit, w)
        if w.unit_subjects
        else _standing(figures, mine),
        "得分表": _category_rows(figures, subject) if w.unit_subjects else [],
        "案卷": [] if w.unit_subjects else _file_rows_of(mine),
        "否决": vetoes(mine, w),
        "问题说明": (
            f"督察发现你单位 {len({d.item_key for d in mine.deductions})} 项指标存在问题，具体如下："
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


def _standing(figures: CampaignFigures, mine: CampaignFigures) -> str:
    unit = figures.unit(mine.files[0].department) if mine.files else None
    final = len(mine.final)
    if unit is None or not final:
        return f"你单位被评查案卷 {len(mine.files)} 件，尚无已定分的案卷，暂不参加排名。"
    grades = "、".join(f"{label} {n} 件" for label, n in unit.grades.items())
    text = (
        f"你单位已定分案卷 {unit.files} 件，平均分 {number(unit.mean)} 分，等次为{unit.grade}，"
        f"在 {len(figures.units)} 个被评查单位中排名第 {unit.rank} 位；最高分 {number(unit.highest)} 分，"
        f"最低分 {number(unit.lowest)} 分；其中{grades}。"
    )
    text += veto_sentence(mine, wording_for(figures.campaign))
    if pending := len(mine.files) - final:
        text += f"另有 {pending} 件尚未定分，不计入平均分。"
    return text + "各案卷得分见下表。"


def _unit_standing(figures: CampaignFigures, subject: FileResult | None, unit, w: Wording) -> str:
    if subject is None or subject.result is None or unit is None:
        return "你单位的督察评分尚未完成，暂不参加排名。"
    result = subject.result
    bonus = f"（含加分 {number(result.bonus)} 分）" if result.bonus else ""
    veto = ""
    if result.vetoes:
        veto = f"因存在{'、'.join(f'「{it.text}」' for it in result.vetoes)}情形实行一票否决，"
    return (
        f"你单位督察得分 {number(result.total)} 分{bonus}，{veto}等次为{result.grade}，"
        f"在 {len(figures.units)} 个{w.unit_label}中排名第 {unit.rank} 位。各一级指标得分见下表。"
    )


def _file_rows_of(mine: CampaignFigures) -> list[Context]:
    rows: list[Context] = []
    for n, f in enumerate(sorted(mine.files, key=lambda f: natural_key(f.case_number)), start=1):
        if f.result is None:
            score, grade, note = "", "", STATUS_LABELS[f.status]
        else:
            score, grade, note = number(f.result.total), f.result.grade, "否决" if f.result.veto else ""
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
                "分值": number(category.maximum),
                "得分": number(category.score),
            }
        )
    if standard.bonus_items:
        rows.append(
            {
                "序号": "",
                "名称": "加分",
                "分值": f"≤{number(standard.bonus_max)}",
                "得分": number(result.bonus),
            }
        )
    rows.append({"序号": "", "名称": "总分", "分值": number(result.maximum), "得分": number(result.total)})
    return rows


def _problems(mine: CampaignFigures) -> list[Context]:
    """A group row per item (files, points lost), then each deduction under it."""
    by_item: dict[str, list[Deduction]] = {}
    for d in mine.deductions:
        by_item.setdefault(d.item_key, []).append(d)
    rows: list[Context] = []
    for n, problem in enumerate(mine.problems, start=1):
        lost = f"（{problem.files} 件，共扣 {number(problem.points)} 分）"
        title = f"（{chinese_number(n)}）{problem.item.text}{lost}"
        rows.append({"分组": True, "文字": title})
        for d in sorted(by_item[problem.item.key], key=lambda d: natural_key(d.case_number)):
            rows.append(
                {
                    "分组": False,
                    "文字": "",
                    "项目": d.case_number,
                    "扣分": number(d.points),
                    "理由": where(d.reason, d.page),
                }
            )
    return rows


def _unit_problems(figures: CampaignFigures, mine: CampaignFigures, w: Wording) -> list[Context]:
    items = figures.standard.items_by_key
    rows: list[Context] = []
    for d in mine.deductions:
        why = where(d.reason, d.page)
        if d.counted != d.points:
            why += f"（扣完为止，计 {number(d.counted)} 分）"
        item = f"{w.category_of(items[d.item_key])}：{d.item_text}"
        rows.append({"分组": False, "文字": "", "项目": item, "扣分": number(d.points), "理由": why})
    return rows


def _bonuses(figures: CampaignFigures, subject: FileResult) -> list[str]:
    assert subject.result is not None
    out = [f"你单位获得加分 {number(subject.result.bonus)} 分："]
    for n, b in enumerate(file_bonuses(figures.standard, subject), start=1):
        counted = f"加 {number(b.counted)} 分"
        if b.counted != b.points:
            counted = f"记录 {number(b.points)} 分，受加分上限所限计 {number(b.counted)} 分"
        out.append(f"{n}. {b.item_text}（{counted}）：{where(b.reason, b.page)}。")
    return out


def _common(figures: CampaignFigures, mine: CampaignFigures) -> list[str]:
    here = {p.item.key: p for p in mine.problems}
    shared = [(p, here[p.item.key]) for p in figures.problems if p.rank <= COMMON_TOP and p.item.key in here]
    if not shared:
        return []
    out = [f"本次评查中全部 {len(figures.final)} 件已定分案卷出现较多的问题，你单位同样存在的有："]
    for n, (campaign, own) in enumerate(shared, start=1):
        out.append(
            f"{n}. {campaign.item.text}：全部案卷中 {campaign.files} 件存在此问题，"
            f"占 {number(campaign.share)}%，"
            f"在常见问题中排第 {campaign.rank} 位；你单位 {own.files} 件。"
        )
    return out


def _unit_common(figures: CampaignFigures, mine: CampaignFigures) -> list[str]:
    here = {p.item.key for p in mine.problems}
    shared = [p for p in figures.problems if p.rank <= COMMON_TOP and p.item.key in here and p.files > 1]
    if not shared:
        return []
    out = [f"本次督察全部 {len(figures.final)} 个已评分单位中问题较为集中的指标，你单位同样存在的有："]
    for n, p in enumerate(shared, start=1):
        out.append(
            f"{n}. {p.item.text}：{p.files} 个单位存在此问题，占 {number(p.share)}%，"
            f"在常见问题中排第 {p.rank} 位。"
        )
    return out
