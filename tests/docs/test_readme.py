"""The README's two commands are the ones CI runs."""

from __future__ import annotations

import re

from support import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(pip install [^\n]+)\n```", text)


def test_readme_has_the_two_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    main_job, tests = commands
    assert "collabagree" in main_job and "examples" in main_job
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_readme_carries_the_ci_snippets_the_tests_run() -> None:
    """tests/test_ci_integration.py runs the snippets of docs/ci.md; the README shows the same."""
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippets = re.findall(r"<!-- snippet: [\w-]+ -->\n```\w*\n.*?```", docs, flags=re.DOTALL)
    assert len(snippets) >= 3
    for snippet in snippets:
        assert snippet in readme
