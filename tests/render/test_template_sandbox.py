"""Template folders never read outside themselves (issue 12, class 8).

With `--template-dir`, `{{ a.parse_file("creds.json") }}` (a pydantic method reachable in
the sandbox) read any file and printed it in the error; symlinked templates, includes and
assets were followed out of the folder. Now templates see plain read-only data, the loader
refuses links that leave the folder (and FIFOs), and a template error is one line naming the
template file and line, with no exception text that could carry a value or file content.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from jinja2 import Undefined
from jinja2.exceptions import SecurityError

from collabagree.drafting.sandbox import readable_names, sandbox
from support.bounded import Outcome, run_bounded
from support.render import EXAMPLE_PATHS, load_agreement

SOURCE = EXAMPLE_PATHS[0]  # au-cth-data-mou
TITLE = "Memorandum of Understanding on Regional Housing Wellbeing Indicators"
SECRET = "SECRET-CREDENTIAL-5d41402a"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(agreement, template folder, secret file outside it)."""
    source = tmp_path / "agreement.yaml"
    shutil.copy(SOURCE, source)
    secret = tmp_path / "creds.json"
    secret.write_text('{"token": "' + SECRET + '"}\n', encoding="utf-8")
    templates = tmp_path / "templates"
    (templates / "clauses").mkdir(parents=True)
    return source, templates, secret


def _render(source: Path, templates: Path, to: str = "md") -> Outcome:
    return run_bounded("render", str(source), "--to", to, "-o", str(source.parent / "out"),
                       "--template-dir", str(templates))


def _assert_refused(outcome: Outcome, *needles: str) -> None:
    assert outcome.returncode == 2, outcome.stdout + outcome.stderr
    everything = outcome.stdout + outcome.stderr
    assert SECRET not in everything and "Traceback" not in everything
    (line,) = [line for line in outcome.stderr.splitlines() if "template error" in line]
    for needle in needles:
        assert needle in line, line


@pytest.mark.parametrize("expression", [
    'a.parse_file("{secret}")',
    'a.agreement.parse_file("{secret}")',
    'a.parties[0].parse_raw(a.parties[0].name)',
    'a.model_validate_json("{{}}")',
    'c.a.parse_file("{secret}")',
    'c.party_by_id(a.parties[0].id).parse_file("{secret}")',
    'c.signatories_for(a.parties[0].id)[0].parse_file("{secret}")',
    'a.model_dump()',
    'a.__class__.__init__.__globals__',
])
def test_templates_reach_no_model_method(setup: tuple[Path, Path, Path], expression: str) -> None:
    source, templates, secret = setup
    (templates / "clauses" / "agreement.j2").write_text(
        "ok\n{{ " + expression.format(secret=secret) + " }}\n", encoding="utf-8")
    outcome = _render(source, templates)
    _assert_refused(outcome, f"{templates.resolve() / 'clauses' / 'agreement.j2'}, line 2")
    assert not (source.parent / "out").exists()


def test_a_template_linked_to_a_file_outside_the_folder_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "clauses" / "agreement.j2").symlink_to(secret)
    _assert_refused(_render(source, templates), "clauses/agreement.j2", "outside")


def test_an_include_of_a_link_out_of_the_folder_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "clauses" / "agreement.j2").write_text('{% include "clauses/x.j2" %}\n', encoding="utf-8")
    (templates / "clauses" / "x.j2").symlink_to(secret)
    _assert_refused(_render(source, templates), "clauses/x.j2", "outside")


def test_a_linked_sub_folder_leading_outside_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "sections").symlink_to(secret.parent)
    (templates / "clauses" / "agreement.j2").write_text('{% include "sections/creds.json" %}\n', encoding="utf-8")
    _assert_refused(_render(source, templates), "outside")


@pytest.mark.parametrize("name", ["../creds.json", "sections/../../creds.json", "{secret}",
                                  "/etc/passwd", "..\\creds.json"])
def test_an_include_climbing_out_of_the_folder_finds_nothing(
        setup: tuple[Path, Path, Path], name: str) -> None:
    source, templates, secret = setup
    (templates / "clauses" / "agreement.j2").write_text(
        '{% include "' + name.format(secret=secret) + '" %}\n', encoding="utf-8")
    _assert_refused(_render(source, templates), "does not exist")


def test_a_linked_asset_outside_the_folder_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "agreement.css").symlink_to(secret)
    outcome = _render(source, templates, to="html")
    _assert_refused(outcome, "agreement.css", "outside")


def test_a_fifo_template_is_refused_without_waiting(setup: tuple[Path, Path, Path]) -> None:
    source, templates, _ = setup
    os.mkfifo(templates / "clauses" / "agreement.j2")
    _assert_refused(_render(source, templates), "clauses/agreement.j2", "not a regular file")


def test_a_link_inside_the_folder_is_followed(setup: tuple[Path, Path, Path]) -> None:
    source, templates, _ = setup
    (templates / "real.j2").write_text('{{ s.section("own", "Own") }}\nOwn template for {{ a.agreement.title }}.\n',
                                       encoding="utf-8")
    (templates / "clauses" / "agreement.j2").symlink_to(templates / "real.j2")
    outcome = _render(source, templates)
    assert outcome.returncode == 0, outcome.stderr
    assert f"Own template for {TITLE}." in (source.parent / "out" / "agreement.md").read_text("utf-8")


@pytest.mark.parametrize(("body", "line"), [
    ("{{ {}[a.agreement.title] }}", 2),               # Jinja's message would name the key
    ("{{ a.agreement.title.index(a.parties[0].name) }}", 2),
    ("{{ (a.agreement.title ~ a.parties[0].name) | int + a.nope }}", 2),
    ("{% for x in a.parties %}\n{{ x.name ~ x.name.nope }}\n{% endfor %}", 3),
    ("{% if a.agreement.title %}\n{{ a.agreement.title }\n{% endif %}", 3),  # a syntax error
])
def test_template_errors_are_one_line_with_file_and_line_and_no_values(
        setup: tuple[Path, Path, Path], body: str, line: int) -> None:
    source, templates, _ = setup
    (templates / "clauses" / "agreement.j2").write_text("ok\n" + body + "\n", encoding="utf-8")
    outcome = _render(source, templates)
    _assert_refused(outcome, f"clauses/agreement.j2, line {line}")
    everything = outcome.stdout + outcome.stderr
    assert TITLE not in everything and "Regional Housing" not in everything
    parties = load_agreement(source).parties
    assert all(party.name not in everything for party in parties)


def test_models_show_templates_their_data_and_no_method() -> None:
    agreement = load_agreement(SOURCE)
    env = sandbox(None)
    party = agreement.parties[0]
    assert env.getattr(agreement, "agreement").title == TITLE
    assert env.getattr(party, "label") == party.label  # a property of our own model
    for name in ("parse_file", "model_dump", "model_validate_json", "copy", "json", "model_fields_set"):
        assert isinstance(env.getattr(agreement, name), Undefined), name
    with pytest.raises(SecurityError):
        env.from_string("{{ a.parties.append(1) }}").render(a=agreement)  # immutable sandbox
    assert "model_dump" not in readable_names(type(agreement))
