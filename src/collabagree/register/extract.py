"""Read an agreement's obligations from its model: who must do what, once or every period.

- Reporting lines (`reporting[]` with a frequency) recur; their `from` is responsible (a
  party, or a governance body by its id).
- KPIs (`kpis[]` with a frequency) recur too, grouped by responsible party and frequency. A
  group whose party already has a reporting line at that frequency is folded into that line
  (its description names the KPIs) rather than given reminders of its own: one reminder per
  party per due date.
- Milestones, instalments (`funding.conditions.instalments[].due`), the evaluation and the
  notice deadline (`term.end` minus `termination.notice_days`) fall on one date each.
- Reviews and the end of the term come from the row's own dates (see `obligations.py`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from collabagree.model import Agreement
from collabagree.register.duty import FREQUENCY_MONTHS, FREQUENCY_WORDS, Duty, Kind, RecurringDuty

DutyT = TypeVar("DutyT", Duty, RecurringDuty)


class Names:
    """Party and governance body ids -> the names a reader knows them by."""

    def __init__(self, agreement: Agreement) -> None:
        self.parties = {party.id: party.label for party in agreement.parties}
        bodies = agreement.governance.bodies if agreement.governance else None
        self.bodies = {body.id: body.name or body.id for body in bodies or ()}
        self.main_body = next(iter(self.bodies.values()), None)

    def of(self, ref: str | None) -> tuple[str, ...]:
        """The name of one party or body (its id when it is neither); () for none."""
        if not ref:
            return ()
        return (self.parties.get(ref) or self.bodies.get(ref) or ref,)

    @property
    def everyone(self) -> tuple[str, ...]:
        """Every party, in the order of `parties:`."""
        return tuple(self.parties.values())


def extract_duties(agreement: Agreement) -> tuple[tuple[Duty, ...], tuple[RecurringDuty, ...]]:
    """The dated and the recurring obligations of a schema-valid agreement."""
    names = Names(agreement)
    recurring = _recurring(agreement, names)
    dated = [*_milestones(agreement, names), *_instalments(agreement, names)]
    evaluation = agreement.evaluation
    if evaluation is not None and evaluation.due is not None:
        details = (f"Method: {evaluation.method}",) if evaluation.method else ()
        dated.append(Duty(Kind.EVALUATION, evaluation.due, "Evaluation due", "",
                          names.of(evaluation.owner), details))
    notice = agreement.termination.notice_days if agreement.termination else None
    end = agreement.term.end
    if end is not None and notice:
        dated.append(Duty(
            Kind.NOTICE, end - timedelta(days=notice), "Last day to give notice", "",
            names.everyone,
            (f"A party that wants to leave before the term ends on {end.isoformat()} must give "
             f"{notice} days' written notice by this day (termination.notice_days).",)))
    return tuple(_unique_keys(dated)), tuple(_unique_keys(recurring))


def _milestones(agreement: Agreement, names: Names) -> list[Duty]:
    return [
        Duty(Kind.MILESTONE, milestone.due, "Milestone due",
             milestone.name or item.workstream or item.id, names.of(item.owner),
             (f"Work item {item.id}.",), key=f"{item.id}\x1f{milestone.name or item.workstream or item.id}")
        for item in agreement.work_programme or ()
        for milestone in item.milestones or ()
        if milestone.due is not None
    ]


def _instalments(agreement: Agreement, names: Names) -> list[Duty]:
    funding = agreement.funding
    conditions = funding.conditions if funding else None
    if funding is None or conditions is None:
        return []
    # The payer: the one party with cash contributions, else the lead agency, else unnamed.
    payers = {item.party for item in funding.contributions or ()
              if item.party and item.type == "cash"}
    payer = names.of(next(iter(payers)) if len(payers) == 1 else agreement.lead_agency)
    duties = []
    for number, instalment in enumerate(conditions.instalments or (), start=1):
        if instalment.due is None:
            continue
        amount = _money(instalment.amount, funding.currency)
        details = [f"Instalment {number} of {len(conditions.instalments or ())}."]
        if instalment.condition:
            details.append(f"Condition: {instalment.condition}")
        duties.append(Duty(Kind.INSTALMENT, instalment.due, "Instalment due", amount, payer,
                           tuple(details)))
    return duties


def _money(amount: float | int | None, currency: str | None) -> str:
    # As the documents write it: £11,250, NZ$4,200,000 (render/localise.py).
    from collabagree.render.localise import format_money

    return format_money(amount, currency)


def _recurring(agreement: Agreement, names: Names) -> list[RecurringDuty]:
    kpi_groups: dict[tuple[str, str], list[str]] = {}
    for kpi in agreement.kpis or ():
        if kpi.frequency is not None:
            kpi_groups.setdefault((kpi.responsible or "", kpi.frequency), []).append(kpi.id)
    duties: list[RecurringDuty] = []
    for line in agreement.reporting or ():
        if line.frequency is None:
            continue
        kpis = kpi_groups.pop((line.from_ or "", line.frequency), [])
        to = ", ".join(names.of(line.to)) or "(not named)"
        details = [f"Reports to: {to}."]
        if line.content:
            details.append(f"What: {line.content}")
        if kpis:
            details.append(f"KPIs: {', '.join(kpis)}.")
        duties.append(RecurringDuty(
            Kind.REPORTING, FREQUENCY_MONTHS[line.frequency], line.frequency, "Report due",
            f"{FREQUENCY_WORDS[line.frequency]}, to {to}", names.of(line.from_),
            tuple(details), key=f"{line.from_ or ''}\x1f{line.to or ''}\x1f{line.frequency}"))
    for (responsible, frequency), kpis in kpi_groups.items():
        duties.append(RecurringDuty(
            Kind.KPI, FREQUENCY_MONTHS[frequency], frequency, "KPI report due",
            f"{FREQUENCY_WORDS[frequency]}, {', '.join(kpis)}",
            names.of(responsible), (f"{FREQUENCY_WORDS[frequency].capitalize()} KPIs: "
                                    f"{', '.join(kpis)}.",),
            key=f"{responsible}\x1f{frequency}"))
    return duties


def _unique_keys(duties: list[DutyT]) -> list[DutyT]:
    """Give the second and later duties with the same kind, day and key a `#n` suffix, so
    each gets a UID of its own (deterministic: in the order of the file)."""
    seen: Counter[tuple[object, ...]] = Counter()
    result = []
    for duty in duties:
        ident = (duty.kind, getattr(duty, "day", None), duty.key)
        seen[ident] += 1
        result.append(duty if seen[ident] == 1 else replace(duty, key=f"{duty.key}#{seen[ident]}"))
    return result
