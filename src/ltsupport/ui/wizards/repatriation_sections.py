"""The lists on a return step's page: catalogue entries linked to the step (with a search to
link one, suggested entries and "Add to the catalogue…"), and the embassy or consulate finder.

Each link is saved through the repatriation service at once, so nothing here waits for the page
to be left. A new catalogue entry is made with the catalogue's own form, its country filled in.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.catalogue import ResourceSummary
from ltsupport.services.errors import NotFoundError
from ltsupport.services.repatriation import LinkedResource
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import hint_label
from ltsupport.ui.labels import category_label, place_label, resource_name
from ltsupport.ui.resource_dialog import ResourceDialog
from ltsupport.ui.wizards.list_section import ID_ROLE, ListSection
from ltsupport.ui.wizards.repatriation_labels import country_label

CONSULATES = "embassies_consulates"
SEARCH_ROWS = 8


class CatalogueSearchDialog(QDialog):
    """Search the catalogue (as you type) and choose one entry; :attr:`chosen` holds its id
    after Link. ``category`` or ``country`` offer a filter, on at first."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        category: str | None = None,
        country: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._category = category
        self._country = country
        self.chosen: uuid.UUID | None = None
        self.results: list[ResourceSummary] = []
        self.setWindowTitle(self.tr("Link a catalogue entry"))
        self.setModal(True)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("A name, a service or a place"))
        self.query.setClearButtonEnabled(True)
        query_label = QLabel(self.tr("&Search the catalogue:"))
        query_label.setBuddy(self.query)
        self.only = QCheckBox()
        if category is not None:
            self.only.setText(self.tr("&Only %1").replace("%1", category_label(category)))
        elif country is not None:
            self.only.setText(self.tr("&Only entries for %1").replace("%1", country_label(country)))
        self.only.setChecked(category is not None or country is not None)
        self.only.setVisible(category is not None or country is not None)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Entry"), self.tr("Category"), self.tr("Place")]
        )
        self.table.setAccessibleName(self.tr("Catalogue entries found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * SEARCH_ROWS
            + header.sizeHint().height()
        )
        self.table.doubleClicked.connect(self.accept)
        self.none_found = QLabel(self.tr("Nothing found. Try other words, or untick the filter."))
        self.none_found.setWordWrap(True)
        self.none_found.hide()

        self.buttons = QDialogButtonBox()
        self.link_button = self.buttons.addButton(
            self.tr("&Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.link_button.setAccessibleName(self.tr("Link the selected entry to this step"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(query_label)
        row.addWidget(self.query, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self.only)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.none_found)
        layout.addWidget(self.buttons)
        for first, second in itertools.pairwise(
            (self.query, self.only, self.table, self.link_button, cancel)
        ):
            QWidget.setTabOrder(first, second)
        self.resize(760, 460)

        self.query.textChanged.connect(self.refresh)
        self.only.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update)
        self.refresh()
        self.query.setFocus()

    def refresh(self) -> None:
        """Search again with what is typed and the filter."""
        filtered = self.only.isChecked()
        self.results = self._workspace.catalogue.search(
            self.query.text(),
            category=self._category if filtered else None,
            country=self._country if filtered and self._category is None else None,
        )
        self.table.setRowCount(len(self.results))
        for row, summary in enumerate(self.results):
            texts = (
                resource_name(summary.name, summary.name_fr),
                category_label(summary.category),
                place_label(summary.city, summary.province, summary.country),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(ID_ROLE, summary.id)
                self.table.setItem(row, column, item)
        self.none_found.setVisible(not self.results)
        if self.results:
            self.table.selectRow(0)
        self._update()

    def _selected(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.data(ID_ROLE) if item is not None else None

    def _update(self) -> None:
        self.link_button.setEnabled(self._selected() is not None)

    def accept(self) -> None:
        self.chosen = self._selected()
        if self.chosen is not None:
            super().accept()


class LinkedEntriesSection(ListSection):
    """Catalogue entries linked to one step of ``plan_id``. ``category`` or ``country`` set the
    search's filter; each of ``suggested`` gets a button that links it in one click; with
    ``can_add``, "Add to the catalogue…" makes a new entry (with ``country``) and links it."""

    def __init__(
        self,
        workspace: Workspace,
        plan_id: uuid.UUID,
        step_key: str,
        linked: Sequence[LinkedResource],
        *,
        category: str | None = None,
        country: str | None = None,
        suggested: Sequence[tuple[ResourceSummary, str]] = (),
        can_add: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Catalogue entries for this step"),
            [self.tr("Entry"), self.tr("Country")],
            list_name=self.tr("Catalogue entries linked to this step"),
            empty_text=self.tr("No catalogue entry linked yet."),
            hint=(
                self.tr(
                    "A service found in the home country can be added to the catalogue with "
                    "its country, so it is found again for the next person."
                )
                if can_add
                else ""
            ),
            parent=parent,
        )
        self._workspace = workspace
        self._plan_id = plan_id
        self._step_key = step_key
        self._category = category
        self._country = country
        self.linked: list[LinkedResource] = []
        self.suggested: dict[uuid.UUID, QPushButton] = {}
        self.link_button = self.add_button(
            self.tr("&Link a catalogue entry…"),
            self.tr("Link a catalogue entry"),
            self.choose,
        )
        self.unlink_button = self.add_button(
            self.tr("&Unlink"), self.tr("Unlink the selected entry"), self.unlink
        )
        if can_add:
            self.add_new = self.add_button(
                self.tr("Add to the catalo&gue…"),
                self.tr("Add a new entry to the catalogue and link it"),
                lambda: self.add_to_catalogue(country=country),
            )
        self.finish_buttons()
        if suggested:
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(hint_label(self.tr("Suggested:")))
            for summary, text in suggested:
                name = resource_name(summary.name, summary.name_fr)
                button = QPushButton(text)
                button.setAccessibleName(self.tr("Link %1").replace("%1", name))
                button.setToolTip(name)
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, rid=summary.id: self.link(rid))
                row.addWidget(button)
                self.suggested[summary.id] = button
            row.addStretch(1)
            layout = self.layout()
            if isinstance(layout, QVBoxLayout):
                layout.addLayout(row)
        self.show_linked(linked)

    def focus_order(self) -> list[QWidget]:
        return [*super().focus_order(), *self.suggested.values()]

    def show_linked(
        self, linked: Sequence[LinkedResource], select: uuid.UUID | None = None
    ) -> None:
        self.linked = list(linked)
        rows = [(r.id, [r.name, country_label(r.country) if r.country else ""]) for r in linked]
        self.set_rows(rows, select)

    def linked_ids(self) -> set[uuid.UUID]:
        return {r.id for r in self.linked}

    def update_buttons(self) -> None:
        self.unlink_button.setEnabled(self.selected_id() is not None)
        linked = self.linked_ids()
        for resource_id, button in self.suggested.items():
            button.setEnabled(resource_id not in linked)

    def link(self, resource_id: uuid.UUID) -> None:
        """Link an entry to the step (saved at once)."""
        try:
            step = self._workspace.repatriation.link_resource(
                self._plan_id, self._step_key, resource_id
            )
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Not linked"),
                self.tr("This catalogue entry or this plan no longer exists. Nothing was linked."),
            )
            return
        self.show_linked(step.resources, resource_id)
        self.changed.emit()

    def unlink(self) -> None:
        resource_id = self.selected_id()
        if resource_id is None:
            return
        try:
            step = self._workspace.repatriation.unlink_resource(
                self._plan_id, self._step_key, resource_id
            )
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Not unlinked"),
                self.tr("This plan no longer exists. Nothing was changed."),
            )
            return
        self.show_linked(step.resources)
        self.changed.emit()

    def choose(self) -> None:
        """Search the catalogue for an entry to link."""
        if self.dialog is None:
            dialog = CatalogueSearchDialog(
                self._workspace, category=self._category, country=self._country, parent=self
            )
            self.open_dialog(dialog, self._chosen)

    def _chosen(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, CatalogueSearchDialog) and dialog.chosen is not None:
            self.link(dialog.chosen)

    def add_to_catalogue(
        self,
        *,
        category: str | None = None,
        country: str | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Add a new entry to the catalogue (its country filled in) and link it; ``then``
        runs after it is saved."""
        if self.dialog is not None:
            return
        dialog = ResourceDialog(self._workspace, parent=self, category=category, country=country)

        def saved() -> None:
            if dialog.saved is not None:
                self.link(dialog.saved.id)
            if then is not None:
                then()

        self.open_dialog(dialog, saved)


class ConsulateFinder(ListSection):
    """The embassies and consulates of the person's country in the catalogue (or the entry that
    tells staff how to add one), to link to the step through ``linked``. Without a country on
    the client's record, the worker types one here."""

    def __init__(
        self,
        workspace: Workspace,
        country: str | None,
        linked: LinkedEntriesSection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Find the embassy or consulate"),
            [self.tr("Embassy or consulate"), self.tr("Country")],
            list_name=self.tr("Embassies and consulates found"),
            empty_text=self.tr(
                "The button above looks in the catalogue for the embassies and consulates of "
                "the person's country."
            ),
            parent=parent,
        )
        self._workspace = workspace
        self._linked = linked
        self._known_country = (country or "").upper()
        self.results: list[ResourceSummary] = []
        self.country = QLineEdit(self._known_country, self)
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMMM") + 16)
        self.country.setAccessibleName(self.tr("Country, as a two-letter code"))
        self.find_button = QPushButton()
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.look_up)
        top = QVBoxLayout()
        top.setSpacing(6)
        if self._known_country:
            self.country.hide()
            top.addWidget(
                hint_label(
                    self.tr("Country of origin on the client's record: %1.").replace(
                        "%1", country_label(self._known_country)
                    )
                )
            )
        else:
            label = QLabel(self.tr("Countr&y (two-letter code, for example PH):"))
            label.setBuddy(self.country)
            row = QHBoxLayout()
            row.addWidget(label)
            row.addWidget(self.country)
            row.addStretch(1)
            top.addWidget(
                hint_label(self.tr("The client's record has no country of origin. Type it here."))
            )
            top.addLayout(row)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_button)
        find_row.addStretch(1)
        top.addLayout(find_row)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About the consulates found"))
        self.notice.hide()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(0, top)
            layout.insertWidget(1, self.notice)
        self.link_selected = self.add_button(
            self.tr("Lin&k the selected consulate"),
            self.tr("Link the selected embassy or consulate to this step"),
            self.link,
        )
        self.add_new = self.add_button(
            self.tr("Add a consulate to the catalo&gue…"),
            self.tr("Add an embassy or consulate to the catalogue"),
            self.add_consulate,
        )
        self.finish_buttons()
        self.country.textChanged.connect(self._country_changed)
        self._country_changed()
        self.set_rows([])

    def focus_order(self) -> list[QWidget]:
        typed = [] if self._known_country else [self.country]
        return [*typed, self.find_button, *super().focus_order()]

    def current_country(self) -> str:
        return self.country.text().strip().upper()

    def _country_changed(self) -> None:
        code = self.current_country()
        valid = len(code) == 2 and code.isalpha()
        if valid:
            text = self.tr("Find the &consulate for %1").replace("%1", country_label(code))
        else:
            text = self.tr("Find the &consulate for this country")
        self.find_button.setText(text)
        self.find_button.setAccessibleName(text.replace("&", ""))
        self.find_button.setEnabled(valid)
        self.update_buttons()

    def look_up(self) -> None:
        """Look up the consulates of the country in the catalogue."""
        code = self.current_country()
        if len(code) != 2 or not code.isalpha():
            return
        self.results = self._workspace.repatriation.consulates_for(code)
        self.set_rows(
            [
                (
                    r.id,
                    [
                        resource_name(r.name, r.name_fr),
                        country_label(r.country) if r.country else "",
                    ],
                )
                for r in self.results
            ]
        )
        generic = all(r.country is None for r in self.results)
        if generic:
            self.notice.setText(
                self.tr(
                    "No embassy or consulate of %1 is in the catalogue yet. The entry below "
                    "explains how to find one: add it to the catalogue with its country, and it "
                    "will be found here next time."
                ).replace("%1", country_label(code))
            )
        else:
            self.notice.setText(
                self.tr(
                    "Found in the catalogue for %1. Link the one the person will deal with."
                ).replace("%1", country_label(code))
            )
        self.notice.show()
        self.table.setFocus()

    def update_buttons(self) -> None:
        self.link_selected.setEnabled(self.selected_id() is not None)
        code = self.current_country()
        self.add_new.setEnabled(len(code) == 2 and code.isalpha())

    def link(self) -> None:
        resource_id = self.selected_id()
        if resource_id is not None:
            self._linked.link(resource_id)

    def add_consulate(self) -> None:
        code = self.current_country()
        self._linked.add_to_catalogue(category=CONSULATES, country=code, then=self.look_up)
