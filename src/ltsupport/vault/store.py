"""Create, unlock, lock, verify, back up, restore and re-key a vault.

A vault is two files: the SQLCipher database (``vault.ltsv``) and its key file
(``vault.ltsv.keys``). Losing the key file loses the data, so backups always carry both.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from ltsupport.atomicfile import atomic_copy, fsync_dir, restrict, temp_path_for
from ltsupport.paths import key_file_for, make_private_dir
from ltsupport.vault import migrate
from ltsupport.vault.engine import apply_key, looks_like_plain_sqlite, make_engine
from ltsupport.vault.errors import (
    KeyFileMissingError,
    NoVaultError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WrongPassphraseError,
)
from ltsupport.vault.keyfile import KdfParams, KeyFile
from ltsupport.vault.passphrase import check_new_passphrase
from ltsupport.vault.state import VaultState, inspect

SIDE_FILES = ("-wal", "-shm", "-journal")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifyReport:
    cipher_errors: tuple[str, ...]
    integrity: tuple[str, ...]
    foreign_key_violations: int

    @property
    def ok(self) -> bool:
        return (
            not self.cipher_errors and self.integrity == ("ok",) and not self.foreign_key_violations
        )

    def summary(self) -> str:
        if self.ok:
            return "The vault is sound: cipher, database and links all check out."
        parts = []
        if self.cipher_errors:
            parts.append(f"{len(self.cipher_errors)} damaged page(s)")
        if self.integrity != ("ok",):
            parts.append("database structure damaged")
        if self.foreign_key_violations:
            parts.append(f"{self.foreign_key_violations} broken link(s) between records")
        return "The vault is damaged: " + ", ".join(parts) + ". Restore it from a backup."


def _read_only_connection(db: Path, key: bytes) -> Any:
    connection = sqlcipher3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    try:
        apply_key(connection, key, read_only=True)
    except WrongPassphraseError as exc:
        connection.close()
        raise VaultDamagedError(
            "The vault file is damaged or is not an ltsupport vault. Restore it from a backup."
        ) from exc
    except BaseException:
        connection.close()
        raise
    return connection


def verify_file(db: Path, key: bytes) -> VerifyReport:
    """Check every page's HMAC, SQLite's structure and foreign keys, without writing."""
    connection = _read_only_connection(db, key)
    try:
        cipher = tuple(str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check"))
        try:
            integrity = tuple(str(r[0]) for r in connection.execute("PRAGMA integrity_check"))
            fk = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        except sqlcipher3.DatabaseError as exc:
            integrity, fk = (str(exc),), 0
        return VerifyReport(cipher, integrity, fk)
    except sqlcipher3.DatabaseError as exc:
        return VerifyReport((str(exc),), (str(exc),), 0)
    finally:
        connection.close()


def table_counts(connection: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    # Names come from the schema itself, quoted; never from user input.
    return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}  # noqa: S608


class OpenVault:
    """An unlocked vault. Holds the engine; widgets never do. Call :meth:`lock` when done."""

    def __init__(self, db: Path, key: bytes, engine: Engine) -> None:
        self.db = db
        self._key = key
        self._engine: Engine | None = engine

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultError("The vault is locked.")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def lock(self) -> bool:
        """Checkpoint the WAL into the encrypted file, close every connection, forget the key.

        Returns whether the checkpoint completed. When another connection (another process)
        still reads the vault it cannot; SQLite then folds the WAL in when the last one closes.
        """
        engine, self._engine = self._engine, None
        if engine is None:
            return True
        checkpointed = False
        try:
            with engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                # On the driver connection, outside any transaction: BEGIN would block it.
                busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                checkpointed = busy == 0
        except sqlcipher3.Error:
            checkpointed = False
        if not checkpointed:
            log.warning("The vault's write-ahead log could not be folded in at lock.")
        engine.dispose()
        self._key = b""
        return checkpointed

    def verify(self) -> VerifyReport:
        return verify_file(self.db, self._require_key())

    def backup(self, dest: Path) -> Path:
        return backup(self, dest)

    def _require_key(self) -> bytes:
        if not self._key:
            raise VaultError("The vault is locked.")
        return self._key

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def create(
    db: Path, passphrase: str, *, label: str = "staff", kdf: KdfParams | None = None
) -> OpenVault:
    """Create a new, empty vault. Refuses if either file already exists."""
    check_new_passphrase(passphrase)
    keys_path = key_file_for(db)
    if db.exists() or keys_path.exists():
        raise VaultExistsError(f"A vault already exists at {db}. Nothing was changed.")
    make_private_dir(db.parent, enforce=False)
    key_file, key = KeyFile.new(passphrase, label, kdf)
    engine = make_engine(db, key)
    try:
        migrate.upgrade(engine)
        key_file.save(keys_path)
    except BaseException:
        engine.dispose()
        for path in (db, keys_path, *(Path(f"{db}{s}") for s in SIDE_FILES)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise
    restrict(db)
    return OpenVault(db, key, engine)


def _require_present(db: Path) -> None:
    state = inspect(db)
    if state is VaultState.ABSENT:
        raise NoVaultError(f"There is no vault at {db}. Create one first.")
    if state is VaultState.KEY_FILE_MISSING:
        raise KeyFileMissingError(
            "The vault's key file is missing, so the vault cannot be opened. "
            "Restore the vault and its key file from a backup."
        )
    if state is VaultState.DATABASE_MISSING:
        raise VaultMissingError(
            "The vault file is missing or empty although its key file exists. "
            "It was not recreated; restore it from a backup."
        )


def unlock_key(db: Path, passphrase: str) -> bytes:
    """The database key for ``db``, from the key file alone (the database is not touched)."""
    _require_present(db)
    return KeyFile.load(key_file_for(db)).unwrap(passphrase)


def unlock(db: Path, passphrase: str, *, backup_dir: Path | None = None) -> OpenVault:
    """Open the vault. A wrong passphrase raises :class:`WrongPassphraseError` and writes nothing.

    The whole file's HMACs are checked before anything is written. If the schema is older than
    this app, a verified copy is written to ``backup_dir`` before migrations run.
    """
    key = unlock_key(db, passphrase)
    if looks_like_plain_sqlite(db):
        raise VaultDamagedError("This file is an unencrypted database, not an ltsupport vault.")
    report = verify_file(db, key)
    if report.cipher_errors or report.integrity != ("ok",):
        raise VaultDamagedError(
            "The vault file is damaged (its contents fail their integrity check). "
            "Nothing was changed; restore it from a backup."
        )
    engine = make_engine(db, key)
    vault = OpenVault(db, key, engine)
    try:
        if migrate.needs_upgrade(engine):
            target_dir = backup_dir or db.parent
            make_private_dir(target_dir)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            vault.backup(target_dir / f"pre-migration-{stamp}.ltsv")
            migrate.upgrade(engine)
    except BaseException:
        vault.lock()
        raise
    return vault


def change_passphrase(db: Path, old: str, new: str, kdf: KdfParams | None = None) -> None:
    """Rewrap the database key for ``new``. The key file is replaced atomically: at any instant
    exactly one of the two passphrases opens the vault."""
    check_new_passphrase(new)
    _require_present(db)
    keys_path = key_file_for(db)
    KeyFile.load(keys_path).rewrap(old, new, kdf).save(keys_path)


def backup(vault: OpenVault, dest: Path) -> Path:
    """Write an encrypted copy of the vault and its key file to ``dest`` and ``dest.keys``,
    verify the copy (integrity and row counts), and only then give it its name."""
    dest = dest.expanduser().resolve()
    dest_keys = key_file_for(dest)
    if dest == vault.db.resolve():
        raise VaultError("A backup cannot overwrite the vault itself.")
    if dest.exists() or dest_keys.exists():
        raise VaultExistsError(f"{dest} already exists. Choose a new name for the backup.")
    make_private_dir(dest.parent, enforce=False)
    key = vault._require_key()
    tmp = temp_path_for(dest)
    tmp_keys = temp_path_for(dest_keys)
    try:
        with vault.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            source_counts = table_counts(raw)
            # Same raw key for the copy: sqlcipher_export writes encrypted pages only.
            raw.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), f"x'{key.hex()}'"))
            try:
                raw.execute("SELECT sqlcipher_export('backup')")
            finally:
                raw.execute("DETACH DATABASE backup")
        restrict(tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        report = verify_file(tmp, key)
        copy = _read_only_connection(tmp, key)
        try:
            copied_counts = table_counts(copy)
        finally:
            copy.close()
        if not report.ok or copied_counts != source_counts:
            raise VaultError("The backup copy did not verify; it was not kept.")
        atomic_copy(key_file_for(vault.db), tmp_keys)
        os.replace(tmp_keys, dest_keys)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    finally:
        for leftover in (tmp, tmp_keys, *(Path(f"{tmp}{s}") for s in SIDE_FILES)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return dest


def _unused_name(db: Path, label: str) -> Path:
    """``<stem>-<label>-<UTC time><suffix>`` beside ``db``, numbered if that name is taken."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1, 1000):
        counter = "" if n == 1 else f"-{n}"
        candidate = db.with_name(f"{db.stem}-{label}-{stamp}{counter}{db.suffix}")
        if not any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_FILES, ".keys")):
            return candidate
    raise VaultExistsError("Too many kept copies with the same time; try again in a second.")


def restore(src: Path, db: Path, passphrase: str) -> Path | None:
    """Replace the vault at ``db`` with the backup ``src`` (and ``src.keys``).

    ``src`` is verified with ``passphrase`` first. The current vault, if any, is kept beside it as
    a dated copy (its path is returned). A failed restore changes nothing.
    """
    src = src.expanduser().resolve()
    src_keys = key_file_for(src)
    if not src.exists() or not src_keys.exists():
        raise NoVaultError(f"{src} is not a complete backup: it needs {src_keys.name} beside it.")
    key = KeyFile.load(src_keys).unwrap(passphrase)
    if looks_like_plain_sqlite(src):
        raise VaultDamagedError("The backup is an unencrypted database, not an ltsupport vault.")
    report = verify_file(src, key)
    if not report.ok:
        raise VaultDamagedError("The backup is damaged: " + report.summary())
    make_private_dir(db.parent, enforce=False)
    db_keys = key_file_for(db)
    staged_db, staged_keys = temp_path_for(db), temp_path_for(db_keys)
    kept: Path | None = None
    try:
        atomic_copy(src, staged_db)
        atomic_copy(src_keys, staged_keys)
        if db.exists() or db_keys.exists():
            kept = _unused_name(db, "before-restore")
            for suffix in ("", *SIDE_FILES):
                current = Path(f"{db}{suffix}")
                if current.exists():
                    os.replace(current, Path(f"{kept}{suffix}"))
            if db_keys.exists():
                os.replace(db_keys, key_file_for(kept))
        os.replace(staged_keys, db_keys)
        os.replace(staged_db, db)
        fsync_dir(db.parent)
    finally:
        for leftover in (staged_db, staged_keys):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return kept
