"""`recheck list | decide | finalize` and `campaign set`: a campaign finishes from the command line too.

`recheck list` shows the files awaiting the lead's recheck (复核) with each disputed item, every reviewer's
value and reason; `recheck decide` settles one item (take a reviewer's value, or set the points); and
`recheck finalize` fixes the file's score (定分) once every disputed item is settled.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation

from sqlite_utils import Database

from db.repos import campaigns as campaign_repo
from workbench.campaigns.recheck_rule import rule_from_dict
from workbench.campaigns.service import Campaign, campaign_standard, resolve_campaign, update_settings
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.review.recheck import Comparison, compare_file, decide_item, finalize_file
from workbench.review.recheck_queue import arbitration_queue
from workbench.scoring import Entry, EntryKind
from workbench.standards.model import Item


class BadRecheckArgument(UserError):
    code = "bad_recheck_argument"
    template = QT_TRANSLATE_NOOP("UserError", "{what}：{why}")


def add_parsers(sub: argparse._SubParsersAction, campaign: argparse._SubParsersAction) -> None:
    """`recheck …` under the main parser; `set` under `campaign`."""
    rc = sub.add_parser("recheck", help="复核定分：列出待复核案卷、逐项决定、定分").add_subparsers(
        dest="action", required=True
    )
    ls = rc.add_parser("list", help="列出待复核的案卷及其有分歧的评查项目")
    ls.add_argument("--campaign", required=True)
    ls.add_argument("--all", action="store_true", help="也列出已定分的案卷")
    ls.add_argument("--json", action="store_true", help="输出 JSON")
    ls.set_defaults(run=recheck_list)
    dc = rc.add_parser("decide", help="决定一个评查项目：采用某位评查人的意见，或给出扣分")
    dc.add_argument("--campaign", required=True)
    dc.add_argument("--case", required=True, help="案号（督察轮次中为被督察单位）")
    dc.add_argument("--item", required=True, help="评查项目（标准中的文字或编号）")
    how = dc.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", metavar="评查人", help="采用该评查人对本项目的意见")
    how.add_argument("--points", help="复核后的扣分（0 表示不扣分）")
    dc.add_argument("--reason", required=True, help="复核理由")
    dc.add_argument("--page", type=int, default=None, help="页码（与 --points 一起使用）")
    dc.set_defaults(run=recheck_decide)
    fn = rc.add_parser("finalize", help="定分：所有分歧项目决定后，确定该案卷的最终得分")
    fn.add_argument("--campaign", required=True)
    fn.add_argument("--case", required=True)
    fn.set_defaults(run=recheck_finalize)

    st = campaign.add_parser("set", help="修改评查活动的设置（机关代字、评查人数、复核规则）")
    st.add_argument("campaign", help="评查活动编号（或其前缀、名称）")
    st.add_argument("--doc-prefix", default=None, help="整改通知书的机关代字，如“鄂州司函”")
    st.add_argument("--reviewers-per-file", type=int, default=None, help="每件案卷的评查人数（1–3）")
    st.add_argument("--recheck-below", default=None, help="任一评查人总分低于此分数时需复核（空为不设）")
    st.add_argument("--recheck-gap", default=None, help="评查人总分相差超过此分数时需复核（空为不设）")
    grades = st.add_mutually_exclusive_group()
    grades.add_argument("--recheck-grades", dest="grades", action="store_true", default=None)
    grades.add_argument("--no-recheck-grades", dest="grades", action="store_false")
    st.set_defaults(run=campaign_set)


# --- campaign set -------------------------------------------------------------------------------------


def campaign_set(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    rule = None
    if args.recheck_below is not None or args.recheck_gap is not None or args.grades is not None:
        current = rule_from_dict(campaign.recheck_rule).to_dict()
        if args.recheck_below is not None:
            current["below"] = args.recheck_below
        if args.recheck_gap is not None:
            current["gap"] = args.recheck_gap
        if args.grades is not None:
            current["grades_differ"] = args.grades
        rule = rule_from_dict(current)
    if args.doc_prefix is None and args.reviewers_per_file is None and rule is None:
        raise BadRecheckArgument(what="campaign set", why="请至少给出一项要修改的设置，如 --doc-prefix。")
    changed = update_settings(
        db,
        campaign,
        author=args.author,
        doc_prefix=args.doc_prefix,
        reviewers_per_file=args.reviewers_per_file,
        recheck_rule=rule,
    ).value
    shown = rule_from_dict(changed.recheck_rule)
    print(f"已更新“{changed.name}”：机关代字“{changed.doc_prefix or '（未设置）'}”，")
    print(f"每件 {changed.reviewers_per_file} 名评查人；复核规则：{_rule_text(shown.to_dict())}")
    return 0


def _rule_text(rule: dict) -> str:
    parts = []
    if rule.get("below") is not None:
        parts.append(f"低于 {rule['below']} 分")
    if rule.get("grades_differ"):
        parts.append("等次不同")
    if rule.get("gap") is not None:
        parts.append(f"相差超过 {rule['gap']} 分")
    return "、".join(parts) or "（不自动触发）"


# --- recheck ------------------------------------------------------------------------------------------


def recheck_list(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    rows = [q for q in arbitration_queue(db, campaign) if args.all or not q.decided]
    data = []
    for q in rows:
        comparison = compare_file(db, campaign, q.subject_id, case=q.case_number)
        data.append(_file_json(q.case_number, q.department, q.recheck, q.decided, comparison))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    if not data:
        print("没有待复核的案卷。")
    for f in data:
        state = "已定分" if f["decided"] else "待复核"
        scores = "；".join(f"{r['reviewer']} {r['total']} 分（{r['grade']}）" for r in f["reviewers"])
        print(f"{f['case_number']}\t{f['department']}\t{state}\t{scores}")
        if f["recheck"]:
            print(f"  复核原因：{'；'.join(f['recheck'])}")
        for item in f["items"]:
            mark = f"已决定（{item['decision']['reason']}）" if item["decision"] else "未决定"
            print(f"  【{item['item']}】{mark}")
            for r in item["reviewers"]:
                print(f"    {r['reviewer']}：{_entries_text(r['entries'])}")
    return 0


def _file_json(case: str, department: str, recheck, decided: bool, c: Comparison) -> dict:
    return {
        "case_number": case,
        "department": department,
        "decided": decided,
        "recheck": list(recheck),
        "reviewers": [
            {"reviewer": r.reviewer, "total": str(r.result.total), "grade": r.result.grade}
            for r in c.reviewers
        ],
        "items": [
            {
                "item_key": ic.item.key,
                "item": ic.item.text,
                "decision": None
                if ic.decision is None
                else {"how": ic.decision.decision, "reason": ic.decision.reason, "by": ic.decision.author},
                "reviewers": [
                    {"reviewer": r.reviewer, "entries": [_entry_json(e) for e in entries]}
                    for r, entries in ic.by_reviewer
                ],
            }
            for ic in c.disputed
        ],
        "final": None if c.final_result is None else str(c.final_result.total),
    }


def _entry_json(e: Entry) -> dict:
    return {"kind": e.kind.value, "points": str(e.points), "reason": e.reason, "page": e.page}


def _entries_text(entries: list[dict]) -> str:
    if not entries:
        return "未扣分"
    words = {"deduction": "扣 {p} 分", "bonus": "加 {p} 分", "veto": "否决", "na": "不适用"}
    out = []
    for e in entries:
        said = words.get(e["kind"], e["kind"]).format(p=e["points"])
        reason = f"（{e['reason']}）" if e["reason"] else ""
        out.append(f"{said}{reason}")
    return "；".join(out)


def _subject(db: Database, campaign: Campaign, case: str) -> str:
    wanted = case.strip()
    for s in campaign_repo.case_subjects(db, campaign.id):
        if s.case_number == wanted:
            return s.id
    raise NotFound(what="本评查活动中的案卷", key=case)


def _item(campaign: Campaign, db: Database, text: str) -> Item:
    standard = campaign_standard(db, campaign)
    found = standard.item_by_text(text.strip()) or standard.items_by_key.get(text.strip())
    if found is None:
        raise NotFound(what=f"评分标准“{standard.name}”中的评查项目", key=text)
    return found


def recheck_decide(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    subject_id = _subject(db, campaign, args.case)
    item = _item(campaign, db, args.item)
    reviewer_id, entries = None, None
    if args.take is not None:
        comparison = compare_file(db, campaign, subject_id, case=args.case)
        named = [r for r in comparison.reviewers if r.reviewer == args.take.strip()]
        if not named:
            known = "、".join(r.reviewer for r in comparison.reviewers)
            why = f"“{args.take}”不是该案卷的评查人（评查人：{known}）。"
            raise BadRecheckArgument(what="--take", why=why)
        reviewer_id = named[0].reviewer_id
    else:
        entries = _own_entries(item, args.points, args.reason, args.page)
    comparison = decide_item(
        db,
        campaign,
        subject_id,
        item.key,
        author=args.author,
        reason=args.reason,
        reviewer_id=reviewer_id,
        entries=entries,
    ).value
    left = len(comparison.open_items)
    print(f"已决定“{args.case}”的评查项目“{item.text}”。")
    done = "分歧项目均已决定，可以定分（recheck finalize）。"
    print(f"尚有 {left} 个有分歧的项目未决定。" if left else done)
    return 0


def _own_entries(item: Item, raw: str, reason: str, page: int | None) -> list[Entry]:
    try:
        points = Decimal(raw.strip().removesuffix("分"))
    except (InvalidOperation, AttributeError):
        points = None
    if points is None or not points.is_finite() or points < 0:
        raise BadRecheckArgument(what="--points", why=f"“{raw}”不是一个不小于 0 的分数。")
    if points == 0:
        return []  # the lead finds nothing to deduct on this item
    if item.veto:
        why = f"“{item.text}”是否决项，请用 --take 采用评查人的意见，或 --points 0 表示不否决。"
        raise BadRecheckArgument(what="--points", why=why)
    kind = EntryKind.BONUS if item.bonus else EntryKind.DEDUCTION
    unit = item.rule.points
    count = int(points / unit) if unit and points % unit == 0 else None
    return [Entry(item.key, kind, points=points, count=count, reason=reason.strip(), page=page)]


def recheck_finalize(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    subject_id = _subject(db, campaign, args.case)
    result = finalize_file(db, campaign, subject_id, author=args.author).value
    print(f"已定分：“{args.case}”总分 {result.total} 分，等次 {result.grade}。")
    return 0
