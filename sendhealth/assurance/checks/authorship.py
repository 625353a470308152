"""Advice names its author, their profession or registration, and its date.

Advice "comes from a regulated professional, is dated, names its author" (domain.md, "What
good health advice and good health sections look like").
"""

import re

from .base import Finding, finding

ROLE = re.compile(
    r"\b(?:HCPC|NMC|GMC|registration|registered|therapist|physiotherapist|nurse|paediatrician|"
    r"psychologist|psychiatrist|dietitian|dietician|audiologist|orthoptist|consultant|doctor|"
    r"practitioner|health\s+visitor|clinician|specialist|GP|registrar|lead|"
    r"\w+therapist|\w+ologist|scientist|optometrist|orthotist|podiatrist|pharmacist|midwife|"
    # Short forms and specialties a signature gives instead: "Physio", "SALT", "RN",
    # "Community Paediatrics" ("Dr" alone is a title, not a profession).
    r"physio|SALT|SLT|OT|RN|RNLD|RSCN|CNS|ANP|paediatrics|neurology|audiology|physiotherapy|"
    r"occupational\s+therapy|speech\s+and\s+language\s+therapy|dietetics|nursing|psychology|"
    r"psychiatry|orthoptics|CAMHS|"
    # f15f: more roles that sign health advice.
    r"advis[eo]rs?|teachers?\s+of\s+the\s+(?:deaf|visually\s+impaired)|QTO?D|QTVI|surgeon|"
    r"counsellor|optician|matron|sister|MCSP|RCSLT|MRCSLT|MRCPCH|FRCPCH|MBBS|MBChB|"
    # f15k: specialist teachers of a sensory or physical impairment, in any wording
    # ("Qualified Teacher of Children with Vision Impairment", "Advisory Teacher (Physical
    # Disability)", "Specialist Teacher for Hearing Impairment").
    r"(?:qualified|specialist|advisory|peripatetic)\s+teachers?|teachers?\s+(?:of|for)\s+"
    r"(?:children\s+(?:and\s+young\s+people\s+)?(?:with\s+)?)?(?:the\s+)?(?:deaf|hearing|"
    r"vision|visual|visually|multi-?sensory|sensory|physical)\w*)\b",
    re.IGNORECASE,
)
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH
    + r",?\s+\d{4}|"
    + MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|" + MONTH + r"\s+\d{4}|"
    # f15e: a two-digit year ("12 Mar 26", "12-Mar-2026", "March '26").
    r"\d{1,2}(?:st|nd|rd|th)?[\s.-]+"
    + MONTH
    + r"[\s.,-]+'?\d{2}(?:\d{2})?|"
    + MONTH
    + r"\s+'\d{2})\b",
    re.IGNORECASE,
)
TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+[A-Z][a-z'-]+")
_NOT_NAME = (
    "Adolescent Advice And April Audiology August Author Band By Care Child Children Children's "
    "Clinical Community Consultant Date December Designated Dietitian Disabilities Disability "
    "Educational February For Foundation Friday Health Hospital January July June Language Lead "
    "Learning March May Medical Mental Monday NHS Name Neurodevelopmental November Number Nurse "
    "Nursing Occupational October Of Officer Paediatrician Paediatrics Physiotherapist "
    "Physiotherapy Practitioner Psychologist Registered Registration Role School Senior "
    "September Service Services Signed Specialist Speech Team The Therapist Therapy Thursday "
    "Trust Tuesday University Wednesday Written "
    # f15e: the words of services, places and signature labels, so "Epilepsy Nurse Specialist"
    # or "Royal Infirmary" is not read as a person's name.
    "Report Signature Print Position Job Title Designation Qualification Qualifications "
    "Contact Email Tel Telephone Base Address Locality Borough Council County City Royal "
    "General Infirmary Street Road House Centre Center Clinic Department Unit Great Assistant "
    "Associate Principal Head Deputy Manager Coordinator Co-ordinator Worker Advisor Adviser "
    "Teacher Epilepsy Diabetes Continence Respiratory Neurology Audiology Orthoptics Dietetics "
    "Psychology Sensory Hearing Vision Visual Impairment Physical Complex Needs Special SEND "
    "SEN Paediatric Neonatal Sleep Feeding Swallowing Allied Professional Professionals Band "
    "Integrated Neurodisability Developmental Outreach Support Practice Surgery Medicine "
    "Continuing Universal Local Authority Directorate Division Consultant's Clinician "
    "Registrar Doctor Sister Staff Charge Lead Advanced Dr Mr Mrs Ms Miss Prof "
)
NOT_NAME_WORDS = frozenset(_NOT_NAME.split())


MONTH_NAMES = frozenset(["April", "May", "June", "August"])


# The parts of an author line: a line, or what commas, semicolons, bars and spaced dashes
# divide it into ("Community Dietitian, Mill Lane Clinic, 3 March 2026").
PART_BREAK = re.compile(r"\n|[,;|]|\s[-\u2013\u2014]\s|[\u2013\u2014]")
# A part that ends in the head noun of a place or an organisation (f15h) is where the author
# works, not who they are.
_PLACE_HEADS = (
    "Lane Road Street Avenue Way Park Green Close Drive Hill Square Place Court Gardens "
    "Crescent Row Walk Clinic Clinics Hospital Hospitals Centre Center Surgery Practice "
    "School Academy College House Trust Service Services Team Unit Department Hospice "
    "Foundation Partnership Campus Site Ward Board Group Council Infirmary Institute "
    "Programme Network Alliance Federation Collaborative "
)
PLACE_HEADS = frozenset(_PLACE_HEADS.split())


def _place(part: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
    return bool(words) and words[-1] in PLACE_HEADS


# f15r: a signature starts with the author's name, and many surnames are street or landscape
# words ("Laura Green", "Hannah Ward", "Tom Hill"). The first part of the line, two capitalised
# words with no number and no organisation's head noun, is a name.
STREET_HEADS = frozenset(
    [
        "Lane",
        "Road",
        "Street",
        "Avenue",
        "Way",
        "Park",
        "Green",
        "Close",
        "Drive",
        "Hill",
        "Square",
        "Place",
        "Court",
        "Gardens",
        "Crescent",
        "Row",
        "Walk",
        "Ward",
        "House",
    ]
)


def _name_like_street(part: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|\d+", part)
    return (
        len(words) == 2
        and words[1] in STREET_HEADS
        and words[0][0].isupper()
        and not words[0].isupper()
        and words[0] not in NOT_NAME_WORDS
    )


def _has_name(text: str) -> bool:
    """A title and surname, or two capitalised words in a row that are not a job or a month
    (a month before a capitalised word is a first name: "May Lee", "April Johnson")."""
    if TITLED.search(text):
        return True
    for number, line in enumerate(PART_BREAK.split(text)):
        if _place(line) and not (number == 0 and _name_like_street(line)):
            continue  # f15h: "Mill Lane Clinic", "Oakwood CAMHS" name a place, not a person
        run = 0
        tokens = re.findall(r"[A-Za-z][A-Za-z'-]*|\d+", line)
        for i, word in enumerate(tokens):
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            first_name = (
                word in MONTH_NAMES and following[:1].isupper() and following not in NOT_NAME_WORDS
            )
            name = (
                word[0].isupper()
                and not (len(word) > 1 and word.isupper())  # an acronym, not a name
                and (word not in NOT_NAME_WORDS or first_name)
            )
            run = run + 1 if name else 0
            if run >= 2:
                return True
    return False


# f15y: a specialty ("Dietetics", "Community Paediatrics") stands for the author's
# profession when it is written as the role, but a part that starts with a place's own name
# ("Broadmere Community Nutrition and Dietetics", "Oakwood CAMHS") names the department the
# author works in, as a part ending in "Service" or "Clinic" does (f15h), and says nothing
# of the author's own profession.
SPECIALTY = re.compile(
    r"^(?:paediatrics|neurology|audiology|physiotherapy|occupational\s+therapy|"
    r"speech\s+and\s+language\s+therapy|dietetics|nursing|psychology|psychiatry|orthoptics|"
    r"CAMHS)$",
    re.IGNORECASE,
)


def _department(part: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
    return (
        len(words) >= 2
        and words[0][0].isupper()
        and not words[0].isupper()
        and words[0] not in NOT_NAME_WORDS
        and not ROLE.match(words[0])
    ) or _place(part)


def _has_role(text: str) -> bool:
    for part in PART_BREAK.split(text):
        for match in ROLE.finditer(part):
            if not (SPECIALTY.match(match.group()) and _department(part)):
                return True
    return False


def advice_no_author(section: str, text: str) -> list[Finding]:
    missing = []
    if not _has_name(text):
        missing.append("the author's name")
    if not _has_role(text):
        missing.append("their profession and registration")
    if not DATE.search(text):
        missing.append("the date")
    if not missing:
        return []
    lead = len(text) - len(text.lstrip())
    start, end = lead, lead + len(text.strip())
    return [
        finding(
            "advice_no_author",
            section,
            text,
            start,
            end,
            f"The advice does not give {_join(missing)}. Health advice should come from a "
            "regulated professional who signs it with their name, role, registration and "
            "the date.",
        )
    ]


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]
