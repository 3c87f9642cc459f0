"""Where ltsupport keeps its files (see CLI.md, "Where data lives").

Nothing here touches the disk at import time; call :func:`resolve` and then
:meth:`AppPaths.ensure` when directories are actually needed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ltsupport"
VAULT_FILE_NAME = "vault.ltsv"
KEY_FILE_SUFFIX = ".keys"
ENV_HOME = "LTSUPPORT_HOME"
ENV_VAULT = "LTSUPPORT_VAULT"


def key_file_for(vault: Path) -> Path:
    """The key file that belongs to ``vault``: ``<vault file name>.keys`` beside it."""
    return vault.with_name(vault.name + KEY_FILE_SUFFIX)


@dataclass(frozen=True)
class AppPaths:
    """Every location the app reads or writes."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path
    vault: Path
    root: Path | None = None  # LTSUPPORT_HOME, when set: made private too

    @property
    def key_file(self) -> Path:
        return key_file_for(self.vault)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.cache_dir / "ltsupport.lock"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def all_dirs(self) -> tuple[Path, ...]:
        dirs = {
            *((self.root,) if self.root is not None else ()),
            self.data_dir,
            self.config_dir,
            self.log_dir,
            self.cache_dir,
            self.backup_dir,
            self.vault.parent,
        }
        return tuple(sorted(dirs))

    def ensure(self) -> None:
        """Create the app's directories, readable by the owner only."""
        for d in self.all_dirs():
            make_private_dir(d)


def make_private_dir(path: Path, *, enforce: bool = True) -> None:
    """Create ``path`` (and missing parents) readable by its owner only (0700).

    With ``enforce`` an existing directory is restricted too; without it (a folder the user
    chose, such as a USB stick for backups) an existing directory is left as it is.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for directory in reversed(missing):
        directory.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix" and (enforce or path in missing):
        path.chmod(0o700)


def resolve(
    vault: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> AppPaths:
    """Work out the app's paths from an explicit vault, the environment and platformdirs.

    Precedence for the vault: ``vault`` argument (``--vault``), then ``LTSUPPORT_VAULT``, then the
    data directory. ``LTSUPPORT_HOME`` moves the data, config, log and cache directories under it.
    """
    environ = os.environ if env is None else env
    home = environ.get(ENV_HOME)
    if home:
        base = Path(home).expanduser().resolve()
        data_dir = base / "data"
        config_dir = base / "config"
        log_dir = base / "logs"
        cache_dir = base / "cache"
    else:
        data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config_dir = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        log_dir = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
        cache_dir = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    chosen = vault if vault is not None else environ.get(ENV_VAULT) or None
    vault_path = (
        Path(chosen).expanduser().resolve() if chosen is not None else data_dir / VAULT_FILE_NAME
    )
    return AppPaths(
        data_dir,
        config_dir,
        log_dir,
        cache_dir,
        vault_path,
        Path(home).expanduser().resolve() if home else None,
    )
