"""Layering that import-linter cannot express: services, models and vault never load Qt widgets."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import ltsupport.models, ltsupport.services, ltsupport.vault
for package in (ltsupport.models, ltsupport.services, ltsupport.vault):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
print("QtWidgets" if "PySide6.QtWidgets" in sys.modules else "clean")
"""


def test_services_models_and_vault_do_not_import_qt_widgets() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "clean"


def test_the_cli_loads_no_qt_until_it_prints() -> None:
    probe = "import sys, ltsupport.cli; print('qt' if 'PySide6' in sys.modules else 'clean')"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "clean"
