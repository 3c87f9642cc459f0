"""Add a local resource to the catalogue, or edit an entry.

The catalogue service checks the entry by the same rules as a catalogue file; every problem it
reports is shown in red under its field at once, the dialog stays open with everything typed
kept, and nothing is saved until there is no problem.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ltsupport.checklist import NEED_AREAS
from ltsupport.models.resource import ResourceSource
from ltsupport.services.catalogue import ResourceDetail
from ltsupport.services.catalogue_file import CATEGORIES, PROVINCES, CatalogueEntry
from ltsupport.services.errors import NotFoundError, Problem, ValidationError
from ltsupport.services.workspace import Workspace
from ltsupport.ui.labels import category_label, province_label, ui_language
from ltsupport.ui.widgets.date_edit import date_edit, from_qdate
from ltsupport.ui.widgets.field_messages import hint_label
from ltsupport.ui.widgets.form_dialog import TwoColumnFormDialog, field_form, inline_row


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    value = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    return value.strip()


class ResourceDialog(TwoColumnFormDialog):
    """Add a local entry (``resource=None``) or edit ``resource``; :attr:`saved` holds the
    result. ``category`` and ``country`` preset a new entry (a consulate or a service in the
    person's home country); a preset alone is not a change to discard."""

    def __init__(
        self,
        workspace: Workspace,
        resource: ResourceDetail | None = None,
        parent: QWidget | None = None,
        *,
        category: str | None = None,
        country: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._resource_id: uuid.UUID | None = resource.id if resource is not None else None
        self._key = resource.entry.key if resource is not None else ""
        self.saved: ResourceDetail | None = None
        self.setWindowTitle(self.tr("Edit resource") if resource else self.tr("Add a resource"))

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
        service_form = field_form(service)
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
        who_form = field_form(who)
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
        contact_form = field_form(contact)
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
        self.verified_on = date_edit(self.tr("Date verified"))
        self.verified_on.setMaximumDate(QDate.currentDate())
        self.verified_on.setDate(QDate.currentDate())
        verified_row = inline_row(self.verified, self.verified_on)
        facts = QGroupBox(self.tr("Checking the facts"))
        facts_form = field_form(facts)
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

        for compact in (self.category, self.province, self.verified_on):
            compact.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        # -- layout -------------------------------------------------------------------------
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
        ]
        self._lay_out(
            intro,
            [service, who],
            [contact, facts],
            order,
            save_text=self.tr("&Save"),
            cancel_text=self.tr("Cancel"),
        )

        self.verified.toggled.connect(self._update_verified)
        if resource is not None:
            self._fill(resource.entry)
        else:
            if category:
                self.category.setCurrentIndex(max(self.category.findData(category), 0))
            if country:
                self.country.setText(country.upper())
        self._update_verified()
        self._initial = self.current_entry()
        self.name.setFocus()
        self._fit_to_screen()

    # -- building ---------------------------------------------------------------------------

    def fit_to(self, available: QRect | None) -> None:
        """Size the dialog to show every field, within ``available`` (the usable screen area,
        if known); beyond that the form scrolls."""
        self._fit(available, min_width=1080, extra_lines=6, extra_height=90, height_share=0.92)

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
            verified_on=from_qdate(self.verified_on.date()) if self.verified.isChecked() else None,
        )

    def has_changes(self) -> bool:
        return self.current_entry() != self._initial

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

    def show_problems(self, problems: tuple[Problem, ...], entry: CatalogueEntry) -> None:
        """Show every problem under its field (a repeated one once), and a count at the top."""
        self._show_problem_texts(
            ((problem.field, self._problem_text(problem, entry)) for problem in problems),
            distinct=True,
        )

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
            self._close_on_error(
                self.tr("Resource not found"),
                self.tr("This catalogue entry no longer exists. Nothing was saved."),
            )
            return
        self.clear_problems()
        self._close_saved()

    def _discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Discard changes?"),
            self.tr("Close without saving? What you typed will be lost."),
        )
