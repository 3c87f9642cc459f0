"""The one seam for message boxes and file dialogs.

Every screen asks the user through these functions, so tests replace this module's functions
(with ``monkeypatch``) instead of fighting modal dialogs. File dialogs never use the native
dialog and never record history, so no file name lands in a recent-files list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _dialog(parent: QWidget | None, title: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    dialog.setNameFilter(name_filter)
    return dialog


def open_path(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    dialog = _dialog(parent, title, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


def save_path(parent: QWidget | None, title: str, name_filter: str, suggested: str) -> Path | None:
    dialog = _dialog(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested)
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None
