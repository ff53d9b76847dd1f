"""Outputs are read back and checked before any file is written (issue 15, part 5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from collabagree.drafting.engine import draft
from collabagree.render.verify import VerificationFailed, text_of, verify
from support.bounded import run_bounded
from support.render import EXAMPLES, Rendered, load_agreement

SOURCE = EXAMPLES / "uk-food-bank-funding.yaml"


@pytest.mark.parametrize("extension", ["md", "html", "docx", "pdf"])
def test_every_example_format_passes_and_its_text_reads_back(rendered: dict[str, Rendered], extension: str) -> None:
    item = rendered[SOURCE.stem]
    data = item.outputs[extension].read_bytes()
    document = draft(item.agreement)
    verify(extension, data, document, [p.name for p in item.agreement.parties],
           own_text=item.agreement.model_dump_json(), final=True,
           pdf_standards=("a-2a", "ua-1") if extension == "pdf" else ())
    assert "Kestrel Vale Community Food Bank" in " ".join(text_of(extension, data).split())


def test_a_missing_heading_party_artefact_or_placeholder_is_named(rendered: dict[str, Rendered]) -> None:
    item = rendered[SOURCE.stem]
    document = draft(item.agreement)
    md = item.outputs["md"].read_bytes()
    parties = [p.name for p in item.agreement.parties]
    own = item.agreement.model_dump_json()
    assert md.count(b"Working together for clients") == 1
    with pytest.raises(VerificationFailed, match="lacks the heading 'Working together for clients'"):
        verify("md", md.replace(b"Working together for clients", b"Working apart"), document, parties,
               own_text=own, final=True)
    with pytest.raises(VerificationFailed, match="lacks the party name"):
        verify("md", md.replace(b"Community Food Bank", b"Food Bank"), document, parties, own_text=own, final=True)
    with pytest.raises(VerificationFailed, match="template text '{{'"):
        verify("md", md + b"\n{{ a.title }}\n", document, parties, own_text=own, final=False)
    with pytest.raises(VerificationFailed, match="placeholder 'TODO'"):
        verify("md", md + b"\nTODO\n", document, parties, own_text=own, final=True)
    verify("md", md + b"\nTODO\n", document, parties, own_text=own, final=False)  # a draft may have them
    verify("md", md + b"\n{{ x }}\n", document, parties, own_text=own + "{{ x }}", final=False)  # the user's own


def test_a_pdf_without_its_identification_is_refused(rendered: dict[str, Rendered], tmp_path: Path) -> None:
    item = rendered[SOURCE.stem]
    pdf = item.outputs["pdf"].read_bytes()
    document = draft(item.agreement)
    parties = [p.name for p in item.agreement.parties]
    element = b"<pdfuaid:part>1</pdfuaid:part>"
    assert element in pdf  # the XMP packet is not compressed; a comment of the same length keeps the offsets
    stripped = pdf.replace(element, b"<!--" + b" " * (len(element) - 7) + b"-->")
    with pytest.raises(VerificationFailed, match="UA-1 identification"):
        verify("pdf", stripped, document, parties, own_text="", final=True, pdf_standards=("ua-1",))


def test_render_with_a_template_that_leaves_markup_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "food.yaml"
    shutil.copy(SOURCE, source)
    out = tmp_path / "out"
    assert run_bounded("render", str(source), "--to", "md,pdf", "-o", str(out)).returncode == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    templates = tmp_path / "templates" / "clauses"
    templates.mkdir(parents=True)
    (templates / "term.j2").write_text(
        '{{ s.section("term", "Term") }}\n{{ s.clause("term.dates") }}\n'
        "Runs {% raw %}{{ start }}{% endraw %}.\n", encoding="utf-8")
    outcome = run_bounded("render", str(source), "--to", "md,pdf", "-o", str(out),
                          "--template-dir", str(tmp_path / "templates"))
    assert outcome.returncode == 1, outcome.stderr
    assert "verification failed: the Markdown has template text '{{' left in it" in outcome.stderr
    assert "no file was changed" in outcome.stderr
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_the_agreement_loads_for_these_tests() -> None:
    assert load_agreement(SOURCE).agreement.status == "signed"
