"""`workbench export docx`: the Word documents' paths on stdout; a notice made again keeps its number."""

from __future__ import annotations

from pathlib import Path

from db.connection import open_database
from tests.workbench.exports.docx import docx_checks as dc
from workbench.campaigns.service import get_campaign, update_settings
from workbench.cli.main import main
from workbench.rectification.notices import campaign_notices


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_docx_twice_gives_the_same_numbers(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    code, out, _ = run(capsys, "--db", db, "demo", "--files", 40, "--seed", 3)
    campaign = out.strip().splitlines()[-1]
    code, _, err = run(capsys, "--db", db, "export", "docx", "--campaign", campaign, "--out", tmp_path / "a")
    assert code == 2
    assert "未定分" in err  # numbered documents wait for every file, unless the organiser confirms
    database = open_database(db)
    try:
        update_settings(database, get_campaign(database, campaign), author="测试", doc_prefix="")
    finally:
        database.close()
    confirmed = ("--out", tmp_path / "a", "--allow-unfinished")
    code, _, err = run(capsys, "--db", db, "export", "docx", "--campaign", campaign, *confirmed)
    assert code == 2
    assert "发文机关代字" in err  # notices need the prefix: refused before anything is written
    assert not (tmp_path / "a").exists() or not list((tmp_path / "a").iterdir())
    database = open_database(db)
    try:
        update_settings(database, get_campaign(database, campaign), author="测试", doc_prefix="演司函")
    finally:
        database.close()
    code, out, err = run(capsys, "--db", db, "export", "docx", "--campaign", campaign, *confirmed)
    assert code == 0, err
    kinds = {Path(p).stem.split("-")[0] for p in out.splitlines()}
    assert kinds == {"评查通报", "整改通知书", "评查反馈意见"}
    assert all(p.endswith(".docx") for p in out.splitlines())
    args = ("--db", db, "export", "docx", "--campaign", campaign, "--out", tmp_path / "b", "--kind", "notice")
    args = (*args, "--allow-unfinished")
    code, out, err = run(capsys, *args)
    assert code == 0, err
    database = open_database(db)
    try:
        notices = campaign_notices(database, get_campaign(database, campaign))
    finally:
        database.close()
    assert len(out.splitlines()) == len(notices)
    for notice in notices:
        first = dc.body_text(tmp_path / "a" / f"整改通知书-{notice.department}.docx")
        again = dc.body_text(tmp_path / "b" / f"整改通知书-{notice.department}.docx")
        assert notice.number in first
        assert notice.number in again
