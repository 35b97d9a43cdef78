"""评查活动: a campaign is a name, a frozen standard version and the case files it scores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from db.keys import identity_key
from db.records import audit
from db.repos import campaigns as repo
from db.repos import cases, departments
from db.transactions import in_write_transaction
from workbench.accounts import require
from workbench.campaigns.errors import BadReviewersPerFile
from workbench.campaigns.recheck_rule import DEFAULT_RULE, RecheckRule
from workbench.campaigns.subject_order import rank_subjects
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role, SubjectKind
from workbench.standards.model import Standard
from workbench.standards.service import MIN_PREFIX, load_standard, resolve_standard_id

REVIEWING, CLOSED = "reviewing", "closed"


class AmbiguousCampaign(UserError):
    code = "ambiguous_campaign"
    template = QT_TRANSLATE_NOOP("UserError", "“{key}”对应多个评查活动，请给出更长的编号：{ids}")


class CampaignPrefixTooShort(UserError):
    code = "campaign_prefix_too_short"
    template = QT_TRANSLATE_NOOP(
        "UserError", "评查活动编号“{key}”太短：编号前缀至少要有 {length} 位，或写出活动的完整名称。"
    )


class EmptyCampaign(UserError):
    code = "empty_campaign"
    template = QT_TRANSLATE_NOOP("UserError", "没有可纳入评查活动的案卷：{why}")


class CampaignNameMissing(UserError):
    code = "campaign_name_missing"
    template = QT_TRANSLATE_NOOP("UserError", "评查活动名称不能为空。")


class CampaignClosed(UserError):
    code = "campaign_closed"
    template = QT_TRANSLATE_NOOP(
        "UserError", "评查活动“{name}”已结束，不能再修改；如需修改请由组织者重新开启。"
    )


class NotOrganiser(UserError):
    code = "not_organiser"
    template = QT_TRANSLATE_NOOP("UserError", "只有组织者（评查组长）可以{what}；“{user}”不是。")


class UnknownDepartment(UserError):
    code = "unknown_department"
    template = QT_TRANSLATE_NOOP("UserError", "找不到执法部门“{name}”。已有的部门：{known}")


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    year: int
    standard_id: str
    status: str
    doc_prefix: str = ""  # 机关代字 of the notices it issues, e.g. 鄂州司函
    reviewers_per_file: int = 2
    recheck_rule: dict = field(default_factory=dict)  # see workbench.campaigns.recheck_rule
    subject_kind: SubjectKind = SubjectKind.CASE_FILE  # or UNIT for a supervision round
    reasons_optional: bool = False  # a deduction may be submitted without a reason
    closed_by: str = ""  # who closed it (status "closed"); "" while open

    @property
    def closed(self) -> bool:
        return self.status == CLOSED


def campaign_from_row(row: repo.CampaignRow) -> Campaign:
    return Campaign(
        row.id,
        row.name,
        row.year,
        row.standard_id,
        row.status,
        doc_prefix=row.doc_prefix or "",
        reviewers_per_file=row.reviewers_per_file or 2,
        recheck_rule=json.loads(row.recheck_rule) if row.recheck_rule else {},
        subject_kind=SubjectKind(row.subject_kind or SubjectKind.CASE_FILE),
        reasons_optional=bool(row.reasons_optional),
        closed_by=row.closed_by or "",
    )


@in_write_transaction
def create_campaign(
    db: Database,
    name: str,
    *,
    standard: str,
    author: str,
    year: int | None = None,
    department_names: Sequence[str] | None = None,
    doc_prefix: str = "",
    reviewers_per_file: int = 2,
    recheck_rule: RecheckRule | None = None,
) -> Done[Campaign]:
    """Create a campaign over all case files, or those of some departments; the standard is frozen.

    Changes: the new campaign."""
    if not name.strip():
        raise CampaignNameMissing()
    check_reviewers_per_file(reviewers_per_file)
    standard_id = resolve_standard_id(db, standard)
    dept_ids = None
    if department_names:
        known = departments.all_by_name(db)
        for dname in department_names:
            if dname not in known:
                raise UnknownDepartment(name=dname, known="、".join(sorted(known)) or "（无）")
        dept_ids = [known[d] for d in department_names]
    subject_ids = cases.ids_for_departments(db, dept_ids)
    if not subject_ids:
        why = "所选部门没有案卷" if department_names else "案卷库为空，请先导入案件台账"
        raise EmptyCampaign(why=why)
    with db.atomic():
        require(db, author, Role.ADMIN)
        campaign_id = insert_campaign(
            db,
            Setup(name, year, standard_id, doc_prefix, reviewers_per_file, recheck_rule),
            subject_ids,
            author=author,
            audit_new={"files": len(subject_ids)},
        )
    return Done(get_campaign(db, campaign_id), Changes.of(campaigns=[campaign_id]))


@dataclass(frozen=True)
class Setup:
    """What a campaign or a supervision round is created with."""

    name: str
    year: int | None
    standard_id: str
    doc_prefix: str = ""
    reviewers_per_file: int = 2
    recheck_rule: RecheckRule | None = None


def insert_campaign(
    db: Database,
    setup: Setup,
    subject_ids: Sequence[str],
    *,
    author: str,
    kind: SubjectKind = SubjectKind.CASE_FILE,
    audit_new: dict | None = None,
) -> str:
    """Store a campaign with its settings and subjects, audited (call inside a transaction)."""
    name = setup.name.strip()
    year = setup.year or (int(name[:4]) if name[:4].isdigit() else date.today().year)
    campaign_id = repo.insert(db, name=name, year=year, standard_id=setup.standard_id, author=author)
    repo.update_settings(
        db,
        campaign_id,
        subject_kind=kind,
        doc_prefix=identity_key(setup.doc_prefix),  # 机关代字: one spelling, or two counters
        reviewers_per_file=setup.reviewers_per_file,
        recheck_rule=json.dumps((setup.recheck_rule or DEFAULT_RULE).to_dict(), ensure_ascii=False),
    )
    repo.add_subjects(db, campaign_id, subject_ids, author=author, kind=kind)
    rank_subjects(db, campaign_id)
    new = {"name": name, "standard_id": setup.standard_id, "kind": kind, **(audit_new or {})}
    audit(db, author=author, table="campaign", record_id=campaign_id, action="create", new=new)
    return campaign_id


def check_reviewers_per_file(value: int) -> None:
    if not 1 <= value <= 3:
        raise BadReviewersPerFile(value=value)


@in_write_transaction
def update_settings(
    db: Database,
    campaign: Campaign,
    *,
    author: str,
    doc_prefix: str | None = None,
    reviewers_per_file: int | None = None,
    recheck_rule: RecheckRule | None = None,
    reasons_optional: bool | None = None,
) -> Done[Campaign]:
    """Change the campaign's set-up (notice prefix, reviewers per file, recheck rule, whether deductions
    need a reason); audited. Changes: the campaign, or nothing when no setting was given."""
    changes: dict = {}
    if reasons_optional is not None:
        changes["reasons_optional"] = int(reasons_optional)
    if doc_prefix is not None:
        changes["doc_prefix"] = identity_key(doc_prefix)
    if reviewers_per_file is not None:
        check_reviewers_per_file(reviewers_per_file)
        changes["reviewers_per_file"] = reviewers_per_file
    if recheck_rule is not None:
        changes["recheck_rule"] = json.dumps(recheck_rule.to_dict(), ensure_ascii=False)
    if not changes:
        return Done(campaign, NOTHING)
    with db.atomic():
        require(db, author, Role.ADMIN)
        old = repo.get(db, campaign.id)
        repo.update_settings(db, campaign.id, **changes)
        audit(
            db,
            author=author,
            table="campaign",
            record_id=campaign.id,
            action="settings",
            old={k: getattr(old, k, None) for k in changes},
            new=changes,
        )
    return Done(get_campaign(db, campaign.id), Changes.of(campaigns=[campaign.id]))


def get_campaign(db: Database, campaign_id: str) -> Campaign:
    row = repo.get(db, campaign_id)
    if row is None:
        raise NotFound(what="评查活动", key=campaign_id)
    return campaign_from_row(row)


def resolve_campaign(db: Database, text: str) -> Campaign:
    """A campaign by full id, unique id prefix (at least 6 characters), or exact name."""
    key = text.strip()
    ids = repo.find_ids(db, key, min_prefix=MIN_PREFIX) if key else []
    if not ids:
        if key and len(key) < MIN_PREFIX and repo.ids_with_prefix(db, key):
            raise CampaignPrefixTooShort(key=key, length=MIN_PREFIX)
        raise NotFound(what="评查活动", key=text)
    if len(set(ids)) > 1:
        raise AmbiguousCampaign(key=text, ids="、".join(i[:8] for i in ids))
    return get_campaign(db, ids[0])


def campaign_standard(db: Database, campaign: Campaign) -> Standard:
    """The standard version the campaign froze when it was created."""
    return load_standard(db, campaign.standard_id)


def list_campaigns(db: Database) -> list[Campaign]:
    return [campaign_from_row(r) for r in repo.all_campaigns(db)]
