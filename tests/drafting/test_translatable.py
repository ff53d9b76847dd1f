"""Every sentence of the tool's wording is a message Babel's extractor finds, so a Welsh or
te reo Māori edition can follow without touching the engine."""

from __future__ import annotations

import re

from babel.messages.extract import extract_from_dir
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

from support import ROOT

CLAUSES = ROOT / "templates" / "clauses"
SUMMARY = ROOT / "templates" / "summary"
_WORDS = re.compile(r"[A-Za-z]{2,}")


def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)


def test_no_wording_outside_trans_blocks() -> None:
    env = _environment()
    stray: list[str] = []
    for path in sorted([*CLAUSES.glob("*.j2"), *SUMMARY.glob("*.j2")]):
        tree = env.parse(path.read_text(encoding="utf-8"), name=path.name)
        for node in tree.find_all(nodes.TemplateData):
            if _WORDS.search(node.data):
                stray.append(f"{path.name}: {node.data.strip()[:60]!r}")
    assert stray == []


def test_babel_extracts_the_clause_wording() -> None:
    method_map = [("**.j2", "jinja2.ext.babel_extract")]
    options = {"**.j2": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}}
    messages = [message for _file, _line, message, _comments, _context in
                extract_from_dir(str(CLAUSES), method_map=method_map, options_map=options)]
    texts = [m if isinstance(m, str) else m[0] for m in messages]
    assert len(texts) > 200
    assert any("is legally binding on the Parties" in t for t in texts)
    assert any(t.startswith("If a dispute is not resolved at the last level") for t in texts)


def test_babel_extracts_the_key_facts_wording() -> None:
    method_map = [("**.j2", "jinja2.ext.babel_extract")]
    options = {"**.j2": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}}
    messages = [message for _file, _line, message, _comments, _context in
                extract_from_dir(str(SUMMARY), method_map=method_map, options_map=options)]
    texts = [m if isinstance(m, str) else m[0] for m in messages]
    assert any(t.startswith("In part. Only these parts are legally binding") for t in texts)
    assert "Who does what" in texts
