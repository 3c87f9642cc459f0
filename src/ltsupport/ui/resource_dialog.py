"""Add a local resource to the catalogue, or edit an entry.

The catalogue service checks the entry by the same rules as a catalogue file; every problem it
reports is shown in red under its field at once, the dialog stays open with everything typed
kept, and nothing is saved until there is no problem.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ltsupport.checklist import NEED_AREAS
from ltsupport.models.resource import ResourceSource
from ltsupport.services.catalogue import ResourceDetail
from ltsupport.services.catalogue_file import CATEGORIES, PROVINCES, CatalogueEntry
from ltsupport.services.errors import NotFoundError, Problem, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs
from ltsupport.ui.client_dialog import ERROR_STYLE, hint_label
from ltsupport.ui.labels import category_label, province_label, ui_language

# The catalogue's field names (as the service reports problems), in the order of the form.
FIELDS = (
    "name",
    "name_fr",
    "category",
    "areas",
    "description",
    "services",
    "eligibility",
    "languages",
    "cost",
    "accessibility",
    "province",
    "city",
    "address",
    "phone",
    "email",
    "website",
    "hours",
    "country",
    "source",
    "verified_on",
)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    value = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    return value.strip()


class ResourceDialog(QDialog):
    """Add a local entry (``resource=None``) or edit ``resource``; :attr:`saved` holds the
    result. ``category`` preselects a category for a new entry."""

    def __init__(
        self,
        workspace: Workspace,
        resource: ResourceDetail | None = None,
        parent: QWidget | None = None,
        *,
        category: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._resource_id: uuid.UUID | None = resource.id if resource is not None else None
        self._key = resource.entry.key if resource is not None else ""
        self.saved: ResourceDetail | None = None
        self.setWindowTitle(self.tr("Edit resource") if resource else self.tr("Add a resource"))
        self.setModal(True)

        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._descriptions: dict[str, str] = {}
        self._labels: list[QLabel] = []
        self._available: QRect | None = None

        if resource is None:
            intro_text = self.tr(
                "Add a service you know in your area. Only the name and the category are "
                "required. Check the details with the organisation when you can, and record "
                "the date you did. Fields marked * are required."
            )
        elif resource.source is ResourceSource.SEED:
            intro_text = self.tr(
                "This entry came with the app. Your changes are kept when the app's catalogue "
                "is updated. Fields marked * are required."
            )
        else:
            intro_text = self.tr("Fields marked * are required.")
        intro = hint_label(intro_text)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.summary.setAccessibleName(self.tr("Problems to correct"))
        self.summary.hide()

        lines = self.fontMetrics().lineSpacing()

        def text_box(rows: int) -> QPlainTextEdit:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(lines * rows + 14)
            return box

        # -- the service ----------------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.name_fr = QLineEdit()
        self.name_fr.setMaxLength(300)
        self.category = QComboBox()
        self.category.addItem(self.tr("Choose a category…"), "")
        for key in CATEGORIES:
            self.category.addItem(category_label(key), key)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_boxes: dict[str, QCheckBox] = {}
        areas = QWidget()
        areas_grid = QGridLayout(areas)
        areas_grid.setContentsMargins(0, 0, 0, 0)
        areas_grid.setHorizontalSpacing(16)
        areas_grid.setVerticalSpacing(2)
        language = ui_language()
        half = (len(NEED_AREAS) + 1) // 2
        for i, area in enumerate(NEED_AREAS):
            box = QCheckBox(area.title.get(language))
            box.setAccessibleName(self.tr("Needs area: %1").replace("%1", area.title.get(language)))
            self.area_boxes[area.key] = box
            areas_grid.addWidget(box, i % half, i // half)
        self.description = text_box(3)
        self.services = text_box(2)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("language codes, for example en, fr, es"))

        service = QGroupBox(self.tr("The service"))
        service_form = self._form(service)
        self._add_row(service_form, "name", self.tr("&Name *"), self.name, required=True)
        self._add_row(
            service_form,
            "name_fr",
            self.tr("French na&me"),
            self.name_fr,
            description=self.tr("The organisation's own French name, if it has one."),
        )
        self._add_row(
            service_form, "category", self.tr("&Category *"), self.category, required=True
        )
        first_area = self.area_boxes[NEED_AREAS[0].key]
        self._add_row(
            service_form,
            "areas",
            self.tr("Needs &areas"),
            areas,
            buddy=first_area,
            description=self.tr("The parts of the transition plan this service helps with."),
        )
        self._add_row(service_form, "description", self.tr("&Description"), self.description)
        self._add_row(service_form, "services", self.tr("Se&rvices offered"), self.services)

        # -- who can use it -----------------------------------------------------------------
        self.eligibility = text_box(2)
        self.cost = text_box(1)
        self.accessibility = text_box(2)
        who = QGroupBox(self.tr("Who can use it"))
        who_form = self._form(who)
        self._add_row(who_form, "eligibility", self.tr("Eligi&bility"), self.eligibility)
        self._add_row(
            who_form,
            "languages",
            self.tr("Lan&guages"),
            self.languages,
            description=self.tr("Language codes separated by commas."),
        )
        self._add_row(who_form, "cost", self.tr("Cos&t"), self.cost)
        self._add_row(who_form, "accessibility", self.tr("Accessibilit&y"), self.accessibility)

        left_labels = list(self._labels)

        # -- where and how ------------------------------------------------------------------
        self.province = QComboBox()
        self.province.addItem(self.tr("Canada-wide (no province)"), "")
        for code in sorted(PROVINCES, key=province_label):
            self.province.addItem(f"{province_label(code)} ({code})", code)
        self.province.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.city = QLineEdit()
        self.city.setMaxLength(100)
        self.address = text_box(2)
        self.phone = QLineEdit()
        self.phone.setMaxLength(64)
        self.phone.setPlaceholderText(self.tr("for example 416-555-0100 ext. 12"))
        self.email = QLineEdit()
        self.email.setMaxLength(200)
        self.email.setPlaceholderText(self.tr("for example intake@example.ca"))
        self.website = QLineEdit()
        self.website.setMaxLength(500)
        self.website.setPlaceholderText(self.tr("for example https://example.ca"))
        self.hours = text_box(1)
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMMM") + 16)

        contact = QGroupBox(self.tr("Where and how to reach it"))
        contact_form = self._form(contact)
        self._add_row(contact_form, "province", self.tr("&Province"), self.province)
        self._add_row(contact_form, "city", self.tr("C&ity"), self.city)
        self._add_row(contact_form, "address", self.tr("Addr&ess"), self.address)
        self._add_row(contact_form, "phone", self.tr("P&hone"), self.phone)
        self._add_row(contact_form, "email", self.tr("E-mai&l"), self.email)
        self._add_row(contact_form, "website", self.tr("&Website"), self.website)
        self._add_row(contact_form, "hours", self.tr("H&ours"), self.hours)
        self._add_row(
            contact_form,
            "country",
            self.tr("Co&untry"),
            self.country,
            hint=self.tr(
                "For an embassy, a consulate or a home-country service: a two-letter code "
                "such as PH."
            ),
        )

        # -- checking the facts -------------------------------------------------------------
        self.source = text_box(2)
        self.verified = QCheckBox(self.tr("Checked with the organisation on"))
        self.verified_on = QDateEdit()
        self.verified_on.setAccessibleName(self.tr("Date verified"))
        self.verified_on.setCalendarPopup(True)
        self.verified_on.setDisplayFormat("yyyy-MM-dd")
        self.verified_on.setMaximumDate(QDate.currentDate())
        self.verified_on.setDate(QDate.currentDate())
        verified_row = QWidget()
        verified_layout = QHBoxLayout(verified_row)
        verified_layout.setContentsMargins(0, 0, 0, 0)
        verified_layout.addWidget(self.verified)
        verified_layout.addWidget(self.verified_on)
        verified_layout.addStretch(1)
        facts = QGroupBox(self.tr("Checking the facts"))
        facts_form = self._form(facts)
        self.source.setPlaceholderText(self.tr("A website, a phone call, a flyer…"))
        self._add_row(
            facts_form,
            "source",
            self.tr("Information comes &from"),
            self.source,
            description=self.tr("Where you read or heard these details."),
        )
        self._add_row(
            facts_form,
            "verified_on",
            self.tr("&Verified"),
            verified_row,
            buddy=self.verified,
            hint=self.tr(
                "Leave unticked if nobody has checked these details yet. Entries not checked "
                "for 12 months are flagged."
            ),
        )

        # Line up the fields of the groups in each column.
        right_labels = self._labels[len(left_labels) :]
        for labels in (left_labels, right_labels):
            label_width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(label_width)
        for compact in (self.category, self.province, self.verified_on):
            compact.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        # -- layout -------------------------------------------------------------------------
        body = QWidget()
        left = QVBoxLayout()
        left.addWidget(service)
        left.addWidget(who)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(contact)
        right.addWidget(facts)
        right.addStretch(1)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(left, 1)
        body_layout.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        self._body = body

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.name,
            self.name_fr,
            self.category,
            *self.area_boxes.values(),
            self.description,
            self.services,
            self.eligibility,
            self.languages,
            self.cost,
            self.accessibility,
            self.province,
            self.city,
            self.address,
            self.phone,
            self.email,
            self.website,
            self.hours,
            self.country,
            self.source,
            self.verified,
            self.verified_on,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.verified.toggled.connect(self._update_verified)
        if resource is not None:
            self._fill(resource.entry)
        elif category:
            self.category.setCurrentIndex(max(self.category.findData(category), 0))
        self._update_verified()
        self._initial = self.current_entry()
        self.name.setFocus()
        screen = self.screen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    # -- building ---------------------------------------------------------------------------

    def fit_to(self, available: QRect | None) -> None:
        """Size the dialog to show every field, within ``available`` (the usable screen area,
        if known); beyond that the form scrolls."""
        self._available = available
        hint = self._body.sizeHint()
        width = max(1080, hint.width() + self._scroll.verticalScrollBar().sizeHint().width() + 24)
        height = hint.height() + self.fontMetrics().lineSpacing() * 6 + 90
        if available is not None:
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _add_row(
        self,
        form: QFormLayout,
        field: str,
        label_text: str,
        widget: QWidget,
        *,
        buddy: QWidget | None = None,
        hint: str = "",
        description: str = "",
        required: bool = False,
    ) -> None:
        """Add a labelled field with room for its problem; ``hint`` is shown under the field,
        ``description`` only told to screen readers."""
        target = buddy or widget
        label = QLabel(label_text)
        label.setBuddy(target)
        plain = label_text.replace("&", "").replace(" *", "")
        if buddy is None:
            target.setAccessibleName(plain)
        description = hint or description
        if required:
            description = self.tr("Required.") + (" " + hint if hint else "")
        target.setAccessibleDescription(description)
        self._descriptions[field] = description

        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            column.addWidget(hint_label(hint))
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{field}")
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", plain))
        error.hide()
        column.addWidget(error)
        self._labels.append(label)
        form.addRow(label, cell)
        self._inputs[field] = target
        self._errors[field] = error

    def _fill(self, entry: CatalogueEntry) -> None:
        self.name.setText(entry.name)
        self.name_fr.setText(entry.name_fr)
        self.category.setCurrentIndex(max(self.category.findData(entry.category), 0))
        for key, box in self.area_boxes.items():
            box.setChecked(key in entry.areas)
        self.description.setPlainText(entry.description)
        self.services.setPlainText(entry.services)
        self.languages.setText(", ".join(entry.languages))
        self.province.setCurrentIndex(max(self.province.findData(entry.province), 0))
        self.city.setText(entry.city)
        self.address.setPlainText(entry.address)
        self.phone.setText(entry.phone)
        self.email.setText(entry.email)
        self.website.setText(entry.website)
        self.hours.setPlainText(entry.hours)
        self.country.setText(entry.country or "")
        self.eligibility.setPlainText(entry.eligibility)
        self.cost.setPlainText(entry.cost)
        self.accessibility.setPlainText(entry.accessibility)
        self.source.setPlainText(entry.source_note)
        self.verified.setChecked(entry.verified_on is not None)
        if entry.verified_on is not None:
            verified = QDate(entry.verified_on)
            if verified > self.verified_on.maximumDate():
                self.verified_on.setMaximumDate(verified)
            self.verified_on.setDate(verified)

    def _update_verified(self) -> None:
        self.verified_on.setEnabled(self.verified.isChecked())

    # -- reading ----------------------------------------------------------------------------

    def current_entry(self) -> CatalogueEntry:
        """What the form holds now, as the service takes it (spaces trimmed, codes in the
        case the catalogue uses)."""
        languages: list[str] = []
        for part in self.languages.text().split(","):
            code = part.strip().lower()
            if code and code not in languages:
                languages.append(code)
        country = self.country.text().strip().upper()
        return CatalogueEntry(
            key=self._key,
            name=_text(self.name),
            name_fr=_text(self.name_fr),
            category=str(self.category.currentData() or ""),
            areas=tuple(key for key, box in self.area_boxes.items() if box.isChecked()),
            description=_text(self.description),
            services=_text(self.services),
            languages=tuple(languages),
            province=str(self.province.currentData() or ""),
            city=_text(self.city),
            address=_text(self.address),
            phone=_text(self.phone),
            email=_text(self.email),
            website=_text(self.website),
            hours=_text(self.hours),
            eligibility=_text(self.eligibility),
            cost=_text(self.cost),
            accessibility=_text(self.accessibility),
            country=country or None,
            source_note=_text(self.source),
            verified_on=_date(self.verified_on.date()) if self.verified.isChecked() else None,
        )

    def has_changes(self) -> bool:
        return self.current_entry() != self._initial

    def error_text(self, field: str) -> str:
        """The problem shown under ``field`` (empty when there is none)."""
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    # -- problems ---------------------------------------------------------------------------

    def _problem_text(self, problem: Problem, entry: CatalogueEntry) -> str:
        if problem.field == "name" and not entry.name:
            return self.tr("A name is required.")
        known = {
            "category": self.tr("Choose a category."),
            "languages": self.tr(
                "Use two-letter language codes separated by commas, for example en, fr, es, tl."
            ),
            "phone": self.tr(
                "Use digits, spaces and + - . ( ) only, for example 416-555-0100 ext. 12, or "
                "capital letters for a number such as 1-800-222-TIPS."
            ),
            "email": self.tr("Write an e-mail address such as intake@example.ca."),
            "website": self.tr(
                "Write the full web address, starting with https://, for example "
                "https://example.ca."
            ),
            "country": self.tr("Use the two-letter country code, for example PH, MX or UA."),
            "verified_on": self.tr("The date checked cannot be in the future."),
        }
        if problem.field in known:
            return known[problem.field]
        message = problem.message
        return message[:1].upper() + message[1:]

    def clear_problems(self) -> None:
        for field, label in self._errors.items():
            label.clear()
            label.hide()
            self._inputs[field].setAccessibleDescription(self._descriptions[field])
        self.summary.clear()
        self.summary.hide()

    def show_problems(self, problems: tuple[Problem, ...], entry: CatalogueEntry) -> None:
        """Show every problem under its field, and a count at the top."""
        self.clear_problems()
        other: list[str] = []
        texts: dict[str, list[str]] = {}
        for problem in problems:
            text = self._problem_text(problem, entry)
            if problem.field in self._errors:
                lines = texts.setdefault(problem.field, [])
                if text not in lines:
                    lines.append(text)
            else:
                other.append(text)
        for field, lines in texts.items():
            label = self._errors[field]
            label.setText("\n".join(lines))
            label.show()
            self._inputs[field].setAccessibleDescription(" ".join(lines))
        count = sum(len(lines) for lines in texts.values()) + len(other)
        heading = (
            self.tr("Please correct 1 problem before saving.")
            if count == 1
            else self.tr("Please correct %1 problems before saving.").replace("%1", str(count))
        )
        self.summary.setText("\n".join([heading, *other]))
        self.summary.show()
        first = next((f for f in FIELDS if f in texts), None)
        if first is not None:
            widget = self._inputs[first]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(widget)

    # -- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        """Add or update through the service; on a problem, show it and stay open."""
        entry = self.current_entry()
        catalogue = self._workspace.catalogue
        try:
            if self._resource_id is None:
                self.saved = catalogue.create_local(entry)
            else:
                self.saved = catalogue.update(self._resource_id, entry)
        except ValidationError as exc:
            self.show_problems(exc.problems, entry)
            return
        except NotFoundError:
            dialogs.error(
                self,
                self.tr("Resource not found"),
                self.tr("This catalogue entry no longer exists. Nothing was saved."),
            )
            super().reject()
            return
        self.clear_problems()
        super().accept()

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Close without saving; ask first when something was typed (not when the app locks and
        has already hidden the dialog)."""
        if (
            self.isVisible()
            and self.has_changes()
            and not dialogs.confirm(
                self,
                self.tr("Discard changes?"),
                self.tr("Close without saving? What you typed will be lost."),
            )
        ):
            return
        super().reject()
