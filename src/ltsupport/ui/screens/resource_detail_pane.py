"""The catalogue's detail pane: every detail of the selected resource, its actions (refer,
copy, edit, delete) and a short message line. The texts keep the ``CatalogueScreen``
translation context."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ltsupport.models.resource import ResourceSource
from ltsupport.services.catalogue import ResourceDetail
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
)
from ltsupport.ui.widgets.field_messages import hint_label

# The words say it; the colour only repeats it. Dark text on light backgrounds.
STALE_COLOURS = ("#fff2cc", "#4a3200")
VERIFIED_COLOURS = ("#dcf2e0", "#14532d")
MUTED = "#5a5a5a"


class ResourceDetailPane(QWidget):
    """The details of one resource and the buttons acting on it (the screen connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.details.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Details of the selected resource")
        )
        self.details.setPlaceholderText(
            QCoreApplication.translate(
                "CatalogueScreen", "Choose a resource in the list to see its details."
            )
        )
        self.edit_button = QPushButton(QCoreApplication.translate("CatalogueScreen", "&Edit…"))
        self.edit_button.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Edit the selected resource")
        )
        self.delete_button = QPushButton(QCoreApplication.translate("CatalogueScreen", "&Delete"))
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Delete the selected resource")
        )
        self.copy_button = QPushButton(
            QCoreApplication.translate("CatalogueScreen", "C&opy contact details")
        )
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Copy contact details")
        )
        self.copy_button.setAccessibleDescription(
            QCoreApplication.translate(
                "CatalogueScreen",
                "Copies the name, phone, e-mail, website and address as plain text.",
            )
        )
        self.refer_button = QPushButton(
            QCoreApplication.translate("CatalogueScreen", "&Refer a client…")
        )
        self.refer_button.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Refer a client to the selected resource")
        )
        self.notice = hint_label("")
        self.notice.setAccessibleName(QCoreApplication.translate("CatalogueScreen", "Message"))
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
        detail_layout = QVBoxLayout(self)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        detail_layout.addLayout(detail_buttons)
        detail_layout.addWidget(self.notice)

    def show_detail(self, detail: ResourceDetail | None) -> None:
        """Show ``detail`` (``None``: nothing) and enable the buttons that apply to it."""
        self.details.setHtml(resource_detail_html(detail) if detail is not None else "")
        has = detail is not None
        self.edit_button.setEnabled(has)
        self.refer_button.setEnabled(has)
        local = detail is not None and detail.source is ResourceSource.LOCAL
        self.delete_button.setEnabled(local)
        self.delete_button.setToolTip(
            ""
            if local or detail is None
            else QCoreApplication.translate(
                "CatalogueScreen",
                "Resources that came with the app cannot be deleted; edit them instead.",
            )
        )
        entry = detail.entry if detail is not None else None
        self.copy_button.setEnabled(
            entry is not None and any((entry.phone, entry.email, entry.website, entry.address))
        )

    def say(self, text: str) -> None:
        """Show a short message for a few seconds."""
        self.notice.setText(text)
        self.notice_timer.start()


def resource_detail_html(detail: ResourceDetail, today: date | None = None) -> str:
    """Every detail of one resource, as the detail pane shows it."""
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
            QCoreApplication.translate("CatalogueScreen", "These details have never been checked.")
            if entry.verified_on is None
            else QCoreApplication.translate("CatalogueScreen", "Last checked on %1.").replace(
                "%1", date_text(entry.verified_on)
            )
        )
        parts.append(
            banner(
                STALE_COLOURS,
                "⚠ "
                + QCoreApplication.translate(
                    "CatalogueScreen", "Not verified in the last 12 months: check before referring."
                ),
                when,
            )
        )
    else:
        parts.append(
            banner(
                VERIFIED_COLOURS,
                "✓ "
                + QCoreApplication.translate("CatalogueScreen", "Verified on %1").replace(
                    "%1", date_text(entry.verified_on)
                ),
                QCoreApplication.translate("CatalogueScreen", "Checked within the last 12 months."),
            )
        )
    languages = ", ".join(language_label(code) for code in entry.languages)
    areas = ", ".join(need_area_label(key) for key in entry.areas)
    province = f"{province_label(entry.province)} ({entry.province})" if entry.province else ""
    rows = (
        (QCoreApplication.translate("CatalogueScreen", "Name"), entry.name),
        (QCoreApplication.translate("CatalogueScreen", "French name"), entry.name_fr),
        (QCoreApplication.translate("CatalogueScreen", "Category"), category_label(entry.category)),
        (QCoreApplication.translate("CatalogueScreen", "Needs areas"), areas),
        (QCoreApplication.translate("CatalogueScreen", "Description"), entry.description),
        (QCoreApplication.translate("CatalogueScreen", "Services offered"), entry.services),
        (QCoreApplication.translate("CatalogueScreen", "Languages"), languages),
        (QCoreApplication.translate("CatalogueScreen", "Phone"), entry.phone),
        (QCoreApplication.translate("CatalogueScreen", "E-mail"), entry.email),
        (QCoreApplication.translate("CatalogueScreen", "Website"), entry.website),
        (QCoreApplication.translate("CatalogueScreen", "Address"), entry.address),
        (QCoreApplication.translate("CatalogueScreen", "City"), entry.city),
        (QCoreApplication.translate("CatalogueScreen", "Province"), province),
        (QCoreApplication.translate("CatalogueScreen", "Country"), entry.country or ""),
        (QCoreApplication.translate("CatalogueScreen", "Hours"), entry.hours),
        (QCoreApplication.translate("CatalogueScreen", "Eligibility"), entry.eligibility),
        (QCoreApplication.translate("CatalogueScreen", "Cost"), entry.cost),
        (QCoreApplication.translate("CatalogueScreen", "Accessibility"), entry.accessibility),
        (
            QCoreApplication.translate("CatalogueScreen", "Information comes from"),
            entry.source_note,
        ),
        (
            QCoreApplication.translate("CatalogueScreen", "Verified on"),
            date_text(entry.verified_on),
        ),
        (
            QCoreApplication.translate("CatalogueScreen", "In the catalogue"),
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


def contact_text(detail: ResourceDetail | None) -> str:
    """The entry's name and contact details, one per line, as plain text."""
    if detail is None:
        return ""
    entry = detail.entry
    address = ", ".join(
        part.strip()
        for part in (*entry.address.splitlines(), entry.city, entry.province)
        if part.strip()
    )
    lines = [resource_name(entry.name, entry.name_fr)]
    for label, value in (
        (QCoreApplication.translate("CatalogueScreen", "Phone"), entry.phone),
        (QCoreApplication.translate("CatalogueScreen", "E-mail"), entry.email),
        (QCoreApplication.translate("CatalogueScreen", "Website"), entry.website),
        (QCoreApplication.translate("CatalogueScreen", "Address"), address),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)
