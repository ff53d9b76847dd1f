"""VAR rules: a signed agreement does not change without a variation (`check --against REV`).

They run only when `check --against REV` gives the file's earlier version, and only when
that version was signed and the terms changed (`RuleContext.changed_since_previous`, which
leaves `document_control` out: it records the versions, it is not what was agreed).
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.positions import YamlPath
from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.model import Agreement
from collabagree.model.execution import HistoryEntry

_SOURCE = cite(sources.RECORDS_CODE_S46, sources.MGFA)


def varied_after_signature(context: RuleContext) -> bool:
    """True when the earlier version was signed and its terms have changed since."""
    previous = context.previous
    return (previous is not None and previous.agreement.status == "signed"
            and context.changed_since_previous)


def new_history_entries(agreement: Agreement, context: RuleContext) -> list[tuple[int, HistoryEntry]]:
    """The history entries (with their index) that the earlier version did not have."""
    assert context.previous is not None
    before = context.previous.document_control
    earlier = [entry.model_dump() for entry in (before.history or [])] if before else []
    control = agreement.document_control
    return [(index, entry) for index, entry in enumerate((control.history or []) if control else [])
            if entry.model_dump() not in earlier]


def history_path(agreement: Agreement) -> YamlPath:
    """Where a missing history entry is reported: the history, or document_control without one."""
    control = agreement.document_control
    return ("document_control", "history") if control and control.history else ("document_control",)


@rule("VAR001", "signed-changed-without-version", "E",
      summary="a signed agreement changed and `document_control.version` is the same as at REV",
      why="Once signed, the document is the record of what the parties agreed; a changed text "
          "under the same version number leaves two different documents that each claim to be it.",
      source=_SOURCE,
      fix="Give the varied agreement a new `document_control.version` (1.0 -> 1.1) and date.")
def signed_changed_without_version(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The version at REV was signed, the terms changed, and `document_control.version` did not."""
    if not varied_after_signature(context):
        return
    assert context.previous is not None
    before = context.previous.document_control
    old_version = before.version if before else None
    control = agreement.document_control
    if (control.version if control else None) == old_version:
        shown = f"'{old_version}'" if old_version else "none"
        yield Violation(("document_control", "version"),
                        f"the signed agreement changed but its version is still {shown}: give it a new version")


@rule("VAR002", "signed-changed-without-history", "E",
      summary="a signed agreement changed and no new `document_control.history` entry records it",
      why="The history is how a reader learns what was varied, when and why, without comparing "
          "two texts; a variation that is not recorded cannot be audited.",
      source=_SOURCE,
      fix="Add a `document_control.history` entry: the new version, its date and what changed.")
def signed_changed_without_history(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The version at REV was signed, the terms changed, and no history entry was added."""
    if not varied_after_signature(context) or new_history_entries(agreement, context):
        return
    yield Violation(history_path(agreement), "the signed agreement changed but no new history entry records the change")


@rule("VAR003", "variation-not-approved", "W",
      summary="a variation is not recorded as approved by the roles `variation.approvers` names",
      why="The agreement says who approves a variation; a change without their recorded approval "
          "may not bind the parties, and the record does not show that it was authorised.",
      source=_SOURCE,
      fix="Say in the new history entry's `changes` who approved it, naming each approver's role "
          "(\"Approved by the Director of Communities and the Chief Executive\").")
def variation_not_approved(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The version at REV was signed, the terms changed, its `variation.approvers` name roles,
    and no new history entry names each of those roles in its `changes` (any case)."""
    if not varied_after_signature(context):
        return
    assert context.previous is not None
    # The signed version's variation clause says who must approve; a variation cannot
    # relax its own approval by rewriting that clause.
    variation = context.previous.variation
    approvers = dict(variation.approvers or {}) if variation else {}
    if not approvers:
        return
    entries = new_history_entries(agreement, context)
    recorded = " ".join((entry.changes or "").casefold() for _, entry in entries)
    missing = [f"{role} ({party})" for party, role in approvers.items() if role.casefold() not in recorded]
    if not missing:
        return
    path = ("document_control", "history", entries[-1][0]) if entries else history_path(agreement)
    yield Violation(path, f"the variation is not recorded as approved by {', '.join(missing)}: "
                          "name each approver's role in the history entry's changes")


RULES: tuple[Rule, ...] = (
    signed_changed_without_version, signed_changed_without_history, variation_not_approved,
)
