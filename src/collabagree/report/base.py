"""The reporter interface and the name -> reporter registry (imported lazily)."""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from pathlib import Path
from typing import TextIO

from collabagree.check.settings import Settings
from collabagree.core.errors import UsageError
from collabagree.report.formats import REPORTERS
from collabagree.report.model import Report


class Reporter(ABC):
    """Writes a `Report` in one output format."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @abstractmethod
    def write(self, report: Report, stream: TextIO, *, color: bool | None = None) -> None:
        """Write the report; `color` None means decide from the stream (a terminal or not)."""


def write_output_file(path: Path, text: str) -> None:
    """`--output-file`: write the report atomically; a path that cannot be written is exit 2."""
    from collabagree.core.atomic import write_atomic

    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as error:
        raise UsageError(f"--output-file {path}: cannot write ({error.strerror or error})") from None


def get_reporter(name: str, settings: Settings) -> Reporter:
    """The reporter for an output format name; unknown names are a usage error."""
    target = REPORTERS.get(name)
    if target is None:
        raise UsageError(f"unknown output format '{name}' (choose from {', '.join(REPORTERS)})")
    module_name, class_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        raise UsageError(f"the output format '{name}' is not available in this release") from None
    reporter_class: type[Reporter] = getattr(module, class_name)
    return reporter_class(settings)
