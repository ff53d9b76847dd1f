"""Render one agreement file to the requested formats, all or nothing.

Validation comes first: an agreement with schema findings or REF errors (or, with
`--strict`, any error) is not rendered. Every format is produced in memory before any file
is written, and the files are then replaced together (`atomic.write_atomic_group`), so a
pandoc or Typst failure, or a full disk, part-way leaves the earlier outputs exactly as
they were and no half-written file behind.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabagree.check.pipeline import check_and_model
from collabagree.check.settings import Settings
from collabagree.core.atomic import write_atomic_group
from collabagree.core.errors import RenderError
from collabagree.core.findings import Finding, Severity
from collabagree.core.resources import data_dir
from collabagree.domain.agreement_types import TYPE_TITLES
from collabagree.drafting import ir
from collabagree.lint.engine import Selection
from collabagree.load.reader import FileReadError, read_limited
from collabagree.model import Agreement
from collabagree.render.localise import format_date
from collabagree.render.outputs import InputIndex, output_paths

if TYPE_CHECKING:
    from collabagree.render.pdf_text import PdfText

FORMATS: tuple[str, ...] = ("md", "html", "docx", "pdf")
DEFAULT_FORMATS: tuple[str, ...] = ("md", "docx", "pdf")
DEFAULT_PDF_STANDARDS: tuple[str, ...] = ("a-2a", "ua-1")
STATUS_LABELS = {"draft": "Draft", "final": "Final", "signed": "Signed"}
_FONT_SEARCH_CHARS = 200_000  # how much of agreement.typ is searched for its text font


@dataclass(frozen=True)
class RenderOptions:
    """How to render: formats, where to, with which templates and standards."""

    formats: tuple[str, ...] = DEFAULT_FORMATS
    output_dir: Path | None = None
    strict: bool = False
    template_dir: Path | None = None
    reference_doc: Path | None = None
    pdf_standards: tuple[str, ...] = DEFAULT_PDF_STANDARDS
    # A final or signed agreement with error findings is refused unless this is set.
    allow_errors: bool = False
    # The timeline figure after the term clause (`render --no-figure`: False).
    figure: bool = True
    # The key-facts page instead of the document (`render --summary`: STEM.summary.EXT).
    summary: bool = False

    @property
    def suffix(self) -> str:
        """What the output names add to the input's stem: `.summary` for the key-facts page."""
        return ".summary" if self.summary else ""


@dataclass
class RenderOutcome:
    """What happened to one file: rendered (with outputs), refused (with findings) or failed."""

    path: str
    status: str = "rendered"
    outputs: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    # One line each, such as characters the PDF fonts cannot show (`pdf_text`).
    warnings: list[str] = field(default_factory=list)
    # How many findings an agreement rendered anyway still has (one line, or None).
    note: str | None = None


def blocking_findings(findings: list[Finding], strict: bool, status: str | None = None,
                      allow_errors: bool = False) -> list[Finding]:
    """Findings that stop rendering: SCH and REF errors always; every error with --strict,
    or when the agreement says it is final or signed (a clean "Signed" document must not
    come out of a broken agreement) unless --allow-errors."""
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if strict or (status in ("final", "signed") and not allow_errors):
        return errors
    return [f for f in errors if f.code.startswith(("SCH", "REF"))]


def remaining_findings_note(findings: list[Finding]) -> str | None:
    """One line counting the errors and warnings of an agreement that was rendered anyway."""
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    if not errors and not warnings:
        return None
    return (f"{errors} error{'s' if errors != 1 else ''} and {warnings} warning{'s' if warnings != 1 else ''} "
            "remain (see collabagree check)")


def render_file(path: str, options: RenderOptions) -> RenderOutcome:
    """Validate, render every requested format in memory, then write them all together."""
    try:
        raw = read_limited(path)
    except FileReadError as error:
        return RenderOutcome(path, "failed", error=f"{path}: cannot read ({error.reason})")
    result, agreement = check_and_model(path, raw, Selection(Settings()))
    status = agreement.agreement.status if agreement is not None else None
    blocking = blocking_findings(result.findings, options.strict, status, options.allow_errors)
    if agreement is None or blocking:
        reason = None
        if agreement is not None and not blocking_findings(result.findings, options.strict):
            reason = (f"{path}: status is {status} but check reports {len(blocking)} "
                      f"error{'s' if len(blocking) != 1 else ''}; not rendered (fix them, or pass --allow-errors)")
        return RenderOutcome(path, "refused", findings=blocking or result.findings, error=reason)
    destinations = output_paths(path, [f for f in FORMATS if f in options.formats],
                                options.output_dir, options.suffix)
    # The batch checks this for every input before it starts; a caller of this function
    # alone must not lose its input either.
    own_input = InputIndex([path])
    for destination in destinations.values():
        if own_input.overwritten(destination) is not None:
            return RenderOutcome(path, "failed", error=f"{path}: its output {destination} "
                                 "would overwrite the input; choose another output folder")
    warnings: list[str] = []
    from collabagree.render.verify import VerificationFailed

    try:
        documents = render_documents(agreement, options, warnings)
    except VerificationFailed as error:  # exit 1, like a refusal: nothing was written
        return RenderOutcome(path, "refused", error=f"{path}: {error}; no file was changed")
    except RenderError as error:
        return RenderOutcome(path, "failed", error=f"{path}: {error}")
    target = options.output_dir or Path(path).parent
    files = {destinations[extension]: data for extension, data in documents.items()}
    try:
        target.mkdir(parents=True, exist_ok=True)
        write_atomic_group(files)
    except OSError as error:
        return RenderOutcome(path, "failed",
                             error=f"{path}: cannot write to {target} ({error.strerror or error}); "
                             "no file was changed")
    return RenderOutcome(path, outputs=list(files), warnings=warnings,
                         note=remaining_findings_note(result.findings))


def render_documents(agreement: Agreement, options: RenderOptions,
                     warnings: list[str] | None = None) -> dict[str, bytes]:
    """Every requested format as bytes, in the order md, html, docx, pdf.

    The drafting engine writes one document tree (`drafting.engine.draft`); the Markdown is
    written from it and the other formats reach pandoc as its JSON AST, so no text is read
    as Markdown on the way. The PDF is drafted from the agreement with the characters its
    fonts cannot show replaced (`pdf_text`); what was replaced is added to `warnings`.
    """
    from collabagree.drafting.engine import draft
    from collabagree.render.figures import FIGURE_NODES, typst_files, without_figures
    from collabagree.render.produce import markdown_document, pandoc_json

    if options.summary:
        from collabagree.render.summary import render_summary

        return render_summary(agreement, options, _epoch(agreement), warnings)
    document = draft(agreement, options.template_dir)
    if not options.figure:
        without_figures(document)
    metadata = document_metadata(agreement)
    epoch = _epoch(agreement)
    own_text = agreement.model_dump_json()  # so a brace the user typed is not a template artefact
    documents: dict[str, bytes] = {}
    for extension in FORMATS:
        if extension not in options.formats:
            continue
        if extension == "md":
            documents["md"] = markdown_document(document, front_matter(metadata)).encode("utf-8")
            _verify("md", documents["md"], document, agreement, options, own_text)
            continue
        source, meta, fitted = document, metadata, None
        if extension == "pdf":
            fitted = _fit_for_pdf(agreement, options)
            if warnings is not None:
                warnings.extend(fitted.warnings)
            if fitted.agreement is not agreement:
                source = draft(fitted.agreement, options.template_dir)
                source = source if options.figure else without_figures(source)
                meta = document_metadata(fitted.agreement)
        if extension == "docx":
            # Word numbers the clauses itself and cross-references are REF fields.
            from collabagree.render.docx_fields import word_native

            body = pandoc_json(source, meta, typed_numbers=False, figure_nodes=FIGURE_NODES["docx"])
            documents["docx"] = word_native(_convert("docx", body, meta, epoch, options), source,
                                            reference=meta.get("reference"), version=meta.get("version"))
        else:
            # In HTML the title is the page's h1, so sections are h2.
            level = 2 if extension == "html" else 1
            if extension == "pdf":
                meta = {**meta, **archival_metadata(fitted.agreement if fitted else agreement)}
            body = pandoc_json(source, meta, heading_level=level, figure_nodes=FIGURE_NODES[extension])
            files = typst_files(source) if extension == "pdf" else None
            documents[extension] = _convert(extension, body, meta, epoch, options, files)
        shown = fitted.agreement if fitted is not None else agreement
        _verify(extension, documents[extension], source, shown, options, own_text)
    return documents


def _verify(extension: str, data: bytes, document: ir.Document, agreement: Agreement,
            options: RenderOptions, own_text: str) -> None:
    """Read the produced file back and check it (`render.verify`); raises on a failure.
    `own_text` is the agreement's own text, serialised once per render."""
    from collabagree.render.verify import verify

    final = agreement.agreement.status in ("final", "signed") and not options.allow_errors
    verify(extension, data, document, [party.name for party in agreement.parties],
           own_text=own_text, final=final,
           pdf_standards=tuple(s for s in options.pdf_standards if s != "none"))


def _fit_for_pdf(agreement: Agreement, options: RenderOptions) -> PdfText:
    """The agreement as the PDF fonts can show it (`pdf_text.PdfText`), judged with the
    fonts the Typst template sets."""
    from collabagree.render.glyphs import template_fonts
    from collabagree.render.pdf_text import fit_for_pdf

    try:
        with _asset("agreement.typ", options).open(encoding="utf-8", errors="replace") as handle:
            fonts = template_fonts(handle.read(_FONT_SEARCH_CHARS))
    except OSError as error:
        raise RenderError(f"template error: cannot read agreement.typ ({error.strerror or error})") from None
    return fit_for_pdf(agreement, fonts)


def _convert(extension: str, body: str, metadata: dict[str, Any], epoch: int,
             options: RenderOptions, files: dict[str, bytes] | None = None) -> bytes:
    # Heavy back-ends are imported only when a document is actually rendered.
    from collabagree.render import pandoc_runner

    reader = pandoc_runner.JSON_READER
    if extension == "html":
        css = _asset("agreement.css", options).read_text(encoding="utf-8")
        return pandoc_runner.markdown_to_html(body, css=css, lang=str(metadata["lang"]),
                                              title=str(metadata["title"]), metadata=metadata,
                                              reader=reader)
    if extension == "docx":
        reference = options.reference_doc or _asset("reference.docx", options)
        return pandoc_runner.markdown_to_docx(body, reference_doc=reference, metadata=metadata,
                                              epoch=epoch, reader=reader)
    from collabagree.render.pdf import typst_to_pdf
    from collabagree.render.typst_cells import escape_content_starts

    typst_source = pandoc_runner.markdown_to_typst(body, template=_asset("agreement.typ", options),
                                                   metadata=metadata, reader=reader)
    return typst_to_pdf(escape_content_starts(typst_source), standards=options.pdf_standards,
                        timestamp=epoch, files=files)


def _asset(name: str, options: RenderOptions) -> Path:
    """A template asset, from --template-dir when it has one of that name (a link out of
    the folder, a FIFO or a device there is refused, never followed)."""
    if options.template_dir is not None:
        from collabagree.render.template_loader import TemplateRefused, contained_file

        try:
            found = contained_file(options.template_dir, name)
        except TemplateRefused as error:
            raise RenderError(f"template error: {error.message}") from None
        if found is not None:
            return found
    return data_dir("templates") / name


def document_metadata(agreement: Agreement) -> dict[str, Any]:
    """Title-block metadata for the back-ends (values are escaped by them)."""
    meta = agreement.agreement
    control = agreement.document_control
    when = (control.date if control and control.date else agreement.term.start)
    return {
        "title": meta.title,
        "subtitle": TYPE_TITLES[meta.type] if meta.title.lower() != TYPE_TITLES[meta.type].lower() else None,
        "reference": meta.id,
        "version": control.version if control else None,
        "status": STATUS_LABELS[meta.status],
        "date": format_date(when, meta.locale or "en-GB"),
        "draft": meta.status == "draft",
        "lang": meta.locale or "en-GB",
        "papersize": "a4",
    }


def archival_metadata(agreement: Agreement) -> dict[str, Any]:
    """What the PDF's XMP adds for a records system (Dublin Core creator, description and
    subject): the parties, a one-line description and the reference. Only the PDF takes
    these: pandoc would print an author line under the title of the DOCX and HTML."""
    meta = agreement.agreement
    names = [party.name for party in agreement.parties]
    between = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
    return {"author": names, "description": f"{TYPE_TITLES[meta.type]} between {between}",
            "keywords": [meta.id] if meta.id else None}


def front_matter(metadata: dict[str, Any]) -> str:
    """A YAML metadata block for the Markdown output.

    pandoc reads each string of a metadata block as Markdown, so a value is escaped like the
    body (a title `<script>` or `[x](javascript:...)` stays text for whoever runs pandoc on
    the file), then written as a JSON string, which is valid YAML.
    """
    from collabagree.render.textsafe import metadata_to_markdown

    lines = ["---"]
    for key in ("title", "subtitle", "reference", "version", "status", "date", "lang"):
        value = metadata.get(key)
        if value:
            lines.append(f"{key}: {json.dumps(metadata_to_markdown(str(value)), ensure_ascii=False)}")
    lines.append(f"draft: {'true' if metadata.get('draft') else 'false'}")
    return "\n".join(lines) + "\n---\n\n"


def _epoch(agreement: Agreement) -> int:
    """SOURCE_DATE_EPOCH when set, else the document date, so the same input gives the
    same bytes and the PDF's creation date means something."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        return int(raw)
    control = agreement.document_control
    day = control.date if control and control.date else agreement.term.start
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
