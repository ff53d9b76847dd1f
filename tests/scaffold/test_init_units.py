"""Unit tests of the pieces of `init`: answer parsing, ids, defaults, the writer, the schema
reference and the example lookup."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from collabagree.core.dates import add_months
from collabagree.core.errors import UsageError
from collabagree.model.base import PARTY_ID_PATTERN
from collabagree.scaffold.answers import (
    AnswerError,
    derive_party_id,
    guess_kind,
    parse_end,
    parse_kind,
    parse_party_option,
    parse_type,
)
from collabagree.scaffold.defaults import Given, complete, default_end, default_start
from collabagree.scaffold.examples import find_example
from collabagree.scaffold.facts import derive_facts
from collabagree.scaffold.prompting import Prompter
from collabagree.scaffold.schema_ref import installed_schema, schema_reference
from collabagree.scaffold.writer import write_new_file
from collabagree.schema.json_schema import SCHEMA_ID
from support.scaffold import TODAY


@pytest.mark.parametrize(("text", "expected"), [
    ("council=Kestrel Vale Borough Council:local_government",
     ("council", "Kestrel Vale Borough Council", "local_government")),
    ("Kestrel Vale Borough Council:Local Government", ("kvbc", "Kestrel Vale Borough Council", "local_government")),
    ("hb=Health Board: North:public_health_service", ("hb", "Health Board: North", "public_health_service")),
    ("  x = Spaced   Name : ngo ", ("x", "Spaced Name", "ngo")),
    ("c=Charity:7", ("c", "Charity", "charity")),
])
def test_party_option(text: str, expected: tuple[str, str, str]) -> None:
    party = parse_party_option(text, set())
    assert (party.id, party.name, party.kind) == expected


@pytest.mark.parametrize("name", ["Kestrel Vale Borough Council", "Ministry for the Environment",
                                  "Te Whatu Ora – Tairāwhiti", "3M", "!!!", "x" * 80,
                                  "Department of Housing and Regional Communities"])
def test_derived_ids_match_the_id_pattern_and_are_unique(name: str) -> None:
    import re

    taken: set[str] = set()
    for _ in range(12):
        party_id = derive_party_id(name, taken)
        assert re.match(PARTY_ID_PATTERN, party_id), party_id
        assert party_id not in taken
        taken.add(party_id)


def test_type_accepts_values_short_names_and_numbers() -> None:
    assert parse_type("funding") == "funding_agreement"
    assert parse_type("2") == "partnering_agreement"
    assert parse_type("MOU") == "mou"
    with pytest.raises(AnswerError, match="Did you mean 'mou'"):
        parse_type("mou2")


def test_kind_and_guesses() -> None:
    assert parse_kind("local-government") == "local_government"
    assert guess_kind("Kestrel Vale Borough Council", "UK-ENG") == "local_government"
    assert guess_kind("Department of Health", "AU-VIC") == "state_government"
    assert guess_kind("Department of Health", "AU-CTH") == "central_government"
    assert guess_kind("Ngāti Example Iwi Trust", "NZ") == "iwi_maori_organisation"


def test_end_date_and_open_ended() -> None:
    assert parse_end("open", date(2026, 4, 1)) is None
    with pytest.raises(AnswerError, match="not after the start"):
        parse_end("2026-04-01", date(2026, 4, 1))


def test_date_defaults() -> None:
    assert default_start(date(2026, 11, 23)) == date(2026, 12, 1)
    assert default_start(date(2026, 12, 31)) == date(2027, 1, 1)
    assert default_end(date(2026, 4, 1)) == date(2029, 3, 31)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_complete_marks_what_it_guessed() -> None:
    answers = complete(Given(type="mou", start=date(2026, 4, 1)), TODAY)
    assert answers.defaulted == {"jurisdiction", "lead", "end"}
    assert [party.placeholder for party in answers.parties] == [True, True]
    with pytest.raises(UsageError, match="--lead 'x'"):
        complete(Given(lead="x"), TODAY)


def test_facts_pick_regimes_final_step_and_notice() -> None:
    parties = [parse_party_option("mfe=Ministry for the Environment:central_government", set()),
               parse_party_option("kbrc=Kowhai Bay Regional Council:local_government", {"mfe"}),
               parse_party_option("iwi=Example Iwi Trust:iwi_maori_organisation", {"mfe", "kbrc"})]
    facts = derive_facts(complete(Given(type="partnering_agreement", jurisdiction="NZ",
                                        parties=parties), TODAY))
    assert facts.party_regimes == {"mfe": "OIA1982", "kbrc": "LGOIMA1987"}
    assert facts.final_step == "mediation" and facts.mixed
    only_cth = [parse_party_option("a=A:central_government", set()),
                parse_party_option("b=B:central_government", {"a"})]
    cth = derive_facts(complete(Given(jurisdiction="AU-CTH", parties=only_cth), TODAY))
    assert cth.final_step == "referral_to_ministers" and cth.profiles == ("aps_charter",)
    charity = [parse_party_option("c=C:local_government", set()), parse_party_option("d=D:charity", {"c"})]
    uk = derive_facts(complete(Given(jurisdiction="UK-ENG", parties=charity,
                                     start=date(2026, 4, 1), end=date(2026, 5, 1)), TODAY))
    assert uk.profiles == ("uk_compact",)
    assert uk.notice_days == 30  # 90 for a charity, cut to stay shorter than a one-month term


def test_prompter_asks_again_until_valid() -> None:
    answers = iter(["", "2026-02-30", "2026-03-01"])
    shown: list[str] = []
    prompter = Prompter(read=lambda prompt: next(answers), write=shown.append)
    from collabagree.scaffold.answers import parse_date

    assert prompter.ask("Start", parse_date) == date(2026, 3, 1)
    assert shown == ["  An answer is needed here.",
                     "  '2026-02-30' is not a real date (check the month and the day)."]


def test_writer_never_clobbers_a_file_that_appears_late(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    write_new_file(target, b"first\n", force=False)
    assert target.read_bytes() == b"first\n"
    with pytest.raises(UsageError, match="already exists"):
        write_new_file(target, b"second\n", force=False)
    assert target.read_bytes() == b"first\n"
    write_new_file(target, b"third\n", force=True)
    assert target.read_bytes() == b"third\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.yaml"]


def test_writer_without_hard_links_still_refuses_and_writes(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "b.yaml"
    write_new_file(target, b"content\n", force=False)
    assert target.read_bytes() == b"content\n"
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # not mkstemp's private mode
    assert sorted(path.name for path in tmp_path.iterdir()) == ["b.yaml"]


def test_schema_reference_relative_only_for_our_vendored_schema(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "schemas").mkdir()
    target = tmp_path / "agreements" / "new.yaml"
    installed = installed_schema().as_uri()
    assert installed.startswith("file:///") and installed_schema().is_file()
    assert schema_reference(target) == installed
    (tmp_path / "schemas" / "agreement.schema.json").write_text(json.dumps({"$id": "https://other/"}))
    assert schema_reference(target) == installed  # another tool's schema of the same name
    (tmp_path / "schemas" / "agreement.schema.json").write_text(json.dumps({"$id": SCHEMA_ID}))
    assert schema_reference(target) == "../schemas/agreement.schema.json"
    assert schema_reference(tmp_path / "top.yaml") == "schemas/agreement.schema.json"


def test_schema_reference_in_this_checkout_is_relative() -> None:
    root = Path(__file__).resolve().parents[2]
    assert schema_reference(root / "examples" / "new.yaml") == "../schemas/agreement.schema.json"


def test_example_lookup_by_name_prefix_and_ambiguity(tmp_path: Path) -> None:
    for name in ("uk-one", "uk-two", "nz-three"):
        (tmp_path / f"{name}.yaml").write_text(
            "collabagree: 1\nagreement: {title: T, type: mou, jurisdiction: NZ}\n", encoding="utf-8")
    assert find_example("nz", tmp_path).name == "nz-three"
    assert find_example("uk-one.yaml", tmp_path).name == "uk-one"
    with pytest.raises(UsageError, match="matches several examples"):
        find_example("uk", tmp_path)
    with pytest.raises(UsageError, match="choose one of: nz-three, uk-one, uk-two"):
        find_example("au", tmp_path)
