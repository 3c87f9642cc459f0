"""The resource catalogue: search as you type, filter, read every detail of an entry, add and
edit local entries, copy contact details, and refer a client."""

from __future__ import annotations

import itertools
import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.catalogue import CatalogueRefusalError, ResourceDetail
from ltsupport.services.errors import NotFoundError, ServiceError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.labels import (
    category_label,
    resource_name,
)
from ltsupport.ui.qtmodels.resource_list_model import CATEGORY, NAME, PLACE, ResourceListModel
from ltsupport.ui.referral_dialog import ReferralDialog
from ltsupport.ui.resource_dialog import ResourceDialog
from ltsupport.ui.screens.catalogue_filters import CatalogueFilters
from ltsupport.ui.screens.resource_detail_pane import (
    ResourceDetailPane,
    contact_text,
)

SEARCH_DELAY_MS = 150
LIST_LIMIT = 500
MOVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)


class CatalogueScreen(QWidget):
    """The catalogue of resources; emits :attr:`referral_saved` with the referral made."""

    referral_saved = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._counts: dict[str, int] = {}
        self._last_query: tuple[str, str | None, str | None, str | None, str | None] | None = None
        self.detail: ResourceDetail | None = None
        self.dialog: ResourceDialog | ReferralDialog | None = None
        self.model = ResourceListModel(parent=self)

        title = QLabel(self.tr("Resources"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(self.tr("Resources"))
        self.add_button = QPushButton(self.tr("Add a &local resource…"))
        self.add_button.setAccessibleName(self.tr("Add a local resource"))
        self.add_button.clicked.connect(self.add_resource)

        # -- search and filters ---------------------------------------------------------------
        self._filters = filters = CatalogueFilters(self.fontMetrics())
        self.search = filters.search
        self.category_filter = filters.category_filter
        self.area_filter = filters.area_filter
        self.language_filter = filters.language_filter
        self.place_filter = filters.place_filter
        self.count_label = filters.count_label

        # -- results ------------------------------------------------------------------------
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Resources found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Names are long: they wrap, and each row is as tall as its name needs.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setTabKeyNavigation(False)
        self.table.setStyleSheet("QTableView::item { padding-top: 3px; padding-bottom: 3px; }")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        self.table.setColumnWidth(CATEGORY, metrics.horizontalAdvance("Immigration status--"))
        self.table.setColumnWidth(PLACE, metrics.horizontalAdvance("Canada-wide----"))
        self.table.selectionModel().selectionChanged.connect(self._show_current)
        self.table.doubleClicked.connect(self.edit_resource)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No resources to show"))
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.1)
        self.empty_label.setFont(empty_font)
        self.empty_add_button = QPushButton(self.tr("Add a local resource…"))
        self.empty_add_button.setAccessibleName(self.tr("Add a local resource"))
        self.empty_add_button.clicked.connect(self.add_resource)
        empty_page = QFrame()
        empty_page.setFrameShape(QFrame.Shape.StyledPanel)
        empty_page.setAutoFillBackground(True)
        empty_page.setBackgroundRole(QPalette.ColorRole.Base)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(24, 24, 24, 24)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.empty_page = empty_page
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(empty_page)

        # -- details ------------------------------------------------------------------------
        detail_side = ResourceDetailPane()
        self._detail_pane = detail_side
        self.details = detail_side.details
        self.edit_button = detail_side.edit_button
        self.edit_button.clicked.connect(self.edit_resource)
        self.delete_button = detail_side.delete_button
        self.delete_button.clicked.connect(self.delete_resource)
        self.copy_button = detail_side.copy_button
        self.copy_button.clicked.connect(self.copy_contact_details)
        self.refer_button = detail_side.refer_button
        self.refer_button.clicked.connect(self.refer_client)
        self.notice = detail_side.notice
        self.notice_timer = detail_side.notice_timer

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(detail_side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._split = False

        # -- layout -------------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters.search_row)
        layout.addLayout(filters.filters_row)
        layout.addWidget(self.splitter, 1)

        order: list[QWidget] = [
            self.search,
            self.category_filter,
            self.area_filter,
            self.language_filter,
            self.place_filter,
            self.table,
            self.details,
            self.refer_button,
            self.copy_button,
            self.edit_button,
            self.delete_button,
            self.add_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.search)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.search_timer.start)
        self.place_filter.textChanged.connect(self.search_timer.start)
        self.search.installEventFilter(self)
        for combo in filters.combos():
            combo.currentIndexChanged.connect(self.apply_search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        self._read_vocabulary()
        self.apply_search()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time, share the width between the list (its names are long) and the
        details; after that the worker's own split is kept."""
        super().showEvent(event)
        width = self.splitter.width()
        if not self._split and width > 0:
            self._split = True
            self.splitter.setSizes([width * 11 // 20, width - width * 11 // 20])

    # -- searching --------------------------------------------------------------------------

    def _read_vocabulary(self) -> None:
        """Count the entries per category and list the languages present, for the filters."""
        catalogue = self._workspace.catalogue
        self._counts = catalogue.counts_by_category()
        self._filters.show_vocabulary(self._counts, catalogue.languages_present())

    def apply_search(self) -> None:
        """Search for what is typed and chosen now (typing does it after a short pause).

        A new search shows its best match; the same search read again (after a change) keeps
        the entry shown."""
        self.search_timer.stop()
        current = self.current_resource_id()
        query = (
            " ".join(self.search.text().split()),
            self.category_filter.currentData(),
            self.area_filter.currentData(),
            self.language_filter.currentData(),
            self.place_filter.text().strip() or None,
        )
        text, category, area, language, place = query
        rows = self._workspace.catalogue.search(
            text, category=category, area=area, language=language, place=place, limit=LIST_LIMIT
        )
        self.model.set_rows(rows)
        row = None
        if current is not None and query == self._last_query:
            row = self.model.row_of(current)
        self._last_query = query
        if row is None and rows:
            row = 0
        if row is not None:
            self._select_row(row)
        else:
            self._show_detail(None)
        self._update_state()

    def set_category_filter(self, category: str | None) -> None:
        """Show only ``category`` (``None``: all categories)."""
        self.category_filter.setCurrentIndex(max(self.category_filter.findData(category), 0))

    def _update_state(self) -> None:
        shown = self.model.rowCount()
        if shown >= LIST_LIMIT:
            count = self.tr("The first %1 resources: type more to narrow the search.").replace(
                "%1", str(LIST_LIMIT)
            )
        elif shown == 1:
            count = self.tr("1 resource")
        else:
            count = self.tr("%1 resources").replace("%1", str(shown))
        self.count_label.setText(count)
        if shown:
            self.results.setCurrentWidget(self.table)
            return
        category = self.category_filter.currentData()
        invite = False
        if category and self._counts.get(category, 0) == 0:
            label = category_label(category)
            text = self.tr(
                "No %1 in the catalogue yet. Add the services you know in your area with Add a "
                "local resource…"
            ).replace("%1", label[:1].lower() + label[1:])
            invite = True
        elif sum(self._counts.values()) == 0:
            text = self.tr(
                "The catalogue is empty. Add the services you know in your area with Add a local "
                "resource…"
            )
            invite = True
        else:
            text = self.tr(
                "No resources match this search. Check the spelling, try another word, or clear "
                "the filters."
            )
        self.empty_label.setText(text)
        self.empty_add_button.setVisible(invite)
        self.results.setCurrentWidget(self.empty_page)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Down in the search field moves to the results."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in MOVE_KEYS
        ):
            self.apply_search()
            if self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- the selected entry -----------------------------------------------------------------

    def current_resource_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.resource_id(rows[0].row()) if rows else None

    def select_resource(self, resource_id: uuid.UUID) -> bool:
        """Select and show ``resource_id``; ``False`` when the search leaves it out."""
        row = self.model.row_of(resource_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_current()

    def _show_current(self) -> None:
        resource_id = self.current_resource_id()
        if resource_id is None:
            self._show_detail(None)
            return
        if self.detail is not None and self.detail.id == resource_id:
            return
        try:
            detail = self._workspace.catalogue.get(resource_id)
        except NotFoundError:
            detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: ResourceDetail | None) -> None:
        self.detail = detail
        self._detail_pane.show_detail(detail)

    def detail_text(self) -> str:
        """The detail pane as plain text."""
        return self.details.toPlainText()

    # -- actions ----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self._detail_pane.say(text)

    def _refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the counts, the languages and the results again (after a change)."""
        self.detail = None
        self._read_vocabulary()
        self.apply_search()
        if select is not None and not self.select_resource(select):
            # The search hides the entry: show the whole catalogue with it selected.
            self._filters.clear()
            self.apply_search()
            self.select_resource(select)

    def _open(self, dialog: ResourceDialog | ReferralDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def add_resource(self) -> None:
        """Open the dialog to add a local entry (in the category shown, if one is chosen)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = ResourceDialog(
            self._workspace, parent=self, category=self.category_filter.currentData()
        )
        dialog.accepted.connect(self._saved)
        self._open(dialog)

    def edit_resource(self) -> None:
        if self.detail is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = ResourceDialog(self._workspace, self.detail, parent=self)
        dialog.accepted.connect(self._saved)
        self._open(dialog)

    def _saved(self) -> None:
        if isinstance(self.dialog, ResourceDialog) and self.dialog.saved is not None:
            self._refresh(select=self.dialog.saved.id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self._say(self.tr("Saved."))

    def delete_resource(self) -> None:
        detail = self.detail
        if detail is None:
            return
        name = resource_name(detail.entry.name, detail.entry.name_fr)
        if not dialogs.confirm(
            self,
            self.tr("Delete this resource?"),
            self.tr("Delete %1 from the catalogue? This cannot be undone.").replace("%1", name),
        ):
            return
        try:
            self._workspace.catalogue.delete(detail.id)
        except CatalogueRefusalError as exc:
            dialogs.warning(self, self.tr("Resource not deleted"), self._refusal_text(exc))
            return
        except ServiceError as exc:
            dialogs.warning(self, self.tr("Resource not deleted"), exc.message)
            return
        self._refresh()
        self._say(self.tr("Deleted."))

    def _refusal_text(self, refusal: CatalogueRefusalError) -> str:
        if refusal.reason == "in_use":
            return self.tr(
                "This resource is used by %n referral(s), so it cannot be deleted.",
                "",
                refusal.count,
            )
        if refusal.reason == "shipped_entry":
            return self.tr("Resources that came with the app cannot be deleted. Edit them instead.")
        return refusal.message

    def contact_text(self) -> str:
        """The selected entry's name and contact details, one per line, as plain text."""
        return contact_text(self.detail)

    def copy_contact_details(self) -> None:
        text = self.contact_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("Contact details copied. Paste them where you need them."))

    def refer_client(self) -> None:
        if self.detail is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = ReferralDialog(
            self._workspace,
            resource_id=self.detail.id,
            area_key=self.area_filter.currentData(),
            parent=self,
        )
        dialog.accepted.connect(self._referred)
        self._open(dialog)

    def _referred(self) -> None:
        if isinstance(self.dialog, ReferralDialog) and self.dialog.saved is not None:
            self._say(self.tr("Referral saved. It is listed on the client's Referrals tab."))
            self.referral_saved.emit(self.dialog.saved)
