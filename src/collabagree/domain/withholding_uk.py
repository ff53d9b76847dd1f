"""Withholding grounds of the United Kingdom FOI regimes: data for `domain/withholding.py`.

One tuple per regime: (code, Act, source, partial-release provision, note, grounds), each
ground (canonical form, title, kind, source, confirmed, note). From the project's research on
FOI grounds: a ground is confirmed where its number and title were seen in a stored excerpt of
the cited source; otherwise the note says where it comes from.
"""

from __future__ import annotations

from collabagree.domain.sources import Source

RawGround = tuple[str, str, str, Source, bool, str]
"""(ground, title, kind, source, confirmed, note), as `withholding.Ground` takes them."""
RawRegime = tuple[str, str, Source, Source | None, str, tuple[RawGround, ...]]
"""(regime code, Act, source, partial-release provision, note, grounds)."""

# Kinds, as the regimes classify their grounds.
ABSOLUTE = "absolute"
QUALIFIED = "qualified"
ABSOLUTE_IN_PART = "absolute in part"


# -- Freedom of Information Act 2000 (FOIA2000) --------------------------------

_FOIA = Source("Freedom of Information Act 2000, Part II Exempt information (legislation.gov.uk)",
               "https://www.legislation.gov.uk/ukpga/2000/36/part/II")
_FOIA_1 = Source("FOIA 2000 s2 Effect of the exemptions in Part II (s2(3) list of absolute exemptions), "
                 "legislation.gov.uk (2004-04-01 version)",
                 "http://www.legislation.gov.uk/ukpga/2000/36/section/2/2004-04-01")
_FOIA_2 = Source("FOIA 2000 Part II section headings 21-44 (list reproduced by Ulster University; headings match "
                 "the Act)",
                 "https://www.ulster.ac.uk/about/governance/compliance/freedom-of-information/disclosure-log/exempt"
                 "ions")
_FOIA_3 = Source("Intellectual Property Act 2014 Explanatory Notes, s20 (inserts FOIA s22A research exemption; not "
                 "absolute)",
                 "http://www.legislation.gov.uk/ukpga/2014/18/notes/division/5/3/1")
_FOIA_4 = Source("MoJ FOI exemptions guidance, section 35 (text of s35(1)(a)-(d))",
                 "http://www.foi.gov.uk/guidance/exguide/sec35/chap01.htm")
_FOIA_5 = Source("MoJ FOI exemptions guidance, section 36 (s36(2)(a)(i)-(iii), (b)(i)-(ii), (c))",
                 "https://paperzz.com/doc/9419332/freedom-of-information-exemptions-guidance")
_FOIA_6 = Source("ICO guidance: Section 36 - Prejudice to the effective conduct of public affairs",
                 "https://ico.org.uk/for-organisations/foi/freedom-of-information-and-environmental-information-reg"
                 "ulations/section-36-prejudice-to-the-effective-conduct-of-public-affairs")
_FOIA_7 = Source("MoJ FOI exemptions guidance, section 41 (text of s41(1))",
                 "http://www.foi.gov.uk/guidance/exguide/sec41/chap01.htm")
_FOIA_8 = Source("ICO guidance: Legal professional privilege (section 42)",
                 "https://docplayer.net/21163997-Legal-professional-privilege-section-42.html")
_FOIA_9 = Source("WhatDoTheyKnow help: commercial interests exemptions (s43(1) trade secrets, s43(2) prejudice to "
                 "commercial interests; qualified)",
                 "https://www.whatdotheyknow.com/help/commercial_interests_exemptions")
_FOIA_10 = Source("FOIA 2000 s44 Prohibitions on disclosure, legislation.gov.uk",
                  "http://www.legislation.gov.uk./ukpga/2000/36/section/44/data.html")
FOIA: RawRegime = (
    "FOIA2000", "Freedom of Information Act 2000", _FOIA,
    None,
    "Partial release: No 'deletion' section: FOIA s1 gives a right to information, not documents, so authorities "
    "must consider releasing the non-exempt information within a document rather than withholding whole documents "
    "(ICO). Source: ICO guidance: The right to recorded information and requests for documents, "
    "https://cy.ico.org.uk/for-organisations/guidance-index/freedom-of-information-and-environmental-information-re"
    "gulations/the-right-to-recorded-information-and-requests-for-documents/. The Environmental Information "
    "Regulations 2004 exceptions (which replace FOIA for environmental information, s39) were not researched.",
    (
        ("s21", "Information accessible to applicant by other means", ABSOLUTE, _FOIA_1, True, ""),
        ("s22", "Information intended for future publication", QUALIFIED, _FOIA_2, True, ""),
        ("s22A", "Research",
         QUALIFIED, _FOIA_3, True, "Inserted by Intellectual Property Act 2014 s20; not in the s2(3) absolute list."),
        ("s23", "Information supplied by, or relating to, bodies dealing with security matters",
         ABSOLUTE, _FOIA_1, True, ""),
        ("s24", "National security", QUALIFIED, _FOIA_2, True, ""),
        ("s26", "Defence", QUALIFIED, _FOIA_2, True, ""),
        ("s27", "International relations", QUALIFIED, _FOIA_2, True, ""),
        ("s28", "Relations within the United Kingdom", QUALIFIED, _FOIA_2, True, ""),
        ("s29", "The economy", QUALIFIED, _FOIA_2, True, ""),
        ("s30", "Investigations and proceedings conducted by public authorities", QUALIFIED, _FOIA_2, True, ""),
        ("s31", "Law enforcement",
         QUALIFIED, _FOIA_2, True, "Paragraphs s31(1)(a)-(i) not individually confirmed; accept as refinements of "
                                   "s31 if the validator allows refinements."),
        ("s32", "Court records, etc.", ABSOLUTE, _FOIA_1, True, ""),
        ("s33", "Audit functions", QUALIFIED, _FOIA_2, True, ""),
        ("s34", "Parliamentary privilege", ABSOLUTE, _FOIA_1, True, ""),
        ("s35", "Formulation of government policy, etc.",
         QUALIFIED, _FOIA_2, True, "Applies only to information held by a government department or the Welsh "
                                   "Government/Assembly."),
        ("s35(1)(a)", "Formulation or development of government policy", QUALIFIED, _FOIA_4, True, ""),
        ("s35(1)(b)", "Ministerial communications", QUALIFIED, _FOIA_4, True, ""),
        ("s35(1)(c)", "Law Officers' advice", QUALIFIED, _FOIA_4, True, ""),
        ("s35(1)(d)", "Operation of any Ministerial private office", QUALIFIED, _FOIA_4, True, ""),
        ("s36", "Prejudice to effective conduct of public affairs",
         ABSOLUTE_IN_PART, _FOIA_1, True, "Absolute in part: qualified (absolute so far as relating to information "
                                          "held by the House of Commons or the House of Lords)."),
        ("s36(2)(a)(i)", "Prejudice to collective responsibility of Ministers of the Crown",
         QUALIFIED, _FOIA_5, True, "Requires the reasonable opinion of a qualified person (ICO)."),
        ("s36(2)(a)(ii)", "Prejudice to the work of the Executive Committee of the Northern Ireland Assembly",
         QUALIFIED, _FOIA_5, True, ""),
        ("s36(2)(a)(iii)", "Prejudice to the work of the Cabinet of the Welsh Assembly Government",
         QUALIFIED, _FOIA_5, True, "Wording as in MoJ 2008 guidance; later amendments (Welsh Government) not "
                                   "confirmed."),
        ("s36(2)(b)(i)", "Inhibit the free and frank provision of advice", QUALIFIED, _FOIA_5, True, ""),
        ("s36(2)(b)(ii)", "Inhibit the free and frank exchange of views for the purposes of deliberation",
         QUALIFIED, _FOIA_5, True, ""),
        ("s36(2)(c)", "Otherwise prejudice the effective conduct of public affairs", QUALIFIED, _FOIA_6, True, ""),
        ("s37", "Communications with Her Majesty, etc. and honours",
         QUALIFIED, _FOIA_2, True, "Listed as qualified in the 2004 s2(3); later amendments (2010 Act) made parts "
                                   "of s37(1) absolute - not confirmed from a stored source."),
        ("s38", "Health and safety", QUALIFIED, _FOIA_2, True, ""),
        ("s39", "Environmental information",
         QUALIFIED, _FOIA_2, True, "Information is to be handled under the Environmental Information Regulations "
                                   "2004."),
        ("s40", "Personal information",
         ABSOLUTE_IN_PART, _FOIA_1, True, "Absolute in part: absolute (s40(1); s40(2) where the first condition "
                                          "applies) / otherwise qualified."),
        ("s40(1)", "Personal data of which the applicant is the data subject", ABSOLUTE, _FOIA_1, True, ""),
        ("s40(2)", "Personal information (third party)",
         ABSOLUTE_IN_PART, _FOIA_1, True, "Absolute in part: absolute where the first condition applies; otherwise "
                                          "qualified. s2(3)(f)(ii) (2004 text) refers to s40(3)(a)(i) or (b); "
                                          "after the Data Protection Act 2018 the condition is in s40(3A) - "
                                          "renumbering not confirmed from a stored source."),
        ("s41", "Information provided in confidence", ABSOLUTE, _FOIA_1, True, ""),
        ("s41(1)", "Information obtained from another person whose disclosure would be an actionable breach of "
                  "confidence",
         ABSOLUTE, _FOIA_7, True, ""),
        ("s42", "Legal professional privilege", QUALIFIED, _FOIA_8, True, ""),
        ("s42(1)", "Legal professional privilege", QUALIFIED, _FOIA_8, True, ""),
        ("s43", "Commercial interests", QUALIFIED, _FOIA_2, True, ""),
        ("s43(1)", "Commercial interests (trade secrets)", QUALIFIED, _FOIA_9, True, ""),
        ("s43(2)", "Commercial interests (prejudice)", QUALIFIED, _FOIA_9, True, ""),
        ("s44", "Prohibitions on disclosure", ABSOLUTE, _FOIA_1, True, ""),
        ("s44(1)(a)", "Prohibited by or under any enactment", ABSOLUTE, _FOIA_10, True, ""),
        ("s44(1)(b)", "Incompatible with any assimilated obligation",
         ABSOLUTE, _FOIA_10, True, "Formerly 'Community obligation' / 'EU obligation'."),
        ("s44(1)(c)", "Contempt of court", ABSOLUTE, _FOIA_10, True, ""),
    ),
)

# -- Freedom of Information (Scotland) Act 2002 (FOISA2002) --------------------

_FOISA = Source("Freedom of Information (Scotland) Act 2002, Part 2 Exempt Information (legislation.gov.uk)",
                "https://www.legislation.gov.uk/asp/2002/13/part/2")
_FOISA_1 = Source("FOISA 2002 s2 Effect of exemptions (s2(2) absolute exemptions), legislation.gov.uk",
                  "https://legislation.gov.uk/cy/asp/2002/13/section/2/2006-02-13?timeline=false&view=plain")
_FOISA_2 = Source("FOISA 2002 Part 2 Exempt Information (plain view, 2018-05-25)",
                  "https://legislation.gov.uk/asp/2002/13/part/2/2018-05-25/data.htm?view=plain")
_FOISA_3 = Source("Scottish Information Commissioner: FOISA exemption briefings (s25, s26, s27(1), s27(2))",
                  "http://itspublicknowledge.info/Law/FOISA-EIRsGuidance/section32/Section32.aspx")
_FOISA_4 = Source("FOISA 2002 s28 Relations within the United Kingdom, legislation.gov.uk",
                  "http://www.legislation.gov.uk/asp/2002/13/section/28/enacted/data.xht?view=snippet&wrap=true")
_FOISA_5 = Source("Scottish Government: description of FOISA exemptions (s28, s29 text)",
                  "http://www.scotland.gov.uk/Publications/2009/07/01094653/6")
_FOISA_6 = Source("FOIwiki: FOISA Section 30 Exemption (text)",
                  "http://alexskene.com/foiwiki/index.php?oldid=23260&title=FOISA_Section_30_Exemption")
_FOISA_7 = Source("FOISA Explanatory Notes, section 31",
                  "https://www.legislation.gov.uk/asp/2002/13/notes/division/3/2/7/data.xht?view=snippet&wrap=true")
_FOISA_8 = Source("FOIwiki: Freedom of Information (Scotland) Act 2002 - list of exemptions (ss25-41)",
                  "https://foiwiki.com/foiwiki/index.php?title=Freedom_of_Information_(Scotland)_Act_2002&direction"
                  "=prev&oldid=1467")
_FOISA_9 = Source("Scottish Information Commissioner briefing: Commercial interests and the economy (s33 text)",
                  "https://vdocuments.net/scotland-commercial-interest-and-the-economy.html")
_FOISA_10 = Source("FOIwiki: FOISA Section 35 Exemption (text of s35(1)-(2))",
                   "http://foiwiki.com/foiwiki/index.php/FOISA_Section_35_Exemption")
_FOISA_11 = Source("Scottish Information Commissioner Decision 193/2024 (s36(1) legal professional privilege; "
                   "public interest test applied)",
                   "https://www.foi.scot/decision-1932024")
_FOISA_12 = Source("FOISA 2002 Explanatory Notes, section 2 (list of absolute exemptions incl. s36(2), s37, "
                   "s38(1)(a)-(d))",
                   "https://www.legislation.gov.uk/asp/2002/13/notes/division/3/1/2?view=plain")
FOISA: RawRegime = (
    "FOISA2002", "Freedom of Information (Scotland) Act 2002", _FOISA,
    None,
    "Partial release: No express deletion section found; the right is to information (s1(1)), and authorities "
    "release information with exempt information deleted (e.g. Moray publication scheme). Source: Moray Council "
    "publication scheme: information made available with exempt information deleted, "
    "http://www.moray.org/moray_standard/page_46055.html. (Not confirmed.) The Environmental Information "
    "(Scotland) Regulations 2004 exceptions were not researched.",
    (
        ("s25", "Information otherwise accessible", ABSOLUTE, _FOISA_1, True, ""),
        ("s25(1)", "Information otherwise accessible", ABSOLUTE, _FOISA_2, True, ""),
        ("s26", "Prohibitions on disclosure", ABSOLUTE, _FOISA_1, True, ""),
        ("s26(a)", "Prohibited by or under an enactment", ABSOLUTE, _FOISA_2, True, ""),
        ("s26(b)", "Incompatible with an EU obligation",
         ABSOLUTE, _FOISA_2, True, "Wording as at 2018; may since have been amended."),
        ("s26(c)", "Contempt of court", ABSOLUTE, _FOISA_2, True, ""),
        ("s27", "Information intended for future publication", QUALIFIED, _FOISA_2, True, ""),
        ("s27(1)", "Information intended for future publication (within 12 weeks)", QUALIFIED, _FOISA_3, True, ""),
        ("s27(2)", "Information intended for future publication (research programmes)",
         QUALIFIED, _FOISA_3, True, ""),
        ("s28", "Relations within the United Kingdom", QUALIFIED, _FOISA_4, True, ""),
        ("s29", "Formulation of Scottish Administration policy etc.",
         QUALIFIED, _FOISA_5, True, "Applies only to information held by the Scottish Administration."),
        ("s29(1)(a)", "Formulation or development of government policy", QUALIFIED, _FOISA_5, True, ""),
        ("s29(1)(b)", "Ministerial communications", QUALIFIED, _FOISA_5, True, ""),
        ("s29(1)(c)", "Law Officers' advice", QUALIFIED, _FOISA_5, True, ""),
        ("s29(1)(d)", "Operation of any Ministerial private office", QUALIFIED, _FOISA_5, True, ""),
        ("s30", "Prejudice to effective conduct of public affairs", QUALIFIED, _FOISA_6, True, ""),
        ("s30(a)", "Collective responsibility of the Scottish Ministers", QUALIFIED, _FOISA_6, True, ""),
        ("s30(b)(i)", "Free and frank provision of advice", QUALIFIED, _FOISA_6, True, ""),
        ("s30(b)(ii)", "Free and frank exchange of views for the purposes of deliberation",
         QUALIFIED, _FOISA_6, True, ""),
        ("s30(c)", "Otherwise prejudice substantially the effective conduct of public affairs",
         QUALIFIED, _FOISA_6, True, ""),
        ("s31", "National security and defence", QUALIFIED, _FOISA_7, True, ""),
        ("s32", "International relations", QUALIFIED, _FOISA_8, True, ""),
        ("s33", "Commercial interests and the economy", QUALIFIED, _FOISA_9, True, ""),
        ("s33(1)(a)", "Trade secrets", QUALIFIED, _FOISA_9, True, ""),
        ("s33(1)(b)", "Commercial interests (substantial prejudice)", QUALIFIED, _FOISA_9, True, ""),
        ("s33(2)", "The economy (economic interests of the UK / financial interests of an administration)",
         QUALIFIED, _FOISA_9, False, "Subsection exists per SIC briefing title; text not seen in a stored excerpt."),
        ("s34", "Investigations by Scottish public authorities and proceedings arising out of such investigations",
         QUALIFIED, _FOISA_8, True, ""),
        ("s35", "Law enforcement", QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(a)", "Prevention or detection of crime", QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(b)", "Apprehension or prosecution of offenders", QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(c)", "Administration of justice", QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(d)", "Assessment or collection of tax or duty", QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(e)", "Operation of the immigration controls", QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(f)", "Security and good order in prisons", QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(g)", "Exercise of a public authority's functions for the purposes in s35(2)",
         QUALIFIED, _FOISA_10, True, ""),
        ("s35(1)(h)", "Civil proceedings arising out of an investigation", QUALIFIED, _FOISA_10, True, ""),
        ("s36", "Confidentiality",
         ABSOLUTE_IN_PART, _FOISA_1, True, "Absolute in part: s36(1) qualified; s36(2) absolute."),
        ("s36(1)", "Confidentiality of communications in legal proceedings (legal professional privilege)",
         QUALIFIED, _FOISA_11, True, ""),
        ("s36(2)", "Information provided in confidence (actionable breach of confidence)",
         ABSOLUTE, _FOISA_12, True, ""),
        ("s37", "Court records, etc.", ABSOLUTE, _FOISA_1, True, ""),
        ("s38", "Personal information",
         ABSOLUTE_IN_PART, _FOISA_1, True, "Absolute in part: absolute (s38(1)(a), (c), (d); s38(1)(b) where the "
                                           "first condition applies)."),
        ("s38(1)(a)", "Personal data of which the applicant is the data subject", ABSOLUTE, _FOISA_12, True, ""),
        ("s38(1)(b)", "Personal information (third party)",
         ABSOLUTE_IN_PART, _FOISA_12, True, "Absolute in part: absolute where the first condition applies; "
                                            "otherwise qualified. EN refers to s38(2)(a)(i)/(2)(b); renumbered "
                                            "after the Data Protection Act 2018 - not confirmed."),
        ("s38(1)(c)", "Personal census information", ABSOLUTE, _FOISA_12, True, ""),
        ("s38(1)(d)", "Health records of the deceased", ABSOLUTE, _FOISA_12, True, ""),
        ("s39", "Health, safety and the environment", QUALIFIED, _FOISA_8, True, ""),
        ("s40", "Audit functions", QUALIFIED, _FOISA_8, True, ""),
        ("s41", "Communications with Her Majesty etc. and honours", QUALIFIED, _FOISA_8, True, ""),
    ),
)

REGIMES: tuple[RawRegime, ...] = (FOIA, FOISA,)
"""The regimes of this module, in the order of `FoiRegime`."""
