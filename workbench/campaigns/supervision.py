"""督察轮次: a supervision round scores units (departments, lower governments) against a checklist.

It is a campaign like any other (frozen checklist version, assignment, blind double scoring, recheck,
outputs, notices); only its subjects are units instead of case files. A unit counts as its own
department, so the cross-review rule keeps inspectors away from their own unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from db.repos import departments
from db.transactions import in_write_transaction
from workbench.accounts import require
from workbench.campaigns.recheck_rule import RecheckRule
from workbench.campaigns.service import (
    Campaign,
    CampaignNameMissing,
    Setup,
    check_reviewers_per_file,
    get_campaign,
    insert_campaign,
)
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.kinds import Role, SubjectKind
from workbench.standards.model import CHECKLIST
from workbench.standards.service import load_standard, resolve_standard_id


class NotAChecklist(UserError):
    code = "not_a_checklist"
    template = QT_TRANSLATE_NOOP(
        "UserError", "“{name}”是案卷评查标准，不是督察清单；督察轮次需要选择督察清单。"
    )


class NoUnits(UserError):
    code = "no_units"
    template = QT_TRANSLATE_NOOP("UserError", "督察轮次至少要包含一个被督察单位。")


@in_write_transaction
def create_round(
    db: Database,
    name: str,
    *,
    checklist: str,
    units: Sequence[str],
    author: str,
    year: int | None = None,
    doc_prefix: str = "",
    reviewers_per_file: int = 2,
    recheck_rule: RecheckRule | None = None,
) -> Done[Campaign]:
    """Create a round over the named units (created as departments when new), the checklist frozen.

    Changes: the new round."""
    if not name.strip():
        raise CampaignNameMissing()
    check_reviewers_per_file(reviewers_per_file)
    standard_id = resolve_standard_id(db, checklist)
    standard = load_standard(db, standard_id)
    if standard.kind != CHECKLIST:
        raise NotAChecklist(name=standard.name)
    names = [u.strip() for u in units if u.strip()]
    if not names:
        raise NoUnits()
    with db.atomic():
        require(db, author, Role.ADMIN)
        ids = departments.ensure(db, names, author)  # a lower government may be new to the database
        campaign_id = insert_campaign(
            db,
            Setup(name, year, standard_id, doc_prefix, reviewers_per_file, recheck_rule),
            list(dict.fromkeys(ids[n] for n in names)),
            author=author,
            kind=SubjectKind.UNIT,
            audit_new={"units": names},
        )
    return Done(get_campaign(db, campaign_id), Changes.of(campaigns=[campaign_id]))
