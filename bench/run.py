"""ltsupport benchmark: prints the performance table (`make bench`).

Targets (DESIGN.md, "Fast on a modest laptop"):
- unlock (Argon2id, calibrated) about 0.5 s;
- a new pooled connection (raw key) well under 5 ms;
- saving a client (one transaction, fsync) under 50 ms;
- with 10,000 clients: the id list for the table under 100 ms, one page of rows under 20 ms,
  and a filter keystroke (count + ids) under 100 ms;
- with 2,000 catalogue entries: a search keystroke under 50 ms.
Medians of several runs, on a fresh vault in a temporary directory.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import insert

from ltsupport.models import Client
from ltsupport.paths import resolve
from ltsupport.services.catalogue_file import CatalogueEntry
from ltsupport.services.clients import ClientInput
from ltsupport.services.workspace import create_workspace, open_workspace
from ltsupport.vault.engine import apply_key
from ltsupport.vault.store import unlock_key

PASSPHRASE = "benchmark passphrase, not a real one"
ROWS = 10_000
CATALOGUE_ROWS = 2_000


def median_ms(fn: Callable[[], object], runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    results: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve(env={"LTSUPPORT_HOME": str(Path(tmp) / "home")})
        start = time.perf_counter()
        workspace = create_workspace(paths, PASSPHRASE, actor="bench")
        create_ms = (time.perf_counter() - start) * 1000
        workspace.lock()
        results.append(("create vault (calibrate + Argon2id + schema)", create_ms, 3000))

        def unlock() -> None:
            open_workspace(paths, PASSPHRASE, actor="bench").lock()

        results.append(("unlock (Argon2id + integrity check)", median_ms(unlock, 3), 1500))
        workspace = open_workspace(paths, PASSPHRASE, actor="bench")
        engine = workspace.engine

        key = unlock_key(paths.vault, PASSPHRASE)

        def new_connection() -> None:
            connection = sqlcipher3.connect(str(paths.vault))
            apply_key(connection, key)
            connection.close()

        results.append(
            ("new keyed connection (raw key + PRAGMAs)", median_ms(new_connection, 20), 5)
        )

        counter = iter(range(1_000_000))

        def save_client() -> None:
            n = next(counter)
            workspace.clients.create(ClientInput(case_code=f"B-{n:06d}", preferred_name="Bench"))

        results.append(("save one client (audited, fsync)", median_ms(save_client, 20), 50))

        now = datetime.now(UTC)
        rows = [
            {
                "id": uuid.uuid4(),
                "case_code": f"C-{i:06d}",
                "preferred_name": f"Person {i:05d} {['Amaya', 'Lidia', 'Noor', 'Rosa'][i % 4]}",
                "languages": [],
                "document_language": "en",
                "immigration_status": "unknown",
                "safe_contact": "",
                "assigned_worker": f"Worker {i % 7}",
                "status": "active" if i % 5 else "closed",
                "intake_date": date(2025, 1, 1),
                "created_at": now,
                "updated_at": now,
            }
            for i in range(ROWS)
        ]
        with engine.begin() as conn:
            conn.execute(insert(Client), rows)
        clients = workspace.clients
        results.append(
            (f"client ids, {ROWS:,} clients, sorted by name", median_ms(
                lambda: clients.ids(sort="preferred_name")), 100)
        )  # fmt: skip
        ids = clients.ids()
        results.append(
            ("one page of 200 rows", median_ms(lambda: clients.summaries(ids[:200])), 20)
        )
        results.append(
            ("filter keystroke ('noo'): count + ids", median_ms(
                lambda: (clients.count("noo"), clients.ids("noo"))), 100)
        )  # fmt: skip
        local_entries = [
            CatalogueEntry(
                key=f"bench-{i:05d}",
                name=f"Community service {i} {['Amaya', 'Lidia', 'Noor', 'Rosa'][i % 4]}",
                category=["housing", "health", "legal_help", "support_groups"][i % 4],
                description="Counselling, housing help, language classes and peer support "
                f"for newcomers in district {i % 50}.",
                city=["Toronto", "Montréal", "Halifax", "Winnipeg"][i % 4],
                languages=("en", "fr"),
            )
            for i in range(CATALOGUE_ROWS)
        ]
        workspace.catalogue.import_entries(local_entries)
        catalogue = workspace.catalogue
        results.append(
            (f"catalogue search keystroke, {CATALOGUE_ROWS:,} entries ('counsel')", median_ms(
                lambda: catalogue.search("counsel")), 50)
        )  # fmt: skip
        results.append(
            ("catalogue search, two words + category filter", median_ms(
                lambda: catalogue.search("montreal lang", category="housing")), 50)
        )  # fmt: skip
        backup_dir = Path(tmp) / "backup"
        counter_b = iter(range(100))
        results.append(
            ("verified backup", median_ms(
                lambda: workspace.backup(backup_dir / f"b{next(counter_b)}.ltsv"), 3), 3000)
        )  # fmt: skip
        workspace.lock()

    width = max(len(name) for name, _, _ in results)
    print(f"{'measure':<{width}}  {'median ms':>10}  {'target ms':>10}  ok")
    failed = 0
    for name, value, target in results:
        ok = value <= target
        failed += not ok
        print(f"{name:<{width}}  {value:>10.1f}  {target:>10.0f}  {'yes' if ok else 'NO'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
