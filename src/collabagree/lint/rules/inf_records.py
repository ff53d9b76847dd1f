"""INF rules on records, communication channels and intellectual property.

Part of the INF group; `inf.RULES` lists these with the rest of the group in code order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from collabagree.core.findings import Severity
from collabagree.core.positions import YamlPath
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Violation, rule
from collabagree.lint.rules.channel_text import EntryText
from collabagree.lint.rules.helpers import is_blank
from collabagree.model import Agreement
from collabagree.model.information import IntellectualProperty

RECORDS_FIELDS: tuple[str, ...] = ("keeper", "system", "retention", "on_termination")
"""What a records clause must state (INF011), as YAML keys."""

_ICO_46 = ("ICO guidance on the Freedom of Information Act 2000 s46 Code of Practice on records "
           "management (joint working; non-corporate communication channels), "
           "https://ico.org.uk/for-organisations/foi/freedom-of-information-and-environmental-"
           "information-regulations/section-46-code-of-practice-records-management")
_NZ_PRA = ("Public Records Act 2005 (NZ) s17, "
           "https://www.legislation.govt.nz/act/public/2005/0040/latest/DLM345729.html")


_MESSENGER_MAKERS = frozenset({"facebook", "fb", "meta"})


def _messenger_ok(entry: EntryText, start: int) -> bool:
    """"Messenger" names the app unless a product name precedes it ("Secure Messenger")."""
    span = entry.word_before(start)
    if span is None:
        return True
    word_start, word_end = span
    # Only a short word can be one of the makers (lower() never shortens a word).
    word = entry.text[word_start:min(word_end, word_start + 9)]
    return not word[:1].isupper() or word.lower() in _MESSENGER_MAKERS


@dataclass(frozen=True, slots=True)
class Channel:
    """A non-corporate channel: its label for messages and how an entry names it."""

    label: str
    pattern: re.Pattern[str]
    accept: Callable[[EntryText, int], bool] | None = None


def _ci(regex: str) -> re.Pattern[str]:
    # Whole words: no letter or hyphen before ("non-personal email" is not personal email).
    return re.compile(rf"(?<![\w-])(?:{regex})(?!\w)", re.IGNORECASE)


_DEVICE = (r"(?:mobile\s+(?:phones?|devices?|numbers?)|mobiles?|(?:smart|cell|tele)?phones?"
           r"|devices?|laptops?|tablets?|computers?)")

NON_CORPORATE_CHANNELS: tuple[Channel, ...] = (
    Channel("personal email", _ci(r"(?:personal|private|home)\s+(?:e-?mails?|mailbox(?:es)?|inbox(?:es)?)")),
    Channel("consumer email (Gmail, Hotmail, Yahoo ...)",
            _ci(r"g-?mail|googlemail|hotmail|yahoo|outlook\.com|icloud")),
    # `\s*(?:-\s*)?`, not `\s*-?\s*`: the same words, but the latter tries every split of
    # a long run of spaces between its two `\s*`, which is quadratic in the run.
    Channel("WhatsApp", _ci(r"whats\s*(?:-\s*)?apps?")),
    # "Signal" the app, not the verb: a capitalised word, or any case before app, group, chat ...
    Channel("Signal", re.compile(
        r"(?<![\w-])(?:(?:Signal|SIGNAL)(?!\w)|(?i:signal)\s+(?i:apps?|messenger|messaging|chats?"
        r"|groups?|messages?|calls?)(?!\w))")),
    Channel("Telegram", _ci(r"telegrams?")),
    Channel("WeChat", _ci(r"we\s*(?:-\s*)?chat")),
    Channel("Facebook Messenger", _ci(r"(?:facebook|fb|meta)\s+messenger")),
    Channel("Facebook Messenger", re.compile(r"(?<![\w-])Messenger(?!\w)"), _messenger_ok),
    Channel("iMessage", _ci(r"i-?messages?")),
    Channel("SMS", _ci(r"sms")),
    Channel("text messages", _ci(r"text\s*(?:-\s*)?messag(?:es?|ing)|texting")),
    Channel("consumer messaging apps", _ci(r"(?:personal|private|consumer)\s+messaging\s+apps?")),
    Channel("personal phone or device", _ci(rf"(?:personal|private|home)\s+{_DEVICE}")),
    Channel("personal phone or device", _ci(
        rf"(?:staff|employees?|officers?|workers?|volunteers?)(?:['’]s|s['’]|['’])?\s+own\s+{_DEVICE}"
        r"|bring[\s-]+your[\s-]+own[\s-]+devices?|byod")),
)
"""The vocabulary of INF012: channels whose messages are not stored, searchable and
retrievable in a party's records system. Matching is whole-word and case-insensitive, except
"Signal" (capitalised, or followed by app/group/chat/message/call, so the verb "signal" does not
match) and a bare "Messenger" (capitalised and not part of a product name such as "Secure
Messenger"). "WA" alone is never matched: it is Western Australia. A channel named after a
negation in the same clause ("corporate email, not WhatsApp") does not count."""


# SMS and text messages to service users (appointment reminders to households) are a service
# channel, not a way the parties do their business with each other or record decisions.
_TO_SERVICE_USERS = re.compile(
    r"(?<![\w-])(?:reminders?|appointments?|alerts?|notifications?|households?|residents?|"
    r"clients?|patients?|service\s+users?|customers?|tenants?|families|parents|carers|"
    r"members\s+of\s+the\s+public|the\s+public|citizens?|participants?)(?![\w-])", re.IGNORECASE)
SERVICE_CHANNELS = frozenset({"SMS", "text messages"})
"""Channels that are fine when the entry is about messages to service users."""


def non_corporate_channels(text: str) -> list[str]:
    """The labels of the non-corporate channels an entry names, in table order, once each.
    SMS and text messages do not count in an entry about messages to service users
    ("SMS appointment reminders sent to households")."""
    found: list[str] = []
    entry = EntryText(text)
    to_service_users: bool | None = None
    for channel in NON_CORPORATE_CHANNELS:
        if channel.label in SERVICE_CHANNELS:
            if to_service_users is None:
                to_service_users = _TO_SERVICE_USERS.search(text) is not None
            if to_service_users:
                continue
        for match in channel.pattern.finditer(text):
            if entry.negated(match.start()):
                continue
            if channel.accept is not None and not channel.accept(entry, match.start()):
                continue
            if channel.label not in found:
                found.append(channel.label)
            break
    return found


@rule("INF011", "records-missing", "E",
      summary="records lacks keeper, system, retention or on_termination (E with a public party; else W)",
      why="Public bodies must keep full and accurate records of work they do with others, including "
          "what partners hold for them; the agreement must say who keeps them, where, for how long "
          "and what happens at the end.",
      source=f"{_ICO_46}; {_NZ_PRA}",
      fix="Add `information.records` with `keeper` (a party), `system`, `retention` and "
          "`on_termination`.")
def records_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`information.records` is absent or lacks `keeper`, `system`, `retention` or
    `on_termination`: an error when a party is a public authority, else a warning."""
    severity = Severity.ERROR if agreement.public_parties else Severity.WARNING
    information = agreement.information
    records = information.records if information is not None else None
    if records is None:
        yield Violation(("information", "records"),
                        "there is no records clause (information.records): say who keeps the "
                        "records, in which system, for how long and what happens at the end",
                        severity=severity)
        return
    missing = [name for name in RECORDS_FIELDS if is_blank(getattr(records, name))]
    if missing:
        # One missing field: point at it (or, when absent, at the `records` key).
        path: YamlPath = (("information", "records", *missing) if len(missing) == 1
                          else ("information", "records"))
        yield Violation(path, f"the records clause does not state {', '.join(missing)}",
                        severity=severity, at_key=len(missing) > 1)


@rule("INF012", "non-corporate-channel", "W",
      summary="an entry of channels_allowed or communication.channels names personal/private email, "
              "gmail, hotmail, yahoo, WhatsApp, Signal, Telegram, WeChat, Messenger, iMessage, SMS, "
              "text message, or a personal phone, mobile or device",
      why="Messages on personal email, WhatsApp, SMS or personal phones are still official "
          "information, but they are not stored, searchable or retrievable in the records system, "
          "so requests and audits miss them. The concern is the parties' business and decisions: "
          "SMS reminders sent to service users are a service, not a channel between the parties.",
      source=_ICO_46,
      fix="Allow only corporate channels (functional mailboxes, the parties' collaboration "
          "platforms); list consumer channels under `channels_prohibited_for_decisions` instead.")
def non_corporate_channel(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """An entry of `information.records.channels_allowed` or `communication.channels` names a
    non-corporate channel: personal or private email, consumer webmail (Gmail, Hotmail, Yahoo,
    outlook.com, iCloud), WhatsApp, Signal, Telegram, WeChat, Facebook Messenger, iMessage, SMS,
    text messages, consumer messaging apps, or a personal phone, mobile or device. Words are
    matched whole and in any case, except that "Signal" must be capitalised or name the app
    ("signal app", "Signal group") and "WA" alone (Western Australia) never counts. A channel
    named after "not", "never", "except" ... in the same clause does not count, and
    `channels_prohibited_for_decisions` is not checked. The rule concerns channels for the
    parties' business and decisions: SMS or text messages in an entry about messages to service
    users (reminders, appointments, alerts to households, residents, clients, patients ...) do
    not count."""
    lists: list[tuple[tuple[str, ...], list[str]]] = []
    information = agreement.information
    if information is not None and information.records is not None:
        lists.append((("information", "records", "channels_allowed"),
                      list(information.records.channels_allowed or ())))
    if agreement.communication is not None:
        lists.append((("communication", "channels"), list(agreement.communication.channels or ())))
    for path, entries in lists:
        for index, entry in enumerate(entries):
            names = non_corporate_channels(entry)
            if names:
                yield Violation((*path, index),
                                f"channel '{entry}' is not a corporate channel ({', '.join(names)}): "
                                "its messages do not reach the records system")


def _says_nothing(ip: IntellectualProperty) -> bool:
    new_blank = ip.new is None or (is_blank(ip.new.owner) and is_blank(ip.new.licence))
    return is_blank(ip.background) and is_blank(ip.statement) and new_blank


@rule("INF013", "ip-missing", "E: funding; else I",
      summary="no intellectual_property (E: funding; W when there is a work programme; else I)",
      why="Funded and joint work creates reports, data, tools and content; unless the agreement "
          "says who owns them and who may use them, the parties may be unable to use their own work.",
      source="Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 Contents Checklist, "
             "http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm; Model Grant "
             "Funding Agreement, https://www.gov.uk/government/publications/"
             "model-grant-funding-agreement-mgfa/model-grant-funding-agreement-mgfa-html",
      fix="Add `intellectual_property`: each party keeps its background IP, who owns new IP, and "
          "the licence the others get.")
def ip_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has no `intellectual_property` (or one that says nothing): an error for
    funding agreements, a warning when there is a work programme, otherwise information."""
    ip = agreement.intellectual_property
    if ip is not None and not _says_nothing(ip):
        return
    severity = None
    if agreement.type != "funding_agreement" and not is_blank(agreement.work_programme):
        severity = Severity.WARNING
    yield Violation(("intellectual_property",),
                    "the agreement does not say who owns what the parties create "
                    "(intellectual_property)", severity=severity)
