"""Refer a client to a catalogue resource.

:class:`ReferralDialog` makes a referral: from the catalogue (the resource is known; choose the
client) or from a client (choose the resource, optionally among those for one needs area).
Before anything is saved it looks for the client's consent to share with that organisation;
without one it says so, offers to record it, and allows saving only as a suggestion.
The dialogs that move a referral along are in :mod:`ltsupport.ui.referral_update_dialogs`
(importable from here too).
"""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltsupport.checklist import NEED_AREAS
from ltsupport.models.resource import ReferralStatus
from ltsupport.services.errors import NotFoundError, ValidationError
from ltsupport.services.referrals import ReferralView
from ltsupport.services.workspace import Workspace
from ltsupport.ui.consent_notice import ConsentNotice
from ltsupport.ui.labels import (
    category_label,
    place_label,
    resource_name,
    ui_language,
)
from ltsupport.ui.qtmodels.client_table_model import (
    ASSIGNED_WORKER,
    CASE_CODE,
    INTAKE_DATE,
    PREFERRED_NAME,
    STATUS,
    ClientTableModel,
)
from ltsupport.ui.qtmodels.resource_list_model import (
    CATEGORY,
    NAME,
    PLACE,
    ResourceListModel,
)
from ltsupport.ui.referral_update_dialogs import FOLLOW_UP_AFTER
from ltsupport.ui.referral_update_dialogs import FollowUpDialog as FollowUpDialog
from ltsupport.ui.referral_update_dialogs import ReferralStatusDialog as ReferralStatusDialog
from ltsupport.ui.widgets.date_edit import date_edit, from_qdate
from ltsupport.ui.widgets.field_messages import error_label, hint_label, show_error, shown_text
from ltsupport.ui.widgets.form_dialog import FormDialog, chain_tab_order, field_cell, inline_row

FILTER_DELAY_MS = 150
CHOOSER_ROWS = 6
RESOURCE_LIMIT = 200
MOVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)


def _cell(*widgets: QWidget) -> QWidget:
    return field_cell(*widgets, spacing=4)


def _selected_row(table: QTableView | None) -> int | None:
    """The row selected in ``table`` (one at most), or ``None``."""
    if table is None:
        return None
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def _chooser_table(rows: int) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    row_height = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(row_height * rows + table.horizontalHeader().sizeHint().height() + 4)
    return table


class ReferralDialog(FormDialog):
    """Make one referral. Give ``resource_id`` (from the catalogue: choose the client),
    ``client_id`` (from a client: choose the resource), or both; ``area_key`` preselects a
    needs area. :attr:`saved` holds the referral after Save."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        client_id: uuid.UUID | None = None,
        resource_id: uuid.UUID | None = None,
        area_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if client_id is None and resource_id is None:
            raise ValueError("A referral dialog needs a client, a resource or both.")
        super().__init__(parent)
        self._workspace = workspace
        self._fixed_client = client_id
        self._fixed_resource = resource_id
        self._client_names: dict[uuid.UUID, str] = {}
        self._resource_names: dict[uuid.UUID, str] = {}
        self._wanted = ReferralStatus.REFERRED
        self.saved: ReferralView | None = None
        self.setWindowTitle(
            self.tr("Refer a client") if client_id is None else self.tr("Refer to a resource")
        )

        intro = hint_label(
            self.tr(
                "A referral records where you sent the person, or suggest they go, and the "
                "consent it relies on. Fields marked * are required."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        order: list[QWidget] = []

        # -- what is fixed --------------------------------------------------------------------
        self.client_label: QLabel | None = None
        self.resource_label: QLabel | None = None
        if client_id is not None:
            self.client_label = self._fixed_label(self.tr("Client"), self._client_text(client_id))
            form.addRow(self.tr("Client:"), self.client_label)
        if resource_id is not None:
            self.resource_label = self._fixed_label(
                self.tr("Resource"), self._resource_text(resource_id)
            )
            self.resource_label.setTextFormat(Qt.TextFormat.RichText)
            font = self.resource_label.font()
            font.setBold(False)
            self.resource_label.setFont(font)
            form.addRow(self.tr("Resource:"), self.resource_label)

        # -- the needs area -----------------------------------------------------------------
        self.area = QComboBox()
        self.area.addItem(self.tr("No particular needs area"), None)
        language = ui_language()
        for need in NEED_AREAS:
            self.area.addItem(need.title.get(language), need.key)
        self.area.setAccessibleName(self.tr("Needs area"))
        self.area.setAccessibleDescription(self.tr("Optional: the part of the plan it serves."))
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if area_key is not None:
            self.area.setCurrentIndex(max(self.area.findData(area_key), 0))
        self.area_error = error_label(self.tr("Problem with Needs area"))
        area_label = QLabel(self.tr("Needs &area"))
        area_label.setBuddy(self.area)

        # -- choosing the client --------------------------------------------------------------
        self.client_filter: QLineEdit | None = None
        self.client_table: QTableView | None = None
        self.client_model: ClientTableModel | None = None
        self.client_error = error_label(self.tr("Problem with Client"))
        self.client_timer = QTimer(self)
        self.client_timer.setSingleShot(True)
        self.client_timer.setInterval(FILTER_DELAY_MS)
        if client_id is None:
            self.client_filter = QLineEdit()
            self.client_filter.setPlaceholderText(self.tr("Type a case code or a name"))
            self.client_filter.setClearButtonEnabled(True)
            self.client_filter.setAccessibleName(self.tr("Find the client"))
            self.client_filter.setAccessibleDescription(
                self.tr("Active clients whose case code or name contains what you type.")
            )
            self.client_model = ClientTableModel(workspace.clients, self)
            self.client_table = _chooser_table(CHOOSER_ROWS)
            self.client_table.setModel(self.client_model)
            self.client_table.setAccessibleName(self.tr("Clients"))
            for column in (STATUS, ASSIGNED_WORKER, INTAKE_DATE):
                self.client_table.hideColumn(column)
            header = self.client_table.horizontalHeader()
            header.setSectionResizeMode(CASE_CODE, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(PREFERRED_NAME, QHeaderView.ResizeMode.Stretch)
            self.client_table.selectionModel().selectionChanged.connect(self._choice_changed)
            self.client_timer.timeout.connect(self.apply_client_filter)
            self.client_filter.textChanged.connect(self.client_timer.start)
            self.client_filter.installEventFilter(self)
            cell = _cell(self.client_filter, self.client_table, self.client_error)
            label = QLabel(self.tr("&Client *"))
            label.setBuddy(self.client_filter)
            form.addRow(label, cell)
            order += [self.client_filter, self.client_table]

        # -- choosing the resource ----------------------------------------------------------
        self.resource_search: QLineEdit | None = None
        self.resource_table: QTableView | None = None
        self.resource_model: ResourceListModel | None = None
        self.area_only: QCheckBox | None = None
        self.resource_error = error_label(self.tr("Problem with Resource"))
        self.resource_timer = QTimer(self)
        self.resource_timer.setSingleShot(True)
        self.resource_timer.setInterval(FILTER_DELAY_MS)
        if resource_id is None:
            form.addRow(area_label, _cell(self.area, self.area_error))
            order.append(self.area)
            self.resource_search = QLineEdit()
            self.resource_search.setPlaceholderText(
                self.tr("Search the catalogue: a name, a service, a language, a place")
            )
            self.resource_search.setClearButtonEnabled(True)
            self.resource_search.setAccessibleName(self.tr("Search the catalogue"))
            self.area_only = QCheckBox(self.tr("On&ly resources for this needs area"))
            self.resource_model = ResourceListModel(parent=self)
            self.resource_table = _chooser_table(CHOOSER_ROWS + 1)
            self.resource_table.setModel(self.resource_model)
            self.resource_table.setAccessibleName(self.tr("Resources"))
            header = self.resource_table.horizontalHeader()
            header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.ResizeToContents)
            self.resource_table.setColumnWidth(CATEGORY, 200)
            self.resource_table.selectionModel().selectionChanged.connect(self._choice_changed)
            self.resource_timer.timeout.connect(self.apply_resource_search)
            self.resource_search.textChanged.connect(self.resource_timer.start)
            self.resource_search.installEventFilter(self)
            self.area_only.setChecked(area_key is not None)
            self.area_only.toggled.connect(self.apply_resource_search)
            self.area.currentIndexChanged.connect(self._area_changed)
            cell = _cell(
                self.resource_search, self.area_only, self.resource_table, self.resource_error
            )
            label = QLabel(self.tr("&Resource *"))
            label.setBuddy(self.resource_search)
            form.addRow(label, cell)
            order += [self.resource_search, self.area_only, self.resource_table]
        else:
            form.addRow(area_label, _cell(self.area, self.area_error))
            order.append(self.area)

        # -- consent ------------------------------------------------------------------------
        self.consent = ConsentNotice(workspace, self)
        self.consent.changed.connect(self._update_consent)
        form.addRow(self.consent)
        order.append(self.consent.record_button)

        # -- status, follow-up, notes -------------------------------------------------------
        self.referred_radio = QRadioButton(
            self.tr("Re&ferred: the person agreed, and the service is or will be contacted")
        )
        self.suggested_radio = QRadioButton(
            self.tr("S&uggested: an idea to talk through with the person")
        )
        self.status_group = QButtonGroup(self)
        self.status_group.addButton(self.referred_radio)
        self.status_group.addButton(self.suggested_radio)
        self.referred_radio.setChecked(True)
        self.referred_radio.toggled.connect(self._status_toggled)
        self.status_note = hint_label(
            self.tr("Without consent to share, this can be saved only as a suggestion.")
        )
        self.status_note.hide()
        status_label = QLabel(self.tr("Status"))
        form.addRow(
            status_label, _cell(self.referred_radio, self.suggested_radio, self.status_note)
        )
        order += [self.referred_radio, self.suggested_radio]

        self.follow_up_check = QCheckBox(self.tr("Follow up &on"))
        self.follow_up_check.setChecked(True)
        self.follow_up = date_edit(self.tr("Follow-up date"))
        self.follow_up.setMinimumDate(QDate.currentDate())
        self.follow_up.setDate(QDate(date.today() + FOLLOW_UP_AFTER))
        self.follow_up_check.toggled.connect(self.follow_up.setEnabled)
        self.follow_up_error = error_label(self.tr("Problem with Follow-up date"))
        follow_row = inline_row(self.follow_up_check, self.follow_up)
        form.addRow(QLabel(self.tr("Follow-up")), _cell(follow_row, self.follow_up_error))
        order += [self.follow_up_check, self.follow_up]

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setAccessibleDescription(self.tr("Shown to staff only."))
        self.notes.setPlaceholderText(
            self.tr("For example: who you spoke to, what to bring to the first appointment.")
        )
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        order.append(self.notes)

        buttons = self._save_cancel_buttons(self.tr("&Save"), self.tr("Cancel"))
        order += [self.save_button, self.cancel_button]

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        chain_tab_order(order)

        if self.resource_model is not None:
            self.apply_resource_search()
        self._update_consent()
        search = self.client_filter or self.resource_search
        if search is not None:
            search.setFocus()
        self.resize(max(720, self.sizeHint().width()), self.sizeHint().height())

    # -- building ---------------------------------------------------------------------------

    @staticmethod
    def _fixed_label(name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _client_text(self, client_id: uuid.UUID) -> str:
        """The client as plain text: case code and preferred name."""
        summaries = self._workspace.clients.summaries([client_id])
        if not summaries:
            return self.tr("This client no longer exists.")
        summary = summaries[0]
        self._client_names[client_id] = summary.preferred_name
        return f"{summary.case_code}  {summary.preferred_name}"

    def _resource_text(self, resource_id: uuid.UUID) -> str:
        """The resource as rich text (every value escaped): its name, category and place."""
        try:
            detail = self._workspace.catalogue.get(resource_id)
        except NotFoundError:
            return html.escape(self.tr("This catalogue entry no longer exists."))
        entry = detail.entry
        name = resource_name(entry.name, entry.name_fr)
        self._resource_names[resource_id] = name
        place = place_label(entry.city, entry.province, entry.country)
        return (
            f"<b>{html.escape(name)}</b><br>"
            f"{html.escape(category_label(entry.category))} · {html.escape(place)}"
        )

    # -- choosing ---------------------------------------------------------------------------

    def chosen_client_id(self) -> uuid.UUID | None:
        if self._fixed_client is not None:
            return self._fixed_client
        row = _selected_row(self.client_table)
        if row is None or self.client_model is None:
            return None
        return self.client_model.client_id(row)

    def chosen_resource_id(self) -> uuid.UUID | None:
        if self._fixed_resource is not None:
            return self._fixed_resource
        row = _selected_row(self.resource_table)
        if row is None or self.resource_model is None:
            return None
        return self.resource_model.resource_id(row)

    def apply_client_filter(self) -> None:
        """Filter the clients by what is typed now (typing does it after a short pause)."""
        self.client_timer.stop()
        if self.client_filter is None or self.client_model is None:
            return
        self.client_model.set_filter(self.client_filter.text())
        if self.client_model.rowCount() == 1:
            self._select(self.client_table, 0)
        self._choice_changed()

    def apply_resource_search(self) -> None:
        """Search the catalogue for what is typed now (typing does it after a short pause)."""
        self.resource_timer.stop()
        if self.resource_search is None or self.resource_model is None:
            return
        chosen = self.chosen_resource_id()
        area = self.area.currentData()
        only_area = self.area_only is not None and self.area_only.isChecked() and area
        rows = self._workspace.catalogue.search(
            self.resource_search.text(), area=area if only_area else None, limit=RESOURCE_LIMIT
        )
        self.resource_model.set_rows(rows)
        row = self.resource_model.row_of(chosen) if chosen is not None else None
        if row is None and len(rows) == 1:
            row = 0
        if row is not None:
            self._select(self.resource_table, row)
        self._choice_changed()

    def choose_client(self, client_id: uuid.UUID) -> bool:
        """Select ``client_id`` in the chooser; ``False`` when the filter hides it."""
        model = self.client_model
        row = model.row_of(client_id) if model is not None else None
        return self._select_found(self.client_table, row)

    def choose_resource(self, resource_id: uuid.UUID) -> bool:
        """Select ``resource_id`` in the chooser; ``False`` when the search leaves it out."""
        model = self.resource_model
        row = model.row_of(resource_id) if model is not None else None
        return self._select_found(self.resource_table, row)

    @classmethod
    def _select_found(cls, table: QTableView | None, row: int | None) -> bool:
        """Select ``row`` in ``table``; ``False`` when there is no row to select."""
        if row is None:
            return False
        cls._select(table, row)
        return True

    @staticmethod
    def _select(table: QTableView | None, row: int) -> None:
        if table is None:
            return
        model = table.model()
        table.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(model.index(row, 0))

    def _area_changed(self) -> None:
        if self.area_only is None:
            return
        has_area = self.area.currentData() is not None
        self.area_only.setEnabled(has_area)
        if self.area_only.isChecked() or not has_area:
            self.apply_resource_search()
        elif has_area:
            self.area_only.setChecked(True)

    def _choice_changed(self) -> None:
        if self.chosen_client_id() is not None:
            show_error(self.client_error, "")
        if self.chosen_resource_id() is not None:
            show_error(self.resource_error, "")
        self._update_consent()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Down in a search field moves to its list (Enter does not save there)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in MOVE_KEYS
        ):
            if watched is self.client_filter:
                self.apply_client_filter()
                self._move_to(self.client_table)
                return True
            if watched is self.resource_search:
                self.apply_resource_search()
                self._move_to(self.resource_table)
                return True
        return super().eventFilter(watched, event)

    def _move_to(self, table: QTableView | None) -> None:
        if table is None or table.model().rowCount() == 0:
            return
        if not table.selectionModel().selectedRows():
            self._select(table, 0)
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- consent and status -----------------------------------------------------------------

    def _update_consent(self) -> None:
        client_id = self.chosen_client_id()
        resource_id = self.chosen_resource_id()
        if client_id is None or resource_id is None:
            self.consent.clear()
        else:
            name = self._client_names.get(client_id)
            if name is None:
                self._client_text(client_id)
                name = self._client_names.get(client_id, "")
            organisation = self._resource_names.get(resource_id)
            if organisation is None:
                self._resource_text(resource_id)
                organisation = self._resource_names.get(resource_id, "")
            self.consent.check(client_id, name, resource_id, organisation)
        self._update_status()

    def _update_status(self) -> None:
        missing = self.consent.missing
        self.status_note.setVisible(missing)
        if missing:
            self.referred_radio.setEnabled(False)
            self.suggested_radio.setChecked(True)
        else:
            self.referred_radio.setEnabled(True)
            radio = (
                self.referred_radio
                if self._wanted is ReferralStatus.REFERRED
                else self.suggested_radio
            )
            radio.setChecked(True)

    def _status_toggled(self) -> None:
        if self.referred_radio.isEnabled():
            self._wanted = (
                ReferralStatus.REFERRED
                if self.referred_radio.isChecked()
                else ReferralStatus.SUGGESTED
            )

    def status(self) -> ReferralStatus:
        """The status the referral will be saved with."""
        if self.referred_radio.isChecked() and self.referred_radio.isEnabled():
            return ReferralStatus.REFERRED
        return ReferralStatus.SUGGESTED

    def error_text(self, field: str) -> str:
        """The problem shown for ``field`` (client, resource, area, follow_up), or empty."""
        label = {
            "client": self.client_error,
            "resource": self.resource_error,
            "area": self.area_error,
            "follow_up": self.follow_up_error,
        }[field]
        return shown_text(label)

    # -- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        """Record the referral through the service; on a problem, show it and stay open."""
        client_id = self.chosen_client_id()
        resource_id = self.chosen_resource_id()
        show_error(
            self.client_error, self.tr("Choose the client to refer.") if client_id is None else ""
        )
        show_error(
            self.resource_error,
            self.tr("Choose a resource from the catalogue.") if resource_id is None else "",
        )
        show_error(self.area_error, "")
        show_error(self.follow_up_error, "")
        if client_id is None or resource_id is None:
            focus = self.client_filter if client_id is None else self.resource_search
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        status = self.status()
        if status is not ReferralStatus.SUGGESTED and self.consent.consent_id is None:
            self.consent.record_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        follow_up = from_qdate(self.follow_up.date()) if self.follow_up_check.isChecked() else None
        try:
            self.saved = self._workspace.referrals.create(
                client_id,
                resource_id,
                area_key=self.area.currentData(),
                status=status,
                consent_id=self.consent.consent_id,
                follow_up_on=follow_up,
                notes=self.notes.toPlainText(),
            )
        except ValidationError as exc:
            known = {
                "area_key": (self.area_error, self.tr("Choose one of the needs areas.")),
                "follow_up_on": (
                    self.follow_up_error,
                    self.tr("The follow-up date cannot be in the past."),
                ),
            }
            for problem in exc.problems:
                label, text = known.get(problem.field, (self.follow_up_error, problem.message))
                show_error(label, text)
            return
        except NotFoundError:
            self._close_on_error(
                self.tr("Referral not saved"),
                self.tr("The client or the catalogue entry no longer exists. Nothing was saved."),
            )
            return
        self._close_saved()

    def has_changes(self) -> bool:
        """Whether notes were typed (closing asks before losing them)."""
        return bool(self.notes.toPlainText().strip())

    def _discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Discard this referral?"),
            self.tr("Close without saving? What you typed will be lost."),
        )
