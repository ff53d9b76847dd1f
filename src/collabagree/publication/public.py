"""`render --public`: the public version in every requested format, named `STEM.public.EXT`,
with the redaction log beside it (`STEM.redactions.csv`, `STEM.redactions.json`).

A thin layer over the renderer: it validates the file as `render` does, refuses it (exit 1)
when any PUB error is present, makes the public agreement (`redact.public_version`) and hands
it to the existing `render_documents`, so no back-end ever sees a withheld value. As a last
guard, the text outputs and every part of the DOCX package are searched for each withheld
text before anything is written.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from collabagree.check.pipeline import check_and_model
from collabagree.check.settings import Settings
from collabagree.core.atomic import write_atomic_group
from collabagree.core.errors import CollabagreeError, RenderError
from collabagree.core.findings import Severity
from collabagree.lint.engine import Selection
from collabagree.load.reader import FileReadError, read_limited
from collabagree.model import Agreement
from collabagree.publication.log import clause_of, log_csv, log_json, log_paths, with_clauses
from collabagree.publication.redact import MIN_SWEPT_LENGTH, PublicVersion, public_version
from collabagree.render.document import FORMATS, RenderOptions, RenderOutcome, blocking_findings


def public_paths(path: str, formats: tuple[str, ...], output_dir: Path | None) -> dict[str, Path]:
    """Where each public format of `path` goes: `STEM.public.EXT`, by format."""
    folder = output_dir or Path(path).parent
    stem = Path(path).stem
    return {extension: folder / f"{stem}.public.{extension}"
            for extension in FORMATS if extension in formats}


def located_version(agreement: Agreement, template_dir: Path | None) -> PublicVersion:
    """The public version with the clause of each redaction in its log."""
    from collabagree.drafting.engine import draft
    from collabagree.render.produce import markdown_document

    version = public_version(agreement)
    if not version.log:
        return version
    # One extra drafting pass (no pandoc) with a distinct, escape-proof token per redaction.
    probe = public_version(agreement, lambda _ground, index: f"ZQREDACTION{index:04d}QZ")
    markdown = markdown_document(draft(probe.agreement, template_dir), "")
    return with_clauses(version, [clause_of(markdown, f"ZQREDACTION{index:04d}QZ")
                                  for index in range(len(version.log))])


PUBLIC_LABEL = " (public version)"


def labelled(agreement: Agreement) -> Agreement:
    """The agreement titled as the public version, so the front page and the document
    properties say so (the information clause says the redaction log lists what is
    withheld)."""
    meta = agreement.agreement
    return agreement.model_copy(update={"agreement": meta.model_copy(update={"title": meta.title + PUBLIC_LABEL})})


def public_documents(agreement: Agreement, options: RenderOptions,
                     warnings: list[str] | None = None) -> tuple[PublicVersion, dict[str, bytes]]:
    """The public version and its documents by format (md, html, docx, pdf as asked).

    Raises `RenderError` if a withheld text is found in any text output or DOCX part.
    """
    from collabagree.render.document import render_documents

    version = located_version(agreement, options.template_dir)
    documents = render_documents(labelled(version.agreement), options, warnings)
    for extension, data in documents.items():
        leaked = _leaked(extension, data, version.withheld)
        if leaked:
            raise RenderError(f"the public {extension} still contains a withheld value "
                              f"({len(leaked)} characters); nothing was written")
    return version, documents


def _leaked(extension: str, data: bytes, withheld: tuple[str, ...]) -> str:
    """The first withheld text found in a document's bytes (text formats and DOCX parts)."""
    if extension == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = [package.read(name) for name in package.namelist()]
    elif extension in ("md", "html"):
        parts = [data]
    else:
        return ""  # the PDF's streams are compressed: the tests search them decompressed
    for text in withheld:
        needle = text.encode("utf-8")
        if len(text) >= MIN_SWEPT_LENGTH and any(needle in part for part in parts):
            return text
    return ""


def render_public_file(path: str, options: RenderOptions) -> RenderOutcome:
    """Validate, redact, render every requested format and write them with the logs, all or
    nothing; refused when the file has blocking findings or any PUB error."""
    try:
        raw = read_limited(path)
    except FileReadError as error:
        return RenderOutcome(path, "failed", error=f"{path}: cannot read ({error.reason})")
    result, agreement = check_and_model(path, raw, Selection(Settings()))
    status = agreement.agreement.status if agreement is not None else None
    blocking = blocking_findings(result.findings, options.strict, status, options.allow_errors)
    blocking += [f for f in result.findings if f.code.startswith("PUB") and f.severity is Severity.ERROR
                 and f not in blocking]
    if agreement is None or blocking:
        return RenderOutcome(path, "refused", findings=blocking or result.findings)
    warnings: list[str] = []
    try:
        version, documents = public_documents(agreement, options, warnings)
    except CollabagreeError as error:
        return RenderOutcome(path, "failed", error=f"{path}: {error}")
    destinations = public_paths(path, tuple(documents), options.output_dir)
    csv_path, json_path = log_paths(path, options.output_dir)
    files = {destinations[extension]: data for extension, data in documents.items()}
    files[csv_path] = log_csv(version.log)
    files[json_path] = log_json(version, agreement.agreement.id)
    if any(destination.resolve() == Path(path).resolve() for destination in files):
        return RenderOutcome(path, "failed", error=f"{path}: an output would overwrite the input")
    target = options.output_dir or Path(path).parent
    try:
        target.mkdir(parents=True, exist_ok=True)
        write_atomic_group(files)
    except OSError as error:
        return RenderOutcome(path, "failed", error=f"{path}: cannot write to {target} "
                             f"({error.strerror or error}); no file was changed")
    return RenderOutcome(path, outputs=list(files), warnings=warnings)


def render_public_batch(paths: list[str], options: RenderOptions) -> list[RenderOutcome]:
    """Render the public version of every path, one after another (a failure in one never
    stops the others). Raises `UsageError` first when two inputs would share an output."""
    from collabagree.core.errors import UsageError

    claimed: dict[Path, str] = {}
    for path in paths:
        for destination in public_paths(path, options.formats, options.output_dir).values():
            first = claimed.setdefault(destination.resolve(), path)
            if first != path:
                raise UsageError(f"{first} and {path} would both be rendered to {destination}; "
                                 "render them into different --output-dir folders or rename one")
    return [render_public_file(path, options) for path in paths]
