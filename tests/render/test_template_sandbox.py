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
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel

from collabagree.render.clauses import ClauseHelpers
from collabagree.render.markdown import SafeMarkdown
from collabagree.render.template_data import DataView, template_view
from support.bounded import Outcome, run_bounded
from support.render import EXAMPLE_PATHS, EXAMPLES, load_agreement

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
    templates.mkdir()
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
    (templates / "agreement.md.j2").write_text(
        "ok\n{{ " + expression.format(secret=secret) + " }}\n", encoding="utf-8")
    outcome = _render(source, templates)
    _assert_refused(outcome, f"{templates.resolve() / 'agreement.md.j2'}, line 2")
    assert not (source.parent / "out").exists()


def test_a_template_linked_to_a_file_outside_the_folder_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "agreement.md.j2").symlink_to(secret)
    _assert_refused(_render(source, templates), "agreement.md.j2", "outside")


def test_an_include_of_a_link_out_of_the_folder_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "agreement.md.j2").write_text('{% include "sections/x.md.j2" %}\n', encoding="utf-8")
    (templates / "sections").mkdir()
    (templates / "sections" / "x.md.j2").symlink_to(secret)
    _assert_refused(_render(source, templates), "sections/x.md.j2", "outside")


def test_a_linked_sub_folder_leading_outside_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "sections").symlink_to(secret.parent)
    (templates / "agreement.md.j2").write_text('{% include "sections/creds.json" %}\n', encoding="utf-8")
    _assert_refused(_render(source, templates), "outside")


@pytest.mark.parametrize("name", ["../creds.json", "sections/../../creds.json", "{secret}",
                                  "/etc/passwd", "..\\creds.json"])
def test_an_include_climbing_out_of_the_folder_finds_nothing(
        setup: tuple[Path, Path, Path], name: str) -> None:
    source, templates, secret = setup
    (templates / "agreement.md.j2").write_text(
        '{% include "' + name.format(secret=secret) + '" %}\n', encoding="utf-8")
    _assert_refused(_render(source, templates), "does not exist")


def test_a_linked_asset_outside_the_folder_is_refused(setup: tuple[Path, Path, Path]) -> None:
    source, templates, secret = setup
    (templates / "agreement.css").symlink_to(secret)
    outcome = _render(source, templates, to="html")
    _assert_refused(outcome, "agreement.css", "outside")


def test_a_fifo_template_is_refused_without_waiting(setup: tuple[Path, Path, Path]) -> None:
    source, templates, _ = setup
    os.mkfifo(templates / "agreement.md.j2")
    _assert_refused(_render(source, templates), "agreement.md.j2", "not a regular file")


def test_a_link_inside_the_folder_is_followed(setup: tuple[Path, Path, Path]) -> None:
    source, templates, _ = setup
    (templates / "real.md.j2").write_text("Own template for {{ a.agreement.title }}.\n", encoding="utf-8")
    (templates / "agreement.md.j2").symlink_to(templates / "real.md.j2")
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
    (templates / "agreement.md.j2").write_text("ok\n" + body + "\n", encoding="utf-8")
    outcome = _render(source, templates)
    _assert_refused(outcome, f"agreement.md.j2, line {line}")
    everything = outcome.stdout + outcome.stderr
    assert TITLE not in everything and "Regional Housing" not in everything
    parties = load_agreement(source).parties
    assert all(party.name not in everything for party in parties)


def test_the_view_keeps_what_templates_use() -> None:
    agreement = load_agreement(SOURCE)
    view = template_view(agreement)
    assert view.type == agreement.type and view.agreement.title == TITLE
    assert [party.label for party in view.parties] == [party.label for party in agreement.parties]
    assert all(party in view.parties for party in view.public_parties)  # one view per model
    assert isinstance(view.term.start, date) and isinstance(view.parties, tuple)
    funded = template_view(load_agreement(EXAMPLES / "uk-food-bank-funding.yaml"))
    identifiers = next(p.identifiers for p in funded.parties if p.identifiers)
    assert isinstance(identifiers, Mapping) and dict(identifiers.items())
    with pytest.raises(TypeError):
        identifiers["x"] = "y"  # type: ignore[index]
    with pytest.raises(AttributeError):
        view.agreement.title = "changed"
    for name in ("parse_file", "model_dump", "model_validate_json", "present", "copy", "json"):
        assert not hasattr(view, name)
    assert repr(view.agreement) == "<AgreementMeta>"


def test_clause_helpers_expose_no_model() -> None:
    agreement = load_agreement(SOURCE)
    view = template_view(agreement)
    helpers = ClauseHelpers(agreement, view, SafeMarkdown)
    for name in dir(helpers):
        if name.startswith("_"):
            continue  # the sandbox never lets a template reach these
        value = getattr(helpers, name)
        assert not isinstance(value, BaseModel), name
    party_id = agreement.parties[0].id
    assert isinstance(helpers.party_by_id(party_id), DataView)
    assert all(isinstance(s, DataView) for s in helpers.signatories_for(party_id))
