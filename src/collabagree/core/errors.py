"""One exception hierarchy; the CLI maps every one of them to exit code 2 in one place."""

from __future__ import annotations


class CollabagreeError(Exception):
    """Base of every error collabagree reports as one clear line (exit 2)."""

    exit_code = 2


class UsageError(CollabagreeError):
    """A bad option, selector or argument."""


class ConfigError(CollabagreeError):
    """A configuration file that cannot be used; the message names the file and key."""


class InputPathError(CollabagreeError):
    """A path that does not exist or cannot be read."""


class RenderError(CollabagreeError):
    """pandoc or typst could not produce a document."""
