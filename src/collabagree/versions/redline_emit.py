"""`render NEW --redline OLD`: the comparison document in every requested format.

Both versions are drafted by the engine; `redline.redline_blocks` merges their pandoc ASTs
and the result goes through the same pandoc, Word and Typst steps as an agreement:

- DOCX: drafted without typed numbers, merged, written by pandoc (insertion and deletion
  spans become `w:ins` and `w:del`), given Word numbering and REF fields (`word_native`,
  from NEW's tree), then tracked paragraph marks and rows (`redline_docx`). Nothing else is
  added, so accepting every change gives NEW's DOCX text and rejecting gives OLD's.
- HTML and PDF: insertions underlined, deletions struck through, a bar beside each changed
  block, and a summary table of the changes (`versions.command.compare`) first.
- Markdown: pandoc's Markdown of the same AST (`[words]{.insertion author=...}`).

Files are written as `STEM.redline.EXT`, all or nothing.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from collabagree.drafting import ir
from collabagree.drafting.emit_pandoc import table, text, to_pandoc
from collabagree.model import Agreement
from collabagree.render.document import FORMATS, RenderOptions, document_metadata
from collabagree.versions.command import LoadedVersion, compare, version_span
from collabagree.versions.redline import Marks, Node, redline_blocks
from collabagree.versions.report import DiffSummary, clause_label, describe, headline

REDLINE_CSS = """
span.insertion u, span.insertion { text-decoration: underline; text-decoration-thickness: 0.08em; }
span.deletion del, span.deletion { text-decoration: line-through; }
div.changed { border-left: 3px solid #1f3a5f; margin-left: -12px; padding-left: 9px; }
div.redline-summary table { margin-bottom: 2em; }
"""
_BAR_OPEN = "#block(width: 100%, stroke: (left: 1.5pt + luma(20)), outset: (left: 0.7em))["


def default_author(cwd: Path | None = None) -> str:
    """The git user name, else "collabagree"."""
    try:
        found = subprocess.run(["git", "config", "user.name"], capture_output=True, cwd=cwd,
                               timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return "collabagree"
    name = found.stdout.decode("utf-8", "replace").strip()
    return name.splitlines()[0][:100] if name else "collabagree"


def change_date(agreement: Agreement) -> str:
    """NEW's `document_control.date` (else its start) as the changes' ISO date-time."""
    control = agreement.document_control
    day: date = control.date if control and control.date else agreement.term.start
    return f"{day.isoformat()}T00:00:00Z"


def summary_blocks(old: LoadedVersion, new: LoadedVersion, name: str) -> list[Node]:
    """The summary of changes: a headline and a table of clause, kind and what."""
    changes = compare(old, new)
    funding = new.agreement.funding or old.agreement.funding
    summary = DiffSummary(name, *version_span(old, new), funding.currency if funding else None)
    heading = {"t": "Para", "c": [{"t": "Strong", "c": text("Summary of changes")}]}
    blocks: list[Node] = [heading, {"t": "Para", "c": text(headline(changes, summary))}]
    if changes:
        rows: list[list[list[ir.Inline]]] = [[[ir.Text(clause_label(item.clause))], [ir.Text(item.change.kind)],
                 [ir.Text(describe(item.change, summary.currency))]] for item in changes]
        grid = ir.Table([[ir.Text("Clause")], [ir.Text("Change")], [ir.Text("What")]], rows,
                        [0.18, 0.12, 0.7])
        blocks.append(table(grid))
    return [{"t": "Div", "c": [["", ["redline-summary"], []], blocks]}]


def redline_documents(old: LoadedVersion, new: LoadedVersion, options: RenderOptions,
                      author: str, name: str) -> dict[str, bytes]:
    """Every requested format of the comparison as bytes, by extension."""
    from collabagree.render.document import _epoch, _fit_for_pdf

    when = change_date(new.agreement)
    metadata = document_metadata(new.agreement)
    versions = version_span(old, new)
    shown = {**metadata, "title": f"{metadata['title']}: comparison with {versions[0]}"}
    epoch = _epoch(new.agreement)
    out: dict[str, bytes] = {}
    for extension in FORMATS:
        if extension not in options.formats:
            continue
        if extension == "docx":
            marks = Marks(author, when, docx=True)
            before = document_metadata(old.agreement)
            titles = {style: (str(before.get(key) or ""), str(metadata.get(key) or ""))
                      for style, key in (("Title", "title"), ("Subtitle", "subtitle"), ("Date", "date"))}
            out["docx"] = _docx(_drafted(old.agreement, options), _drafted(new.agreement, options),
                                metadata, epoch, options, marks, titles)
            continue
        new_agreement, old_agreement = new.agreement, old.agreement
        if extension == "pdf":
            new_agreement, old_agreement = (_fit_for_pdf(a, options).agreement
                                            for a in (new.agreement, old.agreement))
        merged = _merged(_drafted(old_agreement, options), _drafted(new_agreement, options), shown, True,
                         Marks(author, when, visual=extension != "md"))
        merged["blocks"] = [*summary_blocks(old, new, name), *merged["blocks"]]
        out[extension] = _convert(extension, merged, shown, options, epoch)
    return out


def _merged(old: ir.Document, new: ir.Document, metadata: dict[str, Any], typed: bool,
            marks: Marks) -> dict[str, Any]:
    from collabagree.render.produce import TEMPLATE_KEYS

    meta = {key: metadata.get(key) for key in TEMPLATE_KEYS if metadata.get(key) is not None}
    before = to_pandoc(old, meta, typed_numbers=typed)
    after = to_pandoc(new, meta, typed_numbers=typed)
    after["blocks"] = redline_blocks(before["blocks"], after["blocks"], marks)
    return after


def _docx(old: ir.Document, new: ir.Document, metadata: dict[str, Any], epoch: int,
          options: RenderOptions, marks: Marks, titles: dict[str, tuple[str, str]]) -> bytes:
    from collabagree.render import pandoc_runner
    from collabagree.render.document import _asset
    from collabagree.render.docx_fields import word_native
    from collabagree.versions.redline_docx import track_marks

    body = json.dumps(_merged(old, new, metadata, False, marks), ensure_ascii=False)
    reference = options.reference_doc or _asset("reference.docx", options)
    docx = pandoc_runner.markdown_to_docx(body, reference_doc=reference, metadata=metadata,
                                          epoch=epoch, reader=pandoc_runner.JSON_READER)
    native = word_native(docx, new, reference=metadata.get("reference"), version=metadata.get("version"))
    return track_marks(native, marks.author, marks.date, titles)


def _convert(extension: str, document: dict[str, Any], metadata: dict[str, Any],
             options: RenderOptions, epoch: int) -> bytes:
    from collabagree.render import pandoc_runner
    from collabagree.render.document import _asset

    reader = pandoc_runner.JSON_READER
    if extension == "html":
        css = _asset("agreement.css", options).read_text(encoding="utf-8") + REDLINE_CSS
        return pandoc_runner.markdown_to_html(json.dumps(document, ensure_ascii=False), css=css,
                                              lang=str(metadata["lang"]), title=str(metadata["title"]),
                                              metadata=metadata, reader=reader)
    if extension == "md":
        return _markdown(json.dumps(document, ensure_ascii=False), metadata)
    from collabagree.render.pdf import typst_to_pdf
    from collabagree.render.typst_cells import escape_content_starts

    document = {**document, "blocks": [piece for block in document["blocks"] for piece in _barred(block)]}
    source = pandoc_runner.markdown_to_typst(json.dumps(document, ensure_ascii=False),
                                             template=_asset("agreement.typ", options),
                                             metadata=metadata, reader=reader)
    return typst_to_pdf(escape_content_starts(source), standards=options.pdf_standards,
                        timestamp=epoch)


def _barred(block: Node) -> list[Node]:
    """A changed block inside a Typst block with a left stroke: the change bar."""
    if block["t"] == "Div" and "changed" in block["c"][0][1]:
        return [{"t": "RawBlock", "c": ["typst", _BAR_OPEN]}, *block["c"][1],
                {"t": "RawBlock", "c": ["typst", "]"]}]
    return [block]


def _markdown(body: str, metadata: dict[str, Any]) -> bytes:
    from collabagree.render import pandoc_runner

    with tempfile.TemporaryDirectory(prefix="collabagree-pandoc-") as tmp:
        work = Path(tmp)
        out = work / "out.md"
        pandoc_runner._run(body, ["--to=markdown", "--standalone", f"--output={out}"],
                           {}, work, pandoc_runner.JSON_READER)
        return out.read_bytes()


def _drafted(agreement: Agreement, options: RenderOptions) -> ir.Document:
    """A version as the comparison shows it: without the timeline figure, a picture whose
    change cannot be marked word by word (the summary table lists changed dates instead)."""
    from collabagree.drafting.engine import draft
    from collabagree.render.figures import without_figures

    return without_figures(draft(agreement, options.template_dir))
