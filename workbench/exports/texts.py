"""The rendered template texts a bulletin or a notice needs, with their placeholders' values.

The PDF writers are pure (no database): callers render the office's templates here and hand the
result, a mapping template name → text, to write_bulletin / write_notice. A supervision round's texts
come from its own template variants (round_…) where there are some, under the same keys, so the
writers read `texts["notice_opening"]` whichever kind of campaign they serve.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlite_utils import Database

from workbench.campaigns.office import get_office
from workbench.campaigns.service import Campaign, campaign_standard, get_campaign
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.exports.templates import (
    TEMPLATES,
    check_templates,
    deadline_days,
    is_customised,
    render,
    template_text,
)
from workbench.rectification.notices import Notice
from workbench.reporting.figures import CampaignFigures, typical_problems
from workbench.reporting.wording import Wording, wording_for


class SaysRandomWithoutDraw(UserError):
    code = "says_random_without_draw"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "“{campaign}”没有抽取记录，但公文模板“通报开头”写有“随机”抽取。"
        "请改用占位符“{{评查范围}}”或如实改写该模板后再生成通报。",
    )


DATED = "dated"  # key of the 成文日期 in a texts mapping (2026年11月25日)
DEADLINE = "deadline"  # key of the deadline date in a notice's texts mapping
NUMBER = "number"  # key of a bulletin's 发文字号 (a notice carries its own)
SUPPLEMENT = "supplement"  # key of a supplementary notice's sentence naming the notice it supplements
ATTACHMENT = "attachment"  # a notice's 附件 name when its problem list is long, else ""
PROBLEMS_IN_ATTACHMENT = "problems_in_attachment"  # the sentence pointing to it
ATTACHMENT_ROWS = 20  # problems past which the list moves to an 附件 (not 13 pages of table first)


def chinese_date(day: date) -> str:
    """成文日期 in Arabic numerals without padding (GB/T 9704-2012 7.3.5.4): 2026年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def score_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


# --- sentences every document going out about a campaign shares (PDF and .docx writers alike) ---------


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


def feedback_opening(figures: CampaignFigures, mine: CampaignFigures, w: Wording | None = None) -> str:
    """The feedback's first paragraph: on what basis whose files (or which unit) were reviewed."""
    w = w or wording_for(figures.campaign)
    if w.unit_subjects:
        return (
            f"根据{figures.campaign.name}工作安排，{w.team}依据《{figures.standard.name}》，"
            "对你单位法治政府建设情况进行了督察。现将督察情况反馈如下。"
        )
    return (
        f"根据{figures.campaign.name}工作安排，评查组按照《{figures.standard.name}》，"
        f"对你单位{len(mine.files)}卷行政执法案卷进行了评查。现将评查情况反馈如下。"
    )


def feedback_closing(w: Wording) -> str:
    """The feedback's 整改要求: check every problem, and rectify as the notice to come says."""
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


class PlaceholderLeft(UserError):
    code = "placeholder_left"
    template = QT_TRANSLATE_NOOP(
        "UserError", "公文模板“{template}”仍含占位文字“××”：“{text}”。请在“设置 → 公文模板”中改为实际内容。"
    )


def _letter_mark(db: Database, campaign: Campaign, texts: dict[str, str]) -> None:
    """A 函 number (机关代字 ending in 函) goes under the 信函格式 mark, the issuer's name alone, not
    “…文件”: unless the office wrote its own mark, the shipped “{发文机关}文件” drops 文件 (issue 14, 8)."""
    mark = texts.get("issuer_mark", "")
    if (
        campaign.doc_prefix.strip().endswith("函")
        and mark.endswith("文件")
        and not is_customised(db, "issuer_mark")
    ):
        texts["issuer_mark"] = mark.removesuffix("文件")


def _issuer(db: Database) -> str:
    office = get_office(db)
    return office.name if office is not None else template_text(db, "issuer").strip()


def _common(db: Database, campaign: Campaign, standard: str) -> dict[str, str]:
    office = get_office(db)
    return {
        "发文机关": _issuer(db),
        "联系人": office.contact if office is not None else "",
        "地址": office.address if office is not None else "",
        "活动名称": campaign.name,
        "年份": str(campaign.year),
        "评查标准": standard,
        "督察清单": standard,
    }


def _render_all(db: Database, w: Wording, names: tuple[str, ...], values: dict[str, str]) -> dict[str, str]:
    """Each of `names` rendered from the template the wording chooses for it, keyed by `names`."""
    check_templates(db)
    out = {}
    for name in names:
        if name == "issuer":  # the office profile's name, else the office's own template text
            out[name] = values["发文机关"]
        else:
            chosen = w.template(name, TEMPLATES)
            out[name] = render(db, chosen, {p: values[p] for p in TEMPLATES[chosen].placeholders})
        if "××" in out[name]:  # a document is never signed ××市司法局, nor with 联系人：×××
            chosen = w.template(name, TEMPLATES)
            raise PlaceholderLeft(template=TEMPLATES[chosen].title, text=out[name][:40])
    return out


def bulletin_texts(
    db: Database, figures: CampaignFigures, *, dated: date, number: str = ""
) -> dict[str, str]:
    """Every template text of the campaign's bulletin, rendered; `dated` is its 成文日期, `number` its
    发文字号 (the 版头 is left out without one)."""
    days = deadline_days(db)
    values = {
        **_common(db, figures.campaign, figures.standard.name),
        "单位数": str(len({f.department for f in figures.files})),
        "案卷数": str(len(figures.files)),
        "评查数": str(len(figures.final)),
        "督察数": str(len(figures.final)),
        "平均分": score_text(figures.mean),
        "评查范围": scope_text(figures),
        "期限": str(days),
        "截止日期": chinese_date(dated + timedelta(days=days)),
    }
    names = (
        "issuer",
        "issuer_mark",
        "bulletin_addressee",
        "bulletin_opening",
        "bulletin_requirements",
        "contact",
        "copies_to",
        "printer",
    )
    texts = _render_all(db, wording_for(figures.campaign), names, values)
    _letter_mark(db, figures.campaign, texts)
    if figures.drawn is None and "随机" in texts["bulletin_opening"]:
        raise SaysRandomWithoutDraw(campaign=figures.campaign.name)
    return {**texts, DATED: chinese_date(dated), NUMBER: number}


def grade_text(notice: Notice) -> str:
    """A one-subject notice's grade, naming the veto items that set it (不合格（因否决项“…”）)."""
    if len(notice.files) != 1:
        return "—"
    vetoes = list(dict.fromkeys(p.item for p in notice.problems if p.veto))
    grade = notice.files[0].grade
    if not vetoes:
        return grade
    return f"{grade}（因否决项{'、'.join(f'“{v}”' for v in vetoes)}）"


def notice_texts(db: Database, notice: Notice) -> dict[str, str]:
    """Every template text of one notice, rendered from the notice's own snapshot and dates."""
    campaign = get_campaign(db, notice.campaign_id)
    values = {
        **_common(db, campaign, campaign_standard(db, campaign).name),
        "单位": notice.department,
        "案卷数": str(len(notice.files)),
        "平均分": score_text(notice.mean),
        "问题案卷数": str(len({p.case_number for p in notice.problems})),
        "问题数": str(len(notice.problems)),
        "问题指标数": str(len({p.item_key for p in notice.problems})),
        "得分": score_text(notice.files[0].total if len(notice.files) == 1 else notice.mean),
        "等次": grade_text(notice),
        "文号": notice.number,
        "期限": str(notice.deadline_days),
        "截止日期": chinese_date(notice.deadline),
    }
    names = (
        "issuer",
        "issuer_mark",
        "notice_opening",
        "notice_requirements",
        "notice_reply",
        "notice_objection",
        "contact",
        "copies_to",
        "printer",
    )
    texts = _render_all(db, wording_for(campaign), names, values)
    _letter_mark(db, campaign, texts)
    return {
        **texts,
        DATED: chinese_date(notice.issued_on),
        DEADLINE: chinese_date(notice.deadline),
        SUPPLEMENT: supplement_sentence(notice),
        **attachment_texts(notice, wording_for(campaign)),
    }


def attachment_texts(notice: Notice, w: Wording) -> dict[str, str]:
    """The 附件 name and the sentence pointing to it, when the notice lists more than ATTACHMENT_ROWS
    problems; empty texts otherwise (the table stays in the body)."""
    if len(notice.problems) <= ATTACHMENT_ROWS:
        return {ATTACHMENT: "", PROBLEMS_IN_ATTACHMENT: ""}
    name = f"{notice.department}{'督察' if w.unit_subjects else '行政执法案卷评查'}问题清单"
    files = len({p.case_number for p in notice.problems})
    subject = "" if w.unit_subjects else f"{files}卷案卷"
    sentence = f"评查发现你单位{subject}存在{len(notice.problems)}处问题，逐项列于附件《{name}》。"
    if w.unit_subjects:
        sentence = f"督察发现你单位存在{len(notice.problems)}处问题，逐项列于附件《{name}》。"
    return {ATTACHMENT: name, PROBLEMS_IN_ATTACHMENT: sentence}


def supplement_sentence(notice: Notice) -> str:
    """A supplementary notice says which notice it adds to and why (files finalised after it)."""
    if not notice.supplement_of:
        return ""
    files = len({p.case_number for p in notice.problems})
    return (
        f"本通知是对{notice.supplement_of}的补充：以下{files}卷案卷在该通知印发后完成定分，"
        "所列问题一并纳入整改，整改要求、反馈方式与原通知一致，整改期限以本通知为准。"
    )
