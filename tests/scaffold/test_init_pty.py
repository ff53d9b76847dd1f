"""The interactive flow, driven for real through a pseudo-terminal: prompts appear only on a
terminal, defaults are taken with Enter, bad answers are explained and asked again, and
Ctrl-C or end of input stop cleanly (130 and 2) without writing anything."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from collabagree.scaffold.defaults import default_start
from support.scaffold import PtySession

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals need POSIX")


def test_full_interactive_flow_with_retries(tmp_path: Path) -> None:
    session = PtySession("init", "grant.yaml", cwd=tmp_path)
    screen = session.expect("Type (number or name) [mou]: ")
    assert "funding_agreement - Funding agreement:" in screen  # each type explained
    session.answer("grant")  # not a type
    assert "is not a known agreement type" in session.expect("Type (number or name) [mou]: ")
    session.answer("4")
    session.expect("[OTHER]: ")
    session.answer("uk-eng")  # any case
    session.expect("Title [Funding Agreement]: ")
    session.answer("Kestrel Vale Food Security Grant Funding Agreement")
    session.expect("Party 1 full legal name: ")
    session.answer("")  # no default: asked again
    assert "An answer is needed" in session.expect("Party 1 full legal name: ")
    session.answer("Kestrel Vale Borough Council")
    session.expect("kind [local_government]: ")  # guessed from the name
    session.answer("")
    session.expect("[kvbc]: ")  # id derived from the name, editable
    session.answer("council")
    session.expect("short name (how the document refers to it) [the Council]: ")
    session.answer("")
    session.expect("address for formal notices (Enter to fill in later): ")
    session.answer("Civic Centre, Market Square, Kestrel Vale")
    session.expect("Party 2 full legal name: ")
    session.answer("Kestrel Vale Community Food Bank")
    session.expect("kind [charity]: ")
    session.answer("charityy")
    assert "Did you mean 'charity'?" in session.expect("kind [charity]: ")
    session.answer("7")  # by number
    session.expect("[kvcfb]: ")
    session.answer("Food Bank")  # not a valid id
    assert "not a valid party id" in session.expect("[kvcfb]: ")
    session.answer("council")  # taken
    assert "already used" in session.expect("[kvcfb]: ")
    session.answer("foodbank")
    session.expect("short name (how the document refers to it) [the Bank]: ")
    session.answer("the Food Bank")
    session.expect("address for formal notices (Enter to fill in later): ")
    session.answer("")
    session.expect("(Enter to finish): ")
    session.answer("")
    session.expect("Lead agency (council, foodbank) [council]: ")
    session.answer("bank")
    session.expect("[council]: ")
    session.answer("")
    session.expect("Start date (YYYY-MM-DD) [")
    session.expect("]: ")  # the default is next month: any date
    session.answer("2026-02-30")  # a bad date
    assert "not a real date" in session.expect("]: ")
    session.answer("1 April 2026")
    assert "YYYY-MM-DD" in session.expect("]: ")
    session.answer("2026-04-01")
    session.expect("End date (YYYY-MM-DD, or 'open' for no end date) [2029-03-31]: ")
    session.answer("2026-01-01")  # before the start
    assert "is not after the start date" in session.expect("[2029-03-31]: ")
    session.answer("")
    session.expect("Will the agreement be published (yes or no) [yes]: ")
    session.answer("maybe")
    assert "is not yes or no" in session.expect("[yes]: ")
    session.answer("y")
    assert session.wait() == 0, session.transcript
    assert "Traceback" not in session.transcript
    assert "Wrote grant.yaml" in session.transcript

    text = (tmp_path / "grant.yaml").read_text(encoding="utf-8")
    assert "title: Kestrel Vale Food Security Grant Funding Agreement" in text
    assert "    short_name: the Council\n" in text and "    short_name: the Food Bank\n" in text
    assert "      address: Civic Centre, Market Square, Kestrel Vale\n" in text
    assert "  intended: true\n" in text
    assert "type: funding_agreement\n" in text  # answered, so not marked for confirmation
    assert "  - id: council\n    name: Kestrel Vale Borough Council\n    short_name: the Council\n    kind: local_government\n" in text
    assert "  - id: foodbank\n" in text and "kind: charity\n" in text
    assert "lead_agency: council\n" in text
    assert "  start: 2026-04-01\n  end: 2029-03-31\n" in text  # both answered: no TODO


def test_defaults_accepted_with_enter(tmp_path: Path) -> None:
    session = PtySession("init", "--type", "mou", "--jurisdiction", "NZ",
                         "--party", "mfe=Ministry for the Environment:central_government",
                         "--party", "kbrc=Kowhai Bay Regional Council:local_government",
                         cwd=tmp_path)
    session.expect("Title [Memorandum of Understanding]: ")  # flags answered the rest
    session.answer("")
    session.expect("Lead agency (mfe, kbrc) [mfe]: ")
    session.answer("2")
    session.expect("Start date (YYYY-MM-DD) [")
    session.expect("]: ")
    session.answer("")
    session.expect("End date (YYYY-MM-DD, or 'open' for no end date) [")
    session.expect("]: ")
    session.answer("open")
    session.expect("Will the agreement be published (yes or no) [yes]: ")
    session.answer("")
    assert session.wait() == 0, session.transcript
    text = (tmp_path / "agreement.yaml").read_text(encoding="utf-8")
    assert f"  start: {default_start(date.today()).isoformat()}\n" in text  # the default
    assert "lead_agency: kbrc\n" in text
    assert "\n  end:" not in text  # open-ended
    assert "foi_regime: OIA1982" in text and "foi_regime: LGOIMA1987" in text


def test_no_input_never_asks_even_on_a_terminal(tmp_path: Path) -> None:
    session = PtySession("init", "--no-input", "--type", "partnering", cwd=tmp_path)
    assert session.wait() == 0, session.transcript
    assert "[" not in session.transcript.split("Wrote")[0]  # no prompt before the summary
    assert (tmp_path / "agreement.yaml").is_file()


def test_ctrl_c_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    session = PtySession("init", cwd=tmp_path)
    session.expect("Type (number or name) [mou]: ")
    session.interrupt()
    assert session.wait() == 130
    assert "interrupted" in session.transcript
    assert "Traceback" not in session.transcript
    assert not (tmp_path / "agreement.yaml").exists()


def test_end_of_input_exits_2_with_one_line(tmp_path: Path) -> None:
    session = PtySession("init", "--type", "mou", cwd=tmp_path)
    session.expect("[OTHER]: ")
    session.end_input()
    assert session.wait() == 2
    assert "input ended before every question was answered" in session.transcript
    assert "Traceback" not in session.transcript and "Aborted" not in session.transcript
    assert not (tmp_path / "agreement.yaml").exists()


def test_existing_file_is_refused_before_any_question(tmp_path: Path) -> None:
    target = tmp_path / "agreement.yaml"
    target.write_bytes(b"keep me\n")
    session = PtySession("init", cwd=tmp_path)
    assert session.wait() == 2
    assert "already exists" in session.transcript and "--force" in session.transcript
    assert "Type (number" not in session.transcript
    assert target.read_bytes() == b"keep me\n"
