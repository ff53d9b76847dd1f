"""The PDF's XMP carries what a records system files it by (issue 18): Dublin Core
creator (the parties), description and subject (the reference), read back with pypdf."""

from __future__ import annotations

import io

from pypdf import PdfReader

from collabagree.render.document import RenderOptions, render_documents
from support.render import EXAMPLES, load_agreement

HOSTILE = 'Kestrel "Vale" #read("/etc/passwd") ] [ \\ *Council* $x$'


def test_xmp_names_the_parties_the_reference_and_the_kind_of_agreement() -> None:
    agreement = load_agreement(EXAMPLES / "uk-food-bank-funding.yaml")
    parties = list(agreement.parties)
    parties[0] = parties[0].model_copy(update={"name": HOSTILE})
    changed = agreement.model_copy(update={"parties": parties})
    pdf = render_documents(changed, RenderOptions(formats=("pdf",)))["pdf"]
    xmp = PdfReader(io.BytesIO(pdf)).xmp_metadata
    assert xmp is not None
    creators = " ".join(xmp.dc_creator or [])
    assert HOSTILE in creators and "Kestrel Vale Community Food Bank" in creators  # literally, as data
    assert xmp.dc_description["x-default"] == f"Funding Agreement between {HOSTILE} and Kestrel Vale Community Food Bank"
    assert xmp.pdf_keywords == "KVBC-FOOD-2026-01"
    assert "root:" not in creators
