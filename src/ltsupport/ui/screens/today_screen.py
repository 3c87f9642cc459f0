"""Today: what is due across the whole caseload (plan actions, referral follow-ups, permits
about to expire), soonest first; mark an action done, or open the client."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models import ActionStatus
from ltsupport.services.errors import NotFoundError
from ltsupport.services.today import ItemKind, TodayItem, Urgency, local_today
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.qtmodels.today_table_model import (
    AREA,
    CLIENT,
    KIND,
    WHAT,
    WHEN,
    TodayTableModel,
    long_date_text,
)
from ltsupport.ui.widgets.field_messages import hint_label

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
HORIZONS = (7, 30)


class TodayScreen(QWidget):
    """The caseload's due items; emits :attr:`client_opened` with a client id.

    ``today_provider`` gives the worker's calendar date (by default this computer's, through
    :func:`local_today`); tests pass a fixed date.
    """

    client_opened = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        today_provider: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today_provider = today_provider or local_today
        self._shown_once = False
        self.model = TodayTableModel(self)

        title = QLabel(self.tr("Today"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.date_label = QLabel()
        self.date_label.setAccessibleName(self.tr("Today's date"))
        date_font = self.date_label.font()
        date_font.setPointSizeF(date_font.pointSizeF() * 1.15)
        self.date_label.setFont(date_font)
        intro = hint_label(
            self.tr(
                "Plan actions, referral follow-ups and permits coming up for every active "
                "client, soonest first."
            )
        )

        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("How much is due"))
        counts_font = self.counts_label.font()
        counts_font.setBold(True)
        self.counts_label.setFont(counts_font)

        self.horizon = QComboBox()
        for days in HORIZONS:
            self.horizon.addItem(self.tr("Next %1 days").replace("%1", str(days)), days)
        self.horizon.setAccessibleName(self.tr("Show what is due in"))
        horizon_label = QLabel(self.tr("&Show:"))
        horizon_label.setBuddy(self.horizon)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Due items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setStyleSheet("QTableView::item { padding: 4px 6px; }")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # A short list: the date, client and kind columns fit their contents, the action takes
        # the rest, and long texts wrap onto a second line instead of being cut.
        for column in (WHEN, CLIENT, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(
            AREA, self.fontMetrics().horizontalAdvance("Trauma-informed care and") + 16
        )
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        header.setSortIndicator(WHEN, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("Nothing due"))
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_label.setMargin(24)
        self.empty_label.setAutoFillBackground(True)
        self.empty_label.setBackgroundRole(QPalette.ColorRole.Base)
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.15)
        self.empty_label.setFont(empty_font)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected action done"))
        self.done_button.setToolTip(self.tr("Only plan actions can be marked done here."))
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("&Open client"))
        self.open_button.setAccessibleName(self.tr("Open the selected client"))
        self.open_button.clicked.connect(self.open_current)
        self.feedback = QLabel()
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Last change"))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.counts_label)
        filters.addStretch(1)
        filters.addWidget(horizon_label)
        filters.addWidget(self.horizon)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.feedback, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.horizon, self.table)
        QWidget.setTabOrder(self.table, self.done_button)
        QWidget.setTabOrder(self.done_button, self.open_button)
        self.setFocusProxy(self.table)

        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_state)
        self.horizon.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh()

    # -- reading ----------------------------------------------------------------------------

    @property
    def horizon_days(self) -> int:
        return int(self.horizon.currentData())

    def set_horizon(self, days: int) -> None:
        """Show what is due in the next ``days`` (7 or 30)."""
        index = self.horizon.findData(days)
        if index >= 0:
            self.horizon.setCurrentIndex(index)

    def refresh(self) -> None:
        """Read the list again, keeping the selected item when it is still there."""
        current = self.current_item()
        today = self._today_provider()
        self.date_label.setText(long_date_text(today))
        self.model.set_items(
            self._workspace.today.items(today, horizon_days=self.horizon_days), today
        )
        if current is not None:
            self.select_item(current.kind, current.item_id)

    def _update_state(self) -> None:
        shown = self.model.rowCount()
        if not shown:
            self.empty_label.setText(
                self.tr("Nothing due in the next %1 days.").replace("%1", str(self.horizon_days))
            )
            self.counts_label.setText("")
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.counts_label.setText(self._counts_text())
            self.stack.setCurrentWidget(self.table)
        self._update_buttons()

    def _counts_text(self) -> str:
        counts = self.model.counts()
        parts = [
            self.tr("%1 overdue").replace("%1", str(counts[Urgency.OVERDUE])),
            self.tr("%1 today").replace("%1", str(counts[Urgency.TODAY])),
            self.tr("%1 tomorrow").replace("%1", str(counts[Urgency.TOMORROW])),
        ]
        if counts[Urgency.SOON]:
            parts.append(self.tr("%1 later").replace("%1", str(counts[Urgency.SOON])))
        return ", ".join(parts)

    def counts_text(self) -> str:
        """The counts line as shown, for example ``3 overdue, 2 today, 4 tomorrow``."""
        return self.counts_label.text()

    # -- selection --------------------------------------------------------------------------

    def current_item(self) -> TodayItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.item(index.row())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, WHEN)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_item(self, kind: ItemKind, item_id: uuid.UUID) -> bool:
        row = self.model.row_of(kind, item_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.done_button.setEnabled(item is not None and item.kind is ItemKind.ACTION)
        self.open_button.setEnabled(item is not None)

    # -- acting -----------------------------------------------------------------------------

    def mark_done(self) -> None:
        """Mark the selected plan action done; it leaves the list and the next row is selected."""
        item = self.current_item()
        if item is None or item.kind is not ItemKind.ACTION:
            return
        row = self.table.currentIndex().row()
        try:
            self._workspace.plans.set_action_status(item.item_id, ActionStatus.DONE)
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Action not found"),
                self.tr("This action no longer exists. The list has been read again."),
            )
            self.feedback.setText("")
        else:
            self.feedback.setText(self.tr("Marked done: %1").replace("%1", item.title))
        self.table.clearSelection()
        self.refresh()
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self._update_buttons()

    def open_current(self) -> None:
        """Open the selected item's client (what Enter and a double-click do)."""
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_opened.emit(self.model.item(index.row()).client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in OPEN_KEYS
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to Today reads it again, so changes made elsewhere show."""
        if self._shown_once:
            self.feedback.setText("")
            self.refresh()
        self._shown_once = True
        super().showEvent(event)
