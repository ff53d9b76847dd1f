"""The comment written above each section of a scaffold: what the section is for, and what
good looks like. Drawn from the element catalogue (domain/elements.md, sections 1 and 2).

These comments never contain the word T-O-D-O: rule TXT001 reports every comment that does,
and a fresh scaffold should report only the placeholders the user has to fill in.
"""

from __future__ import annotations

HEADER = """\
A new collaboration agreement, started with `collabagree init`.
Replace every placeholder text and confirm every value marked for confirmation, then delete
the marker comment; `collabagree check` lists what is left. Keep this file in version control."""

SECTION_COMMENTS: dict[str, str] = {
    "agreement": "What the agreement is: its reference, title, type and jurisdiction (the type "
                 "decides which checks apply),\nand its legal status: say plainly which parts bind, "
                 "if any.",
    "parties": "The organisations that sign: full legal names, kind, and for public bodies the "
               "FOI law they answer to\nand the power under which they enter the agreement. "
               "Contacts are roles and functional mailboxes, never people.",
    "facilitator": "An independent facilitator, if the parties appoint one: who it is, who "
                   "appoints it and who pays for it.",
    "background": "Recitals: the background to the agreement, one short paragraph each.",
    "lead_agency": "The party that leads and coordinates (secretariat, records, reporting). "
                   "Needed with three or more parties.",
    "purpose": "Why the agreement exists and the benefit it brings, in a sentence or two of "
               "15 words or more.\nThe vision is the shared picture of success to return to "
               "when things go wrong.",
    "rationale": "The case for collaborating rather than working alone: benefits, and the "
                 "challenges the parties expect.",
    "scope": "What is in scope (services, client group, data, geography) and, just as "
             "important, what is not.",
    "objectives": "Measurable objectives; every objective needs at least one KPI that points "
                  "at it.",
    "principles": "How the parties behave towards each other: good faith, no surprises, "
                  "respect for each other's independence.",
    "engagement": "People and communities beyond the parties: who is engaged, how often, and "
                  "how they hear what changed.",
    "roles": "What each party will do, each duty owned by a position (not a person), so it "
             "survives staff changes.",
    "work_programme": "The shared work programme: workstreams with an owning party and dated "
                      "milestones inside the term.",
    "governance": "The body that steers the collaboration: every party a member, a chair, how "
                  "often it meets,\nhow it decides, and terms of reference (remit, quorum, "
                  "conflicts of interest, secretariat).",
    "authorising_environment": "Leadership backing: an executive sponsor for every party, the "
                               "approvals each party needs, and resources committed.",
    "funding": "Who pays for what: cash and in-kind contributions that add up to the total, or "
               "each party bearing its own costs.",
    "kpis": "Key performance indicators: what is measured, the target, how often, who reports "
            "it and where the figures come from.",
    "reporting": "Who reports to whom (a party or the governance body), how often and what.",
    "evaluation": "When and how the collaboration itself is evaluated, and who commissions it.",
    "communication": "Recurring meetings (with the levels they work at), corporate channels, "
                     "media handling and no surprises.",
    "service_integration": "How clients move between the services: a shared screening tool, "
                           "referral steps with a response time,\ncare coordination and where "
                           "each party records shared cases.",
    "co_location": "Staff working on another party's site: host, where, when and who "
                   "supervises them.",
    "joint_training": "Training the parties' staff take together, and how quickly new staff "
                      "are inducted into the collaboration.",
    "information": "Confidentiality (always subject to FOI law when a public body is a party), "
                   "personal data flows with a lawful\nbasis for each end, official information "
                   "requests, and records that are storable, searchable and retrievable.",
    "intellectual_property": "Who owns what each party brings and what the collaboration "
                             "creates, and the licences between them.",
    "risks": "A shared risk register: each risk with an owning party and a mitigation, shared "
             "out in proportion.",
    "safeguarding": "Safeguarding of children and adults at risk, and vetting of staff and "
                    "volunteers.",
    "treaty_partnership": "New Zealand: how the parties give effect to Te Tiriti o Waitangi and "
                          "involve mana whenua.",
    "term": "When the agreement starts and ends (leave out end for an open-ended agreement, "
            "which then needs a review interval).",
    "review": "Scheduled review (at least every 12 months, the first inside the term) and the "
              "events that trigger an early one.",
    "variation": "Changes only in writing, agreed by every party, and who approves them for "
                 "each party.",
    "dispute_resolution": "An escalation ladder: each level names a position for every party "
                          "and a timeframe in working days,\nseniority rising, then a final "
                          "step outside the parties.",
    "termination": "How a party withdraws: written notice (shorter than the term) and grounds "
                   "for ending at once.",
    "exit": "What happens at the end: shared data returned or destroyed, records kept, assets "
            "and clients handed over.",
    "related_instruments": "Other agreements and instruments this one works with, and which "
                           "prevails where they conflict.",
    "definitions": "Terms the agreement uses with a special meaning, each defined once.",
    "signatories": "Who signs for each party, their position and the delegation or decision "
                   "that authorises them.",
    "document_control": "Version, date, owning party and register reference; add a history "
                        "entry for each version.",
    "publication": "Whether the agreement will be published, and what is redacted first (staff "
                   "contact details, for example).",
    "schedules": "Annexes printed after the signature blocks: terms of reference, grant "
                 "conditions, data specifications.",
}
