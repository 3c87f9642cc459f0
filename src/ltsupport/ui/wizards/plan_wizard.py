"""The transition-plan wizard, generated from the checklist: an intro page, one page per
long-term needs area (``NEED_AREAS``, in order) and a review page.

Nothing typed is lost. A page is saved through the plan service when the worker leaves it
(Next, Back, Finish), two seconds after the last edit (:meth:`PlanWizard.autosave_now`), and
when the wizard is closed in any way: Esc, the close button, the window's close box or the vault
locking (the main window hides and rejects open dialogs). Closing never asks to discard
anything. The page reached is recorded, so reopening the wizard resumes there. With
``only_area`` the wizard shows one area on its own, to reopen it later.

Page keys: ``intro``, ``area:<key>`` and ``review``.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ltsupport.checklist import NEED_AREA_KEYS, NEED_AREAS
from ltsupport.checklist_details import CONTACTS_AREA, SELF_CARE_AREA
from ltsupport.services.errors import NotFoundError, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.labels import ui_language
from ltsupport.ui.wizards.area_page import AreaPage
from ltsupport.ui.wizards.intro_page import IntroPage
from ltsupport.ui.wizards.review_page import ReviewPage

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000
TITLE_SCALE = 1.45
INTRO, REVIEW = "intro", "review"
SIDE_STYLE = "QFrame#steps { background: #f3f5f8; border-right: 1px solid #d5dbe3; }"
PROBLEM_STYLE = "color: #b00020;"


def area_page_key(area_key: str) -> str:
    return f"area:{area_key}"


class StepList(QFrame):
    """The wizard's side panel: every step, the current one marked in words and bold, and
    whether what was typed is saved."""

    def __init__(
        self, steps: list[tuple[str, str]], *, alone: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setStyleSheet(SIDE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(240)
        self._titles = dict(steps)
        self._markers: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        for row, (key, title) in enumerate(steps):
            marker = QLabel()
            marker.setFixedWidth(marker.fontMetrics().horizontalAdvance("▸") + 4)
            marker.setAlignment(Qt.AlignmentFlag.AlignTop)
            label = QLabel(title)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(marker, row, 0)
            grid.addWidget(label, row, 1)
            self._markers[key] = marker
            self._labels[key] = label
        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        self.save_state.setAccessibleName(self.tr("Saving"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 16, 12, 14)
        layout.setSpacing(8)
        layout.addLayout(grid)
        if alone:
            layout.addSpacing(8)
            layout.addWidget(
                hint_label(self.tr("Opened on its own: the rest of the plan stays as it is."))
            )
        layout.addStretch(1)
        layout.addWidget(self.save_state)
        layout.addWidget(
            hint_label(self.tr("Saved as you go. You can close at any time and continue later."))
        )

    def set_current(self, current: str) -> None:
        for key, label in self._labels.items():
            font = label.font()
            font.setBold(key == current)
            label.setFont(font)
            self._markers[key].setText("▸" if key == current else "")
            label.setAccessibleName(
                self.tr("Current step: %1").replace("%1", self._titles[key])
                if key == current
                else self._titles[key]
            )

    def current_title(self) -> str:
        """The step shown as current."""
        return next((self._titles[k] for k, m in self._markers.items() if m.text()), "")

    def show_saved(self, at: datetime) -> None:
        self.save_state.setStyleSheet("")
        self.save_state.setText(self.tr("All changes saved at %1.").replace("%1", f"{at:%H:%M}"))

    def show_pending(self) -> None:
        self.save_state.setStyleSheet("")
        self.save_state.setText(self.tr("Saving in a moment…"))

    def show_problem(self, text: str = "") -> None:
        self.save_state.setStyleSheet(PROBLEM_STYLE)
        self.save_state.setText(
            text or self.tr("Not everything could be saved: see the message on the page.")
        )


class PlanWizard(QWizard):
    """The plan for ``client_id``: started or resumed on opening. Raises
    :class:`NotFoundError` when the client no longer exists."""

    saved = Signal()
    """A page was saved."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        only_area: str | None = None,
    ) -> None:
        if only_area is not None and only_area not in NEED_AREA_KEYS:
            raise ValueError(f"unknown needs area {only_area!r}")
        super().__init__(parent)
        self._workspace = workspace
        self.client_id = client_id
        self.only_area = only_area
        self._closing = False
        self._silent = False
        self._gone = False
        self._keys: dict[int, str] = {}
        self.setWindowTitle(self.tr("Transition plan"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("&Finish") if only_area is None else self.tr("&Done"),
        )
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Save and close"))
        # On its own, an area has one way out: Done saves and closes (so does Esc).
        self.setOption(QWizard.WizardOption.NoCancelButton, only_area is not None)
        self.button(QWizard.WizardButton.CancelButton).setAccessibleDescription(
            self.tr("Everything is saved; the plan opens again where you stopped.")
        )

        client = workspace.clients.get(client_id)
        plan = workspace.plans.start(client_id)
        self.plan_id = plan.id
        lang = ui_language()
        referrals = workspace.referrals.for_client(client_id)
        steps: list[tuple[str, str]] = []
        if only_area is None:
            self._add(IntroPage(workspace, plan, client), INTRO)
            steps.append((INTRO, self.tr("About this plan")))
        for area in NEED_AREAS:
            if only_area not in (None, area.key):
                continue
            page = AreaPage(
                workspace,
                plan.id,
                client_id,
                area,
                plan.area(area.key),
                lang=lang,
                resources=workspace.catalogue.search("", area=area.key),
                referrals=referrals,
                contacts=(
                    workspace.contacts.for_client(client_id) if area.key == CONTACTS_AREA else ()
                ),
                self_care=(
                    workspace.self_care.get(client_id) if area.key == SELF_CARE_AREA else None
                ),
            )
            self._add(page, area_page_key(area.key))
            steps.append((area_page_key(area.key), f"{area.order}. {area.title.get(lang)}"))
        if only_area is None:
            review = ReviewPage(workspace, plan.id, lang)
            review.go_to.connect(self.go_to_area)
            self._add(review, REVIEW)
            steps.append((REVIEW, self.tr("Review")))

        self.steps = StepList(steps, alone=only_area is not None)
        self.setSideWidget(self.steps)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.currentIdChanged.connect(self._entered)

        self.restart()
        resume = plan.resume_page
        if only_area is None and resume in self._keys.values() and plan.consent_id is not None:
            self._walk_to(resume)
        self._enlarge_title()
        screen = self.screen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    # -- pages ------------------------------------------------------------------------------

    def _add(self, page: IntroPage | AreaPage | ReviewPage, key: str) -> None:
        page_id = self.addPage(page)
        self._keys[page_id] = key
        if isinstance(page, IntroPage | AreaPage):
            page.edited.connect(self._edited)

    def page_keys(self) -> list[str]:
        """Every page's key, in order."""
        return [self._keys[page_id] for page_id in self.pageIds()]

    def page_for(self, key: str) -> QWizardPage:
        for page_id, page_key in self._keys.items():
            if page_key == key:
                return self.page(page_id)
        raise KeyError(key)

    def area_page(self, area_key: str) -> AreaPage:
        page = self.page_for(area_page_key(area_key))
        assert isinstance(page, AreaPage)
        return page

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
        if self.only_area is None:
            try:
                self._workspace.plans.set_resume_page(self.plan_id, key)
            except NotFoundError:
                self._plan_gone()
                return
            except Exception as exc:  # only where to resume is lost; the pages are saved
                log.warning("Recording the page reached failed (%s).", type(exc).__name__)
        page = self.page(page_id)
        first = getattr(page, "first_field", None)
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

    def go_to_area(self, area_key: str) -> None:
        """Show the page of ``area_key`` (the review page's Go to buttons)."""
        if self._save(self.currentPage(), interactive=True):
            self._walk_to(area_page_key(area_key))

    def validateCurrentPage(self) -> bool:
        if self._silent:
            return True
        page = self.currentPage()
        if not self._save(page, interactive=True):
            return False
        if isinstance(page, IntroPage) and not page.consent_given():
            page.explain_consent_needed()
            return False
        if self.nextId() == -1:
            if isinstance(page, ReviewPage):
                try:
                    self._workspace.plans.finish(self.plan_id)
                except NotFoundError:
                    self._plan_gone()
                    return False
                except Exception as exc:  # the plan stays a draft; everything typed is saved
                    log.warning("Finishing a plan failed (%s).", type(exc).__name__)
                    dialogs.error(
                        self,
                        self.tr("Plan not finished"),
                        self.tr(
                            "The plan could not be marked finished: the vault could not be "
                            "written. Everything typed is saved. Try Finish again in a moment."
                        ),
                    )
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
        if not isinstance(page, IntroPage | AreaPage) or not page.dirty:
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
            log.warning("Saving a plan page failed (%s).", type(exc).__name__)
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
            self.tr("This client or plan no longer exists, so nothing more can be saved."),
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
