"""The Today list across the caseload: actions due and overdue, referral follow-ups, and
temporary resident permits about to expire.

Due dates are calendar dates in the worker's own time zone. ``local_today`` turns "now" into
that date, so an action due on the 8th is not overdue at 23:30 on the 8th in Toronto even
though it is already the 9th in UTC.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ltsupport.models import (
    Action,
    ActionStatus,
    Client,
    ClientStatus,
    NeedAssessment,
    PlanStatus,
    Referral,
    ReferralStatus,
    Resource,
    TransitionPlan,
)

PERMIT_WARNING_DAYS = 30


class ItemKind(enum.StrEnum):
    ACTION = "action"
    FOLLOW_UP = "follow_up"
    PERMIT = "permit"


class Urgency(enum.StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    TOMORROW = "tomorrow"
    SOON = "soon"


def local_today(now: datetime | None = None, tz: tzinfo | None = None) -> date:
    """The calendar date for the worker: ``now`` (aware; default: this instant) in ``tz``
    (default: this computer's time zone)."""
    if now is None:
        now = datetime.now().astimezone()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("naive datetime rejected: give a timezone-aware datetime")
    return now.astimezone(tz).date() if tz is not None else now.astimezone().date()


def urgency(due: date, today: date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.TODAY
    if due == today + timedelta(days=1):
        return Urgency.TOMORROW
    return Urgency.SOON


@dataclass(frozen=True)
class TodayItem:
    kind: ItemKind
    due: date
    urgency: Urgency
    client_id: uuid.UUID
    case_code: str
    preferred_name: str
    title: str  # the action, the organisation followed up, or the permit
    item_id: uuid.UUID  # action, referral or client id
    area_key: str | None = None
    title_fr: str = ""  # the organisation's French name, for a follow-up


class TodayService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def items(
        self,
        today: date,
        *,
        horizon_days: int = 7,
        permit_days: int = PERMIT_WARNING_DAYS,
    ) -> list[TodayItem]:
        """Everything due up to ``today + horizon_days`` (overdue included) for active clients,
        and permits expiring within ``permit_days``; soonest first."""
        until = today + timedelta(days=horizon_days)
        items: list[TodayItem] = []
        with Session(self._engine) as session:
            actions = session.execute(
                select(Action, NeedAssessment.area_key, Client)
                .join(NeedAssessment, Action.assessment_id == NeedAssessment.id)
                .join(TransitionPlan, NeedAssessment.plan_id == TransitionPlan.id)
                .join(Client, TransitionPlan.client_id == Client.id)
                .where(
                    Action.status == ActionStatus.OPEN,
                    Action.due_date.is_not(None),
                    Action.due_date <= until,
                    TransitionPlan.status != PlanStatus.CLOSED,
                    Client.status == ClientStatus.ACTIVE,
                )
            )
            for action, area_key, client in actions:
                assert action.due_date is not None
                items.append(
                    TodayItem(
                        ItemKind.ACTION,
                        action.due_date,
                        urgency(action.due_date, today),
                        client.id,
                        client.case_code,
                        client.preferred_name,
                        action.description,
                        action.id,
                        area_key,
                    )
                )
            referrals = session.execute(
                select(Referral, Resource.name, Resource.name_fr, Client)
                .join(Resource, Referral.resource_id == Resource.id)
                .join(Client, Referral.client_id == Client.id)
                .where(
                    Referral.follow_up_on.is_not(None),
                    Referral.follow_up_on <= until,
                    Referral.status.not_in([ReferralStatus.COMPLETED, ReferralStatus.DECLINED]),
                    Client.status == ClientStatus.ACTIVE,
                )
            )
            for referral, resource_name, resource_name_fr, client in referrals:
                assert referral.follow_up_on is not None
                items.append(
                    TodayItem(
                        ItemKind.FOLLOW_UP,
                        referral.follow_up_on,
                        urgency(referral.follow_up_on, today),
                        client.id,
                        client.case_code,
                        client.preferred_name,
                        resource_name,
                        referral.id,
                        referral.area_key,
                        resource_name_fr,
                    )
                )
            clients = session.scalars(
                select(Client).where(
                    Client.permit_expiry.is_not(None),
                    Client.permit_expiry <= today + timedelta(days=permit_days),
                    Client.status == ClientStatus.ACTIVE,
                )
            )
            for client in clients:
                assert client.permit_expiry is not None
                items.append(
                    TodayItem(
                        ItemKind.PERMIT,
                        client.permit_expiry,
                        urgency(client.permit_expiry, today),
                        client.id,
                        client.case_code,
                        client.preferred_name,
                        "permit",
                        client.id,
                        "legal",
                    )
                )
        return sorted(items, key=lambda i: (i.due, i.kind.value, i.case_code))
