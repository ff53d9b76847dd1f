"""LIF rules (RULES.md, section LIF)."""

from __future__ import annotations

from collabagree.lint.rule import Rule

RULES: tuple[Rule, ...] = ()
