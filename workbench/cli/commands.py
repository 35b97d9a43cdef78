"""One function per command: (db, args) -> exit code. Output is Chinese; ids go on the last line."""

from __future__ import annotations

import argparse
import json
import sys
import time

from sqlite_utils import Database

from workbench.campaigns.service import create_campaign, list_campaigns, resolve_campaign
from workbench.cases.importer import import_cases
from workbench.cli.setup_args import recheck_rule
from workbench.common.kinds import SubjectKind
from workbench.demo.generator import generate_demo
from workbench.reporting.report import campaign_report
from workbench.review.paper_import import import_scores
from workbench.standards.service import (
    export_standard,
    import_standard_file,
    list_standards,
    load_standard,
    report_lines,
    resolve_standard_id,
    save_imported,
)
from workbench.standards.validate import STANDARD_KINDS


def demo(db: Database, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    s = generate_demo(db, files=args.files, seed=args.seed, author=args.author)
    print(f"已生成演示数据：{s.departments} 个执法部门，{s.files} 件案卷，{s.reviewers} 名评查人员，")
    print(f"其中 {s.scored} 件已完成评查（用时 {time.perf_counter() - started:.1f} 秒）。")
    print(f"评分标准：{s.standard_id}")
    print("评查活动：")
    print(s.campaign_id)
    return 0


def standard_import(db: Database, args: argparse.Namespace) -> int:
    imported = import_standard_file(args.file, name=args.name)
    stored = save_imported(db, imported.standard, author=args.author)
    for line in report_lines(imported):
        print(line)
    print(f"已保存为“{stored.name}”第 {stored.version} 版，编号：")
    print(stored.id)
    return 0


def standard_export(db: Database, args: argparse.Namespace) -> int:
    standard = load_standard(db, resolve_standard_id(db, args.id))
    export_standard(standard, args.file)
    print(f"已导出“{standard.name}”第 {standard.version} 版到 {args.file}")
    return 0


def standard_list(db: Database, args: argparse.Namespace) -> int:
    rows = list_standards(db)
    if not rows:
        print("尚无评分标准。可用 `standard import FILE` 导入。")
    for s in rows:
        kind = STANDARD_KINDS.get(s.kind, "")  # 类型: 评查标准 / 督察清单
        print(f"{s.id}\t{kind}\t第{s.version}版\t{s.items}项（否决项{s.vetoes}）\t{s.name}")
    return 0


def cases_import(db: Database, args: argparse.Namespace) -> int:
    result = import_cases(
        db,
        args.file,
        author=args.author,
        department=args.department,
        dry_run=args.dry_run,
        update=args.update,
    ).value
    for line in result.summary():
        print(line)
    return 0


def campaign_create(db: Database, args: argparse.Namespace) -> int:
    campaign = create_campaign(
        db,
        args.name,
        standard=args.standard,
        author=args.author,
        year=args.year,
        department_names=args.department,
        doc_prefix=args.doc_prefix,
        reviewers_per_file=args.reviewers_per_file,
        recheck_rule=recheck_rule(args),
    ).value
    print(f"已创建评查活动“{campaign.name}”，编号：")
    print(campaign.id)
    return 0


def campaign_list(db: Database, args: argparse.Namespace) -> int:
    for c in list_campaigns(db):
        print(f"{c.id}\t{c.year}\t{c.name}")
    return 0


def scores_import(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    result = import_scores(db, campaign, args.file, author=args.author, dry_run=args.dry_run).value
    for line in result.summary():
        print(line)
    return 0


def report(db: Database, args: argparse.Namespace) -> int:
    data = campaign_report(db, resolve_campaign(db, args.campaign))
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    s, std = data["summary"], data["standard"]
    if (
        data["campaign"].get("subject_kind") == SubjectKind.UNIT
    ):  # a supervision round scores units, not files
        print(f"{data['campaign']['name']}（督察清单：{std['name']} 第{std['version']}版）")
        print(f"被督察单位 {s['files']} 个：已定分 {s['final']}，待复核 {s['awaiting_arbitration']}，")
        print(f"督察中 {s['in_progress']}，未督察 {s['unscored']}")
        print("名次\t被督察单位\t评分表数\t得分\t等次")
    else:
        print(f"{data['campaign']['name']}（评分标准：{std['name']} 第{std['version']}版）")
        print(f"案卷 {s['files']} 件：已定分 {s['final']}，待复核 {s['awaiting_arbitration']}，")
        print(f"评查中 {s['in_progress']}，未评查 {s['unscored']}")
        print("名次\t执法部门\t案卷数\t平均分\t等次")
    for d in data["departments"]:
        print(f"{d['rank']}\t{d['department']}\t{d['files']}\t{d['mean']:.2f}\t{d['grade']}")
    return 0
