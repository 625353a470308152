"""Automatic checks of what is written in health advice and the health sections of EHC plans.

Pure Python (no Django). ``run_checks(sections, kind=...)`` returns every ``Finding`` with
exact offsets into its section's text; ``CHECKS`` describes each check and why it matters,
from "What good health advice and good health sections look like" in the domain notes.
"""

from .acronyms import acronym
from .authorship import advice_no_author
from .base import CheckInfo, Finding
from .drugs import drug_name
from .golden_thread import golden_thread
from .outcomes import outcome_not_smart
from .provision import no_duration, no_frequency, no_provider
from .wording import glossary_terms, jargon, unspecified_provision

__all__ = ["CHECKS", "CheckInfo", "Finding", "run_checks"]

_SPECIFIED = (
    "Provision must be specific and quantified: who provides it, what, how often, for how "
    "long, and the qualification of who delivers it."
)
CHECKS: dict[str, CheckInfo] = {
    info.key: info
    for info in (
        CheckInfo(
            "unspecified_provision",
            "Provision that is not specified",
            _SPECIFIED + " 'Access to', 'regular', 'as required', 'opportunities for' and "
            "'support as needed' are not specified provision: tribunals and case law say so.",
            "unspecified-provision",
        ),
        CheckInfo(
            "no_frequency",
            "Provision without how often",
            _SPECIFIED + " Say how often: 'weekly', 'twice a day', 'at every meal'.",
            "no-frequency",
        ),
        CheckInfo(
            "no_duration",
            "Provision without how long",
            _SPECIFIED + " Say how long each session is and for how long it goes on.",
            "no-duration",
        ),
        CheckInfo(
            "no_provider",
            "Provision without who delivers it",
            _SPECIFIED + " Name the role and its qualification or training, for example "
            "'an HCPC-registered speech and language therapist'.",
            "no-provider",
        ),
        CheckInfo(
            "golden_thread",
            "Broken golden thread",
            "Every health need in Section C has provision in Section G and an outcome in "
            "Section E (the 'golden thread'); provision in G meets a need described in C.",
            "golden-thread",
        ),
        CheckInfo(
            "outcome_not_smart",
            "Outcome that is not SMART",
            "Outcomes are SMART (specific, measurable, achievable, relevant, time-bound) and "
            "written from the child's or young person's view.",
            "smart-outcomes",
        ),
        CheckInfo(
            "acronym",
            "Unexplained acronym",
            "Advice is written for families: plain English, acronyms explained.",
            "acronyms",
        ),
        CheckInfo(
            "jargon",
            "Clinical jargon",
            "Advice is written for families in plain English: a clinical word needs a plain "
            "one instead, or an explanation.",
            "jargon",
        ),
        CheckInfo(
            "drug_name",
            "Drug name",
            "No drug names or clinical detail that does not bear on the SEN.",
            "drug-names",
        ),
        CheckInfo(
            "advice_no_author",
            "Advice without author, role or date",
            "Advice comes from a regulated professional, is dated and names its author.",
            "advice-author",
        ),
    )
}

# Which section plays which part: needs, outcomes, provision (and the advice's signature).
ROLES = {
    "plan": {"needs": "C", "outcomes": "E", "provision": "G"},
    "advice": {"needs": "needs", "outcomes": "outcomes", "provision": "provision"},
}


def thread_links(sections: dict[str, str], *, kind: str = "plan", lexicon=None) -> list:
    """Every link the golden thread made in ``sections``, each explained (``Link.sentence``)."""
    from .golden_thread import thread_links as links

    roles = ROLES[kind]
    part = {role: (key, sections[key]) for role, key in roles.items() if key in sections}
    return links(part.get("needs"), part.get("outcomes"), part.get("provision"), lexicon=lexicon)


def run_checks(sections: dict[str, str], *, kind: str = "plan", lexicon=None) -> list[Finding]:
    """Every check on ``sections``, sorted by section then position.

    ``kind="plan"``: sections "C" (health needs), "E" (outcomes, may be absent), "G" (health
    provision); other sections are ignored. ``kind="advice"``: "needs", "outcomes",
    "provision", "author" (name, role, date; empty if none); any other key (for example
    "advice" for undivided text) gets the wording checks only (and ``advice_no_author`` only on
    an "author" line it is given). ``lexicon`` (a
    ``lexicon.Lexicon``, by default ``lexicon.DEFAULT``) is what the golden thread links by.
    """
    if kind not in ROLES:
        raise ValueError(f"kind must be 'plan' or 'advice', not {kind!r}")
    roles = ROLES[kind]
    part = {role: (key, sections[key]) for role, key in roles.items() if key in sections}
    if kind == "plan":
        wording = [part[r] for r in ("needs", "outcomes", "provision") if r in part]
    else:
        wording = [part[r] for r in ("needs", "outcomes", "provision") if r in part] + [
            (key, text)
            for key, text in sections.items()
            if key not in roles.values() and key != "author"
        ]
    # f15m: the author's line is read for acronyms too ("Epilepsy CNS"): a family reads the
    # signature to know who wrote the advice. Regulators and qualifications stay allowed.
    signature = (
        [("author", sections["author"])] if kind == "advice" and sections.get("author") else []
    )
    found = list(acronym(wording + signature))
    explained: set[str] = set()  # a clinical word explained once is explained after
    for _key, text in wording:  # f15r: a glossary line explains its words everywhere
        explained |= glossary_terms(text)
    for key, text in wording:
        found += jargon(key, text, explained) + drug_name(key, text)
    if "provision" in part:
        key, text = part["provision"]
        for check in (unspecified_provision, no_frequency, no_duration, no_provider):
            found += check(key, text)
    if "outcomes" in part:
        found += outcome_not_smart(*part["outcomes"])
    found += golden_thread(
        part.get("needs"), part.get("outcomes"), part.get("provision"), lexicon=lexicon
    )
    undivided = any(key not in roles.values() and key != "author" for key in sections)
    if kind == "advice" and not (undivided and not part and "author" not in sections):
        # Undivided advice (only keys such as "advice") gets the wording checks only: with no
        # author line given and no divided sections, there is nothing to say the author is
        # missing from. An author line given is checked; divided advice without one is not.
        found += advice_no_author("author", sections.get("author", ""))
    return sorted(found, key=lambda f: (f.section, f.start, f.end, f.check))
