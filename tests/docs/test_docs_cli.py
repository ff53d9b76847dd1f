"""docs/cli.md keeps up with the command line itself.

The commands and their options are read from the Typer application (the click command objects
that `--help` prints; Typer carries its own copy of click, so they are used by their
attributes rather than by class), not from a list kept here, so a new command or option fails
this test until it is documented. Each command must have its own `##` section in docs/cli.md
(a heading naming `collabagree COMMAND` in backticks), and each of its options must start the
first cell of a table row in that section (`--today YYYY-MM-DD` in backticks), so an option
named in passing, or documented under another command, does not count. The values the
implementation accepts (output formats, configuration keys, PDF standards, environment
variables) are checked the same way.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer

import collabagree.cli  # noqa: F401 - registers every command on the app
from collabagree.cli.app import app
from support import ROOT

CLI_DOC = ROOT / "docs" / "cli.md"
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def _group() -> Any:
    command = typer.main.get_command(app)
    assert hasattr(command, "commands"), "the app should be a group of commands"
    return command


def _sections(text: str) -> dict[str, str]:
    """Each `## ` section of the page, by its heading, up to the next `## ` heading."""
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    sections: dict[str, str] = {}
    for part in parts[1:]:
        heading, _, body = part.partition("\n")
        sections[heading.strip()] = body
    return sections


def _command_sections(text: str) -> dict[str, str]:
    """The section of each command: the `##` section whose heading names it."""
    by_command: dict[str, str] = {}
    for heading, body in _sections(text).items():
        for name in re.findall(r"`collabagree ([a-z-]+)`", heading):
            by_command[name] = body
    return by_command


def _first_cells(body: str) -> str:
    """The first cells of the table rows in a section (where options and keys are listed)."""
    return "\n".join(re.findall(r"^\|\s*(.*?)\s*(?<!\\)\|", body, flags=re.MULTILINE))


def _mentions_option(body: str, option: str) -> bool:
    """`option` starts a code span in the first cell of a table row: `--today`,
    `--today YYYY-MM-DD`, or `-f`, `--output-format FORMAT`."""
    return any(span == option or span.startswith((option + " ", option + "="))
               for span in _CODE_SPAN.findall(_first_cells(body)))


def _visible_options(command: Any) -> list[str]:
    """The option names `--help` lists for a command (arguments and hidden options left out)."""
    names: list[str] = []
    for param in command.params:
        if param.param_type_name == "option" and not getattr(param, "hidden", False):
            names.extend(param.opts)
            names.extend(param.secondary_opts)
    return names


COMMANDS = sorted(_group().commands.items())


@pytest.fixture(scope="module")
def text() -> str:
    return CLI_DOC.read_text(encoding="utf-8")


def test_the_app_has_the_commands_the_specification_names() -> None:
    """Guard the introspection: if this fails, the loop below would check too little."""
    commands = dict(COMMANDS)
    assert {"init", "check", "render", "list", "rules", "rule", "schema"} <= commands.keys()
    assert {"--output-format", "-f", "--coverage"} <= set(_visible_options(commands["check"]))


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_a_section(name: str, command: Any, text: str) -> None:
    assert name in _command_sections(text), (
        f"docs/cli.md has no '## ' section whose heading names `collabagree {name}`")


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_option_is_documented_under_its_command(name: str, command: Any,
                                                      text: str) -> None:
    body = _command_sections(text).get(name)
    if body is None:
        pytest.skip("reported by test_every_command_has_a_section")
    missing = [option for option in _visible_options(command) if not _mentions_option(body, option)]
    assert not missing, (f"docs/cli.md, section of `collabagree {name}`, does not document "
                         + ", ".join(missing) + f" (see `collabagree {name} --help`)")


def test_global_options_are_documented(text: str) -> None:
    body = _sections(text).get("Global options", "")
    help_names = app.info.context_settings.get("help_option_names", ["--help"])
    missing = [option for option in [*_visible_options(_group()), *help_names]
               if not _mentions_option(body, option)]
    assert not missing, f"docs/cli.md, Global options, does not document {', '.join(missing)}"


def test_exit_codes_are_documented(text: str) -> None:
    body = _sections(text).get("Exit codes", "")
    for code in ("0", "1", "2"):
        assert re.search(rf"^\| {code} \|", body, flags=re.MULTILINE), (
            f"exit code {code} is not in the table")


def test_output_formats_match_the_implementation(text: str) -> None:
    from collabagree.register.command import LIST_FORMATS
    from collabagree.render.document import FORMATS
    from collabagree.report.formats import OUTPUT_FORMATS

    sections = _command_sections(text)
    for name, formats in (("check", OUTPUT_FORMATS), ("list", LIST_FORMATS), ("render", FORMATS)):
        spans = set(_CODE_SPAN.findall(sections.get(name, "")))
        missing = [value for value in formats if value not in spans]
        assert not missing, f"docs/cli.md, `collabagree {name}`, does not name the format(s) {missing}"
    check = sections.get("check", "")
    for value in OUTPUT_FORMATS:
        assert f"**`{value}`**" in check, f"docs/cli.md has no sample of the `{value}` output format"


def test_pdf_standards_match_the_implementation(text: str) -> None:
    from collabagree.render.pdf import ALLOWED_PDF_STANDARDS, DEFAULT_PDF_STANDARDS

    render = _command_sections(text).get("render", "")
    spans = set(_CODE_SPAN.findall(render))
    assert set(ALLOWED_PDF_STANDARDS) | {"none", ",".join(DEFAULT_PDF_STANDARDS)} <= spans


def test_configuration_keys_match_the_implementation(text: str) -> None:
    from collabagree.check.config import CONFIG_NAME, KNOWN_KEYS, PYPROJECT_NAME

    body = _sections(text).get("Configuration files", "")
    spans = set(_CODE_SPAN.findall(body))
    keys = set(_CODE_SPAN.findall(_first_cells(body)))
    missing = [key for key in KNOWN_KEYS if key not in keys]
    assert not missing, f"docs/cli.md, Configuration files, does not document the key(s) {missing}"
    for needed in (CONFIG_NAME, PYPROJECT_NAME, "[tool.collabagree]", "--config PATH"):
        assert needed in spans, f"docs/cli.md, Configuration files, does not mention `{needed}`"


def test_environment_variables_are_documented(text: str) -> None:
    from collabagree.check.config import FORMAT_VARIABLE

    body = _sections(text).get("Environment variables", "")
    for variable in (FORMAT_VARIABLE, "NO_COLOR", "FORCE_COLOR", "SOURCE_DATE_EPOCH"):
        assert f"| `{variable}` |" in body, f"docs/cli.md does not document {variable}"


def test_suppressions_and_links(text: str) -> None:
    body = _sections(text).get("Suppression comments", "")
    assert "# collabagree: ignore[" in body and "# collabagree: file-ignore[" in body
    assert "SUP001" in body
    for link in ("(ci.md)", "(rules.md)", "(format.md)"):
        assert link in text, f"docs/cli.md does not link to {link}"
