"""What the plan and repatriation wizards share: nothing typed is lost, and the wizard resumes
where the worker stopped.

A page is saved when the worker leaves it (Next, Back, Finish, Go to), two seconds after the
last edit (:meth:`DraftWizard.autosave_now`), and when the wizard is closed in any way: Esc,
"Save and close", the window's close box or the vault locking (the main window hides and rejects
open dialogs). Closing never asks to discard anything. The page reached is recorded, so
reopening the wizard resumes there.

Each wizard adds its pages with :meth:`DraftWizard._add`, then calls :meth:`DraftWizard._start`,
and says which pages hold something to save (:meth:`DraftWizard._draft`) and how the page
reached is recorded (:meth:`DraftWizard._record_resume`). It may also stop a page being left
(:meth:`DraftWizard._may_leave`) and do something on Finish (:meth:`DraftWizard._finish`).

The words shared here are translated in the fixed context ``DraftWizard``: ``self.tr`` would
look them up under each wizard's own class name, where ``lupdate`` never files them.
"""

from __future__ import annotations

import logging
import uuid
from abc import abstractmethod
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget, QWizard, QWizardPage

from ltsupport.services.errors import NotFoundError, Problem, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.wizards.step_list import StepList

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000
TITLE_SCALE = 1.45


class DraftPage(Protocol):
    """A page holding what the worker types, saved through a service."""

    @property
    def edited(self) -> SignalInstance: ...

    @property
    def dirty(self) -> bool: ...

    def save(self, *, keep_going: bool = False) -> None: ...

    def show_problems(self, problems: Sequence[Problem], *, focus: bool = True) -> None: ...


class DraftWizard(QWizard):
    """A wizard over one draft plan of ``client_id``; ``alone`` when it shows one page of the
    plan on its own (then the page reached is not recorded)."""

    saved = Signal()
    """A page was saved."""

    what = "plan"
    """What is saved, for the log."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        alone: bool = False,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.client_id = client_id
        self._alone = alone
        self._closing = False
        self._silent = False
        self._gone = False
        self._keys: dict[int, str] = {}
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(
            QWizard.WizardButton.BackButton, QCoreApplication.translate("DraftWizard", "< &Back")
        )
        self.setButtonText(
            QWizard.WizardButton.NextButton, QCoreApplication.translate("DraftWizard", "&Next >")
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            QCoreApplication.translate("DraftWizard", "&Done")
            if alone
            else QCoreApplication.translate("DraftWizard", "&Finish"),
        )
        self.setButtonText(
            QWizard.WizardButton.CancelButton,
            QCoreApplication.translate("DraftWizard", "Save and close"),
        )
        # On its own, a page has one way out: Done saves and closes (so does Esc).
        self.setOption(QWizard.WizardOption.NoCancelButton, alone)
        self.button(QWizard.WizardButton.CancelButton).setAccessibleDescription(
            QCoreApplication.translate(
                "DraftWizard", "Everything is saved; the plan opens again where you stopped."
            )
        )

    # -- what each wizard says --------------------------------------------------------------

    @abstractmethod
    def _draft(self, page: QWizardPage | None) -> DraftPage | None:
        """``page`` when it holds something to save, else ``None``."""
        ...

    @abstractmethod
    def _record_resume(self, key: str) -> None:
        """Record ``key`` as the page to reopen on."""
        ...

    @abstractmethod
    def _gone_text(self) -> str:
        """What is said when the client or plan no longer exists."""
        ...

    def _may_leave(self, page: QWizardPage | None) -> bool:
        """Whether ``page`` (saved) may be left going forward."""
        return True

    def _finish(self, page: QWizardPage | None) -> bool:
        """Finish on ``page`` (the last); ``False`` keeps the wizard open."""
        return True

    # -- pages ------------------------------------------------------------------------------

    def _add(self, page: QWizardPage, key: str) -> None:
        self._keys[self.addPage(page)] = key
        draft = self._draft(page)
        if draft is not None:
            draft.edited.connect(self._edited)

    def _start(self, steps: list[tuple[str, str]], resume: str | None, autosave_ms: int) -> None:
        """With every page added: show ``steps`` at the side and open on the first page, or on
        ``resume`` when it is given and one of the pages."""
        self.steps = StepList(steps, alone=self._alone)
        self.setSideWidget(self.steps)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.currentIdChanged.connect(self._entered)

        self.restart()
        if resume is not None and resume in self._keys.values():
            self._walk_to(resume)
        self._enlarge_title()
        screen = self.screen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    def page_keys(self) -> list[str]:
        """Every page's key, in order."""
        return [self._keys[page_id] for page_id in self.pageIds()]

    def page_for(self, key: str) -> QWizardPage:
        for page_id, page_key in self._keys.items():
            if page_key == key:
                return self.page(page_id)
        raise KeyError(key)

    def current_key(self) -> str:
        return self._keys.get(self.currentId(), "")

    def _enlarge_title(self) -> None:
        """Make the page title in the wizard's header a clear heading (Qt shows it at the
        size of body text). The header is Qt's own: its title is the bold label showing the
        current page's title."""
        page = self.currentPage()
        if page is None:
            return
        for label in self.findChildren(QLabel):
            font = label.font()
            if font.bold() and label.text() == page.title() and not page.isAncestorOf(label):
                font.setPointSizeF(self.font().pointSizeF() * TITLE_SCALE)
                label.setFont(font)

    def fit_to(self, available: QRect | None) -> None:
        """A size that shows a page calmly, within ``available`` (the usable screen area)."""
        width, height = 1240, 800
        if available is not None:
            width = min(width, int(available.width() * 0.96))
            height = min(height, int(available.height() * 0.96))
        self.resize(width, height)

    # -- moving -----------------------------------------------------------------------------

    def _entered(self, page_id: int) -> None:
        key = self._keys.get(page_id, "")
        self.steps.set_current(key)
        if self._silent or not key:
            return
        if not self._alone:
            try:
                self._record_resume(key)
            except NotFoundError:
                self._plan_gone()
                return
            except Exception as exc:  # only where to resume is lost; the pages are saved
                log.warning("Recording the page reached failed (%s).", type(exc).__name__)
        first = getattr(self.page(page_id), "first_field", None)
        if isinstance(first, QWidget):
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _walk_to(self, key: str) -> None:
        """Go to the page ``key`` through the pages between, without saving or checking them
        (they hold what was saved), so Back still leads through every page."""
        order = self.page_keys()
        target = order.index(key)
        self._silent = True
        try:
            for _ in range(len(order)):
                here = order.index(self.current_key())
                if here == target:
                    break
                if here < target:
                    self.next()
                else:
                    self.back()
        finally:
            self._silent = False
        self._entered(self.currentId())

    def _go_to(self, key: str) -> None:
        """Save the current page, then show the page ``key`` (the review page's Go to)."""
        if self._save(self.currentPage(), interactive=True):
            self._walk_to(key)

    def validateCurrentPage(self) -> bool:
        if self._silent:
            return True
        page = self.currentPage()
        if not self._save(page, interactive=True):
            return False
        if not self._may_leave(page):
            return False
        if self.nextId() == -1:
            if not self._finish(page):
                return False
            self._closing = True
            self.autosave_timer.stop()
        return super().validateCurrentPage()

    def cleanupPage(self, page_id: int) -> None:
        """Going back: save the page being left (it cannot stop the move, so a problem stays
        shown on that page, and everything else on it is saved)."""
        if not self._silent and not self._closing:
            self._save(self.page(page_id), interactive=False, keep_going=True)
        super().cleanupPage(page_id)

    # -- saving -----------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._closing:
            self.steps.show_pending()
            self.autosave_timer.start()

    def autosave_now(self) -> bool:
        """Save the current page now (the autosave timer calls this); ``False`` on a problem,
        which is then shown on the page."""
        self.autosave_timer.stop()
        if self._closing:
            return True
        return self._save(self.currentPage(), interactive=False)

    def _save(
        self, page: QWizardPage | None, *, interactive: bool, keep_going: bool = False
    ) -> bool:
        draft = self._draft(page)
        if draft is None or not draft.dirty:
            return True
        if self._gone or not self._workspace.is_open:
            return False
        self.autosave_timer.stop()
        try:
            draft.save(keep_going=keep_going)
        except ValidationError as exc:
            draft.show_problems(exc.problems, focus=interactive)
            self.steps.show_problem()
            return False
        except NotFoundError:
            self._plan_gone()
            return False
        except Exception as exc:  # the vault could not be written (a full disk, for example)
            # Never raised out: the main window locks the vault right after closing this.
            log.warning("Saving a %s page failed (%s).", self.what, type(exc).__name__)
            self.steps.show_problem(
                QCoreApplication.translate(
                    "DraftWizard",
                    "Not saved: the vault could not be written. What you typed is still here.",
                )
            )
            if interactive:
                dialogs.error(
                    self,
                    QCoreApplication.translate("DraftWizard", "Not saved"),
                    QCoreApplication.translate(
                        "DraftWizard",
                        "This page could not be saved: the vault could not be written (the "
                        "disk may be full). What you typed is still on the screen. Try again "
                        "in a moment; if it keeps happening, ask whoever looks after this "
                        "computer.",
                    ),
                )
            return False
        self.steps.show_saved(datetime.now())
        self.saved.emit()
        return True

    def _plan_gone(self) -> None:
        if self._gone:
            return
        self._gone = True
        self.autosave_timer.stop()
        dialogs.error(
            self, QCoreApplication.translate("DraftWizard", "Plan not found"), self._gone_text()
        )
        QTimer.singleShot(0, self.reject)

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, saving the current page first; never asks to discard anything. When the
        worker closes it, a problem keeps it open (shown on the page); when it is closed for
        them (the vault locking hides it first), everything that can be saved is."""
        self.autosave_timer.stop()
        if not self._closing and not self._gone:
            forced = not self.isVisible()
            saved = self._save(self.currentPage(), interactive=not forced, keep_going=forced)
            if not saved and not forced and not self._gone:
                return
        self._closing = True
        super().reject()
