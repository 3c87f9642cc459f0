"""The printed plan as data, then as HTML: a client copy and a case-file copy.

:func:`build_plan_document` decides what a copy may show. The filtering happens here, in data:
the client copy's :class:`PlanDocument` simply holds no worker notes, legal name, immigration,
investigation or court details, police or Crown contacts, risk notes, support-network contacts,
consents, or any detail field that is not ``client_visible``; the template cannot print what it
was never given. :func:`render_plan_html` fills ``templates/plan.html.j2`` with autoescaping on,
so anything typed into the plan (``<b>x</b>``) prints as typed.

The shelter's own address is not in the data model, so no copy can print it; the issue's
"unless a setting allows it" therefore has nothing to switch on yet.

Pure Python (Jinja2, no Qt): :mod:`ltsupport.services.printing` turns the HTML into pages.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from ltsupport.checklist import NeedStatus, need_area
from ltsupport.checklist_details import DetailField, details_for
from ltsupport.checklist_return import return_step, step_details
from ltsupport.models import (
    ActionOwner,
    ActionStatus,
    Client,
    Priority,
    ReferralStatus,
    ReturnWish,
)
from ltsupport.services.errors import NotFoundError
from ltsupport.services.plan_text import SELF_CARE, TEXT, VALUES, format_date

if TYPE_CHECKING:
    from ltsupport.services.catalogue import ResourceDetail
    from ltsupport.services.plans import ActionView, AssessmentView, PlanView
    from ltsupport.services.repatriation import RepatriationView, StepView
    from ltsupport.services.workspace import Workspace

CopyKind = Literal["client", "case_file"]
Lang = Literal["en", "fr"]

# Return steps never shown to the person on paper: police and Crown are worker-only.
_CLIENT_HIDDEN_STEPS = frozenset({"police_crown"})
# Shelters and transition houses keep their street address confidential, so a housing
# resource's address never goes on the client copy (its phone and website do).
_NO_ADDRESS_CATEGORIES = frozenset({"housing"})


@dataclass(frozen=True)
class Item:
    """A labelled value."""

    label: str
    value: str


@dataclass(frozen=True)
class Step:
    text: str
    who: str
    when: str
    done: bool
    status: str = ""  # case file only


@dataclass(frozen=True)
class Area:
    title: str
    status: str
    goal: str
    steps: tuple[Step, ...]
    details: tuple[Item, ...]
    priority: str = ""  # case file only
    worker_notes: str = ""  # case file only


@dataclass(frozen=True)
class Helper:
    """An organisation (a referral or a linked resource) and its public contact details."""

    name: str
    about: str
    contact: tuple[Item, ...]
    record: tuple[Item, ...] = ()  # case file only: status, dates, consent, notes


@dataclass(frozen=True)
class ReturnStep:
    title: str
    status: str
    details: tuple[Item, ...]
    helpers: tuple[Helper, ...]
    notes: str = ""  # case file only
    risk_notes: str = ""  # case file only


@dataclass(frozen=True)
class GoingHome:
    about: tuple[Item, ...]  # case file only: wish, fear of harm, protection decision, notes
    steps: tuple[ReturnStep, ...]


@dataclass(frozen=True)
class PageFooter:
    """What every printed page carries at the bottom."""

    confidential: str
    date: str
    page_format: str  # "page {n} of {m}"

    def page(self, n: int, m: int) -> str:
        return self.page_format.format(n=n, m=m)


@dataclass(frozen=True)
class PlanDocument:
    copy: CopyKind
    lang: Lang
    title: str
    name: str
    printed_on: str
    text: Mapping[str, str]
    identity: tuple[Item, ...]
    areas: tuple[Area, ...]
    helpers: tuple[Helper, ...]
    self_care: tuple[Item, ...]
    people: tuple[Helper, ...]
    going_home: GoingHome | None
    consents: tuple[Item, ...]
    review: str
    footer: PageFooter


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "fr" else pair[0]


def _items(pairs: Iterable[tuple[str, str]]) -> tuple[Item, ...]:
    return tuple(Item(label, value) for label, value in pairs if value)


class _Builder:
    def __init__(self, workspace: Workspace, copy: CopyKind, lang: Lang) -> None:
        self.ws = workspace
        self.copy = copy
        self.lang = lang
        self.t = {key: _pick(pair, lang) for key, pair in TEXT.items()}
        self.client_copy = copy == "client"

    def date(self, value: date | datetime | None) -> str:
        return format_date(value, self.lang)

    def value(self, key: str) -> str:
        pair = VALUES.get(key)
        return _pick(pair, self.lang) if pair else key

    def field(self, spec: DetailField, raw: str) -> str:
        if spec.kind == "date":
            try:
                return self.date(date.fromisoformat(raw))
            except ValueError:
                return raw
        if spec.kind == "choice":
            labels = dict(spec.choices)
            return labels[raw].get(self.lang) if raw in labels else self.value(raw)
        return raw

    def details(
        self, specs: tuple[DetailField, ...], values: Mapping[str, str]
    ) -> tuple[Item, ...]:
        shown = (s for s in specs if s.client_visible or not self.client_copy)
        return _items((s.label.get(self.lang), self.field(s, values.get(s.key, ""))) for s in shown)

    def resource(self, resource_id: uuid.UUID) -> ResourceDetail | None:
        try:
            return self.ws.catalogue.get(resource_id)
        except NotFoundError:
            return None

    def helper(self, detail: ResourceDetail, about: str, record: tuple[Item, ...] = ()) -> Helper:
        e = detail.entry
        address = ", ".join(p for p in (e.address, e.city, e.province) if p)
        if self.client_copy and e.category in _NO_ADDRESS_CATEGORIES:
            address = ""
        website = e.website.removeprefix("https://").removeprefix("http://").rstrip("/")
        contact = _items(
            [
                (self.t["phone"], e.phone),
                (self.t["website"], website),
                (self.t["email"], e.email),
                (self.t["address"], address),
                (self.t["hours"], e.hours),
            ]
        )
        name = e.name_fr if self.lang == "fr" and e.name_fr else e.name
        return Helper(name, about, contact, () if self.client_copy else record)

    def step(self, action: ActionView) -> Step:
        who = {
            ActionOwner.CLIENT: self.t["you"],
            ActionOwner.WORKER: self.t["worker" if self.client_copy else "case_worker"],
        }.get(action.owner, action.owner_name)
        if action.owner is ActionOwner.ORGANISATION and not who and action.resource_id:
            detail = self.resource(action.resource_id)
            who = self.helper(detail, "").name if detail else ""
        status = "" if self.client_copy else self.t[action.status.value]
        return Step(
            action.description,
            who,
            self.date(action.due_date),
            action.status is ActionStatus.DONE,
            status,
        )

    def area(self, a: AssessmentView) -> Area | None:
        actions = [
            x for x in a.actions if x.status is not ActionStatus.CANCELLED or not self.client_copy
        ]
        if self.client_copy and a.status is NeedStatus.NOT_ASSESSED and not a.goal and not actions:
            return None
        spec = need_area(a.area_key)
        hide_priority = self.client_copy or a.priority is Priority.NONE
        title = spec.client_title if self.client_copy else spec.title
        return Area(
            title=title.get(self.lang),
            status=a.status.label(self.lang),
            goal=a.goal,
            steps=tuple(self.step(x) for x in actions),
            details=self.details(details_for(a.area_key), a.details),
            priority="" if hide_priority else self.value(a.priority.value),
            worker_notes="" if self.client_copy else a.worker_notes,
        )


def build_plan_document(
    workspace: Workspace,
    client_id: uuid.UUID,
    copy: CopyKind = "client",
    lang: str | None = None,
) -> PlanDocument:
    """The printed plan's content for ``copy`` in ``lang`` (default: the client's document
    language). Reading for a document is not audited here; printing is (see ``printing``)."""
    with Session(workspace.engine) as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError("That client no longer exists.")
        row = {c.key: getattr(client, c.key) for c in Client.__table__.columns}
    chosen: Lang = "fr" if (lang or row["document_language"]) == "fr" else "en"
    b = _Builder(workspace, copy, chosen)
    t = b.t
    plan = workspace.plans.current(client_id)
    areas = tuple(x for a in (plan.assessments if plan else ()) if (x := b.area(a)) is not None)
    helpers = tuple(_helpers(b, client_id))
    care = workspace.self_care.get(client_id)
    self_care = _items(
        (_pick((en, fr), chosen), getattr(care, key)) for key, en, fr in SELF_CARE
    ) if care else ()  # fmt: skip
    today = date.today()
    review = t["review"].format(date=b.date(plan.review_date)) if plan and plan.review_date else ""
    return PlanDocument(
        copy=copy,
        lang=chosen,
        title=t["client_title" if b.client_copy else "case_title"],
        name=row["preferred_name"],
        printed_on=b.date(today),
        text=MappingProxyType(t),
        identity=() if b.client_copy else _identity(b, row, plan),
        areas=areas,
        helpers=helpers,
        self_care=self_care,
        people=() if b.client_copy else _people(b, client_id),
        going_home=_going_home(b, workspace.repatriation.get(client_id)),
        consents=() if b.client_copy else _consents(b, client_id),
        review=review,
        footer=PageFooter(
            t["confidential" if b.client_copy else "case_banner"], b.date(today), t["page"]
        ),
    )


def _identity(b: _Builder, row: Mapping[str, object], plan: PlanView | None) -> tuple[Item, ...]:
    t = b.t
    langs = row["languages"]
    return _items(
        [
            (t["case_code"], str(row["case_code"])),
            (t["preferred_name"], str(row["preferred_name"])),
            (t["legal_name"], str(row["legal_name"] or "")),
            (t["languages"], ", ".join(langs) if isinstance(langs, list) else ""),
            (t["document_language"], b.value(str(row["document_language"]))),
            (t["country_of_origin"], str(row["country_of_origin"] or "")),
            (t["immigration_status"], b.value(str(row["immigration_status"]))),
            (t["permit_expiry"], b.date(row["permit_expiry"])),  # type: ignore[arg-type]
            (t["safe_contact"], str(row["safe_contact"])),
            (t["assigned_worker"], str(row["assigned_worker"])),
            (t["intake_date"], b.date(row["intake_date"])),  # type: ignore[arg-type]
            (t["client_status"], b.value(str(row["status"]))),
            (t["plan_status"], b.value(plan.status.value) if plan else ""),
            (t["review_date"], b.date(plan.review_date) if plan else ""),
        ]
    )


def _helpers(b: _Builder, client_id: uuid.UUID) -> Iterable[Helper]:
    t = b.t
    for r in b.ws.referrals.for_client(client_id):
        if b.client_copy and r.status is ReferralStatus.DECLINED:
            continue
        detail = b.resource(r.resource_id)
        if detail is None:
            continue
        about = need_area(r.area_key).client_title.get(b.lang) if r.area_key else ""
        consent = r.consent_organisation or t["no_consent"]
        record = _items(
            [
                (t["referral_status"], b.value(r.status.value)),
                (t["referred_on"], b.date(r.referred_on)),
                (t["follow_up_on"], b.date(r.follow_up_on)),
                (t["consent"], consent),
                (t["notes"], r.notes),
            ]
        )
        yield b.helper(detail, about, record)


def _yes_no(b: _Builder, value: bool | None) -> str:
    return b.t["unknown"] if value is None else b.t["yes" if value else "no"]


def _people(b: _Builder, client_id: uuid.UUID) -> tuple[Helper, ...]:
    t = b.t
    return tuple(
        Helper(
            c.name,
            c.relationship_to_client,
            _items([(t["phone"], c.phone), (t["email"], c.email)]),
            _items(
                [
                    (t["country_of_origin"], c.country or ""),
                    (t["safe_to_contact"], _yes_no(b, c.safe_to_contact)),
                    (t["known_to_trafficker"], _yes_no(b, c.may_be_known_to_trafficker)),
                    (t["notes"], c.notes),
                ]
            ),
        )
        for c in b.ws.contacts.for_client(client_id)
    )


def _consents(b: _Builder, client_id: uuid.UUID) -> tuple[Item, ...]:
    items: list[Item] = []
    for c in b.ws.consents.for_client(client_id):
        label = b.value(c.kind.value) + (f" — {c.organisation}" if c.organisation else "")
        value = b.t["given"].format(date=b.date(c.given_at), who=c.recorded_by)
        if c.withdrawn_at is not None:
            value += "; " + b.t["withdrawn"].format(date=b.date(c.withdrawn_at))
        items.append(Item(label, value))
    return tuple(items)


def _return_step(b: _Builder, s: StepView) -> ReturnStep:
    helpers = []
    for linked in s.resources:
        detail = b.resource(linked.id)
        if detail is not None:
            helpers.append(b.helper(detail, ""))
    return ReturnStep(
        title=return_step(s.step_key).title.get(b.lang),
        status=s.status.label(b.lang),
        details=b.details(step_details(s.step_key), s.details),
        helpers=tuple(helpers),
        notes="" if b.client_copy else s.notes,
        risk_notes="" if b.client_copy else s.risk_notes,
    )


def _going_home(b: _Builder, plan: RepatriationView | None) -> GoingHome | None:
    if plan is None:
        return None
    if b.client_copy:
        # Only a planned return, and only the steps and fields the person needs to know.
        if plan.wish is not ReturnWish.RETURN:
            return None
        steps = tuple(
            _return_step(b, s)
            for s in plan.steps
            if s.step_key not in _CLIENT_HIDDEN_STEPS and s.status.value != "not_applicable"
        )
        return GoingHome((), steps)
    t = b.t
    about = _items(
        [
            (t["wish"], b.value(plan.wish.value)),
            (t["fears_harm"], _yes_no(b, plan.fears_harm_on_return)),
            (t["protection"], plan.protection_claim_decision),
            (t["notes"], plan.notes),
        ]
    )
    return GoingHome(about, tuple(_return_step(b, s) for s in plan.steps))


def _nobreak(text: str) -> Markup:
    """Escape a date and keep its day and month together: a narrow column may wrap it only
    before the year (``January 10,`` / ``2027``), never inside a word."""
    words = [escape(word) for word in text.split(" ")]
    if len(words) < 3:
        return Markup("&nbsp;").join(words)
    return Markup("&nbsp;").join(words[:2]) + Markup(" ") + Markup(" ").join(words[2:])


def _paragraphs(text: str) -> Markup:
    """Escape ``text``, keeping its line breaks (the only markup the person's words get)."""
    lines = [escape(line) for line in text.strip().splitlines()]
    return Markup("<br>").join(lines)


@functools.cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ltsupport", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = _paragraphs
    env.filters["nobreak"] = _nobreak
    return env


def render_plan_html(doc: PlanDocument) -> str:
    """The document as HTML for ``QTextDocument`` (autoescaped: typed markup prints as text)."""
    return _environment().get_template("plan.html.j2").render(doc=doc, t=doc.text)
