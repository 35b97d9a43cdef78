"""Where databases, settings and logs go, checked as Windows and Linux would compute them."""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from workbench.common.places import BadDatabaseName, Places, database_file_name, new_database_path


def test_a_new_database_goes_into_the_chosen_windows_folder():
    documents = PureWindowsPath(r"C:\Users\张三\Documents\案卷评查工作台")
    path = new_database_path(documents, "2026年度 执法案卷评查")
    assert path == PureWindowsPath(r"C:\Users\张三\Documents\案卷评查工作台\2026年度 执法案卷评查.sqlite")
    assert str(path).startswith("C:\\Users\\")  # backslashes, drive kept: a path Windows opens
    assert path.parent == documents


def test_the_same_name_gives_the_same_file_on_linux():
    path = new_database_path(PurePosixPath("/home/zhang/文档/案卷评查工作台"), "2026年度 执法案卷评查.sqlite")
    assert path.name == "2026年度 执法案卷评查.sqlite"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "名称为空"),
        ("   ", "名称为空"),
        ("评查/2026", "不能包含字符 /"),
        ('a:b*c?"', "不能包含字符"),
        ("CON", "Windows 保留的设备名"),
        ("lpt1.备份", "Windows 保留的设备名"),
        ("年度评查.", "不能以句点结尾"),
        ("案" * 121, "超过 120 个字符"),
    ],
)
def test_names_windows_cannot_store_are_refused_with_the_reason(name, reason):
    with pytest.raises(BadDatabaseName) as caught:
        database_file_name(name)
    assert reason in caught.value.message
    # refused names never silently become another file name
    assert name.strip() in caught.value.message or not name.strip() or len(name) > 120


def test_workbench_home_keeps_everything_in_one_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path))
    places = Places.for_user()
    assert places.settings_file == tmp_path / "config" / "workbench.ini"
    assert places.demo_database == tmp_path / "documents" / "演示数据.sqlite"
    assert places.crash_log(date(2026, 3, 5)) == tmp_path / "logs" / "crash-2026-03-05.log"


def test_without_workbench_home_the_platform_folders_are_used(monkeypatch):
    monkeypatch.delenv("WORKBENCH_HOME", raising=False)
    places = Places.for_user()
    cwd = Path.cwd()
    for folder in (places.documents, places.config, places.logs):
        assert folder.is_absolute()
        assert cwd not in folder.parents  # never the folder the app happened to start in
    assert places.documents.name == "案卷评查工作台"


def test_a_cli_bug_is_logged_in_the_log_folder_not_beside_the_database(monkeypatch, tmp_path, capsys):
    from workbench.cli import commands
    from workbench.cli.main import main

    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    monkeypatch.setenv("WORKBENCH_HOME", str(home))

    def broken(db, args):
        raise RuntimeError("boom")

    monkeypatch.setattr(commands, "standard_list", broken)
    assert main(["--db", str(work / "w.sqlite"), "standard", "list"]) == 1
    logs = list((home / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert "RuntimeError: boom" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in capsys.readouterr().err
    assert sorted(p.name for p in work.iterdir() if not p.name.startswith("w.sqlite")) == []


def test_the_folders_windows_gives(monkeypatch):
    """platformdirs' Windows rules, run here with the folders a Windows machine reports."""
    import platformdirs.windows as win

    known = {
        "CSIDL_LOCAL_APPDATA": r"C:\Users\张三\AppData\Local",
        "CSIDL_APPDATA": r"C:\Users\张三\AppData\Roaming",
        "CSIDL_PERSONAL": r"D:\我的文档",  # offices often move Documents off the system drive
    }
    monkeypatch.setattr(win, "get_win_folder", lambda csidl: known[csidl])
    places = Places.from_dirs(win.Windows("CaseReviewWorkbench", appauthor=False), path=PureWindowsPath)
    local = PureWindowsPath(r"C:\Users\张三\AppData\Local\CaseReviewWorkbench")
    assert places.settings_file == local / "workbench.ini"
    assert places.crash_log(date(2026, 3, 5)) == local / "Logs" / "crash-2026-03-05.log"
    assert places.demo_database == PureWindowsPath(r"D:\我的文档\案卷评查工作台\演示数据.sqlite")
    assert str(places.demo_database) == "D:\\我的文档\\案卷评查工作台\\演示数据.sqlite"
