"""Withholding grounds of the New Zealand FOI regimes: data for `domain/withholding.py`.

One tuple per regime: (code, Act, source, partial-release provision, note, grounds), each
ground (canonical form, title, kind, source, confirmed, note). From the project's research on
FOI grounds: a ground is confirmed where its number and title were seen in a stored excerpt of
the cited source; otherwise the note says where it comes from.
"""

from __future__ import annotations

from collabagree.domain.sources import Source
from collabagree.domain.withholding_uk import RawRegime

# Kinds, as the regimes classify their grounds.
CONCLUSIVE = "conclusive"
PUBLIC_INTEREST_TEST = "public interest test"
REFUSAL_REASON = "refusal reason"

# Notes shared by several grounds.
_ORDER_UNCONFIRMED = "Paragraph order not confirmed."


# -- Official Information Act 1982 (OIA1982) -----------------------------------

_OIA = Source("Official Information Act 1982 (NZ), Part 1 ss6, 7, 9 (legislation.govt.nz)",
              "https://www.legislation.govt.nz/act/public/1982/0156/latest/whole.html")
_OIA_1 = Source("OIA 1982 withholding reasons (CSV: s6(a)-(e)(i) with statutory text)",
                "http://mrkegerator.com/sites/default/files/publications/official-information-act-1982-withholding-"
                "reasons.csv")
_OIA_2 = Source("Official Information Act 1982 s6 (plain language law mirror of legislation.govt.nz)",
                "https://plainlanguagelaw.ackama.com/acts/DLM64784/DLM65366.html")
_OIA_3 = Source("Ombudsman NZ case note W35534 (ss9(2)(d), 9(2)(g)(i)) and W33518 (s6(e)(iv))",
                "https://www.ombudsman.parliament.nz/node/322")
_OIA_4 = Source("Ombudsman NZ: Privacy worksheet, s9(2)(a) OIA / s7(2)(a) LGOIMA",
                "https://www.ombudsman.parliament.nz/resources/privacy-worksheet")
_OIA_5 = Source("Ombudsman NZ guide: Commercial information, ss9(2)(b) and 9(2)(i) OIA / ss7(2)(b) and 7(2)(h) LGOIMA",
                "https://vdocuments.mx/ommercial-information-commercial-information-august-2019-page-1-ommercial-in"
                "formation.html")
_OIA_6 = Source("Ombudsman NZ guide: Confidentiality, s9(2)(ba) OIA / s7(2)(c) LGOIMA",
                "https://info.5y1.org/forensic-science-trivia_1_f2089e.html")
_OIA_7 = Source("Ombudsman NZ case notes citing s9(2)(ba)(i) and (ii)",
                "https://www.ombudsman.parliament.nz/resources?op=or&search=&filter-start-date=&filter-end-date=&f%"
                "5B0%5D=issue_date%3A1981&f%5B1%5D=issue_date%3A2003&f%5B2%5D=issue_date%3A2012&page=1")
_OIA_8 = Source("LGOIMA 1987 s7 (mirror of legislation.govt.nz text)",
                "https://plainlanguagelaw.ackama.com/acts/DLM122241/DLM122287.html")
_OIA_9 = Source("NZ Law Commission R125 ch 3: s9(2)(f)(i)-(iv) text",
                "http://r125.publications.lawcom.govt.nz/chapter+3%3A+protecting+good+government/chapter+3%3A+the+i"
                "ssues")
_OIA_10 = Source("NZ Law Commission R40 ch 6: s9(2)(f) and (g) text",
                 "http://www.nzlii.org/nz/other/nzlc/report/R40/R40-6.html")
_OIA_11 = Source("Ministry of Health release notice quoting ss9(2)(b)(ii), (f)(iv), (g)(i), (h), (j)",
                 "https://www.health.govt.nz/about-ministry/information-releases/general-information-releases/new-z"
                 "ealand-health-and-disability-system-priority-areas")
_OIA_12 = Source("No Right Turn (quoting OIA s9(2)(k))", "http://norightturn.blogspot.com/2014/10/improper.html")
_OIA_13 = Source("Official Information Act 1982 s18 Refusal of requests (mirror of legislation.govt.nz)",
                 "https://plainlanguagelaw.ackama.com/acts/DLM64784/DLM65600.html")
OIA: RawRegime = (
    "OIA1982", "Official Information Act 1982", _OIA,
    Source("LGOIMA 1987 s16 Deletion of information from documents (compare note: 1982 No 156 s 17), "
           "legislation.govt.nz",
           "http://www.legislation.govt.nz/act/public/1987/0174/latest/DLM123004.html",
           "s17"),
    "",
    (
        ("s6(a)", "Security or defence of New Zealand or international relations", CONCLUSIVE, _OIA_1, True, ""),
        ("s6(b)(i)", "Entrusting of information by the Government of another country", CONCLUSIVE, _OIA_1, True, ""),
        ("s6(b)(ii)", "Entrusting of information by an international organisation", CONCLUSIVE, _OIA_1, True, ""),
        ("s6(c)", "Maintenance of the law", CONCLUSIVE, _OIA_1, True, ""),
        ("s6(d)", "Safety of any person", CONCLUSIVE, _OIA_1, True, ""),
        ("s6(e)", "Serious damage to the economy by premature disclosure of economic or financial policy decisions",
         CONCLUSIVE, _OIA_2, True, ""),
        ("s6(e)(i)", "Economy: exchange rates", CONCLUSIVE, _OIA_1, True, ""),
        ("s6(e)(ii)", "Economy: regulation of banking or credit",
         CONCLUSIVE, _OIA_2, False, "Subject matter listed in s6 summary; paragraph order not confirmed."),
        ("s6(e)(iii)", "Economy: taxation", CONCLUSIVE, _OIA_2, False, _ORDER_UNCONFIRMED),
        ("s6(e)(iv)", "Economy: control of prices and wages",
         CONCLUSIVE, _OIA_3, False, "s6(e)(iv) cited by Ombudsman; its subject not confirmed."),
        ("s6(e)(v)", "Economy: borrowing of money by the Government", CONCLUSIVE, _OIA_2, False, _ORDER_UNCONFIRMED),
        ("s6(e)(vi)", "Economy: overseas trade agreements", CONCLUSIVE, _OIA_2, False, _ORDER_UNCONFIRMED),
        ("s7", "Special reasons: Cook Islands, Tokelau, Niue, Ross Dependency",
         CONCLUSIVE, _OIA_2, True, "Title from the legislation heading; paragraphs (a)-(c) not confirmed."),
        ("s9(2)(a)", "Privacy of natural persons", PUBLIC_INTEREST_TEST, _OIA_4, True, ""),
        ("s9(2)(b)(i)", "Trade secret", PUBLIC_INTEREST_TEST, _OIA_5, True, ""),
        ("s9(2)(b)(ii)", "Commercial position of the person who supplied or is the subject of the information",
         PUBLIC_INTEREST_TEST, _OIA_5, True, ""),
        ("s9(2)(ba)(i)", "Confidence: prejudice to the supply of similar information",
         PUBLIC_INTEREST_TEST, _OIA_6, True, ""),
        ("s9(2)(ba)(ii)", "Confidence: otherwise damage the public interest", PUBLIC_INTEREST_TEST, _OIA_7, True, ""),
        ("s9(2)(c)", "Health or safety of members of the public",
         PUBLIC_INTEREST_TEST, _OIA_8, False, "Wording confirmed only for the LGOIMA s7(2)(d) parallel."),
        ("s9(2)(d)", "Substantial economic interests of New Zealand",
         PUBLIC_INTEREST_TEST, _OIA_3, False, "Paragraph cited by Ombudsman; title not confirmed from a stored "
                                              "excerpt."),
        ("s9(2)(e)", "Measures preventing or mitigating material loss to members of the public",
         PUBLIC_INTEREST_TEST, _OIA_8, False, "Parallel LGOIMA s7(2)(e); not confirmed for OIA."),
        ("s9(2)(f)(i)", "Constitutional conventions: confidentiality of communications with the Sovereign or her "
                       "representative",
         PUBLIC_INTEREST_TEST, _OIA_9, True, ""),
        ("s9(2)(f)(ii)", "Constitutional conventions: collective and individual ministerial responsibility",
         PUBLIC_INTEREST_TEST, _OIA_9, True, ""),
        ("s9(2)(f)(iii)", "Constitutional conventions: political neutrality of officials",
         PUBLIC_INTEREST_TEST, _OIA_9, True, ""),
        ("s9(2)(f)(iv)", "Constitutional conventions: confidentiality of advice tendered by Ministers and officials",
         PUBLIC_INTEREST_TEST, _OIA_9, True, ""),
        ("s9(2)(g)(i)", "Free and frank expression of opinions", PUBLIC_INTEREST_TEST, _OIA_10, True, ""),
        ("s9(2)(g)(ii)", "Protection from improper pressure or harassment", PUBLIC_INTEREST_TEST, _OIA_10, True, ""),
        ("s9(2)(h)", "Legal professional privilege", PUBLIC_INTEREST_TEST, _OIA_11, True, ""),
        ("s9(2)(i)", "Commercial activities (of the agency holding the information)",
         PUBLIC_INTEREST_TEST, _OIA_5, True, ""),
        ("s9(2)(j)", "Negotiations (including commercial and industrial negotiations)",
         PUBLIC_INTEREST_TEST, _OIA_11, True, ""),
        ("s9(2)(k)", "Improper gain or improper advantage",
         PUBLIC_INTEREST_TEST, _OIA_12, True, "Number also confirmed by R40 App F (Ombudsman Practice Guidelines "
                                              "No 3)."),
        ("s18(c)(i)", "Contrary to a specified enactment",
         REFUSAL_REASON, _OIA_13, True, "A reason to refuse a request, not a s6/s7/s9 withholding ground; s17 "
                                        "deletion requires 'good reason for withholding'. Accept only if the "
                                        "project wants s18 reasons for redaction."),
        ("s18(c)(ii)", "Contempt of court or of the House of Representatives",
         REFUSAL_REASON, _OIA_13, True, "See s18(c)(i)."),
    ),
)

# -- Local Government Official Information and Meetings Act 1987 (LGOIMA1987) --

_LGOIMA = Source("LGOIMA 1987 Part 1 ss6-7 (legislation.govt.nz)",
                 "https://www.legislation.govt.nz/act/public/1987/0174/latest/whole.html")
_LGOIMA_1 = Source("LGOIMA 1987 s6 as amended by the LGOIMA Amendment Act 2023 (mirror of legislation.govt.nz)",
                   "https://plainlanguagelaw.ackama.com/acts/DLM122241/DLM122286.html")
_LGOIMA_2 = Source("LGOIMA 1987 s7 (mirror of legislation.govt.nz text)",
                   "https://plainlanguagelaw.ackama.com/acts/DLM122241/DLM122287.html")
_LGOIMA_3 = Source("Waikato Regional Council: LGOIMA s7(2)(ba) text",
                   "http://www.waikatoregion.govt.nz/community/your-community/iwi/legislative-obligations-to-maori/"
                   "local-government-official-information-and-meetings-act-1987/")
_LGOIMA_4 = Source("Ombudsman NZ case note 502663: LGOIMA ss7(2)(g) and 7(2)(c)(ii)",
                   "https://www.ombudsman.parliament.nz/resources/request-record-without-prejudice-meeting")
_LGOIMA_5 = Source("Ombudsman NZ guide: Free and frank opinions, s9(2)(g)(i) OIA = s7(2)(f)(i) LGOIMA",
                   "https://vdocument.in/free-and-frank-opinions-office-of-the-ombudsman-guide-free-and-frank-opini"
                   "ons.html")
_LGOIMA_6 = Source("Ombudsman NZ case note: Portage Licensing Trust, LGOIMA s7(2)(f)(ii)",
                   "https://www.ombudsman.parliament.nz/resources/unreasonable-advice-about-decision-exclude-public"
                   "-licensing-trust")
_LGOIMA_7 = Source("Ombudsman NZ guide: Commercial information, ss9(2)(b) and 9(2)(i) OIA / ss7(2)(b) and 7(2)(h) "
                   "LGOIMA",
                   "https://vdocuments.mx/ommercial-information-commercial-information-august-2019-page-1-ommercial"
                   "-information.html")
_LGOIMA_8 = Source("NZ Law Commission R40 App F: Ombudsman Practice Guidelines No 3 on OIA ss9(2)(b), (ba), (i), "
                   "(j), (k) and LGOIMA ss7(2)(b), (c), (h), (i), (j)",
                   "http://www.nzlii.org/nz/other/nzlc/report/R40/R40-APPENDIX-6.html")
LGOIMA: RawRegime = (
    "LGOIMA1987", "Local Government Official Information and Meetings Act 1987", _LGOIMA,
    Source("LGOIMA 1987 s16 Deletion of information from documents (compare note: 1982 No 156 s 17), "
           "legislation.govt.nz",
           "http://www.legislation.govt.nz/act/public/1987/0174/latest/DLM123004.html",
           "s16"),
    "",
    (
        ("s6(a)", "Security or defence of New Zealand or international relations",
         CONCLUSIVE, _LGOIMA_1, True, "Inserted 2023 (LGOIMA Amendment Act 2023)."),
        ("s6(b)(i)", "Entrusting of information by the Government of another country",
         CONCLUSIVE, _LGOIMA_1, True, "Inserted 2023."),
        ("s6(b)(ii)", "Entrusting of information by an international organisation",
         CONCLUSIVE, _LGOIMA_1, True, "Inserted 2023."),
        ("s6(c)", "Maintenance of the law",
         CONCLUSIVE, _LGOIMA_1, True, "Was s6(a) before the 2023 amendment (SLGBILL)."),
        ("s6(d)", "Safety of any person", CONCLUSIVE, _LGOIMA_1, True, "Was s6(b) before the 2023 amendment."),
        ("s7(2)(a)", "Privacy of natural persons", PUBLIC_INTEREST_TEST, _LGOIMA_2, True, ""),
        ("s7(2)(b)(i)", "Trade secret", PUBLIC_INTEREST_TEST, _LGOIMA_2, True, ""),
        ("s7(2)(b)(ii)", "Commercial position of the person who supplied or is the subject of the information",
         PUBLIC_INTEREST_TEST, _LGOIMA_2, True, ""),
        ("s7(2)(ba)", "Resource Management Act applications: serious offence to tikanga Maori or location of waahi "
                     "tapu",
         PUBLIC_INTEREST_TEST, _LGOIMA_3, True, ""),
        ("s7(2)(c)(i)", "Confidence: prejudice to the supply of similar information",
         PUBLIC_INTEREST_TEST, _LGOIMA_2, True, ""),
        ("s7(2)(c)(ii)", "Confidence: otherwise damage the public interest",
         PUBLIC_INTEREST_TEST, _LGOIMA_4, True, ""),
        ("s7(2)(d)", "Health or safety of members of the public", PUBLIC_INTEREST_TEST, _LGOIMA_2, True, ""),
        ("s7(2)(e)", "Measures preventing or mitigating material loss to members of the public",
         PUBLIC_INTEREST_TEST, _LGOIMA_2, False, "Stored excerpt truncated at 'avoid prejudice to measures t...'."),
        ("s7(2)(f)(i)", "Free and frank expression of opinions", PUBLIC_INTEREST_TEST, _LGOIMA_5, True, ""),
        ("s7(2)(f)(ii)", "Protection from improper pressure or harassment",
         PUBLIC_INTEREST_TEST, _LGOIMA_6, True, ""),
        ("s7(2)(g)", "Legal professional privilege", PUBLIC_INTEREST_TEST, _LGOIMA_4, True, ""),
        ("s7(2)(h)", "Commercial activities (of the local authority)", PUBLIC_INTEREST_TEST, _LGOIMA_7, True, ""),
        ("s7(2)(i)", "Negotiations (including commercial and industrial negotiations)",
         PUBLIC_INTEREST_TEST, _LGOIMA_8, True, "Confirmed as the LGOIMA counterpart of OIA s9(2)(j) by the R40 "
                                                "App F mapping."),
        ("s7(2)(j)", "Improper gain or improper advantage",
         PUBLIC_INTEREST_TEST, _LGOIMA_8, True, "Counterpart of OIA s9(2)(k) per R40 App F mapping."),
    ),
)

REGIMES: tuple[RawRegime, ...] = (OIA, LGOIMA,)
"""The regimes of this module, in the order of `FoiRegime`."""
