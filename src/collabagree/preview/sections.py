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
    "agreement": ("status-of-this",),
    "parties": ("parties",),
    "lead_agency": ("parties", "roles"),
    "facilitator": ("parties", "roles"),
    "background": ("background",),
    "rationale": ("background",),
    "related_instruments": ("background",),
    "purpose": ("purpose",),
    "scope": ("purpose", "scope"),
    "objectives": ("objectives",),
    "principles": ("objectives", "principles"),
    "engagement": ("communication", "objectives"),
    "roles": ("roles",),
    "work_programme": ("work-programme",),
    "governance": ("governance",),
    "authorising_environment": ("governance",),
    "funding": ("funding",),
    "kpis": ("performance",),
    "reporting": ("performance", "reporting"),
    "evaluation": ("performance", "evaluation"),
    "communication": ("communication",),
    "service_integration": ("collaboration-arrangements",),
    "co_location": ("collaboration-arrangements",),
    "joint_training": ("collaboration-arrangements",),
    "information": ("information",),
    "intellectual_property": ("intellectual-property",),
    "risks": ("risk",),
    "safeguarding": ("risk", "safeguarding"),
    "treaty_partnership": ("treaty", "te-tiriti", "objectives"),
    "term": ("term",),
    "review": ("term", "review"),
    "variation": ("variation",),
    "dispute_resolution": ("resolving-disagreements", "dispute"),
    "termination": ("termination",),
    "exit": ("termination", "exit"),
    "definitions": ("definitions",),
    "signatories": ("signatures", "execution"),
    "document_control": ("document-control",),
    "publication": ("document-control",),
    "schedules": ("schedule",),
}

_TOP_KEY = re.compile(r"^\$(?:\.([A-Za-z_][\w-]*)|\['([^']+)'\])")
_NUMBER_PREFIX = re.compile(r"^(?:section-)?\d+[-.]?")


def top_level_key(yaml_path: str) -> str | None:
    """The first key of a finding's path (`$.parties[1]` -> `parties`), None for `$`."""
    match = _TOP_KEY.match(yaml_path)
    if match is None:
        return None
    return match.group(1) or match.group(2)


def _anchor(section: Section) -> str:
    """The section's anchor without a clause-number prefix (`7-roles` -> `roles`)."""
    return _NUMBER_PREFIX.sub("", section.id.lower())


def _slug(heading: str) -> str:
    words = re.sub(r"^[\d.\s]+", "", heading.lower())
    return "-".join(re.findall(r"[a-z0-9]+", words))


def section_for(yaml_path: str, sections: Sequence[Section]) -> str | None:
    """The id of the section a finding at `yaml_path` belongs to, or None."""
    key = top_level_key(yaml_path)
    if key is None or not sections:
        return None
    prefixes = KEY_SECTIONS.get(key, (key.replace("_", "-"),))
    for prefix in prefixes:
        for section in sections:
            if _anchor(section).startswith(prefix) or _slug(section.heading).startswith(prefix):
                return section.id
    return None
