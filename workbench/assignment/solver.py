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

from workbench.campaigns.errors import BadReviewersPerFile
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

MAX_PER_FILE = 3


class AssignmentImpossible(UserError):
    code = "assignment_impossible"
    template = QT_TRANSLATE_NOOP("UserError", "无法分配评查人员，未作任何分配：{why}")


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
            bottleneck: int | None = None
            v = t
            while v != s:
                u = parent[v]
                c = self.cap[u][v]
                bottleneck = c if bottleneck is None else min(bottleneck, c)
                v = u
            assert bottleneck is not None  # t was reached, so the path has at least one edge
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
