"""Referrals: consent used, status path, follow-ups, and the demo's referrals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from ltsupport.models import ConsentKind, ReferralStatus
from ltsupport.services.clients import ClientInput
from ltsupport.services.errors import ValidationError
from ltsupport.services.referrals import allowed_next


@pytest.fixture
def client_and_hotline(workspace: Any) -> tuple[Any, Any]:
    client = workspace.clients.create(ClientInput(case_code="TR-1", preferred_name="Amaya"))
    hotline = workspace.catalogue.get_by_key("canadian-human-trafficking-hotline")
    return client, hotline


def test_referral_without_consent_records_none(workspace: Any, client_and_hotline: Any) -> None:
    client, hotline = client_and_hotline
    assert workspace.referrals.consent_for(client.id, hotline.id) is None
    referral = workspace.referrals.create(client.id, hotline.id)
    assert referral.status is ReferralStatus.SUGGESTED and not referral.has_consent


def test_referral_records_the_matching_share_consent(
    workspace: Any, client_and_hotline: Any
) -> None:
    client, hotline = client_and_hotline
    workspace.consents.record(client.id, ConsentKind.SHARE, organisation="Some other agency")
    consent = workspace.consents.record(
        client.id, ConsentKind.SHARE, organisation="canadian human trafficking hotline"
    )
    referral = workspace.referrals.create(
        client.id, hotline.id, area_key="housing", status=ReferralStatus.REFERRED
    )
    assert referral.consent_id == consent.id
    assert referral.referred_on == date.today()
    workspace.consents.withdraw(consent.id)
    assert workspace.referrals.consent_for(client.id, hotline.id) is None


def test_status_moves_forward_or_declines(workspace: Any, client_and_hotline: Any) -> None:
    client, hotline = client_and_hotline
    today = date.today()
    referral = workspace.referrals.create(client.id, hotline.id, today=today - timedelta(days=9))
    for n, status in enumerate(
        (ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, ReferralStatus.ATTENDING)
    ):
        referral = workspace.referrals.set_status(
            referral.id, status, on=today - timedelta(days=6 - n)
        )
    assert referral.status is ReferralStatus.ATTENDING
    assert referral.referred_on == today - timedelta(days=6)
    with pytest.raises(ValidationError):
        workspace.referrals.set_status(referral.id, ReferralStatus.SUGGESTED)
    with pytest.raises(ValidationError):  # dates do not go backwards
        workspace.referrals.set_status(
            referral.id, ReferralStatus.COMPLETED, on=today - timedelta(days=30)
        )
    done = workspace.referrals.set_status(referral.id, ReferralStatus.COMPLETED)
    assert allowed_next(done.status) == ()
    assert allowed_next(ReferralStatus.SUGGESTED)[-1] is ReferralStatus.DECLINED


def test_follow_ups_due(workspace: Any, client_and_hotline: Any) -> None:
    client, hotline = client_and_hotline
    today = date.today()
    soon = workspace.referrals.create(client.id, hotline.id, follow_up_on=today + timedelta(days=1))
    later = workspace.referrals.create(
        client.id, hotline.id, follow_up_on=today + timedelta(days=9)
    )
    due = workspace.referrals.follow_ups_due(today + timedelta(days=2))
    assert [r.id for r in due] == [soon.id]
    workspace.referrals.set_status(soon.id, ReferralStatus.DECLINED)
    assert workspace.referrals.follow_ups_due(today + timedelta(days=2)) == []
    assert later.id in [r.id for r in workspace.referrals.follow_ups_due(today + timedelta(days=9))]
    with pytest.raises(ValidationError):
        workspace.referrals.create(client.id, hotline.id, follow_up_on=today - timedelta(days=1))


def test_referrals_list_on_the_client(workspace: Any, client_and_hotline: Any) -> None:
    client, hotline = client_and_hotline
    iom = workspace.catalogue.get_by_key("iom-canada")
    workspace.referrals.create(client.id, hotline.id)
    workspace.referrals.create(client.id, iom.id, area_key="legal")
    names = {r.resource_name for r in workspace.referrals.for_client(client.id)}
    assert names == {
        "Canadian Human Trafficking Hotline",
        "International Organization for Migration (IOM)",
    }


def test_demo_has_referrals_in_several_states(workspace: Any) -> None:
    from ltsupport.services.demo import populate

    summary = populate(workspace, clients=12)
    assert summary.referrals >= 8
    states = {
        r.status
        for c in workspace.clients.list(limit=100)
        for r in workspace.referrals.for_client(c.id)
    }
    assert states >= {
        ReferralStatus.SUGGESTED,
        ReferralStatus.REFERRED,
        ReferralStatus.ACCEPTED,
        ReferralStatus.ATTENDING,
        ReferralStatus.COMPLETED,
        ReferralStatus.DECLINED,
    }


def test_consent_recorded_after_a_suggestion_is_attached_when_it_goes_out(
    workspace: Any, client_and_hotline: Any
) -> None:
    client, hotline = client_and_hotline
    suggestion = workspace.referrals.create(client.id, hotline.id)
    assert not suggestion.has_consent
    consent = workspace.consents.record(
        client.id, ConsentKind.SHARE, organisation=hotline.entry.name
    )
    referred = workspace.referrals.set_status(suggestion.id, ReferralStatus.REFERRED)
    assert referred.consent_id == consent.id
