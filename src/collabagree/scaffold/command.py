"""The core of `collabagree init`, apart from option parsing: decide whether to ask,
gather the answers, build the scaffold (or pick an example) and write it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

from collabagree.core.errors import UsageError
from collabagree.core.visible import visible
from collabagree.scaffold.answers import (
    OPEN_ENDED_WORDS,
    AnswerError,
    check_party_id,
    parse_date,
    parse_jurisdiction,
    parse_title,
    parse_type,
)
from collabagree.scaffold.builder import render_scaffold
from collabagree.scaffold.defaults import Given, complete, read_given_party_options
from collabagree.scaffold.examples import example_bytes, find_example, format_listing, list_examples
from collabagree.scaffold.prompting import ask_answers, stdin_is_terminal
from collabagree.scaffold.schema_ref import ensure_schema_writable, schema_reference, write_schema_beside
from collabagree.scaffold.writer import write_new_file

T = TypeVar("T")


@dataclass
class InitOptions:
    """The options of `collabagree init`, as typed (strings are parsed by `given_from`)."""

    path: Path = Path("agreement.yaml")
    type: str | None = None
    jurisdiction: str | None = None
    title: str | None = None
    parties: list[str] = field(default_factory=list)
    lead: str | None = None
    start: str | None = None
    end: str | None = None
    no_input: bool = False
    interactive: bool = False
    force: bool = False
    example: str | None = None
    list_examples: bool = False
    write_schema: bool = False
    published: bool | None = None


def _flag(name: str, value: str | None, parse: Callable[[str], T]) -> T | None:
    """`parse(value)`, or None when the flag was not given; a bad value names its flag."""
    if value is None:
        return None
    try:
        return parse(value)
    except AnswerError as error:
        raise UsageError(f"{name} '{value}': {error}") from None


def given_from(options: InitOptions) -> Given:
    """The answers the flags give, each checked (a bad one is a `UsageError` naming its flag)."""
    open_ended = options.end is not None and options.end.strip().lower() in OPEN_ENDED_WORDS
    given = Given(
        type=_flag("--type", options.type, parse_type),
        jurisdiction=_flag("--jurisdiction", options.jurisdiction, parse_jurisdiction),
        title=_flag("--title", options.title, parse_title),
        parties=read_given_party_options(options.parties),
        lead=_flag("--lead", options.lead, check_party_id),
        start=_flag("--start", options.start, parse_date),
        end=None if open_ended else _flag("--end", options.end, parse_date),
        open_ended=open_ended,
        published=options.published,
    )
    if given.start and given.end and given.end <= given.start:
        raise UsageError(f"--end {given.end.isoformat()} is not after --start {given.start.isoformat()}")
    return given


def _scaffold_flags(options: InitOptions) -> list[str]:
    named = [("--type", options.type), ("--jurisdiction", options.jurisdiction),
             ("--title", options.title), ("--lead", options.lead), ("--start", options.start),
             ("--end", options.end), ("--party", options.parties or None),
             ("--publish" if options.published else "--no-publish",
              None if options.published is None else str(options.published))]
    return [name for name, value in named if value is not None]


def run_init(options: InitOptions, out: TextIO, today: date | None = None) -> int:
    """Run `init`; returns the exit code. Errors are raised as `CollabagreeError`s."""
    if options.list_examples:
        out.write(format_listing(list_examples()))
        return 0
    if options.interactive and options.no_input:
        raise UsageError("--interactive and --no-input contradict each other; give one of them")
    target = options.path
    if options.example is not None:
        conflicting = _scaffold_flags(options)
        if conflicting:
            raise UsageError(f"--example copies a finished example; it cannot be combined with "
                             f"{', '.join(conflicting)}")
        example = find_example(options.example)
        if options.write_schema:
            ensure_schema_writable(target, options.force)
        write_new_file(target, example_bytes(example, schema_reference(target, options.write_schema)),
                       force=options.force)
        out.write(f"Wrote {visible(str(target))}: a copy of the example '{example.name}' ({example.type}, "
                  f"{example.jurisdiction}).\n")
        _write_schema(options, out)
        return 0
    given = given_from(options)
    # Refuse before asking anything: answering ten questions and then hearing "the file
    # exists" would waste the user's time. The writer checks again (and atomically).
    if not options.force and (target.exists() or target.is_symlink()):
        raise UsageError(f"{target} already exists; nothing was written (use --force to overwrite it)")
    today = today or date.today()
    asking = options.interactive or (not options.no_input and stdin_is_terminal())
    answers = ask_answers(given, today) if asking else complete(given, today)
    if options.write_schema:
        ensure_schema_writable(target, options.force)
    text = render_scaffold(answers, schema_reference(target, options.write_schema))
    write_new_file(target, text.encode("utf-8"), force=options.force)
    placeholders = sum(1 for line in text.splitlines() if "TODO" in line)
    shown = visible(str(target))  # the path as given: its controls shown, never acted on
    out.write(f"Wrote {shown}: a {answers.type} for {answers.jurisdiction} with "
              f"{len(answers.parties)} parties and {placeholders} lines to complete or confirm "
              "(marked TODO).\n"
              f"Next: fill them in, then run `collabagree check {shown}`.\n")
    _write_schema(options, out)
    return 0


def _write_schema(options: InitOptions, out: TextIO) -> None:
    """With --write-schema: the schema beside the new file, which its modeline names."""
    if options.write_schema:
        written = write_schema_beside(options.path, options.force)
        out.write(f"Wrote {visible(str(written))}: the schema the new file's first line points editors at.\n")
