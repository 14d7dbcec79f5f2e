"""The task runner: jobs on workers, results on the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.ui.workers import TaskControl, TaskRunner


@pytest.fixture
def errors() -> list[BaseException]:
    return []


@pytest.fixture
def runner(qtbot: QtBot, errors: list[BaseException]) -> Iterator[TaskRunner]:
    tasks = TaskRunner(errors.append)
    yield tasks
    tasks.shutdown()


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: dict[str, str] = {}

    def job(_control: TaskControl) -> int:
        threads["job"] = threading.current_thread().name
        return 42

    def done(result: int) -> None:
        threads["callback"] = threading.current_thread().name
        threads["result"] = str(result)

    task = runner.run(job, on_done=done)
    assert runner.running() == [task]  # the runner holds the running task
    qtbot.waitUntil(lambda: "result" in threads)
    assert threads["result"] == "42"
    assert threads["callback"] == threading.main_thread().name
    assert threads["job"] != threading.main_thread().name
    assert runner.running() == []


def test_progress_is_reported_and_cancel_is_seen(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    reports: list[tuple[str, int, int]] = []
    outcome: list[Any] = []

    def job(control: TaskControl) -> str:
        control.progress("phase", 0, 10)
        started.set()
        while not control.cancelled():
            control.progress("phase", 5, 10)  # merged: at most one report per interval
            threading.Event().wait(0.001)
        control.progress("phase", 10, 10)  # the last one always goes through
        return "stopped"

    task = runner.run(job, on_done=outcome.append, on_progress=lambda *r: reports.append(r))
    qtbot.waitUntil(lambda: len(reports) >= 2)
    task.cancel()
    qtbot.waitUntil(lambda: outcome == ["stopped"])
    assert task.cancel_requested
    assert reports[0] == ("phase", 0, 10)
    assert reports[-1] == ("phase", 10, 10)
    assert len(reports) < 200


def test_a_failing_job_goes_to_on_error_or_the_error_handler(
    qtbot: QtBot, runner: TaskRunner, errors: list[BaseException]
) -> None:
    def job(_control: TaskControl) -> None:
        raise KeyError("boom")

    mine: list[BaseException] = []
    runner.run(job, on_error=mine.append)
    runner.run(job)
    qtbot.waitUntil(lambda: len(mine) == 1 and len(errors) == 1)
    assert isinstance(errors[0], KeyError)
    assert errors[0].__traceback__ is not None  # the log can show where it happened


def test_results_after_shutdown_are_dropped(qtbot: QtBot, errors: list[BaseException]) -> None:
    runner = TaskRunner(errors.append)
    release = threading.Event()
    results: list[Any] = []

    def job(control: TaskControl) -> str:
        release.wait(5)
        return "late" if not control.cancelled() else "cancelled"

    runner.run(job, on_done=results.append)
    release.set()
    assert runner.shutdown()
    qtbot.wait(50)  # give a late delivery the chance to arrive (it must not)
    assert results == []
    with pytest.raises(RuntimeError):
        runner.run(job)


def test_many_jobs_do_not_drain_the_bool_singletons(qtbot: QtBot, runner: TaskRunner) -> None:
    """Hundreds of jobs leave the True/False reference counts where they were."""

    def references() -> tuple[int, int]:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()  # objects of earlier tests let go of their references first
        return sys.getrefcount(True), sys.getrefcount(False)

    jobs = 600
    done: list[int] = []
    before = references()
    for i in range(jobs):
        runner.run(lambda c, i=i: i, on_done=done.append, on_progress=lambda *_: None)
    qtbot.waitUntil(lambda: len(done) == jobs)
    after = references()
    # A drain would lose about one reference per job; allow for unrelated noise only.
    assert after[0] > before[0] - jobs // 10 and after[1] > before[1] - jobs // 10, (before, after)


def test_the_installed_pyside_keeps_its_bool_references_on_emit() -> None:
    """PySide6 6.12.0 on Python 3.11 releases True/False once per ``emit()`` it never took, and
    the interpreter aborts when the count reaches zero; requirements.lock pins a release without
    the bug. This fails (the child process aborts or leaks) if the pin ever moves to a bad one."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class Source(QObject):\n"
        "    changed = Signal(int)\n"
        "source, seen = Source(), []\n"
        "source.changed.connect(seen.append)\n"
        "before = sys.getrefcount(True), sys.getrefcount(False)\n"
        "for i in range(20000):\n"
        "    source.changed.emit(i)\n"
        "after = sys.getrefcount(True), sys.getrefcount(False)\n"
        "print(len(seen), after[0] - before[0], after[1] - before[1])\n"
    )
    import subprocess

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["20000", "0", "0"]
