"""DSP rules (RULES.md, section DSP)."""

from __future__ import annotations

from collabagree.lint.rule import Rule

RULES: tuple[Rule, ...] = ()
