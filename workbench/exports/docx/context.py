"""What the Word templates are filled with: the Jinja context of a notice, the bulletin and a feedback.

Every figure comes from the single sources the PDFs use: CampaignFigures (workbench.reporting.figures),
the office's rendered texts (workbench.exports.texts) and the issued notice's own record and number
(workbench.rectification.notices). Nothing here adds points up or takes a number. The keys are the
placeholders documented in resources/templates/README.md; SAMPLES holds an example of each, which the
template check renders against before anything is generated.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from workbench.exports.templates import paragraphs
from workbench.exports.texts import DATED, DEADLINE, chinese_date, score_text
from workbench.rectification.notices import Notice, NoticeProblem
from workbench.reporting.bonuses import file_bonuses
from workbench.reporting.case_list import natural_key
from workbench.reporting.figures import CampaignFigures, Deduction, typical_problems
from workbench.reporting.wording import Wording, wording_for
from workbench.review.results import STATUS_LABELS, FileResult
from workbench.scoring import EntryKind

ATTACH_OVER = 20  # a list longer than this goes to an 附件 after the signature
TOP_PROBLEMS, NAMED_FILES, COMMON_TOP = 8, 3, 10  # as the PDFs quote them
_DIGITS = "零一二三四五六七八九"

Context = dict[str, object]
TITLE_CHARS = 20  # 二号 (22 pt) characters on a line of the 156 mm text block
_BREAK_AFTER = ("关于", "年度", "全市", "全区", "全县", "行政执法", "案卷评查", "评查", "问题")
_BREAK_BEFORE = ("情况", "整改", "的通报", "的通知", "行政执法")


def title_lines(text: str, breaks: Sequence[int] = ()) -> str:
    """A 标题 of several lines balanced and broken between words (as the PDF breaks it); the line
    breaks are newlines, which docxtpl writes as w:br inside the one title paragraph."""
    count = math.ceil(len(text) / TITLE_CHARS)
    if count <= 1:
        return text
    natural = [i + len(w) for w in _BREAK_AFTER for i in range(len(text)) if text.startswith(w, i)]
    natural += [i for w in _BREAK_BEFORE for i in range(1, len(text)) if text.startswith(w, i)]
    candidates = [*breaks, *natural]
    out, start = [], 0
    for n in range(count - 1, 0, -1):
        target = start + math.ceil((len(text) - start) / (n + 1))
        near = [
            b
            for b in candidates
            if start < b <= start + TITLE_CHARS and abs(b - target) <= 6 and len(text) - b <= n * TITLE_CHARS
        ]
        cut = min(near, key=lambda b: abs(b - target)) if near else target
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return "\n".join(out)


def number(value: Decimal | int | None) -> str:
    """87.5, 2, 0.5: a score as people write it (never 87.50 or 1E+2); None is blank."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二: heading numbers up to 99."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def signed(name: str, dated: str) -> str:
    """The issuer's name padded with ideographic spaces so that it sits centred above the date (both
    are right-aligned four characters in, GB/T 9704 7.3.5.1)."""

    def width(text: str) -> float:
        return sum(0.5 if ch.isascii() else 1.0 for ch in text)

    pad = int((width(dated) - width(name)) // 2)
    return name + "\u3000" * max(0, pad)


def _where(reason: str, page: int | None) -> str:
    text = reason.strip() or "（未填写理由）"
    return f"{text}（第{page}页）" if page is not None else text


def _end_block(texts: Mapping[str, str]) -> Context:
    return {
        "抄送": texts.get("copies_to", "").strip(),
        "印发机关": texts["printer"].strip(),
        "印发日期": texts[DATED],
        "成文日期": texts[DATED],
        "署名": signed(texts["issuer"].strip(), texts[DATED]),
    }


def vetoes(figures: CampaignFigures, w: Wording, *, lead: bool = True) -> list[str]:
    """One sentence per veto recorded against a final file of `figures`, in 案号 order; without `lead`
    for a list that a sentence of its own introduces (the notice's 否决说明)."""
    out = []
    for f in sorted(figures.final, key=lambda f: natural_key(f.case_number)):
        if f.result is None or not f.result.veto:
            continue
        vetoed = {it.key: it for it in f.result.vetoes}
        for e in f.entries:
            if e.kind is EntryKind.VETO and e.item_key in vetoed:
                why = _where(e.reason, e.page).rstrip("。")
                item = vetoed[e.item_key].text
                if w.unit_subjects:
                    out.append(f"存在一票否决情形：「{item}」，{why}。" if lead else f"「{item}」：{why}。")
                else:
                    out.append(f"{f.case_number}：否决项「{item}」，{why}。")
    return out


def vetoed_grades(figures: CampaignFigures, w: Wording) -> str:
    """The grades the vetoed final files ended with (不合格2卷、合格1卷): a veto that only caps the grade
    does not make a file 不合格, so the sentence says what each veto did."""
    grades: dict[str, int] = {}
    for f in figures.final:
        if f.result is not None and f.result.veto:
            grades[f.result.grade] = grades.get(f.result.grade, 0) + 1
    order = [b.label for b in figures.standard.bands]
    ranked = sorted(grades, key=lambda g: order.index(g) if g in order else len(order))
    return "、".join(
        f"{g}{w.count(grades[g])}" if not w.unit_subjects else f"{g}{grades[g]}个" for g in ranked
    )


# --- 整改通知书 -------------------------------------------------------------------------------------


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
        **_end_block(texts),
    }


def _problem_row(p: NoticeProblem) -> Context:
    page = "—" if p.page is None else str(p.page)
    return {
        "分组": False,
        "文字": "",
        "项目": p.item,
        "扣分": "否决" if getattr(p, "veto", False) else number(p.points),
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
        score = f"（得分{number(file.total)}，{file.grade}）" if file else ""
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


# --- 通报 -------------------------------------------------------------------------------------------


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
        **_end_block(texts),
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


# --- 评查反馈意见 / 督察反馈意见 ----------------------------------------------------------------------


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
        "开头": _opening(figures, mine, w),
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
        "整改要求": _closing(w),
        "署名": signed(w.team, today),
        "成文日期": today,
    }


def _opening(figures: CampaignFigures, mine: CampaignFigures, w: Wording) -> str:
    if w.unit_subjects:
        return (
            f"根据{figures.campaign.name}工作安排，{w.team}依据《{figures.standard.name}》，"
            "对你单位法治政府建设情况进行了督察。现将督察情况反馈如下。"
        )
    return (
        f"根据{figures.campaign.name}工作安排，评查组按照《{figures.standard.name}》，"
        f"对你单位 {len(mine.files)} 件行政执法案卷进行了评查。现将评查情况反馈如下。"
    )


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
    if mine.vetoed:
        grades = vetoed_grades(mine, wording_for(figures.campaign))
        text += f"存在否决项的案卷 {mine.vetoed} 件（评为{grades}）。"
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
                    "理由": _where(d.reason, d.page),
                }
            )
    return rows


def _unit_problems(figures: CampaignFigures, mine: CampaignFigures, w: Wording) -> list[Context]:
    items = figures.standard.items_by_key
    rows: list[Context] = []
    for d in mine.deductions:
        why = _where(d.reason, d.page)
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
        out.append(f"{n}. {b.item_text}（{counted}）：{_where(b.reason, b.page)}。")
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


def _closing(w: Wording) -> str:
    if w.unit_subjects:
        return (
            "请你单位对照上述问题逐项核查，深入分析原因，举一反三，健全完善相关制度和工作机制。"
            "具体整改事项、整改期限和报送要求，以另行下发的《整改通知书》为准，"
            "请按通知书要求按期整改，并以单位名义书面报送整改情况。"
        )
    return (
        "请你单位对照上述问题逐卷逐项核查，深入分析原因，举一反三，完善案卷制作和归档管理。"
        "具体整改事项、整改期限和报送要求，以评查组另行下发的《整改通知书》为准，"
        "请按通知书要求按期整改，并以单位名义书面报送整改情况。"
    )
