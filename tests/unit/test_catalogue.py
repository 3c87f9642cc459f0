"""The catalogue in the vault: seeding, search as a worker types, import all or nothing,
re-import conflicts, export round trip, local entries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ltsupport.models import ResourceSource
from ltsupport.services import audit
from ltsupport.services.catalogue import CatalogueInvalidError, match_expression
from ltsupport.services.catalogue_file import (
    CatalogueEntry,
    dump_catalogue,
    load_catalogue,
    shipped_catalogue_path,
)
from ltsupport.services.errors import ServiceError, ValidationError

CORPUS = Path(__file__).parent / "catalogue_corpus"


def keys(hits: list[Any]) -> list[str]:
    return [h.key for h in hits]


def local(name: str, **kw: Any) -> CatalogueEntry:
    return CatalogueEntry(key="", name=name, category=kw.pop("category", "housing"), **kw)


def test_new_vault_holds_the_shipped_catalogue(workspace: Any) -> None:
    shipped = load_catalogue(shipped_catalogue_path())
    assert shipped.ok
    assert workspace.catalogue.count() == len(shipped.entries)
    assert sorted(workspace.catalogue.entries(), key=lambda e: e.key) == sorted(
        shipped.entries, key=lambda e: e.key
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("trauma", "ircc-interim-federal-health-program"),
        ("counselling", "ontario-victim-quick-response-program-plus"),
        ("IOM", "iom-canada"),
        ("consulat", "home-country-embassy-or-consulate"),
        ("ecole", "ircc-vtip-temporary-resident-permit"),
        ("hotline", "canadian-human-trafficking-hotline"),
        ("traffick", "canadian-human-trafficking-hotline"),
        ("1-833", "canadian-human-trafficking-hotline"),
        ("réfugiés", "unhcr"),
        ("refugies", "unhcr"),
        ("santé", "ircc-interim-federal-health-program"),
    ],
)
def test_search_finds_what_a_worker_types(workspace: Any, typed: str, expected: str) -> None:
    assert expected in keys(workspace.catalogue.search(typed))


def test_search_ranks_name_matches_first(workspace: Any) -> None:
    hits = keys(workspace.catalogue.search("hotline"))
    assert hits[0] == "canadian-human-trafficking-hotline"
    assert {k[:3] for k in keys(workspace.catalogue.search("IOM"))[:2]} == {"iom"}


def test_search_narrows_as_words_are_added(workspace: Any) -> None:
    broad = keys(workspace.catalogue.search("victim"))
    narrow = keys(workspace.catalogue.search("victim ombudsperson"))
    assert narrow == ["federal-ombudsperson-for-victims-of-crime"]
    assert set(narrow) < set(broad)


def test_search_filters(workspace: Any) -> None:
    crisis = keys(workspace.catalogue.search("", category="crisis_lines"))
    assert "canadian-human-trafficking-hotline" in crisis
    assert all(workspace.catalogue.get_by_key(k).entry.category == "crisis_lines" for k in crisis)
    ontario = keys(workspace.catalogue.search("", place="ON"))
    assert ontario and all(
        workspace.catalogue.get_by_key(k).entry.province in ("ON", "") for k in ontario
    )
    legal = keys(workspace.catalogue.search("", area="legal"))
    assert all("legal" in workspace.catalogue.get_by_key(k).entry.areas for k in legal)
    french = keys(workspace.catalogue.search("", language="fr"))
    assert "canadian-human-trafficking-hotline" in french


@pytest.mark.parametrize("typed", ['"', "AND", "NEAR(", "*", "a:b", "-", "''", "   "])
def test_fts_syntax_typed_by_accident_is_plain_text(workspace: Any, typed: str) -> None:
    workspace.catalogue.search(typed)  # never raises
    expression = match_expression(typed)
    assert expression is None or expression.count('"') % 2 == 0


def test_local_entry_is_searchable_and_accent_insensitive(workspace: Any) -> None:
    created = workspace.catalogue.create_local(
        local(
            "École des adultes du quartier",
            category="continuing_education",
            city="Montréal",
            province="QC",
            languages=("fr",),
        )
    )
    assert created.source is ResourceSource.LOCAL and created.entry.key.startswith("local-ecole")
    for typed in ("ecole", "École", "montreal", "adultes"):
        assert created.entry.key in keys(workspace.catalogue.search(typed)), typed


def test_invalid_local_entry_saves_nothing(workspace: Any) -> None:
    before = workspace.catalogue.count()
    with pytest.raises(ValidationError) as info:
        workspace.catalogue.create_local(local("Shelter", website="htp://x", email="nope"))
    assert {p.field for p in info.value.problems} >= {"website", "email"}
    assert workspace.catalogue.count() == before


def test_edit_and_delete_rules(workspace: Any) -> None:
    hotline = workspace.catalogue.get_by_key("canadian-human-trafficking-hotline")
    edited = workspace.catalogue.update(hotline.id, replace(hotline.entry, hours="Always open"))
    assert edited.edited_locally and edited.entry.hours == "Always open"
    with pytest.raises(ServiceError):
        workspace.catalogue.delete(hotline.id)  # shipped entries are edited, not deleted
    mine = workspace.catalogue.create_local(local("Neighbourhood housing help desk"))
    assert "neighbourhood" in " ".join(keys(workspace.catalogue.search("neighbourhood")))
    workspace.catalogue.delete(mine.id)
    assert keys(workspace.catalogue.search("neighbourhood")) == []


def test_stale_flag(workspace: Any) -> None:
    entry = workspace.catalogue.get_by_key("iom-canada")
    assert entry.needs_verification()  # never verified
    fresh = workspace.catalogue.update(
        entry.id, replace(entry.entry, verified_on=date.today() - timedelta(days=30))
    )
    assert not fresh.needs_verification()
    old = workspace.catalogue.update(
        entry.id, replace(entry.entry, verified_on=date.today() - timedelta(days=400))
    )
    assert old.needs_verification()


def _snapshot(workspace: Any) -> tuple[list[CatalogueEntry], int]:
    return workspace.catalogue.entries(), audit.count(workspace.engine)


@pytest.mark.parametrize(
    "name", sorted(p.name for p in CORPUS.glob("*.yaml")), ids=lambda n: n.split(".")[0]
)
def test_every_malformed_file_is_refused_and_changes_nothing(workspace: Any, name: str) -> None:
    before = _snapshot(workspace)
    with pytest.raises(CatalogueInvalidError) as info:
        workspace.catalogue.import_file(CORPUS / name, display_name=name)
    assert info.value.problems
    assert all(str(p).startswith(f"{name}:{p.line}: entry ") for p in info.value.problems)
    assert _snapshot(workspace) == before


def test_export_then_import_is_the_same_catalogue(workspace: Any, tmp_path: Path) -> None:
    workspace.catalogue.create_local(
        local("Peer circle", category="support_groups", city="Halifax")
    )
    out = tmp_path / "catalogue.yaml"
    count = workspace.catalogue.export_file(out)
    assert count == workspace.catalogue.count()
    reread = load_catalogue(out)
    assert reread.ok, reread.report()
    assert list(reread.entries) == workspace.catalogue.entries()
    report = workspace.catalogue.import_file(out)
    assert report.added == () and report.updated == ()
    assert len(report.unchanged) + len(report.conflicts) == count


def test_reimport_updates_seed_but_keeps_staff_edits_and_local_entries(
    workspace: Any, tmp_path: Path
) -> None:
    entries = {e.key: e for e in workspace.catalogue.entries()}
    staff_edit = workspace.catalogue.get_by_key("unhcr")
    workspace.catalogue.update(staff_edit.id, replace(staff_edit.entry, hours="Staff wrote this"))
    mine = workspace.catalogue.create_local(local("Local clinic", category="health"))
    changed = [
        replace(entries["iom-canada"], hours="New hours from the file"),
        replace(entries["unhcr"], hours="File says otherwise"),
        CatalogueEntry(key=mine.entry.key, name="Clash", category="health"),
        CatalogueEntry(key="new-entry", name="A new programme", category="health"),
    ]
    path = tmp_path / "update.yaml"
    path.write_text(dump_catalogue(changed), encoding="utf-8")
    report = workspace.catalogue.import_file(path)
    assert report.added == ("new-entry",)
    assert report.updated == ("iom-canada",)
    assert {k for k, _ in report.conflicts} == {"unhcr", mine.entry.key}
    assert workspace.catalogue.get_by_key("iom-canada").entry.hours == "New hours from the file"
    assert workspace.catalogue.get_by_key("unhcr").entry.hours == "Staff wrote this"
    assert workspace.catalogue.get_by_key(mine.entry.key).entry.name == "Local clinic"


def test_place_filter_keeps_canada_wide_services(workspace: Any) -> None:
    ontario = keys(workspace.catalogue.search("", place="ON"))
    assert "canadian-human-trafficking-hotline" in ontario  # national: serves Ontario too
    assert "ontario-victim-quick-response-program-plus" in ontario
    quebec = keys(workspace.catalogue.search("", place="QC"))
    assert "ontario-victim-quick-response-program-plus" not in quebec


def test_languages_present(workspace: Any) -> None:
    assert "fr" in workspace.catalogue.languages_present()
    workspace.catalogue.create_local(local("Tagalog peer group", category="support_groups",
                                           languages=("tl",)))  # fmt: skip
    assert "tl" in workspace.catalogue.languages_present()


def test_delete_refusals_carry_a_reason(workspace: Any) -> None:
    from ltsupport.services.catalogue import CatalogueRefusalError
    from ltsupport.services.clients import ClientInput

    hotline = workspace.catalogue.get_by_key("canadian-human-trafficking-hotline")
    with pytest.raises(CatalogueRefusalError) as shipped:
        workspace.catalogue.delete(hotline.id)
    assert shipped.value.reason == "shipped_entry"
    mine = workspace.catalogue.create_local(local("Drop-in centre"))
    client = workspace.clients.create(ClientInput(case_code="TR-1", preferred_name="A"))
    workspace.referrals.create(client.id, mine.id)
    with pytest.raises(CatalogueRefusalError) as used:
        workspace.catalogue.delete(mine.id)
    assert (used.value.reason, used.value.count) == ("in_use", 1)
