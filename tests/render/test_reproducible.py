"""Rendering twice gives identical bytes in every format; drafts say DRAFT, others never."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pypdf import PdfReader

from collabagree.render.document import FORMATS, RenderOptions, render_file
from support.render import EXAMPLE_PATHS, Rendered


def test_second_render_is_byte_identical(rendered: dict[str, Rendered], tmp_path: Path) -> None:
    source = EXAMPLE_PATHS[-1]
    again = render_file(str(source), RenderOptions(formats=FORMATS, output_dir=tmp_path))
    first = rendered[source.stem].outputs
    for path in again.outputs:
        assert path.read_bytes() == first[path.suffix[1:]].read_bytes(), path.suffix


def test_draft_marking_on_every_page_only_for_drafts(tmp_path: Path) -> None:
    source = EXAMPLE_PATHS[0]
    text = source.read_text(encoding="utf-8")
    status_line = next(line for line in text.splitlines() if line.strip().startswith("status:"))
    draft = tmp_path / "draft.yaml"
    draft.write_text(text.replace(status_line, status_line.split(":")[0] + ": draft"), encoding="utf-8")
    outcome = render_file(str(draft), RenderOptions(formats=("pdf", "docx", "html"), output_dir=tmp_path))
    assert outcome.status == "rendered", outcome.findings
    outputs = {path.suffix[1:]: path for path in outcome.outputs}
    pages = PdfReader(str(outputs["pdf"])).pages
    assert len(pages) > 3 and all("DRAFT" in page.extract_text() for page in pages)
    headers = [p.text for section in Document(str(outputs["docx"])).sections for p in section.header.paragraphs]
    assert any("DRAFT" in header for header in headers)
    assert "draft-banner" in outputs["html"].read_text(encoding="utf-8")
