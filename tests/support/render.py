"""Helpers for the render tests: render an example to every format, search extracted text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from collabagree.load.reader import load_file
from collabagree.model import Agreement
from collabagree.render.document import FORMATS, RenderOptions, render_file
from collabagree.schema.validate import validate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE_PATHS = sorted(EXAMPLES.glob("*.yaml"))


@dataclass
class Rendered:
    """One example rendered to every format."""

    source: Path
    agreement: Agreement
    outputs: dict[str, Path]


def load_agreement(path: Path) -> Agreement:
    agreement, findings = validate(load_file(str(path)))
    assert agreement is not None, findings
    return agreement


def render_all(source: Path, out: Path) -> Rendered:
    outcome = render_file(str(source), RenderOptions(formats=FORMATS, output_dir=out))
    assert outcome.status == "rendered", (outcome.error, outcome.findings)
    return Rendered(source, load_agreement(source), {p.suffix[1:]: p for p in outcome.outputs})


def squash(text: str) -> str:
    """Text for searching: hyphenation at line ends undone, whitespace and case ignored."""
    text = text.replace("\u00ad", "").replace("\u2019", "'").replace("\u2013", "-")
    text = re.sub(r"-\s*\n\s*", "", text)
    return re.sub(r"\s+", "", text).lower()
