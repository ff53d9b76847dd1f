"""PRF rules: performance measures, reporting and evaluation (element 5)."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement

KPI_FIELDS: tuple[str, ...] = ("measure", "target", "frequency", "responsible", "data_source")

_KPI_SOURCE = ("Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 Contents Checklist, "
               "http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm; ANAO Better "
               "Practice Guide *Developing and Managing Contracts* (2012), MoU section, "
               "https://ppponline.affinitext.com/public/book?id=1560&toc_id=827604")
_REPORTING_SOURCE = ("Commonwealth Grants Rules and Principles 2024 and the grants toolkit "
                     "(reporting), https://finance.gov.au/government/commonwealth-grants/grants-toolkit; "
                     "UK Government Functional Standard GovS 015 Grants, "
                     "http://www.gov.uk/government/publications/grants-standards/grant-standards")


@rule("PRF001", "kpis-missing", "E: partnering, funding, cross_sector; else W",
      summary="no KPIs",
      why="Without measures nobody can tell whether the collaboration is achieving its objectives, "
          "or account for the public money and staff time it uses.",
      source=_KPI_SOURCE,
      fix="Add `kpis`, each with a measure, target, frequency, responsible party and data source.")
def kpis_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement lists no KPIs."""
    if is_blank(agreement.kpis):
        yield Violation(("kpis",), "the agreement has no performance measures (kpis)")


@rule("PRF002", "kpi-incomplete", "E",
      summary="a KPI lacks measure, target, frequency, responsible or data_source",
      why="A KPI without a target, a frequency, a responsible party or a data source cannot be "
          "reported on consistently, so it measures nothing in practice.",
      source=_KPI_SOURCE,
      fix="Give every KPI a `measure`, `target`, `frequency`, `responsible` party and "
          "`data_source`.")
def kpi_incomplete(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A KPI lacks any of `measure`, `target`, `frequency`, `responsible` or `data_source`
    (one finding per KPI, listing what is missing)."""
    for index, kpi in enumerate(agreement.kpis or ()):
        missing = [name for name in KPI_FIELDS if is_blank(getattr(kpi, name))]
        if missing:
            yield Violation(("kpis", index),
                            f"KPI '{kpi.id}' has no {quote_list(missing)}")


@rule("PRF003", "objective-without-kpi", "W",
      summary="an objective no KPI points at",
      why="An objective that no KPI measures cannot be shown to have been met; it tends to drop "
          "out of reporting altogether.",
      source="Joint Reviews partnership agreement checklist (\"how shall we determine success?\"), "
             "http://www.joint-reviews.gov.uk/money/partnerships/3-23.html; "
             "NZ Office of the Auditor-General, *Local authorities working together* (2004), "
             "Part 4, https://oag.parliament.nz/2004/working-together/part4.htm",
      fix="Add a KPI whose `objective` is this objective's id, or point an existing KPI at it.")
def objective_without_kpi(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """An objective that no KPI's `objective` names. Runs only when there are KPIs (PRF001
    reports an agreement with none)."""
    if is_blank(agreement.kpis):
        return
    measured = {kpi.objective for kpi in agreement.kpis or ()}
    for index, objective in enumerate(agreement.objectives or ()):
        if objective.id not in measured:
            yield Violation(("objectives", index),
                            f"objective '{objective.id}' is not measured by any KPI "
                            "(no KPI has this objective)")


@rule("PRF004", "reporting-missing", "E: partnering, funding; else W",
      summary="no reporting",
      why="Reporting lines say who tells whom about progress and how often; without them the "
          "governance body and funders learn about problems too late.",
      source=_REPORTING_SOURCE,
      fix="Add `reporting` entries with `from`, `to`, `frequency` and `content`.")
def reporting_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has no `reporting` lines."""
    if is_blank(agreement.reporting):
        yield Violation(("reporting",), "the agreement says nothing about who reports progress to "
                                        "whom (reporting)")


@rule("PRF005", "evaluation-missing", "W: partnering, funding, cross_sector; else I",
      summary="no evaluation",
      why="An evaluation tells the parties whether the collaboration worked and whether to renew "
          "it; planning it at the start means the right data is collected.",
      source="NZ Office of the Auditor-General, *Local authorities working together* (2004), "
             "Part 4 (review progress on completion), "
             "https://oag.parliament.nz/2004/working-together/part4.htm; APS Charter of "
             "Partnerships and Engagement (2023), principle 5 Informed, "
             "https://www.apsreform.gov.au/news/charter-partnerships-and-engagement",
      fix="Add `evaluation` with a `due` date, an `owner` and a `method`.")
def evaluation_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has no `evaluation`."""
    if agreement.evaluation is None:
        yield Violation(("evaluation",), "the agreement plans no evaluation (evaluation)")


RULES: tuple[Rule, ...] = (
    kpis_missing, kpi_incomplete, objective_without_kpi, reporting_missing, evaluation_missing,
)
