"""The installed ``ltsupport-cli`` as a separate process: exit codes, stderr, and no plaintext
left anywhere the app or the OS keeps files (vault, config, logs, cache, temp)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PASSPHRASE

MARKERS = [f"Plantedname{n:02d}Xq" for n in range(5)]


def cli(
    home: Path, tmp: Path, *argv: str, passphrase: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("ltsupport-cli", path=str(Path(sys.executable).parent))
    command = (
        [exe, *argv]
        if exe
        else [
            sys.executable,
            "-c",
            "from ltsupport.cli import main; raise SystemExit(main())",
            *argv,
        ]
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LTSUPPORT_")}
    env.update(LTSUPPORT_HOME=str(home), LTSUPPORT_PASSPHRASE=passphrase, TMPDIR=str(tmp))
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    tmp.mkdir()
    return home, tmp


def test_entry_point_exit_codes_and_single_error_line(dirs: tuple[Path, Path]) -> None:
    home, tmp = dirs
    assert cli(home, tmp, "init").returncode == 0
    added = cli(home, tmp, "clients", "add", "--case-code", "TR-1", "--name", "Someone")
    assert (added.returncode, added.stdout) == (0, "TR-1\n")
    dup = cli(home, tmp, "clients", "add", "--case-code", "TR-1", "--name", "Someone")
    assert dup.returncode == 1 and dup.stderr.count("\n") == 1 and "Traceback" not in dup.stderr
    wrong = cli(home, tmp, "clients", "list", passphrase="definitely not it")
    assert wrong.returncode == 1 and "definitely" not in wrong.stderr
    assert cli(home, tmp, "frobnicate").returncode == 2
    assert cli(home, tmp, "verify").returncode == 0


def test_no_planted_name_in_any_file_after_a_session(dirs: tuple[Path, Path]) -> None:
    home, tmp = dirs
    assert cli(home, tmp, "init").returncode == 0
    for n, marker in enumerate(MARKERS):
        result = cli(home, tmp, "clients", "add", "--case-code", f"TR-{n}", "--name", marker)
        assert result.returncode == 0, result.stderr
    cli(home, tmp, "clients", "add", "--case-code", "TR-0", "--name", MARKERS[0])  # fails
    assert MARKERS[3] in cli(home, tmp, "clients", "show", "TR-3").stdout
    assert cli(home, tmp, "backup", str(home / "data" / "backups" / "b1.ltsv")).returncode == 0
    files = [p for p in (*home.rglob("*"), *tmp.rglob("*")) if p.is_file()]
    assert any(p.name == "vault.ltsv" for p in files)
    hits = [
        (str(p), m)
        for p in files
        for m in MARKERS
        for needle in (m.encode("utf-8"), m.encode("utf-16-le"))
        if needle in p.read_bytes()
    ]
    assert hits == []
    # Control: the same grep finds a name written in the clear, so a pass above means something.
    control = tmp / "control.txt"
    control.write_text(MARKERS[0], encoding="utf-8")
    assert MARKERS[0].encode() in control.read_bytes()
