"""COM rules (RULES.md, section COM)."""

from __future__ import annotations

from collabagree.lint.rule import Rule

RULES: tuple[Rule, ...] = ()
