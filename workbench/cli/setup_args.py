"""The set-up options `campaign create` and `round create` share: notice prefix, reviewers, recheck rule."""

from __future__ import annotations

import argparse

from workbench.campaigns.recheck_rule import RecheckRule, rule_from_dict


def add_setup_arguments(parser: argparse.ArgumentParser, *, reviewer: str, per_subject: str) -> None:
    """`reviewer` names the people (评查人/督察人), `per_subject` the subject (每件案卷/每个单位)."""
    parser.add_argument("--doc-prefix", default="", help="整改通知书的机关代字，如“鄂州司函”")
    parser.add_argument(
        "--reviewers-per-file", type=int, default=2, help=f"{per_subject}的{reviewer}数（1–3，默认 2）"
    )
    parser.add_argument(
        "--recheck-below", default="60", help=f"任一{reviewer}总分低于此分数时需复核（空为不设）"
    )
    parser.add_argument("--recheck-gap", default="", help=f"{reviewer}总分相差超过此分数时需复核（空为不设）")
    parser.add_argument(
        "--no-recheck-grades", action="store_true", help=f"{reviewer}等次不同时不强制复核（默认需复核）"
    )


def recheck_rule(args: argparse.Namespace) -> RecheckRule:
    return rule_from_dict(
        {"below": args.recheck_below, "gap": args.recheck_gap, "grades_differ": not args.no_recheck_grades}
    )
