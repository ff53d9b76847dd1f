"""`render --public` on the examples: every redacted value is absent from every byte of
every public file (raw, text, each DOCX part, PDF text, metadata, XMP and streams), each
marker and every party name is there, and the log lists each redaction with its clause."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from support import EXAMPLES
from support.public import find, haystacks

FORMATS = ("md", "html", "docx", "pdf")

# Each redacted value, as a reader would search for it (a whole value may wrap across lines).
WITHHELD = {
    "uk-food-bank-funding": ("Tomasz Nowak", "01632 960 418", "tomasz.nowak", "Dana Whitfield",
                             "07700 900 263", "dana.whitfield", "60-83-71", "20417795",
                             "Gareth Lewis", "Priya Shah"),
    "nz-catchment-partnering": ("15 per cent contingency", "stage gate at design completion"),
}
MARKERS = {
    "uk-food-bank-funding": ("[Redacted: s40(2)]", "[Redacted: s43(2)]"),
    "nz-catchment-partnering": ("[Redacted: s9(2)(j)]",),
}
PARTIES = {
    "uk-food-bank-funding": ("Kestrel Vale Borough Council", "Kestrel Vale Community Food Bank"),
    "nz-catchment-partnering": ("Kōwhai Bay Regional Council", "Ministry of Water Resilience"),
}
STEMS = sorted(path.stem for path in EXAMPLES.glob("*.yaml"))


def _outputs(public_dir: Path, stem: str) -> list[Path]:
    return [public_dir / f"{stem}.public.{extension}" for extension in FORMATS]


def test_the_examples_really_hold_the_values() -> None:
    for stem, values in WITHHELD.items():
        source = (EXAMPLES / f"{stem}.yaml").read_text(encoding="utf-8")
        assert all(value in source for value in values), stem


@pytest.mark.parametrize("stem", sorted(WITHHELD))
@pytest.mark.parametrize("extension", FORMATS)
def test_no_redacted_value_in_any_public_file(public_dir: Path, stem: str, extension: str) -> None:
    path = public_dir / f"{stem}.public.{extension}"
    views = haystacks(path)
    leaks = {value: found for value in WITHHELD[stem] if (found := find(value, views))}
    assert not leaks, f"{path.name}: {leaks}"


@pytest.mark.parametrize("stem", sorted(WITHHELD))
def test_redacted_values_in_no_file_name(public_dir: Path, stem: str) -> None:
    names = " ".join(path.name for path in public_dir.iterdir())
    assert not [value for value in WITHHELD[stem] if value in names]


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("extension", FORMATS)
def test_every_party_name_is_still_there(public_dir: Path, stem: str, extension: str) -> None:
    views = haystacks(public_dir / f"{stem}.public.{extension}")
    source = (EXAMPLES / f"{stem}.yaml").read_text(encoding="utf-8")
    names = PARTIES.get(stem) or ()
    assert all(name in source for name in names)
    for name in names:
        assert find(name, views), (stem, extension, name)


@pytest.mark.parametrize("stem", sorted(MARKERS))
@pytest.mark.parametrize("extension", FORMATS)
def test_each_marker_names_its_ground(public_dir: Path, stem: str, extension: str) -> None:
    views = haystacks(public_dir / f"{stem}.public.{extension}")
    for marker in MARKERS[stem]:
        assert find(marker, views), (stem, extension, marker)


def test_the_log_lists_each_redaction_with_its_clause(public_dir: Path) -> None:
    with (public_dir / "uk-food-bank-funding.redactions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["path"], row["clause"], row["ground"]) for row in rows] == [
        ("schedules.contacts.body", "Schedule 4", "s40(2)"),
        ("schedules.bank.body", "Schedule 3", "s43(2)"),
        ("signatories[1].name", "Execution", "s40(2)"),
        ("signatories[2].name", "Execution", "s40(2)"),
    ]
    assert rows[1]["ground_title"] == "Commercial interests (prejudice)"
    assert rows[0]["approved_by"] == "Information Governance Manager" and rows[0]["review"] == "2027-04-01"
    document = json.loads((public_dir / "nz-catchment-partnering.redactions.json").read_text(encoding="utf-8"))
    assert document["regime"] == "OIA1982"
    [row] = document["redactions"]
    assert (row["path"], row["ground"], row["clause"]) == ("risks.R4.mitigation", "s9(2)(j)", "16.1")


def test_an_example_without_redactions_has_an_empty_log(public_dir: Path) -> None:
    document = json.loads((public_dir / "au-cth-data-mou.redactions.json").read_text(encoding="utf-8"))
    assert document["redactions"] == []
    assert (public_dir / "au-cth-data-mou.redactions.csv").read_text(encoding="utf-8").strip() == (
        "path,clause,ground,ground_title,reason,approved_by,review")


@pytest.mark.parametrize("extension", FORMATS)
def test_the_public_version_says_so_on_its_front_page(public_dir: Path, extension: str) -> None:
    views = haystacks(public_dir / f"uk-food-bank-funding.public.{extension}")
    assert find("Kestrel Vale Food Security Grant Funding Agreement (public version)", views)
    assert find("listed, with the ground for withholding it, in the redaction log", views)
