"""Crash-safe file writes: temp file in the same directory, fsync, rename, fsync the directory."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

OWNER_ONLY = 0o600


class DiskFullError(OSError):
    """The disk filled up during a write; the old file is untouched."""

    code = "disk_full"


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


@contextlib.contextmanager
def _disk_errors() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(
                exc.errno, "The disk is full. Nothing was changed; free some space."
            ) from exc
        raise


def atomic_write_bytes(path: Path, data: bytes, mode: int = OWNER_ONLY) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old or the new content, never a mix."""
    tmp = temp_path_for(path)
    with _disk_errors():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            try:
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        fsync_dir(path.parent)


def atomic_copy(src: Path, dest: Path, mode: int = OWNER_ONLY) -> None:
    """Copy ``src`` onto ``dest`` atomically (the copy is complete before it takes the name)."""
    tmp = temp_path_for(dest)
    with _disk_errors():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            try:
                with src.open("rb") as reader:
                    while chunk := reader.read(1 << 20):
                        view = memoryview(chunk)
                        while view:
                            written = os.write(fd, view)
                            view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, dest)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        fsync_dir(dest.parent)


def restrict(path: Path) -> None:
    """Make an existing file readable by its owner only."""
    if os.name == "posix" and path.exists():
        path.chmod(OWNER_ONLY)
