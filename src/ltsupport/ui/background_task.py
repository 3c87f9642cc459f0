"""Run one slow service call (scrypt, an X25519 decryption) off the GUI thread.

A :class:`BackgroundTask` moves a small worker to its own ``QThread`` and reports back in the GUI
thread with ``succeeded(result)`` or ``failed(exception)``. A service call cannot be stopped
part-way, so :meth:`BackgroundTask.abandon` only stops waiting: the call runs to its end and its
outcome is dropped. Running tasks are kept alive here, so closing the dialog that started one
never destroys a thread that is still running; :meth:`BackgroundTask.wait` lets a dialog that
closes because the vault locks finish the call before the vault is locked under it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, call: Callable[[], object]) -> None:
        super().__init__()
        self._call = call

    @Slot()
    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # reported to the GUI thread, which explains it
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            # Quit from inside the thread: a GUI thread blocked in wait() cannot deliver a quit.
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()


_RUNNING: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    """``call`` run once on a thread of its own; its outcome is emitted in the GUI thread unless
    the task was abandoned."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, call: Callable[[], object]) -> None:
        super().__init__()
        self.abandoned = False
        self._thread = QThread()
        self._worker = _Worker(call)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._report_result)
        self._worker.failed.connect(self._report_failure)
        self._thread.finished.connect(self._forget)

    def start(self) -> None:
        _RUNNING.add(self)
        self._thread.start()

    def is_running(self) -> bool:
        return self in _RUNNING

    def abandon(self) -> None:
        """Stop waiting: the call still runs to its end, and what it returns is dropped."""
        self.abandoned = True

    def wait(self) -> None:
        """Block until the call has ended (its outcome is still reported unless abandoned)."""
        if self._thread.isRunning():
            self._thread.wait()

    @Slot(object)
    def _report_result(self, result: object) -> None:
        if not self.abandoned:
            self.succeeded.emit(result)

    @Slot(object)
    def _report_failure(self, exc: object) -> None:
        if not self.abandoned:
            self.failed.emit(exc)

    @Slot()
    def _forget(self) -> None:
        _RUNNING.discard(self)
