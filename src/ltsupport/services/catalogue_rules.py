"""The field rules of a resource catalogue entry (see ``catalogue_file``).

Each rule returns a plain-English message, or ``None`` when the value is fine. Pure Python: no
I/O, no YAML, no database, no Qt.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Final
from urllib.parse import urlsplit

from ltsupport.checklist import NEED_AREA_KEYS
from ltsupport.services.catalogue_vocab import (
    CATEGORIES,
    FIELD_NAMES,
    FIELD_SYNONYMS,
    ISO_639_1,
    LANGUAGE_NAMES,
    MAX_LENGTH,
    MAX_TEXT_LENGTH,
    ONE_LINE_FIELDS,
    PROVINCES,
)

__all__ = [
    "ID_PATTERN",
    "area_problem",
    "check_text",
    "field_label",
    "language_problem",
    "quote",
    "text_problem",
    "unknown_field_message",
]

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{1,99}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EMAIL = re.compile(
    r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}"
)
_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")
_LOOKS_LIKE_HOST = re.compile(r"(?:[^\W_][\w-]*\.)+[^\W\d_]{2,63}(?:[/:?#].*)?")
_PHONE_EXTENSION = re.compile(r"\s*,?\s*(?:ext\.?|extension|poste|x)\s*[0-9]{1,6}$", re.IGNORECASE)
_PHONE_SPELLED = re.compile(r"\s*\(([0-9]+)\)$")
_PHONE_CHARS = re.compile(r"\+?[0-9A-Z() .\-]+")
_KEYPAD: Final[Mapping[str, str]] = MappingProxyType(
    {
        letter: digit
        for digit, letters in (
            ("2", "ABC"),
            ("3", "DEF"),
            ("4", "GHI"),
            ("5", "JKL"),
            ("6", "MNO"),
            ("7", "PQRS"),
            ("8", "TUV"),
            ("9", "WXYZ"),
        )
        for letter in letters
    }
)


def text_problem(name: str, text: str, *, allow_tab: bool = False) -> str | None:
    allowed = "\n\t" if allow_tab else "\n"
    if any(unicodedata.category(char) == "Cc" and char not in allowed for char in text):
        return f"{name} contains an invisible control character (such as a tab): remove it"
    if name in ONE_LINE_FIELDS and "\n" in text:
        return f"{name} must fit on one line"
    return None


def check_text(name: str, text: str, today: date) -> str | None:
    message = _check_value(name, text, today)
    if message is not None:
        return message
    limit = MAX_LENGTH.get(name, MAX_TEXT_LENGTH)
    if len(text) > limit:
        return f"{name} is {len(text)} characters long; at most {limit} are allowed"
    return None


def _check_value(name: str, text: str, today: date) -> str | None:
    if name == "id":
        return _id_problem(text)
    if name == "category":
        return _category_problem(text)
    if name == "province":
        return _province_problem(text)
    if name == "country":
        return _country_problem(text)
    if name == "phone":
        return _phone_problem(text)
    if name == "email":
        return _email_problem(text)
    if name == "website":
        return _url_problem(text)
    if name == "verified_on":
        return _date_problem(text, today)
    return None


def _id_problem(value: str) -> str | None:
    if ID_PATTERN.fullmatch(value):
        return None
    suggestion = _slug(value)
    example = f"'{suggestion}'" if ID_PATTERN.fullmatch(suggestion) else "'legal-aid-ontario'"
    return (
        f"{quote(value)} is not a valid id: use 2 to 100 lowercase letters, digits and dashes, "
        f"starting with a letter or digit (for example {example})"
    )


def _category_problem(value: str) -> str | None:
    if value in CATEGORIES:
        return None
    guess = _closest(value, CATEGORIES.keys())
    if guess is None:
        for key, label in CATEGORIES.items():
            if _normal(value) in (_normal(label.en), _normal(label.fr)):
                guess = key
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return f"{quote(value)} is not a known category{hint}; use one of: {', '.join(CATEGORIES)}"


def area_problem(value: str) -> str | None:
    if value in NEED_AREA_KEYS:
        return None
    guess = _closest(value, NEED_AREA_KEYS)
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return f"{quote(value)} is not a needs area{hint}; use one of: {', '.join(NEED_AREA_KEYS)}"


def language_problem(value: str) -> str | None:
    if value in ISO_639_1:
        return None
    lower = value.lower()
    guess: str | None = None
    if lower in ISO_639_1:
        guess = lower
    elif len(lower) > 2 and lower[:2] in ISO_639_1 and lower[2] in "-_":
        guess = lower[:2]
    else:
        guess = LANGUAGE_NAMES.get(lower)
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return (
        f"{quote(value)} is not a two-letter ISO 639-1 language code{hint}; for example 'en' "
        "for English, 'fr' for French, 'es' for Spanish"
    )


def _province_problem(value: str) -> str | None:
    if value in PROVINCES:
        return None
    hint = f" (did you mean '{value.upper()}'?)" if value.upper() in PROVINCES else ""
    return (
        f"{quote(value)} is not a province or territory code{hint}; use one of: "
        f"{', '.join(sorted(PROVINCES))} (leave province out for a national resource)"
    )


def _country_problem(value: str) -> str | None:
    if value == "UK":
        return "'UK' is not an ISO country code: use 'GB' for the United Kingdom"
    if _COUNTRY.fullmatch(value):
        return None
    hint = f" (did you mean '{value.upper()}'?)" if _COUNTRY.fullmatch(value.upper()) else ""
    return (
        f"{quote(value)} is not a country code{hint}: use the two-letter ISO 3166 code in "
        "capitals, for example 'MX' for Mexico"
    )


def _phone_problem(value: str) -> str | None:
    number = _PHONE_EXTENSION.sub("", value, count=1)
    spelled = _PHONE_SPELLED.search(number)
    if spelled is not None and any(char.isalpha() for char in number[: spelled.start()]):
        number = number[: spelled.start()]
    else:
        spelled = None
    allowed = (
        "use digits, spaces and + - . ( ) only (capital letters for a number such as "
        "1-800-222-TIPS), with an optional extension such as 'ext. 123' or 'poste 123'"
    )
    if not _PHONE_CHARS.fullmatch(number) or "+" in number[1:]:
        return f"{quote(value)} is not a phone number: {allowed}"
    if number.count("(") != number.count(")"):
        return f"{quote(value)} is not a phone number: a bracket is not closed"
    letters = "".join(char for char in number if char.isalpha())
    dialled = sum(1 for char in number if char.isalnum())
    if spelled is not None:
        expected = "".join(_KEYPAD[char] for char in letters)
        if spelled.group(1) != expected:
            return (
                f"{quote(value)}: the digits in brackets ({spelled.group(1)}) do not match the "
                f"letters {letters}, which dial {expected}"
            )
    if dialled == 3 and not letters and number.isdigit():
        return None  # a three-digit service number such as 211 or 911
    digits = "".join(char for char in number if char.isalnum())
    if number.startswith("+") or digits.startswith("011"):
        international = dialled - (3 if digits.startswith("011") else 0)
        if 7 <= international <= 15:
            return None
        return (
            f"{quote(value)} has {international} digits after the international prefix: a "
            "number abroad has 7 to 15 digits, country code included"
        )
    if dialled in (7, 10) or (dialled == 11 and digits.startswith("1")):
        return None
    return (
        f"{quote(value)} has {dialled} digits, which is not a phone number: write 10 digits for "
        "a Canadian or US number (for example 613-555-0100), or + and the country code for a "
        "number abroad"
    )


def _email_problem(value: str) -> str | None:
    if value.lower().startswith("mailto:"):
        return f"{quote(value)}: write the e-mail address without 'mailto:'"
    if _EMAIL.fullmatch(value) and ".." not in value:
        return None
    return f"{quote(value)} is not an e-mail address (it should look like name@example.ca)"


def _url_problem(value: str) -> str | None:
    quoted = quote(value)
    if any(char.isspace() for char in value):
        return f"{quoted} is not a web address: it contains a space"
    if value.lower().startswith("www.") or (
        "://" not in value and _LOOKS_LIKE_HOST.fullmatch(value)
    ):
        return f"{quoted} is not a full web address: add https:// in front (https://{value})"
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return f"{quoted} is not a web address: the part after https:// is not a site name"
    del port
    if parts.scheme.lower() not in ("http", "https") or not value.lower().startswith(
        parts.scheme.lower() + "://"
    ):
        return f"{quoted} is not a web address (it must start with http:// or https://)"
    if parts.username is not None or parts.password is not None:
        return f"{quoted}: a web address here must not contain a user name or password"
    host = parts.hostname or ""
    labels = host.split(".")
    if (
        len(labels) < 2
        or not all(_HOST_LABEL.fullmatch(label) for label in labels)
        or labels[-1].isdigit()
    ):
        return (
            f"{quoted} is not a web address: after https:// it needs a site name such as "
            "www.example.ca"
        )
    return None


def _date_problem(value: str, today: date) -> str | None:
    if not _ISO_DATE.fullmatch(value):
        return f"{quote(value)} is not a date: write it as YYYY-MM-DD, for example 2025-03-31"
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return f"{quote(value)} is not a real date (check the month and the day)"
    if day > today:
        return f"{quote(value)} is in the future: give the date the facts were last checked"
    return None


def unknown_field_message(name: str) -> str:
    guess = FIELD_SYNONYMS.get(_normal(name)) or _closest(name, FIELD_NAMES)
    hint = f" (did you mean '{guess}'?)" if guess else ""
    return f"unknown field {quote(name)}{hint}; the fields are: {', '.join(FIELD_NAMES)}"


def _normal(value: str) -> str:
    return re.sub(r"[\s\-]+", "_", value.strip().lower())


def _closest(value: str, choices: Iterable[str]) -> str | None:
    normal = _normal(value)
    options = list(choices)
    if normal in options:
        return normal
    matches = difflib.get_close_matches(normal, options, n=1, cutoff=0.6)
    return matches[0] if matches else None


def _slug(value: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:100]


def quote(value: str) -> str:
    """``value`` in quotes for a message, shortened and on one line."""
    text = value.replace("\n", " ")
    if len(text) > 60:
        text = text[:57] + "..."
    return f'"{text}"'


def field_label(name: str) -> str:
    """A field name safe to put between the ``: `` separators of a problem line."""
    text = re.sub(r"\s+", " ", name).strip()
    if not text or ":" in text or len(text) > 40:
        return "-"  # the message names it in full
    return text
