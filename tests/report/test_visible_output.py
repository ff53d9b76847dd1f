"""Values and file names reach terminals and CI logs with their controls made visible, and
one finding is one line in the line formats (issue 12, class 7).

`list` used to print an `id` holding `ESC ] 52` (a clipboard write) raw; a file name holding
a newline and `::error` forged a line in `concise`, `full` and `github` output. JSON and
SARIF escape by their own rules and must carry the exact values.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from collabagree.core.visible import blanked, visible
from support.check import environ_without_format

# What must never reach the stream raw: C0 but the newline that ends our own lines, DEL, C1,
# bidirectional formatting and the line separators.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# The same but ESC and CSI (U+009B), for output in which Rich writes its own colours.
RAW_BUT_STYLES = re.compile("[\x00-\x09\x0b-\x1a\x1c-\x1f\x7f-\x9a\x9c-\x9f"
                            "\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"
TITLE = "\x1b]0;PWNED\x07"
HIDDEN = "\x1b[8mhidden\x1b[0m"
FORGED = "\n::error file=x.yaml,line=1::forged"


def test_visible_escapes_controls_layout_and_line_breaks() -> None:
    assert visible("plain text, C:\\x1b and ünïcode") == "plain text, C:\\x1b and ünïcode"
    assert visible("a\x1b[31mb") == "a\\x1b[31mb"
    assert visible("tab\there\nnew\rcr") == "tab\\x09here\\x0anew\\x0dcr"
    assert visible("del\x7f nel\x85 csi\x9b") == "del\\x7f nel\\x85 csi\\x9b"
    assert visible("\u202eevil\u202c \u2066x\u2069 \u200f") == "\\u202eevil\\u202c \\u2066x\\u2069 \\u200f"
    assert visible("one\u2028two\u2029three") == "one\\u2028two\\u2029three"
    assert visible("kept\nline\x1b", keep="\n") == "kept\nline\\x1b"
    # Not controls: shown as they are.
    assert visible("zero\u200bwidth \u00a0nbsp") == "zero\u200bwidth \u00a0nbsp"


def test_blanked_keeps_columns() -> None:
    assert blanked("a\x1bb\u202ec\td") == "a\ufffdb\ufffdc\td"


def _agreement(reference: str, short_title: str) -> str:
    """An agreement whose `id` and `short_title` are YAML double-quoted (escapes allowed)."""
    def quoted(text: str) -> str:
        return json.dumps(text)  # a JSON string is a valid YAML double-quoted scalar

    return (
        "collabagree: 1\n"
        "agreement:\n"
        "  title: Joint Food Plan\n"
        f"  id: {quoted(reference)}\n"
        f"  short_title: {quoted(short_title)}\n"
        "  type: mou\n"
        "  jurisdiction: UK-ENG\n"
        "parties:\n"
        "  - {id: council, name: Kestrel Vale Borough Council, kind: local_government}\n"
        "  - {id: foodbank, name: Kestrel Vale Food Bank, kind: charity}\n"
        "purpose: {statement: To work together on food.}\n"
        "term: {start: 2026-04-01, end: 2029-03-31}\n"
    )


REFERENCE = f"KV-{CLIPBOARD}{TITLE}{FORGED}"
SHORT_TITLE = f"Food {HIDDEN} \u202eplan\u202c\u2028two"


@pytest.fixture
def hostile_register(tmp_path: Path) -> Path:
    (tmp_path / "a.yaml").write_text(_agreement(REFERENCE, SHORT_TITLE), encoding="utf-8")
    return tmp_path


def test_list_table_shows_no_raw_control(run_cli: Any, hostile_register: Path) -> None:
    result = run_cli("list", "--today", "2026-11-23", str(hostile_register))
    assert result.returncode == 0, result.stderr
    assert not RAW.search(result.stdout + result.stderr), repr(result.stdout)
    assert "\\x1b]52;c;cHduZWQ=\\x07" in result.stdout and "\\u202eplan" in result.stdout
    assert not any(line.startswith("::") for line in result.stdout.splitlines())


def test_list_table_on_a_terminal_shows_no_raw_control(hostile_register: Path) -> None:
    """On a terminal Rich adds its own colours; the user's sequences still arrive escaped."""
    from collabagree.check.settings import Settings
    from collabagree.register.collect import collect_register
    from collabagree.register.table import write_table

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    register = collect_register([str(hostile_register)], Settings())
    stream = Terminal()
    write_table(register, stream)
    shown = stream.getvalue()
    assert "\\x1b]52" in shown and CLIPBOARD not in shown and TITLE not in shown
    assert "\x1b[8m" not in shown and not RAW_BUT_STYLES.search(shown)


def test_list_json_keeps_the_exact_values(run_cli: Any, hostile_register: Path) -> None:
    result = run_cli("list", "--today", "2026-11-23", "-f", "json", str(hostile_register))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    row = rows[0] if isinstance(rows, list) else rows["agreements"][0]
    assert row["reference"] == REFERENCE and row["short_title"] == SHORT_TITLE


# --- a file name that forges findings -----------------------------------------------------

NAME = "bad\n::error file=forged.yaml,line=1::this line is forged\n\x1b]0;x\x07.yaml"


@pytest.fixture
def forged_name(tmp_path: Path) -> Path:
    if sys.platform == "win32":
        pytest.skip("Windows file names cannot hold newlines")
    path = tmp_path / NAME
    path.write_text(_agreement("KV-1", "Food"), encoding="utf-8")
    return path


def _check(run_cli: Any, path: Path, output_format: str) -> Any:
    env = environ_without_format() | {"NO_COLOR": "1"}
    return run_cli("check", "--today", "2026-11-23", "-f", output_format, str(path), env=env)


def _finding_count(run_cli: Any, path: Path) -> int:
    findings = json.loads(_check(run_cli, path, "json").stdout)["findings"]
    assert findings, "the agreement should have findings"
    return len(findings)


@pytest.mark.parametrize("output_format", ["concise", "github"])
def test_one_line_per_finding_in_line_formats(run_cli: Any, forged_name: Path, output_format: str) -> None:
    count = _finding_count(run_cli, forged_name)
    result = _check(run_cli, forged_name, output_format)
    lines = result.stdout.splitlines()
    assert len(lines) == count, result.stdout
    assert not RAW.search(result.stdout), repr(result.stdout)
    if output_format == "github":
        assert all(line.startswith(("::error file=", "::warning file=", "::notice file=")) for line in lines)
        assert all("%0A%3A%3Aerror file=forged.yaml" in line for line in lines)
    else:
        assert not any(line.startswith("::") for line in lines)
        assert all("\\x0a::error file=forged.yaml" in line for line in lines)


def test_full_output_has_one_header_line_per_finding(run_cli: Any, forged_name: Path) -> None:
    count = _finding_count(run_cli, forged_name)
    result = _check(run_cli, forged_name, "full")
    lines = result.stdout.splitlines()
    assert not RAW.search(result.stdout), repr(result.stdout)
    assert not any(line.startswith("::") for line in lines)
    headers = [line for line in lines if re.match(r"  \S.*:\d+:\d+: [A-Z]{3}\d{3} \[", line)]
    assert len(headers) == count, result.stdout
    assert all(line.startswith("  bad\\x0a::error") or "/bad\\x0a::error" in line for line in headers)


def test_json_and_sarif_carry_the_exact_name(run_cli: Any, forged_name: Path) -> None:
    findings = json.loads(_check(run_cli, forged_name, "json").stdout)["findings"]
    assert {finding["path"] for finding in findings} == {str(forged_name)}
    sarif = json.loads(_check(run_cli, forged_name, "sarif").stdout)
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in sarif["runs"][0]["results"]}
    assert len(uris) == 1 and NAME.split("\n")[0] in uris.pop()


def test_errors_echo_paths_on_one_line(run_cli: Any, tmp_path: Path) -> None:
    missing = tmp_path / "no\n::error::such\x1b]0;x\x07.yaml"
    result = run_cli("check", str(missing))
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and not RAW.search(result.stderr), repr(result.stderr)


def test_commands_echo_paths_with_controls_visible(run_cli: Any, forged_name: Path) -> None:
    """`render`'s "X -> Y" line, `init`'s and `list -o`'s "Wrote X" lines."""
    folder = forged_name.parent
    outputs = [
        run_cli("render", "--to", "md", "-o", str(folder / "out"), str(forged_name)),
        run_cli("init", "--no-input", "--type", "mou", "--jurisdiction", "UK-ENG",
                str(folder / "in\x1b[8mit\n::error::x.yaml")),
        run_cli("list", "-f", "csv", "-o", str(folder / "l\x1b]0;x\x07\n.csv"), str(forged_name)),
    ]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        assert not RAW.search(result.stdout + result.stderr), repr(result.stdout)
        assert not any(line.startswith("::") for line in result.stdout.splitlines())
    assert "\\x0a::error file=forged.yaml" in outputs[0].stdout


def test_excerpts_read_no_more_than_check_does(tmp_path: Path) -> None:
    """The full report reads at most the size limit for its excerpts, and never a FIFO."""
    import os

    from collabagree.load.reader import MAX_BYTES
    from collabagree.report.full import _read_lines

    big = tmp_path / "big.yaml"
    with open(big, "wb") as handle:
        handle.write(b"collabagree: 1\n" + b"x" * (MAX_BYTES + 1_000_000) + b"\nlast\n")
    lines = _read_lines(str(big))
    assert lines[0] == "collabagree: 1" and sum(len(line) + 1 for line in lines) <= MAX_BYTES + 1
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.yaml"
        os.mkfifo(fifo)
        assert _read_lines(str(fifo)) == []


def test_excerpt_lines_are_numbered_as_the_yaml_reader_numbers_them(tmp_path: Path) -> None:
    from collabagree.report.full import _read_lines

    path = tmp_path / "a.yaml"
    path.write_bytes("one\x0ctwo\r\nthree\u2028four\rfive\n".encode())
    assert _read_lines(str(path)) == ["one\x0ctwo", "three", "four", "five"]
