"""Printed documents: HTML laid out by ``QTextDocument`` onto pages, to PDF or a printer.

The one services module that imports Qt: QtGui only (QtPrintSupport just for the type of the
UI's ``QPrinter``, since importing it at run time loads QtWidgets). Printing needs a
``QGuiApplication``: the app has one; the CLI's ``print`` command asks :func:`gui_application`
for an offscreen one. Nothing else here creates one.

``QTextDocument`` has no page footer, so each page is painted here: the document is laid out
at the body's page size, every page's slice is drawn with a translated clip, and the footer
(confidential, the plan date, "page N of M") is drawn under it, so page numbers are real.
The shipped DejaVu Sans is registered once and is the document's font, so every machine prints
the same glyphs and the PDF holds real, extractable text (no boxes when a system lacks fonts).

A PDF is written atomically (a temporary file beside the target, then a rename), owner-only,
never in a shared temporary folder; the whole file is built in memory first.
"""

from __future__ import annotations

import math
import uuid
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from sqlalchemy.orm import Session

from ltsupport.atomicfile import OWNER_ONLY, atomic_write_bytes
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.plan_document import (
    CopyKind,
    PageFooter,
    build_plan_document,
    render_plan_html,
)

if TYPE_CHECKING:
    # Type-only: importing QtPrintSupport loads QtWidgets, which services never do. The UI
    # creates the QPrinter (a QPagedPaintDevice) and passes it in.
    from PySide6.QtPrintSupport import QPrinter

    from ltsupport.services.workspace import Workspace

PageSize = Literal["Letter", "A4"]
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
FONT_FAMILY = "DejaVu Sans"
RESOLUTION = 300
MARGIN_MM = 18.0
FOOTER_MM = 11.0
FOOTER_PT = 8.5
ENTITY = "client"

_PAGE_SIZES = {"Letter": QPageSize.PageSizeId.Letter, "A4": QPageSize.PageSizeId.A4}
_registered: dict[str, str] = {}
_application: list[QGuiApplication] = []


def gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one for a command-line print (the CLI calls this
    with ``QT_QPA_PLATFORM=offscreen``; the app and the tests have their own)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    _application.append(QGuiApplication(["ltsupport-cli"]))
    return _application[-1]


def ensure_fonts() -> str:
    """Register the shipped fonts with Qt once; the family name to use."""
    if "family" in _registered:
        return _registered["family"]
    if QGuiApplication.instance() is None:
        raise RuntimeError("Printing needs a QGuiApplication; create one first.")
    family = FONT_FAMILY
    for name in FONT_FILES:
        data = files("ltsupport.fonts").joinpath(name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the shipped font {name}.")
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and name == FONT_FILES[0]:
            family = families[0]
    _registered["family"] = family
    return family


def _font(family: str, points: float) -> QFont:
    """The shipped family without ligatures, so extracted and copied text reads "fi", not "ﬁ"."""
    font = QFont(family)
    font.setPointSizeF(points)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def page_layout(page_size: PageSize = "Letter") -> QPageLayout:
    """Portrait, ~18 mm margins, Letter (the Canadian default) or A4."""
    return QPageLayout(
        QPageSize(_PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _paint(html: str, device: QPagedPaintDevice, resolution: int, footer: PageFooter) -> int:
    """Lay ``html`` out on ``device``'s pages and paint every page with its footer."""
    family = ensure_fonts()
    body = device.pageLayout().paintRectPixels(resolution)
    width = float(body.width())
    footer_h = FOOTER_MM / 25.4 * resolution
    body_h = float(body.height()) - footer_h

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(family, 11))
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, body_h))
    _keep_headings_with_text(doc, body_h)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start printing.")
    try:
        small = _font(family, FOOTER_PT)
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body_h)
            doc.drawContents(painter, QRectF(0, index * body_h, width, body_h))
            painter.restore()
            _footer(painter, small, QRectF(0, body_h, width, footer_h), footer, index + 1, pages)
    finally:
        painter.end()
    return pages


def _keep_headings_with_text(doc: QTextDocument, page_h: float) -> None:
    """Qt has no keep-with-next: a section heading in the last fifth of a page (a sub-heading
    in the last seventh) moves to the next page, so no heading is left alone at a page's foot."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        if level >= 2:
            top = layout.blockBoundingRect(block).top()
            room = page_h - (top - math.floor(top / page_h) * page_h)
            if room < page_h * (0.2 if level == 2 else 0.14):
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                # A format change leaves Qt's incremental layout stale: lay everything out again.
                doc.markContentsDirty(0, doc.characterCount())
        block = block.next()


def _footer(
    painter: QPainter, font: QFont, area: QRectF, footer: PageFooter, n: int, m: int
) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#b8c2c5"), 2))
    rule_y = area.top() + area.height() * 0.35
    painter.drawLine(QLineF(area.left(), rule_y, area.right(), rule_y))
    painter.setFont(font)
    painter.setPen(QColor("#4d5b60"))
    text = QRectF(area.left(), rule_y, area.width(), area.bottom() - rule_y)
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text, int(Qt.AlignmentFlag.AlignLeft | middle), footer.confidential)
    painter.drawText(text, int(Qt.AlignmentFlag.AlignHCenter | middle), footer.date)
    painter.drawText(text, int(Qt.AlignmentFlag.AlignRight | middle), footer.page(n, m))
    painter.restore()


def pdf_bytes(
    html: str, *, page_size: PageSize = "Letter", title: str, footer: PageFooter
) -> tuple[bytes, int]:
    """The PDF, built in memory (no temporary file anywhere), and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(page_size))
    writer.setTitle(title)
    writer.setCreator("ltsupport")
    pages = _paint(html, writer, RESOLUTION, footer)
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages


def write_pdf(
    html: str,
    path: Path,
    *,
    page_size: PageSize = "Letter",
    title: str,
    footer: PageFooter,
) -> int:
    """Write ``html`` as a PDF at ``path`` (atomically, owner-only); the number of pages."""
    data, pages = pdf_bytes(html, page_size=page_size, title=title, footer=footer)
    atomic_write_bytes(path, data, mode=OWNER_ONLY)
    return pages


def print_html(html: str, printer: QPrinter, *, footer: PageFooter) -> int:
    """Print ``html`` on ``printer`` (set up by the UI's print dialog) with the same pages and
    footers as the PDF; the number of pages."""
    return _paint(html, printer, printer.resolution(), footer)


def print_plan_pdf(
    workspace: Workspace,
    client_id: uuid.UUID,
    out: Path,
    copy: CopyKind = "client",
    lang: str | None = None,
    page_size: PageSize = "Letter",
) -> int:
    """Build, render and write a plan as PDF, and audit the print (the client's id, never the
    content). The number of pages."""
    doc = build_plan_document(workspace, client_id, copy, lang)
    pages = write_pdf(
        render_plan_html(doc), out, page_size=page_size, title=doc.title, footer=doc.footer
    )
    record_print(workspace, client_id)
    return pages


def record_print(workspace: Workspace, client_id: uuid.UUID) -> None:
    """The audit event of one print or PDF (the UI calls it after a printer job too)."""
    with Session(workspace.engine) as session, session.begin():
        record(session, workspace.actor, AuditAction.PRINT, ENTITY, client_id)
