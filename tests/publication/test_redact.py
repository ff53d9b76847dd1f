"""The redaction as a pure transformation of the model: each value withheld and marked by
its ground, also where it appears inside other texts; values that cannot hold a marker left
out; and a redaction the format cannot honour refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabagree.check.pipeline import check_and_model
from collabagree.check.settings import Settings
from collabagree.lint.engine import Selection
from collabagree.model import Agreement
from collabagree.publication.redact import RedactionError, public_version
from support.check import run

BASE = """\
collabagree: 1
agreement: {title: Food Security Grant, type: funding_agreement, jurisdiction: UK-ENG}
parties:
  - {id: council, name: Kestrel Vale Borough Council, kind: local_government}
  - id: foodbank
    name: Kestrel Vale Food Bank
    kind: charity
    notices: {email: jo.reed@foodbank.example, for_attention_of: Jo Reed}
purpose: {statement: "To fund emergency food support; questions go to Jo Reed (jo.reed@foodbank.example)."}
term: {start: 2026-04-01, end: 2029-03-31}
funding:
  total: 30000
  conditions:
    instalments:
      - {due: 2026-04-01, amount: 10000}
      - {due: 2027-04-01, amount: 20000}
publication:
  intended: true
  redactions:
"""


def _model(redactions: str) -> Agreement:
    text = BASE + redactions
    _, agreement = check_and_model("a.yaml", text.encode("utf-8"), Selection(Settings()))
    assert agreement is not None
    return agreement


def test_a_value_is_replaced_by_its_marker_and_swept_from_other_texts() -> None:
    version = public_version(_model(
        "    - {path: parties.foodbank.notices.email, ground: s40(2), reason: Staff member.}\n"
        "    - {path: parties.foodbank.notices.for_attention_of, ground: section 40(2), reason: Staff member.}\n"))
    public = version.agreement
    notices = public.parties[1].notices
    assert notices is not None
    assert notices.email == "[Redacted: s40(2)]" and notices.for_attention_of == "[Redacted: s40(2)]"
    assert public.purpose.statement == ("To fund emergency food support; questions go to "
                                        "[Redacted: s40(2)] ([Redacted: s40(2)]).")
    dumped = public.model_dump_json()
    assert "Jo Reed" not in dumped and "jo.reed" not in dumped
    assert public.parties[1].name == "Kestrel Vale Food Bank"
    assert [entry.ground for entry in version.log] == ["s40(2)", "s40(2)"]
    assert version.regime == "FOIA2000"


def test_a_number_cannot_hold_a_marker_and_is_left_out() -> None:
    version = public_version(_model(
        "    - {path: 'funding.conditions.instalments[1].amount', ground: s43(2), reason: Lease talks.}\n"))
    funding = version.agreement.funding
    assert funding is not None and funding.conditions is not None
    instalments = funding.conditions.instalments or []
    assert instalments[1].amount is None and instalments[0].amount == 10000
    assert "20000" in version.withheld and "20,000" in version.withheld


def test_a_mapping_has_each_text_marked() -> None:
    version = public_version(_model(
        "    - {path: parties.foodbank.notices, ground: s40(2), reason: Staff member.}\n"))
    notices = version.agreement.parties[1].notices
    assert notices is not None and notices.email == notices.for_attention_of == "[Redacted: s40(2)]"


def test_the_input_model_is_left_as_it_was() -> None:
    agreement = _model("    - {path: parties.foodbank.notices.email, ground: s40(2), reason: Staff member.}\n")
    before = agreement.model_dump()
    public_version(agreement)
    assert agreement.model_dump() == before


@pytest.mark.parametrize(("redaction", "message"), [
    ("    - {path: parties.foodbank.kind, ground: s40(2), reason: x.}\n", "cannot withhold the value at parties[1].kind"),
    ("    - {path: parties.nobody, ground: s40(2), reason: x.}\n", "selects nothing"),
    ("    - {path: parties.foodbank.notices.email, ground: s9(2)(a), reason: x.}\n", "not a ground of FOIA2000"),
])
def test_a_redaction_that_cannot_be_applied_is_refused(redaction: str, message: str) -> None:
    with pytest.raises(RedactionError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        public_version(_model(redaction))


def test_render_public_refuses_a_file_with_a_pub_error(tmp_path: Path) -> None:
    source = tmp_path / "grant.yaml"
    source.write_text(BASE + "    - {path: parties.nobody, ground: s40(2), reason: x.}\n", encoding="utf-8")
    result = run("render", "--public", "--to", "md", str(source))
    assert result.code == 1, result.out + result.err
    assert "PUB002" in result.out and "Traceback" not in result.out + result.err
    assert not list(tmp_path.glob("*.public.*"))


def test_render_public_of_unreadable_input_is_one_line(tmp_path: Path) -> None:
    result = run("render", "--public", "--to", "md", str(tmp_path / "missing.yaml"))
    assert result.code == 2 and "Traceback" not in result.out + result.err
    assert len([line for line in result.err.splitlines() if line.strip()]) == 1, result.err


def test_a_defined_term_that_holds_a_withheld_name_is_marked_too() -> None:
    text = BASE.replace("publication:\n", "definitions: {Jo Reed: The Food Bank's operations lead.}\npublication:\n")
    _, agreement = check_and_model("a.yaml", (text + "    - {path: parties.foodbank.notices.for_attention_of, "
                                              "ground: s40(2), reason: Staff member.}\n").encode("utf-8"),
                                   Selection(Settings()))
    assert agreement is not None
    public = public_version(agreement).agreement
    assert public.definitions == {"[Redacted: s40(2)]": "The Food Bank's operations lead."}


def test_a_refinement_of_a_listed_ground_keeps_its_paragraph() -> None:
    version = public_version(_model(
        "    - {path: parties.foodbank.notices.email, ground: section 31(1)(a), reason: Fraud risk.}\n"))
    notices = version.agreement.parties[1].notices
    assert notices is not None and notices.email == "[Redacted: s31(1)(a)]"
    assert (version.log[0].ground, version.log[0].ground_title) == ("s31(1)(a)", "Law enforcement")
