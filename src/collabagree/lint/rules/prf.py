"""PRF rules (RULES.md, section PRF)."""

from __future__ import annotations

from collabagree.lint.rule import Rule

RULES: tuple[Rule, ...] = ()
