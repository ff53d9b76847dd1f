"""`collabagree lsp` run as a subprocess, driven by pygls's language client over stdio.

The diagnostics must be `check --output-format json` for the same file: same codes,
severities, messages and positions, with the folder's configuration and the file's
suppression comments honoured. Hover explains a finding's rule; the code action inserts a
suppression comment that then silences the finding.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from lsprotocol import types

from support import EXAMPLES
from support.lsp_client import AgreementClient

CONFIG = "severity:\n  personal-channel: error\nignore: [PUR005]\n"


def _agreement() -> str:
    """An example with two personal mail addresses (TXT004), one of them suppressed,
    non-ASCII text before the other, and no exit section (LIF010 at line 1)."""
    text = (EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
    text = re.sub(r"channel: [^ ,}\n]*@[^ ,}\n]*", "channel: someone@gmail.com", text)
    text = re.sub(r"\nexit:.*?(?=\n[a-z_]+:)", "", text, flags=re.DOTALL)
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if "someone@gmail.com" in line)
    lines[first] += "  # collabagree: ignore[TXT004]"
    text = "\n".join(lines)
    # Characters outside the BMP before a finding on its line: two UTF-16 units, one column.
    return text.replace("role: Operations Manager,", "role: Operations 🍞 Manager (Cōmmunity),")


def _utf16(line: str, column: int) -> int:
    return len(line[: column - 1].encode("utf-16-le")) // 2


def _expected(run_cli: Any, path: Path) -> list[tuple[str, str, str, int, int, int, int]]:
    result = run_cli("check", "--output-format", "json", str(path))
    assert result.returncode in (0, 1), result.stderr
    lines = path.read_text(encoding="utf-8").split("\n")
    return sorted((f["code"], f["severity"], f["message"], f["line"] - 1, _utf16(lines[f["line"] - 1], f["column"]),
                   f["end_line"] - 1, _utf16(lines[f["end_line"] - 1], f["end_column"]))
                  for f in json.loads(result.stdout)["findings"])


_SEVERITY = {types.DiagnosticSeverity.Error: "error", types.DiagnosticSeverity.Warning: "warning",
             types.DiagnosticSeverity.Information: "info"}


def _seen(diagnostics: list[types.Diagnostic]) -> list[tuple[str, str, str, int, int, int, int]]:
    assert all(d.source == "collabagree" for d in diagnostics)
    return sorted((str(d.code), _SEVERITY[d.severity], d.message, d.range.start.line, d.range.start.character,
                   d.range.end.line, d.range.end.character) for d in diagnostics if d.severity is not None)


def _session(root: Path, body: Callable[[AgreementClient], Awaitable[None]]) -> None:
    async def run() -> None:
        client = AgreementClient()
        await client.start(root)
        try:
            await body(client)
        finally:
            await client.finish()

    asyncio.run(run())


def test_diagnostics_equal_check_json_and_follow_changes(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / ".collabagree.yaml").write_text(CONFIG, encoding="utf-8")
    path = tmp_path / "agreement.yaml"
    text = _agreement()
    path.write_text(text, encoding="utf-8")
    expected = _expected(run_cli, path)
    codes = [item[0] for item in expected]
    assert codes.count("TXT004") == 1 and "LIF010" in codes, expected  # one suppressed
    assert ("TXT004", "error") in {(item[0], item[1]) for item in expected}  # config severity
    fixed = text.replace("channel: someone@gmail.com\n", "channel: office@kvfoodbank.org.uk\n")
    fixed = fixed.replace("channel: someone@gmail.com}", "channel: office@kvfoodbank.org.uk}")
    other = tmp_path / "fixed.yaml"
    other.write_text(fixed, encoding="utf-8")
    expected_fixed = _expected(run_cli, other)
    assert expected_fixed != expected

    async def body(client: AgreementClient) -> None:
        uri = client.open(path, text)
        assert _seen(await client.diagnostics(uri, 1)) == expected
        client.change(uri, 2, fixed)
        assert _seen(await client.diagnostics(uri, 2)) == expected_fixed

    _session(tmp_path, body)


def test_non_agreement_yaml_gets_nothing(tmp_path: Path) -> None:
    path = tmp_path / "workflow.yaml"
    text = "name: build\non: [push]\njobs:\n  collabagree: {runs-on: ubuntu-latest}\n"
    path.write_text(text, encoding="utf-8")
    broken = tmp_path / "broken.yml"
    broken.write_text("key: [unclosed\n", encoding="utf-8")

    async def body(client: AgreementClient) -> None:
        assert await client.diagnostics(client.open(path, text), 1) == []
        assert await client.diagnostics(client.open(broken, broken.read_text()), 1) == []

    _session(tmp_path, body)


def test_hover_explains_the_rule_and_the_action_suppresses_it(tmp_path: Path) -> None:
    path = tmp_path / "agreement.yaml"
    text = _agreement()
    path.write_text(text, encoding="utf-8")

    async def body(client: AgreementClient) -> None:
        uri = client.open(path, text)
        diagnostics = await client.diagnostics(uri, 1)
        target = next(d for d in diagnostics if d.code == "TXT004")
        hover = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=target.range.start)), 60)
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        assert "TXT004 personal-channel" in hover.contents.value
        assert "**Why.**" in hover.contents.value and target.message in hover.contents.value
        actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=target.range,
            context=types.CodeActionContext(diagnostics=[target]))), 60)
        assert actions
        on_line = next(a for a in actions if isinstance(a, types.CodeAction) and "on this line" in a.title)
        assert on_line.edit is not None and on_line.edit.changes is not None
        (edit,) = on_line.edit.changes[uri]
        assert "# collabagree: ignore[TXT004]" in edit.new_text
        assert edit.range.start.line == target.range.start.line
        lines = text.split("\n")
        row = lines[edit.range.start.line]
        cut = len(row.encode("utf-16-le")[: edit.range.start.character * 2].decode("utf-16-le"))
        lines[edit.range.start.line] = row[:cut] + edit.new_text + row[cut:]
        client.change(uri, 2, "\n".join(lines))
        after = await client.diagnostics(uri, 2)
        assert not [d for d in after if d.code == "TXT004"], after
        assert len(after) == len(diagnostics) - 1
        missing = next(d for d in after if d.code == "LIF010")
        actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=missing.range,
            context=types.CodeActionContext(diagnostics=[missing]))), 60)
        titles = [a.title for a in actions or [] if isinstance(a, types.CodeAction)]
        assert titles == ["Suppress LIF010 (exit-missing) in this file"], titles

    _session(tmp_path, body)
