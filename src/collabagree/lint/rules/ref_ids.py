"""REF rules on defined terms, ids and binding clauses (REF003-REF006).

Part of the REF group; `ref.py` holds REF001-REF002 and the group's RULES tuple.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from collabagree.core.positions import YamlPath, format_yaml_path
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import quote_list
from collabagree.model import Agreement

_HMRC_SOURCE = ("HMRC, *Information Disclosure Guide* IDG42400 (MoU content, including a glossary "
                "of terms), http://www.hmrc.gov.uk/manuals/idgmanual/idg42400.htm")

# Lists whose items others point at by id (FORMAT.md, Conventions).
_ID_LISTS: tuple[YamlPath, ...] = (
    ("parties",), ("objectives",), ("work_programme",), ("governance", "bodies"), ("kpis",),
    ("risks",), ("information", "data_flows"), ("schedules",),
)


def _at(data: Any, path: Sequence[str | int]) -> Any:
    node = data
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _where(path: YamlPath) -> str:
    return format_yaml_path(path).removeprefix("$.")


@lru_cache(maxsize=512)
def term_pattern(term: str) -> re.Pattern[str]:
    """Case-sensitive whole-word (or whole-phrase) pattern for a defined term."""
    words = [re.escape(word) for word in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


LONG_TERM = 80
"""Terms longer than this (words joined by single spaces) are searched by `_long_term_in`."""
_WORD_CHAR = re.compile(r"\w")


def term_search(term: str) -> Callable[[str], bool]:
    """A test of whether a text uses `term` as `term_pattern` matches it.

    The regex engine compares the term afresh at each place a word starts, so its time is the
    text's length times the term's: fine for real terms, quadratic for a term as long as a
    field. A term longer than `LONG_TERM` is searched in linear time instead.
    """
    phrase = " ".join(term.split())
    if len(phrase) <= LONG_TERM:
        pattern = term_pattern(term)
        return lambda text: pattern.search(text) is not None
    return lambda text: _long_term_in(phrase, " ".join(text.split()))


def _long_term_in(phrase: str, text: str) -> bool:
    r"""Whether `phrase` occurs in `text` with no word character either side (both with their
    whitespace runs made single spaces, which keeps exactly the matches of `term_pattern`:
    a run of spaces there is `\s+`, and a space is not a word character). Knuth-Morris-Pratt,
    so the time is linear in both lengths."""
    fallback = [0] * len(phrase)
    known = 0
    for index in range(1, len(phrase)):
        while known and phrase[index] != phrase[known]:
            known = fallback[known - 1]
        if phrase[index] == phrase[known]:
            known += 1
        fallback[index] = known
    known = 0
    for index, char in enumerate(text):
        while known and char != phrase[known]:
            known = fallback[known - 1]
        if char == phrase[known]:
            known += 1
        if known == len(phrase):
            start, end = index + 1 - known, index + 1
            if (start == 0 or not _WORD_CHAR.match(text, start - 1)) and (
                    end == len(text) or not _WORD_CHAR.match(text, end)):
                return True
            known = fallback[known - 1]
    return False


@rule("REF003", "unused-definition", "W",
      summary="a defined term appears in no text field other than its own definition",
      why="A definition nobody uses is either left over from an earlier draft or a sign the text "
          "uses a different word for the same thing; either way it confuses readers.",
      source=_HMRC_SOURCE,
      fix="Use the term, with its capitals, where the agreement means it, or remove the definition.")
def unused_definition(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Each term under `definitions` appears in some text field other than its own definition,
    exactly as defined or in its plural with a final "s" (case-sensitive, whole words; a
    multi-word term as a phrase)."""
    fields = context.text_fields
    terms = [term for term in agreement.definitions or {} if term.split()]
    # Searching every field for every term is quadratic: 30,000 definitions took minutes.
    # Past a handful, index the fields by word and search only those holding the first word.
    index = _word_index(fields) if len(terms) * len(fields) > _INDEX_FROM else None
    for term in terms:
        own: YamlPath = ("definitions", term)
        # The interpretation clause makes the singular include the plural: "Working Days"
        # uses "Working Day".
        if not any(path != own and used_in(text)
                   for form in (term, term + "s")
                   for used_in in (term_search(form),)
                   for path, text in (fields if index is None else _fields_with(form.split()[0], fields, index))):
            yield Violation(own, f"the defined term '{term}' is not used in any text field "
                                 "(terms are matched exactly, with their capitals)", at_key=True)


_INDEX_FROM = 20_000
_WORD = re.compile(r"\w+")


def _word_index(fields: list[tuple[YamlPath, str]]) -> dict[str, list[int]]:
    """Each word (a maximal run of word characters) -> the fields it occurs in, in order."""
    index: dict[str, list[int]] = {}
    for number, (_, text) in enumerate(fields):
        for word in set(_WORD.findall(text)):
            index.setdefault(word, []).append(number)
    return index


def _fields_with(first_word: str, fields: list[tuple[YamlPath, str]],
                 index: dict[str, list[int]]) -> list[tuple[YamlPath, str]]:
    """The fields a term starting with `first_word` can match in: the term pattern puts a
    non-word character (or the text's edge) on both sides of its first word, so that word
    is one of the field's maximal word runs. A first word with other characters in it
    (`S.1`, `(the Act)`) gets every field."""
    if _WORD.fullmatch(first_word) is None:
        return fields
    return [fields[number] for number in index.get(first_word, ())]


def _normal_term(term: str) -> str:
    return " ".join(term.split()).casefold()


@rule("REF004", "duplicate-definition", "E",
      summary="two definitions are equal ignoring case and runs of spaces",
      why="Two definitions of the same term leave the reader unsure which meaning the parties "
          "agreed.",
      source=_HMRC_SOURCE,
      fix="Keep one definition of the term and delete the other.")
def duplicate_definition(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No two terms under `definitions` are the same once case and runs of spaces are ignored;
    the later one is reported."""
    seen: dict[str, str] = {}
    for term in agreement.definitions or {}:
        key = _normal_term(term)
        if key in seen:
            yield Violation(("definitions", term),
                            f"'{term}' is defined twice: it is the same term as '{seen[key]}' "
                            "(ignoring case and spacing)", at_key=True)
        else:
            seen[key] = term


@rule("REF005", "duplicate-id", "E",
      summary="an id repeats within its list, or a responsibility id repeats anywhere",
      why="References by id (a KPI's objective, a report to a body) become ambiguous when two "
          "items share an id.",
      source=_HMRC_SOURCE,
      fix="Give each item its own id, and update the references that should point at it.")
def duplicate_id(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Ids are unique within parties, objectives, work_programme, governance bodies, kpis,
    risks, data_flows and schedules; responsibility ids are unique across all parties' roles.
    Every repeat is reported at the repeated id."""
    for list_path in _ID_LISTS:
        items = _at(context.data, list_path)
        if not isinstance(items, list):
            continue
        first: dict[Any, YamlPath] = {}
        for index, item in enumerate(items):
            value = item.get("id") if isinstance(item, dict) else None
            if value is None:
                continue
            path = list_path + (index, "id")
            if value in first:
                yield Violation(path, f"the id '{value}' is used again in {_where(list_path)} "
                                      f"(first at {_where(first[value][:-1])}); ids must be unique")
            else:
                first[value] = path
    seen: dict[Any, YamlPath] = {}
    for r_index, entry in enumerate(agreement.roles or ()):
        for index, responsibility in enumerate(entry.responsibilities or ()):
            if responsibility.id is None:
                continue
            path = ("roles", r_index, "responsibilities", index, "id")
            if responsibility.id in seen:
                yield Violation(path, f"the responsibility id '{responsibility.id}' is used again "
                                      f"(first at {_where(seen[responsibility.id][:-1])}); responsibility "
                                      "ids must be unique across the agreement")
            else:
                seen[responsibility.id] = path


def section_keys() -> tuple[str, ...]:
    """The top-level section keys of FORMAT.md (every top-level key but the version)."""
    fields = Agreement.model_fields.items()
    return tuple((info.alias or name) for name, info in fields if name != "collabagree")


@rule("REF006", "binding-clause-unknown", "E",
      summary="a binding_clauses entry is neither a schedule id nor a top-level section key",
      why="When only some clauses bind, the parties must be able to tell exactly which; a name "
          "that matches no section or schedule leaves the legal effect in doubt.",
      source="ANAO Better Practice Guide *Developing and Managing Contracts* (2012), MoU section "
             "(\"the MOU should specify which of the provisions ... are binding or non-binding\"), "
             "https://ppponline.affinitext.com/public/book?id=1560&toc_id=827604",
      fix="Name a section key (`funding`, `information`, ...) or the `id` of a schedule.")
def binding_clause_unknown(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Each entry of `agreement.legal_status.binding_clauses` is the `id` of a schedule or a
    top-level section key of the format (`funding`, `information`, `exit`, ...)."""
    legal = agreement.agreement.legal_status
    if legal is None:
        return
    schedules = [schedule.id for schedule in agreement.schedules or ()]
    sections = section_keys()
    known = set(schedules) | set(sections)
    for index, clause in enumerate(legal.binding_clauses or ()):
        if clause in known:
            continue
        close = difflib.get_close_matches(clause, sorted(known), n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        ids = f"schedule ids are {quote_list(schedules)}" if schedules else "there are no schedules"
        yield Violation(("agreement", "legal_status", "binding_clauses", index),
                        f"binding clause '{clause}' is neither a schedule id nor a section of the "
                        f"agreement ({ids}; sections are top-level keys such as 'funding' or "
                        f"'information'){hint}")


ID_RULES: tuple[Rule, ...] = (
    unused_definition, duplicate_definition, duplicate_id, binding_clause_unknown,
)
