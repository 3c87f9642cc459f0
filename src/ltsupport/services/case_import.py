"""Open and import a received case summary (``.ltcase.age``) — or refuse it, importing nothing.

Order of checks: the file's size; the age header, parsed here before any decryption (a scrypt
work factor above 2^20, two scrypt stanzas, or scrypt beside other stanzas are refused, so a
hostile file cannot cost minutes and gigabytes); decryption (a passphrase, this agency's key or
an identity the caller gives); the ZIP, read from memory with size limits; the manifest's
SHA-256 of each member and its format version; then ``case.json`` against the schema. Only then
is a :class:`CasePreview` returned, and :func:`import_case` writes it in one transaction.

Referrals to catalogue entries that this vault does not have are skipped, and listed in
``CasePreview.warnings``; the summary PDF in the file still shows them. An action or a return
step linked to such an entry is kept without the link.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from ltsupport.models import Client, Resource
from ltsupport.services import agency_keys
from ltsupport.services.case_format import FORMAT, FORMAT_VERSION, validate_case_json
from ltsupport.services.case_writer import write_case
from ltsupport.services.errors import ServiceError

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace

MAGIC = b"age-encryption.org/v1"
MAX_FILE = 50 * 1024 * 1024
MAX_HEADER = 64 * 1024
MAX_STANZAS = 32
MAX_LOG2N = 20
MEMBER_LIMITS = {"summary.pdf": 40 * 1024 * 1024, "case.json": 8 * 1024 * 1024}
MANIFEST_LIMIT = 64 * 1024
MAX_DIFFERENCES = 200


class CaseFileError(ServiceError):
    """The file cannot be opened or trusted; nothing was imported."""

    code = "case_file"


@dataclass(frozen=True)
class Difference:
    field: str
    current: str
    incoming: str


@dataclass(frozen=True)
class CasePreview:
    case: dict[str, Any]
    case_code: str
    preferred_name: str
    existing_client_id: uuid.UUID | None
    differences: tuple[Difference, ...]
    warnings: tuple[str, ...]
    created_at: str
    app_version: str
    summary_pdf: bytes = field(repr=False)

    @property
    def exists(self) -> bool:
        return self.existing_client_id is not None


# -- the age header ---------------------------------------------------------------------------


def _b64(text: bytes) -> bool:
    try:
        base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def parse_age_header(data: bytes) -> list[list[str]]:
    """The stanzas' type-and-arguments lines of an age v1 header, checked against the limits
    of this module. :class:`CaseFileError` with a plain message for anything else."""
    if len(data) > MAX_FILE:
        raise CaseFileError(f"The file is larger than {MAX_FILE // (1024 * 1024)} MB; refused.")
    if data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        raise CaseFileError("This is an armored (text) age file; ask for the binary .age file.")
    end = data.find(b"\n---", 0, MAX_HEADER)
    if not data.startswith(MAGIC + b"\n") or end < 0:
        raise CaseFileError("This is not an age-encrypted case file, or it is damaged.")
    lines = data[: end + 1].split(b"\n")[1:-1]
    stanzas: list[list[str]] = []
    expect_body = False
    for line in lines:
        if line.startswith(b"-> "):
            if expect_body:
                raise CaseFileError("The file's header is damaged.")
            words = line[3:].split(b" ")
            if not all(w and all(33 <= c <= 126 for c in w) for w in words):
                raise CaseFileError("The file's header is damaged.")
            stanzas.append([w.decode("ascii") for w in words])
            if len(stanzas) > MAX_STANZAS:
                raise CaseFileError("The file's header has too many entries; refused.")
            expect_body = True
        elif expect_body and len(line) <= 64 and _b64(line):
            expect_body = len(line) == 64
        else:
            raise CaseFileError("The file's header is damaged.")
    if expect_body or not stanzas:
        raise CaseFileError("The file's header is damaged.")
    scrypt = [s for s in stanzas if s[0] == "scrypt"]
    if len(scrypt) > 1:
        raise CaseFileError("The file's header has more than one passphrase entry; refused.")
    if scrypt and len(stanzas) > 1:
        raise CaseFileError("The file's header mixes a passphrase with keys; refused.")
    if scrypt:
        args = scrypt[0]
        if len(args) != 3 or not args[2].isdigit() or len(args[2]) > 3 or args[2].startswith("0"):
            raise CaseFileError("The file's header is damaged.")
        if int(args[2]) > MAX_LOG2N:
            raise CaseFileError(
                "The file asks for far more passphrase work than this app allows "
                f"(2^{int(args[2])}, limit 2^{MAX_LOG2N}); refused."
            )
    return stanzas


def check_age_header(data: bytes) -> None:
    """Refuse, before decrypting, a file whose age header is damaged, oversized or hostile."""
    parse_age_header(data)


def needs_passphrase(path: Path) -> bool:
    """Whether the case file at ``path`` was encrypted to a passphrase (else to keys)."""
    with path.open("rb") as handle:
        head = handle.read(MAX_HEADER)
    if path.stat().st_size > MAX_FILE:
        raise CaseFileError(f"The file is larger than {MAX_FILE // (1024 * 1024)} MB; refused.")
    return parse_age_header(head)[0][0] == "scrypt"


# -- decrypting and checking -------------------------------------------------------------------


def _read(path: Path) -> bytes:
    if path.stat().st_size > MAX_FILE:
        raise CaseFileError(f"The file is larger than {MAX_FILE // (1024 * 1024)} MB; refused.")
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE + 1)
    check_age_header(data)
    return data


def _decrypt(
    workspace: Workspace, data: bytes, passphrase: str | None, identities: Sequence[str]
) -> bytes:
    stanzas = parse_age_header(data)
    try:
        if stanzas[0][0] == "scrypt":
            if not passphrase:
                raise CaseFileError("This file is protected by a passphrase; give it to open it.")
            result: bytes = age_passphrase.decrypt(data, passphrase)
            return result
        keys = [x25519.Identity.from_str(i) for i in identities] or [
            agency_keys.identity(workspace)
        ]
        result = pyrage.decrypt(data, keys)
        return result
    except pyrage.IdentityError:
        raise CaseFileError("The identity given is not an age identity.") from None
    except pyrage.DecryptError:
        if stanzas[0][0] == "scrypt":
            message = "The passphrase is wrong, or the file is damaged or incomplete."
        else:
            message = (
                "This file was not encrypted to this agency's key, or it is damaged or incomplete."
            )
        raise CaseFileError(message + " Nothing was imported.") from None


READABLE_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def _unzip(plain: bytes) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
        infos = archive.infolist()
        names = sorted(i.filename for i in infos)
        if names != sorted([*MEMBER_LIMITS, "manifest.json"]):
            raise CaseFileError("The file does not hold a case summary. Nothing was imported.")
        members: dict[str, bytes] = {}
        for info in infos:
            # Only what this app writes: unencrypted members, stored or deflated.
            if info.flag_bits & 0x1 or info.compress_type not in READABLE_COMPRESSION:
                raise CaseFileError("The file's content is damaged. Nothing was imported.")
            limit = MEMBER_LIMITS.get(info.filename, MANIFEST_LIMIT)
            if info.file_size > limit:
                raise CaseFileError("A part of the file is too large; refused.")
            with archive.open(info) as member:
                data = member.read(limit + 1)
            if len(data) > limit:
                raise CaseFileError("A part of the file is too large; refused.")
            members[info.filename] = data
        return members
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise CaseFileError("The file's content is damaged. Nothing was imported.") from None


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CaseFileError(
            f"{name} in the file is not valid JSON. Nothing was imported."
        ) from None


def _check_manifest(members: dict[str, bytes]) -> dict[str, Any]:
    manifest = _json(members["manifest.json"], "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CaseFileError("The file's manifest is not an ltsupport case manifest.")
    version = manifest.get("format_version")
    if version != FORMAT_VERSION or type(version) is not int:
        raise CaseFileError(
            f"The file uses case format version {str(version)[:12]}; this app reads version "
            f"{FORMAT_VERSION}. Update ltsupport, or ask for the file again. Nothing was imported."
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or sorted(files) != sorted(MEMBER_LIMITS):
        raise CaseFileError("The file's manifest is damaged. Nothing was imported.")
    for name in MEMBER_LIMITS:
        entry = files[name]
        expected = entry.get("sha256") if isinstance(entry, dict) else None
        if expected != hashlib.sha256(members[name]).hexdigest():
            raise CaseFileError(
                f"{name} does not match the file's manifest: it was changed. Nothing was imported."
            )
    return manifest


def open_case_file(
    workspace: Workspace,
    path: Path,
    *,
    passphrase: str | None = None,
    identities: Sequence[str] = (),
) -> CasePreview:
    """Decrypt and check a case file, and preview what importing it would do. Writes nothing."""
    data = _read(path)
    members = _unzip(_decrypt(workspace, data, passphrase, identities))
    manifest = _check_manifest(members)
    case = _json(members["case.json"], "case.json")
    preview = preview_case(workspace, case, summary_pdf=members["summary.pdf"])
    return replace(
        preview,
        created_at=str(manifest.get("created_at", ""))[:40],
        app_version=str(manifest.get("app_version", ""))[:40],
    )


def preview_case(workspace: Workspace, case: object, *, summary_pdf: bytes = b"") -> CasePreview:
    """Check a parsed ``case.json`` and compare it with this vault; :class:`CaseFileError` if it
    does not follow the schema."""
    problems = validate_case_json(case)
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise CaseFileError(
            "The case in the file does not follow the case format: "
            + "; ".join(problems[:3])
            + more
            + ". Nothing was imported."
        )
    assert isinstance(case, dict)
    code = case["client"]["case_code"]
    with Session(workspace.engine) as session:
        existing = session.scalar(select(Client.id).where(Client.case_code == code))
        known = set(session.scalars(select(Resource.key)))
    warnings = tuple(
        f"Referral to “{r['resource_name'] or r['resource_key']}” is not in this catalogue; "
        "it is skipped (the summary PDF shows it)."
        for r in case["referrals"]
        if r["resource_key"] not in known
    )
    differences: tuple[Difference, ...] = ()
    if existing is not None:
        from ltsupport.services.case_format import build_case_json

        differences = diff_cases(build_case_json(workspace, existing), case)
    return CasePreview(
        case=case,
        case_code=code,
        preferred_name=case["client"]["preferred_name"],
        existing_client_id=existing,
        differences=differences,
        warnings=warnings,
        created_at="",
        app_version="",
        summary_pdf=summary_pdf,
    )


def _flatten(value: object, prefix: str, out: dict[str, str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        for n, item in enumerate(value):
            _flatten(item, f"{prefix}[{n}]", out)
    else:
        out[prefix] = "" if value is None else json.dumps(value, ensure_ascii=False).strip('"')


def diff_cases(current: dict[str, Any], incoming: dict[str, Any]) -> tuple[Difference, ...]:
    """Field-level differences between this vault's record and the file's."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for part in (
        "client",
        "consents",
        "plan",
        "referrals",
        "contacts",
        "self_care",
        "repatriation",
    ):
        _flatten(current.get(part), part, before)
        _flatten(incoming.get(part), part, after)
    changed = [
        Difference(key, before.get(key, ""), after.get(key, ""))
        for key in dict.fromkeys([*before, *after])
        if before.get(key, "") != after.get(key, "")
    ]
    return tuple(changed[:MAX_DIFFERENCES])


def import_case(workspace: Workspace, preview: CasePreview, *, as_update: bool) -> uuid.UUID:
    """Write the previewed case in one transaction: a new client, or (``as_update``) the
    existing client's record replaced by the file's. The client's id."""
    problems = validate_case_json(preview.case)
    if problems:
        raise CaseFileError("The case does not follow the case format. Nothing was imported.")
    with Session(workspace.engine) as session, session.begin():
        existing = session.scalar(
            select(Client).where(Client.case_code == preview.case["client"]["case_code"])
        )
        if existing is not None and not as_update:
            raise CaseFileError(
                f"A client with case code {existing.case_code} already exists here. Import the "
                "file as an update to replace that record. Nothing was imported."
            )
        return write_case(session, workspace.actor, preview.case, existing)
