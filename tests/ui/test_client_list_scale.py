"""10,000 clients: the list knows every row at once but reads only the pages it shows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import insert

from ltsupport.models import Client, ClientStatus, ImmigrationStatus
from ltsupport.services.clients import ClientSummary
from ltsupport.ui.qtmodels.client_table_model import CASE_CODE, PAGE_SIZE, PREFERRED_NAME
from ltsupport.ui.screens.clients_screen import ClientsScreen

COUNT = 10_000


def insert_clients(workspace: Any, count: int = COUNT) -> None:
    """Insert ``count`` active clients in one transaction, straight into the table."""
    now = datetime.now(UTC)
    start = date.today() - timedelta(days=count)
    rows = [
        {
            "id": uuid.uuid4(),
            "created_at": now,
            "updated_at": now,
            "case_code": f"TR-{i:05}",
            "preferred_name": f"Person {count - i:05}",
            "legal_name": None,
            "languages": ["en"],
            "document_language": "en",
            "country_of_origin": None,
            "immigration_status": ImmigrationStatus.UNKNOWN,
            "permit_expiry": None,
            "safe_contact": "",
            "assigned_worker": f"Worker {i % 7}",
            "status": ClientStatus.ACTIVE,
            "intake_date": start + timedelta(days=i),
            "closed_at": None,
        }
        for i in range(count)
    ]
    with workspace.engine.begin() as connection:
        connection.execute(insert(Client.__table__), rows)


def count_summaries(workspace: Any, monkeypatch: Any) -> list[int]:
    """Record the size of every ``summaries`` call the UI makes."""
    calls: list[int] = []
    real = workspace.clients.summaries

    def counting(ids: Sequence[uuid.UUID]) -> list[ClientSummary]:
        calls.append(len(ids))
        return real(ids)

    monkeypatch.setattr(workspace.clients, "summaries", counting)
    return calls


def test_ten_thousand_clients_show_with_few_page_reads(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    insert_clients(workspace)
    calls = count_summaries(workspace, monkeypatch)

    screen = ClientsScreen(workspace)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.repaint()

    model = screen.table.model()
    assert model.rowCount() == COUNT
    assert screen.count_label.text() == "10000 clients"
    assert model.index(0, CASE_CODE).data() == "TR-00000"
    assert 1 <= len(calls) < 5, calls
    assert all(size <= PAGE_SIZE for size in calls)

    before = len(calls)
    assert model.index(COUNT - 1, CASE_CODE).data() == "TR-09999"
    assert model.index(COUNT - 1, PREFERRED_NAME).data() == "Person 00001"
    assert len(calls) == before + 1  # one page read for the last row

    screen.table.scrollToBottom()
    screen.table.viewport().repaint()
    assert len(calls) <= before + 2


def test_sort_and_filter_on_ten_thousand_clients_read_only_what_is_shown(
    qtbot,  # type: ignore[no-untyped-def]
    workspace,
    monkeypatch,
) -> None:
    insert_clients(workspace)
    calls = count_summaries(workspace, monkeypatch)
    screen = ClientsScreen(workspace)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)

    screen.table.sortByColumn(PREFERRED_NAME, Qt.SortOrder.AscendingOrder)
    screen.table.viewport().repaint()
    model = screen.table.model()
    assert model.index(0, PREFERRED_NAME).data() == "Person 00001"
    assert model.index(0, CASE_CODE).data() == "TR-09999"

    calls.clear()
    screen.search.setText("00010")  # the case code TR-00010 and the name Person 00010
    screen.apply_filter()
    screen.table.viewport().repaint()
    assert model.rowCount() == 2
    assert screen.count_label.text() == "2 clients"
    assert [model.index(r, CASE_CODE).data() for r in range(2)] == ["TR-09990", "TR-00010"]
    assert len(calls) == 1
