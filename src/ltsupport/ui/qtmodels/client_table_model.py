"""The client list as a Qt table: holds only the matching ids, fetches rows in pages.

The model asks :meth:`ClientService.ids` for the ids of every matching client in display order
(cheap), so the row count and the scroll bar are right at once. Row content is fetched on demand,
one page of :data:`PAGE_SIZE` rows at a time through :meth:`ClientService.summaries`, and a few
pages are kept in a small least-recently-used cache. Sorting and filtering happen in the
database.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from ltsupport.models.client import ClientStatus
from ltsupport.services.clients import ClientService, ClientSummary, SortKey
from ltsupport.ui.labels import client_status_label, date_text
from ltsupport.ui.qtmodels.row_table_model import Index, RowTableModel

PAGE_SIZE = 200
CACHED_PAGES = 12
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMN_KEYS: tuple[SortKey, ...] = (
    "case_code",
    "preferred_name",
    "status",
    "assigned_worker",
    "intake_date",
)
CASE_CODE, PREFERRED_NAME, STATUS, ASSIGNED_WORKER, INTAKE_DATE = range(len(COLUMN_KEYS))


class ClientTableModel(RowTableModel[uuid.UUID]):
    """Clients matching a filter, sorted by the database, rows loaded lazily in pages. The rows
    held are the clients' ids; their content is fetched when shown."""

    def __init__(self, service: ClientService, parent: QObject | None = None) -> None:
        super().__init__(len(COLUMN_KEYS), parent=parent)
        self._service = service
        self._query = ""
        self._statuses: tuple[ClientStatus, ...] | None = (ClientStatus.ACTIVE,)
        self._sort_column = CASE_CODE
        self._descending = False
        self._rows_by_id: dict[uuid.UUID, int] | None = None
        self._pages: OrderedDict[int, dict[uuid.UUID, ClientSummary]] = OrderedDict()
        self._rows = self._load_ids()

    # -- state -----------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._query

    @property
    def statuses(self) -> tuple[ClientStatus, ...] | None:
        """The statuses shown, or ``None`` for every status."""
        return self._statuses

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_filter(self, text: str) -> bool:
        """Show only clients whose case code or preferred name contains every word of ``text``.

        Returns whether the filter changed (and the rows were read again)."""
        text = " ".join(text.split())
        if text == self._query:
            return False
        self._query = text
        self.refresh()
        return True

    def set_statuses(self, statuses: Sequence[ClientStatus] | None) -> bool:
        """Show only clients with one of ``statuses``; ``None`` (or empty) shows every status.

        Returns whether the filter changed (and the rows were read again)."""
        wanted = tuple(statuses) if statuses else None
        if wanted == self._statuses:
            return False
        self._statuses = wanted
        self.refresh()
        return True

    def refresh(self) -> None:
        """Reload the matching ids and forget every cached row."""
        self.set_rows(self._load_ids())

    def client_id(self, row: int) -> uuid.UUID:
        """The id of the client shown in ``row``."""
        return self.row_at(row)

    def row_of(self, client_id: uuid.UUID) -> int | None:
        """The row showing ``client_id``, or ``None`` when the filter hides that client."""
        if self._rows_by_id is None:
            self._rows_by_id = {cid: row for row, cid in enumerate(self._rows)}
        return self._rows_by_id.get(client_id)

    def _load_ids(self) -> list[uuid.UUID]:
        return self._service.ids(
            self._query,
            self._statuses,
            sort=COLUMN_KEYS[self._sort_column],
            descending=self._descending,
        )

    # -- paging ----------------------------------------------------------------------------

    def _summary(self, row: int) -> ClientSummary | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._rows[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            rows = {summary.id: summary for summary in self._service.summaries(ids)}
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        # A client deleted since the ids were read has no row; the view shows it empty.
        return rows.get(self._rows[row])

    # -- Qt model interface ----------------------------------------------------------------

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Case code"),
            self.tr("Preferred name"),
            self.tr("Status"),
            self.tr("Assigned worker"),
            self.tr("Intake date"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        client_id = self._row_of_index(index)
        if client_id is None:
            return None
        if role == CLIENT_ID_ROLE:
            return client_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        column = index.column()
        if column == CASE_CODE:
            return summary.case_code
        if column == PREFERRED_NAME:
            return summary.preferred_name
        if column == STATUS:
            return client_status_label(summary.status)
        if column == ASSIGNED_WORKER:
            return summary.assigned_worker
        if column == INTAKE_DATE:
            return date_text(summary.intake_date)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; rows keep their selection (persistent indexes follow ids)."""
        if not 0 <= column < len(COLUMN_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._sort_column and descending == self._descending:
            return
        old_column, old_descending = self._sort_column, self._descending
        self._sort_column, self._descending = column, descending
        try:
            new_ids = self._load_ids()
        except Exception:
            self._sort_column, self._descending = old_column, old_descending
            raise
        if len(new_ids) != len(self._rows) or set(new_ids) != set(self._rows):
            # Clients were added or removed meanwhile: the rows themselves changed.
            self.set_rows(new_ids)
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._rows[index.row()] for index in persistent]
        self._replace_rows(new_ids)
        new_indexes = []
        for index, client_id in zip(persistent, old_ids, strict=True):
            row = self.row_of(client_id)
            new_indexes.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    def _replace_rows(self, rows: Sequence[uuid.UUID]) -> None:
        super()._replace_rows(rows)
        self._rows_by_id = None
        self._pages.clear()
