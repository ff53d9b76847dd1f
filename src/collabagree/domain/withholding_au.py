"""Withholding grounds of the Australian FOI regimes: data for `domain/withholding.py`.

One tuple per regime: (code, Act, source, partial-release provision, note, grounds), each
ground (canonical form, title, kind, source, confirmed, note). From the project's research on
FOI grounds: a ground is confirmed where its number and title were seen in a stored excerpt of
the cited source; otherwise the note says where it comes from.
"""

from __future__ import annotations

from collabagree.domain.sources import Source
from collabagree.domain.withholding_uk import RawRegime

# Kinds, as the regimes classify their grounds.
EXEMPT = "exempt"
CONDITIONALLY_EXEMPT = "conditionally exempt"
EXEMPT_PUBLIC_INTEREST = "exempt (public interest element)"
CONCLUSIVE_PRESUMPTION = "conclusive presumption"
AGAINST_DISCLOSURE = "public interest consideration against disclosure"
EXEMPT_INFORMATION = "exempt information"
CONTRARY_TO_PUBLIC_INTEREST = "contrary to public interest"
EXEMPT_MATTER = "exempt matter"
RESTRICTED_DOCUMENT = "restricted document"
EXEMPT_DOCUMENT = "exempt document"
ABSOLUTE = "absolute"
PUBLIC_INTEREST_TEST = "public interest test"
GENERIC = "generic"
TAKEN_CONTRARY = "taken to be contrary to the public interest"
EXEMPT_DIVISION_3 = "exempt if not in the public interest (Division 3)"
UNKNOWN_KIND = ""

# Notes shared by several grounds.
_PARAGRAPH_UNCONFIRMED = "Paragraph number not confirmed."
_PARAPHRASED = ("Clause titles paraphrase the Schedule (summary source); verify wording against "
                "legislation.nsw.gov.au.")
_HEADING = "Category heading; prefer citing the lettered item where there is one."
_FROM_MEMORY = "Wording from researcher's knowledge of the Table; not confirmed from a stored source."
_NUMBER_UNCONFIRMED = "Category confirmed; number not confirmed."
_NOT_CONFIRMED = "Not confirmed."
_SCH4_NUMBERING = "Schedule 4 item numbering not confirmed."
_BY_LIST_ORDER = "Category confirmed (Law Handbook list); clause number inferred from list order, not confirmed."
_BY_SEQUENCE = ("Category confirmed (Ombudsman / State Growth lists, in Act order); section number inferred from "
                "the ss25-42 sequence, not confirmed.")


# -- Freedom of Information Act 1982 (Cth) (FOI1982_CTH) -----------------------

_CTH = Source("FOI Act 1982 (Cth) Part IV Exempt documents, Divisions 2 and 3 (Federal Register of Legislation)",
              "https://www.legislation.gov.au/C2004A02562/latest/text")
_CTH_1 = Source("Law Handbook 2024 ch 12.3 (NT Legal Aid/FLS): FOI Act (Cth) Part IV exempt and conditionally "
                "exempt documents; s22 edited copies",
                "https://fls.org.au/app/uploads/LHB_2024_Flipbook/1129")
_CTH_2 = Source("FOI Act 1982 (Cth) s34 Cabinet documents (ATO legal database)",
                "https://www.ato.gov.au/law/view/document?LocID=%22PAC%2F19820003%2F34(2)%22")
_CTH_3 = Source("FOI Amendment (Parliamentary Budget Office) Act 2012, inserting s45A",
                "https://www.ato.gov.au/law/view/document?docid=PAC/20120177/Sch1-Cl3")
_CTH_4 = Source("OAIC FOI Guidelines Part 6 - Conditional exemptions (v1.3): list of ss47B-47J",
                "https://www.oaic.gov.au./freedom-of-information/foi-guidelines/part-6-conditional-exemptions/")
_CTH_5 = Source("FOI Act 1982 (Cth) s47H Public interest conditional exemptions - research (ATO legal database)",
                "https://ato.gov.au/law/view/document?DocID=PAC%2F19820003%2F47H&PiT=99991231235958")
_CTH_6 = Source("FOI Act 1982 (Cth) s47J Public interest conditional exemptions - the economy (AustLII)",
                "http://www.austlii.edu.au/au/legis/cth/consol_act/foia1982222/s47j.html")
CTH: RawRegime = (
    "FOI1982_CTH", "Freedom of Information Act 1982 (Cth)", _CTH,
    Source("FOI Act 1982 (Cth) s22 (AustLII consolidated)",
           "http://www.austlii.edu.au/au/legis/cth/consol_act/foia1982222/s22.html",
           "s22"),
    "",
    (
        ("s33", "Documents affecting national security, defence or international relations",
         EXEMPT, _CTH_1, True, ""),
        ("s34", "Cabinet documents", EXEMPT, _CTH_2, True, ""),
        ("s37", "Documents affecting enforcement of law and protection of public safety", EXEMPT, _CTH_1, True, ""),
        ("s38", "Documents to which secrecy provisions of enactments apply", EXEMPT, _CTH_1, True, ""),
        ("s42", "Documents subject to legal professional privilege", EXEMPT, _CTH_1, True, ""),
        ("s45", "Documents containing material obtained in confidence", EXEMPT, _CTH_1, True, ""),
        ("s45A", "Parliamentary Budget Office documents", EXEMPT, _CTH_3, True, ""),
        ("s46", "Documents disclosure of which would be contempt of Parliament or contempt of court",
         EXEMPT, _CTH_1, True, ""),
        ("s47", "Documents disclosing trade secrets or commercially valuable information", EXEMPT, _CTH_1, True, ""),
        ("s47A", "Electoral rolls and related documents",
         EXEMPT, _CTH_1, False, "Category listed (after s47) in the Law Handbook without a section number; s47A "
                                "not confirmed from a stored source."),
        ("s47B", "Commonwealth-State relations etc.", CONDITIONALLY_EXEMPT, _CTH_4, True, ""),
        ("s47C", "Deliberative processes", CONDITIONALLY_EXEMPT, _CTH_4, True, ""),
        ("s47D", "Financial or property interests of the Commonwealth", CONDITIONALLY_EXEMPT, _CTH_4, True, ""),
        ("s47E", "Certain operations of agencies", CONDITIONALLY_EXEMPT, _CTH_4, True, ""),
        ("s47F", "Personal privacy", CONDITIONALLY_EXEMPT, _CTH_4, True, ""),
        ("s47G", "Business (other than documents to which s47 applies)", CONDITIONALLY_EXEMPT, _CTH_4, True, ""),
        ("s47H", "Research", CONDITIONALLY_EXEMPT, _CTH_5, True, ""),
        ("s47J", "The economy", CONDITIONALLY_EXEMPT, _CTH_6, True, ""),
    ),
)

# -- Freedom of Information Act 1982 (Vic) (FOI1982_VIC) -----------------------

_VIC = Source("FOI Act 1982 (Vic) Part IV Exempt documents (AustLII table of provisions)",
              "https://www5.austlii.edu.au/au/legis/vic/consol_act/foia1982222/")
_VIC_1 = Source("OVIC FOI Guidelines: Section 28 - Cabinet documents",
                "https://ovic.vic.gov.au/freedom-of-information/foi-guidelines/section-28")
_VIC_2 = Source("OVIC consultation on draft FOI Guidelines (s29 Documents containing matter communicated by any "
                "other State)",
                "https://ovic.vic.gov.au/freedom-of-information/resources-for-agencies/consultation-on-draft-foi-gu"
                "idelines/")
_VIC_3 = Source("FOI Act 1982 (Vic) table of provisions, Part IV (authorised version 071, 2012)",
                "https://ja.scribd.com/document/131978540/82-9859aa071-Authorised-Foiact")
_VIC_4 = Source("OVIC FOI Guidelines: Section 30 - Internal working documents",
                "https://ovic.vic.gov.au/freedom-of-information/foi-guidelines/section-30")
_VIC_5 = Source("OVIC FOI Guidelines: Section 31 - Law enforcement documents",
                "https://ovic.vic.gov.au/freedom-of-information/foi-guidelines/section-31")
_VIC_6 = Source("OVIC FOI Guidelines: Section 31A - Documents relating to IBAC",
                "https://ovic.vic.gov.au/freedom-of-information/foi-guidelines/section-31a")
_VIC_7 = Source("OVIC decision DY3 [2022] VICmr 12 (ss28(1)(b), (ba), (d), 32(1))",
                "https://ovic.vic.gov.au/decision/dy3-and-department-of-premier-and-cabinet-freedom-of-information-"
                "2022-vicmr-12-25-february-2022/")
_VIC_8 = Source("OVIC FOI Guidelines: Section 33 - Document affecting personal privacy",
                "https://ovic.vic.gov.au/freedom-of-information/foi-guidelines/section-33")
_VIC_9 = Source("OVIC FOI Guidelines: Section 34 - Documents relating to trade secrets etc.",
                "https://ovic.vic.gov.au/?p=41576")
_VIC_10 = Source("OVIC decision DZ4 [2022] VICmr 22 (s34(1)(b))",
                 "https://ovic.vic.gov.au/decision/dz4-and-department-of-treasury-and-finance-freedom-of-informatio"
                 "n-2022-vicmr-22-2-may-2022")
_VIC_11 = Source("FOI Act 1982 (Vic) s35 (AustLII)",
                 "http://www.austlii.edu.au/au/legis/vic/consol_act/foia1982222/s35.html")
_VIC_12 = Source("FOI Act 1982 (Vic) s36 Disclosure contrary to public interest (AustLII)",
                 "http://www.austlii.edu.au/au/legis/vic/consol_act/foia1982222/s36.html")
_VIC_13 = Source("OVIC FOI Guidelines: Section 38 - Documents to which secrecy provisions of enactments apply",
                 "https://ovic.vic.gov.au/freedom-of-information/foi-guidelines/section-38")
VIC: RawRegime = (
    "FOI1982_VIC", "Freedom of Information Act 1982 (Vic)", _VIC,
    Source("OVIC FOI Guidelines: Section 25 - Deletion of exempt matter or irrelevant material",
           "https://ovic.vic.gov.au/freedom-of-information/foi-guidelines/section-25",
           "s25"),
    "",
    (
        ("s28", "Cabinet documents", EXEMPT, _VIC_1, True, ""),
        ("s28(1)(a)", "Official record of Cabinet deliberation or decision", EXEMPT, _VIC_1, True, ""),
        ("s28(1)(b)", "Prepared for submission to Cabinet", EXEMPT, _VIC_1, True, ""),
        ("s28(1)(ba)", "Prepared to brief a Minister on issues to be considered by Cabinet",
         EXEMPT, _VIC_1, True, ""),
        ("s28(1)(c)", "Copy, draft or extract of a Cabinet document", EXEMPT, _VIC_1, True, ""),
        ("s28(1)(d)", "Would disclose a Cabinet deliberation or decision", EXEMPT, _VIC_1, True, ""),
        ("s29", "Documents containing matter communicated by any other State",
         EXEMPT_PUBLIC_INTEREST, _VIC_2, True, ""),
        ("s29A", "Documents affecting national security, defence or international relations",
         EXEMPT, _VIC_3, True, ""),
        ("s30", "Internal working documents", EXEMPT_PUBLIC_INTEREST, _VIC_4, True, ""),
        ("s30(1)", "Internal working documents (opinion, advice, recommendation, consultation or deliberation; "
                  "contrary to the public interest)",
         EXEMPT_PUBLIC_INTEREST, _VIC_4, True, ""),
        ("s31", "Law enforcement documents", EXEMPT, _VIC_5, True, ""),
        ("s31(1)", "Law enforcement documents", EXEMPT, _VIC_5, True, ""),
        ("s31(3)", "Documents created by Victoria Police ICSC or the ACIC", EXEMPT, _VIC_5, True, ""),
        ("s31(4)", "Register of Sex Offenders", EXEMPT, _VIC_5, True, ""),
        ("s31A", "Documents relating to IBAC", EXEMPT, _VIC_6, True, ""),
        ("s31A(1)(a)", "Prejudice an IBAC investigation", EXEMPT, _VIC_6, True, ""),
        ("s31A(1)(b)", "Identity of a person who provided information to IBAC", EXEMPT, _VIC_6, True, ""),
        ("s31A(1)(c)", "Methods or procedures for dealing with protected disclosures, complaints or notifications",
         EXEMPT, _VIC_6, True, ""),
        ("s31A(1)(d)", "Endanger life or physical safety", EXEMPT, _VIC_6, True, ""),
        ("s32", "Documents affecting legal proceedings", EXEMPT, _VIC_3, True, ""),
        ("s32(1)", "Legal professional privilege",
         EXEMPT, _VIC_7, True, "Title from OVIC decisions (legal advice); heading of s32 is 'Documents affecting "
                               "legal proceedings'."),
        ("s33", "Document affecting personal privacy",
         EXEMPT, _VIC_8, True, "Older versions of the Act and some guidance say 'personal affairs'."),
        ("s33(1)", "Personal affairs information (unreasonable disclosure)", EXEMPT, _VIC_8, True, ""),
        ("s34", "Documents relating to trade secrets etc.", EXEMPT, _VIC_9, True, ""),
        ("s34(1)(a)", "Trade secrets of an undertaking",
         EXEMPT, _VIC_9, False, "Exemption listed by OVIC; paragraph number not shown in the stored excerpt."),
        ("s34(1)(b)", "Business, commercial or financial information of an undertaking (unreasonable disadvantage)",
         EXEMPT, _VIC_10, True, ""),
        ("s34(4)(a)(i)", "Trade secrets of an agency",
         EXEMPT, _VIC_9, False, "Exemption listed by OVIC; paragraph number not confirmed."),
        ("s34(4)(a)(ii)", "Business, commercial or financial information of an agency engaged in trade or commerce",
         EXEMPT, _VIC_9, False, _PARAGRAPH_UNCONFIRMED),
        ("s34(4)(b)", "Results of scientific or technical research of an agency",
         EXEMPT, _VIC_9, False, _PARAGRAPH_UNCONFIRMED),
        ("s34(4)(c)", "Examination papers and similar documents", EXEMPT, _VIC_9, False, _PARAGRAPH_UNCONFIRMED),
        ("s35", "Documents containing material obtained in confidence", EXEMPT_PUBLIC_INTEREST, _VIC_11, True, ""),
        ("s35(1)(a)", "Confidential information that would be exempt if generated by an agency",
         EXEMPT, _VIC_11, True, ""),
        ("s35(1)(b)", "Confidential information: disclosure contrary to the public interest (impair future supply)",
         EXEMPT_PUBLIC_INTEREST, _VIC_11, True, ""),
        ("s36", "Disclosure contrary to public interest", EXEMPT_PUBLIC_INTEREST, _VIC_12, True, ""),
        ("s36(1)(a)", "Substantial adverse effect on the economy of Victoria",
         EXEMPT_PUBLIC_INTEREST, _VIC_12, True, ""),
        ("s36(1)(b)", "Instructions on negotiation procedures or criteria",
         EXEMPT_PUBLIC_INTEREST, _VIC_12, True, ""),
        ("s36(2)(a)", "Council documents: substantial adverse effect on the economy of the municipal district",
         EXEMPT_PUBLIC_INTEREST, _VIC_12, True, ""),
        ("s36(2)(b)", "Council documents: instructions on negotiation procedures or criteria",
         EXEMPT_PUBLIC_INTEREST, _VIC_12, False,
         "Described by OVIC; text of (2)(b) truncated in the stored excerpt."),
        ("s38", "Documents to which secrecy provisions of enactments apply", EXEMPT, _VIC_13, True, ""),
    ),
)

# -- Government Information (Public Access) Act 2009 (NSW) (GIPA2009_NSW) ------

_NSW = Source("GIPA Act 2009 (NSW) s14 and Schedule 1 (NSW legislation)",
              "https://legislation.nsw.gov.au/view/html/inforce/current/act-2009-052")
_NSW_1 = Source("GIPA Act 2009 Schedule 1 (NSW legislation, archived 2017 version): cl 1 Overriding secrecy laws",
                "https://www.legislation.nsw.gov.au/~/view/act/2009/52/sch1")
_NSW_2 = Source("Summary of GIPA Schedule 1: twelve categories of conclusive presumption",
                "https://merch.boredofstudies.org/goto/post?id=5238774")
_NSW_3 = Source("Gee v Department of Education and Communities [2014] NSWCATAD 7 (Sch 1 cl 5 Legal professional "
                "privilege)",
                "https://zoelaw.ai/cases/gee-v-department-of-education-and-communities-2014-nswcatad-7")
_NSW_4 = Source("NSW Police: GIPA considerations (Sch 1 cl 1, cl 5, cl 7; s14 Table items 2, 3, 4)",
                "https://www.police.nsw.gov.au/online_services/requesting_information/open_access_information_not_r"
                "eleased_gipa_act")
_NSW_5 = Source("Cancer Institute NSW: GIPA s14 Table categories (seven headings) and Schedule 1",
                "https://www.cancer.nsw.gov.au/what-we-do/our-organisation/right-to-information/information-not-mad"
                "e-publicly-available")
_NSW_6 = Source("IPC NSW Information Sheets master list (Consideration 1(a) - prejudice collective Ministerial "
                "responsibility)",
                "https://pdfslide.us/documents/information-sheets.html")
_NSW_7 = Source("BAL Lawyers: GIPA s14 Table item 1(d) (supply of confidential information) and 1(f)",
                "https://ballawyers.com.au/essential-guide/gipa-applications-in-focus-prejudice/")
_NSW_8 = Source("Owen v Commissioner of Police [2020] NSWCATAD 296 (clause 1(e))",
                "https://zoelaw.ai/cases/owen-v-commissioner-of-police-2020-nswcatad-296")
_NSW_9 = Source("BAL Lawyers: GIPA s14 Table item 3(a) - reveal an individual's personal information",
                "https://ballawyers.com.au/essential-guide/essential-guide-to-considering-the-disclosure-of-persona"
                "l-information-in-determining-gipa-applications/")
_NSW_10 = Source("GIPA Act 2009 (NSW) s14 Public interest considerations against disclosure (incl. s14(4): clause "
                 "3(a) or (b) are privacy-related)",
                 "https://zoelaw.ai/legislation/government-information-public-access-act-2009/sections/14")
NSW: RawRegime = (
    "GIPA2009_NSW", "Government Information (Public Access) Act 2009 (NSW)", _NSW,
    Source("GIPA Act 2009 s74 (AustLII)",
           "http://www5.austlii.edu.au/au/legis/nsw/consol_act/giaa2009368/s74.html",
           "s74"),
    "Of the lettered s14 Table items only 1(a), 1(d), 1(e) and 3(a) are confirmed.",
    (
        ("Sch 1 cl 1", "Overriding secrecy laws", CONCLUSIVE_PRESUMPTION, _NSW_1, True, ""),
        ("Sch 1 cl 2", "Cabinet information", CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 3", "Executive Council information", CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 4", "Contempt (court/tribunal orders, parliamentary privilege)",
         CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 5", "Legal professional privilege", CONCLUSIVE_PRESUMPTION, _NSW_3, True, ""),
        ("Sch 1 cl 6", "Excluded information", CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 7", "Documents affecting law enforcement and public safety",
         CONCLUSIVE_PRESUMPTION, _NSW_4, True, _PARAPHRASED),
        ("Sch 1 cl 8", "Transport safety", CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 9", "Adoption", CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 10", "Care and protection of children", CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 11", "Ministerial code of conduct (register of interests)",
         CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("Sch 1 cl 12", "Aboriginal and environmental heritage", CONCLUSIVE_PRESUMPTION, _NSW_2, True, _PARAPHRASED),
        ("s14 Table item 1", "Responsible and effective government", AGAINST_DISCLOSURE, _NSW_5, True, _HEADING),
        ("s14 Table item 1(a)", "Prejudice collective Ministerial responsibility",
         AGAINST_DISCLOSURE, _NSW_6, True, ""),
        ("s14 Table item 1(b)", "Prejudice Ministerial responsibility to Parliament",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 1(c)", "Prejudice relations with, or obtaining confidential information from, another "
                               "government",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 1(d)", "Prejudice the supply to an agency of confidential information",
         AGAINST_DISCLOSURE, _NSW_7, True, ""),
        ("s14 Table item 1(e)", "Reveal a deliberation, consultation, opinion, advice or recommendation so as to "
                               "prejudice a deliberative process",
         AGAINST_DISCLOSURE, _NSW_8, True, ""),
        ("s14 Table item 1(f)", "Prejudice the effective exercise by an agency of its functions",
         AGAINST_DISCLOSURE, _NSW_7, False, "Item 1(f) cited by BAL Lawyers; wording not confirmed."),
        ("s14 Table item 1(g)", "Found an action for breach of confidence / disclose information provided in "
                               "confidence",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 1(h)", "Prejudice an audit, test, investigation or review",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 2", "Law enforcement and security", AGAINST_DISCLOSURE, _NSW_5, True, _HEADING),
        ("s14 Table item 2(a)", "Prejudice prevention, detection or investigation of a contravention of the law",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 2(b)", "Prejudice the enforcement of the law / reveal a confidential source",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 2(c)", "Prejudice operations for preventing, detecting or investigating contraventions",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 2(d)", "Endanger, or prejudice systems for protecting, the life, health or safety of any "
                               "person",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 2(e)", "Endanger the security of any building, structure or vehicle",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 2(f)", "Prejudice the supervision of, or facilitate the escape of, persons in lawful custody",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 2(g)", "Prejudice the security, discipline or good order of a correctional facility",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 3", "Individual rights, judicial processes and natural justice",
         AGAINST_DISCLOSURE, _NSW_5, True, _HEADING),
        ("s14 Table item 3(a)", "Reveal an individual's personal information", AGAINST_DISCLOSURE, _NSW_9, True, ""),
        ("s14 Table item 3(b)", "Contravene an information protection principle or health privacy principle",
         AGAINST_DISCLOSURE, _NSW_10, False, "s14(4) confirms clause 3(b) is privacy-related; exact wording not "
                                             "confirmed."),
        ("s14 Table item 3(c)", "Prejudice court proceedings", AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 3(d)", "Prejudice a fair trial, impartial adjudication or procedural fairness",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 3(e)", "Reveal false or unsubstantiated defamatory allegations",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 3(f)", "Expose a person to a risk of harm or serious harassment or intimidation",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 3(g)", "Personal information about a child not in the child's best interests",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 4", "Business interests of agencies and other persons",
         AGAINST_DISCLOSURE, _NSW_5, True, _HEADING),
        ("s14 Table item 4(a)", "Undermine competitive neutrality / place an agency at a competitive advantage or "
                               "disadvantage",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 4(b)", "Reveal commercial-in-confidence provisions of a government contract",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 4(c)", "Diminish the competitive commercial value of information",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 4(d)", "Prejudice legitimate business, commercial, professional or financial interests",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 4(e)", "Prejudice research", AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 5", "Environment, culture, economy and general matters",
         AGAINST_DISCLOSURE, _NSW_5, True, _HEADING),
        ("s14 Table item 5(a)", "Endanger, or prejudice systems for protecting, the environment",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 5(b)", "Prejudice conservation of places or objects of natural, cultural or heritage value",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 5(c)", "Damage, or prejudice the management of, the economy",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 5(d)", "Unfair advantage or disadvantage from premature disclosure of proposed government "
                               "action",
         AGAINST_DISCLOSURE, _NSW_5, False, _FROM_MEMORY),
        ("s14 Table item 6", "Secrecy provisions", AGAINST_DISCLOSURE, _NSW_5, True, ""),
        ("s14 Table item 7", "Exempt documents under interstate Freedom of Information legislation",
         AGAINST_DISCLOSURE, _NSW_5, True, ""),
    ),
)

# -- Right to Information Act 2009 (Qld) (RTI2009_QLD) -------------------------

_QLD = Source("RTI Act 2009 (Qld) s47(3), Schedule 3 and Schedule 4 (Queensland legislation)",
              "https://www.legislation.qld.gov.au/view/html/inforce/current/act-2009-013")
_QLD_1 = Source("Madden and Noosa Shire Council [2014] QICmr 36 (sch3 ss8, 10(1)(b), 10(1)(d); s47(3)(a), (b))",
                "https://www.oic.qld.gov.au/decisions/madden-and-noosa-shire-council-third-party-2014-qicmr-36-26-a"
                "ugust-2014?SQ_DESIGN_NAME=print")
_QLD_2 = Source("RTI Act 2009 (Qld) Schedule 3 Exempt information (AustLII)",
                "http://www.austlii.edu.au/au/legis/qld/consol_act/rtia2009234/sch3.html")
_QLD_3 = Source("Qld Executive Council Handbook 6.17 (Schedule 3 s3 Executive Council information)",
                "https://www.premiers.qld.gov.au/publications/categories/policies-and-codes/handbooks/exec-council-"
                "handbook/procedures/freedom.aspx")
_QLD_4 = Source("OIC Qld guideline: Exempt information - Overview (list of Schedule 3 categories; deletion of "
                "exempt information where practicable)",
                "https://www.oic.qld.gov.au/guidelines/for-government/access-and-amendment/decision-making/exempt-i"
                "nformation-provisions/exempt-information-overview?SQ_DESIGN_NAME=print")
_QLD_5 = Source("OIC Qld annotated legislation: Schedule 3 (ss2, 6, 7, 8, 10, 12)",
                "https://www.oic.qld.gov.au/annotated-legislation/rti/schedule-3")
_QLD_6 = Source("RTI Act 2009 (Qld) overview (s47(3) grounds, s49 and sch4)",
                "https://zoelaw.ai/legislation/right-to-information-act-2009")
QLD: RawRegime = (
    "RTI2009_QLD", "Right to Information Act 2009 (Qld)", _QLD,
    None,
    "Partial release: OIC: an agency must give access to a copy with exempt information deleted where practicable. "
    "s73 confirmed for irrelevant information. Source: RTI Act 2009 (Qld) s73 Deletion of irrelevant information, "
    "https://zoelaw.ai/legislation/right-to-information-act-2009/sections/sec.73. (Not confirmed.) Schedule 4 "
    "items and several Schedule 3 numbers are unconfirmed.",
    (
        ("s47(3)(a)", "Exempt information (Schedule 3)",
         EXEMPT_INFORMATION, _QLD_1, True, "Generic ground; prefer the specific Schedule 3 section."),
        ("s47(3)(b)", "Contrary to public interest information (s49, Schedule 4)",
         CONTRARY_TO_PUBLIC_INTEREST, _QLD_1, True, ""),
        ("Sch 3 s1", "Cabinet matter brought into existence before commencement",
         EXEMPT_INFORMATION, _QLD_2, True, ""),
        ("Sch 3 s2", "Cabinet information brought into existence on or after commencement",
         EXEMPT_INFORMATION, _QLD_2, True, ""),
        ("Sch 3 s3", "Executive Council information", EXEMPT_INFORMATION, _QLD_3, True, ""),
        ("Sch 3 s4", "Information briefing incoming Minister",
         EXEMPT_INFORMATION, _QLD_4, False, "Category confirmed; section number inferred from list order."),
        ("Sch 3 s4A", "Brisbane City Council Establishment and Coordination Committee information",
         EXEMPT_INFORMATION, _QLD_4, False, _NUMBER_UNCONFIRMED),
        ("Sch 3 s4B", "Budgetary information for local governments",
         EXEMPT_INFORMATION, _QLD_4, False, _NUMBER_UNCONFIRMED),
        ("Sch 3 s4C", "Information revealing particular Sovereign communications",
         EXEMPT_INFORMATION, _QLD_4, False, _NUMBER_UNCONFIRMED),
        ("Sch 3 s6", "Information disclosure of which would be contempt of court or Parliament",
         EXEMPT_INFORMATION, _QLD_5, True, ""),
        ("Sch 3 s7", "Information subject to legal professional privilege", EXEMPT_INFORMATION, _QLD_5, True, ""),
        ("Sch 3 s8", "Information disclosure of which would found action for breach of confidence",
         EXEMPT_INFORMATION, _QLD_5, True, ""),
        ("Sch 3 s9", "National or State security information", EXEMPT_INFORMATION, _QLD_4, False, _NOT_CONFIRMED),
        ("Sch 3 s10", "Law enforcement or public safety information", EXEMPT_INFORMATION, _QLD_5, True, ""),
        ("Sch 3 s10(1)(b)", "Identity of a confidential source of information", EXEMPT_INFORMATION, _QLD_1, True, ""),
        ("Sch 3 s10(1)(d)", "Serious act of harassment or intimidation", EXEMPT_INFORMATION, _QLD_1, True, ""),
        ("Sch 3 s11", "Information relating to investment incentive scheme",
         EXEMPT_INFORMATION, _QLD_4, False, _NOT_CONFIRMED),
        ("Sch 3 s12", "Information disclosure of which prohibited by Act", EXEMPT_INFORMATION, _QLD_5, True, ""),
        ("Sch 4 Pt 4 s6", "Personal information (public interest harm)",
         CONTRARY_TO_PUBLIC_INTEREST, _QLD_6, False, _SCH4_NUMBERING),
        ("Sch 4 Pt 4 s7", "Business affairs (trade secrets, commercial value, "
                         "business/professional/commercial/financial affairs)",
         CONTRARY_TO_PUBLIC_INTEREST, _QLD_6, False, _SCH4_NUMBERING),
        ("Sch 4 Pt 3 item 3", "Prejudice the protection of an individual's right to privacy",
         CONTRARY_TO_PUBLIC_INTEREST, _QLD_6, False, _SCH4_NUMBERING),
    ),
)

# -- Freedom of Information Act 1992 (WA) (FOI1992_WA) -------------------------

_WA = Source("FOI Act 1992 (WA) Schedule 1 Exempt matter (AustLII)",
             "http://www5.austlii.edu.au/au/legis/wa/consol_act/foia1992222/sch1.html")
_WA_1 = Source("FOI Act 1992 (WA) Schedule 1 Exempt matter (AustLII): cl 1",
               "http://www5.austlii.edu.au/au/legis/wa/consol_act/foia1992222/sch1.html")
_WA_2 = Source("OIC WA: The exemptions (fifteen kinds in Schedule 1; clause 3 personal information; clause 4 "
               "business and commercial information, three exemptions)",
               "https://www.oic.wa.gov.au/en-au/FA004")
_WA_3 = Source("Re X and Department of Local Government [2010] WAICmr 23 (cl 3(1), 7(1))",
               "https://studylib.net/doc/8318049/file-ref--f2010061-decision-ref--d0232010-decision-and")
_WA_4 = Source("Re Houston and Ministry of the Premier and Cabinet [1994] WAICmr (cl 3, 4(3), 5(1)(a),(b),(d), 6, 8)",
               "https://docslib.org/doc/10317534/31-october-1994")
_WA_5 = Source("OIC WA FOI Guide No. 2: Confidential communications (clause 8(2))",
               "http://www.foi.wa.gov.au./FOIGuides/HTML/Clause8/Clause8_1.html")
_WA_6 = Source("OIC WA FOI Coordinators Manual v2.7 (Clause 13: Adoption or artificial conception)",
               "https://pdfslide.net/documents/foi-coordinators-manual-oicwagovau-coordinators-licence-you-are-free"
               ".html")
WA: RawRegime = (
    "FOI1992_WA", "Freedom of Information Act 1992 (WA)", _WA,
    Source("FOI Act 1992 (WA) s30 (refers to access to an edited copy under s24) (AustLII)",
           "http://www.austlii.edu.au/au/legis/wa/consol%5fact/foia1992222/s30.html",
           "s24"),
    "",
    (
        ("Sch 1 cl 1", "Cabinet and Executive Council", EXEMPT_MATTER, _WA_1, True, ""),
        ("Sch 1 cl 2", "Inter-governmental relations", EXEMPT_MATTER, _WA_2, False, _NOT_CONFIRMED),
        ("Sch 1 cl 3", "Personal information",
         EXEMPT_MATTER, _WA_2, True, "Limits include cl 3(6): not exempt if disclosure would on balance be in the "
                                     "public interest."),
        ("Sch 1 cl 3(1)", "Personal information", EXEMPT_MATTER, _WA_3, True, ""),
        ("Sch 1 cl 4", "Commercial or business information", EXEMPT_MATTER, _WA_2, True, ""),
        ("Sch 1 cl 4(1)", "Trade secrets",
         EXEMPT_MATTER, _WA_2, False, "OIC says clause 4 has three exemptions; subclause numbers not confirmed "
                                      "except 4(3)."),
        ("Sch 1 cl 4(2)", "Information of commercial value", EXEMPT_MATTER, _WA_2, False, _NOT_CONFIRMED),
        ("Sch 1 cl 4(3)", "Business, professional, commercial or financial affairs", EXEMPT_MATTER, _WA_4, True, ""),
        ("Sch 1 cl 5", "Law enforcement, public safety and property security", EXEMPT_MATTER, _WA_4, True, ""),
        ("Sch 1 cl 5(1)(a)", "Law enforcement, public safety and property security (cl 5(1)(a))",
         EXEMPT_MATTER, _WA_4, True, "Paragraph cited; its wording not shown."),
        ("Sch 1 cl 5(1)(b)", "Law enforcement, public safety and property security (cl 5(1)(b))",
         EXEMPT_MATTER, _WA_4, True, "Paragraph cited; its wording not shown."),
        ("Sch 1 cl 6", "Deliberative processes", EXEMPT_MATTER, _WA_4, True, ""),
        ("Sch 1 cl 7", "Legal professional privilege", EXEMPT_MATTER, _WA_3, True, ""),
        ("Sch 1 cl 7(1)", "Legal professional privilege", EXEMPT_MATTER, _WA_3, True, ""),
        ("Sch 1 cl 8", "Confidential communications", EXEMPT_MATTER, _WA_4, True, ""),
        ("Sch 1 cl 8(1)", "Breach of confidence", EXEMPT_MATTER, _WA_5, False, _NOT_CONFIRMED),
        ("Sch 1 cl 8(2)", "Confidential communications (prejudice to future supply)", EXEMPT_MATTER, _WA_5, True, ""),
        ("Sch 1 cl 9", "State's economy", EXEMPT_MATTER, _WA_2, False, _NOT_CONFIRMED),
        ("Sch 1 cl 10", "State's financial or property affairs", EXEMPT_MATTER, _WA_2, False, _NOT_CONFIRMED),
        ("Sch 1 cl 11", "Effective operation of agencies", EXEMPT_MATTER, _WA_2, False, _NOT_CONFIRMED),
        ("Sch 1 cl 12", "Contempt of Parliament or court", EXEMPT_MATTER, _WA_2, False, _NOT_CONFIRMED),
        ("Sch 1 cl 13", "Adoption or artificial conception", EXEMPT_MATTER, _WA_6, True, ""),
        ("Sch 1 cl 14", "Information protected by certain statutory provisions",
         EXEMPT_MATTER, _WA_2, False, _NOT_CONFIRMED),
        ("Sch 1 cl 15", "Title not confirmed",
         EXEMPT_MATTER, _WA_2, False, "OIC WA says there are fifteen kinds of exemption; clause 15 not identified."),
    ),
)

# -- Freedom of Information Act 1991 (SA) (FOI1991_SA) -------------------------

_SA = Source("FOI Act 1991 (SA) Schedule 1 Exempt documents (AustLII)",
             "http://www.austlii.edu.au/au/legis/sa/consol_act/foia1991222/sch1.html")
_SA_1 = Source("FOI Act 1991 (SA) Schedule 1 Exempt documents, Part 1 Restricted documents (cl 1 Cabinet, cl 2 "
               "Executive Council)",
               "http://liiofindia.org:443/au/legis/sa/consol_act/foia1991222/sch1.html")
_SA_2 = Source("Law Handbook SA: Exempt records - documents and agencies (Schedule 1 categories)",
               "https://lawhandbook.sa.gov.au/ch34s03s01s02.php")
_SA_3 = Source("FOI Act 1991 (SA) s27 Documents affecting business affairs (refers to clause 7 of Schedule 1) "
               "(AustLII)",
               "http://www.austlii.edu.au/au/legis/sa/consol_act/foia1991222/s27.html")
SA: RawRegime = (
    "FOI1991_SA", "Freedom of Information Act 1991 (SA)", _SA,
    Source("FOI Act 1991 (SA) s20 Refusal of access (s20(4) edited copy) (AustLII)",
           "http://www.austlii.edu.au/au/legis/sa/consol_act/foia1991222/s20.html",
           "s20(4)"),
    "Only cl 1, cl 2 and cl 7 are confirmed; the other clause numbers follow the Law Handbook's list order and "
    "must be verified before relying on them.",
    (
        ("Sch 1 cl 1", "Cabinet documents", RESTRICTED_DOCUMENT, _SA_1, True, ""),
        ("Sch 1 cl 2", "Executive Council documents", RESTRICTED_DOCUMENT, _SA_1, True, ""),
        ("Sch 1 cl 4", "Documents affecting law enforcement and public safety",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 5", "Documents affecting inter-governmental or local governmental relations",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 6", "Documents affecting personal affairs", EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 7", "Documents affecting business affairs", EXEMPT_DOCUMENT, _SA_3, True, ""),
        ("Sch 1 cl 7(1)(a)", "Trade secrets",
         EXEMPT_DOCUMENT, _SA_3, False, "s27(1)(a)-(c) mirror these; subclause numbering of cl 7 not confirmed."),
        ("Sch 1 cl 7(1)(b)", "Information having commercial value", EXEMPT_DOCUMENT, _SA_3, False, _NOT_CONFIRMED),
        ("Sch 1 cl 7(1)(c)", "Business, professional, commercial or financial affairs",
         EXEMPT_DOCUMENT, _SA_3, False, _NOT_CONFIRMED),
        ("Sch 1 cl 8", "Documents affecting the conduct of research", EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 9", "Internal working documents", EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 10", "Documents subject to legal professional privilege",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 11", "Documents concerning judicial functions", EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 12", "Documents subject to secrecy provisions", EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 13", "Documents containing confidential material", EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 14", "Documents affecting the economy of the State",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 15", "Documents affecting financial or property interests of the State",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 16", "Documents concerning operations of agencies", EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 17", "Documents subject to contempt of Parliament or court",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 18", "Documents arising out of companies and securities legislation",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
        ("Sch 1 cl 19", "Private documents in public library or archival collections",
         EXEMPT_DOCUMENT, _SA_2, False, _BY_LIST_ORDER),
    ),
)

# -- Right to Information Act 2009 (Tas) (RTI2009_TAS) -------------------------

_TAS = Source("RTI Act 2009 (Tas) Part 3 Exempt information, ss25-42 (Tasmanian legislation)",
              "https://www.legislation.tas.gov.au/view/html/inforce/current/act-2009-070")
_TAS_1 = Source("Ombudsman Tasmania: What is an exemption? (Part 3, ss25-42, 17 grounds; Division 1 absolute, "
                "Division 2 public interest test)",
                "https://www.ombudsman.tas.gov.au/right-to-information/rti/what-is-an-exemption")
_TAS_2 = Source("Ombudsman Tasmania 2017 decisions (s37 competitive disadvantage; s31 legal professional "
                "privilege; ss27, 35, 36)",
                "https://www.ombudsman.tas.gov.au/right-to-information/reasons-for-decisions/decisions-2016-current"
                "/2017-decisions2")
_TAS_3 = Source("Dept of State Growth (Tas): Exempt information list (public interest test marked)",
                "https://stategrowth.tas.gov.au/about/right_to_information/how_to_make_an_rti_application/exempted_"
                "information")
_TAS_4 = Source("Ombudsman Tasmania reasons for decision 2016-2018 (s30(1) not subject to s33 public interest test)",
                "http://www.ombudsman.tas.gov.au/right_to_information/resons-for-decision")
_TAS_5 = Source("Ombudsman Tasmania decisions by section: s35 Internal deliberative information (also ss30, 36)",
                "https://www.ombudsman.tas.gov.au/right-to-information/reasons-for-decisions/reasons-for-decisions-"
                "folder-2016-current/section-35-internal-deliberative-information")
_TAS_6 = Source("Ombudsman Tasmania decisions by section: s36 Personal information",
                "https://www.ombudsman.tas.gov.au/right-to-information/reasons-for-decisions/reasons-for-decisions-"
                "folder-2016-current/section-36-personal-information")
_TAS_7 = Source("Ombudsman Tasmania decisions by section: s39 Information obtained in confidence (s39(1)(b); s33 "
                "public interest test)",
                "https://www.ombudsman.tas.gov.au/right-to-information/reasons-for-decisions/reasons-for-decisions-"
                "folder-2016-current/section-39-information-obtained-in-confidence")
TAS: RawRegime = (
    "RTI2009_TAS", "Right to Information Act 2009 (Tas)", _TAS,
    None,
    "Partial release: Not confirmed. (The repealed FOI Act 1991 (Tas) s19(2)-(3) provided for copies with exempt "
    "information deleted.) Source: FOI Act 1991 (Tas) s19 (repealed Act, AustLII), "
    "http://www.austlii.edu.au/au/legis/tas/consol_act/foia1991222/s19.html. (Not confirmed.) The categories are "
    "confirmed; the numbers of ss25-29, 32, 34, 38 and 40-42 are inferred from the order of the grounds.",
    (
        ("s25", "Executive Council information", ABSOLUTE, _TAS_1, False, _BY_SEQUENCE),
        ("s26", "Cabinet information", ABSOLUTE, _TAS_1, False, _BY_SEQUENCE),
        ("s27", "Internal briefing information of a Minister",
         ABSOLUTE, _TAS_2, False, "s27 cited in Ombudsman decisions on ministerial briefings; title not shown with "
                                  "the number."),
        ("s28", "Information not relating to official business", ABSOLUTE, _TAS_3, False, _BY_SEQUENCE),
        ("s29", "Information affecting national or State security, defence or international relations",
         ABSOLUTE, _TAS_1, False, _BY_SEQUENCE),
        ("s30", "Information relating to the enforcement of the law", ABSOLUTE, _TAS_4, True, ""),
        ("s31", "Legal professional privilege", ABSOLUTE, _TAS_2, True, ""),
        ("s32", "Information related to closed meetings of council", ABSOLUTE, _TAS_3, False, _BY_SEQUENCE),
        ("s34", "Information communicated by other jurisdictions", PUBLIC_INTEREST_TEST, _TAS_3, False, _BY_SEQUENCE),
        ("s35", "Internal deliberative information", PUBLIC_INTEREST_TEST, _TAS_5, True, ""),
        ("s36", "Personal information of person", PUBLIC_INTEREST_TEST, _TAS_6, True, ""),
        ("s37", "Information relating to business affairs of third party", PUBLIC_INTEREST_TEST, _TAS_2, True, ""),
        ("s38", "Information relating to business affairs of public authority",
         PUBLIC_INTEREST_TEST, _TAS_1, False, _BY_SEQUENCE),
        ("s39", "Information obtained in confidence", PUBLIC_INTEREST_TEST, _TAS_7, True, ""),
        ("s39(1)(b)", "Information obtained in confidence (impair future supply)",
         PUBLIC_INTEREST_TEST, _TAS_7, True, ""),
        ("s40", "Information on procedures and criteria used in certain negotiations of public authority",
         PUBLIC_INTEREST_TEST, _TAS_3, False, _BY_SEQUENCE),
        ("s41", "Information likely to affect State economy", PUBLIC_INTEREST_TEST, _TAS_3, False, _BY_SEQUENCE),
        ("s42", "Information likely to affect cultural, heritage and natural resources of the State",
         PUBLIC_INTEREST_TEST, _TAS_1, False, _BY_SEQUENCE),
    ),
)

# -- Freedom of Information Act 2016 (ACT) (FOI2016_ACT) -----------------------

_ACT = Source("FOI Act 2016 (ACT) ss16-17, Schedules 1 and 2 (ACT legislation register)",
              "https://www.legislation.act.gov.au/a/2016-55/")
_ACT_1 = Source("FOI Act 2016 (ACT) s24 (refers to s16 contrary to the public interest information and s17 test)",
                "http://138.25.65.29:8080/au/legis/act/num_act/foia201655o2016268/s24.html")
_ACT_2 = Source("FOI Act 2016 (ACT) Schedule 1 Information disclosure of which is taken to be contrary to the "
                "public interest (AustLII)",
                "http://classic.austlii.edu.au/au/legis/act/consol_act/foia2016222/sch1.html")
_ACT_3 = Source("FOI Act 2016 (ACT) Schedule 2 Factors to be considered when deciding the public interest (AustLII)",
                "http://classic.austlii.edu.au/au/legis/act/consol_act/foia2016222/sch2.html")
ACT: RawRegime = (
    "FOI2016_ACT", "Freedom of Information Act 2016 (ACT)", _ACT,
    None,
    "Partial release: Not confirmed for the 2016 Act. Only the repealed FOI Act 1989 (ACT) s21 'Deletion of exempt "
    "matter' was confirmed. Source: FOI Act 1989 (ACT) s21 Deletion of exempt matter (repealed Act, AustLII), "
    "http://www.austlii.edu.au/au/legis/act/consol_act/foia1989222/s21.html. (Not confirmed.) Incomplete: Schedule "
    "1 ss1.1-1.2 confirmed; the rest of Schedules 1 and 2 were not researched.",
    (
        ("s16", "Contrary to the public interest information",
         GENERIC, _ACT_1, True, "Generic ground; prefer the Schedule 1 section or Schedule 2 factor."),
        ("Sch 1 s1.1", "Information disclosure of which would be contempt of court or Legislative Assembly etc",
         TAKEN_CONTRARY, _ACT_2, True, ""),
        ("Sch 1 s1.1A", "Information in possession of a court or tribunal", TAKEN_CONTRARY, _ACT_2, True, ""),
        ("Sch 1 s1.1B", "Information in possession of the integrity commission or its inspector",
         TAKEN_CONTRARY, _ACT_2, True, ""),
        ("Sch 1 s1.2", "Information subject to legal professional privilege", TAKEN_CONTRARY, _ACT_2, True, ""),
        ("Sch 1 s1.3", "Information disclosure of which is prohibited under a law (secrecy provisions)",
         TAKEN_CONTRARY, _ACT_2, False, _FROM_MEMORY),
        ("Sch 1 s1.6", "Cabinet information", TAKEN_CONTRARY, _ACT_2, False, _FROM_MEMORY),
        ("Sch 1 s1.14", "Law enforcement or public safety information", TAKEN_CONTRARY, _ACT_2, False, _FROM_MEMORY),
        ("s17", "Disclosure would, on balance, be contrary to the public interest (public interest test)",
         PUBLIC_INTEREST_TEST, _ACT_1, True, "Generic; cite the Schedule 2 s2.2 factor where possible."),
        ("Sch 2 s2.2(a)(ii)", "Prejudice the protection of an individual's right to privacy",
         PUBLIC_INTEREST_TEST, _ACT_3, False, _FROM_MEMORY),
        ("Sch 2 s2.2(a)(xi)", "Prejudice trade secrets, business affairs or research of an agency or person",
         PUBLIC_INTEREST_TEST, _ACT_3, False, _FROM_MEMORY),
    ),
)

# -- Information Act 2002 (NT) (IA2002_NT) -------------------------------------

_NT = Source("Information Act 2002 (NT) Part 4 Exemptions (NT legislation)",
             "https://legislation.nt.gov.au/en/Legislation/INFORMATION-ACT-2002")
_NT_1 = Source("Information Act (NT) s60 Issuing exemption certificate (refers to ss45(1)(a), 46(1), 56)",
               "http://www.austlii.edu.au/au/legis/nt/consol_act/ia144/s60.html")
_NT_2 = Source("NT Information Commissioner annual report 2011-12 (s48: disclosure would be an offence)",
               "https://territorystories.nt.gov.au/10070/603229/0/33")
_NT_3 = Source("Information Act 2002 (NT) s52 Deliberative processes (AustLII)",
               "http://www.austlii.edu.au/au/legis/nt/consol_act/ia144/s52.html")
NT: RawRegime = (
    "IA2002_NT", "Information Act 2002 (NT)", _NT,
    Source("Information Act 2002 (NT) s22 Providing edited copies of information",
           "https://zoelaw.ai/legislation/information-act-2002/sections/22",
           "s22"),
    "Incomplete: only ss48 and 52 are confirmed; the rest of Part 4 Divisions 2-3 was not found.",
    (
        ("s45", "Title not confirmed (exemption-certificate provision, believed Cabinet information)",
         EXEMPT, _NT_1, False, "s45(1)(a) is certifiable under s60; title not confirmed."),
        ("s46", "Title not confirmed (exemption-certificate provision, believed Executive Council information)",
         EXEMPT, _NT_1, False, "s46(1) is certifiable under s60; title not confirmed."),
        ("s48", "Disclosure would be an offence (secrecy provisions)",
         EXEMPT, _NT_2, True, "Title paraphrased from the NT Information Commissioner's description."),
        ("s52", "Deliberative processes", EXEMPT_DIVISION_3, _NT_3, True, ""),
        ("s56", "Title not confirmed (exemption-certificate provision)",
         UNKNOWN_KIND, _NT_1, False, "s56 is certifiable under s60; title and Division not confirmed."),
    ),
)

REGIMES: tuple[RawRegime, ...] = (CTH, VIC, NSW, QLD, WA, SA, TAS, ACT, NT,)
"""The regimes of this module, in the order of `FoiRegime`."""
