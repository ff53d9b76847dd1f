"""UKC rules (RULES.md, section UKC)."""

from __future__ import annotations

from collabagree.lint.rule import Rule

RULES: tuple[Rule, ...] = ()
