"""The repatriation wizard, generated from the return steps: the person's wish first, then one
page per step of ``RETURN_STEPS`` (in order) and a review page.

Only a wish to return leads on to the steps: with "stay" or "undecided" the wizard ends after
the wish page (:meth:`WishPage.nextId`). When the person fears harm on return, the wish page says
that a refugee protection claim should be considered first and a return cannot be recorded
without a decision about it.

Nothing typed is lost, as in the plan wizard
(:class:`~ltsupport.ui.wizards.draft_wizard.DraftWizard`): a page is saved when the worker leaves
it (Next, Back, Finish, Go to), two seconds after the last edit
(:meth:`RepatriationWizard.autosave_now`), and when the wizard is closed in any way (Esc, "Save
and close", the window's close box, the vault locking). Closing never asks to discard anything.
The page reached is recorded, so reopening resumes there. With ``only_step`` one step opens on
its own.

Page keys: ``wish``, ``step:<key>`` and ``review``.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget, QWizardPage

from ltsupport.checklist_return import RETURN_STEP_KEYS, RETURN_STEPS
from ltsupport.models import ReturnWish
from ltsupport.services.workspace import Workspace
from ltsupport.ui.labels import ui_language
from ltsupport.ui.wizards.draft_wizard import AUTOSAVE_MS, DraftPage, DraftWizard
from ltsupport.ui.wizards.repatriation_review_page import ReturnReviewPage
from ltsupport.ui.wizards.repatriation_step_page import TRUSTED_CONTACTS, ReturnStepPage
from ltsupport.ui.wizards.repatriation_wish_page import WishPage

WISH, REVIEW = "wish", "review"


def step_page_key(step_key: str) -> str:
    return f"step:{step_key}"


class RepatriationWizard(DraftWizard):
    """The return plan for ``client_id``: started or resumed on opening. Raises
    :class:`NotFoundError` when the client no longer exists."""

    what = "return plan"

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
        super().__init__(workspace, client_id, parent, alone=only_step is not None)
        self.only_step = only_step
        self.setWindowTitle(self.tr("Returning home"))

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

        resume = plan.resume_page
        returning = plan.wish is ReturnWish.RETURN
        resumable = only_step is None and (returning or resume == WISH)
        self._start(steps, resume if resumable else None, AUTOSAVE_MS)

    # -- pages ------------------------------------------------------------------------------

    def wish_page(self) -> WishPage:
        page = self.page_for(WISH)
        assert isinstance(page, WishPage)
        return page

    def step_page(self, step_key: str) -> ReturnStepPage:
        page = self.page_for(step_page_key(step_key))
        assert isinstance(page, ReturnStepPage)
        return page

    def go_to_step(self, step_key: str) -> None:
        """Show the page of ``step_key`` (the review page's Go to buttons)."""
        self._go_to(step_page_key(step_key))

    # -- what this wizard says --------------------------------------------------------------

    def _draft(self, page: QWizardPage | None) -> DraftPage | None:
        return page if isinstance(page, WishPage | ReturnStepPage) else None

    def _record_resume(self, key: str) -> None:
        self._workspace.repatriation.set_resume_page(self.plan_id, key)

    def _gone_text(self) -> str:
        return self.tr("This client or return plan no longer exists, so nothing more can be saved.")
