"""The Today list as a Qt table: what is due across the caseload, said in words.

Each row is one :class:`TodayItem` (an action, a referral follow-up or a permit expiring). The
When column reads ``Overdue (due Tue, Nov 24)``, ``Today``, ``Tomorrow`` or ``Thu, Dec 3
(in 4 days)``; sorting uses the dates themselves (and the checklist order for the
needs area), never the words. The list is short (a caseload's next weeks), so every row is held
and sorted here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QFont

from ltsupport.checklist import NEED_AREA_KEYS
from ltsupport.services.today import ItemKind, TodayItem, Urgency
from ltsupport.ui.labels import need_area_label, resource_name
from ltsupport.ui.qtmodels.row_table_model import Index, RowTableModel

WHEN, CLIENT, WHAT, AREA, KIND = range(5)
COLUMN_COUNT = 5
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# Overdue is said in words first; the colour only repeats it (dark enough to read on white).
OVERDUE_COLOUR = "#9b1c1c"

_KIND_ORDER = {ItemKind.ACTION: 0, ItemKind.FOLLOW_UP: 1, ItemKind.PERMIT: 2}
_AREA_ORDER = {key: n for n, key in enumerate(NEED_AREA_KEYS)}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def short_day_text(value: date) -> str:
    """A date in short words, for example ``Tue, Nov 24``."""
    pattern = QCoreApplication.translate(
        "today", "ddd, MMM d", "short date format: weekday, month day"
    )
    return QLocale().toString(_qdate(value), pattern)


def long_date_text(value: date) -> str:
    """A date in full words, for example ``Sunday, November 29, 2026``."""
    return QLocale().toString(_qdate(value), QLocale.FormatType.LongFormat)


def when_text(due: date, today: date, *, expiry: bool = False) -> str:
    """When something is due, in words: ``Overdue (due Tue, Nov 24)``, ``Today``, ``Tomorrow``,
    or the day with how far off it is, ``Thu, Dec 3 (in 4 days)``. With ``expiry`` a past date
    reads ``Expired (…)``."""
    days = (due - today).days
    if days < 0:
        if expiry:
            return QCoreApplication.translate("today", "Expired (%1)").replace(
                "%1", short_day_text(due)
            )
        return QCoreApplication.translate("today", "Overdue (due %1)").replace(
            "%1", short_day_text(due)
        )
    if days == 0:
        return QCoreApplication.translate("today", "Today")
    if days == 1:
        return QCoreApplication.translate("today", "Tomorrow")
    return (
        QCoreApplication.translate("today", "%1 (in %2 days)")
        .replace("%1", short_day_text(due))
        .replace("%2", str(days))
    )


def what_text(item: TodayItem) -> str:
    """What is to be done: the action, the follow-up, or the permit."""
    if item.kind is ItemKind.FOLLOW_UP:
        organisation = resource_name(item.title, item.title_fr)
        return QCoreApplication.translate("today", "Follow up with %1").replace("%1", organisation)
    if item.kind is ItemKind.PERMIT:
        return QCoreApplication.translate("today", "Temporary resident permit expires")
    return item.title


def kind_label(kind: ItemKind) -> str:
    labels = {
        ItemKind.ACTION: QCoreApplication.translate("today", "Action"),
        ItemKind.FOLLOW_UP: QCoreApplication.translate("today", "Follow-up"),
        ItemKind.PERMIT: QCoreApplication.translate("today", "Permit"),
    }
    return labels[kind]


def client_text(item: TodayItem) -> str:
    return f"{item.case_code} · {item.preferred_name}"


class TodayTableModel(RowTableModel[TodayItem]):
    """Every item due, in the order chosen with :meth:`sort` (soonest first to begin with)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_COUNT, parent=parent)
        self._today = date.today()
        self._sort_column = WHEN
        self._descending = False

    # -- state -----------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_items(self, items: Sequence[TodayItem], today: date) -> None:
        """Show ``items`` as of ``today``, in the current sort order."""
        self.beginResetModel()
        self._today = today
        self._replace_rows(self._sorted(items))
        self.endResetModel()

    def item(self, row: int) -> TodayItem:
        return self.row_at(row)

    def row_of(self, kind: ItemKind, item_id: uuid.UUID) -> int | None:
        return self.row_where(lambda item: item.kind is kind and item.item_id == item_id)

    def counts(self) -> dict[Urgency, int]:
        """How many items of each urgency are shown."""
        counts = dict.fromkeys(Urgency, 0)
        for item in self._rows:
            counts[item.urgency] += 1
        return counts

    # -- sorting ---------------------------------------------------------------------------

    def _key(self, item: TodayItem, column: int) -> tuple[Any, ...]:
        when = (item.due, _KIND_ORDER[item.kind], item.case_code.casefold())
        if column == CLIENT:
            return (item.case_code.casefold(), item.preferred_name.casefold(), *when)
        if column == WHAT:
            return (what_text(item).casefold(), *when)
        if column == AREA:
            return (_AREA_ORDER.get(item.area_key or "", len(_AREA_ORDER)), *when)
        if column == KIND:
            return (_KIND_ORDER[item.kind], *when)
        return when

    def _sorted(self, items: Sequence[TodayItem]) -> list[TodayItem]:
        column = self._sort_column
        return sorted(items, key=lambda i: self._key(i, column), reverse=self._descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (dates as dates, areas in checklist order); selections follow
        their rows."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        persistent = self.persistentIndexList()
        held = [self._rows[index.row()] for index in persistent]
        self._replace_rows(self._sorted(self._rows))
        rows = {id(item): row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[id(item)], index.column())
                for item, index in zip(held, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # -- Qt model interface ----------------------------------------------------------------

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Client"),
            self.tr("What"),
            self.tr("Needs area"),
            self.tr("Kind"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row_of_index(index)
        if item is None:
            return None
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return self._key(item, column)
        if column == WHEN and role == Qt.ItemDataRole.FontRole:
            if item.urgency in (Urgency.OVERDUE, Urgency.TODAY):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if column == WHEN and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(OVERDUE_COLOUR) if item.urgency is Urgency.OVERDUE else None
        if role == Qt.ItemDataRole.ToolTipRole and column == WHEN:
            return long_date_text(item.due)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == WHEN:
            return when_text(item.due, self._today, expiry=item.kind is ItemKind.PERMIT)
        if column == CLIENT:
            return client_text(item)
        if column == WHAT:
            return what_text(item)
        if column == AREA:
            return need_area_label(item.area_key)
        if column == KIND:
            return kind_label(item.kind)
        return None
