"""The case list opens on a campaign's files in stored natural 案号 order, kept true when numbers change."""

from __future__ import annotations

from db.connection import open_database
from workbench.campaigns.subject_order import ordered_subjects, rank_subjects
from workbench.common.lazy_rows import LazyRows
from workbench.reporting.case_list import case_list
from workbench.reporting.quick_list import quick_case_list

from .small_campaign import small_campaign


def numbers(db, ids):
    by_id = dict(db.execute("SELECT id, case_number FROM case_file").fetchall())
    return [by_id[i] for i in ids]


def test_a_new_campaign_is_ranked_in_natural_order_as_it_is_created(tmp_path):
    db = open_database(tmp_path / "w.sqlite")
    campaign = small_campaign(db, tmp_path, per_file=2)
    ids, stored = ordered_subjects(db, campaign.id)
    assert stored  # created with its ranks: opening reads them from the index
    assert ids == [r.subject_id for r in case_list(db, campaign).rows]
    # natural order: 〔2026〕2号 before 〔2026〕10号 would need ten files; within a prefix 1, 2, 3, 4
    assert numbers(db, ids)[:4] == [f"交罚〔2026〕{n}号" for n in range(1, 5)]


def test_a_renumbered_file_is_ranked_again_and_the_order_stays_natural(tmp_path):
    db = open_database(tmp_path / "w.sqlite")
    campaign = small_campaign(db, tmp_path, per_file=2)
    first = ordered_subjects(db, campaign.id)[0][0]
    with db.atomic():  # the register now spells the first file's number so that it sorts last
        db.execute("UPDATE case_file SET case_number = '环罚〔2026〕99号' WHERE id = ?", [first])

    ids, stored = ordered_subjects(db, campaign.id)
    assert not stored  # the stored rank was dropped with the old number (a trigger), not trusted
    assert ids[-1] == first
    assert ids == [r.subject_id for r in case_list(db, campaign).rows]

    with db.atomic():
        rank_subjects(db, campaign.id)
    assert ordered_subjects(db, campaign.id) == (ids, True)


def test_an_unchanged_number_keeps_the_stored_ranks(tmp_path):
    db = open_database(tmp_path / "w.sqlite")
    campaign = small_campaign(db, tmp_path, per_file=2)
    with db.atomic():  # a re-import writes the same number again
        db.execute("UPDATE case_file SET case_number = case_number, title = 'x'")
    assert ordered_subjects(db, campaign.id)[1]


def test_the_quick_listing_reads_only_the_rows_looked_at(tmp_path):
    db = open_database(tmp_path / "w.sqlite")
    campaign = small_campaign(db, tmp_path, per_file=2)
    rows = quick_case_list(db, campaign).rows
    assert isinstance(rows, LazyRows)
    assert len(rows) == 12
    assert rows.read_count == 0
    assert rows[5].subject_id == rows.ids[5]
    assert rows.read_count == len(rows.ids)  # one window (a screenful and more) read together
    assert rows.position_of(rows.ids[7]) == 7
    mine = rows.subset(lambda subject: subject in set(rows.ids[::3]))
    assert [r.subject_id for r in mine] == rows.ids[::3]
