"""双随机 in the database: record a campaign's draw, re-derive it for verification, and list its files.

The draw itself (keys, quotas, population hash) is the pure, documented algorithm in
``workbench.draw.algorithm``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from sqlite_utils import Database

from db.records import audit, now
from db.repos import draws as repo
from db.transactions import in_write_transaction
from workbench.accounts import require
from workbench.campaigns.service import Campaign
from workbench.common.changes import Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.kinds import Role
from workbench.draw.algorithm import ALGORITHM, DrawnFile, DrawPlan, draw, population_hash, validate


class DrawAfterScoring(UserError):
    code = "draw_after_scoring"
    template = QT_TRANSLATE_NOOP(
        "UserError", "评查活动“{campaign}”已有 {sheets} 份评查表，抽取结果已确定，不能重新抽取。"
    )


class NoDraw(UserError):
    code = "draw_missing"
    template = QT_TRANSLATE_NOOP("UserError", "评查活动“{campaign}”尚未抽取案卷，无可核验的抽取结果。")


@dataclass(frozen=True)
class DrawRecord:
    id: str
    campaign_id: str
    seed: str
    algorithm: str
    plan: DrawPlan
    population_hash: str
    population_size: int
    drawn: list[DrawnFile]
    operator: str
    created_at: str


@dataclass(frozen=True)
class VerifyReport:
    draw_id: str
    seed: str
    algorithm: str
    recorded_hash: str
    current_hash: str
    recorded_size: int
    current_size: int
    missing_now: list[str]  # recorded as drawn, not drawn now
    extra_now: list[str]  # drawn now, not recorded as drawn
    changed: list[str]  # drawn both times, but with another rank or selection
    unit_chosen_gone: list[str]  # unit-chosen 案号 no longer in the campaign
    recorded_drawn: int

    @property
    def hash_matches(self) -> bool:
        return self.recorded_hash == self.current_hash

    @property
    def ok(self) -> bool:
        return (
            self.hash_matches
            and not self.missing_now
            and not self.extra_now
            and not self.changed
            and not self.unit_chosen_gone
        )

    def lines(self) -> list[str]:
        """The Chinese report verify-sample prints."""
        head = f"种子：{self.seed}；算法：{self.algorithm}"
        if self.ok:
            return [
                f"抽取结果一致：共 {self.recorded_drawn} 件。",
                head,
                f"案卷范围：{self.current_size} 件，哈希 {self.current_hash}",
            ]
        out = ["抽取结果不一致：", head]
        if not self.hash_matches:
            out.append(
                f"案卷范围已变化：记录时 {self.recorded_size} 件，哈希 {self.recorded_hash}；"
                f"现在 {self.current_size} 件，哈希 {self.current_hash}"
            )
        out += [f"单位自选案卷已不在案卷范围内：{c}" for c in self.unit_chosen_gone]
        out += [f"记录为抽中、现在重新抽取未抽中：{c}" for c in self.missing_now]
        out += [f"现在重新抽取抽中、记录中未抽中：{c}" for c in self.extra_now]
        out += [f"名次或抽取方式与记录不同：{c}" for c in self.changed]
        return out


@in_write_transaction
def sample_campaign(db: Database, campaign: Campaign, plan: DrawPlan, *, author: str) -> Done[DrawRecord]:
    """Draw the campaign's files, record the draw and mark the drawn files; refused once scoring started.

    Changes: the campaign (its scope: a draw re-marks the whole population, so screens reload it whole,
    rather than row by row)."""
    validate(plan)
    rows = repo.campaign_population(db, campaign.id)
    result = draw([(c, g) for c, g, _ in rows], plan)
    subject_of = {c: s for c, _, s in rows}
    with db.atomic():
        require(db, author, Role.ADMIN)
        sheets = repo.score_sheet_count(db, campaign.id)
        if sheets:
            raise DrawAfterScoring(campaign=campaign.name, sheets=sheets)
        at = now()
        params = plan.to_params()
        draw_id = repo.insert_draw(
            db,
            campaign_id=campaign.id,
            seed=plan.seed,
            algorithm=ALGORITHM,
            params=json.dumps(params, ensure_ascii=False, sort_keys=True),
            population_hash=result.population_hash,
            population_size=result.population_size,
            drawn=len(result.drawn),
            author=author,
            at=at,
        )
        repo.mark_drawn(
            db,
            campaign.id,
            draw_id,
            [(subject_of[f.case_number], f.rank, f.selection) for f in result.drawn],
            at=at,
        )
        audit(
            db,
            author=author,
            table="draw",
            record_id=draw_id,
            action="draw",
            new={
                "campaign_id": campaign.id,
                "seed": plan.seed,
                "algorithm": ALGORITHM,
                "params": params,
                "population_hash": result.population_hash,
                "population_size": result.population_size,
                "drawn": [[f.case_number, f.rank, f.selection] for f in result.drawn],
            },
            at=at,
        )
    record = DrawRecord(
        draw_id,
        campaign.id,
        plan.seed,
        ALGORITHM,
        plan,
        result.population_hash,
        result.population_size,
        result.drawn,
        author,
        at,
    )
    return Done(record, Changes.of(campaigns=[campaign.id]))


def latest_draw(db: Database, campaign: Campaign) -> DrawRecord | None:
    row = repo.latest_draw(db, campaign.id)
    if row is None:
        return None
    drawn = [DrawnFile(*r) for r in repo.marked(db, campaign.id, row.id)]
    return DrawRecord(
        row.id,
        campaign.id,
        row.seed,
        row.algorithm,
        DrawPlan.from_params(row.seed, json.loads(row.params)),
        row.population_hash,
        row.population_size,
        drawn,
        row.author,
        row.created_at,
    )


def verify_campaign(db: Database, campaign: Campaign) -> VerifyReport:
    """Re-derive the latest draw from its recorded seed and parameters and the current case list."""
    record = latest_draw(db, campaign)
    if record is None:
        raise NoDraw(campaign=campaign.name)
    rows = repo.campaign_population(db, campaign.id)
    population = [(c, g) for c, g, _ in rows]
    present = {c for c, _ in population}
    gone = [c for c in record.plan.unit_chosen if c not in present]
    plan = replace(record.plan, unit_chosen=tuple(c for c in record.plan.unit_chosen if c in present))
    if population:
        now_drawn = draw(population, plan).drawn
        current_hash = population_hash([c for c, _ in population])
    else:
        now_drawn, current_hash = [], population_hash([])
    recorded = {f.case_number: (f.rank, f.selection) for f in record.drawn}
    derived = {f.case_number: (f.rank, f.selection) for f in now_drawn}
    return VerifyReport(
        draw_id=record.id,
        seed=record.seed,
        algorithm=record.algorithm,
        recorded_hash=record.population_hash,
        current_hash=current_hash,
        recorded_size=record.population_size,
        current_size=len(population),
        missing_now=sorted(recorded.keys() - derived.keys()),
        extra_now=sorted(derived.keys() - recorded.keys()),
        changed=sorted(c for c in recorded.keys() & derived.keys() if recorded[c] != derived[c]),
        unit_chosen_gone=gone,
        recorded_drawn=len(record.drawn),
    )


def drawn_subject_ids(db: Database, campaign: Campaign) -> list[str] | None:
    """The subject ids of the campaign's drawn files (department, then rank); None when it has no draw."""
    row = repo.latest_draw(db, campaign.id)
    if row is None:
        return None
    return repo.marked_subject_ids(db, campaign.id, row.id)
