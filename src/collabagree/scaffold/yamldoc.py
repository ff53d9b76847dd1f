"""Small helpers over ruamel.yaml's round-trip types, so section builders read like the file.

Builders make `CommentedMap`s and `CommentedSeq`s (which keep key order and comments) and
mark defaults with `confirm(...)`: an end-of-line `# TODO confirm` that rule TXT001 reports
until the user deletes it. The file is dumped with `dump_document`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

CONFIRM = "TODO confirm"
PROFILES_NOTE = "opt-in rule packs; see `collabagree rules`"
# ruamel writes an end-of-line comment one space after the value; yamllint (and most style
# guides) want two. Only our own comments are touched: no scalar we write contains " # ".
_EOL_COMMENT = re.compile(r"(?m)(?<=\S) (# (?:TODO confirm|" + re.escape(PROFILES_NOTE) + "))")


def cmap(*pairs: tuple[str, Any]) -> CommentedMap:
    """A mapping with keys in the given order; pairs whose value is None are left out."""
    mapping = CommentedMap()
    for key, value in pairs:
        if value is not None:
            mapping[key] = value
    return mapping


def cseq(items: Iterable[Any], *, flow: bool = False) -> CommentedSeq:
    """A sequence; `flow=True` writes it on one line (`[FOIA2000, OIA1982]`)."""
    seq = CommentedSeq(list(items))
    if flow:
        seq.fa.set_flow_style()
    return seq


def confirm(container: CommentedMap | CommentedSeq, key: Any, note: str = "") -> None:
    """Mark the value at `key` (a map key or list index) as a default to confirm."""
    text = f"{CONFIRM}: {note}" if note else CONFIRM
    note_at_end(container, key, text)


def note_at_end(container: CommentedMap | CommentedSeq, key: Any, text: str) -> None:
    """An end-of-line comment after the value at `key` (spaced by `dump_document`)."""
    # column=0: one space after the value, whatever the neighbours' comment columns.
    container.yaml_add_eol_comment("# " + text, key, column=0)


def confirm_if(condition: bool, container: CommentedMap | CommentedSeq, key: Any, note: str = "") -> None:
    """`confirm` only when `condition` holds (the value was a default, not an answer)."""
    if condition:
        confirm(container, key, note)


def explain(document: CommentedMap, key: str, text: str) -> None:
    """A comment block above a top-level key, after a blank line (one `#` line per line)."""
    document.yaml_set_comment_before_after_key(key, before="\n" + text.strip(), indent=0)


def make_yaml() -> YAML:
    """The round-trip dumper every scaffold uses: 2-space maps, `  - ` lists, no wrapping
    (a wrapped plain scalar would push its `# TODO confirm` comment onto the wrong line)."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.allow_unicode = True
    # A date used twice (today, in two places) must not become a YAML anchor and alias.
    yaml.representer.ignore_aliases = lambda *args: True
    return yaml


def dump_document(document: CommentedMap) -> str:
    """The document as YAML text."""
    buffer = io.StringIO()
    make_yaml().dump(document, buffer)
    return _EOL_COMMENT.sub(r"  \1", buffer.getvalue())
