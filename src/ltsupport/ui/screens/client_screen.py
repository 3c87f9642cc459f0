"""One client: a header (case code, preferred name, status), the profile, consents, the case
status actions (close, archive, reopen), the client's referrals and the plan overview."""

from __future__ import annotations

import uuid
from typing import Literal

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models.client import ClientStatus, ImmigrationStatus
from ltsupport.services.clients import ClientDetail
from ltsupport.services.errors import NotFoundError
from ltsupport.services.referrals import allowed_next
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import ClientDialog, hint_label
from ltsupport.ui.consent_dialog import ConsentDialog
from ltsupport.ui.labels import (
    client_status_label,
    date_text,
    datetime_text,
    document_language_label,
    immigration_status_label,
    not_recorded,
)
from ltsupport.ui.qtmodels.consent_table_model import (
    GIVEN,
    KIND,
    NOTE,
    ORGANISATION,
    RECORDED_BY,
    WITHDRAWN,
    ConsentTableModel,
)
from ltsupport.ui.qtmodels.referral_table_model import (
    AREA,
    CONSENT,
    FOLLOW_UP,
    RESOURCE,
    SINCE,
    ReferralTableModel,
)
from ltsupport.ui.qtmodels.referral_table_model import STATUS as REFERRAL_STATUS
from ltsupport.ui.referral_dialog import FollowUpDialog, ReferralDialog, ReferralStatusDialog
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
        self.tabs.addTab(self._build_consents(), self.tr("&Consents"))
        self.tabs.addTab(self._build_status(), self.tr("Case &status"))
        self.referrals_tab = self._build_referrals()
        self.tabs.addTab(self.referrals_tab, self.tr("Re&ferrals"))
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

    def _build_consents(self) -> QWidget:
        page = QWidget()
        intro = hint_label(
            self.tr(
                "What the person has agreed to. A withdrawn consent stays in the list, marked "
                "withdrawn, so the history is clear."
            )
        )
        self.consent_model = ConsentTableModel(parent=self)
        self.consent_table = QTableView()
        self.consent_table.setModel(self.consent_model)
        self.consent_table.setAccessibleName(self.tr("Consents"))
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_table.setTabKeyNavigation(False)
        self.consent_table.setWordWrap(False)
        self.consent_table.verticalHeader().hide()
        header = self.consent_table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (KIND, GIVEN, RECORDED_BY, WITHDRAWN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.consent_table.selectionModel().selectionChanged.connect(self._update_consent_buttons)
        self.consent_model.modelReset.connect(self._update_consent_buttons)

        self.record_button = QPushButton(self.tr("&Record consent…"))
        self.record_button.setAccessibleName(self.tr("Record consent"))
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected consent"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.consents_empty = QLabel(
            self.tr("No consent recorded yet. Use Record consent… after talking with the person.")
        )
        self.consents_empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(intro)
        page_layout.addWidget(self.consents_empty)
        page_layout.addWidget(self.consent_table, 1)
        page_layout.addLayout(buttons)
        QWidget.setTabOrder(self.consent_table, self.record_button)
        QWidget.setTabOrder(self.record_button, self.withdraw_button)
        return page

    def _build_status(self) -> QWidget:
        page = QWidget()
        self.status_text = QLabel()
        self.status_text.setWordWrap(True)
        self.close_button = QPushButton(self.tr("C&lose case…"))
        self.close_button.setAccessibleName(self.tr("Close case"))
        self.close_button.clicked.connect(self.close_case)
        self.archive_button = QPushButton(self.tr("&Archive case…"))
        self.archive_button.setAccessibleName(self.tr("Archive case"))
        self.archive_button.clicked.connect(self.archive_case)
        self.reopen_button = QPushButton(self.tr("Re&open case…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen case"))
        self.reopen_button.clicked.connect(self.reopen_case)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        rows = (
            (
                self.close_button,
                self.tr("Support has ended. A closed case can be reopened later."),
            ),
            (
                self.archive_button,
                self.tr(
                    "Keep a closed case out of everyday lists. It stays in the vault and can "
                    "be reopened."
                ),
            ),
            (self.reopen_button, self.tr("Make the case active again.")),
        )
        for row, (button, text) in enumerate(rows):
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            button.setAccessibleDescription(text)
            grid.addWidget(button, row, 0)
            grid.addWidget(explanation, row, 1)
        grid.setColumnStretch(1, 1)

        column = QVBoxLayout(page)
        column.addWidget(self.status_text)
        column.addSpacing(8)
        column.addLayout(grid)
        column.addStretch(1)
        return page

    def _build_referrals(self) -> QWidget:
        page = QWidget()
        intro = hint_label(
            self.tr(
                "Services this person was referred to, or that were suggested, and where each "
                "referral stands. A referral needs the person's consent to share information "
                "with the organisation."
            )
        )
        self.referral_model = ReferralTableModel(parent=self)
        self.referral_table = QTableView()
        self.referral_table.setModel(self.referral_model)
        self.referral_table.setAccessibleName(self.tr("Referrals"))
        self.referral_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referral_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referral_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referral_table.setTabKeyNavigation(False)
        # Resource names and needs areas are long: they wrap, and rows grow to fit.
        self.referral_table.setWordWrap(True)
        self.referral_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.referral_table.setStyleSheet(
            "QTableView::item { padding-top: 3px; padding-bottom: 3px; }"
        )
        self.referral_table.verticalHeader().hide()
        self.referral_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.referral_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RESOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Interactive)
        self.referral_table.setColumnWidth(
            AREA, self.fontMetrics().horizontalAdvance("Trauma-informed care and")
        )
        for column in (REFERRAL_STATUS, SINCE, FOLLOW_UP, CONSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.referral_table.selectionModel().selectionChanged.connect(self._update_referral_buttons)
        self.referral_model.modelReset.connect(self._update_referral_buttons)
        self.referral_table.doubleClicked.connect(self.change_referral_status)

        self.referrals_empty = QLabel(
            self.tr(
                "No referrals yet. Use Refer to a resource… to suggest a service or to refer "
                "the person to one."
            )
        )
        self.referrals_empty.setWordWrap(True)
        self.referral_notes = QLabel()
        self.referral_notes.setWordWrap(True)
        self.referral_notes.setTextFormat(Qt.TextFormat.PlainText)
        self.referral_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referral_notes.setAccessibleName(self.tr("Notes on the selected referral"))

        self.refer_button = QPushButton(self.tr("Refer to a &resource…"))
        self.refer_button.setAccessibleName(self.tr("Refer to a resource"))
        self.refer_button.clicked.connect(lambda: self.refer())
        self.referral_status_button = QPushButton(self.tr("Change s&tatus…"))
        self.referral_status_button.setAccessibleName(
            self.tr("Change the status of the selected referral")
        )
        self.referral_status_button.clicked.connect(self.change_referral_status)
        self.follow_up_button = QPushButton(self.tr("Set follow-&up date…"))
        self.follow_up_button.setAccessibleName(
            self.tr("Set the follow-up date of the selected referral")
        )
        self.follow_up_button.clicked.connect(self.set_follow_up)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refer_button)
        buttons.addWidget(self.referral_status_button)
        buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(intro)
        page_layout.addWidget(self.referrals_empty)
        page_layout.addWidget(self.referral_table, 1)
        page_layout.addWidget(self.referral_notes)
        page_layout.addLayout(buttons)
        QWidget.setTabOrder(self.referral_table, self.refer_button)
        QWidget.setTabOrder(self.refer_button, self.referral_status_button)
        QWidget.setTabOrder(self.referral_status_button, self.follow_up_button)
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

        texts = {
            ClientStatus.ACTIVE: self.tr("This case is active."),
            ClientStatus.CLOSED: self.tr(
                "This case is closed. Archive it to keep it out of everyday lists, or reopen it."
            ),
            ClientStatus.ARCHIVED: self.tr(
                "This case is archived. Reopen it to work with the person again."
            ),
        }
        self.status_text.setText(texts[detail.status])
        self.close_button.setEnabled(detail.status is ClientStatus.ACTIVE)
        self.archive_button.setEnabled(detail.status is ClientStatus.CLOSED)
        self.reopen_button.setEnabled(detail.status is not ClientStatus.ACTIVE)

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

    # -- consents ---------------------------------------------------------------------------

    def _selected_consent_row(self) -> int | None:
        rows = self.consent_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_consent_buttons(self) -> None:
        row = self._selected_consent_row()
        active = row is not None and self.consent_model.consent(row).active
        self.withdraw_button.setEnabled(active)
        empty = self.consent_model.rowCount() == 0
        self.consents_empty.setVisible(empty)

    def _reload_consents(self, select: uuid.UUID | None = None) -> None:
        self.consent_model.set_consents(self._workspace.consents.for_client(self.client_id))
        row = self.consent_model.row_of(select) if select is not None else None
        if row is not None:
            self.consent_table.selectionModel().setCurrentIndex(
                self.consent_model.index(row, KIND),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_consent_buttons()

    def record_consent(self) -> None:
        if self.dialog is not None:
            return
        dialog = ConsentDialog(self._workspace, self.client_id, parent=self)
        self.dialog = dialog
        dialog.accepted.connect(self._consent_recorded)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _consent_recorded(self) -> None:
        if isinstance(self.dialog, ConsentDialog) and self.dialog.saved is not None:
            self._reload_consents(select=self.dialog.saved.id)
            self.consent_table.setFocus()

    def withdraw_consent(self) -> None:
        row = self._selected_consent_row()
        if row is None:
            return
        consent = self.consent_model.consent(row)
        if not consent.active:
            return
        if not dialogs.confirm(
            self,
            self.tr("Withdraw consent?"),
            self.tr(
                "Withdraw this consent? It stays in the list, marked withdrawn, and can no "
                "longer be relied on."
            ),
        ):
            return
        try:
            self._workspace.consents.withdraw(consent.id)
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Consent not found"),
                self.tr("This consent no longer exists. The list has been read again."),
            )
        self._reload_consents(select=consent.id)

    # -- status -----------------------------------------------------------------------------

    def _change_status(self, status: ClientStatus, title: str, question: str) -> None:
        if not dialogs.confirm(self, title, question):
            return
        try:
            change = {
                ClientStatus.ACTIVE: self._workspace.clients.reopen,
                ClientStatus.CLOSED: self._workspace.clients.close,
                ClientStatus.ARCHIVED: self._workspace.clients.archive,
            }[status]
            detail = change(self.client_id)
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Client not found"),
                self.tr("This client no longer exists. Go back to the list of clients."),
            )
            return
        self._show(detail)

    def close_case(self) -> None:
        self._change_status(
            ClientStatus.CLOSED,
            self.tr("Close this case?"),
            self.tr(
                "Close this case? It will no longer be listed with active clients. "
                "You can reopen it later."
            ),
        )

    def archive_case(self) -> None:
        self._change_status(
            ClientStatus.ARCHIVED,
            self.tr("Archive this case?"),
            self.tr(
                "Archive this case? It will be listed only when you show Archived or All "
                "clients. You can reopen it later."
            ),
        )

    def reopen_case(self) -> None:
        self._change_status(
            ClientStatus.ACTIVE,
            self.tr("Reopen this case?"),
            self.tr("Reopen this case? It will be listed with active clients again."),
        )

    # -- referrals --------------------------------------------------------------------------

    def _selected_referral_row(self) -> int | None:
        rows = self.referral_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_referral_buttons(self) -> None:
        row = self._selected_referral_row()
        referral = self.referral_model.referral(row) if row is not None else None
        self.referral_status_button.setEnabled(
            referral is not None and bool(allowed_next(referral.status))
        )
        self.follow_up_button.setEnabled(referral is not None)
        self.referrals_empty.setVisible(self.referral_model.rowCount() == 0)
        notes = referral.notes if referral is not None else ""
        self.referral_notes.setText(self.tr("Notes: %1").replace("%1", notes) if notes else "")
        self.referral_notes.setVisible(bool(notes))

    def _reload_referrals(self, select: uuid.UUID | None = None) -> None:
        self.referral_model.set_referrals(self._workspace.referrals.for_client(self.client_id))
        row = self.referral_model.row_of(select) if select is not None else None
        if row is not None:
            self.referral_table.selectionModel().setCurrentIndex(
                self.referral_model.index(row, RESOURCE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_referral_buttons()

    def referral_status_shown(self, row: int) -> str:
        """The status as the Referrals tab shows it in ``row``, for example ``Referred``."""
        return str(self.referral_model.index(row, REFERRAL_STATUS).data())

    def refer(self, area_key: str | None = None) -> None:
        """Refer this client to a resource (optionally for one needs area)."""
        if self.dialog is not None:
            return
        dialog = ReferralDialog(
            self._workspace,
            client_id=self.client_id,
            area_key=area_key,
            parent=self,
        )
        self._open_referral_dialog(dialog)

    def change_referral_status(self) -> None:
        row = self._selected_referral_row()
        if row is None or self.dialog is not None:
            return
        referral = self.referral_model.referral(row)
        if not allowed_next(referral.status):
            return
        self._open_referral_dialog(ReferralStatusDialog(self._workspace, referral, parent=self))

    def set_follow_up(self) -> None:
        row = self._selected_referral_row()
        if row is None or self.dialog is not None:
            return
        referral = self.referral_model.referral(row)
        self._open_referral_dialog(FollowUpDialog(self._workspace, referral, parent=self))

    def _open_referral_dialog(
        self, dialog: ReferralDialog | ReferralStatusDialog | FollowUpDialog
    ) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._referral_saved)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _referral_saved(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, ReferralDialog | ReferralStatusDialog | FollowUpDialog):
            saved = dialog.saved
            if saved is not None:
                # Recording consent from the referral dialog changes the Consents tab too.
                self._reload_consents()
                self._reload_referrals(select=saved.id)
                self.referral_table.setFocus()
