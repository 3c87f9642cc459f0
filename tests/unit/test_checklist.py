"""Tests for ltsupport.checklist: the checklist data must stay faithful to the seed text."""

from __future__ import annotations

import ast
import dataclasses
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ltsupport import checklist
from ltsupport.checklist import (
    NEED_AREA_KEYS,
    NEED_AREAS,
    REPATRIATION_STEP_KEYS,
    REPATRIATION_STEPS,
    WHERE_TO_LOOK,
    NeedStatus,
    StepStatus,
    Text,
    need_area,
    repatriation_step,
)

SEED_PATH = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_abdc71915323e829.txt"

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")

EXPECTED_AREA_KEYS = (
    "housing",
    "life_skills",
    "education",
    "employment",
    "legal",
    "counselling",
    "community",
    "social_support",
    "self_care",
)
EXPECTED_STEP_KEYS = (
    "trusted_contacts",
    "police_crown",
    "embassy_consulate",
    "home_country_services",
    "migration_organisations",
)
EXPECTED_WHERE_KEYS = (
    "career_counselling",
    "continuing_education",
    "language_programs",
    "trauma_counsellors",
    "volunteering",
    "support_groups",
)


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED_PATH.is_file():
        pytest.skip(f"seed text not found at {SEED_PATH}")
    return SEED_PATH.read_text(encoding="utf-8")


def _section(seed: str, start: str, end: str | None) -> str:
    begin = seed.index(start)
    stop = seed.index(end, begin) if end is not None else len(seed)
    return seed[begin:stop]


def _bullets(section: str) -> list[str]:
    return [line[2:].strip() for line in section.splitlines() if line.startswith("- ")]


def _all_texts() -> Iterator[tuple[str, Text]]:
    for area in NEED_AREAS:
        yield f"{area.key}.title", area.title
        yield f"{area.key}.seed_text", area.seed_text
        yield f"{area.key}.client_title", area.client_title
        for i, prompt in enumerate(area.prompts):
            yield f"{area.key}.prompts[{i}]", prompt
    for step in REPATRIATION_STEPS:
        yield f"{step.key}.title", step.title
        yield f"{step.key}.seed_text", step.seed_text
        for i, prompt in enumerate(step.prompts):
            yield f"{step.key}.prompts[{i}]", prompt
    for key, text in WHERE_TO_LOOK:
        yield f"where_to_look.{key}", text


# --- Need areas -------------------------------------------------------------


def test_nine_need_areas_with_expected_keys_in_order() -> None:
    assert len(NEED_AREAS) == 9
    assert tuple(a.key for a in NEED_AREAS) == EXPECTED_AREA_KEYS
    assert NEED_AREA_KEYS == EXPECTED_AREA_KEYS
    assert [a.order for a in NEED_AREAS] == list(range(1, 10))


def test_need_area_seed_text_is_verbatim_and_in_seed_order(seed: str) -> None:
    section = _section(seed, "Special Considerations", "Where to Look")
    bullets = _bullets(section)
    assert len(bullets) == 9
    assert [a.seed_text.en for a in NEED_AREAS] == bullets
    positions = [seed.index(a.seed_text.en) for a in NEED_AREAS]
    assert positions == sorted(positions)


def test_every_area_has_three_to_five_prompts() -> None:
    for area in NEED_AREAS:
        assert 3 <= len(area.prompts) <= 5, area.key
        assert len(set(area.prompts)) == len(area.prompts), area.key


def test_client_titles_are_short_and_distinct() -> None:
    en_titles = [a.client_title.en for a in NEED_AREAS]
    fr_titles = [a.client_title.fr for a in NEED_AREAS]
    assert len(set(en_titles)) == len(en_titles)
    assert len(set(fr_titles)) == len(fr_titles)
    assert need_area("housing").client_title.en == "A place to live"
    for title in en_titles + fr_titles:
        assert len(title) <= 60, title


def test_known_french_wording() -> None:
    assert need_area("housing").seed_text.fr.startswith("Logement à long terme et permanent")
    assert need_area("self_care").title.fr == "Plan d'autosoins"


# --- Repatriation steps -----------------------------------------------------


def test_repatriation_steps_keys_in_order() -> None:
    assert tuple(s.key for s in REPATRIATION_STEPS) == EXPECTED_STEP_KEYS
    assert REPATRIATION_STEP_KEYS == EXPECTED_STEP_KEYS
    assert [s.order for s in REPATRIATION_STEPS] == list(range(1, 6))


def test_repatriation_seed_text_is_verbatim_and_in_seed_order(seed: str) -> None:
    section = _section(seed, "For those who wish to be repatriated", None)
    bullets = _bullets(section)
    assert len(bullets) == 4
    for step in REPATRIATION_STEPS:
        assert step.seed_text.en in section, step.key
    positions = [section.index(s.seed_text.en) for s in REPATRIATION_STEPS]
    assert positions == sorted(positions)
    # The embassy bullet is split into two steps that together rebuild it exactly.
    embassy = repatriation_step("embassy_consulate").seed_text.en
    services = repatriation_step("home_country_services").seed_text.en
    assert f"{embassy} {services}" == bullets[2]
    assert "embassy or consulate" in embassy
    assert services.startswith("You or the consulate")
    # Every other bullet is one step, whole.
    assert repatriation_step("trusted_contacts").seed_text.en == bullets[0]
    assert repatriation_step("police_crown").seed_text.en == bullets[1]
    assert repatriation_step("migration_organisations").seed_text.en == bullets[3]


def test_every_step_has_prompts() -> None:
    for step in REPATRIATION_STEPS:
        assert 1 <= len(step.prompts) <= 5, step.key


# --- Where to look ----------------------------------------------------------


def test_where_to_look_keys_and_verbatim_text(seed: str) -> None:
    assert tuple(key for key, _ in WHERE_TO_LOOK) == EXPECTED_WHERE_KEYS
    bullets = _bullets(_section(seed, "Where to Look", "Returning Home"))
    assert [text.en for _, text in WHERE_TO_LOOK] == bullets


# --- Keys and texts -----------------------------------------------------------


@pytest.mark.parametrize(
    "keys",
    [NEED_AREA_KEYS, REPATRIATION_STEP_KEYS, tuple(k for k, _ in WHERE_TO_LOOK)],
    ids=["need_areas", "repatriation_steps", "where_to_look"],
)
def test_keys_unique_and_snake_case(keys: tuple[str, ...]) -> None:
    assert len(set(keys)) == len(keys)
    for key in keys:
        assert SNAKE_CASE.fullmatch(key), key


def test_every_text_has_english_and_french() -> None:
    for where, text in _all_texts():
        assert isinstance(text, Text), where
        assert text.en.strip(), where
        assert text.fr.strip(), where
        assert text.en == text.en.strip(), where
        assert text.fr == text.fr.strip(), where
        assert "  " not in text.en, where
        assert "  " not in text.fr, where


def test_titles_are_translated() -> None:
    titles = [a.title for a in NEED_AREAS] + [a.client_title for a in NEED_AREAS]
    titles += [s.title for s in REPATRIATION_STEPS]
    for title in titles:
        assert title.fr != title.en, title


def test_seed_texts_and_prompts_are_translated() -> None:
    for area in NEED_AREAS:
        assert area.seed_text.fr != area.seed_text.en, area.key
        for prompt in area.prompts:
            assert prompt.fr != prompt.en, area.key
    for step in REPATRIATION_STEPS:
        assert step.seed_text.fr != step.seed_text.en, step.key


def test_apostrophes_are_consistent() -> None:
    for where, text in _all_texts():
        assert "\u2019" not in text.en, where
        assert "\u2019" not in text.fr, where


def test_prompts_are_questions_or_sentences() -> None:
    for area in NEED_AREAS:
        for prompt in area.prompts:
            assert prompt.en[-1] in "?.", prompt.en
            assert prompt.fr[-1] in "?.", prompt.fr


# --- Text.get -----------------------------------------------------------------


def test_text_get_and_fallback() -> None:
    text = Text("Hello", "Bonjour")
    assert text.get("en") == "Hello"
    assert text.get("fr") == "Bonjour"
    assert text.get("fr_CA") == "Bonjour"
    assert text.get("de") == "Hello"
    assert text.get("") == "Hello"


def test_data_is_immutable() -> None:
    area = need_area("housing")
    with pytest.raises(dataclasses.FrozenInstanceError):
        area.key = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        area.title.en = "other"  # type: ignore[misc]
    assert isinstance(NEED_AREAS, tuple)
    assert isinstance(area.prompts, tuple)


# --- Lookups ------------------------------------------------------------------


def test_lookups_return_the_same_objects() -> None:
    for area in NEED_AREAS:
        assert need_area(area.key) is area
    for step in REPATRIATION_STEPS:
        assert repatriation_step(step.key) is step


def test_unknown_keys_raise_key_error() -> None:
    with pytest.raises(KeyError, match="no_such_area"):
        need_area("no_such_area")
    with pytest.raises(KeyError, match="housing"):
        repatriation_step("housing")
    with pytest.raises(KeyError):
        need_area("Housing")


# --- Statuses -----------------------------------------------------------------


def test_need_status_values() -> None:
    assert [s.value for s in NeedStatus] == [
        "not_assessed",
        "not_needed",
        "needs_support",
        "in_progress",
        "met",
        "on_hold",
    ]
    assert NeedStatus("met") is NeedStatus.MET
    assert NeedStatus.MET == "met"


def test_step_status_values() -> None:
    assert [s.value for s in StepStatus] == [
        "not_started",
        "in_progress",
        "done",
        "not_applicable",
    ]


@pytest.mark.parametrize("status", [*NeedStatus, *StepStatus], ids=str)
def test_status_labels_in_both_languages(status: NeedStatus | StepStatus) -> None:
    en = status.label("en")
    fr = status.label("fr")
    assert en.strip()
    assert fr.strip()
    assert en != status.value
    assert status.label("xx") == en


def test_status_labels_are_distinct() -> None:
    for enum_cls in (NeedStatus, StepStatus):
        for lang in ("en", "fr"):
            labels = [s.label(lang) for s in enum_cls]
            assert len(set(labels)) == len(labels), (enum_cls, lang)


# --- Module hygiene -----------------------------------------------------------


def test_module_uses_only_the_standard_library() -> None:
    source = Path(checklist.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or top == "__future__", name
