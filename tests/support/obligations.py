"""An agreement with one obligation of every kind, and a hostile variant of it, for the
obligations, calendar and HTML tests."""

from __future__ import annotations

from pathlib import Path

RICH = """\
collabagree: 1
agreement:
  id: RICH-1
  title: {title}
  short_title: {short}
  type: funding_agreement
  jurisdiction: UK-ENG
  status: signed
parties:
  - {{id: council, name: Kestrel Vale Borough Council, short_name: {council}, kind: local_government}}
  - {{id: foodbank, name: {foodbank}, kind: charity}}
purpose: {{statement: To work together on food.}}
governance:
  bodies: [{{id: FSPG, name: {body}}}]
funding:
  currency: GBP
  total: 90000
  contributions: [{{party: council, type: cash, amount: 90000}}]
  conditions:
    instalments:
      - {{due: 2026-04-15, amount: 45000, condition: Signed agreement returned}}
      - {{due: 2027-04-15, amount: 45000, condition: {condition}}}
kpis:
  - {{id: K1, measure: Households, frequency: quarterly, responsible: foodbank}}
  - {{id: K2, measure: Referrals, frequency: annual, responsible: council}}
  - {{id: K3, measure: Stories, responsible: council}}
reporting:
  - {{from: foodbank, to: council, frequency: quarterly, content: {content}}}
  - {{from: FSPG, to: council, frequency: annual, content: Annual report.}}
  - {{from: council, to: FSPG, content: Ad hoc updates.}}
evaluation: {{due: 2028-09-30, owner: council}}
termination: {{notice_days: 90}}
term: {{start: 2026-04-01, end: 2029-03-31}}
review: {{first_review: 2026-06-30, interval_months: 12}}
work_programme:
  - {{id: W1, owner: foodbank, milestones: [{{name: {milestone}, due: 2027-02-01}}]}}
document_control: {{version: '1.0', date: 2026-03-20}}
"""

PLAIN = {"title": "Rich Grant Agreement", "short": "Rich Grant", "council": "the Council",
         "foodbank": "Kestrel Vale Food Bank", "body": "Food Security Partnership Group",
         "condition": "The previous Monitoring Return", "content": "The Monitoring Return.",
         "milestone": "Pilot live"}

# Newlines, commas, semicolons, backslashes, markup, an ANSI escape, a bell and a
# right-to-left override, in every text the register shows.
HOSTILE = {
    "title": '"Food, Housing; <script>alert(1)</script> & \\"Health\\"\\nline two \\a\\e[31m"',
    "short": '"Short <script>alert(2)</script>;\\n, \\e[1mbold"',
    "council": '"the <b>Council</b>,\\nreally; \\x07"',
    "foodbank": '"Food Bank \\u202e kcab; a\\\\b"',
    "body": '"Group </text><svg onload=alert(1)> & co"',
    "condition": '"On receipt of the <Return>;\\nsigned, dated"',
    "content": '"The Monitoring Return,\\nwith K1; \\x1b]8;;http://evil\\x07"',
    "milestone": '"Pilot <i>live</i>\\r\\nnow"',
}


def rich_yaml(hostile: bool = False) -> str:
    """The agreement text, plain or with hostile text in every name."""
    return RICH.format(**(HOSTILE if hostile else PLAIN))


def write_rich(folder: Path, hostile: bool = False) -> Path:
    """Write the agreement as `folder/rich.yaml` and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rich.yaml").write_text(rich_yaml(hostile), encoding="utf-8")
    return folder
