"""Outcomes should be SMART: specific, measurable, achievable, relevant and time-bound.

The check looks for the two parts a reader can test: a time ("by the end of Year 6",
"within 6 months") and something observable ("will say", "3 out of 4 times",
"independently"). A lead-in such as "By July 2027:" gives its time to the bullets after it.
"""

import re

from .base import Finding, finding
from .provision import OCCASION
from .text import Span, is_label, sentences

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
TIME_BOUND = re.compile(
    r"\b(?:by\s+(?:the\s+)?(?:end\s+of|time|next|start\s+of|age|summer|spring|autumn|"
    # f15v: "by half term" (f15f's separate "by the summer / Easter / half term" folded in),
    # "by 31st July" (the ordinal; f15e's separate "by 31st July" folded in).
    r"christmas|easter|half[- ]term\b|" + MONTHS + r"|year\s+\d+|key\s+stage|\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r"|"
    r"(?:his|her|their|my)\s+(?:next|\w+\s+birthday|annual|transition|move)|when\s+(?:he|she|"
    r"they|I)\s+(?:leaves?|moves?|starts?|transfers?))|"
    r"(?:before|at)\s+(?:the\s+)?(?:end\s+of|next\s+annual\s+review|annual\s+review)|"
    r"(?:before|when)\s+(?:he|she|they|I)\s+(?:leaves?|moves?|starts?|transfers?)|"
    # A dated lead-in: "Outcomes for the end of Key Stage 2 (July 2028):", "(end of KS2)".
    # f15v: one "end of" for f15e's and f15f's two lists.
    r"" + MONTHS + r"\s+\d{4}|end\s+of\s+(?:year\s+\d+|key\s+stage\s+\d|ks\s?\d|reception|"
    r"nursery|primary|secondary|the\s+(?:school\s+|academic\s+)?year|(?:the\s+)?(?:autumn|"
    r"spring|summer)\s+term|term)|"
    # How UK plans say when: "over the next year", "before starting secondary school"
    # ("during Year 6" and "at her next annual review" are TIME_MORE's).
    r"(?:before|by)\s+(?:starting|moving\s+to|transferring\s+to|going\s+to|the\s+move\s+to|"
    r"transition|the\s+transition)|"
    r"by\s+(?:the\s+)?(?:age\s+of\s+)?\d{1,2}\b(?!\s*(?:%|out|times|metres|minutes))|"
    # f15y: "the 2026/27 school year" is SCHOOL_YEAR's (either order, anywhere).
    r"(?:this|the\s+current)\s+(?:school\s+|academic\s+)?year|"
    # f15f: "Next 12 months:".
    r"(?:the\s+)?next\s+(?:\d+|two|three|four|six|twelve|eighteen)\s+(?:weeks|months|terms|"
    r"years)|"
    # f15g: a season, term or holiday with "in", "during" or "by" is a time frame: "In
    # summer 2027, ...", "In the autumn term 2026", "By Easter", "during the spring term".
    r"(?:in|during|by|before|over)\s+(?:the\s+)?(?:(?:autumn|spring|summer|winter)"
    r"(?:\s+(?:term|half[- ]term|holidays?))?(?:\s+(?:of\s+)?\d{4})?|(?:easter|christmas|"
    r"october|february|may)\s+(?:holidays?|half[- ]term|\d{4})|easter|christmas)\b)",
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
    r"(?:school\s+)?day|"
    # A criterion says how it is measured, whatever the verb ("... on every school day, as
    # recorded by school staff"; "fewer than 2 a term"; "from 3 to 1").
    r"as\s+(?:recorded|measured|shown|observed|reported|evidenced|assessed|monitored|noted|"
    r"logged|tracked|seen|checked)\s+(?:by|in|on|through|using)|"
    r"(?:fewer|less|more)\s+than\s+(?:\d+|one|two|three|four|five|ten)|no\s+more\s+than|"
    r"from\s+\d+\s+to\s+\d+|"
    # f15y: a proportion, like a percentage ("in half of what she says", "on three quarters
    # of school days", "in 4 in 5 lessons", "two thirds of the time").
    r"(?:half|(?:a|one|two|three)\s+(?:quarters?|thirds?))\s+of\b|"
    r"(?:\d+|one|two|three|four|five|nine)\s+in\s+(?:\d+|two|three|four|five|ten)\b(?!\s+"
    r"(?:weeks|months|years|terms|days))|"
    # f15g: a record kept of each occurrence is a measure: "with each seizure recorded and
    # shared with her parents", "every fall logged".
    r"(?:each|every|all|any)\s+(?:[\w-]+\s+){1,2}?(?:recorded|logged|tracked|counted|charted|"
    r"measured|noted)\b|\d+\s*(?:sessions|lessons|occasions|hours|seconds|school\s+days|"
    r"mmol|out\s+of)|on\s+\d+\s+of|"
    # A stated measurer (f15h): "measured by the dietitian each term", "checked by her GP".
    r"(?:measured|recorded|checked|monitored|counted|logged|tracked|weighed|assessed|"
    r"confirmed|reported|audited)\s+(?:each\s+\w+\s+)?by\s+(?:the\s+|his\s+|her\s+|their\s+|"
    r"a\s+|an\s+|my\s+)?[\w-]+)(?:\b|(?<=%))",  # f15h: "95%" ends at the sign
    re.IGNORECASE,
)
# A countable criterion with no "measurable verb" (f15h): none of something ("no chest
# infections needing antibiotics"), every occasion ("every piece of homework by its
# deadline", "in every PE lesson"). Not with a vague verb ("will feel happier in all
# lessons" counts nothing).
CRITERION = re.compile(
    r"\b(?:(?:no|zero)\s+(?:more\s+)?(?:[\w-]+\s+){0,3}?[a-z]+s\b|none\s+of\b|"
    r"(?:every|each|all)\s+(?:of\s+)?(?:(?:his|her|their|the|my)\s+)?(?:[\w-]+\s+){0,3}?"
    + OCCASION
    + r")",
    re.IGNORECASE,
)
ACTION = re.compile(
    r"\b(?:will|I'll|can|to)\s+(?:be\s+able\s+to\s+|independently\s+)?"
    r"(?:say|use|ask|answer|name|walk|run|climb|dress|undress|eat|drink|feed|take|tell|"
    r"follow|complete|write|read|join|attend|sleep|recognise|identify|request|choose|sit|"
    r"stay|move|transfer|swim|ride|catch|throw|hold|put|make|count|manage|self-administer|"
    r"communicate|show|let|go|get|travel|cut|fasten|cope|stand|chew|swallow|wear|speak|"
    r"express|greet|play|wash|brush|carry|check|give|do|book|phone|call|arrange|order|pay|"
    r"explain|describe|list|point|sign|type|open|close|find|bring|learn\s+to|tolerate|"
    r"participate|take\s+part|spend|"
    r"return|accept|taste|report|record|test|inject|calculate|"
    r"wait|turn|press|operate|drive|propel|roll|crawl|jump|hop|kick|draw|copy|match|sort|"
    r"blow|sip|bite|lift|reach|grasp|button|zip|tie|wipe|recall|remember|"
    # f15f: more things a person could see someone do.
    r"maintain|keep|demonstrate|initiate|respond|notice|seek|alert|inform|practise|practice|"
    r"perform|handle|apply|administer|monitor|change|clean|toilet|self-regulate|regulate|"
    r"recover|settle|leave|arrive|enter|line\s+up|queue|sing|signal|indicate|look|listen|"
    r"balance|step|kneel|squat|pedal|shower|scoot|wheel|steer|navigate|"
    # f15v: the verbs f15j, f15k, f15n and f15q kept in regexes of their own, folded in (one
    # list of things a person could see someone do): helping, studying, cooking, directing or
    # teaching others ("will direct his assistant through ..."), a compound verb
    # ("self-propel"), scoring ("will rate", "will pass"), handing in work, a state anyone can
    # see ("will be toilet trained", "will be seizure-free", "will be dry"), independence in a
    # named task ("will be independent in changing ...", not "more independent"). "Reduce",
    # "increase" and "gain" are measurable only with a number (CRITERION_NUMBER).
    r"help\s+(?:with|to)|study|revise|empty|prepare|cook|shop|buy|plan|organise|pack|direct|"
    r"instruct|teach|lead|show\s+\w+\s+how|self-[a-z]+|rate|score|pass|mobilise|verbalise|"
    r"vocalise|transition|hand\s+in|submit|hand\s+over|turn\s+in|"
    r"be\s+(?:fully\s+)?independent\s+(?:in|with|at|when)|"
    r"be\s+(?:toilet[- ]trained|[\w]+-free|dry|clean))\b",
    re.IGNORECASE,
)
VAGUE_VERB = re.compile(
    r"\bwill\s+(?:continue\s+to\s+|be\s+)?(?:understand|know|improve|develop|be\s+supported|"
    r"supported|have\s+access|feel|be\s+happy|happy|be\s+confident|confident|make\s+(?:\w+\s+)?progress|"
    r"benefit|engage|enjoy|be\s+aware|aware|work\s+on|work\s+towards|be\s+helped|helped|"
    r"reach\s+(?:his|her|their)\s+potential)\b",
    re.IGNORECASE,
)


# Not outcomes: a heading on its own line ("Outcomes for the end of Key Stage 2"), or a
# line about the outcomes themselves ("These outcomes will be reviewed at the annual
# review", "Provision for this outcome is in Section F").
HEADING = re.compile(
    r"^(?:(?:health\s+|long[- ]term\s+|short[- ]term\s+|medium[- ]term\s+|my\s+)?"
    r"(?:outcomes?|targets?|aims?|goals?|aspirations?|steps?)\b|by\s+the\s+end\s+of\b|"
    r"(?:communication|cognition|social|emotional|sensory|physical|health|independen|"
    r"preparing\s+for\s+adulthood)\w*\b)[^.!?]{0,80}$",
    re.IGNORECASE,
)
HEADING_VERB = re.compile(r"\b(?:will|I'll|can|to|is|are|be)\b", re.IGNORECASE)
ABOUT_OUTCOMES = re.compile(
    # An aspiration is the child's hope, not an outcome: "Long-term aspiration: ...",
    # "Leo wants to be a footballer".
    r"^(?:(?:long[- ]term\s+|my\s+|future\s+)?aspirations?|hopes\s+and\s+dreams|my\s+dreams?)\b|"
    r"\b(?:wants?|would\s+like|hopes?)\s+to\s+(?:be|become)\s+(?:a|an)\s+[a-z]+(?:er|ist|or|ian)\b|"
    r"^(?:these|this|the|all|each|my|his|her|their)\s+(?:\w+\s+)?(?:outcomes?|targets?|goals?|"
    r"progress)\s+(?:will|are|is|should|can)\s+(?:be\s+)?(?:reviewed|monitored|measured|checked|"
    r"tracked|discussed|updated|agreed)\b|"
    r"\b(?:provision|support)\s+(?:for|towards|to\s+meet)\s+(?:this|these|the)\s+outcomes?\s+"
    r"(?:is|are)\s+(?:in|set\s+out\s+in|described\s+in)\b|"
    # f15e: lines about the outcomes as a set ("The outcomes below were agreed with Maya and
    # her parents", "Health outcomes link to the needs in Section C", "Progress towards
    # these outcomes will be reviewed termly"), the child's aspiration or views ("Maya's
    # aspiration is to become a vet", 'Maya said: "I want to do PE with my friends."').
    r"\b(?:outcomes?|targets?|goals?)\s+(?:\w+\s+){0,2}?(?:were|was|have\s+been|has\s+been|"
    r"are|is)\s+(?:agreed|set|written|developed|discussed|linked|co-produced)\b|"
    r"\b(?:outcomes?|targets?|goals?)\s+(?:link|links|relate|relates|are\s+linked)\s+to\b|"
    r"^progress\s+(?:towards|against|on)\b|"
    r"\b(?:aspirations?|dreams?|ambitions?)\s+(?:is|are|are\s+to|is\s+to)\b|"
    r"^[A-Z][a-z]+\s+(?:said|says|told\s+us|explained|shared)\b|"
    r"^(?:[A-Z][a-z]+['\u2019]s\s+)?(?:views?|wishes|voice)\b|"
    # f15y: a statement that there are none, wherever the negation stands ("There are no
    # health outcomes in this plan.", "No outcomes are needed", "I have no outcomes to
    # suggest", "I do not have any health outcomes to add"). It takes in f15g's "There are no
    # / No ... outcomes" at the start of a line.
    r"\b(?:no|not\s+(?:\w+\s+)?any|n't\s+(?:\w+\s+)?any|none\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:outcomes?|targets?|goals?)\b|"
    r"^(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?outcomes?\s+(?:for\s+\w+\s+)?(?:are|is)\s+"
    r"(?:set\s+out|described|listed|included|recorded|found|shown|given)\s+in\b",
    re.IGNORECASE,
)


TABLE_TIME = re.compile(r"\b(?:when|date|by|time\s*scale|timescale|deadline|target\s+date)\b", re.I)
TABLE_MEASURE = re.compile(
    r"\b(?:know|measure\w*|evidence|success|criteria|monitor\w*|record\w*|assess\w*)\b", re.I
)
CO_ACTION = re.compile(
    r"\b(?:and|then)\s+(?:(?:be\s+able\s+to|independently)\s+)?"
    + ACTION.pattern[ACTION.pattern.index("(?:say") :],
    re.IGNORECASE,
)


def _header(line: str) -> list[str] | None:
    """A flattened table's header row ("Outcome | By when | How we will know")."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 2 or any(
        len(c.split()) > 6
        or re.search(r"\d|\bcan\b|[.!?]$", c)
        or (re.search(r"\bwill\b", c) and not re.search(r"\bhow\s+(?:we|you)\s+will\b", c, re.I))
        for c in cells
    ):
        return None
    return cells


def _table(text: str) -> tuple[set[int], dict[int, set[str]]]:
    """Header rows' starts, and for each row line's start what its cells give."""
    headers, rows = set(), {}
    header = None
    pos = 0
    for line in text.splitlines(keepends=True):
        start, stripped = pos, line.strip()
        pos += len(line)
        if "|" not in stripped:
            header = None if stripped else header
            continue
        cells = _header(stripped)
        if cells:
            header = cells
            for i in range(start, pos):
                headers.add(i)
            continue
        if header:
            row = [c.strip() for c in stripped.strip("|").split("|")]
            given = set()
            for name, cell in zip(header, row, strict=False):
                if cell.strip("-\u2013 ") and TABLE_TIME.search(name):
                    given.add("time")
                if cell.strip("-\u2013 ") and TABLE_MEASURE.search(name):
                    given.add("measure")
            for i in range(start, pos):
                rows[i] = given
    return headers, rows


def _heading(span: Span) -> bool:
    return bool(
        span.text[-1:] not in ".!?"
        and HEADING.match(span.text)
        and not HEADING_VERB.search(re.sub(r"\([^()]*\)", " ", span.text))
    )


# Form-style records, one "Label: value" a line (f15e): "Outcome: ...", "By when: July
# 2027", "How we will know: ...". The fields are read with the outcome, not as outcomes.
FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z /()'-]{1,30}?)\s*:\s*(\S.*)?$")
RECORD_TIME = re.compile(
    r"\b(?:by\s+when|when|date|time\s*scale|timescales?|deadline|target\s+date|"
    r"review\s+date|time\s*frame|achieved\s+by)\b",
    re.I,
)
RECORD_MEASURE = re.compile(
    r"\b(?:how\s+(?:we|will\s+we|you)\s+(?:will\s+)?know|measured?\s+by|measures?|evidence|"
    r"success\s+criteria|how\s+(?:it\s+will\s+be\s+)?measured|monitoring|how\s+progress)\b",
    re.I,
)
PLACEHOLDER = re.compile(
    r"^(?:|-+|\u2013|n/?a|none|tbc|tbd|to\s+be\s+(?:confirmed|agreed)|\?+)$", re.I
)


def _records(text: str) -> tuple[set[int], dict[int, set[str]]]:
    """The field lines of outcome records (left out) and, for each record line (by where it
    starts), what its record's fields give ("time", "measure")."""
    fields: set[int] = set()
    given: dict[int, set[str]] = {}
    record: list[tuple[int, int, str, str]] = []

    def close():
        kinds: set[str] = set()
        field_lines = set()
        for start, _end, label, value in record:
            for kind, pattern in (("time", RECORD_TIME), ("measure", RECORD_MEASURE)):
                if pattern.search(label) and len(label.split()) <= 5:
                    field_lines.add(start)
                    if not PLACEHOLDER.match(value.strip()):
                        kinds.add(kind)
        if len(record) >= 2 and field_lines:
            fields.update(field_lines)
            for start, _end, _label, _value in record:
                given[start] = kinds
        record.clear()

    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        match = FIELD.match(line.rstrip("\r\n"))
        if match and len(match.group(1).split()) <= 5:
            record.append((start, pos, match.group(1), match.group(2) or ""))
        else:
            close()
    close()
    return fields, given


def _record_given(given: dict[int, set[str]], line_start: int) -> set[str]:
    return given.get(line_start, set())


def outcome_not_smart(section: str, text: str) -> list[Finding]:
    found = []
    lead_in_time = False
    label_time_until = -1
    headers, rows = _table(text)
    record_fields, record_given = _records(text)
    for span in sentences(text):
        if ABOUT_OUTCOMES.search(span.text) or span.start in headers:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        if line_start in record_fields:
            continue
        if is_label(span) or _heading(span):
            lead_in_time = _has_time(span.text) or (lead_in_time and not span.text.endswith(":"))
            continue
        if TIME_LABEL.match(span.text):
            # f15n: "Target date: July 2027. Ben will ..." gives its time to the rest of its
            # line.
            if _has_time(span.text) or re.search(r"\b20\d\d\b", span.text):
                line_end = text.find("\n", span.end)
                label_time_until = len(text) if line_end < 0 else line_end
            continue
        given = rows.get(span.start, set()) | _record_given(record_given, line_start)
        timed = lead_in_time or "time" in given or span.start < label_time_until
        problems = _problems(span, timed, "measure" in given)
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


# f15j: a rate however the occasions are worded ("on four college days a week", "in three
# lessons each week"), and "each" as "every" ("each time", "each school day").
RATE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:days?|lessons?|sessions?|times?|mornings?|afternoons?|evenings?|nights?|meals?)\s+"
    r"(?:a|an|each|every|per|in\s+(?:a|each|every))\s+(?:school\s+|college\s+)?"
    r"(?:week|fortnight|term|half[- ]term|month|day)\b|"
    r"\beach\s+(?:school\s+|college\s+)?(?:day|time|morning|lesson|meal|night|session|week)\b",
    re.IGNORECASE,
)
# f15y: English's irregular past participles of acts (a result completed by the date).
IRREGULAR_PARTICIPLE = (
    r"(?:had|met|done|seen|sat|passed|written|given|kept|begun|taken|caught|got|gotten|gone|"
    r"made|found|eaten|drunk|worn|learnt|spoken|told|brought|bought|built|won|run|swum|ridden|"
    r"driven|thrown|read|sent|spent|left|held|paid|shown|chosen|stood|sung|slept|taught|"
    r"thought|flown|put|cut|set)"
)
# f15k: results and records (f15j's verbs are in ACTION now).
ACTION_MORE = re.compile(
    # f15k: a result completed by the date is checked then, whatever the verb ("will have
    # met her new nurse twice", "will have completed all set coursework", "will have had no
    # admission"), except the vague ones ("will have improved", "will have developed"). The
    # child (a name or a pronoun) is the subject: "the school nurse will have written her
    # plan" is provision, not an outcome.
    r"(?-i:\b(?:[A-Z][\w'-]+|I|he|she|they|He|She|They))\s+will\s+have\s+(?!(?:improved|developed|progressed|understood|known|felt|enjoyed|"
    r"benefit+ed|engaged|grown|become|gained\s+confidence|made\s+(?:good\s+)?progress)\b)"
    # f15y: any past participle, the irregular ones too ("will have caught up with",
    # "will have got", "will have swum").
    r"(?:" + IRREGULAR_PARTICIPLE + r"|[a-z]+ed)\b|"
    # f15k: a document to exist by the date ("will have a written plan", "an agreed
    # timetable") can be seen.
    r"(?-i:\b(?:[A-Z][\w'-]+|I|he|she|they|He|She|They))\s+will\s+have\s+(?:a|an|his|her|their|my)\s+(?:written|signed|agreed|new|up-to-date|"
    r"updated|personal)\s+[\w-]+|"
    # f15k: at each scheduled check ("at each monthly check at the clinic") is a measure.
    r"\bat\s+(?:each|every)\s+(?:[\w-]+\s+)?(?:check|review|appointment|weigh-in|clinic|visit)s?\b",
    re.IGNORECASE,
)


# --- f15n: criterion and time in any wording ------------------------------------------
#
# A time: an age ("before she turns 16", "at age 16"), a span of school time ("within one
# school year"), a school year or term written short ("by the end of Yr 6", "by end of
# Y10", "by the end of term 4"), any review ("by her next EHCP review"), or "by the end of"
# any period ("by the end of the six-week block"); a numeric date ("by 31/07/2027").
TIME_MORE = re.compile(
    r"\b(?:before|by\s+the\s+time)\s+(?:he|she|they|I|(?-i:[A-Z][a-z]+))\s+(?:turns?|is|are|am|"
    r"reaches?)\s+\d{1,2}\b|\b(?:at|by|from)\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,2}\b|"
    r"\b(?:by|before|during|in|throughout)\s+(?:the\s+)?(?:end\s+of\s+)?(?:y|yr|year)\s?\d{1,2}\b|"
    r"\bby\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|his\s+|her\s+|their\s+|my\s+)?[\w-]+|"
    r"\b(?:by|at|before)\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+)(?:next\s+)?(?:[\w-]+\s+){0,2}?"
    r"review\b|"
    r"\bby\s+\d{1,2}[/.-]\d{1,2}[/.-](?:20)?\d\d\b|\bby\s+\d{1,2}[/.-]20\d\d\b",
    re.IGNORECASE,
)
# A label giving the time for what follows on its line or in its record: "Target date: July
# 2027. Ben will ...", "By when: end of Year 6".
TIME_LABEL = re.compile(
    r"^(?:target\s+date|by\s+when|date|timescale|time\s*frame|deadline|review\s+date|"
    r"achieved\s+by|to\s+be\s+achieved\s+by)\s*:",
    re.IGNORECASE,
)
# A criterion said with a number, whatever the verb: a score or rating ("6 or more out of
# 10", "a score of 30", "20 or more on the balance test"), a change from a baseline ("from 5
# a day to 1", "up from 2", "down to 1"), a rate ("one a day or fewer", "5 a week"), an amount
# with a unit ("gain 1 kg", "on or above the 9th centile", "for a full term"). A year, a school
# year or an age is a time, not a criterion.
NUMBER_WORD = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty)"
CRITERION_NUMBER = re.compile(
    r"\b" + NUMBER_WORD + r"\s+or\s+(?:more|fewer|less|above|below|over|under|higher|lower|"
    r"better)\b|"
    r"\b(?:a\s+)?(?:score|rating|level|band|grade)\s+of\s+\d+|\bscores?\s+\d+|"
    r"\b(?:rate|rates|score|scores|mark|marks)\s+(?:[\w-]+\s+){0,8}?(?:as|at)\s+\d+|"
    r"\b\d+\s*/\s*\d+\b(?![/-])|"
    r"\b(?:up|down|rising|falling|increasing|reducing|reduced|increased)\s+(?:from|to)\s+"
    + NUMBER_WORD
    + r"\b|\bfrom\s+"
    + NUMBER_WORD
    + r"\s+(?:[\w-]+\s+){0,3}?to\s+"
    + NUMBER_WORD
    + r"\b|"
    r"\b" + NUMBER_WORD + r"\s+(?:a|an|per|each)\s+(?:day|week|fortnight|month|term|half[- ]term|"
    r"lesson|session)\b|"
    r"\b" + NUMBER_WORD + r"\s*(?:kg|kilos?|grams?|g|cm|mm|ml|litres?|centimetres?|"
    r"(?:st|nd|rd|th)\s+centile|centiles?|percentile)\b|"
    r"\b(?:a\s+)?(?:full|whole|complete)\s+(?:school\s+)?(?:term|half[- ]term|week|day|lesson|"
    r"year)\b",
    re.IGNORECASE,
)
# A count of things ("3 new vegetables", "2 hypos"), not a span of time ("within 12 months"),
# and not with a vague verb ("will make good progress in 2 areas").
COUNT_OF_THINGS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:[a-z'-]+\s+){0,2}?"
    r"(?!(?:years|months|weeks|terms|half-terms)\b)[a-z]{3,}s\b",
    re.IGNORECASE,
)


# f15q: completeness with timeliness is a criterion anyone can check, whatever the verb:
# every one of a kind of thing, done or said on time ("will hand in all her coursework on
# time", "will be told of every case ... on the same day it is reported", "will reply to each
# message within 2 days", "every form returned by its deadline"). And more acts anyone can
# see: handing in or submitting work.
TIMELY = re.compile(
    r"\b(?:every|each|all|any)\b[^.;|]{0,80}?\b(?:on\s+time|(?:on\s+)?the\s+same\s+day|"
    r"same[- ]day|within\s+(?:\d+|one|two|three|four|five|24|48)\s+(?:hours?|days?|minutes?|"
    r"school\s+days?|working\s+days?)|by\s+(?:its|their|the)\s+(?:due\s+date|deadlines?|"
    r"hand-?in\s+dates?))|"
    r"\b(?:on\s+time|(?:on\s+)?the\s+same\s+day|within\s+(?:\d+|one|two|24|48)\s+"
    r"(?:hours?|days?|school\s+days?))\b[^.;|]{0,40}?\b(?:every|each|all)\b",
    re.IGNORECASE,
)

# --- f15v: broader rules (fewer, each from how English says time and criterion) -------
#
# A span of time: "within" and any span ("within 6 months", "within the first half term of
# college", "within two school terms"), or a preposition of time and a counted or ordered span
# ("during his first term at college", "in the first six weeks", "over the next two terms",
# "by the second week", "in the next 12 months"). It replaces four narrower spans of f15e,
# f15f and f15n ("within N weeks", "in the next N months", "over the coming term", "within
# one school year"). Not "in terms of", nor "in his year group" (no count or order).
SPAN = (
    r"(?:half[- ]terms?|terms?(?!\s+of\b)|weeks?|months?|years?(?!\s+(?:group|old)\b)|semesters?)"
)
ORDER = (
    r"(?:first|second|third|fourth|final|last|next|coming|following|current|this|\d+|a|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|few|several)"
)
TIME_SPAN = re.compile(
    r"\bwithin\s+(?:(?:the|his|her|their|my)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:school|academic|college|calendar|nursery)\s+)?" + SPAN + r"\b|"
    r"\b(?:by|before|during|over|throughout|in|for)\s+(?:(?:the|his|her|their|my)\s+)?(?:"
    + ORDER
    + r"\s+){1,2}(?:(?:school|academic|college|calendar|nursery)\s+)?"
    + SPAN
    + r"\b",
    re.IGNORECASE,
)
# How you will know, named: the record, test or standard the outcome is judged by ("at his
# target grade in his summer assessments", "on the attendance register", "at age-related
# expectations", "in her termly reading test", "in his seizure diary"). A vague verb still
# makes it vague. It takes in f15e's "recorded in her chart / diary / log".
NAMED_MEASURE = re.compile(
    r"\b(?:at|to|above|in|on|using|according\s+to)\s+(?:(?:the|his|her|their|my|each|every|"
    r"a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:assessments?|tests?|exams?|register|records?|grades?|"
    r"expectations|standards?|checklists?|profiles?|screening|audit|tracker|charts?|diary|"
    r"diaries|logs?|app)\b",
    re.IGNORECASE,
)
# An event that happens, or does not, by the date: "will have her annual health check",
# "will have a hearing test", "will undergo his spinal operation".
# f15y: the event is the object of any verb of having it done, and the outcome may be a
# state a record shows ("will be up to date with her vaccinations", "will have caught up
# with all his missed immunisations", "will have completed her course of injections").
EVENT = re.compile(
    r"(?-i:\b(?:[A-Z][\w'-]+|I|he|she|they|He|She|They))\s+will\s+(?:have\s+(?:had|attended|"
    r"received|completed|undergone|caught\s+up\s+(?:on|with))|have|undergo|attend|receive|"
    r"complete|catch\s+up\s+(?:on|with)|be\s+(?:fully\s+)?up[- ]to[- ]date\s+(?:with|on))\s+"
    r"(?:all\s+(?:of\s+)?)?(?:a|an|his|her|their|my|the)\s+(?:[\w-]+\s+){0,3}?(?:check(?:-up)?s?|tests?|"
    r"appointments?|scans?|assessments?|reviews?|operations?|surgery|vaccinations?|"
    r"immunisations?|injections?|x-rays?)\b",
    re.IGNORECASE,
)
# A bare comparison ends a clause: "will manage lunchtimes better", "will eat more", "will
# walk further", "will settle more quickly". It says which way, not how far: with nothing
# counted, named or recorded, the outcome is not measurable, whatever its verb. "More than
# 3", "3 or more", "no more than" and "more help" are not bare.
BARE_COMPARATIVE = re.compile(
    r"\b(?<!or\s)(?<!no\s)(?:better|worse|more|less|further|faster|longer|sooner|"
    r"more\s+(?:often|easily|quickly|calmly|confidently|safely|independently|[a-z]+ly))"
    r"(?=\s*(?:[.,;:|)]|$|\s(?:by|in|at|on|during|when|and|within|before|from|with|each|every|"
    r"this|over|across|throughout)\b))",
    re.IGNORECASE,
)


# f15y: a school or academic year written with its two years, in either order and
# anywhere in the outcome ("in the school year 2026-27", "during 2026/27", "for the 2026 to
# 2027 academic year"). Not a date ("2026-12-01").
SCHOOL_YEAR = re.compile(
    r"\b20\d\d\s*(?:[/\u2013-]|\s+to\s+)\s*(?:20)?\d\d\b(?!\s*[/\u2013-]\s*\d)",
    re.IGNORECASE,
)


def _has_time(text: str) -> bool:
    return bool(
        TIME_BOUND.search(text)
        or TIME_MORE.search(text)
        or TIME_SPAN.search(text)
        or SCHOOL_YEAR.search(text)
    )


# An adverb between "will" and its verb ("will safely use", "will calmly walk") leaves the
# verb what is seen.
ADVERB = re.compile(r"\b(will|I'll|can|to)\s+(?:(?!only\b)[a-z]+ly\s+)+", re.IGNORECASE)


def _problems(span: Span, lead_in_time: bool, measured: bool = False) -> list[str]:
    problems = []
    span = Span(span.start, span.end, ADVERB.sub(r"\1 ", span.text))
    if not (lead_in_time or _has_time(span.text)):
        problems.append("has no time by which it is achieved")
    counted = measured or _counted(span.text)
    measurable = counted or any(_measurable(clause) for clause in _clauses(span.text))
    if not measurable:
        problems.append("is not measurable (nothing a person could see or count)")
    return problems


# f15y: an outcome of several clauses ("I will have met my new nurse twice and will know her
# name") is measurable if one clause is: a vague verb in one clause does not make another
# clause's act vague (CO_ACTION's rule, for clauses with their own "will"). The clauses are
# split where a coordinator or semicolon starts a new "will" or "can".
CLAUSE = re.compile(
    r";|\b(?:and|but|then)\s+(?=(?:(?:he|she|they|I|(?-i:[A-Z][a-z]+))\s+)?(?:will|can)\b)",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[str]:
    parts = CLAUSE.split(text)
    return [text] if len(parts) == 1 else [text, *parts]


def _counted(text: str) -> bool:
    return bool(
        MEASURE.search(text)
        or CRITERION_NUMBER.search(text)
        or RATE.search(text)
        or (TIMELY.search(text) and not VAGUE_VERB.search(text))
        or (NAMED_MEASURE.search(text) and not VAGUE_VERB.search(text))
    )


def _measurable(text: str) -> bool:
    counted = _counted(text)
    measurable = (
        counted
        or EVENT.search(text)
        or (COUNT_OF_THINGS.search(text) and not VAGUE_VERB.search(text))
        or RATE.search(text)
        or (ACTION_MORE.search(text) and not VAGUE_VERB.search(text))
        or (CRITERION.search(text) and not VAGUE_VERB.search(text))
        or (ACTION.search(text) and not VAGUE_VERB.search(text))
        # "will know when to take her pain relief and ask for it": a vague verb joined to an
        # observable one is observable.
        or (VAGUE_VERB.search(text) and CO_ACTION.search(text))
        or (TIMELY.search(text) and not VAGUE_VERB.search(text))
    )
    if measurable and not counted and BARE_COMPARATIVE.search(text):
        measurable = False  # f15v: "will manage lunchtimes better"
    return bool(measurable)
