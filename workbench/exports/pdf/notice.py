"""整改通知书: one department's rectification notice, laid out as an official document (GB/T 9704-2012).

The red issuer mark and the number, title, addressee, basis, the problems by file and item (from the
notice's own snapshot, so a copy printed later shows what was issued), what to correct, the deadline,
how to report back, the re-check route, contact, signature and date, and the 版记. A supervision
round's notice is titled and worded for a unit (its texts come from the round templates) and lists its
problems by indicator, grouped under the 一级指标, instead of by file.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, PageBreak

from workbench.exports.pdf import official as o
from workbench.exports.pdf import official_page as page
from workbench.exports.pdf.fonts import FontSet, load_fonts
from workbench.exports.sentences import chinese_number
from workbench.exports.templates import paragraphs
from workbench.exports.texts import ATTACHMENT, DATED, DEADLINE, PROBLEMS_IN_ATTACHMENT, SUPPLEMENT
from workbench.rectification.notices import Notice, NoticeProblem
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import wording_for

SHADE = Color(0.93, 0.93, 0.93)


def points_text(points: Decimal) -> str:
    """2, 2.5 or 0.5: a deduction without trailing zeros."""
    return f"{points.normalize():f}"


def write_notice(
    notice: Notice,
    figures: CampaignFigures,
    texts: Mapping[str, str],
    path: Path | str,
    *,
    fonts: FontSet | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write one notice to `path`; returns its page count.

    `figures` (restricted to the department) supplies file titles and scores the snapshot lacks;
    the problems listed are the notice's own.
    """
    fonts = fonts or load_fonts()
    st = o.Styles(fonts)
    w = wording_for(figures.campaign)
    title = notice.title or w.notice_title(notice.department)
    story: list[Flowable] = [page.RedHeader(texts["issuer_mark"], notice.number, fonts), o.blank(1.5)]
    story += [o.title(title, st, breaks=[len(f"关于{notice.department}")]), o.blank()]  # 主送 one line under
    story.append(o.addressee(notice.department, st))
    story += [o.body(p, st) for p in paragraphs(texts["notice_opening"])]
    story += [o.body(p, st) for p in paragraphs(texts.get(SUPPLEMENT, ""))]
    story.append(o.heading1("一、存在的问题", st))
    table = (indicator_table if w.unit_subjects else problem_table)(notice, figures, st)
    attached = texts.get(ATTACHMENT, "")  # a long list goes to an 附件 after the signature
    story.append(o.body(texts[PROBLEMS_IN_ATTACHMENT], st) if attached else table)
    story.append(o.heading1("二、整改要求", st))
    story += [o.body(p, st) for p in paragraphs(texts["notice_requirements"])]
    story.append(o.heading1("三、整改期限", st))
    days = notice.deadline_days
    story.append(o.body(f"请于{texts[DEADLINE]}前完成整改（自本通知印发之日起{days}日内）。", st))
    story.append(o.heading1("四、反馈要求", st))
    story += [o.body(p, st) for p in paragraphs(texts["notice_reply"])]
    story.append(o.heading1("五、异议和复查", st))
    tail = [o.body(p, st) for p in paragraphs(texts["notice_objection"])]
    story += tail[:-1]
    last = [*tail[-1:], o.blank(), o.body(f"附件：{attached}", st)] if attached else tail[-1:]  # 附件说明
    story.append(o.closing(last, texts["issuer"], texts[DATED], fonts))
    story += [o.body(p, st) for p in paragraphs(texts.get("contact", ""))]  # 附注, under the date
    if attached:
        story += [
            PageBreak(),
            o.attachment_mark("附件", st),
            o.blank(),
            o.title(attached, st),
            o.blank(),
            table,
        ]
    story.append(page.EndBlock(texts.get("copies_to", ""), texts["printer"], texts[DATED], fonts))
    return page.build(
        path, story, fonts, title=f"{notice.number} {title}", author=texts["issuer"], cancel=cancel
    )


def problem_table(notice: Notice, figures: CampaignFigures, st: o.Styles) -> Flowable:
    """问题清单: a shaded row per file (案号, 案件名称, score), then its deductions by item."""
    totals = {f.case_number: f for f in notice.files}
    rows = [["评查项目", "扣分", "问题及扣分理由", "页码"]]
    extra = []
    for n, (case_number, problems) in enumerate(_by_file(notice.problems).items(), start=1):
        file = totals.get(case_number)
        title = problems[0].case_title or _title(figures, case_number)
        score = f"（得分{points_text(file.total)}，{file.grade}）" if file else ""
        rows.append([f"{n}. {case_number}  {title}{score}", "", "", ""])
        row = len(rows) - 1
        extra += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), SHADE),
            ("NOSPLIT", (0, row), (-1, row + 1)),  # a file's row stays with its first problem
        ]
        rows += [problem_row(p) for p in problems]
    return o.table(rows, [5.0, 0.9, 5.1, 0.9], st, centred=(1, 3), extra=extra)


def indicator_table(notice: Notice, figures: CampaignFigures, st: o.Styles) -> Flowable:
    """问题清单 of a unit: a shaded row per 一级指标, then each problem under it by indicator."""
    rows = [["指标", "扣分", "问题及扣分理由", "页码"]]
    extra = []
    by_top: dict[str, list[NoticeProblem]] = {}
    for p in notice.problems:
        by_top.setdefault(p.category.split(" > ")[0], []).append(p)
    for n, (top, problems) in enumerate(by_top.items(), start=1):
        rows.append([f"{chinese_number(n)}、{top}", "", "", ""])
        row = len(rows) - 1
        extra += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), SHADE),
            ("NOSPLIT", (0, row), (-1, row + 1)),  # a heading row stays with its first problem
        ]
        rows += [problem_row(p) for p in problems]
    return o.table(rows, [5.0, 0.9, 5.1, 0.9], st, centred=(1, 3), extra=extra)


def problem_row(p: NoticeProblem) -> list[str]:
    """评查项目, 扣分, 问题, 页码 of one problem; a veto finding reads 否决 with what it did to the file."""
    page = "—" if p.page is None else str(p.page)
    if p.veto:
        why = f"{p.veto}。{p.reason}" if p.reason else f"{p.veto}。"
        return [f"【否决项】{p.item}", "否决", why, page]
    return [p.item, points_text(p.points), p.reason or "—", page]


def _by_file(problems: tuple[NoticeProblem, ...]) -> dict[str, list[NoticeProblem]]:
    out: dict[str, list[NoticeProblem]] = {}
    for p in problems:
        out.setdefault(p.case_number, []).append(p)
    return out


def _title(figures: CampaignFigures, case_number: str) -> str:
    return next((f.title for f in figures.files if f.case_number == case_number), "")
