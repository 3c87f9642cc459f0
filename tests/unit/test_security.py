"""Confidentiality at rest and wiring guards: planted names (T01), SQLCipher header, key material
on disk (T07), pinned settings on every pooled connection (T03/T30), no PII in errors or logs
(T29), verifiable secure delete (T15), owner-only permissions (T13), and the no-socket guard."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
import threading
import traceback
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import event, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool, SingletonThreadPool

from conftest import FAST_KDF, PASSPHRASE
from ltsupport.models import Client, ClientStatus, ConsentKind, ImmigrationStatus
from ltsupport.paths import AppPaths, key_file_for
from ltsupport.services import audit
from ltsupport.services.clients import ClientInput, ClientService
from ltsupport.services.errors import ValidationError
from ltsupport.vault import engine as vault_engine
from ltsupport.vault import store
from ltsupport.vault.engine import PINNED_CIPHER_SETTINGS, SQLITE_HEADER, apply_key

MARKERS = [f"Zqxmarker{i:04d}" for i in range(1, 51)]
TESTS_DIR = Path(__file__).resolve().parents[1]
PYTEST = (sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "conftest")


# -- file walking and grepping ----------------------------------------------------------------

FileState = dict[Path, tuple[int, int]]


def _regular_files(root: Path) -> Iterator[Path]:
    """Every regular file under ``root`` (no symlinks followed, unreadable dirs skipped)."""
    for dirpath, _dirnames, filenames in os.walk(root, onerror=lambda _e: None):
        for name in filenames:
            path = Path(dirpath) / name
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue
            if stat.S_ISREG(mode):
                yield path


def _state(paths: Iterable[Path]) -> FileState:
    result: FileState = {}
    for path in paths:
        try:
            st = path.lstat()
        except OSError:
            continue
        result[path] = (st.st_mtime_ns, st.st_size)
    return result


def _temp_top_level(tempdir: Path) -> tuple[FileState, set[Path]]:
    """Top-level files of the temp dir, and its top-level directories."""
    files: FileState = {}
    dirs: set[Path] = set()
    with os.scandir(tempdir) as entries:
        for entry in entries:
            try:
                if entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    files[Path(entry.path)] = (st.st_mtime_ns, st.st_size)
                elif entry.is_dir(follow_symlinks=False):
                    dirs.add(Path(entry.path))
            except OSError:
                continue
    return files, dirs


@dataclass
class TempWatch:
    """What the process adds to ``tempfile.gettempdir()`` during a test.

    Only files that are new or modified are considered: top-level files, and every file inside
    top-level directories that did not exist before (mkstemp/mkdtemp/etilqs_* all land there).
    Pre-existing directories belong to other programs (other test sessions included) and are
    not walked; this test's own tmp_path is walked separately and completely.
    """

    tempdir: Path
    files: FileState
    dirs: set[Path]

    @classmethod
    def start(cls) -> TempWatch:
        tempdir = Path(tempfile.gettempdir())
        files, dirs = _temp_top_level(tempdir)
        return cls(tempdir, files, dirs)

    def new_files(self) -> list[Path]:
        files, dirs = _temp_top_level(self.tempdir)
        changed = [p for p, s in files.items() if self.files.get(p) != s]
        for directory in sorted(dirs - self.dirs):
            changed.extend(_regular_files(directory))
        return changed


def _encodings(text: str) -> tuple[bytes, ...]:
    return text.encode("utf-8"), text.encode("utf-16-le")


def grep(files: Iterable[Path], needles: Iterable[str]) -> list[tuple[str, Path]]:
    """(needle, file) for every needle found in a file, as UTF-8 or UTF-16-LE bytes."""
    patterns = [(n, _encodings(n)) for n in needles]
    hits: list[tuple[str, Path]] = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue  # removed meanwhile (e.g. another process's temp file)
        hits.extend((n, path) for n, encoded in patterns if any(e in data for e in encoded))
    return hits


def _client(code: str, name: str, **extra: Any) -> ClientInput:
    return ClientInput(
        case_code=code,
        preferred_name=name,
        legal_name=f"{name} Legal",
        languages=("en", "tl"),
        safe_contact=f"Only through the shelter; ask for {name}.",
        **extra,
    )


# -- the T01/T07 scenario ---------------------------------------------------------------------


@dataclass
class Scenario:
    home: Path
    paths: AppPaths
    outside_backup: Path
    key: bytes
    temp: TempWatch
    root: Path

    def files(self) -> list[Path]:
        """Every file under the test's directories (home, backups elsewhere) and new temp files."""
        return sorted({*_regular_files(self.root), *self.temp.new_files()})


@pytest.fixture
def scenario(app_home: Path, app_paths: AppPaths, tmp_path: Path) -> Scenario:
    """50 clients with marker names through the services, consents, views, search, two backups
    (the default location and a folder elsewhere), then lock."""
    from ltsupport.services.workspace import create_workspace

    temp = TempWatch.start()
    ws = create_workspace(app_paths, PASSPHRASE, actor="worker-1", kdf=FAST_KDF)
    try:
        for i, marker in enumerate(MARKERS):
            detail = ws.clients.create(_client(f"TR-{i:04d}", marker))
            ws.consents.record(detail.id, ConsentKind.STORE, note=f"{marker} agreed at intake")
            ws.consents.record(
                detail.id, ConsentKind.SHARE, organisation="Legal clinic", note=f"{marker} share"
            )
        for marker in MARKERS[:5]:
            found = ws.clients.list(query=marker)
            assert [s.preferred_name for s in found] == [marker]
            ws.clients.get(found[0].id)
        ws.backup()
        outside = ws.backup(tmp_path / "usb stick" / "backup.ltsv")
        assert ws.verify().ok
    finally:
        ws.lock()
    key = store.unlock_key(app_paths.vault, PASSPHRASE)
    return Scenario(app_home, app_paths, outside, key, temp, tmp_path)


def test_T01_planted_names_appear_in_no_file(scenario: Scenario) -> None:
    files = scenario.files()
    names = {p.name for p in files}
    # The grep covered what it should: the vault, its key file and both backups.
    assert {"vault.ltsv", "vault.ltsv.keys", "backup.ltsv", "backup.ltsv.keys"} <= names
    assert len(list(scenario.paths.backup_dir.glob("backup-*.ltsv"))) == 1
    hits = grep(files, MARKERS)
    assert hits == [], f"{len(hits)} planted names found on disk: {hits[:5]}"

    # Control: a plain stdlib sqlite3 copy in the same directory shows 50/50, so the grep works.
    control = scenario.paths.vault.with_name("control-plain.sqlite")
    connection = sqlite3.connect(control)
    try:
        connection.execute("CREATE TABLE client (name TEXT)")
        connection.executemany("INSERT INTO client VALUES (?)", [(m,) for m in MARKERS])
        connection.commit()
    finally:
        connection.close()
    # And a temp file written now is seen by the temp-dir watch (in UTF-16 here).
    fd, temp_name = tempfile.mkstemp(prefix="ltsupport-control-")
    with os.fdopen(fd, "wb") as handle:
        handle.write(MARKERS[0].encode("utf-16-le"))
    temp_control = Path(temp_name)
    try:
        control_hits = grep(scenario.files(), MARKERS)
        assert {n for n, _ in control_hits} == set(MARKERS)
        assert {p for _, p in control_hits} == {control, temp_control}
    finally:
        control.unlink()
        temp_control.unlink()


def test_T01_no_planted_name_in_wal_mid_transaction(workspace: Any) -> None:
    db = workspace.paths.vault
    side = [Path(f"{db}{s}") for s in ("", "-wal", "-shm", "-journal")]
    marker_batch = MARKERS[:20]
    with Session(workspace.engine) as session:
        # A tiny page cache makes SQLite spill the uncommitted pages into the WAL now.
        session.connection().exec_driver_sql("PRAGMA cache_size = 4")
        for i, marker in enumerate(marker_batch):
            session.add(
                Client(
                    case_code=f"MID-{i:04d}",
                    preferred_name=marker,
                    safe_contact=f"{marker} " + "x" * 3000,
                    intake_date=date.today(),
                )
            )
        session.flush()
        wal = Path(f"{db}-wal")
        assert wal.exists() and wal.stat().st_size > 0, "uncommitted pages reached the WAL"
        hits = grep([p for p in side if p.exists()], marker_batch)
        assert hits == []
        session.rollback()
    assert workspace.clients.count() == 0


def test_vault_file_is_not_plain_sqlite(vault_copy: AppPaths) -> None:
    header = vault_copy.vault.read_bytes()[:16]
    assert header != SQLITE_HEADER
    assert not vault_engine.looks_like_plain_sqlite(vault_copy.vault)


def test_T07_no_key_material_on_disk(scenario: Scenario) -> None:
    key = scenario.key
    needles = [key.hex(), key.hex().upper(), PASSPHRASE]
    files = scenario.files()
    assert grep(files, needles) == []
    # The raw key bytes are nowhere either.
    for path in files:
        assert key not in path.read_bytes(), path


# -- T03/T30: wiring on every pooled connection -------------------------------------------------


def _connection_facts(dbapi_connection: Any) -> dict[str, Any]:
    cursor = dbapi_connection.cursor()
    try:

        def one(pragma: str) -> Any:
            return cursor.execute(f"PRAGMA {pragma}").fetchone()[0]

        return {
            "cipher_version": str(one("cipher_version")),
            "cipher_settings": tuple(r[0] for r in cursor.execute("PRAGMA cipher_settings")),
            "temp_store": one("temp_store"),
            "journal_mode": one("journal_mode"),
            "synchronous": one("synchronous"),
            "foreign_keys": one("foreign_keys"),
            "secure_delete": one("secure_delete"),
            "cipher_log_level": one("cipher_log_level"),
        }
    finally:
        cursor.close()


def _pinned(facts: dict[str, Any]) -> bool:
    return (
        facts["cipher_version"].startswith("4.")
        and facts["cipher_settings"] == PINNED_CIPHER_SETTINGS
        and facts["temp_store"] == 2
        and facts["journal_mode"] == "wal"
        and facts["synchronous"] == 2
        and facts["foreign_keys"] == 1
        and facts["secure_delete"] == 1
        and facts["cipher_log_level"] == "NONE"
    )


def test_T30_engine_wiring(workspace: Any) -> None:
    engine = workspace.engine
    assert isinstance(engine.pool, QueuePool)
    assert not isinstance(engine.pool, SingletonThreadPool)
    assert engine.dialect.loaded_dbapi is sqlcipher3
    assert engine.dialect.dbapi is sqlcipher3
    assert engine.hide_parameters is True
    assert "pysqlcipher" not in engine.url.drivername
    assert engine.url.password is None
    listeners = list(engine.pool.dispatch.connect)
    first = listeners[0]
    assert first.__module__ == "ltsupport.vault.engine", listeners
    assert first.__qualname__ == "make_engine.<locals>.on_connect"


def test_T03_T30_eight_threads_fifty_saves_all_pinned(workspace: Any) -> None:
    engine = workspace.engine
    audit_before = audit.count(engine)
    engine.dispose()  # every connection from here on is a new one
    lock = threading.Lock()
    seen: list[dict[str, Any]] = []

    def check(dbapi_connection: Any, _record: Any) -> None:
        facts = _connection_facts(dbapi_connection)
        with lock:
            seen.append(facts)

    event.listen(engine, "connect", check)  # appended: runs after the keying listener
    assert next(iter(engine.pool.dispatch.connect)).__module__ == "ltsupport.vault.engine"
    threads_n, saves_n = 8, 50
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads_n)

    def worker(t: int) -> None:
        service = ClientService(engine, f"worker-{t}")
        barrier.wait()
        for i in range(saves_n):
            try:
                service.create(ClientInput(case_code=f"T{t}-{i:04d}", preferred_name=f"P {t} {i}"))
            except BaseException as exc:
                with lock:
                    errors.append(exc)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(threads_n)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        event.remove(engine, "connect", check)

    assert errors == []
    assert workspace.clients.count() == threads_n * saves_n
    assert len(seen) >= 2, "several pooled connections should have been opened"
    assert len(seen) <= 15  # pool_size + max_overflow
    bad = [f for f in seen if not _pinned(f)]
    assert bad == [], bad
    # The audit chain stayed consistent under concurrent writers.
    assert audit.count(engine) == audit_before + threads_n * saves_n
    assert audit.verify_chain(engine) is None


# -- T29: no PII in errors or logs ------------------------------------------------------------


def _force_integrity_errors(engine: Any, marker: str) -> list[BaseException]:
    """A duplicate case code inserted three ways; returns the errors raised."""
    caught: list[BaseException] = []
    try:
        with Session(engine) as session, session.begin():
            session.add(Client(case_code="DUP-1", preferred_name=marker, intake_date=date.today()))
    except IntegrityError as exc:
        caught.append(exc)
    try:
        with engine.begin() as connection:
            connection.execute(
                insert(Client.__table__).values(
                    id=uuid.uuid4(),
                    case_code="DUP-1",
                    preferred_name=marker,
                    legal_name=marker,
                    languages=[],
                    document_language="en",
                    immigration_status=ImmigrationStatus.UNKNOWN,
                    safe_contact=marker,
                    assigned_worker="",
                    status=ClientStatus.ACTIVE,
                    intake_date=date.today(),
                    created_at=datetime.now(UTC),
                    updated_at=datetime.now(UTC),
                )
            )
    except IntegrityError as exc:
        caught.append(exc)
    return caught


def test_T29_integrity_error_text_hides_the_name(workspace: Any) -> None:
    workspace.clients.create(_client("DUP-1", "Someone"))
    marker = MARKERS[7]
    errors = _force_integrity_errors(workspace.engine, marker)
    assert len(errors) == 2
    for exc in errors:
        text = "".join(traceback.format_exception(exc))
        assert "UNIQUE constraint failed" in text
        assert marker not in text
        assert "parameters hidden" in str(exc)
    with pytest.raises(ValidationError) as info:
        workspace.clients.create(_client("dup-1", marker))
    assert marker not in str(info.value)


def _logged_scenario(workspace: Any) -> None:
    for i, marker in enumerate(MARKERS[:10]):
        detail = workspace.clients.create(_client(f"LOG-{i:03d}", marker))
        workspace.clients.get(detail.id)
    workspace.clients.list(query=MARKERS[0])
    _force_integrity_errors(workspace.engine, MARKERS[11])
    with pytest.raises(ValidationError):
        workspace.clients.create(_client("LOG-000", MARKERS[12]))


def _log_text(caplog: pytest.LogCaptureFixture) -> str:
    parts = [caplog.text]
    for rec in caplog.records:
        parts.append(rec.getMessage())
        parts.append(repr(rec.args))
    return "\n".join(parts)


def test_T29_no_marker_in_info_logs(workspace: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sqlalchemy")
    _logged_scenario(workspace)
    text = _log_text(caplog)
    assert "INSERT INTO client" in text, "control: SQLAlchemy statements were logged"
    assert "parameters hidden" in text
    assert [m for m in MARKERS if m in text] == []


def test_T29_no_marker_in_debug_logs(workspace: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    _logged_scenario(workspace)
    text = _log_text(caplog)
    assert "INSERT INTO client" in text
    assert [m for m in MARKERS if m in text] == []


# -- T15: verifiable secure delete ------------------------------------------------------------

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16  # page 1 starts with the plaintext salt instead of "SQLite format 3\0"


def decrypted_pages(db: Path, key: bytes) -> list[bytes]:
    """Every page of a SQLCipher 4 file (with the pinned settings), decrypted with the raw key.

    This reads freed and free-list pages too, which SQL cannot reach. HMACs are not checked
    here (verify does that); a control below proves the decryption is right.
    """
    data = db.read_bytes()
    assert len(data) % PAGE_SIZE == 0
    pages = []
    for offset in range(0, len(data), PAGE_SIZE):
        page = data[offset : offset + PAGE_SIZE]
        start = SALT if offset == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize())
    return pages


def _page_hits(db: Path, key: bytes, name: str) -> int:
    needles = (name.encode(), name.lower().encode(), name.encode("utf-16-le"))
    return sum(any(n in page for n in needles) for page in decrypted_pages(db, key))


def _live_rows_mention(db: Path, key: bytes, name: str) -> bool:
    connection = sqlcipher3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    try:
        apply_key(connection, key, read_only=True)
        dump = [repr(r) for r in connection.execute("SELECT * FROM sqlite_master")]
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:  # names from the schema itself
            dump.extend(repr(r) for r in connection.execute(f'SELECT * FROM "{table}"'))
        return any(name in line for line in dump)
    finally:
        connection.close()


def test_T15_deleted_client_leaves_no_trace_in_any_page(workspace: Any) -> None:
    name = "Zqxdeleted0001"
    keep = workspace.clients.create(_client("KEEP-1", "Kept Person"))
    gone = workspace.clients.create(_client("GONE-1", name))
    workspace.consents.record(gone.id, ConsentKind.STORE, note=f"{name} agreed")
    db = workspace.paths.vault
    key = store.unlock_key(db, PASSPHRASE)
    with workspace.engine.connect() as connection:
        # On the raw connection: through SQLAlchemy the begin listener's BEGIN IMMEDIATE comes
        # first and the checkpoint fails with "database table is locked".
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _page_hits(db, key, name) > 0, "control: the decryption sees the live name"

    workspace.clients.delete(gone.id)
    workspace.lock()  # checkpoints the WAL into the file
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert _page_hits(db, key, name) == 0
    assert not _live_rows_mention(db, key, name)
    assert _live_rows_mention(db, key, "Kept Person")
    assert keep.id  # the other client is still there


def test_T15_control_without_secure_delete_the_name_survives(workspace: Any) -> None:
    """Proves the page check above can fail: the same delete with secure_delete OFF."""
    name = "Zqxinsecure001"
    gone = workspace.clients.create(_client("GONE-2", name))
    db = workspace.paths.vault
    key = store.unlock_key(db, PASSPHRASE)
    workspace.lock()
    connection = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        apply_key(connection, key)
        connection.execute("PRAGMA secure_delete = OFF")
        connection.execute("DELETE FROM consent WHERE client_id = ?", (gone.id.hex,))
        connection.execute("DELETE FROM client WHERE id = ?", (gone.id.hex,))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    assert not _live_rows_mention(db, key, name)
    assert _page_hits(db, key, name) > 0


# -- T13: owner-only permissions ----------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_T13_files_and_dirs_are_owner_only(scenario: Scenario) -> None:
    paths = scenario.paths
    for path in (
        paths.vault,
        paths.key_file,
        scenario.outside_backup,
        key_file_for(scenario.outside_backup),
        *paths.backup_dir.iterdir(),
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for directory in (*paths.all_dirs(), scenario.outside_backup.parent):
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700, directory
    # Nothing under the app's home is readable by group or others.
    for path in _regular_files(scenario.home):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    for dirpath, _dirs, _files in os.walk(scenario.home):
        if Path(dirpath) != scenario.home:
            assert stat.S_IMODE(Path(dirpath).stat().st_mode) & 0o077 == 0, dirpath


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_T13_side_files_of_an_open_vault_are_owner_only(workspace: Any) -> None:
    workspace.clients.create(_client("SIDE-1", "Side Files"))
    db = workspace.paths.vault
    side = [Path(f"{db}{s}") for s in ("-wal", "-shm")]
    assert any(p.exists() for p in side)
    for path in side:
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# -- the no-socket guard ----------------------------------------------------------------------


def _run_guarded_pytest(directory: Path, body: str) -> subprocess.CompletedProcess[str]:
    """Run pytest in a subprocess on one generated test, with the project's conftest loaded as
    a plugin (so its audit hook is the one under test). Pipes, not sockets, link the two."""
    test_file = directory / "test_generated.py"
    test_file.write_text(textwrap.dedent(body), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS_DIR), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [*PYTEST, str(test_file)],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_no_socket_guard_fails_a_run_that_opens_a_socket(tmp_path: Path) -> None:
    guarded = tmp_path / "guarded"
    guarded.mkdir()
    result = _run_guarded_pytest(
        guarded,
        """
        import socket

        def test_opens_a_socket_and_hides_the_error():
            try:
                socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
            except RuntimeError:
                pass  # even a swallowed attempt must fail the run
        """,
    )
    output = result.stdout + result.stderr
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, output
    assert "Socket use detected" in output

    control = tmp_path / "control"
    control.mkdir()
    result = _run_guarded_pytest(
        control,
        """
        def test_no_network():
            assert 1 + 1 == 2
        """,
    )
    assert result.returncode == pytest.ExitCode.OK, result.stdout + result.stderr
