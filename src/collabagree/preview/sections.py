"""Which section of the rendered document a finding concerns.

Findings name the YAML path they are about (`$.parties[1].contact.channel`); the document
has one top-level section per part of the agreement (`<section id="parties">`). The
mapping goes by the path's top-level key: each key lists the words its section's anchor
starts with, in the order tried, so it survives renumbering and the reordering of
sections. A key whose section the document does not have (a missing part of the agreement
that is not drafted at all) gives None, and the preview shows the finding above the
document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from collabagree.preview.page import Section

# Top-level key -> anchor prefixes of the section that drafts it, most specific first.
KEY_SECTIONS: dict[str, tuple[str, ...]] = {
    "agreement": ("status", "parties"),
    "parties": ("parties",),
    "lead_agency": ("roles", "parties"),
    "facilitator": ("roles", "parties"),
    "background": ("background", "purpose"),
    "rationale": ("purpose", "background"),
    "related_instruments": ("general", "background"),
    "purpose": ("purpose",),
    "scope": ("purpose",),
    "objectives": ("purpose",),
    "principles": ("purpose",),
    "engagement": ("purpose", "communication"),
    "roles": ("roles",),
    "work_programme": ("work",),
    "governance": ("governance",),
    "authorising_environment": ("governance",),
    "funding": ("funding",),
    "kpis": ("performance",),
    "reporting": ("performance",),
    "evaluation": ("performance",),
    "communication": ("communication",),
    "service_integration": ("services",),
    "co_location": ("services",),
    "joint_training": ("services",),
    "information": ("information", "data"),
    # The data sharing clauses draft these parts of `information` in a section of their own.
    "information.personal_information_exchanged": ("data", "information"),
    "information.data_flows": ("data", "information"),
    "information.breach_notification_hours": ("data", "information"),
    "information.impact_assessment": ("data", "information"),
    "information.individual_rights_contact": ("data", "information"),
    "information.onward_sharing": ("data", "information"),
    "information.processors": ("data", "information"),
    "information.international_transfers": ("data", "information"),
    "information.accuracy": ("data", "information"),
    "information.regulator_notification": ("data", "information"),
    "intellectual_property": ("ip",),
    "risks": ("risk",),
    "safeguarding": ("risk",),
    "treaty_partnership": ("treaty", "purpose"),
    "term": ("term",),
    "review": ("term",),
    "variation": ("variation",),
    "dispute_resolution": ("disputes",),
    "termination": ("termination",),
    "exit": ("termination",),
    "definitions": ("interpretation",),
    "signatories": ("execution",),
    "document_control": ("history",),
    "publication": ("information", "history"),
    "schedules": ("schedule",),
}

_TOP_KEY = re.compile(r"^\$(?:\.([A-Za-z_][\w-]*)|\['([^']+)'\])")
_SECOND_KEY = re.compile(r"^\.([A-Za-z_][\w-]*)")
# The drafting engine's ids are `c_` + the section's anchor (`c_funding`, `c_schedule_tor`).
_NUMBER_PREFIX = re.compile(r"^(?:c_)?(?:section-)?(?:\d+[-.]?)?")


def top_level_key(yaml_path: str) -> str | None:
    """The first key of a finding's path (`$.parties[1]` -> `parties`), None for `$`."""
    match = _TOP_KEY.match(yaml_path)
    if match is None:
        return None
    return match.group(1) or match.group(2)


def _anchor(section: Section) -> str:
    """The section's anchor without a clause-number prefix (`c_roles` or `7-roles` -> `roles`)."""
    return _NUMBER_PREFIX.sub("", section.id.lower())


def _slug(heading: str) -> str:
    words = re.sub(r"^[\d.\s]+", "", heading.lower())
    return "-".join(re.findall(r"[a-z0-9]+", words))


def section_for(yaml_path: str, sections: Sequence[Section]) -> str | None:
    """The id of the section a finding at `yaml_path` belongs to, or None."""
    key = top_level_key(yaml_path)
    if key is None or not sections:
        return None
    top = _TOP_KEY.match(yaml_path)
    second = _SECOND_KEY.match(yaml_path[top.end():]) if top else None
    nested = f"{key}.{second.group(1)}" if second else ""
    prefixes = KEY_SECTIONS.get(nested) or KEY_SECTIONS.get(key, (key.replace("_", "-"),))
    for prefix in prefixes:
        for section in sections:
            if _anchor(section).startswith(prefix) or _slug(section.heading).startswith(prefix):
                return section.id
    return None
