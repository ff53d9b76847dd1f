"""The variation through the clause engine: the same sandbox, `Structure`, builder,
definitions pass and numbering as `drafting.engine.draft`, with the variation template as
the main template and `v` (`variation.VariationFacts`) beside `a`, `c` and `s`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from collabagree.core.errors import RenderError
from collabagree.drafting import ir
from collabagree.drafting import tokens as tk
from collabagree.drafting.builder import build
from collabagree.drafting.engine import _CURRENT, cached_environment, draft
from collabagree.drafting.facts import ClauseFacts
from collabagree.drafting.front import BLANK_DATE, front_page
from collabagree.drafting.numbering import number, resolve
from collabagree.drafting.sandbox import template_folders
from collabagree.drafting.structure import Structure
from collabagree.drafting.terms import fill_definitions
from collabagree.model import Agreement
from collabagree.render.template_errors import describe_template_error
from collabagree.versions.variation import TEMPLATE, VariationFacts, amendments, for_signature, variation_number


def draft_with(old: Agreement, new: Agreement, effective: date | None, count: int | None,
               template_dir: Path | None) -> ir.Document:
    """The variation of OLD into NEW as a numbered document tree."""
    changes = amendments(draft(old, template_dir), draft(new, template_dir))
    signing = for_signature(new)
    control = new.document_control
    when = effective or (control.date if control and control.date else None)
    first = _render(old, signing, changes, when, count, template_dir, None)
    anchors = frozenset([s.anchor for s in first.sections] + [c.anchor for c in first.all_clauses()])
    document = _render(old, signing, changes, when, count, template_dir, anchors)
    fill_definitions(document, ClauseFacts(signing, Structure(tk.TokenTable())))
    resolve(document, number(document))
    return document


def _render(old: Agreement, new: Agreement, changes: Any, when: date | None, count: int | None,
            template_dir: Path | None, anchors: frozenset[str] | None) -> ir.Document:
    table = tk.TokenTable()
    structure = Structure(table)
    env = cached_environment(template_dir)
    facts = ClauseFacts(new, structure, anchors)
    original = old.document_control.date if old.document_control and old.document_control.date else None
    signed = [s.date for s in old.signatories or () if s.date]
    dated = max(signed) if signed else original
    v = VariationFacts(count or variation_number(old, new), old.agreement.title, old.agreement.id or "",
                       facts.date(dated) if dated else "", facts.date(when) if when else BLANK_DATE,
                       changes, facts.any_binding)
    token = _CURRENT.set(structure)
    try:
        text = env.get_template(TEMPLATE).render(a=new, c=facts, s=structure, v=v)
    except Exception as error:  # noqa: BLE001 - whatever a template did: one line, no values
        raise RenderError(describe_template_error(error, template_folders(template_dir))) from None
    finally:
        _CURRENT.reset(token)
    front = front_page(new, facts)
    facts_lines = [("Reference", f"{old.agreement.id}-V{v.number}"),
                   ("Varies", f"{old.agreement.title} ({old.agreement.id})"),
                   ("Effective date", v.effective)]
    title = f"Variation {v.number} to {old.agreement.title}"
    cover = ir.FrontPage(title=title, subtitle="", parties=front.parties, facts=facts_lines,
                         dated=BLANK_DATE, draft=False)
    return ir.Document(cover, build(text, table), lang=new.agreement.locale or "en-GB", noun="Variation")
