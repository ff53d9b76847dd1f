"""Generate a folder of agreements for register tests: one minimal valid agreement text,
varied in its dates, status and review record."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 23)

BASE = """\
collabagree: 1
agreement:
  id: {ref}
  title: {title}
  type: {type}
  jurisdiction: UK-ENG
  status: {status}
parties:
  - id: council
    name: Kestrel Vale Borough Council
    short_name: the Council
    kind: local_government
  - id: foodbank
    name: Kestrel Vale Food Bank
    kind: charity
purpose:
  statement: To work together on food.
term:
  start: {start}
{end_line}{review}{work}{control}"""


def agreement_yaml(ref: str, *, title: str | None = None, start: date = date(2025, 4, 1),
                   end: date | None = date(2029, 3, 31), status: str = "final",
                   first_review: date | None = None, interval: int | None = 12,
                   recorded: date | None = date(2025, 3, 20),
                   milestones: tuple[tuple[str, date], ...] = (), type: str = "mou") -> str:
    """A schema-valid agreement; `recorded` is document_control.date (the last recorded version)."""
    review = ""
    if first_review is not None:
        review = f"review:\n  first_review: {first_review.isoformat()}\n"
        if interval is not None:
            review += f"  interval_months: {interval}\n"
    work = ""
    if milestones:
        items = "".join(f"      - {{name: {name}, due: {due.isoformat()}}}\n" for name, due in milestones)
        work = f"work_programme:\n  - id: W1\n    owner: council\n    milestones:\n{items}"
    control = f"document_control:\n  version: '1.0'\n  date: {recorded.isoformat()}\n" if recorded else ""
    return BASE.format(ref=ref, title=title or f"Agreement {ref}", type=type, status=status,
                       start=start.isoformat(),
                       end_line=f"  end: {end.isoformat()}\n" if end else "",
                       review=review, work=work, control=control)


def days(n: int) -> date:
    """TODAY plus n days."""
    return TODAY + timedelta(days=n)


# File name -> agreement text: one file per highlight and case, plus two invalid files and one
# YAML file that is not an agreement.
SCENARIOS: dict[str, str] = {
    # Review due 2026-06-30, last recorded version 2025-03-20: LIF011, overdue.
    "overdue.yaml": agreement_yaml("OVERDUE-1", first_review=date(2026, 6, 30)),
    # Same schedule, but a version recorded after the review: next review is a year on.
    "reviewed.yaml": agreement_yaml("REVIEWED-1", first_review=date(2026, 6, 30),
                                    recorded=date(2026, 7, 15)),
    "expiring-90.yaml": agreement_yaml("EXP90-1", end=days(60), first_review=date(2027, 1, 15),
                                       interval=None),
    "expiring-30.yaml": agreement_yaml("EXP30-1", end=days(20), first_review=date(2026, 12, 1),
                                       interval=None),
    "expired.yaml": agreement_yaml("EXPIRED-1", start=date(2024, 1, 1), end=days(-10)),
    "open-ended.yaml": agreement_yaml("OPEN-1", end=None, first_review=date(2027, 5, 31),
                                      interval=6,
                                      milestones=(("Pilot live", date(2027, 2, 1)),
                                                  ("Scoping done", date(2026, 3, 1)))),
    "invalid.yaml": agreement_yaml("INVALID-1", title="Half-written Plan").replace(
        "type: mou", "type: memo"),
    "broken.yaml": "collabagree: 1\nagreement: [unclosed\n",
    "notes.yaml": "meeting: weekly\nattendees: [council, foodbank]\n",
}


def write_folder(folder: Path, scenarios: dict[str, str] | None = None) -> Path:
    """Write the scenarios (default: SCENARIOS) into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (scenarios or SCENARIOS).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
