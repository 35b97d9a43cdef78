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

from workbench.campaigns.service import Campaign, campaign_standard, get_campaign
from workbench.exports.templates import TEMPLATES, check_templates, deadline_days, render, template_text
from workbench.rectification.notices import Notice
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import Wording, wording_for

DATED = "dated"  # key of the 成文日期 in a texts mapping (2026年11月25日)
DEADLINE = "deadline"  # key of the deadline date in a notice's texts mapping


def chinese_date(day: date) -> str:
    """成文日期 in Arabic numerals without padding (GB/T 9704-2012 7.3.5.4): 2026年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def score_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _common(db: Database, campaign: Campaign, standard: str) -> dict[str, str]:
    return {
        "发文机关": template_text(db, "issuer").strip(),
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
        chosen = w.template(name, TEMPLATES)
        out[name] = render(db, chosen, {p: values[p] for p in TEMPLATES[chosen].placeholders})
    return out


def bulletin_texts(db: Database, figures: CampaignFigures, *, dated: date) -> dict[str, str]:
    """Every template text of the campaign's bulletin, rendered; `dated` is its 成文日期."""
    days = deadline_days(db)
    values = {
        **_common(db, figures.campaign, figures.standard.name),
        "单位数": str(len({f.department for f in figures.files})),
        "案卷数": str(len(figures.files)),
        "评查数": str(len(figures.final)),
        "督察数": str(len(figures.final)),
        "平均分": score_text(figures.mean),
        "期限": str(days),
        "截止日期": chinese_date(dated + timedelta(days=days)),
    }
    names = (
        "issuer",
        "bulletin_addressee",
        "bulletin_opening",
        "bulletin_requirements",
        "copies_to",
        "printer",
    )
    return {**_render_all(db, wording_for(figures.campaign), names, values), DATED: chinese_date(dated)}


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
        "等次": notice.files[0].grade if len(notice.files) == 1 else "—",
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
    return {**texts, DATED: chinese_date(notice.issued_on), DEADLINE: chinese_date(notice.deadline)}
