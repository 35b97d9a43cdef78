"""The rendered template texts a bulletin or a notice needs, with their placeholders' values.

The PDF writers are pure (no database): callers render the office's templates here and hand the
result, a mapping template name → text, to write_bulletin / write_notice. A supervision round's texts
come from its own template variants (round_…) where there are some, under the same keys, so the
writers read `texts["notice_opening"]` whichever kind of campaign they serve.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from workbench.campaigns.office import get_office
from workbench.campaigns.service import Campaign, campaign_standard, get_campaign
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.exports.sentences import chinese_date, scope_text, score_text
from workbench.exports.template_catalogue import TEMPLATES
from workbench.exports.templates import check_templates, deadline_days, is_customised, render, template_text
from workbench.rectification.notices import Notice
from workbench.reporting.figures import CampaignFigures
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
