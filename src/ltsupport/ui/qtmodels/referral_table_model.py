"""One client's referrals as a Qt table: the resource, the needs area, where the referral stands,
since when, when to follow up, and whether a consent to share covers it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from ltsupport.models.resource import ReferralStatus
from ltsupport.services.referrals import ReferralView
from ltsupport.ui.labels import (
    date_text,
    need_area_label,
    referral_status_label,
    resource_name,
)
from ltsupport.ui.qtmodels.row_table_model import Index, RowTableModel

RESOURCE, AREA, STATUS, SINCE, FOLLOW_UP, CONSENT = range(6)
COLUMN_COUNT = 6
REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CLOSED = frozenset({ReferralStatus.COMPLETED, ReferralStatus.DECLINED})


class ReferralTableModel(RowTableModel[ReferralView]):
    """A short list (a client has a handful of referrals), so every row is held.

    A follow-up date that has come for an open referral reads ``2026-03-14 (due)`` in bold.
    """

    def __init__(
        self, referrals: Sequence[ReferralView] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(COLUMN_COUNT, referrals, parent)

    def set_referrals(self, referrals: Sequence[ReferralView]) -> None:
        self.set_rows(referrals)

    def referral(self, row: int) -> ReferralView:
        return self.row_at(row)

    def row_of(self, referral_id: uuid.UUID) -> int | None:
        return self.row_where(lambda referral: referral.id == referral_id)

    @staticmethod
    def follow_up_due(referral: ReferralView, today: date | None = None) -> bool:
        """True when an open referral's follow-up date is today or past."""
        return (
            referral.follow_up_on is not None
            and referral.status not in CLOSED
            and referral.follow_up_on <= (today or date.today())
        )

    # -- Qt model interface ----------------------------------------------------------------

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Resource"),
            self.tr("Needs area"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("Follow up on"),
            self.tr("Consent to share"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        referral = self._row_of_index(index)
        if referral is None:
            return None
        column = index.column()
        if role == REFERRAL_ID_ROLE:
            return referral.id
        if role == Qt.ItemDataRole.FontRole and column == FOLLOW_UP:
            if self.follow_up_due(referral):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == RESOURCE and referral.notes:
                name = resource_name(referral.resource_name, referral.resource_name_fr)
                return f"{name}\n\n{referral.notes}"
            if column == CONSENT and referral.has_consent:
                return self.tr("Consent to share with %1").replace(
                    "%1", referral.consent_organisation or ""
                )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == RESOURCE:
            return resource_name(referral.resource_name, referral.resource_name_fr)
        if column == AREA:
            return need_area_label(referral.area_key)
        if column == STATUS:
            return referral_status_label(referral.status)
        if column == SINCE:
            return date_text(referral.status_on)
        if column == FOLLOW_UP:
            text = date_text(referral.follow_up_on)
            if self.follow_up_due(referral):
                return self.tr("%1 (due)").replace("%1", text)
            return text
        if column == CONSENT:
            return self.tr("Yes") if referral.has_consent else self.tr("No consent on file")
        return None
