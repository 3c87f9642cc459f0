"""The Referrals tab of one client's record: the referrals, their status and follow-up."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.referrals import allowed_next
from ltsupport.ui.client_dialog import hint_label
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

if TYPE_CHECKING:
    from ltsupport.ui.screens.client_screen import ClientScreen


class ClientReferralsTab(QWidget):
    """The referrals list and its buttons. Dialogs open on (and are tracked by) the screen;
    the texts keep the ``ClientScreen`` translation context."""

    def __init__(self, screen: ClientScreen) -> None:
        super().__init__()
        self._screen = screen
        intro = hint_label(
            QCoreApplication.translate(
                "ClientScreen",
                "Services this person was referred to, or that were suggested, and where each "
                "referral stands. A referral needs the person's consent to share information "
                "with the organisation.",
            )
        )
        self.model = ReferralTableModel(parent=screen)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("ClientScreen", "Referrals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # Resource names and needs areas are long: they wrap, and rows grow to fit.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setStyleSheet("QTableView::item { padding-top: 3px; padding-bottom: 3px; }")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RESOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(
            AREA, screen.fontMetrics().horizontalAdvance("Trauma-informed care and")
        )
        for column in (REFERRAL_STATUS, SINCE, FOLLOW_UP, CONSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.model.modelReset.connect(self.update_buttons)
        self.table.doubleClicked.connect(self.change_status)

        self.empty_label = QLabel(
            QCoreApplication.translate(
                "ClientScreen",
                "No referrals yet. Use Refer to a resource… to suggest a service or to refer "
                "the person to one.",
            )
        )
        self.empty_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Notes on the selected referral")
        )

        self.refer_button = QPushButton(
            QCoreApplication.translate("ClientScreen", "Refer to a &resource…")
        )
        self.refer_button.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Refer to a resource")
        )
        self.refer_button.clicked.connect(lambda: self.refer())
        self.status_button = QPushButton(
            QCoreApplication.translate("ClientScreen", "Change s&tatus…")
        )
        self.status_button.setAccessibleName(
            QCoreApplication.translate("ClientScreen", "Change the status of the selected referral")
        )
        self.status_button.clicked.connect(self.change_status)
        self.follow_up_button = QPushButton(
            QCoreApplication.translate("ClientScreen", "Set follow-&up date…")
        )
        self.follow_up_button.setAccessibleName(
            QCoreApplication.translate(
                "ClientScreen", "Set the follow-up date of the selected referral"
            )
        )
        self.follow_up_button.clicked.connect(self.set_follow_up)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refer_button)
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        page_layout = QVBoxLayout(self)
        page_layout.addWidget(intro)
        page_layout.addWidget(self.empty_label)
        page_layout.addWidget(self.table, 1)
        page_layout.addWidget(self.notes_label)
        page_layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.refer_button)
        QWidget.setTabOrder(self.refer_button, self.status_button)
        QWidget.setTabOrder(self.status_button, self.follow_up_button)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def update_buttons(self) -> None:
        row = self.selected_row()
        referral = self.model.referral(row) if row is not None else None
        self.status_button.setEnabled(referral is not None and bool(allowed_next(referral.status)))
        self.follow_up_button.setEnabled(referral is not None)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        notes = referral.notes if referral is not None else ""
        self.notes_label.setText(
            QCoreApplication.translate("ClientScreen", "Notes: %1").replace("%1", notes)
            if notes
            else ""
        )
        self.notes_label.setVisible(bool(notes))

    def reload(self, select: uuid.UUID | None = None) -> None:
        screen = self._screen
        self.model.set_referrals(screen._workspace.referrals.for_client(screen.client_id))
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, RESOURCE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.update_buttons()

    def status_shown(self, row: int) -> str:
        return str(self.model.index(row, REFERRAL_STATUS).data())

    def refer(self, area_key: str | None = None) -> None:
        screen = self._screen
        if screen.dialog is not None:
            return
        dialog = ReferralDialog(
            screen._workspace,
            client_id=screen.client_id,
            area_key=area_key,
            parent=screen,
        )
        self._open_dialog(dialog)

    def change_status(self) -> None:
        row = self.selected_row()
        screen = self._screen
        if row is None or screen.dialog is not None:
            return
        referral = self.model.referral(row)
        if not allowed_next(referral.status):
            return
        self._open_dialog(ReferralStatusDialog(screen._workspace, referral, parent=screen))

    def set_follow_up(self) -> None:
        row = self.selected_row()
        screen = self._screen
        if row is None or screen.dialog is not None:
            return
        referral = self.model.referral(row)
        self._open_dialog(FollowUpDialog(screen._workspace, referral, parent=screen))

    def _open_dialog(self, dialog: ReferralDialog | ReferralStatusDialog | FollowUpDialog) -> None:
        self._screen.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.finished.connect(self._screen._dialog_finished)
        dialog.open()

    def _saved(self) -> None:
        dialog = self._screen.dialog
        if isinstance(dialog, ReferralDialog | ReferralStatusDialog | FollowUpDialog):
            saved = dialog.saved
            if saved is not None:
                # Recording consent from the referral dialog changes the Consents tab too.
                self._screen._reload_consents()
                self.reload(select=saved.id)
                self.table.setFocus()
