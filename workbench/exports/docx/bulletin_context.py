"""What the Word 通报 is filled with: the campaign's figures (CampaignFigures), ranking, good files
and units, common and typical problems, and the office's rendered texts."""

from __future__ import annotations

from collections.abc import Mapping

from workbench.exports.docx.context import ATTACH_OVER, Context, end_block, title_lines, vetoed_grades
from workbench.exports.templates import paragraphs
from workbench.exports.texts import score_text
from workbench.reporting.figures import CampaignFigures, typical_problems
from workbench.reporting.wording import Wording, wording_for

TOP_PROBLEMS, NAMED_FILES = 8, 3  # as the PDF quotes them


def bulletin_title(figures: CampaignFigures) -> str:
    return f"关于{figures.campaign.name}情况的通报"


def bulletin_context(figures: CampaignFigures, texts: Mapping[str, str]) -> Context:
    w = wording_for(figures.campaign)
    ranking = _unit_ranking(figures, w) if w.unit_subjects else _ranking(figures)
    shown = figures.problems[:TOP_PROBLEMS]
    counted = f"扣分{w.subject}数"
    return {
        "文号": texts.get("number", ""),
        "发文机关标志": texts.get("issuer_mark", texts["issuer"]).strip(),
        "标题": title_lines(bulletin_title(figures), [len(bulletin_title(figures)) - 5]),
        "主送机关": texts["bulletin_addressee"].strip(),
        "开头": paragraphs(texts["bulletin_opening"]),
        "基本情况": _overview(figures, w),
        "等次分布": [
            {"等次": label, "数量": w.count(count), "占比": f"{figures.share(count)}%"}
            for label, count in figures.grade_counts.items()
        ]
        if figures.final
        else [],
        "排名标题": f"各单位{w.review}结果",
        "排名说明": (
            f"各{w.unit_label}{w.review}结果按得分排名如下（得分相同的，名次并列）："
            if w.unit_subjects
            else "各单位评查结果按平均得分排名如下（平均分相同的，按总分排序）："
        ),
        "排名": ranking,
        "单位列": w.unit_label,
        "数量列": "问题指标数" if w.unit_subjects else "评查卷数",
        "平均分列": "得分" if w.unit_subjects else "平均分",
        "附件": len(ranking) > ATTACH_OVER,
        "表扬标题": "先进单位" if w.unit_subjects else "优秀案卷和先进单位",
        "表扬": _good_units(figures, w) if w.unit_subjects else _good(figures),
        "共性问题说明": f"按{counted}排序，问题较为集中的前{len(shown)}个{w.item_label}如下：",
        "共性问题": [
            {"序号": str(p.rank), "项目": p.item.text, "数量": str(p.files), "占比": f"{p.share}%"}
            for p in shown
        ],
        "项目列": w.item_label,
        "计数列": counted,
        "典型问题": [
            f"{n}. {item}。{w.example_pattern.replace('{subject}', case)}：{reason}。"
            for n, (item, case, reason) in enumerate(typical_problems(figures), start=1)
        ],
        "无问题": f"本次{w.review}未发现扣分问题。",
        "工作要求": paragraphs(texts["bulletin_requirements"]),
        **end_block(texts),
    }


def _overview(figures: CampaignFigures, w: Wording) -> str:
    scope = f"本次{w.review}共纳入{w.scope_noun}{w.count(len(figures.files))}"
    if figures.drawn is not None and figures.population is not None:
        scope = f"本次评查从{figures.population}卷案卷中随机抽取{figures.drawn}卷"
    text = f"{scope}，已完成{w.review}{w.count(len(figures.final))}，平均得分{score_text(figures.mean)}分。"
    if figures.final:
        grades = "；".join(
            f"{label}{w.count(count)}，占{figures.share(count)}%"
            for label, count in figures.grade_counts.items()
        )
        text += f"其中，{grades}。"
    if figures.vetoed:
        text += f"有{w.many(figures.vetoed)}存在否决项（评为{vetoed_grades(figures, w)}）。"
    return text


def _ranking(figures: CampaignFigures) -> list[Context]:
    return [
        {
            "名次": str(u.rank),
            "单位": u.unit,
            "数量": str(u.files),
            "得分": score_text(u.mean),
            "等次": u.grade,
        }
        for u in figures.units
    ]


def _unit_grades(figures: CampaignFigures) -> dict[str, str]:
    return {f.department: f.result.grade for f in figures.final if f.result is not None}


def _unit_ranking(figures: CampaignFigures, w: Wording) -> list[Context]:
    grades = _unit_grades(figures)
    items: dict[str, set[str]] = {}
    for d in figures.deductions:
        items.setdefault(d.department, set()).add(d.item_key)
    return [
        {
            "名次": str(u.rank),
            "单位": u.unit,
            "数量": str(len(items.get(u.unit, ()))),
            "得分": score_text(u.mean),
            "等次": grades.get(u.unit, u.grade),
        }
        for u in figures.units
    ]


def _top_band(figures: CampaignFigures) -> str:
    return max(figures.standard.bands, key=lambda b: b.minimum).label


def _good(figures: CampaignFigures) -> list[str]:
    top = _top_band(figures)
    excellent: dict[str, list[str]] = {}
    for f in figures.final:
        if f.result is not None and f.result.grade == top:
            excellent.setdefault(f.department, []).append(f.case_number)
    out = []
    if excellent:
        units = []
        for unit in figures.units:
            numbers = excellent.get(unit.unit)
            if numbers:
                shown = "、".join(numbers[:NAMED_FILES]) + ("等" if len(numbers) > NAMED_FILES else "")
                units.append(f"{unit.unit}{unit.grades.get(top, len(numbers))}卷（{shown}）")
        count = figures.grade_counts.get(top, 0)
        out.append(f"本次评查共评出{top}案卷{count}卷，分别为：{'；'.join(units)}。")
    else:
        out.append(f"本次评查没有评出{top}案卷。")
    leaders = [u for u in figures.units if u.rank <= 3]
    if leaders:
        named = "、".join(f"{u.unit}（{score_text(u.mean)}分）" for u in leaders)
        out.append(f"平均得分位列前三的单位是：{named}，予以通报表扬。")
    return out


def _good_units(figures: CampaignFigures, w: Wording) -> list[str]:
    top = _top_band(figures)
    grades = _unit_grades(figures)
    vetoed = {f.department for f in figures.final if f.result is not None and f.result.veto}
    best = [u for u in figures.units if grades.get(u.unit) == top]
    if best:
        named = "、".join(f"{u.unit}（{score_text(u.mean)}分）" for u in best)
        out = [f"本次{w.review}评为{top}的单位有{len(best)}个：{named}。"]
    else:
        out = [f"本次{w.review}没有评为{top}的单位。"]
    leaders = [u for u in figures.units if u.unit not in vetoed][:3]
    if leaders:
        named = "、".join(f"{u.unit}（{score_text(u.mean)}分）" for u in leaders)
        out.append(f"得分位列前{len(leaders)}位的单位是：{named}，予以通报表扬。")
    return out
