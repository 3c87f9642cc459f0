"""Start-up only: paths, file permissions, logging, translators and the first window.

Nothing heavy is imported here: the unlock window must appear before SQLAlchemy is loaded.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from ltsupport.paths import APP_NAME, resolve
from ltsupport.settings import Settings

LOG_FILE = "ltsupport.log"
MIN_POINT_SIZE = 10.0

log = logging.getLogger("ltsupport")


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog=APP_NAME, add_help=False)
    parser.add_argument("--vault", default=None)
    return parser.parse_known_args(argv[1:])


def start_logging(log_dir: Path) -> None:
    """Warnings and errors go to a file in the log folder. Messages never carry case content,
    and SQL is never logged."""
    handler = logging.FileHandler(log_dir / LOG_FILE, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.WARNING)
    root.addHandler(handler)
    sql = logging.getLogger("sqlalchemy")
    sql.propagate = False
    sql.addHandler(logging.NullHandler())


def _log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    # Only the error's type and where it happened: its message could quote what was typed.
    log.error("Unexpected %s\n%s", kind.__name__, "".join(traceback.format_tb(trace)))


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)
    args, qt_args = _parse(list(sys.argv if argv is None else argv))
    paths = resolve(args.vault)
    paths.ensure()
    start_logging(paths.log_dir)
    sys.excepthook = _log_uncaught
    settings = Settings.load(paths.settings_file)

    from PySide6.QtWidgets import QApplication

    from ltsupport.ui.i18n import choose_language, install_translators
    from ltsupport.ui.start_window import StartWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME, *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("")
    app.setOrganizationDomain("")
    app.setDesktopFileName(APP_NAME)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    install_translators(app, choose_language(settings.language))

    window = StartWindow(paths, settings)
    app.aboutToQuit.connect(window.shut_down)
    window.start()
    return app.exec()
