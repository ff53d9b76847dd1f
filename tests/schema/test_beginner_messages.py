"""Messages a person new to YAML can act on: syntax errors say what to change on which line,
and a value of the wrong kind says what to write instead (issue 16)."""

from __future__ import annotations

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.lint.docs import rule_markdown
from collabagree.lint.engine import Selection
from collabagree.schema.validate import plain_number

HEAD = "collabagree: 1\nagreement:\n"
GRANT = """collabagree: 1
agreement: {title: Food Security Grant, type: funding_agreement, jurisdiction: UK-ENG}
parties:
  - {id: council, name: Kestrel Vale Borough Council, kind: local_government}
  - {id: foodbank, name: Kestrel Vale Food Bank, kind: charity}
purpose: {statement: To fund emergency food support.}
funding:
  currency: GBP
  total: TOTAL
term: {start: 2026-04-01, end: 2029-03-31}
"""


def schema(text: str) -> list[tuple[str, int, int, str]]:
    result = check_bytes("case.yaml", text.encode("utf-8"), Selection(Settings()))
    return [(f.code, f.span.line, f.span.column, f.message) for f in result.findings
            if f.code.startswith("SCH")]


@pytest.mark.parametrize(("text", "line", "hint"), [
    (HEAD + "  title: X\n   type: mou\n", 4,
     "line 4 is indented more than line 3 ('title: ...' already has its value), so YAML reads it as "
     "part of that value; line it up with 'title' (2 spaces)"),
    (HEAD + "  title: X\n type: mou\n", 4,
     "line 4 is indented 1 space, which lines up with no key above it (they start at 0 or 2 spaces)"),
    (HEAD + "  title: Food: a plan\n  type: mou\n", 3,
     "the value of 'title' contains ': ', which YAML reads as the start of another key; put the "
     "whole value in quotes: title: \"Food: a plan\""),
    (HEAD + "\ttitle: X\n", 3, "line 3 is indented with a tab; YAML allows only spaces for indentation"),
    (HEAD + "  title: \"X\n", 4, "the quoted value that starts on line 3 is never closed"),
    (HEAD + "  title: @home\n", 3, "a value cannot start with '@' in YAML; put the value in quotes"),
    ("collabagree: 1\nparties:\n  - id: a\n    name: A\n   kind: charity\n", 5,
     "line 5 is indented 3 spaces, which lines up with no key above it (they start at 0, 2 or 4 spaces)"),
])
def test_syntax_error_says_what_to_change(text: str, line: int, hint: str) -> None:
    [(code, found_line, _, message)] = schema(text)
    assert (code, found_line) == ("SCH001", line)
    assert message.startswith("YAML syntax error: ") and hint in message, message
    assert "(the parser says: " in message


@pytest.mark.parametrize(("value", "fix"), [
    ("£60,000", "write 60000"), ('"60,000"', "write 60000"), ("NZ$ 4.2m", "write 4200000"),
    ("60 000 GBP", "write 60000"),
])
def test_amount_with_decoration_says_the_plain_number(value: str, fix: str) -> None:
    [(code, line, _, message)] = schema(GRANT.replace("TOTAL", value))
    assert (code, line) == ("SCH005", 9)
    assert message.endswith(fix) and "expected a number" in message, message


def test_amount_split_by_a_comma_in_a_flow_mapping_says_write_it_without_commas() -> None:
    text = GRANT.replace("  total: TOTAL\n", "  contributions:\n    - {party: council, type: cash, amount: 60,000}\n")
    [(code, _, _, message)] = schema(text)
    assert code == "SCH003" and "write the number without commas (60000)" in message


def test_days_with_a_unit_say_the_number_alone() -> None:
    text = GRANT.replace("  total: TOTAL\n", "  total: 60000\n  conditions: {remedy_days: 30 days}\n")
    [(code, _, _, message)] = schema(text)
    assert code == "SCH005" and message.endswith("; write 30")


def test_words_are_not_offered_as_a_number() -> None:
    assert plain_number("about sixty thousand") is None
    assert plain_number("60,000 bananas") is None
    assert plain_number("2.5", whole=True) is None


def test_sch005_fix_does_not_point_at_a_list_that_is_not_there() -> None:
    text = rule_markdown("SCH005")
    assert "use one of the values the message lists" not in text.lower()
    assert "60000, not £60,000" in text
