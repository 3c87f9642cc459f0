"""Shared fixtures: isolated app directories, a keyed template vault copied per test, and a
guard that fails the run if anything opens a socket (the app is offline by design)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ltsupport.paths import AppPaths, key_file_for, resolve
from ltsupport.vault.keyfile import KdfParams

PASSPHRASE = "correct horse battery staple"
# Small Argon2id cost so tests run fast; the app calibrates real vaults to about 0.5 s.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)

_socket_attempts: list[str] = []


def _no_sockets(event: str, args: tuple[Any, ...]) -> None:
    if event in ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo"):
        family = args[1] if event == "socket.__new__" and len(args) > 1 else None
        _socket_attempts.append(f"{event} {family!r}")
        raise RuntimeError(f"ltsupport is offline: a socket was opened ({event})")


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.addaudithook(_no_sockets)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _socket_attempts:
        print(f"\nSocket use detected during the suite: {_socket_attempts}", file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """LTSUPPORT_HOME pointing at an empty per-test directory."""
    home = tmp_path / "home"
    monkeypatch.setenv("LTSUPPORT_HOME", str(home))
    monkeypatch.delenv("LTSUPPORT_VAULT", raising=False)
    monkeypatch.delenv("LTSUPPORT_PASSPHRASE", raising=False)
    monkeypatch.delenv("LTSUPPORT_NEW_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def app_paths(app_home: Path) -> AppPaths:
    return resolve()


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One keyed, migrated vault made per run, as the app makes it (no clients; the catalogue
    seeded from the shipped file); tests get copies of it."""
    from ltsupport.services.workspace import create_workspace

    home = tmp_path_factory.mktemp("template")
    paths = resolve(env={"LTSUPPORT_HOME": str(home)})
    create_workspace(paths, PASSPHRASE, actor="template", kdf=FAST_KDF).lock()
    return paths.vault


@pytest.fixture
def vault_copy(template_vault: Path, app_paths: AppPaths) -> AppPaths:
    """The template vault and its key file copied to this test's default vault location."""
    app_paths.ensure()
    shutil.copy2(template_vault, app_paths.vault)
    shutil.copy2(key_file_for(template_vault), app_paths.key_file)
    return app_paths


@pytest.fixture
def workspace(vault_copy: AppPaths) -> Iterator[Any]:
    """An unlocked workspace on a fresh copy of the template vault."""
    from ltsupport.services.workspace import open_workspace

    ws = open_workspace(vault_copy, PASSPHRASE, actor="test-worker")
    yield ws
    ws.lock()
