"""SQLCipher wiring for SQLAlchemy: raw-key connections with pinned, checked settings.

Every connection is keyed by a ``connect`` listener that runs before anything else, checks that
SQLCipher is really loaded and the key is right, then applies the safety PRAGMAs. The engine
never sees a passphrase; the plain ``sqlite://`` dialect with ``module=sqlcipher3`` avoids the
``sqlite+pysqlcipher`` dialect's second ``PRAGMA key`` and its SingletonThreadPool.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ltsupport.vault.errors import VaultDamagedError, WrongPassphraseError

SQLITE_HEADER = b"SQLite format 3\x00"

# What SQLCipher reports for our files; checked on every connection in the tests (T03).
PINNED_CIPHER_SETTINGS = (
    "PRAGMA kdf_iter = 256000;",
    "PRAGMA cipher_page_size = 4096;",
    "PRAGMA cipher_use_hmac = 1;",
    "PRAGMA cipher_plaintext_header_size = 0;",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
)

SAFETY_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 10000",
)

WRITING_PRAGMAS = ("PRAGMA journal_mode",)

_HEX_KEY = re.compile(r"[0-9a-f]{64}")


def key_pragma(key: bytes) -> str:
    """``PRAGMA key`` for a raw 256-bit key. The hex is validated, never interpolated blindly."""
    hex_key = key.hex()
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("A database key must be exactly 32 bytes.")
    return f"PRAGMA key = \"x'{hex_key}'\""


def apply_key(dbapi_connection: Any, key: bytes, *, read_only: bool = False) -> None:
    """Key a raw sqlcipher3 connection, prove SQLCipher and the key, and apply the PRAGMAs.

    ``read_only`` skips the PRAGMAs that would write to the file (journal mode).
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(key_pragma(key))
        row = cursor.execute("PRAGMA cipher_version").fetchone()
        if not row or not str(row[0]).startswith("4."):
            raise VaultDamagedError("SQLCipher 4 is not available; refusing to open the vault.")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongPassphraseError() from exc
        for pragma in SAFETY_PRAGMAS:
            if read_only and pragma.startswith(WRITING_PRAGMAS):
                continue
            cursor.execute(pragma).fetchall()
    finally:
        cursor.close()


def looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


class _NoRowLogging(logging.Filter):
    """Drop SQLAlchemy's DEBUG records (they contain result rows, i.e. case content)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO


_NO_ROWS = _NoRowLogging()
SQLALCHEMY_LOGGERS = ("sqlalchemy.engine", "sqlalchemy.engine.Engine", "sqlalchemy.pool")


def _silence_row_logging() -> None:
    for name in SQLALCHEMY_LOGGERS:
        logger = logging.getLogger(name)
        if _NO_ROWS not in logger.filters:
            logger.addFilter(_NO_ROWS)


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine for the vault at ``path``. Every pooled connection is keyed and checked."""
    if path.exists() and path.stat().st_size and looks_like_plain_sqlite(path):
        raise VaultDamagedError("This file is an unencrypted database, not an ltsupport vault.")
    _silence_row_logging()
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=5,
        max_overflow=10,
        hide_parameters=True,
        connect_args={"check_same_thread": False, "timeout": 10},
    )

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_key(dbapi_connection, key)
        # Let SQLAlchemy own transactions (the driver's implicit ones skip DDL).
        dbapi_connection.isolation_level = None

    def on_begin(connection: Any) -> None:
        # Take the write lock up front: no deadlock when a reader later writes.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", on_connect, insert=True)
    event.listen(engine, "begin", on_begin)
    return engine
