"""The JSON Schema of the format, generated from the models and committed to schemas/."""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "https://collabagree.example/schemas/agreement.schema.json"


def agreement_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an agreement file."""
    from collabagree.model import Agreement

    schema = Agreement.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "collabagree agreement (format version 1)",
        "description": "A public-sector collaboration agreement, kept as one YAML file.",
        **{key: value for key, value in schema.items() if key not in ("title", "description")},
    }


def schema_text() -> str:
    """The schema as the exact text committed in schemas/agreement.schema.json."""
    return json.dumps(agreement_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
