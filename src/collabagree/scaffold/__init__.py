"""`collabagree init`: start a new agreement with every section its type needs.

- `answers`, `defaults`, `prompting`: what the user says (flags or questions) and the defaults;
- `facts`: what follows from the answers (public parties, FOI regimes, dates, positions);
- `sections_*`: one builder per top-level section, in ruamel.yaml round-trip types;
- `builder`: the document in FORMAT.md order with a comment above each section;
- `schema_ref`, `writer`, `examples`: the modeline, the no-clobber atomic write, the examples;
- `command`: the command's core, called by the thin Typer layer in `collabagree.cli.init`.
"""

from __future__ import annotations

from collabagree.scaffold.answers import Answers, PartyAnswer
from collabagree.scaffold.builder import build_document, render_scaffold
from collabagree.scaffold.command import InitOptions, run_init

__all__ = ["Answers", "InitOptions", "PartyAnswer", "build_document", "render_scaffold", "run_init"]
