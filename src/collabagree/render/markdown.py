"""Agreement -> pandoc Markdown, through sandboxed Jinja2 templates that escape by default.

Every `{{ value }}` passes through `finalize`, which makes it literal Markdown unless the
value is `SafeMarkdown` (built by a filter that vouches for it: the text-field whitelist,
numbers, dates). So a party name or clause can never become markup, whatever a template
author forgets. Templates run in Jinja's sandbox with `StrictUndefined`; user templates
(`--template-dir`) override the built-in ones by file name inside the same sandbox.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, ChoiceLoader, StrictUndefined
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from jinja2.sandbox import SandboxedEnvironment

from collabagree.core.errors import RenderError
from collabagree.core.resources import data_dir
from collabagree.model import Agreement
from collabagree.render.clauses import ClauseHelpers
from collabagree.render.localise import (
    format_date,
    format_days,
    format_money,
    format_months,
)
from collabagree.render.template_data import template_view
from collabagree.render.template_errors import describe_template_error
from collabagree.render.template_loader import FolderLoader
from collabagree.render.textsafe import literal_to_markdown, text_to_markdown

MAIN_TEMPLATE = "agreement.md.j2"


class SafeMarkdown(str):
    """Markdown that a filter or helper built and vouches for; `finalize` leaves it alone."""


def _finalize(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, SafeMarkdown):
        return value
    return literal_to_markdown(str(value))


def text_filter(value: Any) -> SafeMarkdown:
    """A *text* field: the small Markdown whitelist honoured, everything else literal."""
    if value is None:
        return SafeMarkdown("")
    return SafeMarkdown(text_to_markdown(str(value)))


def inline_filter(value: Any) -> SafeMarkdown:
    """A *text* field squeezed onto one line (for table cells and list items): literal."""
    if value is None:
        return SafeMarkdown("")
    return SafeMarkdown(literal_to_markdown(" ".join(str(value).split())))


def sentence_filter(value: Any) -> SafeMarkdown:
    """Like `inline`, ending with exactly one full stop (unless it ends with ! or ?)."""
    text = " ".join(str(value or "").split()).rstrip()
    if text and text[-1] not in ".!?":
        text += "."
    return SafeMarkdown(literal_to_markdown(text))


def capfirst_filter(value: Any) -> Any:
    """Capitalise the first letter (a party called "the Council" starting a sentence)."""
    text = str(value or "")
    capped = text[:1].upper() + text[1:]
    return SafeMarkdown(capped) if isinstance(value, SafeMarkdown) else capped


class Numbering:
    """Clause numbers: `section()` gives 1, 2, ...; `clause()` gives 1.1, 1.2, ... within it.

    The templates call these only for sections they actually print, so leaving a section
    out never leaves a gap in the numbers.
    """

    def __init__(self) -> None:
        self._section = 0
        self._clause = 0

    def section(self) -> SafeMarkdown:
        """Start the next numbered section and return its number."""
        self._section += 1
        self._clause = 0
        return SafeMarkdown(str(self._section))

    def clause(self) -> SafeMarkdown:
        """The next clause number within the current section."""
        self._clause += 1
        return SafeMarkdown(f"{self._section}.{self._clause}")


class _TemplateCodeCache(FileSystemBytecodeCache):
    """Jinja's compiled templates, kept between runs (compiling the agreement templates
    takes about 0.2 s, a third of `render --to md`; loading them takes milliseconds).

    Entries are keyed by template path and checked against a hash of the source, so an
    edited template (built-in or --template-dir) is compiled afresh. The folder is Jinja's
    per-user one (created 0700, ownership checked). Best effort: a cache that cannot be
    read or written is skipped, never an error.
    """

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError):  # unreadable or corrupt: compile
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _code_cache() -> BytecodeCache | None:
    try:
        return _TemplateCodeCache(pattern="__collabagree_%s.cache")
    except (OSError, RuntimeError):  # no safe temporary folder: compile every time
        return None


@dataclass(frozen=True)
class TemplateSet:
    """Where templates come from: optional user folder first, then the built-in ones."""

    user_dir: Path | None = None

    def environment(self) -> SandboxedEnvironment:
        """A sandboxed environment with the collabagree filters."""
        # FolderLoader, not FileSystemLoader: links out of a folder are refused, not followed.
        loaders = [FolderLoader(data_dir("templates"))]
        if self.user_dir is not None:
            loaders.insert(0, FolderLoader(self.user_dir))
        env = SandboxedEnvironment(
            loader=ChoiceLoader(loaders), finalize=_finalize, undefined=StrictUndefined,
            autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
            bytecode_cache=_code_cache(),
        )
        env.filters.update({
            "text": text_filter,
            "inline": inline_filter,
            "sentence": sentence_filter,
            "capfirst": capfirst_filter,
        })
        return env


_ENVIRONMENTS: dict[Path | None, SandboxedEnvironment] = {}


def _environment(user_dir: Path | None) -> SandboxedEnvironment:
    # Compiled templates are cached per environment, so a batch compiles each template once.
    key = user_dir.resolve() if user_dir is not None else None
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS[key] = TemplateSet(key).environment()
    return _ENVIRONMENTS[key]


def template_context(agreement: Agreement) -> dict[str, Any]:
    """What the templates see: the agreement `a` (as plain read-only data, never the model:
    see `template_data`), the clause helpers `c`, the numbering `n`, and formatting
    functions that return safe Markdown."""
    locale = agreement.agreement.locale or "en-GB"
    currency = agreement.funding.currency if agreement.funding else None

    view = template_view(agreement)

    def safe(function: Any) -> Any:
        return lambda *args: SafeMarkdown(literal_to_markdown(function(*args)))

    return {
        "a": view,
        "c": ClauseHelpers(agreement, view, SafeMarkdown),
        "n": Numbering(),
        "date": safe(lambda value: format_date(value, locale)),
        "money": safe(lambda amount: format_money(amount, currency)),
        "days": safe(format_days),
        "months": safe(format_months),
    }


def render_markdown(agreement: Agreement, template_dir: Path | None = None) -> str:
    """The agreement as pandoc Markdown (the canonical intermediate and an output itself)."""
    env = _environment(template_dir)
    context = template_context(agreement)
    try:
        template = env.get_template(MAIN_TEMPLATE)
        text = template.render(**context)
    except Exception as error:  # noqa: BLE001 - whatever a template did, one line, no values
        raise RenderError(describe_template_error(error, _template_folders(template_dir))) from None
    return _tidy(text)


def _template_folders(template_dir: Path | None) -> tuple[Path, ...]:
    """The folders templates are loaded from, resolved, user folder first."""
    builtin = Path(os.path.realpath(data_dir("templates")))
    return (builtin,) if template_dir is None else (Path(os.path.realpath(template_dir)), builtin)


def _tidy(text: str) -> str:
    """Collapse the blank lines left by omitted sections, keep a blank line around every
    heading (pandoc needs one before it), end with one newline. User text can never start
    a line with `#`: it is escaped, so only template headings are touched."""
    lines: list[str] = []
    for line in text.splitlines():
        is_heading = line.startswith("# ")
        if is_heading and lines and lines[-1].strip():
            lines.append("")
        if not line.strip() and lines and not lines[-1].strip():
            continue
        if lines and lines[-1].startswith("# ") and line.strip():
            lines.append("")
        lines.append(line.rstrip() if not line.endswith("  ") else line)
    return "\n".join(lines).strip("\n") + "\n"
