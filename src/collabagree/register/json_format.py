"""`list --output-format json`: `{"version": 1, "today": ..., "agreements": [...]}`."""

from __future__ import annotations

import json

from collabagree.register.collect import Register
from collabagree.register.fields import record

JSON_VERSION = 1


def render_json(register: Register) -> str:
    """The register as JSON: a wrapper with the format version and the date used, then one
    object per agreement with the keys of `fields.COLUMNS` (null for none), in register order."""
    document = {
        "version": JSON_VERSION,
        "today": register.today.isoformat(),
        "agreements": [record(row) for row in register.rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
