"""`render NEW --redline OLD`: Word's Accept all gives NEW's DOCX, Reject all gives OLD's.

Pairs are an example and a mutated copy (amounts and dates changed, a party added, a KPI
removed and text edited, KPIs reordered); the redline DOCX is resolved on its XML as Word
would (`support.tracked`) and compared paragraph by paragraph with the text of each
version's own DOCX, rendered by `render` itself.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from collabagree.render.command import RenderRequest, run_render_command
from collabagree.render.document import RenderOptions, render_documents
from collabagree.versions.command import LoadedVersion, load_version
from collabagree.versions.redline import Marks, merge_inlines
from collabagree.versions.redline_emit import redline_documents
from collabagree.versions.revision import read_version
from support import tracked
from support.mutations import load, mutated, write

PAIRS = [
    ("uk-food-bank-funding.yaml", ("amounts-dates", "party-added", "kpi-removed-text")),
    ("uk-food-bank-funding.yaml", ("reordered",)),
    ("scot-health-data-sharing.yaml", ("amounts-dates", "party-added", "reordered")),
    ("nz-catchment-partnering.yaml", ("kpi-removed-text", "amounts-dates")),
    ("scot-health-data-sharing.yaml", ("flow-removed", "kpi-removed-text")),
    ("vic-gamblers-help-cross-sector.yaml", ("amounts-dates", "party-added", "kpi-removed-text")),
]
# The redline leaves the timeline figure out (a picture cannot be marked word by word).
DOCX = RenderOptions(formats=("docx",), figure=False)


def _pair(tmp_path: Path, example: str, changes: tuple[str, ...],
          reverse: bool = False) -> tuple[LoadedVersion, LoadedVersion]:
    data = load(example)
    before, after = (mutated(data, *changes), data) if reverse else (data, mutated(data, *changes))
    old = write(before, tmp_path / "old.yaml")
    new = write(after, tmp_path / "new.yaml")
    return load_version(read_version(str(old))), load_version(read_version(str(new)))


@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reversed"])
@pytest.mark.parametrize(("example", "changes"), PAIRS, ids=[f"{e}-{'+'.join(c)}" for e, c in PAIRS])
def test_accepting_gives_new_and_rejecting_gives_old(tmp_path: Path, example: str,
                                                     changes: tuple[str, ...], reverse: bool) -> None:
    """Reversed, the pair removes what it added (a party, a KPI, a flow)."""
    old, new = _pair(tmp_path, example, changes, reverse)
    redline = redline_documents(old, new, DOCX, "Reviewer", "new.yaml")["docx"]
    assert tracked.change_count(redline) > 0
    new_text = tracked.own_texts(render_documents(new.agreement, DOCX)["docx"])
    old_text = tracked.own_texts(render_documents(old.agreement, DOCX)["docx"])
    assert new_text != old_text
    assert tracked.paragraph_texts(tracked.resolved(redline, accept=True)) == new_text
    assert tracked.paragraph_texts(tracked.resolved(redline, accept=False)) == old_text


def test_the_same_version_has_no_changes(tmp_path: Path) -> None:
    old, _ = _pair(tmp_path, "uk-food-bank-funding.yaml", ())
    redline = redline_documents(old, old, DOCX, "Reviewer", "old.yaml")["docx"]
    assert tracked.change_count(redline) == 0


def test_changes_carry_author_and_date(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, "uk-food-bank-funding.yaml", ("amounts-dates",))
    body = tracked.body(redline_documents(old, new, DOCX, "A. Reviewer", "new.yaml")["docx"])
    changes = list(body.iter(tracked.W + "ins", tracked.W + "del"))
    assert {c.get(tracked.W + "author") for c in changes} == {"A. Reviewer"}
    assert {c.get(tracked.W + "date") for c in changes} == {"2026-11-02T00:00:00Z"}
    ids = [c.get(tracked.W + "id") for c in changes]
    assert len(ids) == len(set(ids))


def test_words_are_diffed_within_a_paragraph() -> None:
    def words(value: str) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for index, word in enumerate(value.split(" ")):
            out.extend([{"t": "Space"}] if index else [])
            out.append({"t": "Str", "c": word})
        return out

    merged = merge_inlines(words("The grant is £60,000 a year"), words("The grant is £75,000 a year"),
                           Marks("me", "2026-01-01T00:00:00Z"))
    spans = [n for n in merged if n["t"] == "Span"]
    assert [s["c"][0][1] for s in spans] == [["deletion"], ["insertion"]]
    assert [s["c"][1] for s in spans] == [[{"t": "Str", "c": "£60,000"}], [{"t": "Str", "c": "£75,000"}]]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_lists_the_tracked_changes(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, "uk-food-bank-funding.yaml", ("amounts-dates", "party-added"))
    source = tmp_path / "food.redline.docx"
    source.write_bytes(redline_documents(old, new, DOCX, "Reviewer", "new.yaml")["docx"])
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "fodt", "--outdir", str(tmp_path / "lo"), str(source)],
                   check=True, capture_output=True, timeout=180)
    converted = (tmp_path / "lo" / "food.redline.fodt").read_text(encoding="utf-8")
    assert "<text:tracked-changes" in converted
    assert converted.count("<text:insertion") > 0 and converted.count("<text:deletion") > 0
    assert "Reviewer" in converted


def test_render_redline_writes_every_format(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, "uk-food-bank-funding.yaml", ("amounts-dates", "kpi-removed-text"))
    out = tmp_path / "out"
    request = RenderRequest([str(tmp_path / "new.yaml")], "md,html,docx,pdf", out, False, None, None,
                            "a-2a,ua-1", None, redline=str(tmp_path / "old.yaml"), author="Reviewer")
    stdout, stderr = io.StringIO(), io.StringIO()
    assert run_render_command(request, stdout, stderr) == 0, stderr.getvalue()
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"new.redline.{ext}" for ext in ("docx", "html", "md", "pdf")]
    html = (out / "new.redline.html").read_text(encoding="utf-8")
    assert 'class="insertion"' in html and "<u>" in html and "<del>" in html
    assert 'class="changed"' in html and "Summary of changes" in html
    markdown = (out / "new.redline.md").read_text(encoding="utf-8")
    assert "{.insertion" in markdown and "{.deletion" in markdown
    text = subprocess.run(["pdftotext", str(out / "new.redline.pdf"), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert "Summary of changes" in text and "£150,000" in text and "£135,000" in text


def test_a_missing_old_version_is_one_error(tmp_path: Path) -> None:
    from collabagree.core.errors import CollabagreeError

    write(load("uk-food-bank-funding.yaml"), tmp_path / "new.yaml")
    request = RenderRequest([str(tmp_path / "new.yaml")], "docx", None, False, None, None,
                            "a-2a,ua-1", None, redline=str(tmp_path / "absent.yaml"))
    with pytest.raises(CollabagreeError, match="absent.yaml"):
        run_render_command(request, io.StringIO(), io.StringIO())
