"""通报: the campaign bulletin, laid out as an official document (GB/T 9704-2012).

Basis and scope, the figures with a grade chart, the department ranking, good files and units,
common and typical problems, and the requirements. Fixed wording comes from the office's templates
(`texts`, see workbench.exports.texts.bulletin_texts); every number from CampaignFigures. A
supervision round's bulletin ranks the units by score, names the units that did well (never one a
veto failed) and quotes problems by indicator; its words come from the Wording.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import CMYKColor, black
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from workbench.exports.pdf import official as o
from workbench.exports.pdf import official_page as page
from workbench.exports.pdf.fonts import FontSet, covers, load_fonts, markup
from workbench.exports.sentences import (
    bulletin_title,
    excellent_files_sentence,
    overview_text,
    praise_sentence,
    score_text,
    top_units_sentence,
    typical_sentences,
    unit_grades,
    veto_sentence,
)
from workbench.exports.templates import paragraphs
from workbench.exports.texts import DATED, NUMBER
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import Wording, wording_for

TOP_PROBLEMS = 8  # common problems in the table
NAMED_FILES = 3  # excellent files named per unit before "等"
BAR = CMYKColor(0.85, 0.45, 0, 0.1)


def write_bulletin(
    figures: CampaignFigures,
    texts: Mapping[str, str],
    path: Path | str,
    *,
    fonts: FontSet | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write the bulletin to `path`; returns its page count."""
    fonts = fonts or load_fonts()
    st = o.Styles(fonts)
    w = wording_for(figures.campaign)
    title = bulletin_title(figures)
    story: list[Flowable] = []
    if texts.get(NUMBER):  # 版头: the red issuer mark and the 发文字号, as on the notices
        story += [page.RedHeader(texts["issuer_mark"], texts[NUMBER], fonts), o.blank(1.5)]
    story += [o.title(title, st, breaks=[len(title) - 5]), o.blank()]
    story.append(o.addressee(texts["bulletin_addressee"], st))
    story += [o.body(p, st) for p in paragraphs(texts["bulletin_opening"])]
    story += _overview(figures, w, st)
    story += (_unit_ranking if w.unit_subjects else _ranking)(figures, w, st)
    story += (_good_units if w.unit_subjects else _good)(figures, w, st)
    story += _problems(figures, w, st)
    story.append(o.heading1("五、工作要求", st))
    requirements = [o.body(p, st) for p in paragraphs(texts["bulletin_requirements"])]
    story += requirements[:-1]
    story.append(o.closing(requirements[-1:], texts["issuer"], texts[DATED], fonts))
    story += [o.body(p, st) for p in paragraphs(texts.get("contact", ""))]  # 附注, under the date
    story.append(page.EndBlock(texts.get("copies_to", ""), texts["printer"], texts[DATED], fonts))
    full = f"{texts[NUMBER]} {title}" if texts.get(NUMBER) else title
    return page.build(path, story, fonts, title=full, author=texts["issuer"], cancel=cancel)


def _overview(figures: CampaignFigures, w: Wording, st: o.Styles) -> list[Flowable]:
    text = overview_text(figures, w)
    out: list[Flowable] = [o.heading1("一、基本情况", st), o.body(text, st)]
    if figures.final:
        caption = Paragraph(markup(f"图1  {w.chart_caption}", st.fonts.body, st.fonts), st.caption)
        out.append(KeepTogether([grade_chart(figures, st.fonts, w), caption]))
    return out


def grade_chart(figures: CampaignFigures, fonts: FontSet, w: Wording | None = None) -> Drawing:
    """A bar per grade band: files, labelled with the count and the share."""
    labels = list(figures.grade_counts)
    counts = [figures.grade_counts[label] for label in labels]
    width, height = o.BLOCK_WIDTH, 62 * mm
    font = fonts.body if all(covers(fonts.body, label) for label in labels) else fonts.fallback
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = font, 10  # else Helvetica, never embedded
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 22, width - 80, height - 40
    chart.data = [counts]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 18
    top = max([*counts, 1])
    step = max(1, -(-top // 5))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, step * 6, step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 10
    chart.valueAxis.strokeColor = black
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = page.TABLE_SIZE
    chart.categoryAxis.labels.dy = -4
    chart.barLabelFormat = "values"
    w = w or wording_for(figures.campaign)
    chart.barLabelArray = [[f"{w.count(c)}（{figures.share(c)}%）" for c in counts]]
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 11
    chart.barLabels.nudge = 9
    drawing.add(chart)
    return drawing


def _ranking(figures: CampaignFigures, w: Wording, st: o.Styles) -> list[Flowable]:
    rows = [["名次", "单位", "评查卷数", "平均分", "等次"]]
    rows += [[str(u.rank), u.unit, str(u.files), score_text(u.mean), u.grade] for u in figures.units]
    intro = "各单位评查结果按平均得分排名如下（平均分相同的，按总分排序）："
    out: list[Flowable] = [o.heading1("二、各单位评查结果", st), o.body(intro, st)]
    if figures.units:
        out.append(o.table(rows, [1.1, 5.2, 1.6, 1.6, 1.3], st, centred=(0, 2, 3, 4)))
    return out


def _unit_ranking(figures: CampaignFigures, w: Wording, st: o.Styles) -> list[Flowable]:
    """A round's units by score; each unit's grade is its own (a veto grades it down)."""
    grades = unit_grades(figures)
    rows = [["名次", w.unit_label, "得分", "等次"]]
    rows += [[str(u.rank), u.unit, score_text(u.mean), grades.get(u.unit, u.grade)] for u in figures.units]
    intro = f"各{w.unit_label}{w.review}结果按得分排名如下（得分相同的，名次并列）："
    out: list[Flowable] = [o.heading1(f"二、各单位{w.review}结果", st), o.body(intro, st)]
    if figures.units:
        out.append(o.table(rows, [1.1, 6.0, 1.8, 1.6], st, centred=(0, 2, 3)))
    return out


def _good_units(figures: CampaignFigures, w: Wording, st: o.Styles) -> list[Flowable]:
    """The units graded in the top band, and the three best scores among units no veto failed."""
    out: list[Flowable] = [o.heading1("三、先进单位", st), o.body(top_units_sentence(figures, w), st)]
    out.append(o.body(praise_sentence(figures, w), st))
    return out


def _good(figures: CampaignFigures, w: Wording, st: o.Styles) -> list[Flowable]:
    out: list[Flowable] = [o.heading1("三、优秀案卷和先进单位", st)]
    out.append(o.body(excellent_files_sentence(figures, NAMED_FILES), st))
    if figures.units:
        out.append(o.body(praise_sentence(figures, w), st))
    return out


def _problems(figures: CampaignFigures, w: Wording, st: o.Styles) -> list[Flowable]:
    out: list[Flowable] = [o.heading1("四、存在的主要问题", st)]
    if not figures.problems and not figures.vetoes:
        return [*out, o.body(f"本次{w.review}已定分的{w.subject}未发现扣分或否决问题。", st)]
    numbers = iter("一二三")
    if figures.vetoes:  # the gravest first
        out.append(o.heading2(f"（{next(numbers)}）否决项问题", st))
        out.append(o.body(veto_sentence(figures, w) + "涉及的否决项如下：", st))
        rows = [["序号", "否决项", f"{w.subject}数", "后果"]]
        counts = figures.veto_counts()
        rows += [[str(n), v.item.text, str(v.files), v.effect_text] for n, v in enumerate(counts, 1)]
        out.append(o.table(rows, [1.1, 5.2, 1.6, 3.5], st, centred=(0, 2)))
    if not figures.problems:
        return out
    out.append(o.heading2(f"（{next(numbers)}）共性问题", st))
    shown = figures.problems[:TOP_PROBLEMS]
    counted = f"扣分{w.subject}数"
    out.append(o.body(f"按{counted}排序，问题较为集中的前{len(shown)}个{w.item_label}如下：", st))
    rows = [["序号", w.item_label, counted, "占比"]]
    rows += [[str(p.rank), p.item.text, str(p.files), f"{p.share}%"] for p in shown]
    out.append(o.table(rows, [1.1, 7.0, 1.8, 1.5], st, centred=(0, 2, 3)))
    out.append(o.heading2(f"（{next(numbers)}）典型问题", st))
    out += [o.body(sentence, st) for sentence in typical_sentences(figures, w)]
    return out
