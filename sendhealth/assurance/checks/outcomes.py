"""Outcomes should be SMART: specific, measurable, achievable, relevant and time-bound.

The check looks for the two parts a reader can test: a time ("by the end of Year 6",
"within 6 months") and something observable ("will say", "3 out of 4 times",
"independently"). A lead-in such as "By July 2027:" gives its time to the bullets after it.
"""

import re

from .base import Finding, finding
from .text import Span, is_label, sentences

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
TIME_BOUND = re.compile(
    r"\b(?:by\s+(?:the\s+)?(?:end\s+of|time|next|start\s+of|age|summer|spring|autumn|"
    r"christmas|easter|" + MONTHS + r"|year\s+\d+|key\s+stage|\d{4}|\d{1,2}\s+" + MONTHS + r"|"
    r"(?:his|her|their|my)\s+(?:next|\w+\s+birthday|annual|transition|move)|when\s+(?:he|she|"
    r"they|I)\s+(?:leaves?|moves?|starts?|transfers?))|"
    r"within\s+(?:the\s+next\s+)?\w+\s+(?:weeks?|months?|terms?|years?)|"
    r"in\s+(?:the\s+next\s+)?\w+\s+(?:weeks?|months?)\b|"
    r"(?:before|at)\s+(?:the\s+)?(?:end\s+of|next\s+annual\s+review|annual\s+review)|"
    r"(?:before|when)\s+(?:he|she|they|I)\s+(?:leaves?|moves?|starts?|transfers?)|"
    # A dated lead-in: "Outcomes for the end of Key Stage 2 (July 2028):".
    r"" + MONTHS + r"\s+\d{4}|end\s+of\s+(?:year\s+\d+|key\s+stage\s+\d|reception|nursery|"
    r"the\s+(?:school\s+|academic\s+)?year|(?:the\s+)?(?:autumn|spring|summer)\s+term))",
    re.IGNORECASE,
)
MEASURE = re.compile(
    r"\b(?:\d+\s*(?:%|per\s*cent|out\s+of|times|words?|metres?|minutes?|steps|nights?|"
    r"sentences|days|weeks)|(?:one|two|three|four|five|six|ten|twenty|fifty)\s+"
    r"(?:out\s+of|times|words?|metres?|minutes?|steps|nights?|sentences|days)|"
    r"independently|on\s+(?:his|her|their|my)\s+own|without\s+(?:adult\s+|any\s+)?"
    r"(?:help|support|prompts?|prompting|reminders?)|with\s+(?:no\s+more\s+than\s+)?"
    r"(?:one|two|\d+|a\s+single)\s+(?:verbal\s+)?(?:prompts?|reminders?)|at\s+least|"
    r"every\s+(?:day|time|morning|lesson|meal|night)|most\s+days|all\s+(?:of\s+)?(?:the\s+)?"
    r"(?:school\s+)?day)\b",
    re.IGNORECASE,
)
ACTION = re.compile(
    r"\b(?:will|I'll|can|to)\s+(?:be\s+able\s+to\s+|independently\s+)?"
    r"(?:say|use|ask|answer|name|walk|run|climb|dress|undress|eat|drink|feed|take|tell|"
    r"follow|complete|write|read|join|attend|sleep|recognise|identify|request|choose|sit|"
    r"stay|move|transfer|swim|ride|catch|throw|hold|put|make|count|manage|self-administer|"
    r"communicate|show|let|go|get|travel|cut|fasten|cope|stand|chew|swallow|wear|speak|"
    r"express|greet|play|wash|brush|carry|check|give|do|book|phone|call|arrange|order|pay|"
    r"explain|describe|list|point|sign|type|open|close|find|bring|learn\s+to)\b",
    re.IGNORECASE,
)
VAGUE_VERB = re.compile(
    r"\bwill\s+(?:continue\s+to\s+|be\s+)?(?:understand|know|improve|develop|be\s+supported|"
    r"supported|have\s+access|feel|be\s+happy|happy|be\s+confident|confident|make\s+progress|"
    r"benefit|engage|enjoy|be\s+aware|aware|work\s+on|work\s+towards|be\s+helped|helped|"
    r"reach\s+(?:his|her|their)\s+potential)\b",
    re.IGNORECASE,
)


def outcome_not_smart(section: str, text: str) -> list[Finding]:
    found = []
    lead_in_time = False
    for span in sentences(text):
        if is_label(span):
            lead_in_time = bool(TIME_BOUND.search(span.text)) or (
                lead_in_time and not span.text.endswith(":")
            )
            continue
        problems = _problems(span, lead_in_time)
        if problems:
            found.append(
                finding(
                    "outcome_not_smart",
                    section,
                    text,
                    span.start,
                    span.end,
                    f"This outcome {' and '.join(problems)}. A good outcome says what the child "
                    "or young person will be able to do, how you will know, and by when (for "
                    "example 'By the end of Year 4, I will ask for help with one prompt').",
                )
            )
    return found


def _problems(span: Span, lead_in_time: bool) -> list[str]:
    problems = []
    if not (lead_in_time or TIME_BOUND.search(span.text)):
        problems.append("has no time by which it is achieved")
    measurable = MEASURE.search(span.text) or (
        ACTION.search(span.text) and not VAGUE_VERB.search(span.text)
    )
    if not measurable:
        problems.append("is not measurable (nothing a person could see or count)")
    return problems
