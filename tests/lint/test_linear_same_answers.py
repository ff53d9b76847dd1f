"""The linear searches of issue 12 (class 3) give exactly the answers of the patterns they
replaced, which are kept here as the reference: findings on normal input must not move.

- TXT001: `[insert ...]` is searched once per closing `]` or newline (`placeholders.py`);
- TXT004: mail domains are matched after each `@`, not from every character before it;
- INF012: negation and the word before "Messenger" are looked up, not searched for again in
  `text[:start]`; `\\s*(?:-\\s*)?` stands for `\\s*-?\\s*`;
- REF003: long terms are found by Knuth-Morris-Pratt on text with single spaces;
- suppressions: directives are searched up to the comment's last `]`.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabagree.lint.rules import ref_ids
from collabagree.lint.rules.inf_records import NON_CORPORATE_CHANNELS, non_corporate_channels
from collabagree.lint.rules.placeholders import AUTOLINK, PLACEHOLDERS, placeholders_in
from collabagree.lint.rules.txt import mail_domains
from collabagree.lint.suppress import _DIRECTIVE

SAME = settings(deadline=None, derandomize=True, database=None, max_examples=400,
                suppress_health_check=[HealthCheck.too_slow])


def pieces(*choices: str, max_size: int = 14) -> st.SearchStrategy[str]:
    """Text made of pieces that nearly form what a pattern looks for, joined without spaces."""
    return st.lists(st.sampled_from(choices), max_size=max_size).map("".join)


# --- TXT001 ---------------------------------------------------------------------------------

PLACEHOLDER_TEXT = st.one_of(
    pieces("[", "]", "insert", "Insert", " ", "\n", "\t", "x", "X", "xx", "<", ">", "a", "TODO",
           "-", "lorem", " ipsum", "https:", "@", "[insert ", "é", "\u0131"),
    st.text(st.sampled_from(list("[]<>\n insrtxXTOD-l")), max_size=40),
)


@SAME
@given(PLACEHOLDER_TEXT)
def test_placeholders_are_those_of_the_pattern(text: str) -> None:
    expected = [m.group(0) for m in PLACEHOLDERS.finditer(text) if not AUTOLINK.match(m.group(0))]
    assert placeholders_in(text) == expected


# --- TXT004 ---------------------------------------------------------------------------------

_OLD_EMAIL_DOMAIN = re.compile(r"[\w.+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


@SAME
@given(pieces("a", "B", "_", ".", "+", "'", "-", "@", "gmail", ".com", "é", " ", "1", ".co.uk",
              ",", "@@"))
def test_mail_domains_are_those_of_the_old_pattern(text: str) -> None:
    assert list(mail_domains(text)) == [m.group(1) for m in _OLD_EMAIL_DOMAIN.finditer(text)]


@pytest.mark.parametrize("text", [
    "x@corp.org@gmail.com", "a@b.c_d@gmail.com", "x@gmail.comé@hotmail.com", "@gmail.com",
    "a@@gmail.com", "a@gmail", "a.b@x.y.z@yahoo.co.uk", "'@a.b", "é@hotmail.fr",
])
def test_mail_examples_are_those_of_the_old_pattern(text: str) -> None:
    assert list(mail_domains(text)) == [m.group(1) for m in _OLD_EMAIL_DOMAIN.finditer(text)]


# --- INF012 ---------------------------------------------------------------------------------

_OLD_NEGATION = re.compile(
    r"(?<!\w)(?:no|not|never|nor|except|excluding|exclude[sd]?|other\s+than|rather\s+than|"
    r"instead\s+of|without|prohibited|banned|forbidden)(?!\w)", re.IGNORECASE)
_OLD_CLAUSE_BREAK = re.compile(r"[;,.:()\[\]—–]|\bbut\b", re.IGNORECASE)
_OLD_PATTERNS = {
    "WhatsApp": r"whats\s*-?\s*apps?",
    "WeChat": r"we\s*-?\s*chat",
    "text messages": r"text\s*-?\s*messag(?:es?|ing)|texting",
}


def _old_pattern(label: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    if label not in _OLD_PATTERNS:
        return pattern
    return re.compile(rf"(?<![\w-])(?:{_OLD_PATTERNS[label]})(?!\w)", re.IGNORECASE)


def old_non_corporate_channels(text: str) -> list[str]:
    """INF012's channel names before issue 12, as they were written."""

    def negated(start: int) -> bool:
        clause = _OLD_CLAUSE_BREAK.split(text[:start])[-1]
        return _OLD_NEGATION.search(clause) is not None

    def messenger_ok(start: int) -> bool:
        match = re.search(r"([\w'’]+)\W*$", text[:start])
        word = match.group(1) if match else ""
        return not word[:1].isupper() or word.lower() in {"facebook", "fb", "meta"}

    found: list[str] = []
    for channel in NON_CORPORATE_CHANNELS:
        for match in _old_pattern(channel.label, channel.pattern).finditer(text):
            if negated(match.start()):
                continue
            if channel.accept is not None and not messenger_ok(match.start()):
                continue
            if channel.label not in found:
                found.append(channel.label)
            break
    return found


CHANNEL_TEXT = pieces(
    "not ", "no", "never ", "other  than ", "but ", "but", ", ", ";", "(", ")", "—", " ", "  ",
    "\n", "-", "WhatsApp", "whats", " app", "-app", "Messenger", "messenger", "Secure ",
    "Facebook ", "facebook", "FB ", "’", "'", "’’", "Signal", "signal", " app", "SMS", "text",
    " messages", "we", "chat", "personal ", "phone", "staff", "’s own ", "device", "é", "_", "x",
    "Éa", "ſ", max_size=12)


@SAME
@given(CHANNEL_TEXT)
def test_channels_are_those_of_the_old_search(text: str) -> None:
    assert non_corporate_channels(text) == old_non_corporate_channels(text)


@pytest.mark.parametrize("text", [
    "Secure’Messenger", "Facebook’ Messenger", "’ Messenger", "Facebook Messenger, Messenger",
    "corporate email, not WhatsApp", "no (WhatsApp)", "butnot WhatsApp", "not\u2028WhatsApp",
    "whats  -  app", "we -chat", "text- messages", "META Messenger", "Ab’’ Messenger",
])
def test_channel_examples_are_those_of_the_old_search(text: str) -> None:
    assert non_corporate_channels(text) == old_non_corporate_channels(text)


# --- REF003 ---------------------------------------------------------------------------------

WORDS = st.lists(st.sampled_from(["a", "b", "ab", "a-b", "(a", "b)", "’", "_", "é", "A", "a.b"]),
                 min_size=1, max_size=5)
GAPS = st.sampled_from([" ", "  ", "\n", "\t ", "\u00a0", "\u2028", "\x1c"])


@st.composite
def spaced(draw: st.DrawFn) -> str:
    """Words with runs of assorted whitespace between them (and sometimes around them)."""
    words = draw(WORDS)
    gaps = [draw(GAPS) for _ in words]
    text = "".join(word + gap for word, gap in zip(words, gaps))
    return text if draw(st.booleans()) else text.strip()


@SAME
@given(spaced(), st.lists(spaced(), max_size=4).map("".join))
def test_long_term_search_finds_what_the_pattern_finds(term: str, text: str) -> None:
    if not term.split():
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ref_ids, "LONG_TERM", 0)
        used_in = ref_ids.term_search(term)
    assert used_in(text) == (ref_ids.term_pattern(term).search(text) is not None)


# --- suppressions ---------------------------------------------------------------------------

@SAME
@given(pieces("collabagree", ":", " ", "ignore", "file-ignore", "[", "]", "TXT001", ",", "x",
              "collabagree: ignore[", max_size=10))
def test_directives_up_to_the_last_bracket_are_all_the_directives(text: str) -> None:
    closed = text[:text.rfind("]") + 1]
    found = [match.groups() for match in _DIRECTIVE.finditer(text)]
    assert [match.groups() for match in _DIRECTIVE.finditer(closed)] == found
