"""`collabagree archive`: a BagIt bag per example, valid by the `bagit` library, with the
files and Dublin Core metadata PUBLICATION.md lists; byte-identical when built twice; and
`archive --verify` naming the one file whose byte was changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import bagit
import pytest

from support import EXAMPLES, VALID
from support.check import run

STEMS = sorted(path.stem for path in EXAMPLES.glob("*.yaml"))


def _archive(out: Path, *paths: str) -> None:
    result = run("archive", "--output-dir", str(out), *paths)
    assert result.code == 0, result.out + result.err


@pytest.fixture(scope="module")
def bags(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bags")
    _archive(out, str(EXAMPLES))
    return out


def _tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("stem", STEMS)
def test_each_bag_is_valid_for_bagit(bags: Path, stem: str) -> None:
    bag = bagit.Bag(str(bags / stem))
    bag.validate(processes=1)
    assert bag.algorithms == ["sha256"]
    assert bag.info["External-Identifier"] and bag.info["Source-Organization"] and bag.info["Bagging-Date"]


def test_the_uk_bag_holds_what_the_spec_lists(bags: Path) -> None:
    stem = "uk-food-bank-funding"
    data = bags / stem / "data"
    assert sorted(path.name for path in data.iterdir()) == sorted([
        f"{stem}.yaml", f"{stem}.pdf", f"{stem}.docx", f"{stem}.public.pdf",
        f"{stem}.redactions.csv", f"{stem}.redactions.json", "metadata.json", "dc.xml"])
    assert (data / f"{stem}.yaml").read_bytes() == (EXAMPLES / f"{stem}.yaml").read_bytes()
    assert (data / f"{stem}.pdf").read_bytes().startswith(b"%PDF-")
    info = bagit.Bag(str(bags / stem)).info
    assert info["External-Identifier"] == "KVBC-FOOD-2026-01"
    assert info["Source-Organization"] == "Kestrel Vale Borough Council"
    assert info["Bagging-Date"] == "2026-03-20"  # document_control.date
    terms = json.loads((data / "metadata.json").read_text(encoding="utf-8"))
    assert terms["dcterms:identifier"] == "KVBC-FOOD-2026-01"
    assert terms["dcterms:creator"] == ["Kestrel Vale Borough Council", "Kestrel Vale Community Food Bank"]
    assert terms["dcterms:coverage"] == "UK-ENG" and terms["dcterms:language"] == "en-GB"
    assert "Kestrel Vale Local Compact" in terms["dcterms:relation"]
    assert "<dc:title>" in (data / "dc.xml").read_text(encoding="utf-8")
    assert b"Dana Whitfield" not in (data / f"{stem}.public.pdf").read_bytes()


def test_an_agreement_not_for_publication_has_no_public_files(tmp_path: Path) -> None:
    source = tmp_path / "plan.yaml"
    source.write_text(VALID + "publication: {intended: false}\n", encoding="utf-8")
    _archive(tmp_path / "bags", str(source))
    names = sorted(path.name for path in (tmp_path / "bags" / "plan" / "data").iterdir())
    assert names == ["dc.xml", "metadata.json", "plan.docx", "plan.pdf", "plan.yaml"]


def test_building_twice_gives_identical_bags(bags: Path, tmp_path: Path) -> None:
    _archive(tmp_path, str(EXAMPLES))
    for stem in STEMS:
        assert _tree(tmp_path / stem) == _tree(bags / stem), stem


def test_source_date_epoch_sets_the_bagging_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1774000000")
    _archive(tmp_path, str(EXAMPLES / "nz-catchment-partnering.yaml"))
    assert bagit.Bag(str(tmp_path / "nz-catchment-partnering")).info["Bagging-Date"] == "2026-03-20"


def test_verify_names_the_changed_file(bags: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bags"
    shutil.copytree(bags, copy)
    result = run("archive", "--verify", str(copy))
    assert result.code == 0 and "all valid" in result.out, result.out
    target = copy / "uk-food-bank-funding" / "data" / "uk-food-bank-funding.docx"
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))
    result = run("archive", "--verify", str(copy))
    assert result.code == 1
    [line] = [line for line in result.out.splitlines() if "changed (" in line]
    assert "uk-food-bank-funding" in line and "data/uk-food-bank-funding.docx" in line
    assert result.out.count(": valid") == len(STEMS) - 1


def test_verify_names_a_file_whose_size_changed(bags: Path, tmp_path: Path) -> None:
    copy = tmp_path / "nz"
    shutil.copytree(bags / "nz-catchment-partnering", copy)
    with (copy / "data" / "metadata.json").open("ab") as handle:
        handle.write(b" ")
    result = run("archive", "--verify", str(copy))
    assert result.code == 1 and "data/metadata.json changed" in result.out, result.out


@pytest.mark.parametrize("args", [
    ("archive", "--verify", "/nonexistent/bags"),
    ("archive", "--verify", str(EXAMPLES)),
    ("archive", str(EXAMPLES)),
    ("archive", "--output-dir", "/tmp", "/nonexistent/agreement.yaml"),
])
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.code == 2, result.out + result.err
    assert "Traceback" not in result.out + result.err
    assert len([line for line in result.err.splitlines() if line.strip()]) == 1, result.err


def test_an_invalid_agreement_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "broken.yaml"
    source.write_text(VALID.replace("kind: charity", "kind: charity\n    surprise: 1"), encoding="utf-8")
    result = run("archive", "--output-dir", str(tmp_path / "bags"), str(source))
    assert result.code == 1 and "SCH" in result.out, result.out
    assert not (tmp_path / "bags" / "broken").exists()
