"""The resource catalogue: search as you type, filter, read every detail of an entry, add and
edit local entries, copy contact details, and refer a client."""

from __future__ import annotations

import html
import itertools
import uuid
from datetime import date

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
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ltsupport.checklist import NEED_AREAS
from ltsupport.models.resource import ResourceSource
from ltsupport.services.catalogue import CatalogueRefusalError, ResourceDetail
from ltsupport.services.catalogue_file import CATEGORIES
from ltsupport.services.errors import NotFoundError, ServiceError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.labels import (
    category_label,
    date_text,
    language_label,
    need_area_label,
    not_recorded,
    place_label,
    province_label,
    resource_name,
    resource_source_label,
    ui_language,
)
from ltsupport.ui.qtmodels.resource_list_model import CATEGORY, NAME, PLACE, ResourceListModel
from ltsupport.ui.referral_dialog import ReferralDialog
from ltsupport.ui.resource_dialog import ResourceDialog
from ltsupport.ui.widgets.field_messages import hint_label

SEARCH_DELAY_MS = 150
LIST_LIMIT = 500
MOVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
# The words say it; the colour only repeats it. Dark text on light backgrounds.
STALE_COLOURS = ("#fff2cc", "#4a3200")
VERIFIED_COLOURS = ("#dcf2e0", "#14532d")
MUTED = "#5a5a5a"


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
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search the catalogue: a name, a service, a language, a place")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), None)
        for key in CATEGORIES:
            self.category_filter.addItem(category_label(key), key)
        self.category_filter.setAccessibleName(self.tr("Category"))
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setMinimumContentsLength(18)
        category_label_widget = QLabel(self.tr("Cate&gory:"))
        category_label_widget.setBuddy(self.category_filter)

        self.area_filter = QComboBox()
        self.area_filter.addItem(self.tr("All needs areas"), None)
        language = ui_language()
        for area in NEED_AREAS:
            self.area_filter.addItem(area.title.get(language), area.key)
        self.area_filter.setAccessibleName(self.tr("Needs area"))
        self.area_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area_filter.setMinimumContentsLength(14)
        area_label = QLabel(self.tr("Needs &area:"))
        area_label.setBuddy(self.area_filter)

        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Language"))
        self.language_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_label_widget = QLabel(self.tr("La&nguage:"))
        language_label_widget.setBuddy(self.language_filter)

        self.place_filter = QLineEdit()
        self.place_filter.setPlaceholderText(self.tr("City, or ON, QC…"))
        self.place_filter.setClearButtonEnabled(True)
        self.place_filter.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.place_filter.placeholderText() + "MMMM")
        )
        self.place_filter.setAccessibleName(self.tr("Place"))
        self.place_filter.setAccessibleDescription(
            self.tr("A city, or a province or territory code such as ON or QC.")
        )
        place_label_widget = QLabel(self.tr("&Place:"))
        place_label_widget.setBuddy(self.place_filter)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of resources shown"))

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
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.details.setAccessibleName(self.tr("Details of the selected resource"))
        self.details.setPlaceholderText(
            self.tr("Choose a resource in the list to see its details.")
        )
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected resource"))
        self.edit_button.clicked.connect(self.edit_resource)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected resource"))
        self.delete_button.clicked.connect(self.delete_resource)
        self.copy_button = QPushButton(self.tr("C&opy contact details"))
        self.copy_button.setAccessibleName(self.tr("Copy contact details"))
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the name, phone, e-mail, website and address as plain text.")
        )
        self.copy_button.clicked.connect(self.copy_contact_details)
        self.refer_button = QPushButton(self.tr("&Refer a client…"))
        self.refer_button.setAccessibleName(self.tr("Refer a client to the selected resource"))
        self.refer_button.clicked.connect(self.refer_client)
        self.notice = hint_label("")
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(8000)
        self.notice_timer.timeout.connect(self.notice.clear)

        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.refer_button)
        detail_buttons.addWidget(self.copy_button)
        detail_buttons.addStretch(1)
        detail_buttons.addWidget(self.edit_button)
        detail_buttons.addWidget(self.delete_button)
        detail_side = QWidget()
        detail_layout = QVBoxLayout(detail_side)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        detail_layout.addLayout(detail_buttons)
        detail_layout.addWidget(self.notice)

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
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 3)
        search_row.addSpacing(8)
        search_row.addWidget(place_label_widget)
        search_row.addWidget(self.place_filter, 1)
        search_row.addSpacing(8)
        search_row.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(category_label_widget)
        filters.addWidget(self.category_filter, 3)
        filters.addSpacing(8)
        filters.addWidget(area_label)
        filters.addWidget(self.area_filter, 2)
        filters.addSpacing(8)
        filters.addWidget(language_label_widget)
        filters.addWidget(self.language_filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addLayout(filters)
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
        for combo in (self.category_filter, self.area_filter, self.language_filter):
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
        for i in range(1, self.category_filter.count()):
            key = str(self.category_filter.itemData(i))
            self.category_filter.setItemText(
                i,
                self.tr("%1 (%2)")
                .replace("%1", category_label(key))
                .replace("%2", str(self._counts.get(key, 0))),
            )
        codes = catalogue.languages_present()
        chosen = self.language_filter.currentData()
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), None)
        for code in codes:
            self.language_filter.addItem(language_label(code), code)
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(chosen), 0))
        self.language_filter.blockSignals(False)

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
        self.details.setHtml(self._detail_html(detail) if detail is not None else "")
        has = detail is not None
        self.edit_button.setEnabled(has)
        self.refer_button.setEnabled(has)
        local = detail is not None and detail.source is ResourceSource.LOCAL
        self.delete_button.setEnabled(local)
        self.delete_button.setToolTip(
            ""
            if local or detail is None
            else self.tr("Resources that came with the app cannot be deleted; edit them instead.")
        )
        entry = detail.entry if detail is not None else None
        self.copy_button.setEnabled(
            entry is not None and any((entry.phone, entry.email, entry.website, entry.address))
        )

    def detail_text(self) -> str:
        """The detail pane as plain text."""
        return self.details.toPlainText()

    def _detail_html(self, detail: ResourceDetail, today: date | None = None) -> str:
        entry = detail.entry
        esc = html.escape

        def block(text: str) -> str:
            if not text:
                return f'<span style="color:{MUTED}">{esc(not_recorded())}</span>'
            return esc(text).replace("\n", "<br>")

        def banner(colours: tuple[str, str], heading: str, text: str) -> str:
            background, foreground = colours
            return (
                '<table width="100%" cellspacing="0" cellpadding="8"><tr>'
                f'<td bgcolor="{background}"><span style="color:{foreground}">'
                f"<b>{esc(heading)}</b><br>{esc(text)}</span></td></tr></table>"
            )

        name = resource_name(entry.name, entry.name_fr)
        parts = [f"<h2>{esc(name)}</h2>"]
        place = place_label(entry.city, entry.province, entry.country)
        parts.append(f"<p>{esc(category_label(entry.category))} · {esc(place)}</p>")
        if detail.needs_verification(today):
            when = (
                self.tr("These details have never been checked.")
                if entry.verified_on is None
                else self.tr("Last checked on %1.").replace("%1", date_text(entry.verified_on))
            )
            parts.append(
                banner(
                    STALE_COLOURS,
                    "⚠ " + self.tr("Not verified in the last 12 months: check before referring."),
                    when,
                )
            )
        else:
            parts.append(
                banner(
                    VERIFIED_COLOURS,
                    "✓ " + self.tr("Verified on %1").replace("%1", date_text(entry.verified_on)),
                    self.tr("Checked within the last 12 months."),
                )
            )
        languages = ", ".join(language_label(code) for code in entry.languages)
        areas = ", ".join(need_area_label(key) for key in entry.areas)
        province = f"{province_label(entry.province)} ({entry.province})" if entry.province else ""
        rows = (
            (self.tr("Name"), entry.name),
            (self.tr("French name"), entry.name_fr),
            (self.tr("Category"), category_label(entry.category)),
            (self.tr("Needs areas"), areas),
            (self.tr("Description"), entry.description),
            (self.tr("Services offered"), entry.services),
            (self.tr("Languages"), languages),
            (self.tr("Phone"), entry.phone),
            (self.tr("E-mail"), entry.email),
            (self.tr("Website"), entry.website),
            (self.tr("Address"), entry.address),
            (self.tr("City"), entry.city),
            (self.tr("Province"), province),
            (self.tr("Country"), entry.country or ""),
            (self.tr("Hours"), entry.hours),
            (self.tr("Eligibility"), entry.eligibility),
            (self.tr("Cost"), entry.cost),
            (self.tr("Accessibility"), entry.accessibility),
            (self.tr("Information comes from"), entry.source_note),
            (self.tr("Verified on"), date_text(entry.verified_on)),
            (
                self.tr("In the catalogue"),
                resource_source_label(detail.source, detail.edited_locally),
            ),
        )
        table = "".join(
            f'<tr><td align="right" valign="top" style="color:{MUTED}; padding-right:8px">'
            f'{esc(label)}</td><td valign="top">{block(value)}</td></tr>'
            for label, value in rows
        )
        parts.append(f'<table cellspacing="0" cellpadding="3">{table}</table>')
        return "".join(parts)

    # -- actions ----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice_timer.start()

    def _refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the counts, the languages and the results again (after a change)."""
        self.detail = None
        self._read_vocabulary()
        self.apply_search()
        if select is not None and not self.select_resource(select):
            # The search hides the entry: show the whole catalogue with it selected.
            for field in (self.search, self.place_filter):
                field.blockSignals(True)
                field.clear()
                field.blockSignals(False)
            for combo in (self.category_filter, self.area_filter, self.language_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
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
        if self.detail is None:
            return ""
        entry = self.detail.entry
        address = ", ".join(
            part.strip()
            for part in (*entry.address.splitlines(), entry.city, entry.province)
            if part.strip()
        )
        lines = [resource_name(entry.name, entry.name_fr)]
        for label, value in (
            (self.tr("Phone"), entry.phone),
            (self.tr("E-mail"), entry.email),
            (self.tr("Website"), entry.website),
            (self.tr("Address"), address),
        ):
            if value:
                lines.append(f"{label}: {value}")
        return "\n".join(lines)

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
