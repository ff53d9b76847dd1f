"""Agreement -> document tree: the clause templates run in a sandbox and make structure.

The templates (`templates/clauses/`, overridable file by file with `--template-dir`) run in
the sandbox of `drafting.sandbox` with `StrictUndefined` and the i18n extension: every
sentence of the tool's wording is a `{% trans %}` block or a `_()` call, so Babel's
extractor finds it. Printed values become literal text (`structure.Structure.finalize`).
The output is built into sections, the definitions clause is filled with the terms the
document uses, and everything is numbered and cross-referenced (`numbering`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from collabagree.core.errors import RenderError
from collabagree.drafting import ir
from collabagree.drafting import tokens as tk
from collabagree.drafting.builder import build
from collabagree.drafting.facts import ClauseFacts
from collabagree.drafting.front import front_page
from collabagree.drafting.numbering import number, resolve
from collabagree.drafting.sandbox import ClauseSandbox, sandbox, template_folders
from collabagree.drafting.structure import Structure
from collabagree.drafting.terms import fill_definitions
from collabagree.model import Agreement
from collabagree.render.template_errors import describe_template_error

MAIN_TEMPLATE = "clauses/agreement.j2"


_CURRENT: ContextVar[Structure] = ContextVar("collabagree_structure")
_ENVIRONMENTS: dict[Path | None, ClauseSandbox] = {}


def _current() -> Structure:
    return _CURRENT.get()


def cached_environment(user_dir: Path | None) -> ClauseSandbox:
    """The environment for a template folder, built once per process (compiling the clause
    templates is most of the cost of drafting); each render binds its own `Structure`."""
    key = user_dir.resolve() if user_dir is not None else None
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS[key] = environment(key)
    return _ENVIRONMENTS[key]


def environment(user_dir: Path | None) -> ClauseSandbox:
    """A sandboxed environment whose finalize, gettext and filters use the current render's
    `Structure`."""
    env = sandbox(user_dir)
    env.finalize = lambda value: _current().finalize(value)
    env.policies["ext.i18n.trimmed"] = True
    # Jinja's newstyle wrapper fills in the variables itself; these only translate.
    env.install_gettext_callables(  # type: ignore[attr-defined]
        lambda message: _current().translate(message),
        lambda singular, plural, count: _current().translate_plural(singular, plural, count),
        newstyle=True)
    env.filters["inline"] = lambda value: _current().inline(value)
    env.filters["prose"] = lambda value: _current().prose(value)
    return env


def draft(agreement: Agreement, template_dir: Path | None = None,
          context: Callable[[Agreement], dict[str, Any]] | None = None) -> ir.Document:
    """The agreement as a numbered, cross-referenced document tree."""
    # Two passes: the first learns which clauses exist, so that the second can refer only
    # to clauses that are there (survival, binding parts) and name sections by title.
    first = _render(agreement, template_dir, context, None, {})
    anchors = frozenset(numbering_anchors(first))
    titles = {section.anchor: section.title for section in first.sections}
    document = _render(agreement, template_dir, context, anchors, titles)
    fill_definitions(document, ClauseFacts(agreement, Structure(tk.TokenTable())))
    resolve(document, number(document))
    return document


def draft_page(agreement: Agreement, main: str, facts_type: type[ClauseFacts],
               template_dir: Path | None = None) -> ir.Document:
    """Another document from the same agreement (the key-facts page): the template `main`
    with `facts_type` as `c`, one pass, sections unnumbered unless the template numbers them."""
    document = _render(agreement, template_dir, None, None, {}, main, facts_type)
    resolve(document, number(document))
    return document


def _render(agreement: Agreement, template_dir: Path | None,
            context: Callable[[Agreement], dict[str, Any]] | None,
            anchors: frozenset[str] | None, titles: dict[str, str],
            main: str = MAIN_TEMPLATE, facts_type: type[ClauseFacts] = ClauseFacts) -> ir.Document:
    table = tk.TokenTable()
    structure = Structure(table)
    env = cached_environment(template_dir)
    facts = facts_type(agreement, structure, anchors)
    facts.section_titles = titles
    values: dict[str, Any] = {"a": agreement, "c": facts, "s": structure}
    if context is not None:
        values.update(context(agreement))
    token = _CURRENT.set(structure)
    try:
        text = env.get_template(main).render(**values)
    except Exception as error:  # noqa: BLE001 - whatever a template did: one line, no values
        raise RenderError(describe_template_error(error, template_folders(template_dir))) from None
    finally:
        _CURRENT.reset(token)
    return ir.Document(front_page(agreement, facts), build(text, table),
                       lang=agreement.agreement.locale or "en-GB", noun=facts.noun)


def numbering_anchors(document: ir.Document) -> list[str]:
    """Every section and clause anchor of a document."""
    found = [section.anchor for section in document.sections]
    found.extend(clause.anchor for clause in document.all_clauses())
    return found
