"""Print the plan: choose the copy, the language and the paper, then preview, print or save a PDF.

The client copy leaves out every worker-only and sensitive field (that filtering happens in the
document builder, not here). A PDF is a readable copy on disk, so saving one asks first and
names the risk; a printer set to print to a file asks the same. Each print or PDF is audited.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ltsupport.services.errors import ServiceError
from ltsupport.services.plan_document import (
    CopyKind,
    PlanDocument,
    build_plan_document,
    render_plan_html,
)
from ltsupport.services.printing import (
    PageSize,
    ensure_fonts,
    page_layout,
    print_html,
    print_plan_pdf,
    record_print,
)
from ltsupport.services.workspace import Workspace
from ltsupport.ui import dialogs


class PrintPlanDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        client_id: uuid.UUID,
        document_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id = client_id
        self.setWindowTitle(self.tr("Print the plan"))
        ensure_fonts()

        self.client_copy = QRadioButton(self.tr("&Client copy: for the person to keep"))
        self.case_file_copy = QRadioButton(self.tr("Case &file copy: everything, confidential"))
        self.client_copy.setChecked(True)
        copies = QButtonGroup(self)
        copies.addButton(self.client_copy)
        copies.addButton(self.case_file_copy)
        copy_hint = QLabel(
            self.tr(
                "The client copy leaves out worker notes, the legal name, immigration and court "
                "details, police and Crown contacts and risk notes. Goals and actions print as "
                "they were written: read them over before printing."
            )
        )
        copy_hint.setWordWrap(True)

        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("French"), "fr")
        self.language.setCurrentIndex(1 if document_language == "fr" else 0)
        self.language.setAccessibleName(self.tr("Language of the plan"))
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("Letter"), "Letter")
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.setAccessibleName(self.tr("Paper size"))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.page_size)

        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_on_printer)
        self.pdf_button.clicked.connect(self.save_pdf)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.client_copy)
        layout.addWidget(self.case_file_copy)
        layout.addWidget(copy_hint)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(close)

    # -- choices ---------------------------------------------------------------------------

    def copy(self) -> CopyKind:
        return "case_file" if self.case_file_copy.isChecked() else "client"

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_page_size(self) -> PageSize:
        return "A4" if self.page_size.currentData() == "A4" else "Letter"

    def _document(self) -> PlanDocument | None:
        try:
            return build_plan_document(
                self._workspace, self._client_id, self.copy(), self.chosen_language()
            )
        except ServiceError as exc:
            dialogs.error(self, self.tr("Cannot print"), exc.message)
            return None

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.chosen_page_size()))
        return printer

    # -- output ----------------------------------------------------------------------------

    def preview(self) -> None:
        """Show the pages; printing from the preview is audited like any print."""
        document = self._document()
        if document is None:
            return
        html = render_plan_html(document)
        printer = self._printer()
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Preview of the plan"))
        preview.paintRequested.connect(
            lambda target: print_html(html, target, footer=document.footer)
        )
        if preview.exec() == QDialog.DialogCode.Accepted and self._confirm_file_output(printer):
            record_print(self._workspace, self._client_id)
            self.status.setText(self.tr("Sent to the printer."))

    def print_on_printer(self) -> None:
        document = self._document()
        if document is None:
            return
        printer = self._printer()
        chooser = QPrintDialog(printer, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        if not self._confirm_file_output(printer):
            return
        pages = print_html(render_plan_html(document), printer, footer=document.footer)
        record_print(self._workspace, self._client_id)
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

    def _confirm_file_output(self, printer: QPrinter) -> bool:
        """A printer that writes a file makes a readable copy on disk: ask first."""
        if not printer.outputFileName():
            return True
        return self._confirm_readable_copy()

    def _confirm_readable_copy(self) -> bool:
        return dialogs.confirm(
            self,
            self.tr("Save a readable copy?"),
            self.tr(
                "A PDF is not encrypted: anyone who finds the file or the USB stick can read "
                "this plan. Save it only where the person's information is safe, and delete "
                "it when it is no longer needed. Save it?"
            ),
        )

    def save_pdf(self) -> None:
        if not self._confirm_readable_copy():
            return
        # A neutral name: no client name or case code in a file name or a recent-files list.
        suggested = f"plan-{date.today().isoformat()}.pdf"
        path = dialogs.save_path(self, self.tr("Save the plan as PDF"), "PDF (*.pdf)", suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = print_plan_pdf(
                self._workspace,
                self._client_id,
                Path(path),
                self.copy(),
                self.chosen_language(),
                self.chosen_page_size(),
            )
        except ServiceError as exc:
            dialogs.error(self, self.tr("The PDF was not saved"), exc.message)
            return
        except OSError:
            dialogs.error(
                self,
                self.tr("The PDF was not saved"),
                self.tr("The file could not be written (is the disk full or read-only?)."),
            )
            return
        self.status.setText(self.tr("Saved %n page(s) as PDF.", "", pages))
