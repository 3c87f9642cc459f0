"""Client service: create, validate, list, view, close and archive, with audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ltsupport.models import ClientStatus
from ltsupport.services import audit
from ltsupport.services.clients import ClientInput
from ltsupport.services.errors import NotFoundError, ValidationError


def add(ws, code: str, name: str, **kw):  # type: ignore[no-untyped-def]
    return ws.clients.create(ClientInput(case_code=code, preferred_name=name, **kw))


def test_create_normalises_and_reads_back(workspace) -> None:  # type: ignore[no-untyped-def]
    created = add(
        workspace, " tr-001 ", "  Amara   N. ", languages=("EN", "tl"), country_of_origin="ph"
    )
    assert created.case_code == "TR-001"
    assert created.preferred_name == "Amara N."
    assert created.languages == ("en", "tl")
    assert created.country_of_origin == "PH"
    assert created.status is ClientStatus.ACTIVE
    assert workspace.clients.get_by_code("tr-001").id == created.id


def test_duplicate_case_code_is_refused_and_nothing_changes(workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-001", "Amara")
    before = workspace.clients.count()
    with pytest.raises(ValidationError) as info:
        add(workspace, "tr-001", "Someone Else")
    problem = info.value.for_field("case_code")
    assert problem is not None and problem.code == "duplicate"
    assert workspace.clients.count() == before


def test_every_problem_is_reported(workspace) -> None:  # type: ignore[no-untyped-def]
    future = date.today() + timedelta(days=3)
    with pytest.raises(ValidationError) as info:
        add(
            workspace,
            "",
            "",
            document_language="de",
            country_of_origin="Philippines",
            intake_date=future,
        )
    fields = {p.field for p in info.value.problems}
    assert fields == {
        "case_code",
        "preferred_name",
        "document_language",
        "country_of_origin",
        "intake_date",
    }


def test_list_filters_sorts_and_pages(workspace) -> None:  # type: ignore[no-untyped-def]
    for i, name in enumerate(["Zoe", "amal", "Bea", "Amir"]):
        add(workspace, f"TR-{i:03d}", name)
    names = [c.preferred_name for c in workspace.clients.list(sort="preferred_name")]
    assert names == ["amal", "Amir", "Bea", "Zoe"]
    assert [c.preferred_name for c in workspace.clients.list("am", sort="preferred_name")] == [
        "amal",
        "Amir",
    ]
    assert [c.case_code for c in workspace.clients.list("tr-002")] == ["TR-002"]
    page = workspace.clients.list(sort="case_code", descending=True, offset=1, limit=2)
    assert [c.case_code for c in page] == ["TR-002", "TR-001"]
    assert workspace.clients.count("a") == 3  # amal, Amir, Bea; not Zoe
    ids = workspace.clients.ids(sort="preferred_name")
    assert [s.preferred_name for s in workspace.clients.summaries(ids)] == names


def test_like_wildcards_are_literal(workspace) -> None:  # type: ignore[no-untyped-def]
    add(workspace, "TR-100", "Ana")
    assert workspace.clients.count("%") == 0
    assert workspace.clients.count("_") == 0


def test_close_archive_reopen_and_status_filter(workspace) -> None:  # type: ignore[no-untyped-def]
    a = add(workspace, "TR-001", "Amara")
    b = add(workspace, "TR-002", "Bea")
    assert workspace.clients.close(a.id).status is ClientStatus.CLOSED
    assert workspace.clients.archive(b.id).closed_at is not None
    assert workspace.clients.count(statuses=[ClientStatus.ACTIVE]) == 0
    assert workspace.clients.reopen(a.id).closed_at is None
    assert [c.case_code for c in workspace.clients.list(statuses=[ClientStatus.ACTIVE])] == [
        "TR-001"
    ]


def test_every_change_and_view_is_audited_without_content(workspace) -> None:  # type: ignore[no-untyped-def]
    start = audit.count(workspace.engine)
    c = add(workspace, "TR-001", "Marker Name Qwerty")
    workspace.clients.get(c.id)
    workspace.clients.update(c.id, c.as_input())
    workspace.clients.close(c.id)
    workspace.clients.delete(c.id)
    events = audit.events(workspace.engine, limit=5)
    assert [e.action for e in reversed(events)] == ["create", "view", "update", "close", "delete"]
    assert audit.count(workspace.engine) == start + 5
    assert all(e.actor == "test-worker" and e.entity_id == str(c.id) for e in events)
    assert all("Qwerty" not in repr(e) for e in audit.events(workspace.engine))
    assert audit.verify_chain(workspace.engine) is None
    with pytest.raises(NotFoundError):
        workspace.clients.get(c.id)
