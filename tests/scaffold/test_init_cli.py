"""`collabagree init` run as a script (stdin not a terminal): never asks, writes a file
`check` accepts for every type, protects existing files, copies and lists the examples, and
turns bad options into one line and exit 2."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from collabagree.scaffold.schema_ref import installed_schema
from collabagree.schema.json_schema import schema_text
from support.scaffold import TYPES, run, run_main

SCHEMA_URI = installed_schema().as_uri()  # the offline default outside a checkout

UNFINISHED: dict[str, set[str]] = {
    "funding_agreement": {"FUN007"},
    "data_sharing_agreement": {"INF021"},
    "cross_sector_collaboration": {"INF021"},
}
"""Findings of format 1.1 rules a fresh scaffold of each type still gets, besides placeholders."""

@pytest.mark.parametrize("agreement_type", TYPES)
def test_non_interactive_scaffold_for_each_type_checks_clean(tmp_path: Path, agreement_type: str) -> None:
    made = run("init", "--type", agreement_type, "--jurisdiction", "UK-WLS",
               "--party", "council=Cyngor Example:local_government",
               "--party", "trust=Example Health Board:public_health_service", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    assert "Wrote agreement.yaml" in made.stdout and "collabagree check agreement.yaml" in made.stdout
    text = (tmp_path / "agreement.yaml").read_text(encoding="utf-8")
    assert text.startswith(f"# yaml-language-server: $schema={SCHEMA_URI}\n")
    assert f"  type: {agreement_type}\n" in text and "  status: draft\n" in text

    checked = run("check", "--output-format", "json", "agreement.yaml", cwd=tmp_path)
    codes = {finding["code"] for finding in json.loads(checked.stdout)["findings"]}
    # Placeholders only, plus what the rules of format 1.1 ask the drafter to decide: a funding
    # agreement's amounts are 0 until entered (FUN007, an error, so the run fails until then),
    # and one rights contact for separate controllers needs a sentence that each controller
    # answers for its own data (INF021, a warning).
    expected = {"TXT001"} | UNFINISHED.get(agreement_type, set())
    assert codes == expected, checked.stdout
    assert checked.returncode == (1 if "FUN007" in expected else 0), checked.stdout + checked.stderr


def test_no_answers_at_all_gives_a_complete_placeholder_scaffold(tmp_path: Path) -> None:
    made = run("init", "--no-input", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "agreement.yaml").read_text(encoding="utf-8")
    assert "  type: mou  # TODO confirm\n" in text
    assert "  jurisdiction: OTHER  # TODO confirm" in text
    assert "name: 'TODO: full legal name of party A'" in text
    assert "kind: central_government  # TODO confirm" in text
    assert "  start: " in text and "# TODO confirm" in text.split("\nterm:\n")[1].split("\n\n")[0]


def test_refuses_to_overwrite_and_leaves_the_bytes_alone(tmp_path: Path) -> None:
    target = tmp_path / "agreement.yaml"
    original = b"# my agreement\xe2\x80\x94do not touch\ncollabagree: 1\n"
    target.write_bytes(original)
    before = os.stat(target)
    refused = run("init", "--no-input", "--type", "mou", cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0  # one line
    assert "agreement.yaml already exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_bytes() == original
    assert os.stat(target).st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreement.yaml"]  # no temp file left

    forced = run("init", "--no-input", "--type", "mou", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes().startswith(b"# yaml-language-server:")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreement.yaml"]


def test_example_refuses_to_overwrite_too(tmp_path: Path) -> None:
    (tmp_path / "agreement.yaml").write_text("mine\n", encoding="utf-8")
    refused = run("init", "--example", "uk-food", cwd=tmp_path)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert (tmp_path / "agreement.yaml").read_text(encoding="utf-8") == "mine\n"


def test_a_folder_as_path_is_refused(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    refused = run("init", "--no-input", "--force", "sub", cwd=tmp_path)
    assert refused.returncode == 2 and "is a folder" in refused.stderr


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    made = run("init", "--no-input", "agreements/2026/new.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "agreements" / "2026" / "new.yaml").is_file()


def test_list_examples_names_type_and_jurisdiction(tmp_path: Path) -> None:
    listed = run("init", "--list-examples", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["NAME", "TYPE", "JURISDICTION", "TITLE"]
    rows = {line.split()[0]: line.split()[1:3] for line in lines[1:]}
    assert rows["uk-food-bank-funding"] == ["funding_agreement", "UK-ENG"]
    assert rows["nz-catchment-partnering"] == ["partnering_agreement", "NZ"]
    assert len(rows) >= 5
    assert list(tmp_path.iterdir()) == []  # listing writes nothing


def test_example_by_prefix_is_copied_with_a_working_modeline(tmp_path: Path) -> None:
    made = run("init", "--example", "scot", "dsa.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "scot-health-data-sharing" in made.stdout
    copied = (tmp_path / "dsa.yaml").read_text(encoding="utf-8")
    shipped = (Path(__file__).resolve().parents[2] / "examples" / "scot-health-data-sharing.yaml"
               ).read_text(encoding="utf-8")
    assert copied.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_URI}"
    assert copied.splitlines()[1:] == shipped.splitlines()[1:]
    checked = run("check", "--exit-zero", "--output-format", "json", "dsa.yaml", cwd=tmp_path)
    assert not [f for f in json.loads(checked.stdout)["findings"] if f["code"].startswith("SCH")]


@pytest.mark.parametrize(("args", "message"), [
    (["--example", "nope"], "is not a shipped example; choose one of:"),
    (["--example", "uk-food-bank-funding", "--type", "mou"], "cannot be combined with --type"),
    (["--party", "council=Kestrel Vale Borough Council"], "no kind given; expected ID=NAME:KIND"),
    (["--party", "council=Kestrel Vale Borough Council:council"], "is not a known party kind"),
    (["--party", "Council=Kestrel Vale:local_government"], "is not a valid party id"),
    (["--party", "=Kestrel Vale:local_government"], "the id before '=' is empty"),
    (["--party", "council=:local_government"], "the name is empty"),
    (["--party", "a=A:ngo", "--party", "a=B:ngo"], "the id 'a' is already used"),
    (["--type", "treaty"], "--type 'treaty': 'treaty' is not a known agreement type"),
    (["--jurisdiction", "UK"], "is not a known jurisdiction"),
    (["--start", "2026-13-01"], "--start '2026-13-01': '2026-13-01' is not a real date"),
    (["--start", "2027-01-01", "--end", "2026-01-01"], "is not after --start"),
    (["--end", "soon"], "is not a date in the form YYYY-MM-DD"),
    (["--party", "a=A:ngo", "--party", "b=B:charity", "--lead", "c"], "--lead 'c' is not one of the parties"),
    (["--interactive", "--no-input"], "contradict each other"),
])
def test_bad_options_are_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str], args: list[str],
                                            message: str) -> None:
    extra = [] if "--interactive" in args else ["--no-input"]
    # In-process through the real entry point (the same error mapping as the script, faster).
    code = run_main(["init", *extra, *args], tmp_path, monkeypatch)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("collabagree: error: ")
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_party_name_may_contain_colons_and_id_may_be_left_out(tmp_path: Path) -> None:
    made = run("init", "--no-input", "--party", "Health: North Region:public_health_service",
               "--party", "ngo=Safe Steps: Family Violence Response:ngo", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "agreement.yaml").read_text(encoding="utf-8")
    assert "  - id: health-north-region\n    name: 'Health: North Region'\n" in text
    assert "name: 'Safe Steps: Family Violence Response'\n" in text and "    kind: ngo\n" in text


def test_interactive_flag_reads_scripted_answers_from_a_pipe(tmp_path: Path) -> None:
    answers = "\n".join(["cross_sector", "AU-VIC", "", "Riverbend Health", "", "", "", "",
                         "Northgate Gambler's Help", "ngo", "gh", "", "", "", "", "2026-07-01", "", ""]) + "\n"
    made = run("init", "--interactive", cwd=tmp_path, stdin=answers)
    assert made.returncode == 0, made.stdout + made.stderr
    text = (tmp_path / "agreement.yaml").read_text(encoding="utf-8")
    assert "  type: cross_sector_collaboration\n" in text
    assert "  start: 2026-07-01\n  end: 2029-06-30\n" in text
    assert "lead_agency: riverbend-health\n" in text
    assert "service_integration:" in text and "co_location:" in text


def test_interactive_flag_with_too_few_answers_exits_2(tmp_path: Path) -> None:
    result = run("init", "--interactive", cwd=tmp_path, stdin="mou\n")
    assert result.returncode == 2
    assert "input ended before every question was answered" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_write_schema_puts_the_schema_beside_the_file_and_names_it(tmp_path: Path) -> None:
    made = run("init", "--no-input", "--write-schema", "new.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "new.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=agreement.schema.json\n")
    assert (tmp_path / "agreement.schema.json").read_text(encoding="utf-8") == schema_text()
    again = run("init", "--no-input", "--write-schema", "second.yaml", cwd=tmp_path)
    assert again.returncode == 0, again.stderr  # our own schema is simply brought up to date


def test_write_schema_never_overwrites_another_file_of_that_name(tmp_path: Path) -> None:
    (tmp_path / "agreement.schema.json").write_text('{"$id": "https://other.example/"}', encoding="utf-8")
    made = run("init", "--no-input", "--write-schema", "new.yaml", cwd=tmp_path)
    assert made.returncode == 2
    assert made.stderr.count("\n") == 1 and "is not collabagree's schema" in made.stderr
    assert not (tmp_path / "new.yaml").exists()


def test_schema_output_writes_the_same_text_as_printing(tmp_path: Path) -> None:
    printed = run("schema", cwd=tmp_path)
    assert printed.returncode == 0 and printed.stdout == schema_text()
    written = run("schema", "--output", "copy.json", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "copy.json").read_text(encoding="utf-8") == schema_text()
    bad = run("schema", "-o", str(tmp_path / "missing" / "x.json"), cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "does not exist" in bad.stderr
