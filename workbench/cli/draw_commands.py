"""The 双随机 commands: `sample` prints the drawn 案号, one per line; `verify-sample` re-derives the draw."""

from __future__ import annotations

import argparse
import sys

from sqlite_utils import Database

from workbench.campaigns.service import resolve_campaign
from workbench.common.kinds import SubjectKind
from workbench.draw.algorithm import DrawPlan, parse_share
from workbench.draw.service import sample_campaign, verify_campaign


def sample(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    plan = DrawPlan(
        seed=args.seed,
        per_department=args.per_department,
        share=None if args.share is None else parse_share(args.share),
        minimum=args.minimum,
        maximum=args.maximum,
        departments=args.departments,
        unit_chosen=tuple(args.unit_chosen or ()),
    )
    record = sample_campaign(db, campaign, plan, author=args.author).value
    for f in record.drawn:
        print(f.case_number)
    chosen = sum(f.selection == "unit_chosen" for f in record.drawn)
    groups = len({f.group for f in record.drawn})
    if campaign.subject_kind == SubjectKind.UNIT:  # a supervision round draws units
        said = (
            f"已抽取 {len(record.drawn)} 个单位（随机 {len(record.drawn) - chosen} 个，自选 {chosen} 个）；"
            f"单位范围 {record.population_size} 个"
        )
    else:
        said = (
            f"已抽取 {len(record.drawn)} 件（随机 {len(record.drawn) - chosen} 件，单位自选 {chosen} 件），"
            f"涉及 {groups} 个部门；案卷范围 {record.population_size} 件"
        )
    print(f"{said}，哈希 {record.population_hash}；种子 {record.seed}，抽取记录 {record.id}", file=sys.stderr)
    return 0


def verify_sample(db: Database, args: argparse.Namespace) -> int:
    report = verify_campaign(db, resolve_campaign(db, args.campaign))
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1
