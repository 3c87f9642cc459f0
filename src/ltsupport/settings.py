"""Declared settings, stored as JSON in the config directory. They never hold case content.

Every setting is declared once here with its type and default; unknown keys in the file are
ignored and wrong types fall back to the default, so a damaged settings file never stops the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from ltsupport.atomicfile import atomic_write_bytes


@dataclass
class Settings:
    language: str = ""  # "" follows the system; "en" or "fr"
    idle_lock_minutes: int = 5
    staff_name: str = ""

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        settings = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            default = getattr(settings, f.name)
            if value is not None and type(value) is type(default):
                setattr(settings, f.name, value)
        if settings.language not in ("", "en", "fr"):
            settings.language = ""
        settings.idle_lock_minutes = max(1, min(120, settings.idle_lock_minutes))
        return settings

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"
        atomic_write_bytes(path, data.encode("utf-8"))
