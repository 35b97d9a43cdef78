"""The sentences every document going out about a campaign prints, PDF and Word alike.

Pure functions of CampaignFigures and the campaign's Wording (no database, no layout): the PDF writers
(workbench.exports.pdf) and the Word contexts (workbench.exports.docx) call the same function, so the two
formats never say different things. A feedback's own sentences are workbench.exports.feedback_texts';
the office's editable template texts are rendered by workbench.exports.texts.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from workbench.reporting.figures import CampaignFigures, typical_problems
from workbench.reporting.wording import Wording, wording_for


def num_text(value: Decimal | int | None) -> str:
    """A score as people write it: 87.5, 2, 0.5 — never 87.50 or 1E+2; None is blank."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三: heading numbers (一、二、) up to 99."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def chinese_date(day: date) -> str:
    """成文日期 in Arabic numerals without padding (GB/T 9704-2012 7.3.5.4): 2026年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def score_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def scope_text(figures: CampaignFigures, w: Wording | None = None) -> str:
    """How the files under review were chosen: 双随机 only when a draw is on record, with its seed."""
    w = w or wording_for(figures.campaign)
    units = len({f.department for f in figures.files})
    if figures.drawn is not None and figures.population is not None:
        seed = f"（随机种子{figures.seed}）" if figures.seed else ""
        return (
            f"采取“双随机”方式{seed}，从{units}个行政执法部门的{figures.population}卷行政执法案卷中"
            f"抽取{figures.drawn}卷"
        )
    return f"对{units}个行政执法部门的{len(figures.files)}卷行政执法案卷"


def veto_sentence(figures: CampaignFigures, w: Wording | None = None) -> str:
    """How many final files a veto hit, counted by what it really did (a capped grade is not 不合格)."""
    w = w or wording_for(figures.campaign)
    effects = figures.veto_effects()
    hit = sum(effects.values())
    if not hit:
        return ""
    if len(effects) == 1:
        (effect,) = effects
        return f"有{w.many(hit)}触发否决项，{effect}。"
    parts = "；".join(f"{w.count(n)}{effect}" for effect, n in effects.items())
    return f"有{w.many(hit)}触发否决项，其中{parts}。"


def unfinished_sentence(figures: CampaignFigures, w: Wording | None = None) -> str:
    """The files not yet final when the document was written (an export the organiser allowed)."""
    w = w or wording_for(figures.campaign)
    if not figures.unfinished:
        return ""
    return f"截至成文之日，尚有{w.many(figures.unfinished)}未完成定分，未纳入本文件的统计。"


def praised_units(figures: CampaignFigures, limit: int = 3) -> list:
    """Units fit for praise: graded in the top band on their own result, with no vetoed file; at most
    `limit`, best first."""
    top = top_band(figures)
    own = {f.department: f.result.grade for f in figures.final if f.result is not None}
    vetoed = figures.vetoed_departments
    unit_subjects = wording_for(figures.campaign).unit_subjects
    fit = [
        u
        for u in figures.units
        if (own.get(u.unit, u.grade) if unit_subjects else u.grade) == top and u.unit not in vetoed
    ]
    return fit[:limit]


def praise_sentence(figures: CampaignFigures, w: Wording | None = None) -> str:
    """予以通报表扬 for the units praised_units names, or a sentence saying why nobody is praised."""
    w = w or wording_for(figures.campaign)
    top = top_band(figures)
    units = praised_units(figures)
    if not units:
        return f"本次{w.review}没有等次为{top}且无否决项的单位，不予通报表扬。"
    named = "、".join(f"{u.unit}（{score_text(u.mean)}分）" for u in units)
    measure = "得分" if w.unit_subjects else "平均得分"
    ranks = [u.rank for u in figures.units]
    leading = [u.rank for u in units] == ranks[: len(units)] and len(units) < len(figures.units)
    if leading:
        return f"{measure}位列前{len(units)}位的单位{named}等次为{top}、无否决项，予以通报表扬。"
    return f"等次为{top}且无否决项的单位中，{measure}最高的{named}，予以通报表扬。"


def top_band(figures: CampaignFigures) -> str:
    """The label of the standard's best grade band (优秀)."""
    return max(figures.standard.bands, key=lambda b: b.minimum).label


def bulletin_title(figures: CampaignFigures) -> str:
    return f"关于{figures.campaign.name}情况的通报"


def overview_text(figures: CampaignFigures, w: Wording | None = None) -> str:
    """The bulletin's 基本情况: what was reviewed, how many are final, the mean, the grades, the vetoes
    and the files not yet final."""
    w = w or wording_for(figures.campaign)
    scope = f"本次{w.review}共纳入{w.scope_noun}{w.count(len(figures.files))}"
    if figures.drawn is not None and figures.population is not None:
        scope = f"本次评查从{figures.population}卷案卷中随机抽取{figures.drawn}卷"  # a draw is on record
    text = f"{scope}，已完成{w.review}{w.count(len(figures.final))}，平均得分{score_text(figures.mean)}分。"
    if figures.final:
        grades = "；".join(
            f"{label}{w.count(count)}，占{figures.share(count)}%"
            for label, count in figures.grade_counts.items()
        )
        text += f"其中，{grades}。"
    return text + veto_sentence(figures, w) + unfinished_sentence(figures, w)


def unit_grades(figures: CampaignFigures) -> dict[str, str]:
    """A supervision round's unit → its own grade (a veto grades it down, whatever its score)."""
    return {f.department: f.result.grade for f in figures.final if f.result is not None}


def excellent_files_sentence(figures: CampaignFigures, named: int = 3) -> str:
    """The files graded in the top band, by unit in ranking order, naming `named` of each unit's."""
    top = top_band(figures)
    excellent: dict[str, list[str]] = {}
    for f in figures.final:
        if f.result is not None and f.result.grade == top:
            excellent.setdefault(f.department, []).append(f.case_number)
    if not excellent:
        return f"本次评查没有评出{top}案卷。"
    units = []
    for unit in figures.units:
        numbers = excellent.get(unit.unit)
        if numbers:
            shown = "、".join(numbers[:named]) + ("等" if len(numbers) > named else "")
            units.append(f"{unit.unit}{unit.grades.get(top, len(numbers))}卷（{shown}）")
    count = figures.grade_counts.get(top, 0)
    return f"本次评查共评出{top}案卷{count}卷，分别为：{'；'.join(units)}。"


def top_units_sentence(figures: CampaignFigures, w: Wording | None = None) -> str:
    """A supervision round's units graded in the top band on their own result, with their scores."""
    w = w or wording_for(figures.campaign)
    top = top_band(figures)
    grades = unit_grades(figures)
    best = [u for u in figures.units if grades.get(u.unit) == top]
    if not best:
        return f"本次{w.review}没有评为{top}的单位。"
    named = "、".join(f"{u.unit}（{score_text(u.mean)}分）" for u in best)
    return f"本次{w.review}评为{top}的单位有{len(best)}个：{named}。"


def typical_sentences(figures: CampaignFigures, w: Wording | None = None) -> list[str]:
    """One numbered sentence per typical problem: the item, where it was found, the reason."""
    w = w or wording_for(figures.campaign)
    return [
        f"{n}. {item}。{w.example_pattern.replace('{subject}', subject)}：{reason}。"
        for n, (item, subject, reason) in enumerate(typical_problems(figures), start=1)
    ]
