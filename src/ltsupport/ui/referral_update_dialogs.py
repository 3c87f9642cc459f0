"""Move a referral along: :class:`ReferralStatusDialog` changes its status (only to the
statuses that may follow, with the date), and :class:`FollowUpDialog` sets or clears the date to
follow it up."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ltsupport.models.resource import ReferralStatus
from ltsupport.services.errors import NotFoundError, ValidationError
from ltsupport.services.referrals import ReferralView, allowed_next
from ltsupport.services.workspace import Workspace
from ltsupport.ui.consent_notice import ConsentNotice
from ltsupport.ui.labels import date_text, referral_status_label
from ltsupport.ui.widgets.date_edit import date_edit, from_qdate
from ltsupport.ui.widgets.field_messages import error_label, hint_label, show_error, shown_text
from ltsupport.ui.widgets.form_dialog import FormDialog

# The follow-up date offered when none is set yet.
FOLLOW_UP_AFTER = timedelta(days=14)


class ReferralStatusDialog(FormDialog):
    """Move ``referral`` to one of the statuses that may follow, on a date. Moving on from a
    suggestion needs a consent to share, as making a referral does; declining never does.
    :attr:`saved` holds the referral after Save."""

    def __init__(
        self, workspace: Workspace, referral: ReferralView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._referral = referral
        self.saved: ReferralView | None = None
        self.setWindowTitle(self.tr("Change referral status"))

        now = QLabel(
            self.tr("%1: %2 since %3.")
            .replace("%1", referral.resource_name)
            .replace("%2", referral_status_label(referral.status))
            .replace("%3", date_text(referral.status_on))
        )
        now.setWordWrap(True)
        now.setTextFormat(Qt.TextFormat.PlainText)
        now.setAccessibleName(self.tr("Current status"))

        self.new_status = QComboBox()
        for status in allowed_next(referral.status):
            self.new_status.addItem(referral_status_label(status), status)
        self.new_status.setAccessibleName(self.tr("New status"))
        status_label = QLabel(self.tr("&New status"))
        status_label.setBuddy(self.new_status)

        self.on = date_edit(self.tr("Date of the change"))
        self.on.setMinimumDate(QDate(referral.status_on))
        self.on.setMaximumDate(QDate.currentDate())
        self.on.setDate(QDate.currentDate())
        self.on.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        on_label = QLabel(self.tr("&Date of the change"))
        on_label.setBuddy(self.on)
        self.error = error_label(self.tr("Problem with the status change"))

        self.consent = ConsentNotice(workspace, self)
        self.consent.changed.connect(self._update)
        if not referral.has_consent and referral.status is ReferralStatus.SUGGESTED:
            summaries = workspace.clients.summaries([referral.client_id])
            name = summaries[0].preferred_name if summaries else ""
            self.consent.check(
                referral.client_id, name, referral.resource_id, referral.resource_name
            )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(status_label, self.new_status)
        form.addRow(on_label, self.on)

        buttons = self._save_cancel_buttons(self.tr("&Save"), self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(now)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.new_status.currentIndexChanged.connect(self._update)
        self._update()
        self.new_status.setFocus()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def choose(self, status: ReferralStatus) -> bool:
        """Pick ``status`` in the list; ``False`` when it may not follow the current one."""
        index = self.new_status.findData(status)
        if index < 0:
            return False
        self.new_status.setCurrentIndex(index)
        return True

    def _blocked(self) -> bool:
        chosen = self.new_status.currentData()  # the combo may hand back the plain string
        return self.consent.missing and chosen != ReferralStatus.DECLINED

    def _update(self) -> None:
        blocked = self._blocked()
        self.save_button.setEnabled(not blocked and self.new_status.count() > 0)
        self.consent.setVisible(self.consent.missing)

    def error_text(self) -> str:
        return shown_text(self.error)

    def save(self) -> None:
        status = self.new_status.currentData()
        if status is None or self._blocked():
            return
        try:
            self.saved = self._workspace.referrals.set_status(
                self._referral.id, ReferralStatus(status), on=from_qdate(self.on.date())
            )
        except ValidationError as exc:
            problem = exc.for_field("status_on")
            text = (
                self.tr("The date cannot be before the last change.")
                if problem is not None
                else "\n".join(p.message for p in exc.problems)
            )
            show_error(self.error, text)
            return
        except NotFoundError:
            self._close_on_error(
                self.tr("Referral not found"),
                self.tr("This referral no longer exists. Nothing was saved."),
            )
            return
        self._close_saved()


class FollowUpDialog(FormDialog):
    """Set or clear the date to follow ``referral`` up; :attr:`saved` holds it after Save."""

    def __init__(
        self, workspace: Workspace, referral: ReferralView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._referral = referral
        self.saved: ReferralView | None = None
        self.setWindowTitle(self.tr("Follow-up date"))

        about = QLabel(referral.resource_name)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setAccessibleName(self.tr("Resource"))
        self.follow_up_check = QCheckBox(self.tr("Follow up &on"))
        self.follow_up = date_edit(self.tr("Follow-up date"))
        today = QDate.currentDate()
        current = referral.follow_up_on
        minimum = QDate(current) if current is not None and QDate(current) < today else today
        self.follow_up.setMinimumDate(minimum)
        self.follow_up.setDate(
            QDate(current) if current is not None else QDate(date.today() + FOLLOW_UP_AFTER)
        )
        self.follow_up_check.setChecked(current is not None)
        self.follow_up.setEnabled(current is not None)
        self.follow_up_check.toggled.connect(self.follow_up.setEnabled)
        hint = hint_label(self.tr("Untick to remove the follow-up date."))

        row = QHBoxLayout()
        row.addWidget(self.follow_up_check)
        row.addWidget(self.follow_up)
        row.addStretch(1)

        buttons = self._save_cancel_buttons(self.tr("&Save"), self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.follow_up_check.setFocus()
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())

    def save(self) -> None:
        follow_up = from_qdate(self.follow_up.date()) if self.follow_up_check.isChecked() else None
        try:
            self.saved = self._workspace.referrals.set_follow_up(self._referral.id, follow_up)
        except NotFoundError:
            self._close_on_error(
                self.tr("Referral not found"),
                self.tr("This referral no longer exists. Nothing was saved."),
            )
            return
        self._close_saved()
