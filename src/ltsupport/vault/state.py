"""What is on disk at a vault location, decided without opening anything (no SQLAlchemy here,
so the first window can ask this before heavy imports)."""

from __future__ import annotations

import enum
from pathlib import Path

from ltsupport.paths import key_file_for


class VaultState(enum.Enum):
    ABSENT = "absent"  # neither file: first run
    PRESENT = "present"  # both files
    KEY_FILE_MISSING = "key_file_missing"
    DATABASE_MISSING = "database_missing"  # key file, but no or an empty database


def inspect(db: Path) -> VaultState:
    has_db = db.exists() and db.stat().st_size > 0
    has_keys = key_file_for(db).exists()
    if has_db and has_keys:
        return VaultState.PRESENT
    if has_keys:
        return VaultState.DATABASE_MISSING
    if db.exists():
        return VaultState.KEY_FILE_MISSING
    return VaultState.ABSENT
