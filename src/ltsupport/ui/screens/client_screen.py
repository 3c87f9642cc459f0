"""One client: a header (case code, preferred name, status), the profile, consents, the case
status actions (close, archive, reopen), the client's referrals and the plan overview."""

from __future__ import annotations

import uuid
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models.client import ClientStatus, ImmigrationStatus
from ltsupport.services.clients import ClientDetail
from ltsupport.services.errors import NotFoundError
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import ClientDialog
from ltsupport.ui.consent_dialog import ConsentDialog
from ltsupport.ui.labels import (
    client_status_label,
    date_text,
    datetime_text,
    document_language_label,
    immigration_status_label,
    not_recorded,
)
from ltsupport.ui.referral_dialog import FollowUpDialog, ReferralDialog, ReferralStatusDialog
from ltsupport.ui.screens.client_consents_tab import ClientConsentsTab
from ltsupport.ui.screens.client_referrals_tab import ClientReferralsTab
from ltsupport.ui.screens.client_status_tab import ClientStatusTab
from ltsupport.ui.screens.plan_overview import PlanOverview
from ltsupport.ui.screens.repatriation_overview import RepatriationOverview

# Status is always written out; the colour only repeats it. Dark text on light backgrounds.
STATUS_STYLES = {
    ClientStatus.ACTIVE: "background: #dcf2e0; color: #14532d; border: 1px solid #7cb98a;",
    ClientStatus.CLOSED: "background: #fff2cc; color: #5c3d00; border: 1px solid #d9b44a;",
    ClientStatus.ARCHIVED: "background: #e4e4e4; color: #2e2e2e; border: 1px solid #9e9e9e;",
}
PROFILE_FIELDS = (
    "case_code",
    "preferred_name",
    "legal_name",
    "languages",
    "document_language",
    "country_of_origin",
    "immigration_status",
    "permit_expiry",
    "safe_contact",
    "assigned_worker",
    "intake_date",
    "closed_at",
)


class ClientScreen(QWidget):
    """One client's record. Loading it reads the record once (and so audits one view).

    ``back_to`` names the screen the Back button returns to (its label says which)."""

    back_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        back_to: Literal["clients", "today"] = "clients",
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.client_id = client_id
        self.detail: ClientDetail | None = None
        self.dialog: (
            ClientDialog
            | ConsentDialog
            | ReferralDialog
            | ReferralStatusDialog
            | FollowUpDialog
            | None
        ) = None

        if back_to == "today":
            self.back_button = QPushButton(self.tr("← &Back to Today"))
            self.back_button.setAccessibleName(self.tr("Back to Today"))
        else:
            self.back_button = QPushButton(self.tr("← &Back to clients"))
            self.back_button.setAccessibleName(self.tr("Back to clients"))
        self.back_button.clicked.connect(self.back_requested)

        self.case_code_label = QLabel()
        self.case_code_label.setAccessibleName(self.tr("Case code"))
        self.name_label = QLabel()
        self.name_label.setAccessibleName(self.tr("Preferred name"))
        heading = self.name_label.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        heading.setBold(True)
        self.case_code_label.setFont(heading)
        self.name_label.setFont(heading)
        self.status_badge = QLabel()
        self.status_badge.setMargin(4)

        header = QHBoxLayout()
        header.addWidget(self.case_code_label)
        header.addSpacing(12)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.status_badge)

        self.print_button = QPushButton(self.tr("Pr&int the plan…"))
        self.print_button.setAccessibleName(self.tr("Print the plan"))
        self.print_button.clicked.connect(self.print_plan)
        self.export_button = QPushButton(self.tr("E&xport case summary…"))
        self.export_button.setAccessibleName(self.tr("Export the case summary"))
        self.export_button.clicked.connect(self.export_case)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(header)

        try:
            detail = workspace.clients.get(client_id)
        except NotFoundError:
            missing = QLabel(
                self.tr("This client no longer exists. Go back to the list of clients.")
            )
            missing.setWordWrap(True)
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(missing, 1)
            self.print_button.hide()
            self.export_button.hide()
            self.tabs = QTabWidget(self)
            self.tabs.hide()
            self.back_button.setFocus()
            self.setFocusProxy(self.back_button)
            return

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections of the client's record"))
        self.tabs.addTab(self._build_profile(), self.tr("&Profile"))
        self._consents = ClientConsentsTab(self)
        self.tabs.addTab(self._consents, self.tr("&Consents"))
        self._status = ClientStatusTab(self)
        self.tabs.addTab(self._status, self.tr("Case &status"))
        self.referrals_tab = ClientReferralsTab(self)
        self.tabs.addTab(self.referrals_tab, self.tr("Re&ferrals"))
        self._expose_tabs()
        self.plan_overview = PlanOverview(workspace, client_id)
        self.tabs.addTab(self.plan_overview, self.tr("Pla&n"))
        self.return_overview = RepatriationOverview(workspace, client_id)
        self.tabs.addTab(self.return_overview, self.tr("Return &home"))
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        self._show(detail)
        self.consent_model.set_consents(detail.consents)
        self._update_consent_buttons()
        self._reload_referrals()

    def print_plan(self) -> None:
        """Preview, print or save the plan (the printing code loads only when asked)."""
        if self.detail is None:
            return
        from ltsupport.ui.print_plan_dialog import PrintPlanDialog

        dialog = PrintPlanDialog(
            self._workspace, self.detail.id, self.detail.document_language, self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_case(self) -> None:
        """Export an encrypted case summary for another agency (loaded only when asked)."""
        if self.detail is None:
            return
        from ltsupport.ui.case_export_dialog import CaseExportDialog

        dialog = CaseExportDialog(self._workspace, self.detail.id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- building ---------------------------------------------------------------------------

    def _build_profile(self) -> QWidget:
        page = QWidget()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit profile"))
        self.edit_button.clicked.connect(self.edit)
        titles = {
            "case_code": self.tr("Case code"),
            "preferred_name": self.tr("Preferred name"),
            "legal_name": self.tr("Legal name"),
            "languages": self.tr("Languages spoken"),
            "document_language": self.tr("Document language"),
            "country_of_origin": self.tr("Country of origin"),
            "immigration_status": self.tr("Immigration status"),
            "permit_expiry": self.tr("Permit expiry"),
            "safe_contact": self.tr("Safe contact"),
            "assigned_worker": self.tr("Assigned worker"),
            "intake_date": self.tr("Intake date"),
            "closed_at": self.tr("Closed on"),
        }
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.profile_values: dict[str, QLabel] = {}
        for field in PROFILE_FIELDS:
            title = QLabel(titles[field] + ":")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(titles[field])
            title.setBuddy(value)
            form.addRow(title, value)
            self.profile_values[field] = value
        self._profile_form = form

        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Let the tab page show through, so the profile does not sit in a grey box.
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        column = QVBoxLayout(page)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)
        return page

    # -- showing ----------------------------------------------------------------------------

    def _show(self, detail: ClientDetail) -> None:
        self.detail = detail
        self.case_code_label.setText(detail.case_code)
        self.name_label.setText(detail.preferred_name)
        status = client_status_label(detail.status)
        self.status_badge.setText(self.tr("Status: %1").replace("%1", status))
        self.status_badge.setStyleSheet(STATUS_STYLES[detail.status] + " border-radius: 4px;")
        self.status_badge.setAccessibleName(self.tr("Status: %1").replace("%1", status))

        values = self.profile_values
        values["case_code"].setText(detail.case_code)
        values["preferred_name"].setText(detail.preferred_name)
        values["legal_name"].setText(detail.legal_name or not_recorded())
        values["languages"].setText(", ".join(detail.languages) or not_recorded())
        values["document_language"].setText(document_language_label(detail.document_language))
        values["country_of_origin"].setText(detail.country_of_origin or not_recorded())
        values["immigration_status"].setText(immigration_status_label(detail.immigration_status))
        if detail.permit_expiry is not None:
            expiry = date_text(detail.permit_expiry)
        elif detail.immigration_status is ImmigrationStatus.TRP_VICTIM:
            expiry = self.tr("No date recorded")
        else:
            expiry = self.tr("Not applicable")
        values["permit_expiry"].setText(expiry)
        values["safe_contact"].setText(detail.safe_contact or not_recorded())
        values["assigned_worker"].setText(detail.assigned_worker or not_recorded())
        values["intake_date"].setText(date_text(detail.intake_date))
        closed = detail.status is not ClientStatus.ACTIVE and detail.closed_at is not None
        values["closed_at"].setText(datetime_text(detail.closed_at) if closed else "")
        self._profile_form.setRowVisible(values["closed_at"], closed)

        self._status.show_status(detail.status)

    def status_text_shown(self) -> str:
        """The status as the header shows it, for example ``Status: Active``."""
        return self.status_badge.text()

    # -- profile ----------------------------------------------------------------------------

    def edit(self) -> None:
        if self.detail is None or self.dialog is not None:
            return
        dialog = ClientDialog(self._workspace, self.detail, parent=self)
        self.dialog = dialog
        dialog.accepted.connect(self._edited)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _edited(self) -> None:
        if isinstance(self.dialog, ClientDialog) and self.dialog.saved is not None:
            self._show(self.dialog.saved)
            self.consent_model.set_consents(self.dialog.saved.consents)

    def _dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    # -- the tabs' widgets, reachable on the screen -------------------------------------------

    def _expose_tabs(self) -> None:
        consents, status, referrals = self._consents, self._status, self.referrals_tab
        self.consent_model = consents.model
        self.consent_table = consents.table
        self.record_button = consents.record_button
        self.withdraw_button = consents.withdraw_button
        self.consents_empty = consents.empty_label
        self.status_text = status.status_text
        self.close_button = status.close_button
        self.archive_button = status.archive_button
        self.reopen_button = status.reopen_button
        self.referral_model = referrals.model
        self.referral_table = referrals.table
        self.referrals_empty = referrals.empty_label
        self.referral_notes = referrals.notes_label
        self.refer_button = referrals.refer_button
        self.referral_status_button = referrals.status_button
        self.follow_up_button = referrals.follow_up_button

    # -- consents ---------------------------------------------------------------------------

    def _update_consent_buttons(self) -> None:
        self._consents.update_buttons()

    def _reload_consents(self, select: uuid.UUID | None = None) -> None:
        self._consents.reload(select)

    def record_consent(self) -> None:
        self._consents.record()

    def withdraw_consent(self) -> None:
        self._consents.withdraw()

    # -- status -----------------------------------------------------------------------------

    def close_case(self) -> None:
        self._status.close_case()

    def archive_case(self) -> None:
        self._status.archive_case()

    def reopen_case(self) -> None:
        self._status.reopen_case()

    # -- referrals --------------------------------------------------------------------------

    def _reload_referrals(self, select: uuid.UUID | None = None) -> None:
        self.referrals_tab.reload(select)

    def referral_status_shown(self, row: int) -> str:
        """The status as the Referrals tab shows it in ``row``, for example ``Referred``."""
        return self.referrals_tab.status_shown(row)

    def refer(self, area_key: str | None = None) -> None:
        """Refer this client to a resource (optionally for one needs area)."""
        self.referrals_tab.refer(area_key)

    def change_referral_status(self) -> None:
        self.referrals_tab.change_status()

    def set_follow_up(self) -> None:
        self.referrals_tab.set_follow_up()
