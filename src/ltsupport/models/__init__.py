"""SQLAlchemy 2 typed models, one module per aggregate. No Qt here."""

from ltsupport.models.audit import AuditEvent
from ltsupport.models.base import Base, Entity, UTCDateTime, utcnow
from ltsupport.models.case_exchange import AgencyKey, ExportOverride
from ltsupport.models.client import Client, ClientStatus, Consent, ConsentKind, ImmigrationStatus
from ltsupport.models.contact import Contact, ContactKind
from ltsupport.models.plan import (
    Action,
    ActionOwner,
    ActionStatus,
    NeedAssessment,
    NeedStatusChange,
    PlanStatus,
    Priority,
    SelfCarePlan,
    TransitionPlan,
)
from ltsupport.models.repatriation import RepatriationPlan, RepatriationStep, ReturnWish
from ltsupport.models.resource import Referral, ReferralStatus, Resource, ResourceSource

__all__ = [
    "Action",
    "ActionOwner",
    "ActionStatus",
    "AgencyKey",
    "AuditEvent",
    "Base",
    "Client",
    "ClientStatus",
    "Consent",
    "ConsentKind",
    "Contact",
    "ContactKind",
    "Entity",
    "ExportOverride",
    "ImmigrationStatus",
    "NeedAssessment",
    "NeedStatusChange",
    "PlanStatus",
    "Priority",
    "Referral",
    "ReferralStatus",
    "RepatriationPlan",
    "RepatriationStep",
    "Resource",
    "ResourceSource",
    "ReturnWish",
    "SelfCarePlan",
    "TransitionPlan",
    "UTCDateTime",
    "utcnow",
]
