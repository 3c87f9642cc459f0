"""The transition-plan wizard, generated from the checklist: an intro page, one page per
long-term needs area (``NEED_AREAS``, in order) and a review page.

Nothing typed is lost (:class:`~ltsupport.ui.wizards.draft_wizard.DraftWizard`): a page is saved
when the worker leaves it (Next, Back, Finish), two seconds after the last edit
(:meth:`PlanWizard.autosave_now`), and when the wizard is closed in any way: Esc, the close
button, the window's close box or the vault locking. Closing never asks to discard anything. The
page reached is recorded, so reopening the wizard resumes there. With ``only_area`` the wizard
shows one area on its own, to reopen it later.

Page keys: ``intro``, ``area:<key>`` and ``review``.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtWidgets import QWidget, QWizardPage

from ltsupport.checklist import NEED_AREA_KEYS, NEED_AREAS
from ltsupport.checklist_details import CONTACTS_AREA, SELF_CARE_AREA
from ltsupport.services.errors import NotFoundError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.labels import ui_language
from ltsupport.ui.wizards.area_page import AreaPage
from ltsupport.ui.wizards.draft_wizard import AUTOSAVE_MS, DraftPage, DraftWizard
from ltsupport.ui.wizards.intro_page import IntroPage
from ltsupport.ui.wizards.review_page import ReviewPage

log = logging.getLogger(__name__)

INTRO, REVIEW = "intro", "review"


def area_page_key(area_key: str) -> str:
    return f"area:{area_key}"


class PlanWizard(DraftWizard):
    """The plan for ``client_id``: started or resumed on opening. Raises
    :class:`NotFoundError` when the client no longer exists."""

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
        super().__init__(workspace, client_id, parent, alone=only_area is not None)
        self.only_area = only_area
        self.setWindowTitle(self.tr("Transition plan"))

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

        resumable = only_area is None and plan.consent_id is not None
        self._start(steps, plan.resume_page if resumable else None, AUTOSAVE_MS)

    # -- pages ------------------------------------------------------------------------------

    def area_page(self, area_key: str) -> AreaPage:
        page = self.page_for(area_page_key(area_key))
        assert isinstance(page, AreaPage)
        return page

    def go_to_area(self, area_key: str) -> None:
        """Show the page of ``area_key`` (the review page's Go to buttons)."""
        self._go_to(area_page_key(area_key))

    # -- what this wizard says --------------------------------------------------------------

    def _draft(self, page: QWizardPage | None) -> DraftPage | None:
        return page if isinstance(page, IntroPage | AreaPage) else None

    def _record_resume(self, key: str) -> None:
        self._workspace.plans.set_resume_page(self.plan_id, key)

    def _gone_text(self) -> str:
        return self.tr("This client or plan no longer exists, so nothing more can be saved.")

    def _may_leave(self, page: QWizardPage | None) -> bool:
        if isinstance(page, IntroPage) and not page.consent_given():
            page.explain_consent_needed()
            return False
        return True

    def _finish(self, page: QWizardPage | None) -> bool:
        if not isinstance(page, ReviewPage):
            return True
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
                    "written. What you typed was already saved. Try Finish again in a moment."
                ),
            )
            return False
        return True
