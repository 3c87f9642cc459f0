"""Case files between agencies: export (age, consent first), import (header guard, manifest,
schema, one transaction), this agency's key pair, the CLI, and interop with the ``age`` tool."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from test_printing import SECRETS, SELF_CARE_TEXT, Fixture, _populate, pdf_text

from conftest import PASSPHRASE
from ltsupport.cli import main
from ltsupport.models import Client, ConsentKind, ExportOverride
from ltsupport.paths import AppPaths, key_file_for, resolve
from ltsupport.services import agency_keys, audit, case_import
from ltsupport.services.case_export import (
    ConsentRequiredError,
    ExportPassphraseError,
    RecipientError,
    export_case,
)
from ltsupport.services.case_format import build_case_json, validate_case_json
from ltsupport.services.case_import import (
    CaseFileError,
    check_age_header,
    import_case,
    open_case_file,
    preview_case,
)
from ltsupport.services.self_care import SelfCareInput

ORG = "Maison Refuge Nord"
EXPORT_PASS = "lantern copper river ninety orchid"
CODE = "TR-2026-090"


@pytest.fixture
def marisol(vault_copy: AppPaths) -> Fixture:
    from ltsupport.services.workspace import open_workspace

    ws = open_workspace(vault_copy, PASSPHRASE, actor="worker-a")
    try:
        client_id = _populate(ws)
        ws.consents.record(client_id, ConsentKind.SHARE, organisation=ORG)
        return Fixture(vault_copy, client_id)
    finally:
        ws.lock()


@pytest.fixture
def ws_a(marisol: Fixture, qapp: Any) -> Iterator[Any]:
    from ltsupport.services.workspace import open_workspace

    workspace = open_workspace(marisol.paths, PASSPHRASE, actor="worker-a")
    yield workspace
    workspace.lock()


@pytest.fixture
def paths_b(template_vault: Path, tmp_path: Path) -> AppPaths:
    paths = resolve(env={"LTSUPPORT_HOME": str(tmp_path / "agency-b")})
    paths.ensure()
    shutil.copy2(template_vault, paths.vault)
    shutil.copy2(key_file_for(template_vault), paths.key_file)
    return paths


@pytest.fixture
def ws_b(paths_b: AppPaths) -> Iterator[Any]:
    from ltsupport.services.workspace import open_workspace

    workspace = open_workspace(paths_b, PASSPHRASE, actor="worker-b")
    yield workspace
    workspace.lock()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def export(ws: Any, client_id: uuid.UUID, out: Path, **kw: Any) -> Path:
    kw.setdefault("organisation", ORG)
    if "recipients" not in kw:
        kw.setdefault("passphrase", EXPORT_PASS)
    return export_case(ws, client_id, out, **kw)


def counts(ws: Any) -> tuple[int, int]:
    with Session(ws.engine) as session:
        clients = int(session.scalar(select(func.count()).select_from(Client)) or 0)
    return clients, audit.count(ws.engine)


# -- round trips ------------------------------------------------------------------------------


def test_round_trip_with_a_passphrase(
    ws_a: Any, ws_b: Any, marisol: Fixture, out_dir: Path
) -> None:
    written = export(ws_a, marisol.client_id, out_dir)
    assert written.name == f"{CODE}-{date.today().isoformat()}.ltcase.age"
    assert "Marisol" not in written.name and "Zorvathina" not in written.name
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert written.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert [e.action for e in audit.events(ws_a.engine, marisol.client_id, limit=1)] == ["export"]

    preview = open_case_file(ws_b, written, passphrase=EXPORT_PASS)
    assert not preview.exists and preview.case_code == CODE and preview.warnings == ()
    assert preview.summary_pdf.startswith(b"%PDF")
    new_id = import_case(ws_b, preview, as_update=False)

    assert build_case_json(ws_b, new_id) == build_case_json(ws_a, marisol.client_id)
    client = ws_b.clients.get(new_id)
    assert client.preferred_name == "Marisol" and client.legal_name == "Marisol Zorvathina Ruiz"
    plan = ws_b.plans.current(new_id)
    assert plan is not None and plan.area("housing").goal.startswith("I want my own")
    assert [r.notes for r in ws_b.referrals.for_client(new_id)] == ["REFNOTE2244"]
    assert [c.name for c in ws_b.contacts.for_client(new_id)] == ["Trustedperson Kalu"]
    assert (ws_b.self_care.get(new_id) or SelfCareInput()).things_that_help == SELF_CARE_TEXT
    assert ws_b.repatriation.get(new_id) is not None
    assert "create" in [e.action for e in audit.events(ws_b.engine, new_id)]
    assert audit.verify_chain(ws_b.engine) is None


def test_round_trip_to_the_receiving_agencys_public_key(
    ws_a: Any, ws_b: Any, marisol: Fixture, out_dir: Path
) -> None:
    key_b = agency_keys.public_key(ws_b)
    assert key_b.startswith("age1") and agency_keys.public_key(ws_b) == key_b
    written = export(ws_a, marisol.client_id, out_dir, recipients=[key_b])
    assert b"-> X25519 " in written.read_bytes()[:200]
    with pytest.raises(CaseFileError, match="not encrypted to this agency's key"):
        open_case_file(ws_a, written)  # agency A's own key is not a recipient
    new_id = import_case(ws_b, open_case_file(ws_b, written), as_update=False)
    assert ws_b.clients.get(new_id).case_code == CODE


def test_export_refuses_bad_choices_and_writes_nothing(
    ws_a: Any, marisol: Fixture, out_dir: Path
) -> None:
    with pytest.raises(ExportPassphraseError):
        export(ws_a, marisol.client_id, out_dir, passphrase="short")
    with pytest.raises(ExportPassphraseError, match="too easy"):
        export(ws_a, marisol.client_id, out_dir, passphrase="password1234")
    with pytest.raises(RecipientError, match="not an age public key"):
        export(ws_a, marisol.client_id, out_dir, recipients=["ssh-ed25519 AAAA"])
    with pytest.raises(RecipientError, match="not both"):
        export(
            ws_a, marisol.client_id, out_dir, passphrase=EXPORT_PASS,
            recipients=[agency_keys.public_key(ws_a)],
        )  # fmt: skip
    assert list(out_dir.iterdir()) == []


# -- consent first ----------------------------------------------------------------------------


def test_export_needs_consent_to_share_with_that_organisation(
    ws_a: Any, marisol: Fixture, out_dir: Path
) -> None:
    before = audit.count(ws_a.engine)
    with pytest.raises(ConsentRequiredError, match="no recorded consent to share") as caught:
        export(ws_a, marisol.client_id, out_dir, organisation="Other Shelter")
    assert "Marisol" not in caught.value.message
    assert list(out_dir.iterdir()) == [] and audit.count(ws_a.engine) == before
    # The organisation matches regardless of case and spacing.
    assert export(ws_a, marisol.client_id, out_dir, organisation="  maison  refuge NORD ").exists()


def test_override_reason_is_kept_and_audited(ws_a: Any, marisol: Fixture, out_dir: Path) -> None:
    written = export(
        ws_a, marisol.client_id, out_dir, organisation="Other Shelter",
        override_reason="Emergency transfer tonight; consent given verbally",
    )  # fmt: skip
    assert written.exists()
    with Session(ws_a.engine) as session:
        override = session.scalars(select(ExportOverride)).one()
        assert override.organisation == "Other Shelter" and override.recorded_by == "worker-a"
        assert override.reason.startswith("Emergency transfer")
    newest = audit.events(ws_a.engine, limit=2)
    assert [(e.action, e.entity) for e in newest] == [
        ("export", "client"),
        ("create", "export_override"),
    ]


# -- refusing damaged or hostile files --------------------------------------------------------


def _header_end(data: bytes) -> int:
    return data.index(b"\n---") + 1


def test_wrong_passphrase_imports_nothing(
    ws_a: Any, ws_b: Any, marisol: Fixture, out_dir: Path
) -> None:
    written = export(ws_a, marisol.client_id, out_dir)
    before = counts(ws_b)
    with pytest.raises(CaseFileError, match="passphrase is wrong") as caught:
        open_case_file(ws_b, written, passphrase="orchid ninety river lantern copper")
    assert "orchid" not in caught.value.message
    with pytest.raises(CaseFileError, match="protected by a passphrase"):
        open_case_file(ws_b, written)
    assert counts(ws_b) == before


def test_flipped_byte_anywhere_is_refused(
    ws_a: Any, ws_b: Any, marisol: Fixture, out_dir: Path, tmp_path: Path
) -> None:
    # Mostly to agency B's key (fast to try); a few with a passphrase (scrypt is slow on purpose).
    to_key = export(ws_a, marisol.client_id, out_dir, recipients=[agency_keys.public_key(ws_b)])
    to_pass = export(ws_a, marisol.client_id, tmp_path / "pass.ltcase.age")
    before = counts(ws_b)
    damaged = tmp_path / "damaged.ltcase.age"
    for source, limit in ((to_key, 60), (to_pass, 3)):
        data = source.read_bytes()
        start = _header_end(data)
        step = max(1, (len(data) - start) // limit)
        positions = sorted({start, start + 5, len(data) - 1, *range(start + 17, len(data), step)})
        for pos in positions[:limit]:
            flipped = bytearray(data)
            flipped[pos] ^= 0x01
            damaged.write_bytes(bytes(flipped))
            with pytest.raises(CaseFileError, match="damaged"):
                open_case_file(ws_b, damaged, passphrase=EXPORT_PASS)
    assert counts(ws_b) == before


def test_truncated_file_is_refused(
    ws_a: Any, ws_b: Any, marisol: Fixture, out_dir: Path, tmp_path: Path
) -> None:
    data = export(ws_a, marisol.client_id, out_dir).read_bytes()
    cut = tmp_path / "cut.ltcase.age"
    for length in (
        0,
        10,
        _header_end(data) - 3,
        _header_end(data) + 20,
        len(data) // 2,
        len(data) - 1,
    ):
        cut.write_bytes(data[:length])
        with pytest.raises(CaseFileError):
            open_case_file(ws_b, cut, passphrase=EXPORT_PASS)
    assert counts(ws_b)[0] == 0


def _sealed_archive(members: dict[str, bytes], manifest: dict[str, Any], ws_b: Any) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    recipient = x25519.Recipient.from_str(agency_keys.public_key(ws_b))
    return pyrage.encrypt(buffer.getvalue(), [recipient])


def _manifest(members: dict[str, bytes], version: int = 1) -> dict[str, Any]:
    return {
        "format": "ltsupport-case",
        "format_version": version,
        "app_version": "9.9",
        "created_at": "2026-11-29T10:00:00+00:00",
        "files": {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()
        },
    }


def test_unknown_format_version_is_refused(
    ws_a: Any, ws_b: Any, marisol: Fixture, tmp_path: Path
) -> None:
    case = build_case_json(ws_a, marisol.client_id)
    case["format_version"] = 99
    members = {"summary.pdf": b"%PDF-1.4 x", "case.json": json.dumps(case).encode()}
    future = tmp_path / "future.ltcase.age"
    future.write_bytes(_sealed_archive(members, _manifest(members, version=99), ws_b))
    with pytest.raises(CaseFileError, match="version 99"):
        open_case_file(ws_b, future, passphrase=EXPORT_PASS)
    # The manifest says 1 but case.json says 99: still refused.
    future.write_bytes(_sealed_archive(members, _manifest(members), ws_b))
    with pytest.raises(CaseFileError, match="version 99"):
        open_case_file(ws_b, future, passphrase=EXPORT_PASS)
    assert counts(ws_b)[0] == 0


def test_member_changed_after_the_manifest_is_refused(
    ws_a: Any, ws_b: Any, marisol: Fixture, tmp_path: Path
) -> None:
    case = build_case_json(ws_a, marisol.client_id)
    members = {"summary.pdf": b"%PDF-1.4 x", "case.json": json.dumps(case).encode()}
    manifest = _manifest(members)
    case["client"]["preferred_name"] = "Someone Else"
    members["case.json"] = json.dumps(case).encode()
    forged = tmp_path / "forged.ltcase.age"
    forged.write_bytes(_sealed_archive(members, manifest, ws_b))
    with pytest.raises(CaseFileError, match="does not match the file's manifest"):
        open_case_file(ws_b, forged, passphrase=EXPORT_PASS)


def _fail_if_called(*_args: Any) -> Any:
    pytest.fail("decryption was attempted on a file the header check must refuse")


def _crafted(*stanzas: bytes) -> bytes:
    body = b"".join(stanzas)
    return b"age-encryption.org/v1\n" + body + b"--- " + b"A" * 43 + b"\n" + os.urandom(64)


SCRYPT_BODY = b"C" * 43 + b"\n"


def test_header_guard_runs_before_any_decryption(
    ws_b: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pyrage.passphrase, "decrypt", _fail_if_called)
    monkeypatch.setattr(pyrage, "decrypt", _fail_if_called)
    hostile = tmp_path / "hostile.ltcase.age"
    cases = {
        r"2\^23": _crafted(b"-> scrypt " + b"B" * 22 + b" 23\n" + SCRYPT_BODY),
        "more than one passphrase": _crafted(
            b"-> scrypt " + b"B" * 22 + b" 18\n" + SCRYPT_BODY,
            b"-> scrypt " + b"D" * 22 + b" 18\n" + SCRYPT_BODY,
        ),
        "mixes a passphrase": _crafted(
            b"-> X25519 " + b"E" * 43 + b"\n" + SCRYPT_BODY,
            b"-> scrypt " + b"B" * 22 + b" 18\n" + SCRYPT_BODY,
        ),
        "not an age": b"PK\x03\x04 not age at all",
        "damaged": b"age-encryption.org/v1\n-> scrypt x 18\n!!!!\n--- AAAA\n",
    }
    for expected, data in cases.items():
        with pytest.raises(CaseFileError, match=expected):
            check_age_header(data)
        hostile.write_bytes(data)
        with pytest.raises(CaseFileError, match=expected):
            open_case_file(ws_b, hostile, passphrase=EXPORT_PASS)
    monkeypatch.setattr(case_import, "MAX_FILE", 1024)
    hostile.write_bytes(_crafted(b"-> scrypt " + b"B" * 22 + b" 18\n" + SCRYPT_BODY) * 20)
    with pytest.raises(CaseFileError, match="larger than"):
        open_case_file(ws_b, hostile, passphrase=EXPORT_PASS)


def test_a_work_factor_of_2_to_the_20_is_accepted() -> None:
    check_age_header(_crafted(b"-> scrypt " + b"B" * 22 + b" 20\n" + SCRYPT_BODY))


# -- nothing on disk but the final file -------------------------------------------------------


def _snapshot(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*")} if folder.exists() else set()


def test_only_the_final_file_is_written_and_no_plaintext_anywhere(
    ws_a: Any, marisol: Fixture, out_dir: Path, tmp_path: Path
) -> None:
    temp = Path(tempfile.gettempdir())
    before_out, before_tmp = _snapshot(out_dir), set(os.listdir(temp))
    before_all = _snapshot(tmp_path)
    written = export(ws_a, marisol.client_id, out_dir)
    assert _snapshot(out_dir) - before_out == {str(written)}
    assert set(os.listdir(temp)) - before_tmp == set()
    new = _snapshot(tmp_path) - before_all
    assert new == {str(written)}, new
    markers = [SECRETS["worker note"].encode(), b"Zorvathina", b"case.json", b"summary.pdf"]
    for path in tmp_path.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(m in content for m in markers), path


# -- update -----------------------------------------------------------------------------------


def test_update_shows_differences_and_applies_them(
    ws_a: Any, ws_b: Any, marisol: Fixture, out_dir: Path, tmp_path: Path
) -> None:
    first = export(ws_a, marisol.client_id, out_dir)
    original = import_case(
        ws_b, open_case_file(ws_b, first, passphrase=EXPORT_PASS), as_update=False
    )
    ws_a.self_care.save(marisol.client_id, SelfCareInput(things_that_help="Music and tea"))
    second = export(ws_a, marisol.client_id, tmp_path / "second.ltcase.age")
    preview = open_case_file(ws_b, second, passphrase=EXPORT_PASS)
    assert preview.exists and preview.existing_client_id == original
    changed = {d.field: d for d in preview.differences}
    assert changed["self_care.things_that_help"].current == SELF_CARE_TEXT
    assert changed["self_care.things_that_help"].incoming == "Music and tea"
    before = counts(ws_b)
    with pytest.raises(CaseFileError, match="already exists"):
        import_case(ws_b, preview, as_update=False)
    assert counts(ws_b) == before
    assert import_case(ws_b, preview, as_update=True) == original
    assert (ws_b.self_care.get(original) or SelfCareInput()).things_that_help == "Music and tea"
    assert build_case_json(ws_b, original) == build_case_json(ws_a, marisol.client_id)
    assert "update" in [e.action for e in audit.events(ws_b.engine, original)]


# -- fuzzing the schema and the import --------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_validate_never_raises_on_arbitrary_json(value: Any) -> None:
    assert isinstance(validate_case_json(value), list)
    assert isinstance(validate_case_json({"format_version": 1, "client": value}), list)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            found += _paths(item, (*prefix, n))
    return found


def _mutate(case: dict[str, Any], path: tuple[Any, ...], new: Any, delete: bool) -> Any:
    if not path:
        return new
    doc = copy.deepcopy(case)
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return doc


@pytest.fixture
def fuzz_case(ws_a: Any, marisol: Fixture) -> dict[str, Any]:
    return build_case_json(ws_a, marisol.client_id)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_fuzzed_case_json_never_crashes_and_never_imports_partly(
    fuzz_case: dict[str, Any], ws_b: Any, data: st.DataObject
) -> None:
    paths = _paths(fuzz_case)
    path = data.draw(st.sampled_from(paths))
    new = data.draw(
        JSON | st.sampled_from(["", "x" * 300, "2026-02-30", "9999-12-31T23:59:59-05:00"])
    )
    mutated = _mutate(fuzz_case, path, new, data.draw(st.booleans()))
    assert isinstance(validate_case_json(mutated), list)
    before = counts(ws_b)
    try:
        preview = preview_case(ws_b, mutated)
        import_case(ws_b, preview, as_update=True)
    except CaseFileError:
        assert counts(ws_b) == before
    else:
        assert counts(ws_b)[0] == 1


# -- the age tool reads what we write ---------------------------------------------------------


def test_age_cli_decrypts_an_export(
    ws_a: Any, marisol: Fixture, out_dir: Path, tmp_path: Path
) -> None:
    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command is not installed")
    identity = x25519.Identity.generate()
    identity_file = tmp_path / "identity.txt"
    identity_file.write_text(f"# test identity\n{identity}\n")
    identity_file.chmod(0o600)
    written = export(ws_a, marisol.client_id, out_dir, recipients=[str(identity.to_public())])
    out_zip = tmp_path / "out.zip"
    subprocess.run(
        [age, "-d", "-i", str(identity_file), "-o", str(out_zip), str(written)], check=True
    )
    with zipfile.ZipFile(out_zip) as archive:
        assert sorted(archive.namelist()) == ["case.json", "manifest.json", "summary.pdf"]
        archive.extractall(tmp_path / "unzipped")
    text = " ".join(pdf_text(tmp_path / "unzipped" / "summary.pdf"))
    assert "Marisol" in text and SECRETS["worker note"] in text
    case = json.loads((tmp_path / "unzipped" / "case.json").read_text(encoding="utf-8"))
    assert validate_case_json(case) == [] and case["client"]["preferred_name"] == "Marisol"
    manifest = json.loads((tmp_path / "unzipped" / "manifest.json").read_text(encoding="utf-8"))
    pdf = (tmp_path / "unzipped" / "summary.pdf").read_bytes()
    assert manifest["files"]["summary.pdf"]["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert len(pypdf.PdfReader(tmp_path / "unzipped" / "summary.pdf").pages) >= 1


# -- CLI --------------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_env(
    marisol: Fixture, paths_b: AppPaths, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> AppPaths:
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LTSUPPORT_EXPORT_PASSPHRASE", EXPORT_PASS)
    return paths_b


def test_cli_export_import_and_update(
    cli_env: AppPaths, capsys: pytest.CaptureFixture[str], out_dir: Path
) -> None:
    b = ("--vault", str(cli_env.vault))
    code, out, err = run(capsys, "export", CODE, "--out", str(out_dir), "--organisation", ORG)
    assert code == 0, err
    written = Path(out.strip().removeprefix("Wrote "))
    assert written.parent == out_dir and written.name.endswith(".ltcase.age")
    assert EXPORT_PASS not in out + err

    code, out, err = run(capsys, "import", str(written), *b)
    assert code == 0, err
    assert f"Imported new client {CODE}" in out

    code, _, err = run(capsys, "import", str(written), *b)
    assert code == 1 and err.count("\n") == 1 and "--update" in err

    code, out, err = run(capsys, "import", str(written), "--update", *b)
    assert code == 0, err
    assert "0 field(s) change" in out and f"Updated client {CODE}" in out


def test_cli_export_without_consent_fails_in_one_line(
    cli_env: AppPaths, capsys: pytest.CaptureFixture[str], out_dir: Path
) -> None:
    code, _, err = run(capsys, "export", CODE, "--out", str(out_dir), "--organisation", "Nobody")
    assert code == 1 and err.count("\n") == 1 and "consent" in err
    assert list(out_dir.iterdir()) == []
    code, _, err = run(
        capsys, "export", CODE, "--out", str(out_dir), "--organisation", "Nobody",
        "--override-reason", "Court order",
    )  # fmt: skip
    assert code == 0, err
    assert len(list(out_dir.iterdir())) == 1


def test_cli_keys_show_and_recipient_export(
    cli_env: AppPaths, capsys: pytest.CaptureFixture[str], out_dir: Path, tmp_path: Path
) -> None:
    b = ("--vault", str(cli_env.vault))
    code, out, err = run(capsys, "keys", "show", *b)
    assert code == 0, err
    key = out.strip()
    assert key.startswith("age1") and "AGE-SECRET-KEY" not in out + err
    assert run(capsys, "keys", "show", *b)[1].strip() == key
    code, out, err = run(
        capsys, "export", CODE, "--out", str(out_dir / "x.age"), "--organisation", ORG,
        "--recipient", key,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "import", str(out_dir / "x.age"), *b)
    assert code == 0, err and "Imported new client" in out
    # An IT person's external identity that is not a recipient: refused, one line.
    other = tmp_path / "other.txt"
    other.write_text(f"{x25519.Identity.generate()}\n")
    code, _, err = run(capsys, "import", str(out_dir / "x.age"), "--identity", str(other), *b)
    assert code == 1 and err.count("\n") == 1 and "not encrypted to" in err


def test_the_documented_example_follows_the_schema() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "case-format.md").read_text(encoding="utf-8")
    example = doc.split("### Example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    assert validate_case_json(json.loads(example)) == []


@pytest.mark.parametrize("method", ["bzip2", "encrypted_flag"])
def test_a_zip_member_this_app_never_writes_is_refused(method: str) -> None:
    import zipfile

    from ltsupport.services import case_import

    buffer = io.BytesIO()
    compression = zipfile.ZIP_BZIP2 if method == "bzip2" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name in ("summary.pdf", "case.json", "manifest.json"):
            archive.writestr(name, b"{}")
    data = bytearray(buffer.getvalue())
    if method == "encrypted_flag":  # set bit 0 (encrypted) in every central directory entry
        start = 0
        while (at := data.find(b"PK\x01\x02", start)) != -1:
            data[at + 8] |= 0x1
            start = at + 4
    with pytest.raises(case_import.CaseFileError, match="damaged"):
        case_import._unzip(bytes(data))
