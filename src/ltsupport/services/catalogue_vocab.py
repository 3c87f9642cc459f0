"""The resource catalogue's vocabularies and field names (see ``catalogue_file``).

Category, province and language codes an entry may use, the YAML keys an entry may have (in the
documented and written order), which are required, lists or one-line, and the lengths of the
database columns they are imported into. Pure data: no I/O, no YAML, no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ltsupport.checklist import Text

__all__ = [
    "ATTRIBUTE",
    "CATEGORIES",
    "FIELD_NAMES",
    "FIELD_SYNONYMS",
    "ISO_639_1",
    "LANGUAGE_NAMES",
    "LIST_FIELDS",
    "MAX_FILE_BYTES",
    "MAX_LENGTH",
    "MAX_TEXT_LENGTH",
    "ONE_LINE_FIELDS",
    "PROVINCES",
    "REQUIRED_FIELDS",
]

CATEGORIES: Final[Mapping[str, Text]] = MappingProxyType(
    {
        # The six kinds of the source text's "Where to Look" (same keys as checklist.WHERE_TO_LOOK).
        "career_counselling": Text("Career counselling", "Orientation professionnelle"),
        "continuing_education": Text("Continuing education", "Formation continue"),
        "language_programs": Text("Language programs", "Programmes de langue"),
        "trauma_counsellors": Text("Trauma counsellors", "Thérapeutes en traumatismes"),
        "volunteering": Text("Volunteering", "Bénévolat"),
        "support_groups": Text(
            "Support groups, peer groups and social networks",
            "Groupes de soutien, groupes d'entraide et réseaux sociaux",
        ),
        # Other long-term and repatriation needs.
        "housing": Text("Housing", "Logement"),
        "legal_help": Text("Legal help", "Aide juridique"),
        "immigration_status": Text("Immigration status", "Statut d'immigration"),
        "victim_services": Text("Victim services", "Services aux victimes"),
        "health": Text("Health", "Santé"),
        "financial_help": Text("Financial help", "Aide financière"),
        "crisis_lines": Text("Crisis and help lines", "Lignes d'urgence et d'écoute"),
        "migration_refugee_organisations": Text(
            "Migration and refugee organizations",
            "Organisations de migration et d'aide aux réfugiés",
        ),
        "embassies_consulates": Text("Embassies and consulates", "Ambassades et consulats"),
    }
)
"""Category keys (stored in the database: never rename one) and their English/French labels."""

PROVINCES: Final[frozenset[str]] = frozenset(
    ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")
)
"""Canadian province and territory codes (Canada Post). Absent ``province`` means national."""

_ISO_639_1_CODES: Final = """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"""
ISO_639_1: Final[frozenset[str]] = frozenset(_ISO_639_1_CODES.split())
"""The 183 two-letter ISO 639-1 language codes."""

# Common language names people write instead of the code (for the "did you mean" hint only).
LANGUAGE_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "amharic": "am",
        "arabic": "ar",
        "bengali": "bn",
        "cantonese": "zh",
        "chinese": "zh",
        "cree": "cr",
        "english": "en",
        "farsi": "fa",
        "francais": "fr",
        "français": "fr",
        "french": "fr",
        "german": "de",
        "gujarati": "gu",
        "haitian creole": "ht",
        "hindi": "hi",
        "hungarian": "hu",
        "indonesian": "id",
        "inuktitut": "iu",
        "italian": "it",
        "japanese": "ja",
        "korean": "ko",
        "mandarin": "zh",
        "nepali": "ne",
        "ojibwe": "oj",
        "persian": "fa",
        "polish": "pl",
        "portuguese": "pt",
        "punjabi": "pa",
        "romanian": "ro",
        "russian": "ru",
        "somali": "so",
        "spanish": "es",
        "swahili": "sw",
        "tagalog": "tl",
        "tamil": "ta",
        "thai": "th",
        "tigrinya": "ti",
        "turkish": "tr",
        "ukrainian": "uk",
        "urdu": "ur",
        "vietnamese": "vi",
    }
)

# Field names people often write instead of ours (for the "did you mean" hint only).
FIELD_SYNONYMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "key": "id",
        "slug": "id",
        "title": "name",
        "name_en": "name",
        "french_name": "name_fr",
        "nom": "name_fr",
        "type": "category",
        "kind": "category",
        "area": "areas",
        "needs": "areas",
        "need_areas": "areas",
        "notes": "description",
        "summary": "description",
        "service": "services",
        "language": "languages",
        "lang": "languages",
        "region": "province",
        "prov": "province",
        "town": "city",
        "tel": "phone",
        "telephone": "phone",
        "phone_number": "phone",
        "mail": "email",
        "e-mail": "email",
        "e_mail": "email",
        "url": "website",
        "web": "website",
        "site": "website",
        "web_site": "website",
        "opening_hours": "hours",
        "fee": "cost",
        "fees": "cost",
        "price": "cost",
        "accessible": "accessibility",
        "sources": "source",
        "verified": "verified_on",
        "last_verified": "verified_on",
        "date_verified": "verified_on",
    }
)

MAX_FILE_BYTES: Final = 5 * 1024 * 1024
"""Files larger than this (5 MB) are refused unread."""


# YAML key -> CatalogueEntry attribute (the attribute names are those of models.Resource).
ATTRIBUTE: Final[Mapping[str, str]] = MappingProxyType({"id": "key", "source": "source_note"})

FIELD_NAMES: Final[tuple[str, ...]] = (
    "id",
    "name",
    "name_fr",
    "category",
    "areas",
    "description",
    "services",
    "languages",
    "province",
    "city",
    "address",
    "phone",
    "email",
    "website",
    "hours",
    "eligibility",
    "cost",
    "accessibility",
    "country",
    "source",
    "verified_on",
)
"""Every YAML key an entry may have, in the documented (and written) order."""

REQUIRED_FIELDS: Final[tuple[str, ...]] = ("id", "name", "category")

LIST_FIELDS: Final = frozenset({"areas", "languages"})
ONE_LINE_FIELDS: Final = frozenset(
    {"id", "name", "name_fr", "category", "province", "city", "phone", "email", "website"}
    | {"country", "verified_on"}
)
# Lengths of the database columns the lead imports into (models.resource.Resource).
MAX_LENGTH: Final[Mapping[str, int]] = MappingProxyType(
    {
        "id": 100,
        "name": 300,
        "name_fr": 300,
        "category": 64,
        "province": 8,
        "city": 100,
        "phone": 64,
        "email": 200,
        "website": 500,
        "country": 2,
    }
)
MAX_TEXT_LENGTH: Final = 20_000
