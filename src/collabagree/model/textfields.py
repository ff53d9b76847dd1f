"""Which fields of the format are prose ("text" in FORMAT.md), and how to visit them.

Rules that read wording (placeholders, binding language, defined terms) and the renderer's
Markdown whitelist both need the list. It is derived from the model (`Text` fields, see
`model.kinds`), in YAML key spelling: `[]` means every item of a list, `*` every value of a
mapping.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from collabagree.core.positions import YamlPath
from collabagree.model.agreement import Agreement
from collabagree.model.kinds import iter_pattern, prose_patterns

_PROSE = prose_patterns(Agreement)

TEXT_FIELDS: tuple[str, ...] = tuple(pattern.pattern for pattern in _PROSE)
"""Every prose field of the format, in format order."""


def iter_text_fields(data: Any) -> Iterator[tuple[YamlPath, str]]:
    """Every prose value in the agreement data, with its YAML path, in format order."""
    for pattern in _PROSE:
        for path, value, _at_key in iter_pattern(data, pattern.steps):
            if isinstance(value, str):
                yield path, value


def iter_strings(data: Any, path: YamlPath = ()) -> Iterator[tuple[YamlPath, str]]:
    """Every string value anywhere in the data (short fields included), with its path."""
    stack: list[tuple[YamlPath, Any]] = [(path, data)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str):
            yield where, node
        elif isinstance(node, dict):
            stack.extend((where + (key,), value) for key, value in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend((where + (index,), value) for index, value in reversed(list(enumerate(node))))
