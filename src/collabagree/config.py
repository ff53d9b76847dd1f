"""Configuration files: `--config`, `.collabagree.yaml`, `[tool.collabagree]` (stub for now)."""

from __future__ import annotations

from pathlib import Path

from collabagree.settings import Settings


def load_config(explicit: Path | None, paths: list[str]) -> Settings:
    """Settings from the configuration file that applies, or the defaults."""
    del explicit, paths
    return Settings()
