"""The front page: title, the parties, reference, version and status, and the Dated line."""

from __future__ import annotations

from collabagree.drafting import ir
from collabagree.drafting.facts import ClauseFacts
from collabagree.model import Agreement

STATUS_WORDS = {"draft": "Draft", "final": "Final", "signed": "Signed"}
#: Printed where the date goes when the agreement is not yet signed: room to write it in.
BLANK_DATE = "____________________ 20____"


def front_page(agreement: Agreement, facts: ClauseFacts) -> ir.FrontPage:
    """What the front page shows; the date is the last signature's once signed."""
    meta = agreement.agreement
    control = agreement.document_control
    lines: list[tuple[str, str]] = []
    if meta.id:
        lines.append(("Reference", meta.id))
    if control and control.version:
        lines.append(("Version", control.version))
    lines.append(("Status", STATUS_WORDS[meta.status]))
    if control and control.date:
        lines.append(("Version date", facts.date(control.date)))
    subtitle = facts.type_title if meta.title.lower() != facts.type_title.lower() else ""
    return ir.FrontPage(
        title=meta.title, subtitle=subtitle,
        parties=[(party.name, facts.label(party.id)) for party in agreement.parties],
        facts=lines, dated=dated(agreement, facts), draft=meta.status == "draft")


def dated(agreement: Agreement, facts: ClauseFacts) -> str:
    """The date the agreement is dated: the latest signature date once signed, else blank."""
    if agreement.agreement.status != "signed":
        return BLANK_DATE
    dates = [s.date for s in agreement.signatories or () if s.date and s.capacity == "signatory"]
    return facts.date(max(dates)) if dates else BLANK_DATE
