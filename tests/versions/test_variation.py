"""`collabagree variation OLD NEW`: the variation drafted by the engine, rendered everywhere."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from collabagree.domain.law import law
from collabagree.drafting import ir
from collabagree.render.document import RenderOptions
from collabagree.versions.command import LoadedVersion, load_version
from collabagree.versions.revision import read_version
from collabagree.versions.variation import draft_variation
from collabagree.versions.variation_emit import variation_documents
from support.check import run
from support.mutations import load, mutated, write

FOOD = "uk-food-bank-funding.yaml"
ALL = RenderOptions(formats=("md", "html", "docx", "pdf"))


def _pair(tmp_path: Path, example: str, *changes: str) -> tuple[LoadedVersion, LoadedVersion]:
    data = load(example)
    old = write(data, tmp_path / "old.yaml")
    new = write(mutated(data, *changes), tmp_path / "new.yaml")
    return load_version(read_version(str(old))), load_version(read_version(str(new)))


def _text(document: ir.Document) -> str:
    from collabagree.render.produce import markdown_document

    return markdown_document(document, "").replace("\\", "")


def test_changes_are_set_out_by_clause_number(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, FOOD, "amounts-dates", "party-added", "kpi-removed-text")
    text = _text(draft_variation(old.agreement, new.agreement, date(2026, 12, 1)))
    assert text.startswith("**Between:**")
    assert "Clause 9.2 is deleted and replaced with:" in text
    assert "\u201c9.2 The total cash funding under this Agreement is £150,000.\u201d" in text
    assert "Clause 1.1 is deleted and replaced with:" in text and "the Trust" in text
    assert "Kestrel Vale Food Security Grant Funding Agreement (reference KVBC-FOOD-2026-01) dated 25 March 2026" in text
    assert "“Effective Date”** means 1 December 2026." in text
    assert "continues in full force and effect" in text
    record = law("UK-ENG")
    assert f"governed by {record.governing_law.text}" in text
    for person in new.agreement.signatories or []:
        assert person.name in text
    assert "Sam Reid" in text and "Signed for and on behalf of Kestrel Vale Community Health Trust" in text


def test_a_clause_only_in_new_is_inserted_and_one_only_in_old_deleted(tmp_path: Path) -> None:
    data = load(FOOD)
    varied = mutated(data)
    varied["funding"]["conditions"].pop("payment_schedule", None)
    old = load_version(read_version(str(write(data, tmp_path / "old.yaml"))))
    new = load_version(read_version(str(write(varied, tmp_path / "new.yaml"))))
    text = _text(draft_variation(old.agreement, new.agreement))
    assert "is deleted." in text or "is deleted and replaced with:" in text
    back = _text(draft_variation(new.agreement, old.agreement))
    assert "A new clause" in back or "is deleted and replaced with:" in back


def test_no_change_says_so(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, FOOD)
    assert "The wording of the Agreement is not changed." in _text(draft_variation(old.agreement, new.agreement))


def test_a_non_binding_agreement_says_its_variation_is_not_binding(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, "nz-catchment-partnering.yaml", "amounts-dates", "kpi-removed-text")
    text = _text(draft_variation(old.agreement, new.agreement))
    assert "is not legally binding, and neither is this Variation" in text
    assert "Variation 1 to" in draft_variation(old.agreement, new.agreement).front.title


@pytest.mark.parametrize("example", [FOOD, "au-cth-data-mou.yaml", "scot-health-data-sharing.yaml",
                                     "vic-gamblers-help-cross-sector.yaml"])
def test_the_variation_renders_to_every_format(tmp_path: Path, example: str) -> None:
    old, new = _pair(tmp_path, example, "amounts-dates", "party-added")
    documents = variation_documents(old, new, ALL)
    assert sorted(documents) == ["docx", "html", "md", "pdf"]
    assert documents["pdf"].startswith(b"%PDF")
    assert b"pdfaid:part" in documents["pdf"] or b"pdfaid" in documents["pdf"]
    pdf = tmp_path / "v.pdf"
    pdf.write_bytes(documents["pdf"])
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    assert "Variation 1 to" in words and "Execution" in words


def test_the_command_writes_stem_variation_files(tmp_path: Path) -> None:
    _pair(tmp_path, FOOD, "amounts-dates")
    out = tmp_path / "out"
    result = run("variation", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"),
                 "--to", "md,docx", "-o", str(out), "--effective", "2026-12-01")
    assert result.code == 0, result.err
    assert sorted(p.name for p in out.iterdir()) == ["new.variation.docx", "new.variation.md"]
    assert "1 December 2026" in (out / "new.variation.md").read_text(encoding="utf-8")
    bad = run("variation", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--effective", "soon")
    assert bad.code == 2 and "--effective" in bad.err


def test_a_changed_schedule_is_replaced_with_the_one_attached(tmp_path: Path) -> None:
    data = load(FOOD)
    varied = mutated(data)
    varied["schedules"][0]["body"] = varied["schedules"][0]["body"].replace("Quarterly;", "Every two months;")
    old = load_version(read_version(str(write(data, tmp_path / "old.yaml"))))
    new = load_version(read_version(str(write(varied, tmp_path / "new.yaml"))))
    document = draft_variation(old.agreement, new.agreement)
    text = _text(document)
    assert "Schedule 1 (Food Security Partnership Group terms of reference) is replaced with Schedule 1 to this Variation, attached." in text
    attached = [s for s in document.sections if s.kind == "schedule"]
    assert [s.title for s in attached] == ["Food Security Partnership Group terms of reference"]
    assert "Every two months" in text.split("# Schedule 1")[-1]
