"""Tests for ltsupport.services.catalogue_file: the resources.yaml format, its checks and the seed.

The malformed files live in ``catalogue_corpus/`` with their expected ``FILE:LINE`` and field in
``catalogue_corpus/expected.txt``; byte-level cases (bad encodings, sizes) are generated here.
"""

from __future__ import annotations

import dataclasses
import os
import re
import string
import tomllib
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltsupport.checklist import NEED_AREA_KEYS, WHERE_TO_LOOK
from ltsupport.services.catalogue_file import (
    CATEGORIES,
    FIELD_NAMES,
    ISO_639_1,
    MAX_FILE_BYTES,
    PROVINCES,
    CatalogueEntry,
    CatalogueProblem,
    CatalogueResult,
    dump_catalogue,
    load_catalogue,
    parse_catalogue,
    shipped_catalogue_path,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "catalogue_corpus"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "catalogue-facts.md"

VALID_ENTRY = """\
- id: example-clinic
  name: Example clinic
  category: health
"""


def _expected() -> dict[str, list[tuple[int, str]]]:
    expected: dict[str, list[tuple[int, str]]] = {}
    for raw in (CORPUS / "expected.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _, rest = line.partition(":")
        tokens = rest.split()
        assert len(tokens) % 2 == 0, f"expected.txt: odd number of tokens for {name}"
        expected[name] = [(int(tokens[i]), tokens[i + 1]) for i in range(0, len(tokens), 2)]
    return expected


EXPECTED = _expected()


def _parse(
    text: str | bytes, name: str = "test.yaml", *, today: date | None = None
) -> CatalogueResult:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_catalogue(data, name, today=today)


def _pairs(result: CatalogueResult) -> list[tuple[int, str]]:
    return [(problem.line, problem.field) for problem in result.problems]


# ---------------------------------------------------------------------------
# The malformed-file corpus
# ---------------------------------------------------------------------------


def test_corpus_is_large_enough_and_fully_described() -> None:
    files_on_disk = sorted(path.name for path in CORPUS.glob("*.yaml"))
    assert sorted(EXPECTED) == files_on_disk
    single = [name for name, pairs in EXPECTED.items() if len(pairs) == 1]
    several = [name for name, pairs in EXPECTED.items() if len(pairs) > 1]
    assert len(single) >= 24
    assert len(several) >= 2


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_reports_exactly_its_problems(name: str) -> None:
    path = CORPUS / name
    result = load_catalogue(path)
    assert not result.ok
    assert result.entries == ()
    assert sorted(_pairs(result)) == sorted(EXPECTED[name]), result.report()
    for problem, (line, field) in zip(result.problems, sorted(EXPECTED[name]), strict=True):
        text = str(problem)
        assert text.startswith(f"{path}:{line}: entry "), text
        entry_part, field_part, message = text.removeprefix(f"{path}:{line}: ").split(": ", 2)
        assert entry_part.startswith("entry ")
        assert field_part == field
        assert message and "\n" not in message and "Traceback" not in message


def test_problems_come_in_file_order() -> None:
    result = load_catalogue(CORPUS / "90_several_problems.yaml")
    lines = [problem.line for problem in result.problems]
    assert lines == sorted(lines)
    assert len(lines) == len(EXPECTED["90_several_problems.yaml"])


def test_messages_are_helpful() -> None:
    def message(name: str) -> str:
        return load_catalogue(CORPUS / name).problems[0].message

    assert "did you mean 'website'" in message("01_unknown_key.yaml")
    assert "did you mean 'legal_help'" in message("02_unknown_category.yaml")
    assert "already used by the entry on line 2" in message("08_duplicate_id.yaml")
    assert message("12_url_wrong_scheme.yaml") == (
        '"htp://example.ca" is not a web address (it must start with http:// or https://)'
    )
    assert "https://www.example.ca" in message("14_url_without_scheme.yaml")
    assert "did you mean 'fr'" in message("18_bad_language.yaml")
    assert "first on line 5" in message("23_duplicate_key.yaml")
    assert "tab" in message("24_tab_indent.yaml")
    assert "resources:" in message("27_top_level_mapping.yaml")
    assert "never closed" in message("29_unclosed_quote.yaml")


# ---------------------------------------------------------------------------
# Byte-level and whole-file cases (generated, not committed)
# ---------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    result = load_catalogue(path)
    assert [str(problem) for problem in result.problems] == [
        f"{path}:1: entry -: -: the file is empty"
    ]


def test_blank_file_is_empty() -> None:
    assert [str(p) for p in _parse(" \n\n   \n", "x.yaml").problems] == [
        "x.yaml:1: entry -: -: the file is empty"
    ]


def test_non_utf8_bytes_give_the_line_of_each_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    data = (
        "- id: cafe-example\n  name: Caf\xe9 example\n  category: health\n"
        "  description: Ouvert \xe0 tous\n"
    ).encode("latin-1")
    path.write_bytes(data)
    result = load_catalogue(path)
    assert not result.ok
    assert _pairs(result) == [(2, "-"), (4, "-")]
    assert str(result.problems[0]).startswith(f"{path}:2: entry -: -: ")
    assert "UTF-8" in result.problems[0].message
    assert "0xE9" in result.problems[0].message


def test_non_utf8_does_not_hide_other_problems() -> None:
    data = b"- id: a-b\n  name: Caf\xe9\n  category: bogus\n"
    assert _pairs(_parse(data)) == [(2, "-"), (3, "category")]


def test_utf16_file_is_explained() -> None:
    result = _parse(VALID_ENTRY.encode("utf-16"))
    assert _pairs(result) == [(1, "-")]
    assert "UTF-16" in result.problems[0].message


def test_file_over_5_mb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# padding\n" * (6 * 1024 * 1024 // 10))
    assert path.stat().st_size > MAX_FILE_BYTES
    result = load_catalogue(path)
    assert _pairs(result) == [(1, "-")]
    assert "5 MB" in result.problems[0].message
    assert _parse(b"#" * (MAX_FILE_BYTES + 1)).problems[0].line == 1


def test_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_catalogue(tmp_path / "nope.yaml")


def test_control_character_is_reported_on_its_line() -> None:
    text = VALID_ENTRY + "- id: other-clinic\n  name: Bell\x07\n  category: health\n"
    result = _parse(text)
    assert _pairs(result) == [(5, "-")]
    assert "U+0007" in result.problems[0].message


def test_escaped_control_character_in_value() -> None:
    text = '- id: example-clinic\n  name: "Bell\\a"\n  category: health\n'
    assert _pairs(_parse(text)) == [(2, "name")]


def test_tab_inside_a_quoted_value_names_its_field() -> None:
    text = '- id: example-clinic\n  name: "Example\tclinic"\n  category: health\n'
    result = _parse(text)
    assert [(p.line, p.entry_id, p.field) for p in result.problems] == [
        (2, "example-clinic", "name")
    ]


def test_every_line_with_a_tab_is_reported() -> None:
    text = "- id: example-clinic\n\tname: A\n\tcategory: health\n- id: b-c\n\tname: B\n"
    assert [line for line, _ in _pairs(_parse(text))] == [2, 3, 5]


def test_crlf_and_bom_are_accepted_with_correct_lines() -> None:
    text = "\ufeff# comment\r\n" + VALID_ENTRY.replace("\n", "\r\n") + "  phone: '12'\r\n"
    result = _parse(text)
    assert _pairs(result) == [(5, "phone")]
    assert _parse("\ufeff" + VALID_ENTRY).ok


def test_syntax_error_does_not_hide_problems_in_other_entries() -> None:
    text = (
        "- id: first-entry\n  name: 'unclosed\n  category: health\n\n"
        "- id: second-entry\n  name: Second\n  category: nope\n"
    )
    assert _pairs(_parse(text)) == [(2, "-"), (7, "category")]


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    result = _parse("[" * 20_000)
    assert not result.ok
    assert result.problems[0].line == 1


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    text = (
        "- id: example-clinic\n"
        f"  name: !!python/object/apply:os.system ['touch {marker}']\n"
        "  category: health\n"
        f"  description: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    result = _parse(text)
    assert not result.ok
    assert not marker.exists()


def test_never_raises_on_arbitrary_bytes() -> None:
    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.binary(max_size=400))
    def check_bytes(data: bytes) -> None:
        result = parse_catalogue(data, "f.yaml")
        assert result.ok or result.entries == ()
        for problem in result.problems:
            assert problem.line >= 1
            str(problem)

    fragments = [
        "- ", "id: ", "name: ", "category: ", "areas: ", "[", "]", "{", "}", ": ", "  ", "\n",
        "\t", "'", '"', "#", "&a ", "*a ", "!!str ", "!!python/object ", "---\n", "|\n", "\\",
        ",", "<<: ", "housing", "health", "ab-cd", "é", "\r", "\u2028",
    ]  # fmt: skip

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.sampled_from(fragments), max_size=50))
    def check_fragments(parts: list[str]) -> None:
        result = parse_catalogue("".join(parts).encode(), "f.yaml")
        assert result.ok or result.entries == ()
        for problem in result.problems:
            assert problem.line >= 1

    check_bytes()
    check_fragments()


# ---------------------------------------------------------------------------
# Field rules on valid and invalid values
# ---------------------------------------------------------------------------


def test_full_entry_maps_to_every_field() -> None:
    text = """\
- id: example-centre
  name: Example centre
  name_fr: Centre exemple
  category: career_counselling
  areas: [employment, education]
  description: |
    Two lines
    of text.
  services: Résumés; interviews
  languages: [en, fr, es]
  province: ON
  city: Ottawa
  address: 1 Example St
  phone: (613) 555-0100 ext. 12
  email: info@example.ca
  website: https://example.ca/careers?lang=en
  hours: Mon-Fri 9-5
  eligibility: Anyone
  cost: Free.
  accessibility: Ramp
  country: MX
  source: Example pamphlet
  verified_on: 2024-05-01
"""
    result = _parse(text)
    assert result.ok, result.report()
    (entry,) = result.entries
    assert entry == CatalogueEntry(
        key="example-centre",
        name="Example centre",
        name_fr="Centre exemple",
        category="career_counselling",
        areas=("employment", "education"),
        description="Two lines\nof text.",
        services="Résumés; interviews",
        languages=("en", "fr", "es"),
        province="ON",
        city="Ottawa",
        address="1 Example St",
        phone="(613) 555-0100 ext. 12",
        email="info@example.ca",
        website="https://example.ca/careers?lang=en",
        hours="Mon-Fri 9-5",
        eligibility="Anyone",
        cost="Free.",
        accessibility="Ramp",
        country="MX",
        source_note="Example pamphlet",
        verified_on=date(2024, 5, 1),
    )
    assert entry.line == 1


def test_entry_fields_map_one_to_one_onto_the_resource_model() -> None:
    from ltsupport.models.resource import Resource

    columns = set(Resource.__table__.columns.keys())
    entry = _parse(VALID_ENTRY).entries[0]
    kwargs = entry.model_fields()
    assert set(kwargs) <= columns
    assert set(kwargs) == {
        {"id": "key", "source": "source_note"}.get(name, name) for name in FIELD_NAMES
    }
    assert kwargs["key"] == "example-clinic"
    assert kwargs["areas"] == [] and kwargs["languages"] == []


def test_yaml_11_booleans_and_numbers_are_read_as_written() -> None:
    text = VALID_ENTRY + "  province: ON\n  phone: 911\n  languages: [no, yes]\n  country: NO\n"
    result = _parse(text)
    # "yes" is not a language code; everything else is taken as the text written.
    assert _pairs(result) == [(6, "languages")]
    text = VALID_ENTRY + "  province: ON\n  phone: 911\n  languages: [no]\n  country: NO\n"
    (entry,) = _parse(text).entries
    assert (entry.province, entry.phone, entry.languages, entry.country) == (
        "ON",
        "911",
        ("no",),
        "NO",
    )


def test_empty_optional_fields_are_left_out() -> None:
    text = VALID_ENTRY + "  email:\n  website: ''\n  areas:\n  verified_on: ~\n"
    (entry,) = _parse(text).entries
    assert (entry.email, entry.website, entry.areas, entry.verified_on) == ("", "", (), None)


@pytest.mark.parametrize(
    "phone",
    [
        "1-833-900-1010",
        "1-800-222-TIPS (8477)",
        "911",
        "211",
        "(613) 555-0100",
        "613.555.0100",
        "+52 55 1234 5678",
        "011 52 55 1234 5678",
        "555-0100",
        "613-555-0100 ext. 1234",
        "613-555-0100 x12",
    ],
)
def test_valid_phone_numbers(phone: str) -> None:
    assert _parse(VALID_ENTRY + f"  phone: '{phone}'\n").ok


@pytest.mark.parametrize(
    "phone",
    [
        "call 911",
        "12",
        "613-555-01",
        "+1 613 555 0100 555 0100 55",
        "1-800-222-TIPS (1234)",
        "613-555-0100 (office",
        "613+555",
        "1-800-tips",
    ],
)
def test_invalid_phone_numbers(phone: str) -> None:
    assert _pairs(_parse(VALID_ENTRY + f"  phone: '{phone}'\n")) == [(4, "phone")]


@pytest.mark.parametrize(
    ("website", "ok"),
    [
        ("https://example.ca", True),
        ("http://example.ca/a/b?c=d#e", True),
        ("https://sub.example.int:8443/x", True),
        ("https://example.ca/café", True),
        ("htp://example.ca", False),
        ("example.ca", False),
        ("www.example.ca", False),
        ("https://", False),
        ("https://localhost", False),
        ("https://example .ca", False),
        ("https://user:pw@example.ca", False),
        ("https://example..ca", False),
        ("https:example.ca", False),
        ("mailto:info@example.ca", False),
        ("javascript:alert(1)", False),
        ("https://example.ca:99999", False),
        ("https://192.168.0.1", False),
    ],
)
def test_websites(website: str, ok: bool) -> None:
    assert _parse(VALID_ENTRY + f"  website: '{website}'\n").ok is ok


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("info@example.ca", True),
        ("first.last+tag@sub.example.org", True),
        ("info@example", False),
        ("info@@example.ca", False),
        ("mailto:info@example.ca", False),
        ("first..last@example.ca", False),
        ("info@example.c", False),
        ("info example@example.ca", False),
    ],
)
def test_emails(email: str, ok: bool) -> None:
    assert _parse(VALID_ENTRY + f"  email: '{email}'\n").ok is ok


def test_verified_on_today_is_fine_and_tomorrow_is_not() -> None:
    today = date(2025, 3, 31)
    ok = _parse(VALID_ENTRY + "  verified_on: 2025-03-31\n", today=today)
    assert ok.ok
    assert ok.entries[0].verified_on == today
    late = _parse(VALID_ENTRY + "  verified_on: 2025-04-01\n", today=today)
    assert _pairs(late) == [(4, "verified_on")]
    for bad in ("2025-4-1", "31/03/2025", "2025-03-31 10:00", "20250331"):
        assert _pairs(_parse(VALID_ENTRY + f"  verified_on: {bad}\n")) == [(4, "verified_on")]


def test_column_lengths_are_enforced() -> None:
    assert _pairs(_parse(VALID_ENTRY + f"  city: {'x' * 101}\n")) == [(4, "city")]
    assert _pairs(_parse(VALID_ENTRY.replace("Example clinic", "x" * 301))) == [(2, "name")]


def test_one_line_fields_reject_line_breaks() -> None:
    assert _pairs(_parse(VALID_ENTRY + "  city: |\n    Ottawa\n    Gatineau\n")) == [(4, "city")]
    assert _parse(VALID_ENTRY + "  address: |\n    1 Example St\n    Ottawa ON\n").ok


def test_uk_is_not_a_country_code() -> None:
    result = _parse(VALID_ENTRY + "  country: UK\n")
    assert "GB" in result.problems[0].message


def test_empty_list_file_is_valid_and_has_no_entries() -> None:
    result = _parse("[]\n")
    assert result.ok
    assert result.entries == ()


def test_problem_format() -> None:
    problem = CatalogueProblem("data/x.yaml", 14, "legal-aid-on", "website", "msg")
    assert str(problem) == "data/x.yaml:14: entry legal-aid-on: website: msg"


# ---------------------------------------------------------------------------
# Categories
# ---------------------------------------------------------------------------


def test_categories_cover_the_six_where_to_look_kinds() -> None:
    assert {key for key, _ in WHERE_TO_LOOK} <= set(CATEGORIES)
    assert list(CATEGORIES)[:6] == [key for key, _ in WHERE_TO_LOOK]


def test_categories_cover_the_other_kinds_of_help() -> None:
    assert {
        "housing",
        "legal_help",
        "immigration_status",
        "victim_services",
        "health",
        "financial_help",
        "crisis_lines",
        "migration_refugee_organisations",
        "embassies_consulates",
    } <= set(CATEGORIES)
    for key, label in CATEGORIES.items():
        assert re.fullmatch(r"[a-z][a-z_]*[a-z]", key)
        assert label.en and label.fr and label.en != label.fr


def test_format_document_lists_every_key_and_label() -> None:
    doc = (ROOT / "docs" / "resources-format.md").read_text(encoding="utf-8")
    for key, label in CATEGORIES.items():
        assert f"| `{key}` | {label.en} | {label.fr} |" in doc
    for key in NEED_AREA_KEYS:
        assert f"| `{key}` |" in doc
    for name in FIELD_NAMES:
        assert f"| `{name}` |" in doc
    assert (
        "Re-importing updates seed entries but never overwrites an entry staff edited or added; "
        "conflicts are listed." in doc
    )


def test_format_document_example_is_valid() -> None:
    doc = (ROOT / "docs" / "resources-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    result = _parse(example)
    assert result.ok, result.report()
    assert [entry.key for entry in result.entries] == [
        "example-career-centre",
        "example-mexico-consulate",
    ]
    assert all(getattr(result.entries[0], _attr(name)) for name in FIELD_NAMES if name != "country")
    assert result.entries[1].country == "MX"


def _attr(name: str) -> str:
    return {"id": "key", "source": "source_note"}.get(name, name)


# ---------------------------------------------------------------------------
# The shipped seed catalogue
# ---------------------------------------------------------------------------


def _shipped() -> tuple[CatalogueEntry, ...]:
    result = load_catalogue(shipped_catalogue_path())
    assert result.ok, result.report()
    return result.entries


def test_shipped_catalogue_loads_without_problems() -> None:
    entries = _shipped()
    assert len(entries) >= 12
    keys = [entry.key for entry in entries]
    assert len(keys) == len(set(keys))


def test_shipped_catalogue_is_found_from_source_and_from_the_package() -> None:
    path = shipped_catalogue_path()
    assert path.is_file()
    assert path == Path(str(files("ltsupport.data").joinpath("resources.yaml")))
    link = ROOT / "data" / "resources.yaml"
    if link.exists():  # a source checkout
        assert link.is_symlink()
        assert os.readlink(link) == "../src/ltsupport/data/resources.yaml"
        assert link.resolve() == path.resolve()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "data/*.yaml" in pyproject["tool"]["setuptools"]["package-data"]["ltsupport"]


def test_shipped_catalogue_has_its_format_header() -> None:
    text = shipped_catalogue_path().read_text(encoding="utf-8")
    assert text.startswith("#")
    assert "docs/resources-format.md" in text.split("\n- ", 1)[0]


def test_every_shipped_entry_names_its_source() -> None:
    for entry in _shipped():
        assert entry.source_note, entry.key


def test_shipped_contacts_appear_verbatim_in_the_reference() -> None:
    """Guards against invented contact details: each one must be in catalogue-facts.md."""
    if not REFERENCE.is_file():
        pytest.skip("shared/reference/catalogue-facts.md is not beside the repository")
    reference = REFERENCE.read_text(encoding="utf-8")
    checked = 0
    for entry in _shipped():
        for field in ("phone", "email", "address"):
            value = getattr(entry, field)
            if value:
                assert value in reference, f"{entry.key}: {field} {value!r} is not in the reference"
                checked += 1
        if entry.website:
            # The reference records web addresses without their scheme.
            bare = re.sub(r"^https?://", "", entry.website)
            assert bare in reference, f"{entry.key}: website {entry.website!r} not in the reference"
            checked += 1
    assert checked >= 10


def test_shipped_catalogue_seeds_the_named_organisations() -> None:
    keys = {entry.key for entry in _shipped()}
    assert {
        "canadian-human-trafficking-hotline",
        "ircc-vtip-temporary-resident-permit",
        "ircc-interim-federal-health-program",
        "ontario-victim-quick-response-program-plus",
        "iom-canada",
        "unhcr",
        "home-country-embassy-or-consulate",
    } <= keys
    hotline = next(e for e in _shipped() if e.key == "canadian-human-trafficking-hotline")
    assert hotline.phone == "1-833-900-1010"


def test_shipped_catalogue_round_trips() -> None:
    entries = _shipped()
    reloaded = _parse(dump_catalogue(entries))
    assert reloaded.ok, reloaded.report()
    assert reloaded.entries == entries


# ---------------------------------------------------------------------------
# Writing: load(dump(entries)) == entries
# ---------------------------------------------------------------------------

_TEXT_CHARS = st.characters(
    categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u2028\u2029\x85"
)
_ONE_LINE = st.text(_TEXT_CHARS, min_size=1, max_size=40).map(str.strip).filter(
    bool
) | st.sampled_from(["null", "~", "yes", "ON", "123", "- x", "# x", "a: b", "'q'", '"d"', "@x"])
_OPTIONAL_LINE = st.just("") | _ONE_LINE
_MULTI_LINE = st.just("") | st.lists(_ONE_LINE, min_size=1, max_size=3).map("\n".join)


@st.composite
def _entries(draw: st.DrawFn) -> CatalogueEntry:
    return CatalogueEntry(
        key=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{1,30}", fullmatch=True)),
        name=draw(_ONE_LINE),
        name_fr=draw(_OPTIONAL_LINE),
        category=draw(st.sampled_from(sorted(CATEGORIES))),
        areas=tuple(draw(st.lists(st.sampled_from(NEED_AREA_KEYS), unique=True, max_size=4))),
        description=draw(_MULTI_LINE),
        services=draw(_MULTI_LINE),
        languages=tuple(
            draw(st.lists(st.sampled_from(sorted(ISO_639_1)), unique=True, max_size=3))
        ),
        province=draw(st.just("") | st.sampled_from(sorted(PROVINCES))),
        city=draw(_OPTIONAL_LINE),
        address=draw(_MULTI_LINE),
        phone=draw(
            st.sampled_from(["", "911", "1-800-222-TIPS (8477)"])
            | st.from_regex(
                r"1-[2-9][0-9][0-9]-[0-9]{3}-[0-9]{4}( ext\. [0-9]{1,4})?", fullmatch=True
            )
            | st.from_regex(r"\+[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3}", fullmatch=True)
        ),
        email=draw(
            st.just("")
            | st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,5})?@[a-z]{2,8}\.(ca|org|com)", fullmatch=True)
        ),
        website=draw(
            st.just("")
            | st.from_regex(
                r"https?://[a-z]{2,8}(\.[a-z]{2,8}){0,2}\.(ca|org|int)(/[a-z0-9_-]{1,8}){0,3}",
                fullmatch=True,
            )
        ),
        hours=draw(_MULTI_LINE),
        eligibility=draw(_MULTI_LINE),
        cost=draw(_MULTI_LINE),
        accessibility=draw(_MULTI_LINE),
        country=draw(
            st.none() | st.text(string.ascii_uppercase, min_size=2, max_size=2).filter("UK".__ne__)
        ),
        source_note=draw(_MULTI_LINE),
        verified_on=draw(st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date.today())),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_entries(), max_size=4, unique_by=lambda entry: entry.key))
def test_dump_then_load_gives_equal_entries(entries: list[CatalogueEntry]) -> None:
    text = dump_catalogue(entries)
    result = _parse(text)
    assert result.ok, result.report() + "\n" + text
    assert result.entries == tuple(entries)


def test_dump_writes_keys_in_order_and_omits_empty_fields() -> None:
    entry = CatalogueEntry(
        key="example-clinic",
        name="Example clinic",
        category="health",
        languages=("en", "fr"),
        verified_on=date(2024, 5, 1),
        description="Line one\nLine two",
    )
    text = dump_catalogue([entry], header=False)
    assert text == (
        "- id: example-clinic\n"
        "  name: Example clinic\n"
        "  category: health\n"
        "  description: |-\n"
        "    Line one\n"
        "    Line two\n"
        "  languages: [en, fr]\n"
        "  verified_on: 2024-05-01\n"
    )
    assert dump_catalogue([]).rstrip().endswith("[]")


def test_line_is_not_part_of_equality() -> None:
    entry = CatalogueEntry(key="ab", name="A", category="health", line=3)
    assert entry == dataclasses.replace(entry, line=7)
    assert _parse(VALID_ENTRY + "  verified_on: " + str(date.today() - timedelta(days=1)) + "\n").ok
