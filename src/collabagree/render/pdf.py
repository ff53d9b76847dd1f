"""Compile Typst source (from pandoc's Typst writer) to PDF with the ``typst`` package.

The compiler gets an empty temporary folder as its project root, package folders and all,
and only the fonts embedded in the package; so a document can read no file on the machine,
fetch no package, and looks the same everywhere. A fixed creation timestamp makes the PDF
byte-for-byte reproducible.

The Typst source is compiled exactly as pandoc wrote it: never edited here. Characters the
fonts cannot show are replaced in the agreement's own text before it becomes Markdown
(`pdf_text`); should Typst still find one (a template of your own with other text or
fonts), the render fails with a message naming the character. (An earlier version replaced
the character throughout the Typst source instead, template and escapes included: a
backslash followed by U+20E3 made every backslash go, and user text ran as Typst code.)
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from collabagree.render.pandoc_runner import RenderBackendError, source_date_epoch

#: Standards ``--pdf-standard`` accepts. typst 0.15 accepts PDF/A-2a together with PDF/UA-1.
ALLOWED_PDF_STANDARDS: tuple[str, ...] = ("a-2b", "a-2a", "a-3b", "ua-1")
DEFAULT_PDF_STANDARDS: tuple[str, ...] = ("a-2a", "ua-1")
_NO_GLYPH_RE = re.compile(r'the text `"((?:[^"\\]|\\.)*)"` could not be displayed')
_RUST_ESCAPE_RE = re.compile(r"\\u\{[0-9a-fA-F]{1,6}\}|\\.")


def parse_pdf_standards(value: str) -> list[str]:
    """Parse a ``--pdf-standard`` value such as ``"a-2a,ua-1"`` or ``"none"``."""
    items = [item.strip().lower() for item in value.split(",") if item.strip()]
    if items == ["none"]:
        return []
    return check_pdf_standards(items)


def check_pdf_standards(standards: Sequence[str]) -> list[str]:
    """Validate a list of PDF standards; at most one PDF/A level may be chosen."""
    chosen: list[str] = []
    for item in standards:
        if item not in ALLOWED_PDF_STANDARDS:
            allowed = ", ".join(ALLOWED_PDF_STANDARDS)
            raise RenderBackendError(f"unknown PDF standard {item!r} (choose from {allowed}, or none)")
        if item not in chosen:
            chosen.append(item)
    if sum(1 for item in chosen if item.startswith("a-")) > 1:
        raise RenderBackendError("choose at most one PDF/A standard")
    return chosen


def typst_to_pdf(
    typst_source: str,
    *,
    standards: Sequence[str] = DEFAULT_PDF_STANDARDS,
    timestamp: int | dt.datetime | None = None,
    files: Mapping[str, bytes] | None = None,
) -> bytes:
    """Compile ``typst_source`` to PDF bytes conforming to ``standards``.

    ``timestamp`` (UNIX seconds or an aware datetime) becomes the document's creation date;
    by default ``$SOURCE_DATE_EPOCH`` or a fixed date, so the same source gives the same bytes.
    Text no embedded font can show is an error here (`pdf_text` replaces it beforehand).
    ``files`` (plain names to bytes) are put in the compiler's root: the figures' images.
    """
    chosen = check_pdf_standards(standards)
    when: int | dt.datetime
    if isinstance(timestamp, dt.datetime):
        if timestamp.tzinfo is None:
            raise RenderBackendError("the PDF timestamp needs a time zone")
        when = timestamp
    else:
        when = source_date_epoch(timestamp)
    with sandboxed_compiler(files) as (typst, compiler):
        try:
            pdf = compiler.compile(
                typst_source.encode("utf-8"),
                format="pdf",
                pdf_standards=chosen,  # type: ignore[arg-type]  # validated above
                timestamp=when,
            )
        except typst.TypstError as exc:
            text = _undisplayable_text(exc)
            if text is not None:
                raise RenderBackendError(
                    f"typst failed: the PDF fonts cannot show {describe_cluster(text)}; "
                    "check the fonts of your agreement.typ") from exc
            raise RenderBackendError(f"typst failed: {_one_line(exc)}") from exc
        except RuntimeError as exc:
            raise RenderBackendError(f"typst failed: {_one_line(exc)}") from exc
    if not isinstance(pdf, bytes):
        raise RenderBackendError("typst produced no single PDF document")
    return pdf


@contextmanager
def sandboxed_compiler(files: Mapping[str, bytes] | None = None) -> Iterator[tuple[Any, Any]]:
    """The ``typst`` module and a compiler whose root and package folders are empty
    temporary folders, with the embedded fonts only (see the module docstring); ``files``
    (plain names, no folders) are written into the root first."""
    try:
        import typst  # imported here so that `check` never loads the compiler
    except ImportError as exc:
        raise RenderBackendError("the typst package is not installed") from exc
    with tempfile.TemporaryDirectory(prefix="collabagree-typst-") as tmp:
        root = Path(tmp) / "root"
        packages = Path(tmp) / "packages"
        root.mkdir()
        packages.mkdir()
        for name, data in (files or {}).items():
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}", name):
                raise RenderBackendError(f"invalid figure file name {name!r}")
            (root / name).write_bytes(data)
        try:
            compiler = typst.Compiler(
                root=str(root),
                font_paths=[],
                ignore_system_fonts=True,
                package_path=str(packages),
                package_cache_path=str(packages),
            )
        except RuntimeError as exc:
            raise RenderBackendError(f"typst failed: {_one_line(exc)}") from exc
        yield typst, compiler


def describe_cluster(text: str) -> str:
    """``"👍🏽" (U+1F44D U+1F3FD)``: a character as shown and as code points."""
    codes = " ".join(f"U+{ord(ch):04X}" for ch in text)
    return f'"{text}" ({codes})'


def _undisplayable_text(exc: BaseException) -> str | None:
    match = _NO_GLYPH_RE.search(str(getattr(exc, "message", "") or exc))
    if match is None:
        return None
    # Typst quotes the text Rust-style: \u{200d} for invisible characters, \" and \\.
    return _RUST_ESCAPE_RE.sub(_unescape_one, match.group(1))


def _unescape_one(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.startswith("\\u{"):
        return chr(int(token[3:-1], 16))
    return {"\\n": "\n", "\\t": "\t", "\\r": "\r", "\\0": "\0"}.get(token, token[1:])


def _one_line(exc: BaseException) -> str:
    message = str(getattr(exc, "message", "") or exc)
    for line in message.splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__
