"""What the Word 通报 is filled with: the campaign's figures (CampaignFigures), ranking, good files
and units, common and typical problems, and the office's rendered texts."""

from __future__ import annotations

from collections.abc import Mapping

from workbench.exports.docx.context import ATTACH_OVER, Context, end_block, title_lines
from workbench.exports.sentences import (
    bulletin_title,
    excellent_files_sentence,
    overview_text,
    praise_sentence,
    score_text,
    top_units_sentence,
    typical_sentences,
    unit_grades,
)
from workbench.exports.templates import paragraphs
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import Wording, wording_for

TOP_PROBLEMS, NAMED_FILES = 8, 3  # as the PDF quotes them


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
        "基本情况": overview_text(figures, w),
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
        "表扬": _praise(figures, w),
        "共性问题说明": f"按{counted}排序，问题较为集中的前{len(shown)}个{w.item_label}如下：",
        "共性问题": [
            {"序号": str(p.rank), "项目": p.item.text, "数量": str(p.files), "占比": f"{p.share}%"}
            for p in shown
        ],
        "项目列": w.item_label,
        "计数列": counted,
        "典型问题": typical_sentences(figures, w),
        "无问题": f"本次{w.review}未发现扣分问题。",
        "工作要求": paragraphs(texts["bulletin_requirements"]),
        **end_block(texts),
    }


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


def _unit_ranking(figures: CampaignFigures, w: Wording) -> list[Context]:
    grades = unit_grades(figures)
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


def _praise(figures: CampaignFigures, w: Wording) -> list[str]:
    """The top-band files (or, in a round, units), then the units praised: the PDF's sentences."""
    if w.unit_subjects:
        return [top_units_sentence(figures, w), praise_sentence(figures, w)]
    out = [excellent_files_sentence(figures, NAMED_FILES)]
    if figures.units:
        out.append(praise_sentence(figures, w))
    return out
