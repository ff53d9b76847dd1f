"""The drafting engine across types x jurisdictions x binding statuses, read as a lawyer
would read the result: nothing said twice, no "Label: value" fragments, no stray
backslashes, defined terms defined and used, every cross-reference resolved, and the
clauses DRAFTING.md requires present."""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

import pytest

from collabagree.drafting import ir
from collabagree.drafting.engine import draft
from collabagree.drafting.numbering import iter_inline_holders
from collabagree.load.reader import load_file
from collabagree.model import Agreement
from collabagree.model.enums import Jurisdiction, values
from support import EXAMPLES

JURISDICTIONS = [code for code in values(Jurisdiction)]
BINDINGS: list[Any] = [True, False, "mixed"]
_BINDING_PARTS = {"funding_agreement": ["funding"], "data_sharing_agreement": ["information"]}


def _example_data() -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = load_file(str(path)).data
        found[data["agreement"]["type"]] = data
    return found


EXAMPLE_DATA = _example_data()


def _variant(kind: str, jurisdiction: str, binding: Any) -> Agreement:
    data = copy.deepcopy(EXAMPLE_DATA[kind])
    data["agreement"]["jurisdiction"] = jurisdiction
    data["agreement"].pop("locale", None)
    data["agreement"].pop("governing_law", None)
    for party in data["parties"]:
        party.pop("jurisdiction", None)
        party.pop("foi_regime", None)
        party.pop("legal_person", None)
    status = data["agreement"].setdefault("legal_status", {})
    status.pop("statement", None)
    status["binding"] = binding
    if binding == "mixed":
        status["binding_clauses"] = _BINDING_PARTS.get(kind, ["governance"])
    else:
        status.pop("binding_clauses", None)
    return Agreement.model_validate(data)


def paragraphs(document: ir.Document) -> list[str]:
    """Every run of text of the document as plain text."""
    texts = [ir.plain_text(holder) for holder in iter_inline_holders(document)]
    return [t for t in texts if t.strip()]


def sentences(document: ir.Document) -> list[str]:
    out = []
    for text in paragraphs(document):
        out.extend(part.strip() for part in re.split(r"(?<=[.;:])\s+", text) if part.strip())
    return out


def tool_sentences(document: ir.Document, agreement: Agreement) -> list[str]:
    """Sentences, leaving out the user's own text (the tool answers for its wording)."""
    user = " ".join(value for _path, value in _user_text(agreement))
    return [s for s in sentences(document) if s.rstrip(".;:") not in user]


def _user_text(agreement: Agreement) -> list[tuple[Any, str]]:
    from collabagree.model.textfields import iter_strings

    return list(iter_strings(agreement.model_dump(by_alias=True)))


CASES = [(kind, code, binding) for kind in sorted(EXAMPLE_DATA) for code in JURISDICTIONS for binding in BINDINGS]


@pytest.fixture(scope="module")
def drafted() -> dict[tuple[str, str, Any], tuple[Agreement, ir.Document]]:
    out = {}
    for kind, code, binding in CASES:
        agreement = _variant(kind, code, binding)
        out[(kind, code, binding)] = (agreement, draft(agreement))
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"{k}-{j}-{b}" for k, j, b in CASES])
def test_nothing_said_twice(case: tuple[str, str, Any], drafted: dict[Any, Any]) -> None:
    agreement, document = drafted[case]
    # Signature headings repeat by design: one per person signing for a party.
    headings = ("Signed for and on behalf of", "Executed as a deed by", "Approved for", "The common seal of")
    long_ones = [s for s in tool_sentences(document, agreement)
                 if len(s.split()) >= 8 and not s.startswith(headings)]
    repeated = [s for s, n in Counter(long_ones).items() if n > 1]
    assert repeated == []


@pytest.mark.parametrize("case", CASES, ids=[f"{k}-{j}-{b}" for k, j, b in CASES])
def test_no_label_value_clauses_and_no_backslash(case: tuple[str, str, Any], drafted: dict[Any, Any]) -> None:
    _agreement, document = drafted[case]
    for clause in document.all_clauses():
        first = clause.blocks[0] if clause.blocks else None
        if isinstance(first, ir.Paragraph):
            text = ir.plain_text(first.inlines)
            assert not re.match(r"^[A-Z][\w ]{0,30}: \S", text), text
    for text in paragraphs(document):
        assert "\\" not in text


@pytest.mark.parametrize("case", CASES, ids=[f"{k}-{j}-{b}" for k, j, b in CASES])
def test_defined_terms_are_defined_and_used(case: tuple[str, str, Any], drafted: dict[Any, Any]) -> None:
    agreement, document = drafted[case]
    definitions = [item for block in _blocks(document) if isinstance(block, ir.Definitions) for item in block.items]
    defined = {item.term for item in definitions}
    body = "\n".join(paragraphs(document))
    for term in defined:
        assert re.search(rf"\b{re.escape(term)}", body.replace(f"\u201c{term}\u201d", "")), f"{term} defined, not used"
    for term in ("Working Day", "Data Protection Legislation", "Shared Data", "Grant", "Eligible Expenditure"):
        if re.search(rf"\b{term}s?\b", body.replace(f"\u201c{term}\u201d", "")):
            assert term in defined or term in (agreement.definitions or {}), f"{term} used, not defined"
    assert "Parties" not in body or '"Parties"' in body


@pytest.mark.parametrize("case", CASES, ids=[f"{k}-{j}-{b}" for k, j, b in CASES])
def test_required_clauses_are_present(case: tuple[str, str, Any], drafted: dict[Any, Any]) -> None:
    agreement, document = drafted[case]
    kind, code, binding = case
    anchors = {c.anchor for c in document.all_clauses()} | {s.anchor for s in document.sections}
    required = {"interpretation.rules", "status.binding", "general.signing"}
    if agreement.public_parties:
        required.add("general.fettering")
    if any(p.legal_person for p in agreement.parties):
        required.add("general.successors")
    if binding in (True, "mixed"):
        required |= {"general.notices", "general.law", "general.third-parties", "general.severance"}
    if kind == "funding_agreement":
        required |= {"funding.double-funding", "funding.default", "funding.remedy", "funding.suspension",
                     "funding.repayment", "funding.assets", "funding.vat", "funding.conflicts", "funding.fraud",
                     "funding.insurance", "funding.records"}
        if code.startswith("UK-"):
            required.add("funding.subsidy")
    if any(f.personal for f in (agreement.information.data_flows or [])) if agreement.information else False:
        required |= {"data.basis", "data.accuracy", "data.onward", "data.processors", "data.transfers",
                     "data.rights", "data.breach", "data.regulator"}
    if agreement.signatories:
        required.add("execution")
    assert sorted(required - anchors) == []


def _blocks(document: ir.Document) -> list[ir.Block]:
    found: list[ir.Block] = []
    for section in document.sections:
        found.extend(section.intro)
    for clause in document.all_clauses():
        found.extend(clause.blocks)
    return found
