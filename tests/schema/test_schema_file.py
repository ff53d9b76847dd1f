"""The published JSON Schema: in sync with the models, and the examples valid against it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from collabagree.schema.json_schema import schema_text
from support import ROOT

SCHEMA_PATH = ROOT / "schemas" / "agreement.schema.json"


def test_committed_schema_matches_the_models() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "schemas/agreement.schema.json is stale: run `collabagree schema > schemas/agreement.schema.json`")


def _json_ready(value: Any) -> Any:
    """YAML dates become ISO strings, as a JSON Schema validator of YAML would see them."""
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_ready(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_every_example_validates_with_an_independent_validator(example_paths: list[Path]) -> None:
    validator = Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")),
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    for path in example_paths:
        data = _json_ready(YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")))
        errors = [error.message for error in validator.iter_errors(data)]
        assert errors == [], f"{path.name}: {errors[:3]}"


def test_the_schema_rejects_what_the_model_rejects() -> None:
    validator = Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    bad = {"collabagree": 1, "agreement": {"title": "x", "type": "memo", "jurisdiction": "NZ"},
           "parties": [], "purpose": {"statement": "x"}, "term": {"start": "2026-01-01"}, "extra": 1}
    messages = " ".join(error.message for error in validator.iter_errors(bad))
    assert "memo" in messages and "extra" in messages


def test_schema_command_prints_it(run_cli: Any) -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    assert result.stdout == SCHEMA_PATH.read_text(encoding="utf-8")
