"""Forms built from data: an area's extra fields (``checklist_details``) and the five parts of
the self-care plan. Each field has its label, its help text under it and a place for a problem
reported by the service, shown in red words under the field."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ltsupport.checklist_details import DetailField
from ltsupport.models import ImmigrationStatus
from ltsupport.services.errors import Problem
from ltsupport.services.self_care import SelfCareInput
from ltsupport.ui.client_dialog import ERROR_STYLE, hint_label
from ltsupport.ui.labels import immigration_status_label, not_recorded
from ltsupport.ui.wizards.date_field import DateField

TEXT_LINES = 3
COMBO_CHARACTERS = 22


def problem_text(problem: Problem) -> str:
    """A service problem with an area's field, in the interface language."""
    known = {
        "too_long": QCoreApplication.translate(
            "detail_fields", "This text is too long (10,000 characters at most)."
        ),
        "date": QCoreApplication.translate(
            "detail_fields", "This is not a real date. Use the form YYYY-MM-DD."
        ),
        "choice": QCoreApplication.translate(
            "detail_fields", "Choose one of the answers in the list."
        ),
    }
    return known.get(problem.code, problem.message)


def text_box(name: str, lines: int = TEXT_LINES) -> QPlainTextEdit:
    """A multi-line text box where Tab moves on (as everywhere else in a form)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


class FieldForm(QWidget):
    """Rows of label, field, help text and problem; :attr:`changed` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(12)
        self.inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._hints: dict[str, str] = {}
        self._focus: list[QWidget] = []

    def add_row(
        self, key: str, label_text: str, widget: QWidget, *, hint: str = "", name: str = ""
    ) -> None:
        label = QLabel(label_text)
        label.setWordWrap(True)
        label.setBuddy(widget)
        if name:
            widget.setAccessibleName(name)
        widget.setAccessibleDescription(hint)
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
        error.setObjectName(f"error_{key}")
        plain = name or label_text.replace("&", "")
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", plain))
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, cell)
        self.inputs[key] = widget
        self._errors[key] = error
        self._hints[key] = hint
        self._focus += widget.focus_widgets() if isinstance(widget, DateField) else [widget]

    def focus_order(self) -> list[QWidget]:
        return list(self._focus)

    def has_field(self, key: str) -> bool:
        return key in self._errors

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def show_problem(self, key: str, text: str) -> None:
        label = self._errors[key]
        label.setText(text)
        label.show()
        self.inputs[key].setAccessibleDescription(text)

    def clear_problems(self) -> None:
        for key, label in self._errors.items():
            label.clear()
            label.hide()
            self.inputs[key].setAccessibleDescription(self._hints[key])


class DetailsForm(FieldForm):
    """An area's extra fields, built from its :class:`DetailField` data in ``lang``."""

    def __init__(
        self, fields: tuple[DetailField, ...], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        for spec in fields:
            name = spec.label.get(lang)
            hint = spec.help.get(lang) if spec.help is not None else ""
            self.add_row(spec.key, name, self._widget(spec, name, lang), hint=hint, name=name)

    def _widget(self, spec: DetailField, name: str, lang: str) -> QWidget:
        if spec.kind == "date":
            field = DateField(name)
            field.changed.connect(self.changed)
            return field
        if spec.kind == "choice":
            combo = QComboBox()
            if spec.key == "immigration_status":
                for status in ImmigrationStatus:
                    combo.addItem(immigration_status_label(status), status.value)
            else:
                combo.addItem(not_recorded(), "")
                for value, text in spec.choices:
                    combo.addItem(text.get(lang), value)
            # Long answers (the permit's full name) must not widen the page: they are elided.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if spec.kind == "text":
            box = text_box(name)
            box.textChanged.connect(self.changed)
            return box
        line = QLineEdit()
        line.textChanged.connect(self.changed)
        return line

    def values(self) -> dict[str, str]:
        """Every field as the plan service takes it (dates ``YYYY-MM-DD`` or empty)."""
        values: dict[str, str] = {}
        for spec in self.fields:
            widget = self.inputs[spec.key]
            if isinstance(widget, DateField):
                values[spec.key] = widget.iso()
            elif isinstance(widget, QComboBox):
                values[spec.key] = str(widget.currentData() or "")
            elif isinstance(widget, QPlainTextEdit):
                values[spec.key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[spec.key] = widget.text()
        return values

    def set_values(self, details: Mapping[str, str]) -> None:
        blocked = self.blockSignals(True)
        for spec in self.fields:
            value = details.get(spec.key, "")
            widget = self.inputs[spec.key]
            if isinstance(widget, DateField):
                widget.set_iso(value)
            elif isinstance(widget, QComboBox):
                if spec.key == "immigration_status" and not value:
                    value = ImmigrationStatus.UNKNOWN.value
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
        self.blockSignals(blocked)


class SelfCareForm(FieldForm):
    """The five parts of the self-care plan, written in the person's own words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QPlainTextEdit] = {}
        parts = (
            (
                "warning_signs",
                self.tr("Warning signs"),
                self.tr("How the person notices that things are getting hard."),
            ),
            (
                "things_that_help",
                self.tr("Things that help"),
                self.tr("What helps them feel calm or safe."),
            ),
            (
                "people_to_contact",
                self.tr("People to contact"),
                self.tr("Who they can call or see on a difficult day."),
            ),
            (
                "safe_places",
                self.tr("Safe places"),
                self.tr("Where they can go to feel safe."),
            ),
            (
                "professional_supports",
                self.tr("Professional supports"),
                self.tr("Counsellors, crisis lines or clinics they can reach."),
            ),
        )
        for key, title, hint in parts:
            box = text_box(title)
            box.textChanged.connect(self.changed)
            self.boxes[key] = box
            self.add_row(key, title, box, hint=hint, name=title)

    def value(self) -> SelfCareInput:
        return SelfCareInput(**{key: box.toPlainText() for key, box in self.boxes.items()})

    def set_value(self, data: SelfCareInput | None) -> None:
        data = data or SelfCareInput()
        blocked = self.blockSignals(True)
        for key, box in self.boxes.items():
            box.setPlainText(getattr(data, key))
        self.blockSignals(blocked)
