"""The repatriation wizard, generated from the return steps: the person's wish first, then one
page per step of ``RETURN_STEPS`` (in order) and a review page.

Only a wish to return leads on to the steps: with "stay" or "undecided" the wizard ends after
the wish page (:meth:`WishPage.nextId`). When the person fears harm on return, the wish page says
that a refugee protection claim should be considered first and a return cannot be recorded
without a decision about it.

Nothing typed is lost, as in the plan wizard: a page is saved when the worker leaves it (Next,
Back, Finish, Go to), two seconds after the last edit (:meth:`RepatriationWizard.autosave_now`),
and when the wizard is closed in any way (Esc, "Save and close", the window's close box, the
vault locking). Closing never asks to discard anything. The page reached is recorded, so
reopening resumes there. With ``only_step`` one step opens on its own.

Page keys: ``wish``, ``step:<key>`` and ``review``.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget, QWizard, QWizardPage

from ltsupport.checklist_return import RETURN_STEP_KEYS, RETURN_STEPS
from ltsupport.models import ReturnWish
from ltsupport.services.errors import NotFoundError, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.labels import ui_language
from ltsupport.ui.wizards.plan_wizard import AUTOSAVE_MS, TITLE_SCALE, StepList
from ltsupport.ui.wizards.repatriation_review_page import ReturnReviewPage
from ltsupport.ui.wizards.repatriation_step_page import TRUSTED_CONTACTS, ReturnStepPage
from ltsupport.ui.wizards.repatriation_wish_page import WishPage

log = logging.getLogger(__name__)

WISH, REVIEW = "wish", "review"


def step_page_key(step_key: str) -> str:
    return f"step:{step_key}"


class RepatriationWizard(QWizard):
    """The return plan for ``client_id``: started or resumed on opening. Raises
    :class:`NotFoundError` when the client no longer exists."""

    saved = Signal()
    """A page was saved."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        only_step: str | None = None,
    ) -> None:
        if only_step is not None and only_step not in RETURN_STEP_KEYS:
            raise ValueError(f"unknown return step {only_step!r}")
        super().__init__(parent)
        self._workspace = workspace
        self.client_id = client_id
        self.only_step = only_step
        self._closing = False
        self._silent = False
        self._gone = False
        self._keys: dict[int, str] = {}
        self.setWindowTitle(self.tr("Returning home"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("&Finish") if only_step is None else self.tr("&Done"),
        )
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Save and close"))
        # On its own, a step has one way out: Done saves and closes (so does Esc).
        self.setOption(QWizard.WizardOption.NoCancelButton, only_step is not None)
        self.button(QWizard.WizardButton.CancelButton).setAccessibleDescription(
            self.tr("Everything is saved; the plan opens again where you stopped.")
        )

        client = workspace.clients.get(client_id)
        plan = workspace.repatriation.start(client_id)
        self.plan_id = plan.id
        lang = ui_language()
        steps: list[tuple[str, str]] = []
        if only_step is None:
            self._add(WishPage(workspace, plan, client), WISH)
            steps.append((WISH, self.tr("The person's wish")))
        for step in RETURN_STEPS:
            if only_step not in (None, step.key):
                continue
            page = ReturnStepPage(
                workspace,
                plan.id,
                client_id,
                step,
                plan.step(step.key),
                lang=lang,
                country=client.country_of_origin,
                contacts=(
                    workspace.contacts.for_client(client_id) if step.key == TRUSTED_CONTACTS else ()
                ),
            )
            self._add(page, step_page_key(step.key))
            steps.append((step_page_key(step.key), f"{step.order}. {step.title.get(lang)}"))
        if only_step is None:
            review = ReturnReviewPage(workspace, client_id, lang)
            review.go_to.connect(self.go_to_step)
            self._add(review, REVIEW)
            steps.append((REVIEW, self.tr("Review")))

        self.steps = StepList(steps, alone=only_step is not None)
        self.setSideWidget(self.steps)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.currentIdChanged.connect(self._entered)

        self.restart()
        resume = plan.resume_page
        returning = plan.wish is ReturnWish.RETURN
        if only_step is None and resume in self._keys.values() and (returning or resume == WISH):
            self._walk_to(resume)
        self._enlarge_title()
        screen = self.screen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    # -- pages ------------------------------------------------------------------------------

    def _add(self, page: WishPage | ReturnStepPage | ReturnReviewPage, key: str) -> None:
        self._keys[self.addPage(page)] = key
        if isinstance(page, WishPage | ReturnStepPage):
            page.edited.connect(self._edited)

    def page_keys(self) -> list[str]:
        """Every page's key, in order."""
        return [self._keys[page_id] for page_id in self.pageIds()]

    def page_for(self, key: str) -> QWizardPage:
        for page_id, page_key in self._keys.items():
            if page_key == key:
                return self.page(page_id)
        raise KeyError(key)

    def wish_page(self) -> WishPage:
        page = self.page_for(WISH)
        assert isinstance(page, WishPage)
        return page

    def step_page(self, step_key: str) -> ReturnStepPage:
        page = self.page_for(step_page_key(step_key))
        assert isinstance(page, ReturnStepPage)
        return page

    def current_key(self) -> str:
        return self._keys.get(self.currentId(), "")

    def _enlarge_title(self) -> None:
        """Make the page title in Qt's own wizard header a clear heading (it is shown at the
        size of body text): the header's title is the bold label showing the page's title."""
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
        if self.only_step is None:
            try:
                self._workspace.repatriation.set_resume_page(self.plan_id, key)
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

    def go_to_step(self, step_key: str) -> None:
        """Show the page of ``step_key`` (the review page's Go to buttons)."""
        if self._save(self.currentPage(), interactive=True):
            self._walk_to(step_page_key(step_key))

    def validateCurrentPage(self) -> bool:
        if self._silent:
            return True
        if not self._save(self.currentPage(), interactive=True):
            return False
        if self.nextId() == -1:
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
        if not isinstance(page, WishPage | ReturnStepPage) or not page.dirty:
            return True
        if self._gone or not self._workspace.is_open:
            return False
        self.autosave_timer.stop()
        try:
            page.save(keep_going=keep_going)
        except ValidationError as exc:
            page.show_problems(exc.problems, focus=interactive)
            self.steps.show_problem()
            return False
        except NotFoundError:
            self._plan_gone()
            return False
        except Exception as exc:  # the vault could not be written (a full disk, for example)
            # Never raised out: the main window locks the vault right after closing this.
            log.warning("Saving a return plan page failed (%s).", type(exc).__name__)
            self.steps.show_problem(
                self.tr("Not saved: the vault could not be written. What you typed is still here.")
            )
            if interactive:
                dialogs.error(
                    self,
                    self.tr("Not saved"),
                    self.tr(
                        "This page could not be saved: the vault could not be written (the "
                        "disk may be full). What you typed is still on the screen. Try again "
                        "in a moment; if it keeps happening, ask whoever looks after this "
                        "computer."
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
            self,
            self.tr("Plan not found"),
            self.tr("This client or return plan no longer exists, so nothing more can be saved."),
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
