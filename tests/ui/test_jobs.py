"""Jobs run off the UI thread, report progress, stop on Cancel; errors reach the user or the crash log."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

import ui.errors
from ui.errors import install_excepthook, messages, show_error
from ui.jobs import Job, ProgressDialog, running_jobs, start_job, stop_jobs, write_pool
from workbench.common.errors import ImportProblem, UserError, UserErrors
from workbench.common.jobs import Cancelled, Progress, steps


@pytest.fixture(autouse=True)
def _no_job_outlives_its_test(qtbot):
    yield
    assert stop_jobs(5000)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=5000)


def wait_then_write(out: Path, *, progress: Progress, cancel: threading.Event) -> None:
    """Reports progress, then waits for Cancel (5 s at most) before each step; writes only at the end."""
    progress(0, 3)
    for _ in steps(3, progress, cancel):
        cancel.wait(5)
    out.write_text("written", encoding="utf-8")


def add(a: int, b: int, *, progress: Progress, cancel: threading.Event) -> tuple[int, bool]:
    progress(1, 1)
    return a + b, threading.current_thread() is threading.main_thread()


def broken(*, progress: Progress, cancel: threading.Event) -> None:
    raise ZeroDivisionError("a bug")


def test_cancel_button_stops_the_job_and_nothing_is_written(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "out.txt"
    job = Job(wait_then_write, out)
    dialog = ProgressDialog("正在导出…", job, parent)
    seen: list[tuple[int, int]] = []
    job.signals.progress.connect(lambda *args: seen.append(args))
    job.signals.progress.connect(lambda *_: dialog.findChild(QPushButton).click())  # not cancel()
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        start_job(job, writes=True)
    assert isinstance(blocker.args[0], Cancelled)
    assert job.cancel.is_set()
    assert seen[0] == (0, 3)
    assert not out.exists()


def test_a_job_returns_its_result_from_another_thread_and_is_then_released(qtbot):
    job = Job(add, 2, 3)
    progress: list[tuple[int, int]] = []
    job.signals.progress.connect(lambda *args: progress.append(args))
    with qtbot.waitSignal(job.signals.finished, timeout=5000) as blocker:
        start_job(job)
        assert job in running_jobs()
    assert blocker.args[0] == (5, False)  # computed off the GUI thread
    assert progress == [(1, 1)]
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=2000)


def test_a_failing_job_reports_its_exception(qtbot):
    job = Job(broken)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        start_job(job)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_writing_jobs_run_one_at_a_time():
    assert write_pool() is write_pool()
    assert write_pool().maxThreadCount() == 1


# --- errors ---------------------------------------------------------------------------------------------


@pytest.fixture
def logs(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setattr(ui.errors, "log_folder", lambda: folder)
    return folder


def test_show_error_for_several_bad_rows_records_the_summary_and_every_row(qtbot, logs):
    parent = QWidget()
    qtbot.addWidget(parent)
    rows = [ImportProblem(where=f"第 {n} 行「立案日期」列：", problem="日期不存在") for n in range(4, 64)]
    exc = UserErrors(rows, source="文件“台账.xlsx”")
    with messages.recording() as shown:
        show_error(parent, exc)
    [box] = shown
    assert box.kind == "warn"
    assert box.text == "文件“台账.xlsx”有 60 处错误，未导入任何数据："
    assert box.details.splitlines() == [
        f"第 {n} 行「立案日期」列：日期不存在" for n in range(4, 64)
    ]  # all 60
    assert not logs.exists()


def test_show_error_says_nothing_for_cancel_and_a_single_user_error_has_no_details(qtbot, logs):
    with messages.recording() as shown:
        show_error(None, Cancelled())
        show_error(None, UserError())
    assert [(b.kind, b.text, b.details) for b in shown] == [("warn", "操作未完成。", "")]


def test_a_bug_goes_to_the_crash_dialog_with_its_traceback_logged(qtbot, logs):
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError as exc:
        bug = exc
    with messages.recording() as shown:
        show_error(None, bug)
    [box] = shown
    assert box.kind == "crash"
    assert "ZeroDivisionError" in box.details
    assert "test_a_bug_goes_to_the_crash_dialog" in box.details
    [log] = logs.glob("crash-*.log")
    assert str(log) in box.text
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")


def test_recording_answers_questions_in_turn_then_no():
    with messages.recording([True]) as shown:
        assert messages.ask(None, "t", "删除？")
        assert not messages.ask(None, "t", "再删？")
    assert [b.kind for b in shown] == ["ask", "ask"]
    assert not messages.is_recording


def test_excepthook_shows_bugs_and_can_be_switched_off(qtbot, logs, monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook()
    bug = RuntimeError("boom")
    with messages.recording() as shown:
        sys.excepthook(RuntimeError, bug, None)
    assert [b.kind for b in shown] == ["crash"]

    install_excepthook(dialog=False)
    with messages.recording() as shown:
        sys.excepthook(RuntimeError, bug, None)
    assert shown == []
    assert "RuntimeError: boom" in capsys.readouterr().err
    [log] = logs.glob("crash-*.log")  # both went to today's log
    assert log.read_text(encoding="utf-8").count("RuntimeError: boom") == 2


def test_the_progress_dialog_appears_after_half_a_second_and_goes_with_the_job(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    job = Job(wait_then_write, tmp_path / "out.txt")
    dialog = ProgressDialog("正在导入…", job, parent)
    start_job(job, writes=True)
    qtbot.wait(200)
    assert not dialog.isVisible()  # quick jobs never flash a dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.maximum() == 3
    with qtbot.waitSignal(job.signals.failed, timeout=5000):
        dialog.findChild(QPushButton).click()
    assert not dialog.isVisible()
