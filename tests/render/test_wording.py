"""Clause wording from structured fields, per jurisdiction; locale formatting; templates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from collabagree.core.errors import RenderError
from collabagree.drafting.engine import draft
from collabagree.model import Agreement
from collabagree.render.localise import format_date, format_money
from collabagree.render.produce import markdown_document


def render_markdown(agreement: Agreement, template_dir: Path | None = None) -> str:
    """The Markdown body the drafting engine writes for `agreement`."""
    return markdown_document(draft(agreement, template_dir), "")


def make(jurisdiction: str = "UK-ENG", kinds: tuple[str, str] = ("local_government", "charity"),
         **sections: object) -> Agreement:
    data: dict[str, object] = {
        "collabagree": 1,
        "agreement": {"title": "Test Agreement", "type": "partnering_agreement", "jurisdiction": jurisdiction},
        "parties": [{"id": "one", "name": "Party One", "short_name": "the First Party", "kind": kinds[0]},
                    {"id": "two", "name": "Party Two", "kind": kinds[1]}],
        "purpose": {"statement": "To work together."},
        "term": {"start": date(2026, 4, 1), "end": date(2029, 3, 31)},
    }
    data.update(sections)
    return Agreement.model_validate(data)


def text_of(agreement: Agreement, template_dir: Path | None = None) -> str:
    return " ".join(render_markdown(agreement, template_dir).split())


@pytest.mark.parametrize(("value", "locale", "expected"), [
    (date(2026, 4, 1), "en-GB", "1 April 2026"), (date(2026, 4, 1), "en-NZ", "1 April 2026"),
    (date(2026, 12, 31), "en-AU", "31 December 2026"), (date(2026, 4, 1), "en-US", "April 1, 2026"),
])
def test_dates_in_the_locale(value: date, locale: str, expected: str) -> None:
    assert format_date(value, locale) == expected


@pytest.mark.parametrize(("amount", "currency", "expected"), [
    (135000, "GBP", "£135,000"), (4200000, "NZD", "NZ$4,200,000"), (50000, "AUD", "A$50,000"),
    (1234.5, "GBP", "£1,234.50"), (1000, "CHF", "CHF 1,000"), (12, None, "12"),
])
def test_money(amount: float, currency: str | None, expected: str) -> None:
    assert format_money(amount, currency) == expected


def test_minimal_agreement_leaves_empty_sections_out_without_gaps() -> None:
    markdown = render_markdown(make())
    headings = re.findall(r"^# (\d+) (.*)$", markdown, flags=re.MULTILINE)
    assert [title for _, title in headings] == ["Parties", "Definitions and interpretation", "Purpose and scope",
                                                "Term and review", "General provisions"]
    assert [int(number) for number, _ in headings] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(("jurisdiction", "kinds", "acts"), [
    ("NZ", ("local_government", "central_government"),
     ["Local Government Official Information and Meetings Act 1987", "Official Information Act 1982"]),
    ("UK-SCT", ("local_government", "public_health_service"), ["Freedom of Information (Scotland) Act 2002"]),
    ("UK-ENG", ("local_government", "charity"), ["Freedom of Information Act 2000"]),
    ("AU-CTH", ("central_government", "central_government"), ["Freedom of Information Act 1982 (Cth)"]),
    ("AU-VIC", ("public_health_service", "ngo"), ["Freedom of Information Act 1982 (Vic)"]),
])
def test_official_information_clause_names_the_acts_that_fit(jurisdiction: str, kinds: tuple[str, str],
                                                            acts: list[str]) -> None:
    text = text_of(make(jurisdiction, kinds, information={"subject_to_official_information": True}))
    assert "Nothing in this Agreement prevents a Party from meeting those duties" in text
    for act in acts:
        assert f"the {act}" in text
    others = {"Official Information Act 1982", "Freedom of Information Act 2000",
              "Freedom of Information (Scotland) Act 2002", "Freedom of Information Act 1982 (Cth)"} - set(acts)
    for act in others:
        assert act not in text


@pytest.mark.parametrize(("binding", "expected"), [
    (False, "is not intended to create legal relations and is not legally binding"),
    (True, "This Agreement is legally binding on the Parties."),
])
def test_legal_status(binding: bool, expected: str) -> None:
    text = text_of(make(agreement={"title": "T", "type": "partnering_agreement", "jurisdiction": "UK-ENG",
                                   "legal_status": {"binding": binding}}))
    assert expected in text


def test_mixed_legal_status_names_the_binding_schedule() -> None:
    agreement = make(agreement={"title": "T", "type": "funding_agreement", "jurisdiction": "UK-ENG",
                                "legal_status": {"binding": "mixed", "binding_clauses": ["grant"]}},
                     schedules=[{"id": "grant", "title": "Grant Conditions", "body": "Conditions."}])
    assert "Only Schedule 1 (Grant Conditions) of this Agreement is legally binding on the Parties." in text_of(agreement)


@pytest.mark.parametrize(("step", "jurisdiction", "expected"), [
    ("mediation", "UK-ENG", "mediation by an independent mediator"),
    ("independent_facilitation", "NZ", "independent facilitator"),
    ("referral_to_ministers", "AU-CTH", "responsible Ministers"),
    ("referral_to_councils", "NZ", "governing bodies of the Parties"),
    ("arbitration", "UK-SCT", "arbitration under the Arbitration (Scotland) Act 2010"),
    ("arbitration", "UK-ENG", "arbitration under the Arbitration Act 1996"),
    ("arbitration", "AU-VIC", "Commercial Arbitration Act 2011 (Vic)"),
    ("courts", "NZ", "the courts of New Zealand"),
])
def test_final_step_wording(step: str, jurisdiction: str, expected: str) -> None:
    text = text_of(make(jurisdiction, dispute_resolution={"final_step": step}))
    assert expected in text


def test_variation_own_costs_notice_and_exit_become_sentences() -> None:
    text = text_of(make(variation={"in_writing": True, "approvers": {"one": "Chief Executive"}},
                        funding={"own_costs": True}, termination={"notice_days": 90},
                        exit={"data": "Returned or destroyed."}))
    assert "may be varied only in writing signed on behalf of every Party" in text
    assert "| the First Party | Chief Executive |" in text
    assert "Each Party bears its own costs" in text
    assert "at least 90 days' written notice" in text.replace("\\'", "'")
    assert "| Shared information | Returned or destroyed. |" in text


def test_user_template_overrides_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "clauses").mkdir()
    (tmp_path / "clauses" / "term.j2").write_text(
        '{{ s.section("term", "Duration") }}\n{{ s.clause("term.dates") }}\nRuns from {{ c.date(a.term.start) }}.\n')
    text = text_of(make(), tmp_path)
    assert "# 4 Duration" in render_markdown(make(), tmp_path) and "4.1 Runs from 1 April 2026." in text


@pytest.mark.parametrize("payload", ["{{ ''.__class__.__mro__[1].__subclasses__() }}",
                                     "{{ a.__class__.__init__.__globals__ }}", "{{ undefined_name }}"])
def test_user_templates_run_in_the_sandbox(tmp_path: Path, payload: str) -> None:
    (tmp_path / "clauses").mkdir()
    (tmp_path / "clauses" / "term.j2").write_text(payload + "\n")
    with pytest.raises(RenderError):
        render_markdown(make(), tmp_path)
