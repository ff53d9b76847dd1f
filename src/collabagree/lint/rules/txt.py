"""TXT rules: wording (placeholders, binding language, personal names and mailboxes)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from collabagree.core.findings import Severity, Span
from collabagree.core.positions import YamlPath, format_yaml_path
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import Clauses, find_words, quote_list, word_pattern
from collabagree.lint.rules.placeholders import AUTOLINK, PLACEHOLDERS, placeholders_in
from collabagree.lint.rules.txt_terms import TERM_RULES
from collabagree.model import Agreement
from collabagree.model.textfields import iter_strings

# The placeholder pattern and the link exception live with their linear search.
_PLACEHOLDERS = PLACEHOLDERS
_AUTOLINK = AUTOLINK
_TODO = re.compile(r"(?<![\w-])TODO(?![\w-])", re.IGNORECASE)
BINDING_WORDS = (
    "shall", "must", "indemnify", "indemnity", "indemnities", "liable", "liability", "liabilities",
    "penalty", "penalties", "warrant", "warrants", "warranty", "warranties",
)
_HONORIFIC = re.compile(r"^\s*(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)(\.?)(?![\w-])", re.IGNORECASE)
# An address is `[\w.+'-]+@` then this domain. Only the domain is needed, so it is matched
# right after each `@` (see `personal_domain`); searching for the whole address retried the
# local part at every character of a long run without `@`, quadratic in the run.
_MAIL_LOCAL_CHAR = re.compile(r"[\w.+'-]")
_MAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PERSONAL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com",
    "aol.com", "protonmail.com", "proton.me", "mail.com",
})
# Providers with a domain per country (hotmail.co.uk, yahoo.com.au, gmx.de).
PERSONAL_DOMAIN_FAMILIES = frozenset({"hotmail", "yahoo", "gmx"})

_MOU_SOURCE = ("ANAO Better Practice Guide *Developing and Managing Contracts* (2012), MoU section, "
               "https://ppponline.affinitext.com/public/book?id=1560&toc_id=827604")
_ROLE_SOURCE = ("DPMC (NZ), *Guide for central government engagement with local government* (2019): "
                "agreements are between organisations, not individuals, "
                "https://dpmc.govt.nz/publications/guidance-central-government-engagement-local-government")


def _where(path: YamlPath) -> str:
    return format_yaml_path(path).removeprefix("$.")


@rule("TXT001", "placeholder-text", "W",
      summary="TODO, TBC, TBD, XXX, [insert ...], <...> or lorem ipsum in the text, or TODO in a "
              "YAML comment (error when status is final or signed)",
      why="Placeholder text in a final agreement means something was never agreed; `init` marks "
          "the defaults it chose with `# TODO` comments so they are confirmed before signing.",
      source="NZ Office of the Auditor-General, *Local authorities working together* (2004), "
             "Part 4, https://oag.parliament.nz/2004/working-together/part4.htm",
      fix="Replace the placeholder with the agreed wording, and delete each `# TODO` comment once "
          "the value beside it is confirmed.")
def placeholder_text(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No string value anywhere in the agreement holds a placeholder (TODO, TBC, TBD, XXX,
    `[insert ...]`, `<...>` other than a link, lorem ipsum), and no YAML comment says TODO.
    A warning while the status is draft, an error once it is final or signed."""
    severity = Severity.ERROR if agreement.agreement.status in ("final", "signed") else None
    for path, text in iter_strings(context.data):
        found = placeholders_in(text)
        if found:
            yield Violation(path, f"{_where(path)} holds placeholder text {quote_list(dict.fromkeys(found))}; "
                                  "replace it with the agreed wording", severity)
    for line, column, text in context.comments:
        if _TODO.search(text):
            yield Violation((), f"a YAML comment says TODO ('{text[:60]}'); confirm the value and "
                                "delete the comment", severity, span=Span(line, column, line, column + 1 + len(text)))


_LIABILITY_WORDS = frozenset({
    "indemnify", "indemnity", "indemnities", "liable", "liability", "liabilities", "penalty",
    "penalties", "warrant", "warrants", "warranty", "warranties",
})
# A disclaimer denies liability ("creates no liability", "is not liable", "without penalty").
_DENIAL = re.compile(r"(?<![\w-])(?:no|not|nor|neither|never|nothing|without|free\s+of)(?![\w-])",
                     re.IGNORECASE)
# "Nothing in this Memorandum shall ..." disclaims; "must not share" does not.
_NOTHING = re.compile(r"(?<![\w-])(?:nothing|no\s+provision|no\s+part)(?![\w-])", re.IGNORECASE)
# A duty the law already imposes: "must still comply with its statutory duties".
_COMPLY = re.compile(r"(?<![\w-])(?:comply|complies|compliance|complying|meet|meets)(?![\w-])",
                     re.IGNORECASE)
_LAW = re.compile(r"(?<![\w-])(?:statutory|statute|law|laws|legislation|legal|Act|Acts|regulations)"
                  r"(?![\w-])", re.IGNORECASE)


def binding_words_in(text: str) -> list[str]:
    """The binding words of `text` (TXT002) that are not part of a disclaimer: a liability word
    after a denial in its clause ("creates no liability"), or "shall"/"must" in a clause that
    begins "Nothing ..." or that restates a duty the law imposes ("must still comply with its
    statutory duties")."""
    if not find_words(text, BINDING_WORDS):
        return []
    clauses = Clauses(text)
    found: list[str] = []
    for match in word_pattern(BINDING_WORDS).finditer(text):
        word = match.group(0)
        position = match.start()
        if word.lower() in _LIABILITY_WORDS:
            if clauses.preceded_by(position, _DENIAL):
                continue
        elif clauses.preceded_by(position, _NOTHING) or (
                clauses.contains(position, _COMPLY) and clauses.contains(position, _LAW)):
            continue
        found.append(word)
    return found


@rule("TXT002", "binding-language", "W",
      summary="binding: false but a text field uses shall, must, indemnify, liable, penalty or warrant",
      why="Words of obligation and liability in an agreement that says it is not legally binding "
          "contradict its legal status and can suggest the parties meant to be bound. A "
          "disclaimer is not such a word: saying the agreement creates no liability, or that each "
          "party must still comply with its statutory duties, supports the non-binding status.",
      source=_MOU_SOURCE,
      fix="Use words of intent (\"will\", \"intend to\", \"agree to\") instead, or change "
          "`legal_status.binding` if the parties do mean to be bound.")
def binding_language(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """When `agreement.legal_status.binding` is false, no text field uses shall, must,
    indemnify/indemnity, liable/liability, penalty/penalties or warrant/warranty (whole words,
    any case). Disclaimers do not count: a liability word after "no", "not", "nor", "without" or
    "nothing" in the same clause ("this Memorandum creates no liability"), and "shall" or
    "must" in a clause that begins "Nothing ..." or restates a duty of law (the clause says
    comply and statutory, law, legislation or Act: "each party must still comply with its
    statutory duties"). One finding per field, listing the words."""
    legal = agreement.agreement.legal_status
    if legal is None or legal.binding is not False:
        return
    for path, text in context.text_fields:
        found = binding_words_in(text)
        if found:
            words = quote_list(dict.fromkeys(word.lower() for word in found))
            yield Violation(path, f"{_where(path)} uses binding language ({words}) in an agreement "
                                  "that is not legally binding")


def starts_with_honorific(role: str) -> bool:
    """True when `role` starts with an honorific (any case, with or without a full stop).

    Two capital letters with no full stop (DR Lead, MS Teams Administrator) read as an
    abbreviation, not a title, and are let through.
    """
    match = _HONORIFIC.match(role)
    if match is None:
        return False
    word, stop = match.groups()
    return not (len(word) == 2 and word.isupper() and not stop)


def _role_fields(agreement: Agreement) -> Iterator[tuple[YamlPath, str]]:
    """Every role field that should hold a position, with its path."""
    for r_index, entry in enumerate(agreement.roles or ()):
        for index, responsibility in enumerate(entry.responsibilities or ()):
            if responsibility.owner_role is not None:
                yield ("roles", r_index, "responsibilities", index, "owner_role"), responsibility.owner_role
    for index, signatory in enumerate(agreement.signatories or ()):
        if signatory.position is not None:
            yield ("signatories", index, "position"), signatory.position
    if agreement.governance is not None:
        for b_index, body in enumerate(agreement.governance.bodies or ()):
            for index, member in enumerate(body.members or ()):
                if member.role is not None:
                    yield ("governance", "bodies", b_index, "members", index, "role"), member.role
    for index, party in enumerate(agreement.parties):
        if party.contact is not None and party.contact.role is not None:
            yield ("parties", index, "contact", "role"), party.contact.role
    if agreement.dispute_resolution is not None:
        for index, level in enumerate(agreement.dispute_resolution.levels or ()):
            for key, role in (level.roles or {}).items():
                yield ("dispute_resolution", "levels", index, "roles", key), role
    if agreement.authorising_environment is not None:
        for key, role in (agreement.authorising_environment.executive_sponsors or {}).items():
            yield ("authorising_environment", "executive_sponsors", key), role
    if agreement.variation is not None:
        for key, role in (agreement.variation.approvers or {}).items():
            yield ("variation", "approvers", key), role


@rule("TXT003", "personal-owner", "W",
      summary="a role field starts with an honorific (Mr, Dr, ...) or equals a signatory's name",
      why="Agreements are between organisations, not individuals: staff change but roles stay, "
          "so a duty given to a named person lapses when that person leaves.",
      source=_ROLE_SOURCE,
      fix="Name the position (\"Head of Communities\"), not the person who holds it.")
def personal_owner(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Role fields (responsibility `owner_role`, `signatories[].position`, governance
    `members[].role`, `contact.role`, dispute level `roles`, `executive_sponsors` and `approvers`
    values) name a position: they do not start with an honorific (Mr, Mrs, Ms, Miss, Mx, Dr,
    Prof, Sir, Dame) or equal a signatory's `name`."""
    names = {signatory.name.strip().casefold() for signatory in agreement.signatories or ()
             if signatory.name and signatory.name.strip()}
    for path, role in _role_fields(agreement):
        if starts_with_honorific(role):
            yield Violation(path, f"{_where(path)} '{role}' names a person (it starts with an "
                                  "honorific); give the position instead")
        elif role.strip().casefold() in names:
            yield Violation(path, f"{_where(path)} '{role}' is a signatory's name; give the "
                                  "position instead")


def mail_domains(channel: str) -> Iterator[str]:
    r"""The domain of each email address in `channel`, in order.

    The same addresses as `re.finditer(r"[\w.+'-]+@(domain)", channel)`: an address needs at
    least one local-part character before its `@`, after the end of the previous address.
    """
    searched_to = 0
    at = channel.find("@")
    while at != -1:
        if at > searched_to and _MAIL_LOCAL_CHAR.match(channel, at - 1):
            domain = _MAIL_DOMAIN.match(channel, at + 1)
            if domain is not None:
                yield domain.group(0)
                searched_to = domain.end()
        at = channel.find("@", max(at + 1, searched_to))


def personal_domain(channel: str) -> str | None:
    """The personal mail domain of an email address in `channel`, if there is one."""
    for found in mail_domains(channel):
        domain = found.lower()
        if domain in PERSONAL_DOMAINS or domain.split(".")[0] in PERSONAL_DOMAIN_FAMILIES:
            return domain
    return None


@rule("TXT004", "personal-channel", "W",
      summary="a contact channel is a personal mail domain (gmail, outlook.com, hotmail, yahoo, ...)",
      why="Business done through personal mailboxes is hard to store, search and retrieve, and "
          "it leaves with the person; public records and FOI duties still apply to it.",
      source="ICO, guidance on the section 46 Records Management Code (non-corporate "
             "communication channels), https://ico.org.uk/for-organisations/foi/freedom-of-"
             "information-and-environmental-information-regulations/section-46-code-of-practice-"
             "records-management",
      fix="Use a corporate, preferably functional, mailbox (partnerships@organisation.example).")
def personal_channel(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No party's `contact.channel` is an address at a personal mail provider (gmail.com,
    outlook.com, hotmail.*, yahoo.*, icloud.com, proton, gmx.* and the like)."""
    for index, party in enumerate(agreement.parties):
        if party.contact is None or not party.contact.channel:
            continue
        domain = personal_domain(party.contact.channel)
        if domain is not None:
            yield Violation(("parties", index, "contact", "channel"),
                            f"party '{party.id}' gives a personal mail address ({domain}) as its "
                            "contact channel; use a corporate mailbox")


RULES: tuple[Rule, ...] = (placeholder_text, binding_language, personal_owner, personal_channel, *TERM_RULES)
