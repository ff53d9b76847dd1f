"""`render --summary` (issue 20): STEM.summary.EXT in every format, one A4 page, plain
words and no clause numbers, even for a large agreement."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from collabagree.cli.app import app
from collabagree.drafting.summary import MAX_PARTIES, PURPOSE_WORDS, shorten
from collabagree.model import Agreement
from collabagree.model.governance import Body
from collabagree.model.parties import Contact, Party
from collabagree.model.roles import PartyRoles, Responsibility
from collabagree.render.document import FORMATS, RenderOptions, render_documents, render_file
from collabagree.render.localise import format_date
from support.render import EXAMPLE_PATHS, load_agreement, squash

_CLAUSE_NUMBER = re.compile(r"\b(?:clause|paragraph)\s+\d|^\s*\d+(?:\.\d+)+\s", re.IGNORECASE | re.MULTILINE)


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    out = tmp_path_factory.mktemp("summary")
    found: dict[str, dict[str, Path]] = {}
    for path in EXAMPLE_PATHS:
        outcome = render_file(str(path), RenderOptions(formats=FORMATS, output_dir=out, summary=True))
        assert outcome.status == "rendered", (outcome.error, outcome.findings)
        found[path.stem] = {p.suffix[1:]: p for p in outcome.outputs}
    return found


@pytest.mark.parametrize("path", EXAMPLE_PATHS, ids=[p.stem for p in EXAMPLE_PATHS])
def test_every_example_has_a_one_page_summary_in_every_format(
        summaries: dict[str, dict[str, Path]], path: Path) -> None:
    outputs = summaries[path.stem]
    assert sorted(outputs) == sorted(FORMATS)
    assert all(p.name == f"{path.stem}.summary.{ext}" for ext, p in outputs.items())
    reader = PdfReader(str(outputs["pdf"]))
    assert len(reader.pages) == 1
    agreement = load_agreement(path)
    text = " ".join((reader.pages[0].extract_text() or "").split())
    markdown = outputs["md"].read_text(encoding="utf-8")
    for needle in [agreement.agreement.title.split()[0], "Who it is between", "What it is for",
                   "Is it legally binding?", "How long it lasts",
                   format_date(agreement.term.start, agreement.agreement.locale or "en-GB")]:
        assert needle in markdown
        assert needle.replace(" ", "") in text.replace(" ", "")
    for party in agreement.parties:
        assert squash(party.name) in squash(text)
        if party.contact and party.contact.role:
            assert squash(party.contact.role.split()[0]) in squash(text)
    assert not _CLAUSE_NUMBER.search(markdown)
    html = outputs["html"].read_text(encoding="utf-8")
    assert "Key facts" in html and "Who does what" in html


def test_the_summary_says_money_and_instalments(summaries: dict[str, dict[str, Path]]) -> None:
    markdown = summaries["uk-food-bank-funding"]["md"].read_text(encoding="utf-8")
    assert "Total cash funding: £135,000." in markdown
    assert "12 instalments of £11,250, from 1 April 2026" in markdown
    assert "Last day to give notice before the end: 31 December 2028." in markdown


def huge(agreement: Agreement) -> Agreement:
    """The agreement with many parties, duties, bodies and a very long purpose."""
    long = " ".join(["The parties work together on a very long and winding purpose"] * 30) + "."
    parties = list(agreement.parties) + [
        Party(id=f"extra{i}", name=f"Extra Partner Organisation Number {i} of the Region Incorporated",
              kind=agreement.parties[0].kind,
              contact=Contact(role="Partnership Manager for the Collaboration", channel=f"p{i}@example.org"))
        for i in range(12)]
    duty = Responsibility(text="Deliver a long list of things " * 12)
    roles = [PartyRoles(party=p.id, responsibilities=[duty] * 15) for p in parties]
    bodies = [Body(id=f"b{i}", name=f"Working Group {i} on Everything", frequency_months=3) for i in range(9)]
    governance = agreement.governance.model_copy(update={"bodies": bodies}) if agreement.governance else None
    purpose = agreement.purpose.model_copy(update={"statement": long})
    return agreement.model_copy(update={"parties": parties, "roles": roles, "purpose": purpose,
                                        "governance": governance})


@pytest.mark.parametrize("path", EXAMPLE_PATHS[:2], ids=[p.stem for p in EXAMPLE_PATHS[:2]])
def test_a_large_agreement_still_fits_one_page(path: Path) -> None:
    agreement = huge(load_agreement(path))
    documents = render_documents(agreement, RenderOptions(formats=("md", "pdf"), summary=True))
    assert len(PdfReader(io.BytesIO(documents["pdf"])).pages) == 1
    markdown = documents["md"].decode("utf-8")
    shown = [int(n) for n in re.findall(r"^- and (\d+) more$", markdown, flags=re.MULTILINE)]
    assert shown and shown[0] >= len(agreement.parties) - MAX_PARTIES  # the parties, cut
    assert "more parties have duties too" in markdown
    assert "\u2026" in markdown  # the purpose was cut


def test_shorten_keeps_the_first_sentence_within_the_limit() -> None:
    assert shorten("To help people. Then more.", 10) == "To help people."
    cut = shorten(" ".join(["word"] * 100), PURPOSE_WORDS)
    assert cut.endswith("\u2026") and len(cut.split()) == PURPOSE_WORDS


def test_cli_summary_and_no_figure(tmp_path: Path) -> None:
    source = EXAMPLE_PATHS[0]
    result = CliRunner().invoke(app, ["render", str(source), "--summary", "--no-figure", "--to", "md",
                                      "--output-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = tmp_path / f"{source.stem}.summary.md"
    assert written.exists() and not (tmp_path / f"{source.stem}.md").exists()
    assert "Key dates" not in written.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_docx_summaries_lay_out_on_one_page_in_libreoffice(
        summaries: dict[str, dict[str, Path]], tmp_path: Path) -> None:
    docx = [str(outputs["docx"]) for outputs in summaries.values()]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *docx],
                   check=True, capture_output=True, timeout=240)
    for path in docx:
        pdf = tmp_path / (Path(path).stem + ".pdf")
        assert len(PdfReader(str(pdf)).pages) == 1, Path(path).name


def test_the_summary_is_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1774000000")
    agreement = load_agreement(EXAMPLE_PATHS[0])
    options = RenderOptions(formats=("html", "docx", "pdf"), summary=True)
    assert render_documents(agreement, options) == render_documents(agreement, options)


def test_summary_and_public_together_are_a_usage_error(tmp_path: Path) -> None:
    from collabagree.core.errors import UsageError
    from collabagree.render.command import RenderRequest, build_options

    request = RenderRequest([str(EXAMPLE_PATHS[0])], "md", tmp_path, False, None, None, "a-2a,ua-1", None,
                            public=True, summary=True)
    with pytest.raises(UsageError, match="--summary and --public"):
        build_options(request)
