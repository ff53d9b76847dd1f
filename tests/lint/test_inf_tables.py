"""The INF domain tables: the non-corporate channel vocabulary and the FOI regime API."""

from __future__ import annotations

import pytest

from collabagree.domain.regimes import (
    REGIMES,
    fitting_regime,
    fitting_regime_for,
    regime_act_name,
    response_working_days,
)
from collabagree.lint.rules.inf_records import non_corporate_channels
from collabagree.model.enums import FoiRegime, Jurisdiction, values
from collabagree.model.parties import Party


@pytest.mark.parametrize(("entry", "expected"), [
    ("WhatsApp", ["WhatsApp"]),
    ("Whatsapp", ["WhatsApp"]),
    ("WhatsApp groups", ["WhatsApp"]),
    ("whats app", ["WhatsApp"]),
    ("Whats-App chat", ["WhatsApp"]),
    ("personal e-mail", ["personal email"]),
    ("Personal email accounts", ["personal email"]),
    ("private email account", ["personal email"]),
    ("staff Gmail or Hotmail accounts", ["consumer email (Gmail, Hotmail, Yahoo ...)"]),
    ("yahoo.co.uk addresses", ["consumer email (Gmail, Hotmail, Yahoo ...)"]),
    ("Signal", ["Signal"]),
    ("signal app", ["Signal"]),
    ("Signal messenger", ["Signal"]),
    ("Telegram channel", ["Telegram"]),
    ("WeChat", ["WeChat"]),
    ("Facebook Messenger", ["Facebook Messenger"]),
    ("Messenger", ["Facebook Messenger"]),
    ("email or Messenger", ["Facebook Messenger"]),
    ("iMessage", ["iMessage"]),
    ("SMS", ["SMS"]),
    ("SMS/text", ["SMS"]),
    ("Text messages to the duty officer", ["text messages"]),
    ("texting", ["text messages"]),
    ("personal mobile phone", ["personal phone or device"]),
    ("private mobiles", ["personal phone or device"]),
    ("staff's own devices", ["personal phone or device"]),
    ("Bring your own device", ["personal phone or device"]),
    ("consumer messaging apps", ["consumer messaging apps"]),
    ("WhatsApp or SMS for urgent matters", ["WhatsApp", "SMS"]),
])
def test_non_corporate_channels_are_named(entry: str, expected: list[str]) -> None:
    assert non_corporate_channels(entry) == expected


@pytest.mark.parametrize("entry", [
    "Corporate email between functional mailboxes",
    "Microsoft Teams",
    "Outlook calendar invitations",
    "WA Group of agencies",                       # Western Australia, not WhatsApp
    "Meetings of the WA regional group",
    "signal urgent issues in the subject line",   # the verb, not the app
    "Secure Messenger in the case system",        # a product, not Facebook Messenger
    "by messenger (hand delivery)",
    "Secure clinical messaging",
    "Text relay service for callers with hearing loss",
    "Each party's own phone system",
    "non-personal email only",
    "Corporate email, never WhatsApp or SMS",
    "Corporate email (not personal email)",
    "Teleconference",
    "Telephone calls to the corporate switchboard",
])
def test_corporate_channels_are_not_named(entry: str) -> None:
    assert non_corporate_channels(entry) == []


def test_every_regime_code_has_an_act_except_none_and_other() -> None:
    for code in values(FoiRegime):
        if code in ("none", "other"):
            assert regime_act_name(code) is None and response_working_days(code) is None
        else:
            assert regime_act_name(code), code
    assert set(REGIMES) == set(values(FoiRegime)) - {"none", "other"}


def test_response_times() -> None:
    assert response_working_days("RTI2009_QLD") == 25
    assert {response_working_days(code) for code in REGIMES if code != "RTI2009_QLD"} == {20}
    assert regime_act_name("FOISA2002") == "Freedom of Information (Scotland) Act 2002"


def test_every_jurisdiction_but_nz_and_other_has_a_regime() -> None:
    for jurisdiction in values(Jurisdiction):
        found = fitting_regime_for(jurisdiction, "central_government")
        if jurisdiction == "OTHER":
            assert found is None
        else:
            assert found in REGIMES, jurisdiction


@pytest.mark.parametrize(("kind", "jurisdiction", "public", "expected"), [
    ("local_government", "NZ", None, "LGOIMA1987"),
    ("central_government", "NZ", None, "OIA1982"),
    ("crown_entity", "NZ", None, "OIA1982"),
    ("public_health_service", "NZ", None, "OIA1982"),
    ("research_institution", "NZ", True, None),
    ("local_government", "UK-WLS", None, "FOIA2000"),
    ("public_health_service", "UK-SCT", None, "FOISA2002"),
    ("state_government", "AU-NSW", None, "GIPA2009_NSW"),
    ("charity", "UK-ENG", None, None),
    ("local_government", "OTHER", None, None),
])
def test_fitting_regime(kind: str, jurisdiction: str, public: bool | None, expected: str | None) -> None:
    party = Party.model_validate({"id": "p", "name": "P", "kind": kind, "jurisdiction": jurisdiction,
                                  "public_authority": public})
    assert fitting_regime(party) == expected
