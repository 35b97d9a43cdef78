"""交叉评查分配: who scores which file.

Hard rules: a reviewer never gets a file of their own department, nor a file they declared a conflict
with (回避); every file gets exactly ``per_file`` distinct reviewers. Within those rules the loads are
balanced: largest minus smallest ≤ 1 whenever any valid assignment achieves that (exact, not
best-effort: the loads are found by a max-flow over groups of interchangeable files). When no balanced
assignment exists, the largest load is the smallest possible.

How: files with the same department, the same conflicted reviewers and the same pinned reviewers are
interchangeable, so they form one group. A flow network source → group (capacity: the group's open
seats) → reviewer (capacity: the group's size, so nobody reads a file twice) → sink (capacity: the
reviewer's allowed load) is solved first with every load capped at ⌊T/R⌋, then at ⌊T/R⌋ + 1, then
higher only if needed. Augmenting paths never lower a reviewer's load, so the first phase's floor
holds. Each group's flow (reviewer r takes x_r ≤ group-size files) is dealt round-robin over the group's
files, which gives every file exactly its seats and distinct reviewers. Ties are broken by SHA-256 of
``seed`` and the ids, so the same inputs always give the same assignment.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db.errors import QT_TRANSLATE_NOOP
from db.records import audit
from db.repos import assignments as assignment_repo
from db.repos import campaigns as campaign_repo
from workbench.campaigns import Campaign
from workbench.cases.reading import read_sheets
from workbench.errors import ImportProblem, NotFound, UserError, UserErrors, where

MAX_PER_FILE = 3


class AssignmentImpossible(UserError):
    code = "assignment_impossible"
    template = QT_TRANSLATE_NOOP("UserError", "无法分配评查人员，未作任何分配：{why}")


class BadReviewersPerFile(UserError):
    code = "bad_reviewers_per_file"
    template = QT_TRANSLATE_NOOP("UserError", "每件案卷的评查人数应为 1 到 3，而不是 {value}。")


@dataclass(frozen=True)
class FileSlot:
    subject_id: str
    department: str  # department id or name: only compared with ReviewerSlot.department
    label: str = ""  # 案号, for messages
    department_name: str = ""  # for messages; defaults to `department`


@dataclass(frozen=True)
class ReviewerSlot:
    id: str
    name: str
    department: str | None


def _key(seed: str, text: str) -> str:
    return hashlib.sha256(f"{seed}\n{text}".encode()).hexdigest()


class _Flow:
    """Edmonds–Karp on a small graph (groups + reviewers), with residual capacities in dicts."""

    def __init__(self, n: int) -> None:
        self.cap: list[dict[int, int]] = [{} for _ in range(n)]
        self.order: list[list[int]] = [[] for _ in range(n)]  # deterministic neighbour order

    def add(self, u: int, v: int, c: int) -> None:
        if v not in self.cap[u]:
            self.order[u].append(v)
            self.cap[u][v] = 0
        if u not in self.cap[v]:
            self.order[v].append(u)
            self.cap[v][u] = 0
        self.cap[u][v] += c

    def augment(self, s: int, t: int) -> int:
        total = 0
        while True:
            parent = {s: s}
            queue = deque([s])
            while queue and t not in parent:
                u = queue.popleft()
                for v in self.order[u]:
                    if v not in parent and self.cap[u][v] > 0:
                        parent[v] = u
                        queue.append(v)
            if t not in parent:
                return total
            bottleneck, v = None, t
            while v != s:
                u = parent[v]
                c = self.cap[u][v]
                bottleneck = c if bottleneck is None else min(bottleneck, c)
                v = u
            v = t
            while v != s:
                u = parent[v]
                self.cap[u][v] -= bottleneck
                self.cap[v][u] += bottleneck
                v = u
            total += bottleneck


def assign(
    files: Sequence[FileSlot],
    reviewers: Sequence[ReviewerSlot],
    *,
    per_file: int,
    conflicts: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
    seed: str = "",
    pinned: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, tuple[str, ...]]:
    """subject_id → per_file distinct reviewer ids (sorted); raises AssignmentImpossible, assigning nothing.

    ``conflicts`` holds (reviewer_id, subject_id) pairs. ``pinned`` maps a subject to reviewers it must
    keep (for instance those who already have a score sheet); they count towards per_file and the loads.
    """
    if not 1 <= per_file <= MAX_PER_FILE:
        raise BadReviewersPerFile(value=per_file)
    if not files:
        return {}
    pinned = pinned or {}
    if not reviewers:
        raise AssignmentImpossible(why="没有评查人员（角色为“评查人员”），请先导入评查人员名单。")
    by_id = {r.id: r for r in reviewers}
    rev_order = sorted(by_id, key=lambda i: (_key(seed, i), i))
    rev_index = {r: i for i, r in enumerate(rev_order)}
    blocked: dict[str, set[str]] = defaultdict(set)
    for reviewer_id, subject_id in conflicts:
        blocked[subject_id].add(reviewer_id)

    # Group interchangeable files; check each group has enough eligible reviewers.
    groups: dict[tuple, list[FileSlot]] = {}
    group_eligible: dict[tuple, list[str]] = {}
    group_seats: dict[tuple, int] = {}
    pinned_load: dict[str, int] = defaultdict(int)
    for f in files:
        pins = tuple(sorted(set(pinned.get(f.subject_id, ()))))
        name = f.department_name or f.department
        label = f"（{f.label}）" if f.label else ""
        if len(pins) > per_file:
            why = f"{name} 的案卷{label}已有 {len(pins)} 名评查人员的评查表，超过每卷 {per_file} 名。"
            raise AssignmentImpossible(why=why)
        for p in pins:
            if p not in by_id or by_id[p].department == f.department or p in blocked.get(f.subject_id, ()):
                who = by_id[p].name if p in by_id else p
                why = (
                    f"{name} 的案卷{label}已有“{who}”的评查表，但此人不能评查该案卷"
                    "（本部门人员、已声明回避或不是评查人员），请先处理该评查表。"
                )
                raise AssignmentImpossible(why=why)
            pinned_load[p] += 1
        key = (f.department, frozenset(blocked.get(f.subject_id, ())), pins)
        if key not in groups:
            eligible = [
                r
                for r in rev_order
                if by_id[r].department != f.department and r not in key[1] and r not in pins
            ]
            need = per_file - len(pins)
            if len(eligible) < need:
                outside = sum(1 for r in rev_order if by_id[r].department != f.department)
                if outside < per_file:
                    why = (
                        f"{name} 的案卷需要 {per_file} 名评查人员，"
                        f"但本部门以外只有 {outside} 名可用评查人员。"
                    )
                else:
                    why = (
                        f"{name} 的案卷{label}需要 {per_file} 名评查人员，但本部门以外的 {outside} 名"
                        f"评查人员中，除去声明回避的，只有 {len(eligible) + len(pins)} 名可用。"
                    )
                raise AssignmentImpossible(why=why)
            groups[key] = []
            group_eligible[key] = eligible
            group_seats[key] = need
        groups[key].append(f)

    for members in groups.values():
        members.sort(key=lambda f: (_key(seed, f.subject_id), f.subject_id))
    # Most constrained groups first; the order (and so every tie) depends only on the inputs' content.
    keys = sorted(groups, key=lambda k: (len(group_eligible[k]), _key(seed, groups[k][0].subject_id)))
    total = len(files) * per_file
    demand = sum(group_seats[k] * len(groups[k]) for k in keys)
    n_g, n_r = len(keys), len(rev_order)
    source, sink = n_g + n_r, n_g + n_r + 1
    flow = _Flow(n_g + n_r + 2)
    for gi, k in enumerate(keys):
        size = len(groups[k])
        flow.add(source, gi, group_seats[k] * size)
        for r in group_eligible[k]:
            flow.add(gi, n_g + rev_index[r], size)
    # Phase caps: floor, floor + 1, then up until everything is placed.
    floor = total // n_r
    cap_now = [0] * n_r
    placed = 0
    level = floor
    while placed < demand:
        for ri, r in enumerate(rev_order):
            want = max(0, level - pinned_load.get(r, 0))
            if want > cap_now[ri]:
                flow.add(n_g + ri, sink, want - cap_now[ri])
                cap_now[ri] = want
        placed += flow.augment(source, sink)
        if level > total:  # cannot happen: every group has enough eligible reviewers
            raise AssignmentImpossible(why="评查人员不足。")
        level += 1

    result: dict[str, list[str]] = {f.subject_id: list(pinned.get(f.subject_id, ())) for f in files}
    for gi, k in enumerate(keys):
        members = groups[k]
        slots: list[str] = []
        for r in group_eligible[k]:
            ri = n_g + rev_index[r]
            used = flow.cap[ri][gi]  # residual back-capacity = flow on group → reviewer
            slots.extend([r] * used)
        for i, r in enumerate(slots):
            result[members[i % len(members)].subject_id].append(r)
    return {s: tuple(sorted(set(rs))) for s, rs in result.items()}


def loads(result: Mapping[str, Sequence[str]], reviewer_ids: Sequence[str]) -> dict[str, int]:
    """Files per reviewer, including reviewers with none."""
    counts = dict.fromkeys(reviewer_ids, 0)
    for rs in result.values():
        for r in rs:
            counts[r] = counts.get(r, 0) + 1
    return counts


# ---------------------------------------------------------------------------------------------------
# Service: a campaign's assignment in the database.


class AssignmentRefused(UserError):
    code = "assignment_refused"
    template = QT_TRANSLATE_NOOP("UserError", "{where}{problem}")


@dataclass
class AssignmentResult:
    files: int
    reviewers: int
    per_file: int
    min_load: int
    max_load: int
    drawn: bool
    replaced: int = 0
    kept: int = 0  # files whose reviewers with a score sheet were kept

    def summary(self) -> list[str]:
        scope = "抽取的" if self.drawn else "全部"
        lines = [
            f"已为{scope} {self.files} 件案卷分配评查人员，每件 {self.per_file} 名，"
            f"共 {self.reviewers} 名评查人员参与。",
            f"每人承担 {self.min_load}–{self.max_load} 件"
            f"（最多与最少相差 {self.max_load - self.min_load} 件）。",
        ]
        if self.replaced:
            lines.append(f"替换了原有的 {self.replaced} 条分配。")
        if self.kept:
            lines.append(f"{self.kept} 件案卷已有评查表，其评查人员保持不变。")
        return lines


def _campaign_files(db: Database, campaign: Campaign) -> tuple[list[dict], bool]:
    subjects = campaign_repo.case_subjects(db, campaign.id)
    try:
        from workbench.sampling import drawn_subject_ids
    except ImportError:  # the draw is built separately; without it every file is in scope
        drawn = None
    else:
        drawn = drawn_subject_ids(db, campaign)
    if drawn is None:
        return subjects, False
    wanted = set(drawn)
    return [s for s in subjects if s["id"] in wanted], True


def _dept_ids(db: Database) -> dict[str, str | None]:
    """case_file id → department id."""
    return dict(db.execute("SELECT id, department_id FROM case_file").fetchall())


def _conflict_pairs(db: Database, subject_dept: Mapping[str, str | None]) -> set[tuple[str, str]]:
    """Declared conflicts as (reviewer, subject) pairs; department conflicts cover all its files."""
    by_dept: dict[str | None, list[str]] = defaultdict(list)
    for s, d in subject_dept.items():
        by_dept[d].append(s)
    pairs: set[tuple[str, str]] = set()
    for c in assignment_repo.conflicts(db):
        if c["subject_id"]:
            pairs.add((c["reviewer_id"], c["subject_id"]))
        if c["department_id"]:
            pairs.update((c["reviewer_id"], s) for s in by_dept.get(c["department_id"], ()))
    return pairs


def assign_campaign(db: Database, campaign: Campaign, *, per_file: int, author: str) -> AssignmentResult:
    """Assign reviewers to the campaign's drawn files (or all of them), in one transaction; audited.

    Earlier assignments are replaced; a reviewer who already has a review sheet for a file keeps it.
    """
    files, drawn = _campaign_files(db, campaign)
    people = assignment_repo.reviewers_with_departments(db)
    reviewers = [
        ReviewerSlot(r["id"], r["name"], r["department_id"]) for r in people if r["role"] == "reviewer"
    ]
    sheets = assignment_repo.review_sheet_reviewers(db, campaign.id)
    reviewer_ids = {r.id for r in reviewers}
    names = {r["id"]: r["name"] for r in people}
    pinned: dict[str, list[str]] = {}
    for f in files:
        having = sorted(sheets.get(f["id"], ()))
        stray = [r for r in having if r not in reviewer_ids]
        if stray:
            problem = (
                f"已有“{names.get(stray[0], stray[0])}”的评查表，但其角色不是评查人员，"
                "重新分配会使其失去该案卷。请先处理该评查表。"
            )
            raise AssignmentRefused(where=f"案卷“{f['case_number']}”：", problem=problem)
        if having:
            pinned[f["id"]] = having
    dept_of = _dept_ids(db)
    subject_dept = {f["id"]: dept_of.get(f["id"]) for f in files}
    slots = [
        FileSlot(
            f["id"], subject_dept[f["id"]] or "", f["case_number"] or "", f["department"] or "（未知部门）"
        )
        for f in files
    ]
    result = assign(
        slots,
        reviewers,
        per_file=per_file,
        conflicts=_conflict_pairs(db, subject_dept),
        seed=campaign.id,
        pinned=pinned,
    )
    pairs = [(s, r) for s, rs in result.items() for r in rs]
    counts = loads(result, [r.id for r in reviewers])
    with db.atomic():
        replaced = assignment_repo.delete_for_subjects(db, campaign.id, result)
        assignment_repo.insert_many(db, campaign.id, pairs, author)
        audit(
            db,
            author=author,
            table="campaign",
            record_id=campaign.id,
            action="assign",
            new={"files": len(result), "per_file": per_file, "pairs": len(pairs), "replaced": replaced},
        )
    return AssignmentResult(
        files=len(result),
        reviewers=len(reviewers),
        per_file=per_file,
        min_load=min(counts.values(), default=0),
        max_load=max(counts.values(), default=0),
        drawn=drawn,
        replaced=replaced,
        kept=len(pinned),
    )


def assignments(db: Database, campaign: Campaign) -> list[dict]:
    """Rows {case_number, department, reviewer, reviewer_department}, by 案号 then reviewer."""
    return assignment_repo.rows(db, campaign.id)


def _check_pair(
    db: Database,
    subject: dict,
    reviewer: dict,
    subject_dept: str | None,
    conflict_pairs: set[tuple[str, str]],
) -> str | None:
    """Why this reviewer may not review this file, or None."""
    if reviewer["role"] != "reviewer":
        return f"“{reviewer['name']}”的角色不是评查人员。"
    if reviewer["department_id"] is not None and reviewer["department_id"] == subject_dept:
        return (
            f"“{reviewer['name']}”来自 {reviewer['department'] or '本部门'}，"
            "不能评查本部门的案卷（交叉评查）。"
        )
    if (reviewer["id"], subject["id"]) in conflict_pairs:
        return f"“{reviewer['name']}”已声明回避该案卷。"
    return None


def reassign(
    db: Database,
    campaign: Campaign,
    subject_id: str,
    old_reviewer_id: str,
    new_reviewer_id: str,
    *,
    author: str,
    reason: str,
) -> None:
    """Give one file's seat from one reviewer to another, under the same hard rules; audited."""
    subjects = {s["id"]: s for s in campaign_repo.case_subjects(db, campaign.id)}
    subject = subjects.get(subject_id)
    if subject is None:
        raise NotFound(what="本评查活动中的案卷", key=subject_id)
    people = {r["id"]: r for r in assignment_repo.reviewers_with_departments(db)}
    if new_reviewer_id not in people:
        raise NotFound(what="评查人员", key=new_reviewer_id)
    at = f"案卷“{subject['case_number']}”："
    current = {r for s, r in assignment_repo.of_campaign(db, campaign.id) if s == subject_id}
    old_name = people.get(old_reviewer_id, {}).get("name", old_reviewer_id)
    if old_reviewer_id not in current:
        raise AssignmentRefused(where=at, problem=f"“{old_name}”并未分配到该案卷。")
    if new_reviewer_id in current:
        new_name = people[new_reviewer_id]["name"]
        raise AssignmentRefused(where=at, problem=f"“{new_name}”已分配到该案卷。")
    if old_reviewer_id in assignment_repo.review_sheet_reviewers(db, campaign.id).get(subject_id, set()):
        raise AssignmentRefused(where=at, problem=f"“{old_name}”已有该案卷的评查表，不能改派。")
    subject_dept = _dept_ids(db).get(subject_id)
    why = _check_pair(
        db, subject, people[new_reviewer_id], subject_dept, _conflict_pairs(db, {subject_id: subject_dept})
    )
    if why:
        raise AssignmentRefused(where=at, problem=why)
    with db.atomic():
        assignment_repo.delete_one(db, campaign.id, subject_id, old_reviewer_id)
        assignment_repo.insert_many(db, campaign.id, [(subject_id, new_reviewer_id)], author)
        audit(
            db,
            author=author,
            table="assignment",
            record_id=subject_id,
            action="reassign",
            old={"campaign_id": campaign.id, "reviewer_id": old_reviewer_id},
            new={"campaign_id": campaign.id, "reviewer_id": new_reviewer_id},
            reason=reason,
        )


ASSIGNMENT_COLUMNS = {
    "case_number": ("案号", "案件编号", "立案号", "文号"),
    "reviewer": ("评查人", "评查人员", "评查员", "姓名"),
}


@dataclass
class AssignmentsImportResult:
    path: Path
    dry_run: bool
    files: int = 0
    pairs: int = 0
    replaced: int = 0

    def summary(self) -> list[str]:
        verb = "预览（未写入）：将为" if self.dry_run else "已为"
        lines = [f"{verb} {self.files} 件案卷分配 {self.pairs} 人次评查人员。"]
        if self.replaced and not self.dry_run:
            lines.append(f"这些案卷原有的 {self.replaced} 条分配已被替换。")
        return lines


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def import_assignments(
    db: Database, campaign: Campaign, path: Path, *, author: str, dry_run: bool = False
) -> AssignmentsImportResult:
    """Bulk assignment (columns 案号, 评查人): the files named get exactly the reviewers listed.

    All or nothing: any bad row is reported by number and nothing changes.
    """
    subjects = {s["case_number"]: s for s in campaign_repo.case_subjects(db, campaign.id)}
    people = assignment_repo.reviewers_with_departments(db)
    by_name: dict[str, list[dict]] = defaultdict(list)
    for r in people:
        by_name[r["name"]].append(r)
        by_name[f"{r['name']}（{r['department']}）"].append(r)
    dept_of = _dept_ids(db)
    conflict_pairs = _conflict_pairs(db, {s["id"]: dept_of.get(s["id"]) for s in subjects.values()})
    sheets = assignment_repo.review_sheet_reviewers(db, campaign.id)
    errors: list[UserError] = []
    planned: dict[str, dict[str, int]] = {}  # subject id -> reviewer id -> row
    used = 0
    for sheet in read_sheets(path):
        head = None
        for index, row in enumerate(sheet.rows[:15]):
            cells = ["".join(_cell_text(c).split()) for c in row]
            cols = {}
            for key, words in ASSIGNMENT_COLUMNS.items():
                hit = [i for i, c in enumerate(cells) if c in words and i not in cols.values()]
                if hit:
                    cols[key] = hit[0]
            if len(cols) == 2:
                head = (index, cols)
                break
        if head is None:
            continue
        used += 1
        start, cols = head
        for index in range(start + 1, len(sheet.rows)):
            cells = sheet.rows[index]
            if not any(_cell_text(c) for c in cells):
                continue
            number = index + 1

            def get(key: str, cells: list[object] = cells, cols: dict[str, int] = cols) -> str:
                col = cols[key]
                return _cell_text(cells[col]) if col < len(cells) else ""

            def fail(column: str, problem: str, number: int = number, name: str = sheet.name) -> None:
                errors.append(ImportProblem(where=where(name, number, column), problem=problem))

            case_number, name = get("case_number"), get("reviewer")
            subject = subjects.get(case_number)
            if not case_number:
                fail("案号", "案号为空。")
            elif subject is None:
                fail("案号", f"案号“{case_number}”不在本评查活动中。")
            matches = by_name.get(name, []) if name else []
            if not name:
                fail("评查人", "评查人为空。")
            elif not matches:
                fail("评查人", f"找不到评查人员“{name}”，请先导入评查人员名单。")
            elif len(matches) > 1:
                fail("评查人", f"有多名评查人员叫“{name}”，请写成“姓名（所在单位）”。")
            if subject is None or len(matches) != 1:
                continue
            reviewer = matches[0]
            why = _check_pair(db, subject, reviewer, dept_of.get(subject["id"]), conflict_pairs)
            if why:
                fail("评查人", why)
                continue
            seats = planned.setdefault(subject["id"], {})
            if reviewer["id"] in seats:
                fail("评查人", f"与第 {seats[reviewer['id']]} 行重复：“{name}”已分配到案卷“{case_number}”。")
                continue
            seats[reviewer["id"]] = number
    if not used:
        problem = "找不到表头：需要“案号”“评查人”列。"
        raise UserErrors([ImportProblem(where="", problem=problem)], source=f"文件“{path.name}”")
    names = {r["id"]: r["name"] for r in people}
    case_numbers = {s["id"]: n for n, s in subjects.items()}
    for subject_id, seats in planned.items():
        for lost in sorted(sheets.get(subject_id, set()) - set(seats)):
            problem = (
                f"案卷“{case_numbers[subject_id]}”已有“{names.get(lost, lost)}”的评查表，"
                "文件中未列出此人，导入会使其失去该案卷。"
            )
            errors.append(ImportProblem(where=where(None, min(seats.values()), "评查人"), problem=problem))
    if errors:
        raise UserErrors(errors, source=f"文件“{path.name}”")
    pairs = [(s, r) for s, seats in planned.items() for r in sorted(seats)]
    result = AssignmentsImportResult(path, dry_run, files=len(planned), pairs=len(pairs))
    if dry_run:
        return result
    with db.atomic():
        result.replaced = assignment_repo.delete_for_subjects(db, campaign.id, planned)
        assignment_repo.insert_many(db, campaign.id, pairs, author)
        audit(
            db,
            author=author,
            table="campaign",
            record_id=campaign.id,
            action="import_assignments",
            new={"file": path.name, "files": len(planned), "pairs": len(pairs), "replaced": result.replaced},
        )
    return result
