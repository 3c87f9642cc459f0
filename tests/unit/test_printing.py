"""The printed plan: what each copy holds, read back from the PDF's text (pypdf)."""

from __future__ import annotations

import stat
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from conftest import PASSPHRASE
from ltsupport.checklist import NeedStatus, StepStatus
from ltsupport.cli import main
from ltsupport.models import (
    ActionOwner,
    ContactKind,
    ImmigrationStatus,
    Priority,
    ReferralStatus,
    ReturnWish,
)
from ltsupport.paths import AppPaths
from ltsupport.services import audit
from ltsupport.services.clients import ClientInput
from ltsupport.services.contacts import ContactInput
from ltsupport.services.plan_document import build_plan_document, format_date, render_plan_html
from ltsupport.services.plans import ActionInput, AreaInput
from ltsupport.services.repatriation import StepInput
from ltsupport.services.self_care import SelfCareInput

GOAL = "I want my own small apartment near the bus, with a door that locks"
MARKUP_GOAL = "Finish grade 12 and learn to write <b>x</b> in French"
HOTLINE_PHONE = "1-833-900-1010"
SELF_CARE_TEXT = "Walking by the river and calling my sister"
CLIENT_VISIBLE = ("Aunt Rosa at the airport", "Dr. Mira Chen", "IOM reception centre")
# Worker-only or sensitive: none may reach the client copy; all must be in the case file.
SECRETS = {
    "worker note": "WKNOTE7731",
    "legal name": "Zorvathina",
    "crown contact": "CROWN5512",
    "police contact": "POLICE4417",
    "court date": "January 14, 2027",
    "court dates step": "COURTDATES9021",
    "risk note": "RISKNOTE3308",
    "step note": "STEPNOTE9911",
    "embassy request": "EMBASSYREQ3131",
    "route": "ROUTE7070",
    "referral note": "REFNOTE2244",
    "safe contact": "SAFECONTACT6650",
    "trusted contact": "Trustedperson Kalu",
    "protection decision": "PROTECT4455",
    "immigration status": "Temporary resident permit",
    "permit expiry": "June 30, 2027",
    "investigation": "Charges laid",
}


@dataclass
class Fixture:
    paths: AppPaths
    client_id: uuid.UUID


def _populate(ws: Any) -> uuid.UUID:
    client = ws.clients.create(
        ClientInput(
            case_code="TR-2026-090",
            preferred_name="Marisol",
            legal_name="Marisol Zorvathina Ruiz",
            languages=("es", "en"),
            document_language="en",
            country_of_origin="MX",
            immigration_status=ImmigrationStatus.TRP_VICTIM,
            permit_expiry=date(2027, 6, 30),
            safe_contact="Text only, after 6 pm SAFECONTACT6650",
            assigned_worker="S. Okafor",
        )
    )
    plan = ws.plans.start(client.id)
    ws.plans.save_intro(plan.id, language="en", review_date=date(2027, 2, 1), planning_consent=True)
    for key in ("life_skills", "employment", "community", "social_support", "self_care"):
        ws.plans.save_area(plan.id, key, AreaInput(NeedStatus.NEEDS_SUPPORT, goal=f"Goal {key}"))
    ws.plans.save_area(
        plan.id,
        "housing",
        AreaInput(
            NeedStatus.IN_PROGRESS, Priority.HIGH, GOAL, "WKNOTE7731 landlord asked about her"
        ),
    )
    ws.plans.save_area(plan.id, "education", AreaInput(NeedStatus.NEEDS_SUPPORT, goal=MARKUP_GOAL))
    ws.plans.save_area(
        plan.id,
        "legal",
        AreaInput(
            NeedStatus.IN_PROGRESS,
            goal="Understand my options",
            worker_notes="Worker only.",
            details={
                "immigration_status": "trp_victim",
                "permit_expiry": "2027-06-30",
                "investigation_stage": "charges",
                "next_court_date": "2027-01-14",
                "police_contact": "POLICE4417 Det. Ames",
                "crown_contact": "CROWN5512 Crown Attorney Pell",
            },
        ),
    )
    ws.plans.save_area(
        plan.id,
        "counselling",
        AreaInput(
            NeedStatus.IN_PROGRESS,
            goal="Sleep better",
            details={"counsellor": "Dr. Mira Chen", "next_session": "2027-03-15"},
        ),
    )
    ws.plans.add_action(
        plan.id, "housing", ActionInput("Visit the apartment on Elm St", due_date=date(2027, 3, 1))
    )
    ws.plans.add_action(
        plan.id, "housing", ActionInput("Call the housing worker", ActionOwner.WORKER)
    )
    hotline = ws.catalogue.get_by_key("canadian-human-trafficking-hotline")
    ws.referrals.create(
        client.id,
        hotline.id,
        area_key="counselling",
        status=ReferralStatus.REFERRED,
        notes="REFNOTE2244",
    )
    ws.self_care.save(client.id, SelfCareInput(things_that_help=SELF_CARE_TEXT))
    ws.contacts.add(
        client.id, ContactInput(ContactKind.PERSON, "Trustedperson Kalu", phone="555-0100")
    )
    rp = ws.repatriation.start(client.id)
    ws.repatriation.save_wish(
        rp.id,
        wish=ReturnWish.RETURN,
        fears_harm_on_return=False,
        protection_claim_decision="PROTECT4455",
    )
    ws.repatriation.save_step(
        rp.id,
        "police_crown",
        StepInput(StepStatus.IN_PROGRESS, details={"court_dates": "COURTDATES9021"}),
    )
    ws.repatriation.save_step(
        rp.id,
        "embassy_consulate",
        StepInput(StepStatus.IN_PROGRESS, notes="STEPNOTE9911",
                  details={"request": "EMBASSYREQ3131"}),
    )  # fmt: skip
    ws.repatriation.save_step(
        rp.id,
        "safe_trip",
        StepInput(
            StepStatus.IN_PROGRESS,
            risk_notes="RISKNOTE3308 cousin works for them",
            details={"travel_date": "2027-04-20", "route": "ROUTE7070",
                     "met_on_arrival_by": "Aunt Rosa at the airport"},
        ),
    )  # fmt: skip
    ws.repatriation.save_step(
        rp.id,
        "reintegration",
        StepInput(details={"receiving_organisation": "IOM reception centre"}),
    )
    return client.id


@pytest.fixture
def marisol(vault_copy: AppPaths) -> Fixture:
    from ltsupport.services.workspace import open_workspace

    ws = open_workspace(vault_copy, PASSPHRASE, actor="test-worker")
    try:
        return Fixture(vault_copy, _populate(ws))
    finally:
        ws.lock()


@pytest.fixture
def ws(marisol: Fixture, qapp: Any) -> Iterator[Any]:
    from ltsupport.services.workspace import open_workspace

    workspace = open_workspace(marisol.paths, PASSPHRASE, actor="test-worker")
    yield workspace
    workspace.lock()


def pdf_text(path: Path) -> list[str]:
    """Each page's text, whitespace collapsed and compatibility forms folded."""
    reader = pypdf.PdfReader(path)
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]


def print_pdf(ws: Any, client_id: uuid.UUID, out: Path, **kw: Any) -> str:
    from ltsupport.services.printing import print_plan_pdf

    pages = print_plan_pdf(ws, client_id, out, **kw)
    text = pdf_text(out)
    assert len(text) == pages
    return " ".join(text)


def test_client_copy_holds_the_plan_and_no_sensitive_field(
    ws: Any, marisol: Fixture, tmp_path: Path
) -> None:
    text = print_pdf(ws, marisol.client_id, tmp_path / "client.pdf")
    wanted = ("Your plan", "Marisol", GOAL, HOTLINE_PHONE, SELF_CARE_TEXT, "Going home",
              "Visit the apartment on Elm St", "March 1, 2027", *CLIENT_VISIBLE)  # fmt: skip
    for expected in wanted:
        assert expected in text
    leaked = [name for name, marker in SECRETS.items() if marker in text]
    assert leaked == []
    assert "Police and Crown" not in text


def test_case_file_copy_holds_everything(ws: Any, marisol: Fixture, tmp_path: Path) -> None:
    text = print_pdf(ws, marisol.client_id, tmp_path / "case.pdf", copy="case_file")
    assert "CONFIDENTIAL — case file" in text
    missing = [name for name, marker in SECRETS.items() if marker not in text]
    assert missing == []
    assert GOAL in text and HOTLINE_PHONE in text


def test_client_document_is_filtered_in_data(ws: Any, marisol: Fixture) -> None:
    doc = build_plan_document(ws, marisol.client_id, "client")
    assert doc.identity == () and doc.people == () and doc.consents == ()
    assert all(area.worker_notes == "" and area.priority == "" for area in doc.areas)
    assert all(h.record == () for h in doc.helpers)
    assert doc.going_home is not None and doc.going_home.about == ()
    assert all(s.risk_notes == "" and s.notes == "" for s in doc.going_home.steps)
    legal = next(a for a in doc.areas if a.title == "Help with legal matters")
    assert legal.details == ()


def test_french_copy_has_french_headings_and_dates(
    ws: Any, marisol: Fixture, tmp_path: Path
) -> None:
    text = print_pdf(ws, marisol.client_id, tmp_path / "fr.pdf", lang="fr")
    for expected in ("Votre plan", "Ce que vous souhaitez", "Prochaines étapes",
                     "Qui peut vous aider", "Un endroit où vivre", "1er mars 2027",
                     "Confidentiel", "page 1 de"):  # fmt: skip
        assert expected in text
    assert format_date(date.today(), "fr") in text
    assert "Your plan" not in text


def test_fr_ca_and_en_ca_dates() -> None:
    assert format_date(date(2026, 11, 29), "fr") == "29 novembre 2026"
    assert format_date(date(2026, 11, 29), "en") == "November 29, 2026"
    assert format_date(date(2027, 8, 1), "fr") == "1er août 2027"


def test_typed_markup_prints_literally(ws: Any, marisol: Fixture, tmp_path: Path) -> None:
    html = render_plan_html(build_plan_document(ws, marisol.client_id, "client"))
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    text = print_pdf(ws, marisol.client_id, tmp_path / "client.pdf")
    assert MARKUP_GOAL in text


def test_forty_actions_paginate_with_a_footer_on_every_page(
    ws: Any, marisol: Fixture, tmp_path: Path
) -> None:
    plan = ws.plans.current(marisol.client_id)
    descriptions = [f"Step {n:02d}: fill in the form with the worker" for n in range(1, 41)]
    for n, description in enumerate(descriptions):
        ws.plans.add_action(
            plan.id, "employment", ActionInput(description, due_date=date(2027, 1, 1 + n % 28))
        )
    out = tmp_path / "long.pdf"
    print_pdf(ws, marisol.client_id, out)
    pages = pdf_text(out)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert page.endswith(f"page {n} of {len(pages)}")
        assert "Confidential" in page and format_date(date.today(), "en") in page
    whole = " ".join(pages)
    assert all(whole.count(d) == 1 for d in descriptions)


def test_pdf_embeds_the_shipped_font_and_is_owner_only(
    ws: Any, marisol: Fixture, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "client.pdf"
    print_pdf(ws, marisol.client_id, out, page_size="A4")
    reader = pypdf.PdfReader(out)
    fonts = {
        str(font.get_object()["/BaseFont"]): str(font.get_object()["/Subtype"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert "/Type3" not in fonts.values()
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["client.pdf"]  # no temporary left


def test_printing_writes_an_audit_event_without_content(
    ws: Any, marisol: Fixture, tmp_path: Path
) -> None:
    print_pdf(ws, marisol.client_id, tmp_path / "client.pdf")
    latest = audit.events(ws.engine, limit=1)[0]
    assert (latest.action, latest.entity, latest.entity_id) == (
        "print", "client", str(marisol.client_id)
    )  # fmt: skip
    assert audit.verify_chain(ws.engine) is None


# -- CLI --------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(marisol: Fixture, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Fixture:
    monkeypatch.setenv("LTSUPPORT_PASSPHRASE", PASSPHRASE)
    return marisol


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_print_writes_the_client_copy(
    cli_env: Fixture, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    code, stdout, err = run(capsys, "print", "tr-2026-090", "--out", str(out))
    assert code == 0, err
    assert stdout.startswith("Wrote ") and stdout.strip().endswith(f"to {out}")
    text = " ".join(pdf_text(out))
    assert "Your plan" in text and GOAL in text and SECRETS["worker note"] not in text


def test_cli_print_refuses_an_existing_file(
    cli_env: Fixture, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"keep me")
    code, _, err = run(capsys, "print", "TR-2026-090", "--out", str(out))
    assert code == 1
    assert err.count("\n") == 1 and "already exists" in err
    assert out.read_bytes() == b"keep me"


def test_cli_print_case_file_in_french(
    cli_env: Fixture, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "dossier.pdf"
    code, _, err = run(
        capsys, "print", "TR-2026-090", "--out", str(out), "--copy", "case-file", "--lang", "fr"
    )
    assert code == 0, err
    text = " ".join(pdf_text(out))
    assert "CONFIDENTIEL — dossier" in text and SECRETS["worker note"] in text
    assert "Domaines de besoins" in text


def test_cli_print_unknown_client(
    cli_env: Fixture, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    code, _, err = run(capsys, "print", "NOPE-1", "--out", str(out))
    assert code == 1 and "NOPE-1" in err
    assert not out.exists()
