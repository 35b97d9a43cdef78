"""Cross assignment: the hard rules (own department, declared conflicts, per_file distinct reviewers)
hold for random populations; loads are balanced whenever any valid assignment is balanced; the service
writes all or nothing; manual and bulk changes obey the same rules; the CLI prints the assignment."""

from __future__ import annotations

import csv
import itertools
import json
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.assignment.reviewers import declare_conflict
from workbench.assignment.service import assign_campaign, assignments, import_assignments, reassign
from workbench.assignment.solver import AssignmentImpossible, FileSlot, ReviewerSlot, assign, loads
from workbench.campaigns.service import create_campaign, get_campaign
from workbench.cli.main import main
from workbench.common.changes import Changes
from workbench.common.errors import UserError, UserErrors
from workbench.demo.generator import generate_demo
from workbench.draw import service as draw_service
from workbench.draw.algorithm import DrawPlan
from workbench.draw.service import drawn_subject_ids, sample_campaign


@st.composite
def populations(draw, max_files=40, max_reviewers=12, max_depts=6):
    depts = [f"部门{i}" for i in range(draw(st.integers(1, max_depts)))]
    file_depts = draw(st.lists(st.sampled_from(depts), min_size=0, max_size=max_files))
    rev_depts = draw(st.lists(st.sampled_from([*depts, None]), min_size=0, max_size=max_reviewers))
    files = [FileSlot(f"f{i}", d) for i, d in enumerate(file_depts)]
    reviewers = [ReviewerSlot(f"r{i}", f"人{i}", d) for i, d in enumerate(rev_depts)]
    pairs = [(r.id, f.subject_id) for r in reviewers for f in files]
    conflicts = set(draw(st.lists(st.sampled_from(pairs), max_size=8))) if pairs else set()
    per_file = draw(st.integers(1, 3))
    return files, reviewers, conflicts, per_file


def eligible(f: FileSlot, reviewers, conflicts) -> list[str]:
    return [r.id for r in reviewers if r.department != f.department and (r.id, f.subject_id) not in conflicts]


def check_rules(files, reviewers, conflicts, per_file, result) -> None:
    dept = {r.id: r.department for r in reviewers}
    assert set(result) == {f.subject_id for f in files}
    for f in files:
        got = result[f.subject_id]
        assert len(got) == per_file == len(set(got))
        for r in got:
            assert dept[r] != f.department, "own department"
            assert (r, f.subject_id) not in conflicts, "declared conflict"


@given(populations())
def test_hard_rules_hold_or_the_error_names_the_department(pop):
    files, reviewers, conflicts, per_file = pop
    short = [f for f in files if len(eligible(f, reviewers, conflicts)) < per_file]
    if files and (short or not reviewers):
        # Infeasible exactly when some file has fewer than per_file eligible reviewers.
        with pytest.raises(AssignmentImpossible) as exc:
            assign(files, reviewers, per_file=per_file, conflicts=conflicts)
        assert not reviewers or any(f.department in exc.value.message for f in short)
        return
    result = assign(files, reviewers, per_file=per_file, conflicts=conflicts)
    assert all(len(eligible(f, reviewers, conflicts)) >= per_file for f in files)
    check_rules(files, reviewers, conflicts, per_file, result)


@given(populations(max_files=5, max_reviewers=4, max_depts=3))
def test_balanced_whenever_any_valid_assignment_is_balanced(pop):
    """The guarantee: max − min load ≤ 1 whenever some valid assignment achieves it (by brute force)."""
    files, reviewers, conflicts, per_file = pop
    choices = [list(itertools.combinations(eligible(f, reviewers, conflicts), per_file)) for f in files]
    if not reviewers or any(not c for c in choices):
        return
    ids = [r.id for r in reviewers]
    best = min(
        max(v := loads(dict(enumerate(combo)), ids).values()) - min(v)
        for combo in itertools.product(*choices)
    )
    result = assign(files, reviewers, per_file=per_file, conflicts=conflicts)
    check_rules(files, reviewers, conflicts, per_file, result)
    spread = max(v := loads(result, ids).values()) - min(v)
    if best <= 1:
        assert spread <= 1


@given(st.integers(2, 8), st.integers(1, 4), st.integers(0, 15), st.integers(1, 3))
def test_balanced_for_symmetric_departments_without_conflicts(n_depts, per_dept, files_per_dept, per_file):
    """Every department has the same number of reviewers and of files, and each file may go to anyone
    outside its department: by symmetry a balanced assignment exists, so loads differ by at most one.
    (Unequal departments need not allow balance at all — 2 files each from two of three one-reviewer
    departments at 2 reviewers a file force loads 2, 2, 4; the exact guarantee is checked by brute force.)"""
    depts = [f"d{i}" for i in range(n_depts)]
    files = [FileSlot(f"f{d}-{i}", dep) for d, dep in enumerate(depts) for i in range(files_per_dept)]
    reviewers = [ReviewerSlot(f"r{d}-{k}", "", dep) for d, dep in enumerate(depts) for k in range(per_dept)]
    if (n_depts - 1) * per_dept < per_file:
        with pytest.raises(AssignmentImpossible) if files else _Nothing():
            assign(files, reviewers, per_file=per_file)
        return
    result = assign(files, reviewers, per_file=per_file)
    check_rules(files, reviewers, set(), per_file, result)
    counts = loads(result, [r.id for r in reviewers]).values()
    assert max(counts) - min(counts) <= 1


class _Nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_deterministic_and_independent_of_input_order():
    files = [FileSlot(f"f{i}", f"d{i % 5}") for i in range(200)]
    reviewers = [ReviewerSlot(f"r{i}", "", f"d{i % 5}") for i in range(15)]
    first = assign(files, reviewers, per_file=2, seed="s")
    assert assign(list(reversed(files)), list(reversed(reviewers)), per_file=2, seed="s") == first
    assert assign(files, reviewers, per_file=2, seed="other") != first


def test_impossible_names_department_and_why():
    files = [FileSlot("f1", "jt", "交运罚〔2026〕1号", "市交通运输局"), FileSlot("f2", "zr")]
    reviewers = [ReviewerSlot("a", "甲", "jt"), ReviewerSlot("b", "乙", "zr")]
    with pytest.raises(AssignmentImpossible) as exc:
        assign(files, reviewers, per_file=2)
    assert "市交通运输局 的案卷需要 2 名评查人员，但本部门以外只有 1 名可用评查人员" in exc.value.message


def test_per_file_out_of_range():
    with pytest.raises(UserError, match="1 到 3"):
        assign([FileSlot("f", "d")], [ReviewerSlot("r", "", "e")], per_file=4)


# --- service, on the demo database --------------------------------------------------------------


@pytest.fixture
def demo(db):
    summary = generate_demo(db, files=300, seed=2)
    return db, get_campaign(db, summary.campaign_id)


def _rows(db, sql, *params):
    return db.execute(sql, list(params)).fetchall()


def _check_db(db, campaign, per_file):
    pairs = _rows(
        db,
        "SELECT a.subject_id, a.reviewer_id, c.department_id, r.department_id FROM assignment a"
        " JOIN case_file c ON c.id = a.subject_id JOIN reviewer r ON r.id = a.reviewer_id"
        " WHERE a.campaign_id = ?",
        campaign.id,
    )
    assert all(fd != rd for _, _, fd, rd in pairs)
    per_subject: dict[str, list[str]] = {}
    for s, r, _, _ in pairs:
        per_subject.setdefault(s, []).append(r)
    files = drawn_subject_ids(db, campaign)  # the demo's campaign has a draw: its drawn files
    if files is None:
        files = [
            f[0]
            for f in _rows(db, "SELECT subject_id FROM campaign_subject WHERE campaign_id = ?", campaign.id)
        ]
    assert set(per_subject) == set(files)
    assert all(len(rs) == per_file == len(set(rs)) for rs in per_subject.values())
    reviewers = [r[0] for r in _rows(db, "SELECT id FROM reviewer WHERE role = 'reviewer'")]
    counts = loads(per_subject, reviewers).values()
    return per_subject, max(counts) - min(counts)


def test_assign_campaign_on_demo(demo):
    db, campaign = demo
    done = assign_campaign(db, campaign, per_file=2, author="测试")
    result = done.value
    assert (result.files, result.reviewers, result.per_file) == (300, 36, 2)
    # what changed: the campaign, reloaded whole, and every reviewer now holding a seat
    seated = {r for (r,) in _rows(db, "SELECT DISTINCT reviewer_id FROM assignment")}
    assert done.changes == Changes.of(campaigns=[campaign.id], reviewers=seated)
    assert result.max_load - result.min_load <= 1
    per_subject, spread = _check_db(db, campaign, 2)
    assert spread <= 1
    # reviewers who already scored a file keep it
    for s, r in _rows(
        db,
        "SELECT subject_id, reviewer_id FROM score_sheet WHERE campaign_id = ? AND role = 'review'",
        campaign.id,
    ):
        assert r in per_subject[s]
    # running again replaces, deterministically
    again = assign_campaign(db, campaign, per_file=3, author="测试").value
    assert again.replaced == 600
    assert _check_db(db, campaign, 3)[1] <= 1
    assert _rows(db, "SELECT count(*) FROM audit_log WHERE action = 'assign'")[0][0] == 2


def test_declared_conflicts_are_honoured(demo):
    db, campaign = demo
    reviewer_id, dept = _rows(db, "SELECT id, department_id FROM reviewer WHERE role = 'reviewer' LIMIT 1")[0]
    scored = "SELECT subject_id FROM score_sheet WHERE reviewer_id = ?"
    other_dept = _rows(
        db,
        "SELECT id FROM department WHERE id != ? AND id NOT IN (SELECT c.department_id"  # noqa: S608
        f" FROM case_file c WHERE c.id IN ({scored})) ORDER BY name LIMIT 1",
        dept,
        reviewer_id,
    )[0][0]
    subject = _rows(
        db,
        f"SELECT id FROM case_file WHERE department_id NOT IN (?, ?) AND id NOT IN ({scored})"  # noqa: S608
        " ORDER BY case_number LIMIT 1",
        dept,
        other_dept,
        reviewer_id,
    )[0][0]
    declared = declare_conflict(
        db, reviewer_id, department_id=other_dept, reason="曾在该单位任职", author="测试"
    )
    assert declared.changes == Changes.of(reviewers=[reviewer_id])
    assert _rows(db, "SELECT reviewer_id FROM conflict WHERE id = ?", declared.value) == [(reviewer_id,)]
    declare_conflict(db, reviewer_id, subject_id=subject, reason="承办过该案", author="测试")
    assign_campaign(db, campaign, per_file=2, author="测试")
    mine = _rows(
        db,
        "SELECT c.id, c.department_id FROM assignment a JOIN case_file c ON c.id = a.subject_id"
        " WHERE a.reviewer_id = ? AND a.campaign_id = ?",
        reviewer_id,
        campaign.id,
    )
    assert mine
    assert all(d not in (dept, other_dept) and s != subject for s, d in mine)
    with pytest.raises(UserError, match="二选一"):
        declare_conflict(db, reviewer_id, reason="x", author="测试")


def test_impossible_assignment_writes_nothing(demo):
    db, campaign = demo
    target = _rows(db, "SELECT id, name FROM department WHERE id IN (SELECT department_id FROM case_file)")[0]
    for (rid,) in _rows(
        db, "SELECT id FROM reviewer WHERE role = 'reviewer' AND department_id != ?", target[0]
    ):
        declare_conflict(db, rid, department_id=target[0], reason="回避", author="测试")
    audits = _rows(db, "SELECT count(*) FROM audit_log")[0][0]
    with pytest.raises(AssignmentImpossible) as exc:
        assign_campaign(db, campaign, per_file=2, author="测试")
    assert target[1] in exc.value.message
    assert _rows(db, "SELECT count(*) FROM assignment")[0][0] == 0
    assert _rows(db, "SELECT count(*) FROM audit_log")[0][0] == audits


def _unscored_assignment(db, campaign):
    return _rows(
        db,
        "SELECT a.subject_id, a.reviewer_id, c.department_id FROM assignment a"
        " JOIN case_file c ON c.id = a.subject_id WHERE a.campaign_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM score_sheet s WHERE s.subject_id = a.subject_id AND s.reviewer_id = a.reviewer_id)"
        " ORDER BY a.subject_id LIMIT 1",
        campaign.id,
    )[0]


def test_reassign_refuses_own_department_and_accepts_another(demo):
    db, campaign = demo
    assign_campaign(db, campaign, per_file=2, author="测试")
    subject, old, dept = _unscored_assignment(db, campaign)
    own = _rows(db, "SELECT id FROM reviewer WHERE department_id = ? AND role = 'reviewer'", dept)[0][0]
    with pytest.raises(UserError, match="不能评查本部门的案卷"):
        reassign(db, campaign, subject, old, own, author="测试", reason="调整")
    current = {r for s, r in _rows(db, "SELECT subject_id, reviewer_id FROM assignment") if s == subject}
    outsider = _rows(
        db,
        "SELECT id FROM reviewer WHERE department_id != ? AND role = 'reviewer' ORDER BY id",
        dept,
    )
    new = next(r for (r,) in outsider if r not in current)
    changes = reassign(db, campaign, subject, old, new, author="测试", reason="工作冲突")
    # what changed: the file's row and the two reviewers, not the whole campaign
    assert changes == Changes.of(subjects=[subject], reviewers=[old, new])
    after = {r for s, r in _rows(db, "SELECT subject_id, reviewer_id FROM assignment") if s == subject}
    assert after == (current - {old}) | {new}
    assert _rows(db, "SELECT reason FROM audit_log WHERE action = 'reassign'") == [("工作冲突",)]


def test_bulk_import_all_or_nothing(demo, tmp_path):
    db, campaign = demo
    subjects = _rows(
        db,
        "SELECT c.id, c.case_number, c.department_id FROM case_file c WHERE NOT EXISTS"
        " (SELECT 1 FROM score_sheet s WHERE s.subject_id = c.id) ORDER BY c.case_number LIMIT 2",
    )
    people = _rows(db, "SELECT id, name, department_id FROM reviewer WHERE role = 'reviewer'")
    names = [p[1] for p in people]
    unique = [p for p in people if names.count(p[1]) == 1]
    (s1, n1, d1), (_s2, _n2, _) = subjects
    other = next(p for p in unique if p[2] != d1)
    own = next(p for p in unique if p[2] == d1)
    good = tmp_path / "good.csv"
    with good.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["案号", "评查人"], [n1, other[1]]])
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(
            [
                ["案号", "评查人"],
                [n1, other[1]],
                ["不存在〔2026〕9号", other[1]],
                [n1, own[1]],
                [n1, other[1]],
            ]
        )
    with pytest.raises(UserErrors) as exc:
        import_assignments(db, campaign, bad, author="测试")
    msg = exc.value.message
    assert "第 3 行「案号」列" in msg
    assert "不在本评查活动中" in msg
    assert "第 4 行「评查人」列" in msg
    assert "不能评查本部门的案卷" in msg
    assert "第 5 行「评查人」列" in msg
    assert "与第 2 行重复" in msg
    assert _rows(db, "SELECT count(*) FROM assignment")[0][0] == 0
    preview = import_assignments(db, campaign, good, author="测试", dry_run=True)
    assert (preview.value.files, preview.value.pairs) == (1, 1)
    assert not preview.changes  # a preview changes nothing
    assert _rows(db, "SELECT count(*) FROM assignment")[0][0] == 0
    done = import_assignments(db, campaign, good, author="测试")
    assert done.changes == Changes.of(campaigns=[campaign.id], reviewers=[other[0]])
    assert _rows(db, "SELECT subject_id, reviewer_id FROM assignment") == [(s1, other[0])]


# --- command line ---------------------------------------------------------------------------------


def test_cli_assign_and_assignments_json(tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "demo", "--files", "300", "--seed", "2"]) == 0
    campaign_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", str(path), "assign", "--campaign", campaign_id[:8]]) == 0
    out = capsys.readouterr().out
    assert "300 件案卷" in out
    assert "36 名评查人员" in out
    assert "每件 2 名" in out
    assert main(["--db", str(path), "assignments", "--campaign", campaign_id, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 600
    assert all(set(r) == {"case_number", "department", "reviewer", "reviewer_department"} for r in rows)
    assert all(r["department"] != r["reviewer_department"] for r in rows)
    assert rows == sorted(rows, key=lambda r: (r["case_number"], r["reviewer"], r["reviewer_department"]))
    conn = sqlite3.connect(path)
    try:
        expected = conn.execute(
            "SELECT c.case_number, d.name, r.name, rd.name FROM assignment a"
            " JOIN case_file c ON c.id = a.subject_id JOIN department d ON d.id = c.department_id"
            " JOIN reviewer r ON r.id = a.reviewer_id JOIN department rd ON rd.id = r.department_id"
        ).fetchall()
    finally:
        conn.close()
    assert sorted(tuple(r.values()) for r in rows) == sorted(expected)


def test_cli_assign_bad_per_file_exits_2(tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "demo", "--files", "30", "--seed", "2"]) == 0
    campaign_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", str(path), "assign", "--campaign", campaign_id, "--reviewers-per-file", "5"]) == 2
    assert "1 到 3" in capsys.readouterr().err


def test_service_assignments_rows_sorted(demo):
    db, campaign = demo
    assert assignments(db, campaign) == []
    with pytest.raises(AssignmentImpossible, match="超过每卷 1 名"):  # a file already has two sheets
        assign_campaign(db, campaign, per_file=1, author="测试")
    assign_campaign(db, campaign, per_file=2, author="测试")
    rows = assignments(db, campaign)
    assert len(rows) == 600
    assert [r.case_number for r in rows] == sorted(r.case_number for r in rows)


def test_only_drawn_files_are_assigned(demo):
    """A real draw on a fresh campaign (no sheets yet), then assignment covers exactly the drawn files."""
    db, campaign = demo
    fresh = create_campaign(db, "2026年抽查", standard=campaign.standard_id, author="测试").value
    sample_campaign(db, fresh, DrawPlan(seed="20261125", per_department=2), author="测试")
    drawn = draw_service.drawn_subject_ids(db, fresh)
    result = assign_campaign(db, fresh, per_file=2, author="测试").value
    assert result.drawn
    assert result.files == len(drawn) == 36
    sql = "SELECT DISTINCT subject_id FROM assignment WHERE campaign_id = ?"
    assert {r[0] for r in db.execute(sql, [fresh.id])} == set(drawn)
