"""The CLI contract of CLI.md: commands, passphrase sources, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import FAST_KDF, PASSPHRASE
from ltsupport.checklist import NEED_AREA_KEYS
from ltsupport.cli import main
from ltsupport.paths import AppPaths


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ltsupport.vault.keyfile.calibrate", lambda *a, **k: FAST_KDF)


@pytest.fixture
def env_pass(monkeypatch: pytest.MonkeyPatch, app_home: Path) -> None:
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_creates_encrypted_vault_and_key_file(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths
) -> None:
    code, out, _ = run(capsys, "init")
    assert code == 0
    assert "Created an encrypted vault" in out
    assert app_paths.vault.read_bytes()[:16] != b"SQLite format 3\x00"
    assert app_paths.key_file.exists()


def test_init_refuses_existing_vault_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths
) -> None:
    assert run(capsys, "init")[0] == 0
    before = digest(app_paths.vault), digest(app_paths.key_file)
    code, _, err = run(capsys, "init")
    assert code == 1
    assert err.count("\n") == 1 and "already exists" in err
    assert (digest(app_paths.vault), digest(app_paths.key_file)) == before


def test_init_refuses_short_passphrase(
    capsys: pytest.CaptureFixture[str], app_home: Path, monkeypatch: pytest.MonkeyPatch,
    app_paths: AppPaths,
) -> None:  # fmt: skip
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", "short")
    code, _, err = run(capsys, "init")
    assert code == 1 and "at least 10 characters" in err
    assert not app_paths.vault.exists() and not app_paths.key_file.exists()


def test_add_list_show_round_trip(capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    run(capsys, "init")
    code, out, _ = run(
        capsys, "clients", "add", "--case-code", "tr-7", "--name", "Lidia M.",
        "--language", "es", "--language", "fr", "--country", "mx", "--worker", "S. Okafor",
    )  # fmt: skip
    assert (code, out) == (0, "TR-7\n")
    code, out, _ = run(capsys, "clients", "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"case_code": "TR-7", "preferred_name": "Lidia M.", "status": "active",
         "assigned_worker": "S. Okafor"}
    ]  # fmt: skip
    code, out, _ = run(capsys, "clients", "show", "TR-7", "--json")
    shown = json.loads(out)
    assert shown["country_of_origin"] == "MX"
    assert shown["document_language"] == "fr"
    assert shown["languages"] == ["es", "fr"]
    code, out, _ = run(capsys, "clients", "show", "tr-7")
    assert code == 0 and "Lidia M." in out and "S. Okafor" in out


def test_duplicate_case_code_one_line_exit_1_nothing_changed(
    capsys: pytest.CaptureFixture[str], env_pass: None
) -> None:
    run(capsys, "init")
    run(capsys, "clients", "add", "--case-code", "TR-1", "--name", "First Person")
    code, _, err = run(capsys, "clients", "add", "--case-code", "tr-1", "--name", "Second")
    assert code == 1
    assert err.startswith("ltsupport-cli: error:") and err.count("\n") == 1
    assert "already used" in err and "Traceback" not in err
    _, out, _ = run(capsys, "clients", "list", "--json")
    assert [c["preferred_name"] for c in json.loads(out)] == ["First Person"]


def test_wrong_passphrase_one_line_and_files_unchanged(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    run(capsys, "init")
    before = digest(app_paths.vault), digest(app_paths.key_file)
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", "not the right one at all")
    for argv in (["clients", "list"], ["verify"], ["backup", str(app_paths.data_dir / "b")]):
        code, _, err = run(capsys, *argv)
        assert code == 1
        assert err == "ltsupport-cli: error: The passphrase is not correct. Nothing was changed.\n"
        assert "not the right one" not in err
    assert (digest(app_paths.vault), digest(app_paths.key_file)) == before
    assert not (app_paths.data_dir / "b").exists()


def test_missing_vault_is_reported_not_created(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths
) -> None:
    code, _, err = run(capsys, "clients", "list")
    assert code == 1 and "no vault" in err.lower()
    assert not app_paths.vault.exists()


def test_zero_byte_vault_beside_key_file_is_never_recreated(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths
) -> None:
    run(capsys, "init")
    app_paths.vault.write_bytes(b"")
    code, _, err = run(capsys, "clients", "list")
    assert code == 1 and "restore" in err
    assert app_paths.vault.stat().st_size == 0
    code, _, err = run(capsys, "init")
    assert code == 1 and app_paths.vault.stat().st_size == 0


def test_passphrase_file_wins_over_environment(
    capsys: pytest.CaptureFixture[str], app_home: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    file = tmp_path / "pass.txt"
    file.write_text(PASSPHRASE + "\r\nsecond line ignored\n", encoding="utf-8")
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", "an environment passphrase")
    assert run(capsys, "--passphrase-file", str(file), "init")[0] == 0
    # The file's first line is the passphrase; the environment one does not open the vault.
    assert run(capsys, "clients", "list")[0] == 1
    assert run(capsys, "clients", "list", "--passphrase-file", str(file))[0] == 0


def test_prompt_is_used_without_file_or_env(
    capsys: pytest.CaptureFixture[str], app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert run(capsys, "init")[0] == 0  # asked twice for a new passphrase
    assert run(capsys, "clients", "list")[0] == 0  # asked once


def test_prompt_mismatch_creates_nothing(
    capsys: pytest.CaptureFixture[str], app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PASSPHRASE, PASSPHRASE + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = run(capsys, "init")
    assert code == 1 and "do not match" in err
    assert not app_paths.vault.exists()


def test_no_passphrase_source_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", eof)
    code, _, err = run(capsys, "init")
    assert code == 1 and "--passphrase-file" in err


def test_verify_backup_restore_change_passphrase(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    run(capsys, "init")
    run(capsys, "clients", "add", "--case-code", "TR-1", "--name", "Kept Person")
    code, out, _ = run(capsys, "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    dest = tmp_path / "backups" / "monday.ltsv"
    code, out, _ = run(capsys, "backup", str(dest))
    assert code == 0 and dest.exists() and Path(f"{dest}.keys").exists()
    run(capsys, "clients", "add", "--case-code", "TR-2", "--name", "Added Later")
    code, out, _ = run(capsys, "restore", str(dest))
    assert code == 0 and "kept as" in out
    _, out, _ = run(capsys, "clients", "list", "--json")
    assert [c["case_code"] for c in json.loads(out)] == ["TR-1"]
    new = "a brand new passphrase for the vault"
    monkeypatch.setenv("LTSUPPORT_NEW_PASSPHRASE", new)
    assert run(capsys, "change-passphrase")[0] == 0
    assert run(capsys, "clients", "list")[0] == 1
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", new)
    assert run(capsys, "clients", "list")[0] == 0


def test_verify_detects_damage(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths
) -> None:
    run(capsys, "init")
    data = bytearray(app_paths.vault.read_bytes())
    data[5000] ^= 0x01
    app_paths.vault.write_bytes(bytes(data))
    code, out, err = run(capsys, "verify")
    assert code == 1
    assert "damaged" in (out + err)


def test_demo_has_every_status_and_invented_names(
    capsys: pytest.CaptureFixture[str], env_pass: None
) -> None:
    code, out, _ = run(capsys, "demo", "--clients", "30")
    assert code == 0 and "30 fictional clients" in out
    _, out, _ = run(capsys, "clients", "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 30
    assert {r["status"] for r in rows} == {"active", "closed", "archived"}
    _, out, _ = run(capsys, "clients", "show", "DEMO-0001", "--json")
    assert json.loads(out)["consents"], "demo clients carry consents"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["clients", "add", "--name", "missing case code"])
    assert info.value.code == 2


def test_weak_passphrase_is_warned_about_but_accepted(
    capsys: pytest.CaptureFixture[str], app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", "password123")
    code, _, err = run(capsys, "init")
    assert code == 0
    assert "warning: this passphrase is easy to guess" in err
    assert "password123" not in err


def test_strong_passphrase_gets_no_warning(
    capsys: pytest.CaptureFixture[str], env_pass: None
) -> None:
    code, _, err = run(capsys, "init")
    assert code == 0 and err == ""


CORPUS = Path(__file__).parent / "catalogue_corpus"


def test_resources_search_json(capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    run(capsys, "init")
    for typed, expected in [
        ("trauma", "ircc-interim-federal-health-program"),
        ("counselling", "ontario-victim-quick-response-program-plus"),
        ("IOM", "iom-canada"),
        ("consulat", "home-country-embassy-or-consulate"),
        ("ecole", "ircc-vtip-temporary-resident-permit"),
    ]:
        code, out, _ = run(capsys, "resources", "search", typed, "--json")
        assert code == 0
        assert expected in [hit["id"] for hit in json.loads(out)], typed
    code, out, _ = run(capsys, "resources", "search", "", "--category", "crisis_lines", "--json")
    assert {hit["category"] for hit in json.loads(out)} == {"crisis_lines"}
    code, _, err = run(capsys, "resources", "search", "x", "--category", "nope")
    assert code == 1 and "unknown category" in err


def test_resources_export_import_round_trip(
    capsys: pytest.CaptureFixture[str], env_pass: None, tmp_path: Path
) -> None:
    run(capsys, "init")
    out_file = tmp_path / "catalogue.yaml"
    code, out, _ = run(capsys, "resources", "export", str(out_file))
    assert code == 0 and "17 catalogue entries" in out
    code, out, _ = run(capsys, "resources", "import", str(out_file))
    assert code == 0 and "0 added, 0 updated, 17 unchanged" in out


@pytest.mark.parametrize(
    "name", ["04_missing_name.yaml", "24_tab_indent.yaml", "90_several_problems.yaml"]
)
def test_resources_import_reports_every_problem_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], env_pass: None, app_paths: AppPaths, name: str
) -> None:
    run(capsys, "init")
    before = digest(app_paths.vault)
    path = str(CORPUS / name)
    code, _, err = run(capsys, "resources", "import", path)
    lines = err.strip().splitlines()
    assert code == 1
    assert all(line.startswith(f"{path}:") for line in lines[:-1])
    assert "nothing was imported" in lines[-1]
    assert digest(app_paths.vault) == before


def test_demo_plans_at_every_stage_show_in_json(
    capsys: pytest.CaptureFixture[str], env_pass: None
) -> None:
    code, out, _ = run(capsys, "demo", "--clients", "12")
    assert code == 0
    for stage in ("none", "started", "halfway", "active", "review_due", "closed"):
        assert f" {stage}" in out
    plans = {}
    for n in range(1, 13):
        _, shown, _ = run(capsys, "clients", "show", f"DEMO-{n:04d}", "--json")
        plans[n] = json.loads(shown)
    active = [d for d in plans.values() if d["plan"] and d["plan"]["status"] == "active"]
    drafts = [d for d in plans.values() if d["plan"] and d["plan"]["status"] == "draft"]
    assert active and drafts and any(d["plan"] is None for d in plans.values())
    full = active[0]
    assert [a["area_key"] for a in full["plan"]["assessments"]] == list(NEED_AREA_KEYS)
    assert all(a["goal"] for a in full["plan"]["assessments"])
    assert any(a["actions"] for a in full["plan"]["assessments"])
    assert full["contacts"] and full["self_care_plan"]["warning_signs"]
    assert full["plan"]["status_history"]
    assert any(d["plan"]["resume_page"].startswith("area:") for d in drafts)


def test_demo_return_plans_show_in_json(capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    code, out, _ = run(capsys, "demo", "--clients", "16")
    assert code == 0 and "return plans (" in out
    wishes = set()
    progress = set()
    fears = False
    for n in range(1, 17):
        _, shown, _ = run(capsys, "clients", "show", f"DEMO-{n:04d}", "--json")
        plan = json.loads(shown)["repatriation"]
        if plan is None:
            continue
        wishes.add(plan["wish"])
        progress.add(plan["progress"]["done"])
        fears = fears or (plan["fears_harm_on_return"] and plan["protection_claim_decision"])
        assert [s["step_key"] for s in plan["steps"]][:2] == ["trusted_contacts", "police_crown"]
    assert wishes == {"return", "stay", "undecided"}
    assert {0, 7} <= progress and len(progress) >= 3
    assert fears
