"""Long jobs on a thread pool, results back on the GUI thread.

``TaskRunner.run(job, on_done=...)`` runs ``job(control)`` on a worker thread. The job must not
touch widgets; it may report progress and look whether it was cancelled through ``control``.
Its progress, result or exception is posted as an event to its ``Task``, a QObject that lives
on the GUI thread, so every callback runs on the GUI thread. The runner keeps a reference to
each running task until its result was delivered.

A job that fails calls ``on_error`` when one was given; otherwise the runner's error handler
(the crash handler in the program) decides: a ``UserError`` becomes a plain message, anything
else a crash report. Nothing is swallowed.

Events rather than queued signals: ``QCoreApplication.postEvent`` is thread-safe, needs no
connection bookkeeping per task, and a late result for a task that was shut down is simply
dropped. (PySide6 6.12.0 also over-releases ``True`` on ``emit()`` under Python 3.11 and aborts
the interpreter; requirements.lock pins 6.11.3 and ``tests/ui/test_workers.py`` guards it.)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between two progress reports of a job (the GUI needs no more)
_DELIVERY = QEvent.Type(QEvent.registerEventType())


class _Delivery(QEvent):
    """Progress, result or exception of a job, on its way to the GUI thread."""

    def __init__(self, kind: str, payload: Any) -> None:
        super().__init__(_DELIVERY)
        self.kind = kind
        self.payload = payload


class TaskControl:
    """What a job may use on its worker thread: report progress, see whether it was cancelled."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._last_phase: str | None = None

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, phase: str, done: int, total: int) -> None:
        """Report progress; calls closer than ``PROGRESS_INTERVAL`` apart are merged."""
        now = time.monotonic()
        recent = now - self._last_report < PROGRESS_INTERVAL
        if recent and phase == self._last_phase and done < total:
            return
        self._last_report, self._last_phase = now, phase
        self._task._post("progress", (phase, done, total))


class Task(QObject):
    """One job. Create through ``TaskRunner.run``; lives on the GUI thread."""

    def __init__(
        self,
        name: str,
        runner: TaskRunner,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[str, int, int], None] | None,
    ) -> None:
        super().__init__(runner)
        self.name = name
        self.control = TaskControl(self)
        self.done = False
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next look at ``control.cancelled()``."""
        self.control._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self.control.cancelled()

    def _post(self, kind: str, payload: Any) -> None:
        """Any thread: hand ``payload`` to the GUI thread."""
        QCoreApplication.postEvent(self, _Delivery(kind, payload))

    def event(self, event: QEvent) -> bool:
        if event.type() != _DELIVERY:
            return super().event(event)
        assert isinstance(event, _Delivery)
        if event.kind == "progress":
            if not self.done and self._on_progress is not None:
                self._on_progress(*event.payload)
            return True
        self.done = True
        delivered = self._runner._forget(self)
        if not delivered:
            if event.kind == "failed":
                log.warning("%s failed after shut-down", self.name, exc_info=event.payload)
        elif event.kind == "finished":
            if self._on_done is not None:
                self._on_done(event.payload)
        else:
            self._on_error(event.payload)
        self.deleteLater()
        return True


class _Job(QRunnable):
    def __init__(self, task: Task, job: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self._task: Task | None = task
        self._job: Callable[[TaskControl], Any] | None = job

    def run(self) -> None:
        task, job = self._task, self._job
        assert task is not None and job is not None
        self._task = self._job = None  # a finished runnable holds nothing
        try:
            result = job(task.control)
        except BaseException as exc:  # delivered to the GUI thread, which decides
            task._post("failed", exc)
        else:
            task._post("finished", result)


class TaskRunner(QObject):
    """Runs jobs on its own thread pool. Create and use it on the GUI thread."""

    def __init__(
        self,
        error_handler: Callable[[BaseException], None],
        parent: QObject | None = None,
        max_threads: int = 4,
    ) -> None:
        super().__init__(parent)
        self._error_handler = error_handler
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()
        self._closed = False

    def run(
        self,
        job: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        name: str = "",
    ) -> Task:
        """Start ``job(control)`` on a worker; the callbacks run on the GUI thread."""
        if self._closed:
            raise RuntimeError("the task runner was shut down")
        task = Task(
            name or getattr(job, "__name__", "job"),
            self,
            on_done,
            on_error if on_error is not None else self._error_handler,
            on_progress,
        )
        self._running.add(task)
        log.debug("starting %s", task.name)
        self._pool.start(_Job(task, job))
        return task

    def report_error(self, exc: BaseException) -> None:
        """Hand ``exc`` to the runner's error handler (for ``on_error`` callbacks that tidy up)."""
        self._error_handler(exc)

    def running(self) -> list[Task]:
        return list(self._running)

    def _forget(self, task: Task) -> bool:
        """Drop the reference to a finished task; False once the runner was shut down."""
        self._running.discard(task)
        return not self._closed

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every job and wait for them; results arriving later are dropped."""
        self._closed = True
        for task in self._running:
            task.cancel()
        finished = self._pool.waitForDone(timeout_ms)
        if not finished:
            log.warning("jobs still running at shutdown: %s", [t.name for t in self._running])
        self._running.clear()
        return finished
