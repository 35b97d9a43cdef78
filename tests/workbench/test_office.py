"""The issuing office's profile: set on the CLI, checked, and required before anything is numbered."""

from __future__ import annotations

from db.connection import open_database
from tests.workbench.exports.documents_case import ISSUED_ON, build, pdf_text
from workbench.campaigns.office import OFFICE_SETTING, get_office, set_office
from workbench.cli.main import main
from workbench.common.changes import Changes
from workbench.exports.service import export_outputs


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_office_set_and_show(tmp_path, capsys):
    db = tmp_path / "wb.sqlite"
    code, out, _ = run(capsys, "--db", db, "office", "show")
    assert (code, out.strip()) == (0, "尚未填写发文机关信息。")
    args = ("--name", "鄂州市司法局", "--contact", "王明，0711-3856012", "--address", "鄂州市滨湖南路1号")
    code, out, err = run(capsys, "--db", db, "office", "set", *args)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "office", "show")
    assert out.splitlines() == [
        "发文机关：鄂州市司法局",
        "联系人：王明，0711-3856012",
        "地址：鄂州市滨湖南路1号",
    ]


def test_set_office_reports_the_setting_it_changed(db):
    done = set_office(
        db, name="鄂州市司法局", contact="王明，0711-3856012", address="鄂州市滨湖南路1号", author="科员"
    )
    assert done.changes == Changes.of(settings=[OFFICE_SETTING])
    assert get_office(db) == done.value


def test_placeholders_and_blanks_are_refused_and_nothing_stored(tmp_path, capsys):
    db = tmp_path / "wb.sqlite"
    code, _, err = run(
        capsys,
        "--db",
        db,
        "office",
        "set",
        "--name",
        "××市司法局",
        "--contact",
        "王明",
        "--address",
        "某路1号",
    )
    assert code == 2
    assert "机关名称" in err
    assert "占位文字" in err
    code, _, err = run(
        capsys, "--db", db, "office", "set", "--name", "鄂州市司法局", "--contact", " ", "--address", "x"
    )
    assert code == 2
    assert "联系人" in err
    database = open_database(db)
    try:
        assert get_office(database) is None
    finally:
        database.close()


def test_no_numbered_document_before_the_profile_and_its_contact_is_the_note(db, tmp_path, capsys):
    built = build(db, tmp_path)
    db.execute("DELETE FROM office_profile")
    code, out, err = run(
        capsys, "--db", tmp_path / "wb.sqlite", "export", "pdf", "--campaign", built.campaign.id,
        "--out", tmp_path / "out", "--kind", "notices",
    )  # fmt: skip
    assert code == 2
    assert "尚未填写发文机关信息" in err
    assert out == ""
    assert db["notice"].count == 0
    code, _, err = run(
        capsys, "--db", tmp_path / "wb.sqlite", "office", "set", "--name", "鄂州市司法局",
        "--contact", "王明，0711-3856012", "--address", "鄂州市滨湖南路1号",
    )  # fmt: skip
    assert code == 0, err
    written = export_outputs(
        db, built.campaign, tmp_path / "out", ["notices"], author="t", issued_on=ISSUED_ON
    ).value
    text = pdf_text(written[0])
    assert "××" not in text
    assert "（联系人：王明，0711-3856012；地址：鄂州市滨湖南路1号）" in text
    assert text.index("2026年11月25日") < text.index("（联系人：")  # 附注 under the date
