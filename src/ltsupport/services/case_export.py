"""Export one client's case summary as an age-encrypted file another agency can open.

The file ``<case-code>-<yyyy-mm-dd>.ltcase.age`` is age v1 (pyrage), encrypted either to a
passphrase (scrypt) or to the receiving agency's X25519 public keys, never both. Inside is a ZIP
with ``summary.pdf`` (the case-file copy), ``case.json`` (``docs/case-format.md``) and
``manifest.json`` (versions, creation time, SHA-256 of each member).

Everything is built in memory; the only file written is the final ``.age``, through a temporary
file in the same folder renamed into place. Exporting needs a recorded, active consent to share
with the receiving organisation, or a reason for an override, which is kept in the vault and
audited.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from ltsupport import __version__
from ltsupport.atomicfile import OWNER_ONLY, atomic_write_bytes
from ltsupport.models import Client, ConsentKind, ExportOverride
from ltsupport.services import printing
from ltsupport.services.audit import AuditAction, record
from ltsupport.services.case_format import FORMAT, FORMAT_VERSION, build_case_json
from ltsupport.services.errors import NotFoundError, ServiceError
from ltsupport.services.plan_document import build_plan_document, render_plan_html
from ltsupport.vault.passphrase import MIN_LENGTH, strength

if TYPE_CHECKING:
    from ltsupport.services.workspace import Workspace

SUFFIX = ".ltcase.age"
SUMMARY, CASE, MANIFEST = "summary.pdf", "case.json", "manifest.json"
MEMBERS = (SUMMARY, CASE, MANIFEST)
ENTITY = "client"
OVERRIDE_ENTITY = "export_override"
MIN_SCORE = 3  # zxcvbn: the file travels, so a guessable passphrase is refused, not warned about
MAX_RECIPIENTS = 20


class ConsentRequiredError(ServiceError):
    code = "consent_required"


class ExportPassphraseError(ServiceError):
    code = "weak_export_passphrase"


class RecipientError(ServiceError):
    code = "bad_recipient"


def _normalise_org(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def check_export_passphrase(value: str) -> None:
    """Refuse a passphrase too short or too easy to guess for a file that leaves the agency."""
    if len(value) < MIN_LENGTH:
        raise ExportPassphraseError(
            f"An export passphrase needs at least {MIN_LENGTH} characters. "
            "Several unrelated words work well."
        )
    if strength(value).score < MIN_SCORE:
        raise ExportPassphraseError(
            "This export passphrase is too easy to guess. Use several unrelated words, "
            "or encrypt to the receiving agency's public key."
        )


def parse_recipients(values: Sequence[str]) -> list[Any]:
    """age X25519 public keys (``age1…``), checked; a plain message for any that is not one."""
    if len(values) > MAX_RECIPIENTS:
        raise RecipientError(f"At most {MAX_RECIPIENTS} recipients.")
    parsed = []
    for n, value in enumerate(values, start=1):
        text = value.strip()
        try:
            if not text.startswith("age1"):
                raise ValueError
            parsed.append(x25519.Recipient.from_str(text))
        except (ValueError, pyrage.RecipientError):
            raise RecipientError(
                f"Recipient {n} is not an age public key (it starts with age1…). "
                "Ask the receiving agency for theirs (ltsupport-cli keys show)."
            ) from None
    return parsed


def _target(destination: Path, case_code: str, today: str) -> Path:
    if destination.name.endswith(".age") and not destination.is_dir():
        target = destination
    else:
        target = destination / f"{case_code}-{today}{SUFFIX}"
    if not target.parent.is_dir():
        raise ServiceError(f"The folder {target.parent} does not exist.")
    if target.exists():
        raise ServiceError(f"{target} already exists; choose another file or folder.")
    return target


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (OWNER_ONLY | 0o100000) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def build_archive(workspace: Workspace, client_id: uuid.UUID, *, created: datetime) -> bytes:
    """The plaintext ZIP (in memory only): summary.pdf, case.json and manifest.json."""
    case = build_case_json(workspace, client_id)
    printing.gui_application()
    doc = build_plan_document(
        workspace, client_id, "case_file", case["client"]["document_language"]
    )
    pdf, _pages = printing.pdf_bytes(render_plan_html(doc), title=doc.title, footer=doc.footer)
    case_bytes = json.dumps(case, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": created.isoformat(),
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in ((SUMMARY, pdf), (CASE, case_bytes))
        },
    }
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    return _zip({SUMMARY: pdf, CASE: case_bytes, MANIFEST: manifest_bytes})


def export_case(
    workspace: Workspace,
    client_id: uuid.UUID,
    destination: Path,
    *,
    organisation: str,
    passphrase: str | None = None,
    recipients: Sequence[str] = (),
    override_reason: str | None = None,
) -> Path:
    """Write the encrypted case summary; the path written. Nothing is written on any error."""
    with Session(workspace.engine) as session:
        case_code = session.scalar(select(Client.case_code).where(Client.id == client_id))
    if case_code is None:
        raise NotFoundError("That client no longer exists.")
    org = " ".join(organisation.split())
    if not org:
        raise ConsentRequiredError("Name the organisation that will receive the case.")
    reason = (override_reason or "").strip()
    wanted = _normalise_org(org)
    consented = any(
        c.active and c.kind is ConsentKind.SHARE and _normalise_org(c.organisation) == wanted
        for c in workspace.consents.for_client(client_id)
    )
    if not consented and not reason:
        raise ConsentRequiredError(
            f"There is no recorded consent to share this case with {org}. Record the person's "
            "consent first, or give a reason to export without it (the override is audited)."
        )
    if passphrase and recipients:
        raise RecipientError("Encrypt to a passphrase or to public keys, not both.")
    if not passphrase and not recipients:
        raise RecipientError("Give an export passphrase or the receiving agency's public key.")
    keys = parse_recipients(recipients)
    if passphrase:
        check_export_passphrase(passphrase)
    created = datetime.now(UTC).replace(microsecond=0)
    target = _target(destination.expanduser(), case_code, created.date().isoformat())

    plain = build_archive(workspace, client_id, created=created)
    sealed = (
        age_passphrase.encrypt(plain, passphrase) if passphrase else pyrage.encrypt(plain, keys)
    )
    del plain
    with Session(workspace.engine) as session, session.begin():
        if not consented:
            override = ExportOverride(
                client_id=client_id,
                organisation=org[:200],
                reason=reason,
                recorded_by=workspace.actor,
            )
            session.add(override)
            session.flush()
            record(session, workspace.actor, AuditAction.CREATE, OVERRIDE_ENTITY, override.id)
        record(session, workspace.actor, AuditAction.EXPORT, ENTITY, client_id)
        # The file is written inside the transaction: if the write fails, no audit claims it.
        atomic_write_bytes(target, sealed, mode=OWNER_ONLY)
    return target
