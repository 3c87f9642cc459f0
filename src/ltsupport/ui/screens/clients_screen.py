"""The client list: search as you type, filter by status, sort, add a client, open one."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models.client import ClientStatus
from ltsupport.services.workspace import Workspace
from ltsupport.ui.client_dialog import ClientDialog
from ltsupport.ui.labels import client_status_label
from ltsupport.ui.qtmodels.client_table_model import (
    ASSIGNED_WORKER,
    CASE_CODE,
    INTAKE_DATE,
    PREFERRED_NAME,
    STATUS,
    ClientTableModel,
)

FILTER_DELAY_MS = 150
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClientsScreen(QWidget):
    """Every client the worker can see, with search; emits :attr:`client_opened` with an id."""

    client_opened = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._shown_once = False
        self.dialog: ClientDialog | None = None
        self.model = ClientTableModel(workspace.clients, self)

        title = QLabel(self.tr("Clients"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(self.tr("Clients"))
        self.new_button = QPushButton(self.tr("&New client…"))
        self.new_button.setAccessibleName(self.tr("New client"))
        self.new_button.clicked.connect(self.new_client)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Case code or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter by case code or name"))
        search_label = QLabel(self.tr("&Filter by case code or name:"))
        search_label.setBuddy(self.search)

        self.status_filter = QComboBox()
        for label, statuses in (
            (client_status_label(ClientStatus.ACTIVE), (ClientStatus.ACTIVE,)),
            (client_status_label(ClientStatus.CLOSED), (ClientStatus.CLOSED,)),
            (client_status_label(ClientStatus.ARCHIVED), (ClientStatus.ARCHIVED,)),
            (self.tr("All"), None),
        ):
            self.status_filter.addItem(label, statuses)
        self.status_filter.setAccessibleName(self.tr("Show clients with status"))
        status_label = QLabel(self.tr("&Show:"))
        status_label.setBuddy(self.status_filter)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of clients shown"))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PREFERRED_NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in (
            (CASE_CODE, "TR-2026-0000-XX"),
            (STATUS, "Archived--"),
            (ASSIGNED_WORKER, "Assigned worker-----"),
            (INTAKE_DATE, "Intake date----"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        header.setSortIndicator(CASE_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No clients to show"))
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

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addSpacing(12)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        QWidget.setTabOrder(self.search, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        self.setFocusProxy(self.search)

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self.filter_timer.start)
        self.search.returnPressed.connect(self._search_done)
        self.search.installEventFilter(self)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        self.model.modelReset.connect(self._update_state)
        self._update_state()

    # -- filtering --------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Apply the text in the search field now (typing applies it after a short pause)."""
        self.filter_timer.stop()
        self._keep_current(lambda: self.model.set_filter(self.search.text()))

    def _status_changed(self) -> None:
        statuses = self.status_filter.currentData()
        self._keep_current(lambda: self.model.set_statuses(statuses))

    def set_status_filter(self, statuses: tuple[ClientStatus, ...] | None) -> None:
        """Choose what the Show list offers for ``statuses`` (``None`` = All)."""
        for i in range(self.status_filter.count()):
            if self.status_filter.itemData(i) == statuses:
                self.status_filter.setCurrentIndex(i)
                return

    def refresh(self) -> None:
        """Read the list again (after a change made elsewhere), keeping the selected client."""
        self.filter_timer.stop()
        self._keep_current(self._reload)

    def _reload(self) -> None:
        if not self.model.set_filter(self.search.text()):
            self.model.refresh()

    def _keep_current(self, change: Callable[[], object]) -> None:
        current = self.current_client_id()
        change()
        if current is not None:
            self.select_client(current)

    def _update_state(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 client") if shown == 1 else self.tr("%1 clients").replace("%1", str(shown))
        )
        if shown:
            self.stack.setCurrentWidget(self.table)
            return
        if self._workspace.clients.count() == 0:
            text = self.tr("No clients yet. Add the first with New client…")
        elif self.model.filter_text and self.model.statuses is None:
            text = self.tr("No clients match this filter. Check the spelling, or clear the filter.")
        elif self.model.filter_text:
            text = self.tr(
                "No clients match this filter. Check the spelling, or choose All under Show to "
                "include closed and archived clients."
            )
        else:
            text = self.tr(
                "No clients with this status. Choose All under Show to see every client."
            )
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    # -- selection and opening --------------------------------------------------------------

    def current_client_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.client_id(index.row())

    def select_client(self, client_id: uuid.UUID) -> bool:
        """Select and show ``client_id``; ``False`` when the filter hides it."""
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.model.index(row, CASE_CODE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def open_current(self) -> None:
        """Open the selected client (what Enter does in the list)."""
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_opened.emit(self.model.client_id(index.row()))

    def _search_done(self) -> None:
        """Enter in the search field moves to the list, with the first client selected."""
        self.apply_filter()
        if self.model.rowCount() == 0:
            return
        if self.current_client_id() is None:
            self.select_client(self.model.client_id(0))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table and event.key() in OPEN_KEYS:
                self.open_current()
                return True
            if watched is self.search and event.key() == Qt.Key.Key_Down:
                self._search_done()
                return True
        return super().eventFilter(watched, event)

    # -- adding -----------------------------------------------------------------------------

    def new_client(self) -> None:
        """Open the New client dialog; after Save, show and select the new client."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = ClientDialog(self._workspace, parent=self)
        self.dialog = dialog
        dialog.accepted.connect(self._client_added)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _client_added(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.saved is None:
            return
        new_id = dialog.saved.id
        self.model.refresh()
        if self.model.row_of(new_id) is None:
            # The filter hides the new client: show active clients without a search.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.filter_timer.stop()
            self.model.set_filter("")
            self.set_status_filter((ClientStatus.ACTIVE,))
        self.select_client(new_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the list reads it again, so changes made on a client's screen show."""
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)
