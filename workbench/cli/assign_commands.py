"""Reviewers and cross assignment on the command line: `reviewers import`, `assign`, `assignments`."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from sqlite_utils import Database

from workbench.assignment.conflicts import add_conflict, declared_conflicts
from workbench.assignment.reviewers import import_reviewers
from workbench.assignment.service import assign_campaign, assignments
from workbench.campaigns.service import resolve_campaign
from workbench.common.kinds import SubjectKind


def reviewers_import(db: Database, args: argparse.Namespace) -> int:
    result = import_reviewers(db, args.file, author=args.author, dry_run=args.dry_run).value
    for line in result.summary():
        print(line)
    return 0


def conflict_add(db: Database, args: argparse.Namespace) -> int:
    add_conflict(
        db,
        args.reviewer,
        department=args.department,
        case_number=args.case,
        reason=args.reason,
        author=args.author,
    )
    what = f"部门“{args.department}”" if args.department else f"案卷“{args.case}”"
    print(f"已登记回避：{args.reviewer} 不评查{what}。")
    return 0


def conflict_list(db: Database, args: argparse.Namespace) -> int:
    for c in declared_conflicts(db):
        print(f"{c.reviewer}\t{c.department or c.case_number}\t{c.reason}")
    return 0


def assign(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    per_file = args.reviewers_per_file or campaign.reviewers_per_file
    result = assign_campaign(db, campaign, per_file=per_file, author=args.author).value
    for line in result.summary():
        print(line)
    return 0


def assignments_list(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    rows = assignments(db, campaign)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        if campaign.subject_kind == SubjectKind.UNIT:
            print("该督察轮次尚未分配督察人员。可用 `assign --campaign ID` 分配。")
        else:
            print("该评查活动尚未分配评查人员。可用 `assign --campaign ID` 分配。")
    for r in rows:
        print(f"{r.case_number}\t{r.department}\t{r.reviewer}\t{r.reviewer_department}")
    return 0
