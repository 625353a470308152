"""Checks that each provision statement says how often, for how long, and who delivers it.

Good provision is "specific and quantified: who provides it, what, how often, for how long,
and the qualification of who delivers it" (domain.md, "What good health advice and good
health sections look like").
"""

import bisect
import itertools
import re
from collections import Counter

from .base import Finding, finding
from .text import Span, blocks, is_label, provision_items

NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|forty-five|sixty|a|an)"
)
PERIOD = r"(?:day|week|fortnight|month|term|half[- ]term|year|school day|session|lesson|visit)"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
# Events that set how often something happens ("after each seizure", "in every mock exam").
EVENT = (
    r"(?:appointment|review|meal|seizure|accident|episode|hypo|exam|trip|visit|transition|"
    r"change|swimming\s+lesson|PE\s+lesson)s?"
)
# Occasions and events a provision can be tied to (f15g), kept as data.
OCCASION = (
    r"(?:lessons?|assembly|assemblies|activit(?:y|ies)|sessions?|class(?:es)?|meetings?|"
    r"tasks?|tests?|exams?|changes?|absences?|migraines?|headaches?|seizures?|episodes?|"
    r"attacks?|flare[- ]?ups?|hypos?|accidents?|incidents?|trips?|outings?|visits?|events?|"
    r"transitions?|journeys?|days?|mornings?|afternoons?|breaks?|meals?|snacks?|"
    r"appointments?|reviews?|admissions?|illness(?:es)?|setbacks?|periods?|placements?|"
    r"performances?|presentations?|fire\s+drills?|drills?|outbursts?|meltdowns?|"
    r"shifts?|terms?|holidays?|falls?|injur(?:y|ies)|bumps?|fire\s+alarms?|topics?|homework|"
    r"pieces?\s+of\s+work|assignments?|deadlines?|visitors?|supply\s+teachers?|"
    r"(?:asthma|panic|anxiety)\s+attacks?)\b"
)
# A trigger said as a state with no subject (f15h): "when wheezy", "if unwell", "when
# anxious", "if tired"; not "when required", "if necessary", "when agreed".
BARE_TRIGGER = (
    r"(?:when|if|whenever)\s+(?:(?:very|feeling|looking|visibly|becoming|getting)\s+)?"
    r"(?!(?:required|needed|necessary|appropriate|possible|available|directed|requested|"
    r"indicated|agreed|advised|instructed|asked|prescribed|specified|planned|arranged|"
    r"scheduled|timetabled|applicable|relevant|convenient|suitable|ready|able|present|"
    r"helpful|useful|beneficial|practical|practicable|feasible|reasonable|wanted|wished|"
    r"desired|preferred|indicated|identified|concerned)\b)"
    r"[a-z]+(?:y|ed|ous|ish|less|ful|ent|ant|ll|ic)\b"
)
FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|termly|half-termly|annually|yearly|hourly|nightly|"
    r"every\s+(?:\w+\s+)?(?:day|week|fortnight|month|term|half[- ]term|year|morning|afternoon|"
    r"evening|lunchtime|meal|snack|lesson|break|school day|hour|minutes|"
    r"\d+\s+(?:minutes|hours|days|weeks|months))|"
    r"(?:every|each)\s+(?:" + WEEKDAY + r"|" + MONTH + r")|"
    r"on\s+" + WEEKDAY + r"s(?:\s*(?:,|and|&)\s*" + WEEKDAY + r"s)*|"
    r"once\s+(?:in|during|before|at|by)\b|"
    r"(?:in|at|after|before|during)\s+(?:all|any|each|every)\s+(?:\w+\s+){0,2}?" + EVENT + r"|"
    r"each\s+(?:school\s+)?(?:day|week|term|half[- ]term|morning|afternoon|lunchtime|meal|lesson|"
    r"break|year)|"
    r"(?:once|twice|" + NUMBER + r"\s+times?)\s+(?:a|an|per|each|every)\s+" + PERIOD + r"|"
    r"" + NUMBER + r"\s+(?:sessions?|visits?|times)\s+(?:a|per|each|every)\s+" + PERIOD + r"|"
    # "three 30-minute sessions a week", "two short check-ins each day" (f15e).
    r"" + NUMBER + r"\s+(?:[\w-]+\s+){1,2}?(?:sessions?|visits?|times|lessons|periods|"
    r"check-ins|groups)\s+(?:a|per|each|every)\s+" + PERIOD + r"|"
    r"per\s+" + PERIOD + r"|"
    # An amount a period: "45 minutes a week", "2 hours per term".
    r"" + NUMBER + r"[- ]?(?:minutes?|mins?|hours?|hrs?)\s+(?:a|each|every)\s+" + PERIOD + r"|"
    r"(?:\d+|two|three|four|six|eight|twelve)[- ](?:weekly|monthly)|"
    r"at\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)|lunchtime|breakfast|snack\s*time|break\s*time|"
    r"the\s+start\s+of\s+(?:each|every)\s+\w+|all\s+times|each\s+\w+|every\s+\w+)|"
    r"throughout\s+the\s+(?:school\s+)?day|before\s+(?:each|every)\s+\w+|"
    r"(?:when|whenever|if)\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:has|have|is|shows?|becomes?)\s+"
    r"(?:a\s+)?(?:seizure|hypo|wheezy|breathless|distressed|unwell|wet|soiled)\w*|"
    r"(?:every|each)\s+(?:\w+\s+){0,2}" + EVENT + r"|"
    # A trigger with a threshold: "if her blood glucose is below 4", "if a seizure lasts
    # more than five minutes".
    r"(?:if|when|whenever|should)\s+[^.;:]{0,60}?\b(?:is|are|falls?|drops?|goes|rises?|lasts?|"
    r"lasting)"
    r"\s+(?:below|above|under|over|more\s+than|less\s+than|longer\s+than)\s+\w+|"
    r"(?:a|one|two|three|\d+)\s+blocks?\s+of\s+\w+\s+(?:weekly|sessions)|"
    r"(?:every|each)\s+time|whenever|"
    r"(?:at|after|before|during|with|for|on)\s+(?:every|each)\s+[a-z]+|"
    # A part of every school day or week: "before PE", "after lunch", "on arrival",
    # "at the end of the school day", "at home time".
    r"(?:before|after)\s+(?:(?:his|her|their|the)\s+)?(?:PE|games|sport|swimming|"
    r"exercise|physical\s+activity|outdoor\s+play|play(?:time)?|break(?:time)?|lunch(?:time)?|"
    r"breakfast|meals|snacks|school|bed(?:time)?|registration|assembly|lessons|eating)\b|"
    r"on\s+arrival|at\s+(?:drop[- ]off|pick[- ]up|home\s+time|registration|the\s+(?:start|"
    r"beginning|end)\s+of\s+(?:the\s+|each\s+|every\s+)?(?:school\s+)?day)|"
    # Parts of every school day or week said plainly (f15f): "at break and lunchtime", "on
    # school days", "in the mornings", "during PE", "in PE lessons", "on alternate weeks",
    # "mid-morning", "on Tuesday and Thursday mornings", "when she arrives at school".
    r"at\s+(?:break|lunch|playtime|snack)\w*|on\s+(?:all\s+)?school\s+days|"
    r"(?:in|during)\s+the\s+(?:mornings|afternoons)|(?:on\s+)?alternate\s+(?:weeks|days)|"
    r"(?:during|in|throughout)\s+(?:all\s+)?(?:his\s+|her\s+|their\s+)?(?:PE|lessons|"
    r"swimming|games|PE\s+lessons|playtimes?|breaks)\b|at\s+PE\b|on\s+(?:school\s+)?trips|"
    r"mid-(?:morning|afternoon)|" + WEEKDAY + r"\s+(?:mornings|afternoons|lunchtimes)|"
    r"when\s+(?:he|she|they|[A-Z][a-z]+)\s+arrives?\b|"
    # Continuous provision says how often by being always there: "all day", "for the whole
    # school day", "full-time", "continuously".
    r"all\s+day|(?:for\s+)?(?:the\s+)?(?:whole|entire|full)\s+(?:school\s+)?day|"
    r"full[- ]time|continuous(?:ly)?|constant(?:ly)?|"
    # Shorthand: "1x/week", "2 x per week", "x3 a week".
    r"\d\s*x\s*(?:/|per\s+|a\s+|an\s+|each\s+)\s*(?:day|week|fortnight|month|term)|"
    r"x\s*\d\s+(?:per|a|each)\s+(?:day|week|fortnight|month|term)|"
    # A trigger of any kind says when (f15e): "when she is wheezy", "if Ruby becomes upset",
    # "whenever it is noisy", "should he have a seizure"; not a vague "when required",
    # "if needed" or "as and when".
    r"(?<!and\s)\b(?:if|when|whenever|should)\s+(?!(?:required|needed|necessary|appropriate|"
    r"possible|available|directed|requested|indicated)\b)(?:he|she|they|it|his|her|their|the|a|"
    r"an|there|any|(?-i:[A-Z][a-z]+)(?:['\u2019]s)?)\s+(?!(?:is|are)\s+(?:required|needed|"
    r"necessary|appropriate)\b)\w+|"
    r"(?:in|during|for)\s+(?:all\s+)?(?:his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:tests|exams|"
    r"examinations|assessments)\b|"
    # Every occasion of something: "for all transfers", "at all meals", "in all lessons".
    r"(?:at|after|before|during|with|for|on|in)\s+all\s+(?:(?:his|her|their|the)\s+)?"
    r"(?!(?:areas?|aspects?|staff|adults?|parts?|subjects?|activities)\b)(?:[\w-]+\s+)?"
    r"(?:[a-z]+s|meal\s*times|times)\b|"
    # Recurring parts of the school day said in the plural or as a pair (f15e): "in
    # assemblies", "at playtimes", "in the morning and afternoon", "for PE", "between each
    # activity", "between lessons".
    r"(?:in|during|at|for|before|after)\s+(?:all\s+)?(?:his\s+|her\s+|their\s+|the\s+)?"
    r"(?:assemblies|playtimes|lunchtimes|mealtimes|meal\s+times|snack\s*times|breaktimes|"
    r"transitions|outings|school\s+trips|swimming\s+lessons|PE\s+lessons)\b|"
    r"(?:in|during)\s+the\s+(?:morning|afternoon)\s+and\s+(?:the\s+)?(?:afternoon|morning)|"
    r"(?:for|at|in)\s+(?:PE|swimming|games)\b|"
    r"between\s+(?:(?:each|every|all)\s+\w+|lessons|activities|sessions|classes)|"
    # A frequency as an adjective: "annual update training", "six-monthly reviews".
    r"(?:annual|bi-?annual|six-monthly|\d+-monthly|\d+-weekly|three-monthly)\s+(?!reviews?\b)"
    r"[a-z]+|six-monthly|three-monthly|"
    # Occasions and triggers in general (f15g): every/each/any + a few modifiers + an
    # occasion or event ("in every literacy and numeracy lesson", "in every small group
    # activity", "of any change", "within 2 school days of each migraine"); "every other
    # Monday"; "at the start of a migraine"; "on bad days", "on days when ..."; "after an
    # absence"; "on the first day of term" (one-off).
    r"(?:in|at|during|for|after|before|on|of|within|following|with|to)\s+(?:every|each|any)\s+"
    r"(?:[\w-]+\s+){0,4}?" + OCCASION + r"|"
    r"(?:on\s+)?alternate\s+" + WEEKDAY + r"s|"
    r"every\s+(?:other|second|third|alternate)\s+(?:" + WEEKDAY + r"|" + PERIOD + r"|morning|"
    r"afternoon|weekend)|"
    r"at\s+the\s+(?:start|end|beginning|onset|first\s+signs?)\s+of\s+(?:a|an|any|each|every|"
    r"the|his|her|their)\s+(?:[\w-]+\s+)?" + OCCASION + r"|"
    r"on\s+(?:bad|good|difficult|hard|hot|cold|wet|low|busy|tired|off)\s+days|"
    r"on\s+(?:the\s+)?days?\s+(?:when|that|on\s+which)\b|"
    r"(?:after|before|following)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?" + OCCASION + r"|"
    r"on\s+the\s+(?:first|last)\s+(?:day|morning|week)\s+of\s+(?:each\s+|every\s+|the\s+)?"
    r"(?:term|half[- ]term|school\s+year|year|placement|course)|"
    # More ways to say how often (f15h): a unit of the setting's own week ("each college day",
    # "every nursery session", "each working day", "each month"); a trigger said as an
    # activity ("face him when speaking", "while eating"); noting or acting on any event
    # ("will note any headache", "will record any fall").
    r"(?:each|every)\s+(?:(?:school|college|nursery|working|week|term|placement|club|"
    r"setting|clinic)\s+)?(?:day|month|session|morning|afternoon|evening|fortnight|"
    r"weekday)s?\b|" + BARE_TRIGGER + r"|"
    r"(?:when|whenever|while|whilst)\s+(?!(?:needed|required|necessary|appropriate)\b)"
    r"[a-z]+ing\b|"
    r"\b(?:note|notes|record|records|report|reports|log|logs|treat|treats|respond\s+to|"
    r"deal\s+with|clean|cleans|write\s+down|look\s+out\s+for|watch\s+for|act\s+on|"
    r"tell\s+(?:[\w'\u2019]+\s+){1,3}?(?:about|of))\s+any\s+(?!(?:support|help|time|"
    r"advice|concerns?|changes?\s+to\s+(?:the|this)\s+plan)\b)[a-z-]+)",
    re.IGNORECASE,
)
# A one-off piece of work says how often by being done once (f15e): "will carry out a
# sensory assessment", "will write a report", "will be referred to", "will see Ruby for a
# review at the annual review", "will set up a communication passport".
ONE_OFF_VERB = re.compile(
    r"\b(?:will|to|shall|must)\s+(?:also\s+|then\s+|first\s+)?(?:be\s+)?(?:assess(?:ed)?|"
    r"observe[ds]?|refer(?:red)?|re-?assess(?:ed)?|diagnos\w*|screen(?:ed)?|(?:carry|carried)\s+"
    r"out\s+(?:a|an|one)|complet(?:e|ed)\s+(?:a|an|one)|write|written|produce[ds]?|draw\s+up|"
    r"drawn\s+up|set\s+up|create[ds]?|develop(?:ed)?|prepare[ds]?|arrange[ds]?\s+(?:a|an|one)|"
    r"undertake|undertaken|conduct(?:ed)?\s+(?:a|an|one)|order(?:ed)?|fit(?:ted)?|"
    r"provide[ds]?\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:plan|report|passport|chair|"
    r"letter|profile|assessment|wheelchair|splints?|orthos[ie]s)|"
    # f15z: a request passed on once, or an arrangement changed once, which then stands ("I
    # will ask his GP practice to send his letters in easy read", "her timetable will be
    # moved to ground-floor rooms"): done one time, not a rate.
    r"(?:ask|request|write\s+to)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w',-]+\s+){1,6}?to\s+"
    r"(?!see\b|visit\b|review\b|check\b|meet\b|do\b|give\b|help\b|support\b)[a-z]+|"
    r"be\s+(?:moved|changed|switched|relocated|rearranged)\s+to)\b|"
    r"\b(?:for|with|at|give|hold|attend)\s+(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:review|"
    r"assessment|meeting|consultation)\s+(?:at|in|during|before|by|on)\b|"
    # Equipment supplied: "Equipment to be provided and maintained by the OT service", "A
    # new wheelchair will be supplied by the wheelchair service".
    r"\b(?:equipment|chairs?|seating|wheelchairs?|hoists?|slings?|splints?|AFOs?|orthoses|"
    r"frames?|walkers?|pads|aids?|devices?|laptops?|boards?|cushions?|ramps?|rails?|"
    r"beds?|benches)\s+(?:will|to|shall)\s+be\s+(?:\w+\s+)?(?:provided|supplied|issued|"
    r"fitted|ordered|loaned|delivered|installed)\b",
    re.IGNORECASE,
)
# A condition stated first ("If a seizure lasts longer than 5 minutes, ...", "When Sam
# shows signs of a hypo, ...") is the trigger: it says when, and for as long as it holds.
TRIGGER = re.compile(
    r"^(?:if|when|whenever|should|in\s+the\s+event\s+(?:of|that))\s+[^,.;]{3,100},|"
    r"^(?:after|following|during)\s+(?:a|an|any|each|every)\s+(?:\w+\s+){0,2}?" + EVENT + r"\b",
    re.I,
)
# A trigger stated with its threshold or sign, anywhere in the statement: "if a seizure lasts
# longer than 5 minutes", "when her blood glucose is below 4", "if she is wheezy". With one,
# "as required" is conditional provision that is specified (issue 15).
STATED_TRIGGER = re.compile(
    r"\b(?:"
    + BARE_TRIGGER
    + r"|(?:if|when|whenever|should)\s+[^.;:]{0,60}?\b(?:is|are|falls?|drops?|goes|rises?|"
    r"lasts?|lasting)\s+(?:below|above|under|over|more\s+than|less\s+than|longer\s+than)\s+\w+|"
    r"(?:when|whenever|if)\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:has|have|is|shows?|becomes?)\s+"
    r"(?:signs\s+of\s+)?(?:a\s+)?(?:seizure|hypo|wheezy|breathless|distressed|unwell|wet|soiled|"
    r"coughing|in\s+pain|anxious)\w*)",
    re.IGNORECASE,
)
COUNT = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|a\s+single|an?)\s+"
    r"(?:[\w.]+[- ](?:minutes?|mins?|hours?|hrs?|day)\s+)?(?:\w+\s+){0,2}?"
    r"(?:sessions?|visits?|appointments?|assessments?|meetings?|blocks?)"
)
WINDOW = (
    r"(?:between\s+(?:\d{1,2}\s+)?" + MONTH + r"(?:\s+\d{4})?\s+(?:and|to)\s+(?:\d{1,2}\s+)?"
    r"" + MONTH + r"|"
    # f15t: occasions given their dates ("three visits, on 12 May, 9 June and 1 July 2027").
    r"on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"|"
    r"(?:in|during|before|by|over|from|across)\s+(?:the\s+)?(?:first\s+|second\s+|next\s+|"
    r"last\s+|final\s+)?(?:" + MONTH + r"|(?:autumn|spring|summer)\b|half[- ]term|term|"
    r"\d{4}(?:[/-]\d{2,4})?|year\s+\d+|(?:school\s+|academic\s+)?year))"
)
# Provision that happens a set number of times within a stated window, or on a date, is
# one-off: "one 90-minute visit in September", "two 1-hour sessions in the first half
# term", "in September 2026 and again in January 2027". It says how often and how long.
ONE_OFF = re.compile(
    r"\b(?:"
    + COUNT
    + r"\b.{0,80}?\b"
    + WINDOW
    + r"|"
    + WINDOW
    + r".{0,80}?\b"
    + COUNT
    + r"|(?:in|by|before|during|on)\s+(?:\d{1,2}\s+)?"
    # f15w: occasions given their months ("in October and November 2026", "in September,
    # January and May 2027") or their weeks ("at weeks 4 and 8", "in week 6"): each is
    # said when it happens.
    + r"(?:"
    + MONTH
    + r"(?:\s*,\s*|\s+(?:and|or|&)\s+)){0,4}"
    + MONTH
    + r"\s+\d{4}|(?:at|in|by)\s+weeks?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*\b)",
    re.IGNORECASE,
)
# f15t: which span of school time: the words that can come between a preposition of extent and
# the span ("the current school", "the autumn and spring", "the 2026/27 academic", "his first").
SPAN_WORDS = (
    r"(?:(?:current|same|next|coming|first|second|third|final|last|whole|entire|remaining|"
    r"autumn|spring|summer|20\d\d(?:\s*[/-]\s*(?:20)?\d\d)?|school|academic|college|nursery|"
    r"sixth[- ]form|and|to)\s*(?:,\s*|[-\u2013]\s*)?\s+)"
)
# Not a span in the past ("as in the same term last year", "that term two years ago").
NOT_PAST = r"(?![^.;,]{0,20}?\b(?:last\s+(?:year|term)|ago)\b)"
SPAN = r"(?:years?|terms?|half[- ]terms?|plan|placement|programme|course(?!\s+of))\b" + NOT_PAST
DURATION = re.compile(
    r"\b(?:" + NUMBER + r"(?:\.\d+)?[- ]?(?:minutes?|mins?|hours?|hrs?)\b|"
    r"half\s+an\s+hour|an\s+hour|"
    r"(?:for|over)\s+(?:a\s+period\s+of\s+|the\s+(?:next|first)\s+|at\s+least\s+)?"
    + NUMBER
    + r"\s+(?:weeks?|months?|terms?|half[- ]terms?|years?|sessions|school\s+years?)|"
    r"(?:a\s+)?block\s+of\s+\w+|"
    r"(?:for|until|throughout)\s+(?:the\s+)?(?:duration|length|life|end)\s+of\s+"
    r"(?:the|this|his|her|their)\s+\w+|"
    r"until\s+(?:the\s+)?(?:end\s+of|[A-Z][a-z]+\s+\d{4}|\w+\s+\d{4}|"
    r"she|he|they|[A-Z][a-z]+\s+(?:is|can|has|leaves|moves))|"
    r"throughout\s+the\s+(?:school\s+)?day|at\s+all\s+times|"
    r"(?:for|over)\s+(?:the\s+)?(?:whole|entire|rest\s+of\s+the)\s+\w+|ongoing\s+until|"
    # f15t: a review as the end, in one rule: "until the next annual review", "until his
    # review", "until discharge", "until reviewed", "at each annual review", "at her next
    # annual review" (f15f's and f15e's separate forms, and "until he is discharged", which
    # "until he ..." already reads).
    r"until\s+(?:(?:his|her|their|the)\s+)?(?:next\s+)?(?:annual\s+)?(?:review|discharge)\b|"
    r"until\s+reviewed|"
    r"(?:at|each|every)\s+(?:each\s+|every\s+|the\s+|his\s+|her\s+|their\s+)?(?:next\s+)?"
    r"annual\s+reviews?|"
    r"(?:for\s+as\s+long\s+as|while|whilst)\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:is|are|attends?|"
    r"remains?|stays?|needs?)\b|"
    # How UK plans say a period: "for the 2026/27 school year", "until the end of Key Stage
    # 2", "for the remainder of Year 6", "throughout Year 6".
    # f15l: school years named on their own: "in 2026/27 and 2027/28", "for 2026-27".
    r"(?:for|during|throughout|in|over|across)\s+(?:the\s+)?20\d\d[/-]\d\d\b"
    r"(?!\s+(?:school|academic|college|nursery)\b)|"
    # A set course: "a 6-week block", "a course of six sessions", "from September to July".
    r"\b\d+[- ](?:week|month|session)\s+(?:block|programme|course|period|plan)|"
    r"(?:course|block|series|programme)\s+of\s+" + NUMBER + r"\s+(?:sessions|weeks|visits)|"
    r"from\s+(?:\d{1,2}\s+)?" + MONTH + r"(?:\s+\d{4})?\s+(?:to|until|till)\s+"
    r"(?:\d{1,2}\s+)?" + MONTH + r"|"
    # Until the episode is over: "until his parents collect him", "until she recovers".
    r"until\s+(?:he|she|they|his|her|their|[A-Z][a-z]+)\b[^.;]{0,40}?\b(?:collect\w*|"
    r"recover\w*|better|well\s+enough|ready\s+to|settled|calm)|"
    r"(?:for|during|throughout|over)\s+(?:the\s+)?(?:remainder|rest|balance)\s+of|"
    r"(?:until|till|to|by)\s+(?:the\s+)?(?:end\s+of\s+)?(?:key\s+stage\s+\d|ks\s?\d|"
    r"(?:year|yr)\s+\d+)|"
    # f15t: one year group or a span of them ("throughout Year 6", "for Years 10 and 11",
    # "across Key Stages 3 and 4"; "in Years 7 to 9", but not "in Year 6", a window).
    r"(?:for|during|throughout|across|over)\s+(?:all\s+of\s+)?(?:years?|yrs?|key\s+stages?)"
    r"\s+\d+|"
    # More ways plans say how long (f15f): a date ("until 31 July 2027", "to July 2027",
    # "from September 2026", "September 2026 - July 2027", "autumn term 2026"), "this school
    # year", "until his EHCP is reviewed", "throughout primary school", "while at school",
    # "during the school day", "long-term", "lifelong", "until further notice".
    r"(?:until|till|to|up\s+to|through)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTH + r"\s+\d{4}|"
    r"(?:from|starting|start(?:ing)?\s+in)\s+(?:\d{1,2}\s+)?" + MONTH + r"\s+\d{4}|"
    r"" + MONTH + r"\s+\d{4}\s*(?:-|\u2013|to|until)\s*" + MONTH + r"|"
    r"(?:sept?|oct|nov|jan|feb|mar|apr|jun|jul)\s+\d{4}\s*(?:-|\u2013|to|until)|"
    r"(?:autumn|spring|summer)\s+(?:term\s+)?\d{4}|"
    # f15t: a period pointed to rather than named, said once for a section and referred back
    # to ("this school year", "next term", "for the same year", "during the same period",
    # "every day that year"): a demonstrative or "the same" before a span of school time is
    # how long. Replaces f15f's "this / next year" and the "for this / the current year" form.
    r"(?:this|that|next|the\s+(?:same|current|next|coming))\s+(?:school\s+|academic\s+|"
    r"college\s+|nursery\s+)?(?:year|term|half[- ]term|period|placement|programme|course)"
    r"\b(?!\s*\d)" + NOT_PAST + r"|"
    r"in\s+(?:years|yrs|key\s+stages)\s+\d+\s*(?:,\s*\d+\s*)*"
    r"(?:and|to|-|\u2013|&)\s*\d+\b|"
    r"until\s+(?:his|her|their|the)\s+(?:EHCP|EHC\s+plan|plan|care\s+plan|programme)\s+is\s+"
    r"reviewed|up\s+to\s+(?:the\s+|his\s+|her\s+)?(?:next\s+)?(?:annual\s+)?review|"
    r"(?:throughout|through)\s+(?:(?:his|her|their)\s+time\s+(?:at|in)|primary|secondary|"
    r"key\s+stage)|(?:while|whilst)\s+(?:at|in)\s+(?:school|college|the\s+setting)|"
    # f15z: "during the day" says when in the day, not how long; "throughout / across the
    # (whole) day" and "all day" say the whole of each day.
    r"(?:throughout|across)\s+the\s+(?:whole\s+)?(?:school\s+)?day|during\s+the\s+whole\s+"
    r"(?:school\s+)?day|all\s+day|"
    r"long[- ]term|lifelong|life-long|permanent(?:ly)?|until\s+further\s+notice|"
    r"for\s+the\s+foreseeable\s+future|"
    r"until\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:transitions?|transfers?|starts?|goes|finishes|"
    r"completes?|reaches?)\b|"
    # f15t: a span of school time after a preposition of extent, in one rule ("for the year",
    # "for each term", "throughout the plan", "during the 2026/27 school year", "over the
    # autumn and spring terms", "throughout his first year", "for her final term"); after
    # "in" or "of" only with a word that names which span ("in the autumn term", "of the
    # current school year"; not "in the plan", "of the year"). Replaces f15f's "for the /
    # this / one year", "for each term", "throughout the year / plan", its season-term and
    # school-year forms, f15l's half-term form and f15t's first form of "his first year".
    r"(?:for|during|throughout|through|across|over)\s+"
    r"(?:(?:the|this|that|his|her|their|each|every|one|a|all\s+of\s+the|"
    r"(?-i:[A-Z][a-z]+)['\u2019]s)\s+)?" + SPAN_WORDS + r"{0,5}" + SPAN + r"|"
    r"(?:in|of)\s+(?:(?:the|this|that|his|her|their|(?-i:[A-Z][a-z]+)['\u2019]s)\s+)?"
    r"(?:" + SPAN_WORDS + r")+(?<!and\s)(?<!to\s)(?<!,\s)"
    r"(?:years?|terms?|half[- ]terms?)\b" + NOT_PAST + r")",
    re.IGNORECASE,
)
QUALIFIED_ROLE = re.compile(
    r"\b(?:therapists?|physiotherapists?|nurses?|paediatricians?|psychologists?|psychiatrists?|"
    r"dietitians?|dieticians?|audiologists?|orthoptists?|optometrists?|consultants?|doctors?|"
    r"health\s+visitors?|nursing\s+(?:team|service)|teachers?\s+of\s+the\s+deaf|qualified\s+teachers?\s+of|"
    r"practitioners?|clinicians?|SALTs?|SLTs?|OTs?|physio|GPs?|podiatrists?|orthotists?|"
    r"counsellors?|social\s+workers?|first\s+aiders?|paramedics?|pharmacists?|"
    r"(?:re)?habilitation\s+(?:officer|specialist|worker)s?|play\s+specialists?|"
    r"portage\s+(?:worker|home\s+visitor)s?|"
    # Teachers hold qualified teacher status; a SENCo must be a qualified teacher.
    r"(?:class\s+|subject\s+|PE\s+)?teachers?|form\s+tutors?|heads?\s+of\s+year|SENCOs?|SENDCOs?|"
    # School leaders are qualified teachers: "the headteacher", "the Inclusion Lead".
    r"head\s*teachers?|(?:deputy|assistant)\s+head(?:\s*teacher)?s?|"
    r"inclusion\s+(?:lead|manager|co-?ordinator)s?|heads?\s+of\s+(?:school|inclusion|SEND?)|"
    # More professions and roles (f15e): "neurologist", "physician", "Dr Shah", "ELSA",
    # "QTVI", "CCN", "dentist" (listed, not matched by ending: an ending pattern tried at
    # every word made the section-wide patterns built from this list three times slower).
    r"(?:neuro|cardio|endocrino|gastroentero|rheumato|ophthalmo|dermato|immuno|haemato|"
    r"nephro|uro|onco|neonato|radio|pulmono|respirato|allergo|gyn(?:a)?eco)logists?|"
    r"geneticists?|allergists?|anaesthetists?|physicians?|opticians?|hydrotherapists?|"
    r"surgeons?|dentists?|registrars?|"
    r"midwi(?:fe|ves)|ELSAs?|QTVIs?|QTHIs?|ToDs?|CCNs?|CNSs?|RGNs?|RNs?|HCPC[- ]registered|"
    r"mobility\s+(?:officer|specialist|instructor)s?|(?-i:Dr\.?\s+[A-Z][a-z]+)|"
    # Education and college roles are teachers or hold a qualification of their own (f15g):
    # any tutor ("college tutor", "learning support tutor", "a tutor from the service"),
    # heads of sixth form or department, job coaches, travel trainers, QToD / QTVI.
    r"tutors?|heads?\s+of\s+(?:sixth\s+form|department|faculty|key\s+stage\s+\d|"
    r"(?:[\w-]+\s+)?(?:studies|college|centre|learning\s+support))|(?:the\s+)?(?:job\s+coach(?:es)?|"
    r"travel\s+trainers?|instructors?|lecturers?)|QToDs?|QTODs?|QTMSIs?|"
    # Care roles (f15h): personal care assistants and paid carers are employed for the care.
    r"personal\s+care\s+assistants?|PCAs?|(?:paid\s+|professional\s+|agency\s+)?carers?)\b",
    re.IGNORECASE,
)
OTHER_ROLE = re.compile(
    r"\b(?:staff|teaching\s+assistants?|TAs?|adults?|key\s+workers?|support\s+workers?|"
    r"carers?|parents?|school|setting|learning\s+support\s+assistants?|"
    r"LSAs?|team|service|midday\s+supervisors?|lunchtime\s+assistants?|care\s+workers?|"
    r"carers?|health\s*care\s+assistants?|personal\s+assistants?)\b",
    re.IGNORECASE,
)
# A named health service, team or clinic is a provider: "the audiology service", "the
# community children's nursing team", "the wheelchair service".
HEALTH_SERVICE = re.compile(
    r"\b(?:audiolog\w*|wheelchair|physiotherapy|occupational\s+therapy|speech\s+and\s+language"
    r"(?:\s+therapy)?|nursing|nurse|paediatric\w*|dietetic\w*|nutrition\w*|orthotic\w*|"
    r"orthoptic\w*|continence|bladder\s+and\s+bowel|diabetes|epilepsy|respiratory|"
    r"mental\s+health|CAMHS|neurodevelopment\w*|neurodisability|community\s+health|"
    r"school\s+health|hearing|vision|visual\s+impairment|sensory\s+support|eye|"
    r"cystic\s+fibrosis|haematology|cardiac|gastro\w*|hospital|clinical)"
    r"(?:\s+[\w']+){0,2}?\s+(?:service|team|clinic|department)s?\b|"
    # Any named service, team or clinic (f15e): "the Sensory Support Team", "the CCN team",
    # "the Physical Disability Outreach Service", "the pastoral team", "the continuing care
    # team"; not a bare "the team" or the staff themselves ("the staff team").
    r"(?<=the\s)(?!(?:staff|school|class|whole|support|same|above|following|relevant|"
    r"appropriate|right)\s+(?:team|service))[\w'-]+(?:\s+(?!the\b)[\w'-]+){0,4}?\s+"
    r"(?:service|team|clinic|department|unit)s?\b|"
    r"\b(?-i:[A-Z]{2,6})\s+(?:service|team|clinic|department)s?\b|"
    # A proper-named organisation (f15h): capitalised words then an organisation's head noun,
    # "the Riverside Implant Centre", "Eastwood Children's Hospice", "the Low Vision Clinic".
    r"(?-i:(?!(?:The|A|An|This|That|These|His|Her|Their|Our|Your|Its|School|Staff|Class|"
    r"Support|Whole|Same|Local|Relevant|Appropriate)\s)"
    r"(?:[A-Z][\w'\u2019.&-]*\s+)(?:(?:[A-Z][\w'\u2019.&-]*|of|for|and|&)\s+){0,5}"
    r"(?:Centre|Center|Programme|Program|Clinic|Team|Unit|Service|Department|Hospital|"
    r"Hospice|Trust|Charity|Foundation|Partnership))s?\b",
    re.IGNORECASE,
)
# Being supervised is not a qualification ("he will be supervised at lunch" says nothing of
# who supervises), nor is toilet training, nor being registered with a GP.
QUALIFICATION = re.compile(
    r"\b(?:HCPC|NMC|GMC|(?<!toilet[- ])(?<!potty[- ])(?:trained|training)|"
    r"registered(?!\s+with\b)|qualified|accredited|"
    r"under\s+the\s+(?:direction|supervision|guidance)\s+of|competent|signed\s+off|"
    r"(?:shown|taught|instructed)\s+by|"
    # A relative clause on the provider: "her class team, who will be trained by ...".
    r"(?<=who\s)(?:will\s+be|are|is|have\s+been|has\s+been)\s+(?:\w+\s+)?trained|"
    # "who has been shown the exercises by the physiotherapist" (f15e).
    r"(?:shown|taught|instructed|trained|supervised|signed\s+off)\s+(?:[\w'-]+\s+){1,5}?by\s+"
    r"(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:\w*therapist|"
    r"physio\w*|nurse|paediatrician|doctor|consultant|SALT|SLT|OT|\w+ologist|dietitian|"
    r"specialist|team|service)s?|"
    # "who has completed Makaton level 2", "holds a paediatric first aid certificate".
    r"(?:completed|holds?|has|have|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:level\s+\d|"
    r"certificate|diploma|qualification|course|award))\b|"
    # "a teaching assistant with Team Teach certification", "a certified Makaton tutor".
    r"\bcertifi(?:ed|cation)\b",
    re.IGNORECASE,
)
NOT_PROVISION = re.compile(
    r"\b(?:no\s+(?:health\s+)?provision|not\s+require|no\s+(?:further\s+)?health\s+needs|"
    r"no\s+longer\s+(?:needs|requires)|"
    # "No medication is required in school", "No support is needed at lunchtime" (f15e).
    r"no\s+(?:\w+\s+){1,2}(?:is|are)\s+(?:currently\s+)?(?:required|needed|necessary))\b",
    re.IGNORECASE,
)
# A recommendation in advice is provision to check (f15h): "I recommend that ...", "I would
# suggest ...", "My advice is that ...".
RECOMMENDS = (
    r"(?:I|we)\s+(?:would\s+)?(?:strongly\s+)?(?:recommend|suggest|advise|propose)\b|"
    r"(?:my|our)\s+(?:recommendation|advice|suggestion)\s+is\b"
)
PROVISION_CUE = re.compile(
    r"\b(?:will|should|must|shall|(?-i:may|might|could)|to\s+be\s+\w+(?:ed|en|wn|ght)|"
    r"recommend\w*\s+that|"
    + RECOMMENDS
    + r"|needs?|requires?|offered|access|opportunit\w*|breaks?|"
    r"\w*therapy|physio|regular|"
    r"assessments?|reviews?|reviewed|benefit|to\s+receive|receives?|provided?|provides|deliver(?:ed|s)?|sessions?|"
    r"programme|therapy|support(?:ed)?|training|input|monitor(?:ed|ing)?|supervis\w*|"
    # (f15e's note-style task words, "physio..., stretches, exercises", removed by f15w: a
    # list item or table row is provision whatever its words.)
    r"administer(?:ed)?|given|carry\s+out|carried\s+out|implement(?:ed)?)\b",
    re.IGNORECASE,
)


HEADER_WORDS = re.compile(
    r"^(?:need|needs|area\s+of\s+need|provision|support|what|who|by\s+whom|provider|"
    r"delivered\s+by|how\s+often|frequency|how\s+long|duration|when|outcomes?|"
    r"health\s+(?:need|provision)s?|intervention|resources?|staffing|review|notes?|"
    r"ratio|cost|hours|qualification|responsible)$",
    re.IGNORECASE,
)
STATEMENT_VERB = re.compile(
    r"\b(?:will|would|is|are|was|were|has|have|should|must|shall|can|may|to|be)\b", re.I
)


def is_structure(item: Span) -> bool:
    """A table header row ("Need | Provision | Who | How often") or a sub-heading on a line of
    its own ("Sensory needs", "Physiotherapy"): structure, not provision."""
    cells = [c.strip() for c in item.text.split("|")]
    if len(cells) >= 2 and all(not c or HEADER_WORDS.match(c.rstrip(":")) for c in cells):
        return True
    if len(cells) >= 2 and all(_column_label(c) for c in cells):
        return True  # f15g: "Need | What will be done | By whom | When / how long"
    words = item.words
    return (
        len(cells) == 1
        and len(words) <= 5
        and item.text[-1:] not in ".!?;,"
        and not STATEMENT_VERB.search(item.text)
        and not re.search(r"\d", item.text)
    )


# What is provision at all (f15e). A provision section also holds sentences that promise
# nothing: what the child is like or has had ("Lily uses a walking frame", "All staff have
# had epilepsy training"), what the provision is for ("The aim is to ...", "This will help
# her to ..."), that the plan is looked at again ("Her provision will be reviewed at the
# annual review"), and equipment the child simply has ("Noah will have ear defenders in
# every lesson", "Spare clothes will be kept in school"). None of them needs how often, how
# long or who.
PROMISE = re.compile(
    r"\b(?:will|shall|must|should|(?-i:may|might|could)|recommend\w*\s+that|" + RECOMMENDS + r"|"
    r"to\s+be|is\s+to|"
    r"are\s+to|needs?\s+to|requires?|to\s+receive|"
    r"(?:will|to)\s+(?:\w+\s+)?(?:continue|receive|have|get))\b",
    re.IGNORECASE,
)
HISTORY = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|recently\s+|previously\s+)?(?:had|been|received|"
    r"attended|completed|seen|undertaken|written|provided|given|trained)\b|\b(?:was|were)\b|"
    r"\b(?:attended|received|completed|undertook|saw|wrote|provided|gave|trained)\b",
    re.IGNORECASE,
)
AIM = re.compile(
    r"^(?:the\s+(?:aim|purpose|goal|intention)s?\b|(?:this|these|it|they)\s+(?:\w+\s+)?"
    r"(?:aims?|is\s+intended|are\s+intended|will\s+(?:help|enable|allow|support|ensure|mean|"
    r"reduce|improve|keep|give)|helps?|enables?|allows?|means?)\b)",
    re.IGNORECASE,
)
# A purpose on its own ("So that she can take part in PE.", "To help her settle in the
# mornings."); with "will" or "must" after it, it is the purpose of the provision that
# follows ("To help Ruby settle, her key worker will meet her ...").
PURPOSE = re.compile(
    r"^(?:so\s+that|in\s+order\s+to|to\s+(?:help|enable|support|allow|ensure|reduce|improve))\b",
    re.IGNORECASE,
)
MODAL = re.compile(r"\b(?:will|shall|must|should|is\s+to|are\s+to)\b", re.IGNORECASE)
# What a sentence about the child names as provision, so it is a provision claim after all:
# "Ruby has 1:1 support at lunchtime", "He receives weekly physiotherapy".
PROVISION_NOUN = re.compile(
    r"\b(?:support|\w*therap\w*|physio|sessions?|programme|input|help|supervision|"
    r"intervention|treatment|assistants?|adults?|staff|nurses?|1:1|one-to-one|key\s+workers?)\b",
    re.IGNORECASE,
)
PLAN_REVIEWED = re.compile(
    r"\b(?:will|to|shall)\s+be\s+(?:formally\s+)?(?:reviewed|revisited|updated|evaluated|"
    r"monitored|considered|discussed)\s+(?:\w+\s+){0,3}?(?:at|in|during|as\s+part\s+of|through)"
    r"\s+(?:the\s+|each\s+|every\s+|his\s+|her\s+|their\s+|a\s+)?(?:next\s+|first\s+)?"
    r"(?:annual|EHCP?|EHC\s+plan|statutory|interim|transition)?\s*(?:review|reviews|meeting)\b",
    re.IGNORECASE,
)
# The child (a name or a pronoun) having, using or needing a thing: equipment, not a service.
CHILD_HAS = re.compile(
    r"^(?!(?:It|This|That|There|These|Those)\b)(?:[A-Z][a-z]+|he|she|they)\s+"
    r"(?:will\s+(?:\w+\s+)?|also\s+)?(?:has|have|had|uses?|"
    r"wears?|needs?|requires?|carry|carries|keeps?|brings?|(?:will\s+)?(?:have|use|wear|need|"
    r"require|keep|bring))\s+(?:(?:his|her|their|a|an|the|own|personal|access\s+to)\s+)*(?!access)",
    re.IGNORECASE,
)
NOT_EQUIPMENT = re.compile(
    r"\b(?:\w*therap\w*|physio\w*|support|care|programme|sessions?|training|input|advice|"
    r"supervision|help|intervention|treatment|medication|medicine|breaks?|"
    # f15w: what happens to the child is not a thing the child has: tests, reviews, scans,
    # checks and appointments are events, and "regular" says they recur.
    r"assessments?|reviews?|tests?|testing|scans?|screening|check-?ups?|regular|"
    r"time|checks?|prompts?|reminders?|adults?|staff|assistants?|access|opportunit\w*|"
    r"teaching|lessons?|visits?|appointments?|monitoring|feeds?|exercises|stretches|"
    r"circuits?|activit\w*|groups?|clubs?|diet|routines?|snacks?|drinks?|meals?|practi[cs]e|"
    # A session length makes it an activity: "a 20-minute sensory circuit".
    r"\d+[- ]?(?:minutes?|mins?|hours?)|minutes?|hours?)\b",
    re.IGNORECASE,
)


def _equipment(text: str) -> bool:
    """Equipment or a place the child has, or that is kept or available for them."""
    if _people(text) - {"parent", "carer"}:
        return False
    has = CHILD_HAS.search(text)
    if has:
        # What the child has, up to where or when ("ear defenders | in every lesson").
        thing = re.split(
            r"\b(?:in|at|during|for|every|each|when|whenever|if|until|throughout|on|before|"
            r"after|from|by)\b",
            text[has.end() :],
            maxsplit=1,
        )[0]
        thing = has.group() + thing
        return not (NOT_EQUIPMENT.search(thing) or QUALIFIED_ROLE.search(thing))
    if KEPT_IN_STATE.search(text):
        return False  # f15m: a person kept upright or warm is care, not equipment
    if STORED.search(text) and not re.search(r"\w*therap\w*|physio|support|care\b", text, re.I):
        return True
    return bool(RESOURCE.search(text)) and not NOT_EQUIPMENT.search(text)


# The child described in the present tense: "Amelia has a PEG and receives top-up feeds in
# school", "He attends the hospital clinic". What is promised comes with "will", "must" ...
DESCRIBES_CHILD = re.compile(
    r"^(?!(?:It|This|That|There|These|Those|What|Which|Who)\b)(?:[A-Z][a-z]+|he|she|they)\s+"
    r"(?:also\s+|currently\s+|already\s+|usually\s+|"
    r"sometimes\s+|often\s+)?(?:has|is|uses|wears|receives|attends|gets|takes|sees|enjoys|"
    r"likes|finds|can|cannot|can't|goes|lives|walks|eats|drinks|sleeps|becomes|tires)\b"
)


# A statement of need (f15g): a cause given first, then what the child needs, with no one
# promising it: "Because of his FASD, he needs short instructions, repeated." Provision says
# who will do it ("..., his teacher will give him ..."), so a modal makes it provision again.
NEED_STATEMENT = re.compile(
    r"^(?:because(?:\s+of)?|as\s+a\s+result\s+of|due\s+to|owing\s+to|given|with|as|since)\s+"
    r"[^,]{2,80},\s*"
    r"(?:[A-Z][a-z]+|he|she|they)\s+(?:still\s+|also\s+|currently\s+)?(?:needs|requires|"
    r"benefits\s+from|finds|struggles|has|is|can(?:not|'t)?)\b(?![^.;]*\b(?:will|shall|must)\b)",
    re.IGNORECASE,
)


# f15w: a door left open, not provision promised: who may ask for help if things change
# ("If his health changes, his parents can ask the school nurse for a review", "She can
# contact the team at any time"). "Can" says someone is able to; nobody undertakes anything.
OPEN_DOOR = re.compile(
    r"\bcan\s+(?:always\s+|also\s+)?(?:ask|contact|request|re-?refer|refer\s+(?:him|her|them|"
    r"themselves)|phone|call|ring|email|get\s+in\s+touch|seek)\b"
    r"(?![^.;]*\b(?:will|shall|must)\b)",
    re.IGNORECASE,
)


# f15z: the same door, promised with "will" but only for a change not yet here ("If new health
# needs arise, the school will ask his GP for advice", "Should things change, we will contact
# the team"): asking for help with needs the child does not have is not provision for the
# needs he has, whatever the modal.
CONTINGENT_DOOR = re.compile(
    r"^\s*(?:if|should|in\s+case)\s+(?:(?:any|new|further|more|other|his|her|their)\s+)*"
    r"(?:health\s+|medical\s+)?(?:needs?|concerns?|problems?|difficulties|things|circumstances|"
    r"health|condition)\s+(?:\w+\s+)?(?:arises?|changes?|develops?|emerges?|appears?|come\s+up|"
    r"gets?\s+worse|worsens?)\b[^.;]*?\b(?:will|shall|can|would|should)\s+(?:\w+\s+)?"
    r"(?:ask|contact|request|seek|refer|phone|call|ring|email|get\s+in\s+touch)\b",
    re.IGNORECASE,
)


def not_provision(text: str, *, row: bool = False) -> bool:
    """A sentence in a provision section that promises no provision. A table row under a
    header is not history for a past participle in it ("... | trained by the nurse | ...")."""
    door = OPEN_DOOR.search(text) or CONTINGENT_DOOR.search(text)
    if door:
        # Who is asked is a service or a professional, or it is for advice or a review; a
        # child who "can ask for a break" has provision (a standing permission).
        asked = text[door.end() : door.end() + 90]
        if (
            HEALTH_SERVICE.search(asked)
            or QUALIFIED_ROLE.search(asked)
            or re.search(
                r"\bfor\s+(?:(?:a|an|more|further)\s+)?(?:advice|review|referral|"
                r"appointment|assessment)",
                asked,
                re.I,
            )
        ):
            return True
    if NEED_STATEMENT.search(text) or SECTION_STATEMENT.search(text) or LEAD_IN.match(text):
        return True  # f15i: "All of the following is in place from ...": a frame
    if AIM.search(text) or PLAN_REVIEWED.search(text) or _equipment(text):
        return True
    if PURPOSE.search(text) and not MODAL.search(text):
        return True
    if PROMISE.search(text):
        return False
    if DESCRIBES_CHILD.search(text) and not PROVISION_NOUN.search(text):
        return True
    return not row and bool(HISTORY.search(text))


def _is_bullet(item: Span, bullets) -> bool:
    return any(s <= item.start < e for s, e in bullets)


def provision_statements(text: str) -> list[Span]:
    """The statements of a provision section that promise provision. A bullet is a
    statement however short (it is an item of its lead-in's list), unless it ends with ":"."""
    bullets = [(s, e) for s, e, b in blocks(text) if b]
    # A data row under a table's header row is provision whatever its words (f15h).
    rows = [(s, e) for s, e, _fields in _table_rows(text)] if "|" in text else []
    # The first line of a form-style record ("Provision: ...", then "Who: ...") is its
    # statement, whatever its words (f15h).
    firsts = {s for s, _e, _f in _records(text)} if ":" in text else set()

    def row(item: Span) -> bool:
        return item.start in firsts or any(s <= item.start < e for s, e in rows)

    return [
        item
        for item in provision_items(text)
        if (
            (_is_bullet(item, bullets) and not item.text.endswith(":"))
            or (not is_label(item) and not is_structure(item))
            or (row(item) and not is_structure(item))
            or item.start in firsts
        )
        # f15w: an item of a list in a provision section is an item of provision, whatever
        # its words ("A laptop for all lessons, with touch-typing practice.").
        and (PROVISION_CUE.search(item.text) or row(item) or _is_bullet(item, bullets))
        and not NOT_PROVISION.search(item.text)
        and not not_provision(item.text, row=row(item))
    ]


# One occasion of work in a window (f15e): "Seating review by OT in autumn term 2026", "an
# assessment visit during the first half term".
SINGLE_IN_WINDOW = re.compile(
    r"\b(?:review|assessment|visit|appointment|observation|meeting|referral|training\s+session)"
    r"\b(?!s)[^.;]{0,50}?\b(?:in|during|before|by)\s+(?:the\s+)?(?:(?:first|second|next)\s+)?"
    r"(?:" + MONTH + r"|(?:autumn|spring|summer)\b|half[- ]term|\d{4})",
    re.IGNORECASE,
)


# One occasion named by its place in a series (f15h): "At the first session ...", "at his
# next review", "at the initial appointment": once, so how often and how long are said.
OCCASION_ONCE = re.compile(
    # f15z: "once" standing on its own (a clause, a table cell: "supplied once.", "| Once,
    # September 2026 |") says the work is done one time; "once a week", "once he is settled"
    # and "once more" are a rate, a condition and a repeat.
    r"\bonce\s*(?:[.;,)|]|$)|"
    r"\b(?:at|in|during|before|after)\s+(?:the|his|her|their|a)\s+(?:very\s+)?(?:first|next|"
    r"initial|last|final|opening)\s+(?:[\w-]+\s+)?(?:session|review|appointment|visit|"
    r"meeting|clinic|assessment|lesson|day|week)\b",
    re.IGNORECASE,
)


def _one_off_or_triggered(text: str) -> bool:
    return bool(
        TRIGGER.search(text)
        or ONE_OFF.search(text)
        or SINGLE_IN_WINDOW.search(text)
        or OCCASION_ONCE.search(text)
    )


def _one_off(text: str) -> bool:
    """Done once (f15h): a trigger says when, not for how long, so only one-off work needs
    no period."""
    return bool(ONE_OFF.search(text) or SINGLE_IN_WINDOW.search(text) or OCCASION_ONCE.search(text))


# A delay or a threshold is not how long provision lasts (f15h): "recheck after 15 minutes",
# "within 10 minutes", "if a seizure lasts longer than 5 minutes", "20 minutes later".
DELAY = re.compile(
    r"\b(?:after|within|in|wait(?:ing)?(?:\s+for)?|(?:longer|more|less|shorter)\s+than|over|"
    # f15t: "for up to an hour", "for at least 20 minutes": "for" says how long it lasts.
    r"under|(?<!\bfor\s)at\s+least|(?<!\bfor\s)up\s+to)\s+(?:another\s+|a\s+further\s+|a\s+|"
    # f15w: "in the first 10 minutes of the day" says when, not how long.
    r"the\s+(?:first|last|final|opening|closing)\s+)?"
    + NUMBER
    + r"(?:\.\d+)?[- ]?(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\b"
    # f15l: "in a two-hour session" gives the session's length, not a delay.
    r"(?!\s+(?:session|visit|meeting|appointment|lesson|slot|group|class|workshop|"
    r"training|course|block)s?\b)|"
    r"\b" + NUMBER + r"[- ]?(?:minutes?|mins?|hours?|hrs?)\s+(?:later|afterwards|apart|after\b)|"
    # f15z: an interval says how often, not how long ("a break every 15 minutes", "every two
    # hours", "each hour").
    r"\b(?:every|each)\s+(?:" + NUMBER + r"\s+)?(?:minutes?|mins?|hours?|hrs?)\b",
    re.IGNORECASE,
)


# f15m: the length of each session ("for a 40-minute session", "a one-hour therapy session")
# says how long one session lasts; sessions that recur ("every fortnight", "every week") also
# need how long they go on for. (A visit or check-in "for 45 minutes every half term" is left
# as before: the seen sets' writers label it both ways.)
SESSION_LENGTH = re.compile(
    r"\b(?:" + NUMBER + r"(?:\.\d+)?[- ]?(?:minutes?|mins?|hours?|hrs?)\b|half\s+an\s+hour|"
    r"an\s+hour)(?=\s+(?:[\w-]+\s+){0,3}?(?:session|appointment|lesson)s?\b)",
    re.IGNORECASE,
)


def _has_duration(text: str) -> bool:
    text = DELAY.sub(lambda m: " " * len(m.group()), text)
    if UNTIL_WHEN.search(text):
        return True
    if not RECURS_EVERY.search(text):
        return bool(DURATION.search(text))
    return bool(DURATION.search(SESSION_LENGTH.sub(lambda m: " " * len(m.group()), text)))


# Recurring provision: "every week", "every Monday and Thursday", "each fortnight", "weekly".
RECURS_EVERY = re.compile(
    r"\b(?:every|each)\s+(?:other\s+|second\s+)?(?:week|fortnight|month|monday|tuesday|"
    r"wednesday|thursday|friday|half[- ]term)\b|\b(?:weekly|fortnightly|monthly)\b",
    re.IGNORECASE,
)


# f15i: an end said by a date or a review, in whatever words come between ("until Keira's
# annual review in October 2027", "until her next review in June 2027", "until the
# end of July 2027").
UNTIL_WHEN = re.compile(
    r"\b(?:until|till|untill|up\s+to|to)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:" + MONTH + r"\s+)?"
    r"20\d\d\b(?!\s*[/-])|"
    r"\b(?:until|till|untill)\s+(?:the\s+|his\s+|her\s+|their\s+|(?-i:[A-Z][\w-]+)['\u2019]s\s+)"
    r"(?:next\s+|first\s+)?(?:annual\s+|EHC\s+|EHCP\s+|plan\s+)?review\b|"
    # f15r: an end set by the clinician's decision, as "until further notice" and "until she is
    # discharged" are: "until I write to say she can exercise again", "until her
    # physiotherapist advises otherwise", "until the diabetes team agree".
    r"\buntil\s+(?:I|we|(?:the|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:"
    + QUALIFIED_ROLE.pattern[5:-3]
    + r"|team|service|clinic))\s+(?:\w+\s+)?(?:writes?|says?|tells?|advises?|confirms?|"
    r"decides?|agrees?|discharges?|signs?\s+off|stops?\s+it|lets?)\b",
    re.IGNORECASE,
)


# f15r: "as needed", "as required", "when needed" ... stand in for how often (the labelling
# conventions give them both labels): an occasion the statement names ("support as needed
# with dressing for PE") says when it may happen, not how often it does. Only a rate ("as
# needed, up to three times a day", "weekly, and as needed") or a stated trigger says it.
# f15z: what the child can manage stands in for how often as "as needed" does ("as able", "as
# tolerated", "as she is able", "as he can manage").
AS_ABLE = (
    r"as\s+(?:(?:he|she|they)\s+(?:is|are)\s+)?(?:able|tolerated)|"
    r"as\s+(?:he|she|they)\s+can\s+(?:manage|cope|tolerate)"
)
# f15w: a hedge on the statement's own verb ("The physiotherapist may visit school to
# ..."): nothing is promised, so an occasion named with it ("in PE") says when it might
# happen, not how often it does, as "as needed" does. Not "May 2027" (a capital).
# A child's "may" is leave ("Sam may stay in at break"), so only an adult's counts.
HEDGE = re.compile(
    r"^(?:the|a|an|his|her|their|our|my|I|we|(?-i:[A-Z][a-z]+)['\u2019]s)\s[^.;:]{0,60}?"
    r"\b(?-i:may|might|could)\s+(?:also\s+)?(?!be\s+(?:able|needed)\b)[a-z]+",
    re.IGNORECASE,
)
WHEN_NEEDED_RE = re.compile(
    r"\b(?:as\s+(?:and\s+when\s+)?(?:needed|required|necessary|appropriate)|(?:when|if)\s+"
    r"(?:needed|required|necessary|appropriate)|" + AS_ABLE + r")\b|" + HEDGE.pattern,
    re.IGNORECASE,
)
RATE = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|termly|half-termly|hourly|"
    # f15w: "each" as "every", and sessions, lessons and visits as the units of a rate.
    r"(?:every|each)\s+(?:school\s+|nursery\s+|college\s+|therapy\s+|PE\s+)?(?:day|week|"
    r"fortnight|month|term|half[- ]term|morning|afternoon|session|lesson|visit|class)|"
    r"(?:once|twice|" + NUMBER + r"\s+times?)\s+(?:a|an|per|each|every)\s+" + PERIOD + r"|"
    r"per\s+" + PERIOD + r"|"
    # f15z: a count within each span named once ("twice in the year", "three times over the
    # term", "once during the half term"): how often in that span.
    r"(?:once|twice|" + NUMBER + r"\s+times)\s+(?:in|during|over|across)\s+(?:the|a|each|this)\s+"
    r"(?:school\s+|academic\s+)?" + PERIOD + r")\b",
    re.IGNORECASE,
)
# f15z: a trigger said as a clause of its own ("when her routine changes", "if he gets upset",
# "whenever she comes back from hospital"): "as needed" with it says when it happens, as a
# trigger with a threshold does (issue 15). Not "when possible", "if appropriate".
WHEN_CLAUSE = re.compile(
    r"\b(?:when|whenever|if)\s+(?:he|she|they|(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+|"
    r"(?-i:[A-Z][a-z]+))\s+(?:(?:has|have|is|are|gets?|feels?|seems?|becomes?|starts?|needs?|"
    r"asks?|shows?|comes?|goes|returns?|changes?|arises?|happens?|moves?|misses|refuses?)\b|"
    r"(?-i:[a-z]+)(?<!ss)s\b)",
    re.IGNORECASE,
)
# f15z: a recurring event of the school day or week named as the occasion ("before PE", "at
# lunch", "after swimming", "at break"): it says when the work happens, so how often.
EVENT_OCCASION = re.compile(
    r"\b(?:before|after|at|during)\s+(?:(?:every|each|all|his|her|their)\s+)?(?:PE|games|"
    r"swimming|lunch(?:time)?s?|break(?:time)?s?|playtimes?|snacks?(?:\s+times?)?|meals?|"
    r"assembly|assemblies|registration|home\s+time|the\s+start\s+of\s+(?:each|every)\s+\w+)\b",
    re.IGNORECASE,
)


def _when_needed(text: str) -> bool:
    """A vague word standing in for how often, with no rate, stated trigger or dated
    occasion of the statement's own (f15r; f15w: the rate and the dated occasion)."""
    return (
        bool(WHEN_NEEDED_RE.search(text))
        and not STATED_TRIGGER.search(text)
        # f15z: a trigger clause or a school event says when "as needed" happens; with an
        # adult's "may" (f15w) it says when it might happen, not how often it does.
        and not (
            (WHEN_CLAUSE.search(text) or EVENT_OCCASION.search(text)) and not HEDGE.search(text)
        )
        and not RATE.search(text)
        and not _one_off(text)
    )


# f15w: what is said of the doer is not said of the provision. A phrase between commas that
# says how the doer was trained ("Her teaching assistant, trained by me in October 2026,
# will ...", "His key worker, who I trained last term, will ...") dates the training, not
# the work: it is left out before how often and how long are read.
DOER_TRAINING = re.compile(
    r",\s*(?:(?:who|whom)\s+[^,.;]{0,60}?\btrain\w*|(?:(?:fully|suitably|already)\s+)?"
    r"(?:trained|taught|shown|qualified)\s+(?:by|in|on|at|to)\b)[^,.;]{0,80}?,",
    re.IGNORECASE,
)


def _work_text(text: str) -> str:
    return DOER_TRAINING.sub(", ", text)


def no_frequency(section: str, text: str) -> list[Finding]:
    return [
        finding(
            "no_frequency",
            section,
            text,
            item.start,
            item.end,
            "This provision does not say how often it happens. Say exactly how often, for "
            "example 'weekly', 'twice a day' or 'at every meal'.",
        )
        for item, scope in _with_scopes(text, quantities=True)
        if _lacks_frequency(_row_work_text(item.text, scope), scope)
    ]


def _row_work_text(text: str, scope) -> str:
    """f15w: a table row's cell under "How long" says how long, and an occasion in it ("until
    the annual review in May 2027") is not how often; with the "How often" cell empty, the
    row says no how often."""
    fields = scope[2]
    if "duration" in fields and "frequency" not in fields and fields["duration"]:
        text = text.replace(fields["duration"], " ")
    return _work_text(text)


def _lacks_frequency(text: str, scope) -> bool:
    return _when_needed(text) or (
        not FREQUENCY.search(text)
        and not RATE.search(text)
        and not _one_off_or_triggered(text)
        and not ONE_OFF_VERB.search(text)
        and not _inherits("frequency", scope)
        and not _standing(text, scope)
        and not _recurs(text)
        and not _said_when(text, scope)
    )


# --- f15i: how often, said in the forms a stranger uses ---------------------------------
#
# Each, every or any occasion of whatever kind ("every drink he has", "after any
# disagreement", "in all internal and external exams"), recurring times ("during bell times
# and fire drills"), a rate ("per hour", "two days a week"), a clause of state ("while he is on
# the bed"), a count in a window ("twice this year (November 2026 and May 2027)", "4 journeys
# in September and October 2026"), and a standing change to the setting or the child's things
# ("keep her table plain", "give her a seat by the door and a toilet pass"), which happens once
# and then holds. None of these counts when the statement is vague about it ("opportunities
# for ... during lessons", "as needed").
NOT_OCCASION = (
    r"(?:effort|opportunit\w*|support|help|way|ways|adults?|staff|members?|one|person|people|"
    r"needs?|other|time|times|reasonable|appropriate|relevant|necessary|further|additional)\b"
)
RECURS = re.compile(
    r"\b(?:every|each|any)\s+(?!" + NOT_OCCASION + r")[\w-]+|"
    r"\ball\s+(?:(?:[\w-]+|and|or)\s+){0,3}?" + OCCASION + r"|"
    r"\bduring\s+(?:(?:[\w-]+|and)\s+){0,3}?(?:times|[\w-]+(?<!s)s)\b(?:\s+and\s+[\w\s-]{1,20}?s\b)?|"
    r"\b(?:per|an|a)\s+(?:hour|minute|day|week|month|term)\b|"
    r"\b" + NUMBER + r"\s+(?:days?|times|mornings?|afternoons?|sessions?|lessons?)\s+"
    r"(?:a|per|each|every)\s+(?:week|day|fortnight|month|term)\b|"
    r"\bwhile\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:is|are|has|does|eats|drinks|uses)\b|"
    r"\b(?:once|twice|(?:" + NUMBER + r")\s+(?:times|[\w-]+s))\b[^.;]{0,60}?"
    r"(?:\bthis\s+(?:school\s+|college\s+)?year\b|\bduring\s+the\s+year\b|\b" + MONTH + r"\b)|"
    r"\b(?:first|next)\s+(?:two|three|four|\d+)\s+(?:[\w-]+\s+){0,4}?(?:appointments|visits|"
    r"sessions|meetings|reviews)\b|"
    r"\b(?:will|shall|must)\s+(?:also\s+)?(?:keep\s+(?:his|her|their|the)\s+(?!\w+\s+(?:diary|"
    r"record|log|chart)s?\b)|mark|label|switch\s+off|turn\s+off|fit|install|"
    r"give\s+(?:him|her|them|(?-i:[A-Z][\w-]+))\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:seat|pass|card|copy|key|locker|space|desk|chair|place|peg)s?\b)|"
    # f15j: the same given in the passive ("will be given an exit card and a key"), and a
    # statement about all things of a kind ("All worksheets should be enlarged"): each one.
    r"\b(?:will|shall|must|should)\s+(?:also\s+)?be\s+(?:given|issued|provided\s+with)\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:seat|pass|card|copy|key|locker|space|desk|chair|place|peg)s?\b|"
    r"^\s*all\s+(?:(?:of\s+)?(?:his|her|their|the|(?-i:[A-Z][a-z]+'s))\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]+(?<!s)s)\s+(?:will|should|must|are|shall)\b",
    re.IGNORECASE,
)
VAGUE_HOW_OFTEN = re.compile(
    r"\b(?:opportunit\w*|regular(?:ly)?|as\s+(?:and\s+when\s+)?(?:needed|required|appropriate|"
    r"necessary)|when\s+(?:needed|required|necessary|appropriate)|if\s+(?:needed|required|necessary)|may\s+benefit|access\s+to|"
    r"input|support\s+as)\b",
    re.IGNORECASE,
)


def _recurs(text: str) -> bool:
    return bool(RECURS.search(text)) and not VAGUE_HOW_OFTEN.search(text)


# --- f15n: how often, said as UK school plans say it -------------------------------------
#
# Classes, not phrases: a clock time ("at 12.00", "at midday", "at 11am and 2pm") is a time
# of every school day; a named part of the school day ("first thing", "mid-session", "in
# the middle of maths lessons", "at morning registration", "during tutor time", "in period
# 1", "at the end of lunch") or week ("Tuesdays and Thursdays", "on weekdays"); a plural
# occasion after a preposition ("at unstructured times", "in science practicals", "at lesson
# changeovers"); a trigger said as a threshold or a sign ("for blood sugar under 4 mmol/L",
# "where her oxygen drops below 92%", "on signs of secretions", "in case of anaphylaxis",
# "on his return from hospital", "following a hospital stay"); one occasion or a count in a
# window ("in one 1-hour session", "on the day before she starts", "at the start and end
# of the school year", "two 1-hour observations this academic year", "three times during
# 2026/27", "three consultations (October 2026, January 2027 and April 2027)", "a 6-week
# block of sessions in the spring term"); and a standing requirement on the child's things
# ("His food must be smooth ...", "Her drinks should be thickened"), which holds whenever
# they are used.
PART_OF_DAY = (
    r"(?:registration|tutor\s+time|form\s+time|tutor\s+group|circle\s+time|carpet\s+time|"
    r"golden\s+time|home\s+time|lunch(?:time)?|break(?:time)?|play(?:time)?|assembly|"
    r"(?:morning|afternoon)\s+(?:break|registration|session)|"
    r"the\s+(?:school\s+)?(?:day|morning|afternoon|session|lesson))"
)
WHEN_F15N = re.compile(
    r"\bat\s+(?:\d{1,2}[.:]\d\d|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|noon|o['\u2019]clock)"
    r"|noon|midday|mid-day)\b|"
    r"\bfirst\s+thing\b|\bmid-(?:session|lesson|day|week)\b|"
    # A meal of every school day: "with his lunch", "pre-lunch", "post-PE".
    r"\b(?:with|over)\s+(?:(?:his|her|their)\s+)?(?:lunch|breakfast|snack|tea)\b|"
    r"\b(?:pre|post)-(?:lunch|breakfast|snack|meals?|PE|exercise|swimming|school)\b|"
    r"\bin\s+the\s+middle\s+of\s+(?:(?:each|every|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:lessons?|sessions?|mornings?|afternoons?|days?)\b|"
    r"\b(?:at|during|in|before|after)\s+(?:(?:morning|afternoon)\s+)?(?:registration|tutor\s+time|"
    r"form\s+time|circle\s+time|carpet\s+time|golden\s+time)\b|"
    r"\b(?:in|during)\s+(?:period|lesson)\s+\d\b|"
    r"\bat\s+the\s+(?:start|beginning|end)\s+of\s+" + PART_OF_DAY + r"\b|"
    r"(?<!\bon\s)\b(?:mon|tues|wednes|thurs|fri)days\b|\b(?:on\s+)?weekdays\b|"
    r"\b(?:at|in|during|for|on|before|after|between)\s+(?!(?:some|certain|other|different|"
    r"appropriate|suitable|agreed|relevant|particular|specific|busy|difficult|one|two|three|"
    r"four|five|six|several|few|many|most|those|these|such)\b)"
    # Not a session's length: "in 30-minute sessions" says how long, not how often.
    r"(?:[a-z][a-z-]*\s+){1,2}?(?:times|practicals|changeovers|change-overs|lesson\s+changes|"
    r"handovers|lessons|mealtimes|playtimes|lunchtimes|breaktimes)\b|"
    # Triggers: a threshold or a sign.
    r"\b(?:under|below|above|over|less\s+than|more\s+than|lower\s+than|higher\s+than)\s+"
    r"\d+(?:\.\d+)?\s*(?:mmol|%|per\s*cent|minutes?|mins?|seconds?|°|degrees|beats)|"
    r"\bwhere\s+[^.;:]{0,60}?\b(?:is|are|falls?|drops?|goes|rises?|lasts?)\s+(?:below|above|"
    r"under|over|more\s+than|less\s+than|longer\s+than)\b|"
    r"\b(?:on|at)\s+(?:the\s+)?(?:first\s+)?signs?\s+of\b|\bin\s+(?:the\s+)?(?:case|event)\s+of\b|"
    r"\bon\s+(?:(?:his|her|their)\s+)?return\s+(?:from|to)\b|"
    r"\bfollowing\s+(?:a|an|any|each|every|his|her|their)\s+(?:[\w-]+\s+)?(?:"
    + OCCASION
    + r"|stays?|operations?|surgery|procedures?|returns?)|"
    # One occasion, or a count in a window.
    r"\b(?:in|at|during|over|with|through)\s+(?:one|a\s+single)\s+(?:[\w.]+[- ](?:minutes?|"
    r"mins?|hours?|hrs?|day)\s+)?(?:[\w-]+\s+)?(?:session|visit|meeting|appointment|workshop|"
    r"consultation|course)\b|"
    r"\b(?:on|in)\s+the\s+(?:day|morning|afternoon|week)\s+(?:before|after)\b|"
    r"\bat\s+the\s+(?:start|beginning|end)\s+and\s+(?:the\s+)?(?:start|beginning|end)\s+of\b|"
    r"\b(?:once|twice|(?:two|three|four|five|six|\d+)\s+(?:times|(?:[\w.-]+\s+){0,2}?[a-z]{3,}s))"
    r"\b[^.;]{0,60}?\b(?:this|next)\s+(?:school\s+|academic\s+)?(?:year|term)\b|"
    r"\b(?:once|twice|(?:two|three|four|five|six|\d+)\s+(?:times|(?:[\w.-]+\s+){0,2}?[a-z]{3,}s))"
    r"\b[^.;]{0,60}?\b(?:during|in|over|across)\s+20\d\d\s*[/-]\s*(?:20)?\d\d\b|"
    r"\b(?:two|three|four|five|six|\d+)\s+(?:[\w.-]+\s+){0,2}?[a-z]{3,}s\s*\(\s*" + MONTH + r"|"
    r"\b(?:a|an|one)\s+\d+[- ]week\s+(?:block|course|programme)\b",
    re.IGNORECASE,
)
# A standing requirement on the child's things: "His food must be smooth", "Her drinks
# should be thickened", "Worksheets will be printed on cream paper". Not a service ("His
# physiotherapy will be delivered ...") and not people.
STANDING_THING = re.compile(
    r"^(?:(?:his|her|their|the|all|(?-i:[A-Z][a-z]+)['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:food|foods|drinks?|meals?|fluids|diet|worksheets?|resources|materials|texts?|"
    r"handouts?|work|equipment|desk|seat|chair|table|classroom|room|environment|lighting|"
    r"uniform|books?)\s+(?:must|should|will|shall|is\s+to|are\s+to)\s+(?:always\s+)?be\s+"
    # Upkeep done again and again is not a standing state: "... will be checked".
    r"(?!(?:checked|cleaned|changed|charged|monitored|reviewed|replaced|tested|serviced|"
    r"inspected|washed|emptied|updated|assessed|weighed|measured|recorded|refilled)\b)[a-z]+",
    re.IGNORECASE,
)


# --- f15q: how often, said as a count, a standing arrangement or a deadline --------------
#
# Classes (12k, seen, and invented sentences): a count of occasions in a named window of
# school time ("three times in the autumn term 2026", "twice during the spring term", "four
# visits over the summer term"); every one of a child's lessons or days named with a
# possessive ("all of Harvey's lessons", "all her PE lessons"); a thing the child is given to
# keep ("give Sam a ground-floor timetable and a wheelchair", "will be lent a laptop"), which
# happens once and then holds; a one-off change to the setting done by a deadline ("will lock
# the food cupboard by the start of the autumn term 2026", "will fit a handrail before
# September 2026"), but not a service said to start by then ("therapy will be in place by the
# start of term" still needs how often).
TERM_WINDOW = (
    r"(?:in|during|over|across|within|through(?:out)?)\s+(?:the\s+|this\s+|next\s+)?"
    r"(?:(?:first|second|next|coming)\s+)?(?:(?:autumn|spring|summer)\s+(?:term|half[- ]term)|"
    r"(?:autumn|spring|summer)\b|half[- ]term|term|school\s+year|academic\s+year|"
    r"year\s+\d+|20\d\d\s*[/-]\s*(?:20)?\d\d|" + MONTH + r")"
)
KEPT_THING = (
    r"(?:timetable|wheelchair|buggy|walker|frame|laptop|ipad|device|computer|locker|key|"
    r"fob|lanyard|badge|map|pass|card|cushion|stool|footrest|writing\s+slope|slope|chair|seat|"
    r"desk|table|headphones|ear\s+defenders|radio\s+aid|splints?|copy|kit|box|bag|"
    r"phone|peg|space|room|place)s?"
)
WHEN_F15Q = re.compile(
    r"\b(?:once|twice|(?:two|three|four|five|six|\d+)\s+(?:times|(?:[\w.-]+\s+){0,2}?"
    r"(?:visits|sessions|meetings|appointments|observations|consultations|reviews|workshops)))"
    r"\b[^.;]{0,40}?\b" + TERM_WINDOW + r"\b|"
    r"\ball\s+(?:of\s+)?(?:his|her|their|the|(?-i:[A-Z][\w-]*)['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lessons|classes|days|sessions|exams|tests|journeys|meals)\b",
    re.IGNORECASE,
)
# A thing given to keep holds for the period stated with it (as STANDING does): without a
# period ("Nathan will be given a visual timetable", labelled in unseen_2026_12) how often it
# is used is still asked.
KEPT_GIVEN = re.compile(
    r"\b(?:will|shall|must|to)\s+(?:also\s+)?(?:give|lend|loan|issue|provide)\s+"
    r"(?:him|her|them|me|us|you|(?-i:[A-Z][\w-]+))\s+(?:with\s+)?(?:a|an|his|her|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}?" + KEPT_THING + r"\b|"
    r"\b(?:will|shall|must)\s+(?:also\s+)?be\s+(?:lent|loaned|issued|given)\s+(?:a|an|his|her|"
    r"their)\s+(?:[\w-]+\s+){0,3}?" + KEPT_THING + r"\b|"
    # f15w: what is lent, loaned or issued is kept for a while, whatever it is ("will lend
    # me a reading pen"); "give" may be care ("give him his medicine"), so it needs the list.
    r"\b(?:will|shall|must|to)\s+(?:also\s+)?(?:lend|loan|issue)\s+(?:him|her|them|me|us|you|"
    r"(?-i:[A-Z][\w-]+))\s+(?:with\s+)?(?:a|an|his|her|their|the)\s+[\w-]+|"
    r"\b(?:will|shall|must)\s+(?:also\s+)?be\s+(?:lent|loaned|issued)\s+(?:a|an|his|her|their)\s+"
    r"[\w-]+",
    re.IGNORECASE,
)
DEADLINE = re.compile(
    r"\b(?:by|before)\s+(?:the\s+)?(?:start|beginning|end|first\s+day)\s+of\s+(?:the\s+|this\s+|"
    r"next\s+)?(?:(?:autumn|spring|summer)\s+(?:term|half[- ]term)|term|school\s+year|"
    r"academic\s+year|year\s+\d+|20\d\d|" + MONTH + r")|"
    r"\b(?:by|before)\s+(?:\d{1,2}\s+)?" + MONTH + r"\s+20\d\d\b",
    re.IGNORECASE,
)
# Work that recurs by its nature: with a deadline it is said to start by then, not done once.
SERVICE_WORK = re.compile(
    r"\b(?:therap\w*|support\w*|sessions?|input|programmes?|teaching|interventions?|help|"
    r"supervis\w*|monitor\w*|check\w*|review\w*|visits?|meetings?|lessons?|physio\w*|"
    r"exercises?|practi[cs]e|stretch\w*|care|assist\w*|prompt\w*|remind\w*|observ\w*|"
    r"teach\w*|coach\w*|mentor\w*|groups?|work(?:s|ing)?\s+with)\b",
    re.IGNORECASE,
)


def _said_when(text: str, scope=None) -> bool:
    """f15n and f15q: how often said in the ways above."""
    return bool(
        WHEN_F15N.search(text)
        or STANDING_THING.search(text)
        or WHEN_F15Q.search(text)
        or (DEADLINE.search(text) and not SERVICE_WORK.search(text))
        or (
            KEPT_GIVEN.search(text)
            and (_has_duration(text) or (scope is not None and _inherits("duration", scope)))
        )
    )


# A standing arrangement (f15g): a permission or a way of working that holds all the time
# ("will make sure she can leave class without asking", "will not ask him to read aloud",
# "will let her present to a small group first", "will give him the chance to answer the
# register with a thumbs up"). With a period stated it needs no frequency.
STANDING = re.compile(
    r"\b(?:will|shall|must|to)\s+(?:always\s+|also\s+)?(?:not|never)\s+(?:\w+\s+)?"
    r"(?:ask|expect|make|require|force|call|put|send|single|choose|pick|insist)\b|"
    r"\b(?:will|shall|must|to)\s+(?:always\s+|also\s+)?(?:let(?!\s+\w+\s+know\b)|allow|permit|excuse)\b|"
    r"\b(?:will|shall|must|to)\s+(?:always\s+|also\s+)?(?:make\s+sure|ensure|check\s+that)\s+"
    r"(?:that\s+)?(?:he|she|they|(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))\s+(?:can|is\s+(?:able|allowed)|"
    r"does\s+not|doesn't|is\s+not|isn't|never|always|may)\b|"
    r"\b(?:will|shall|must|to)\s+(?:always\s+|also\s+)?give\s+(?:him|her|them|(?-i:[A-Z][a-z]+))"
    r"\s+the\s+(?:chance|choice|option|right)\s+to\b|"
    r"\b(?:is|are|will\s+be)\s+(?:allowed|permitted|excused|free)\s+to\b|"
    r"\b(?:will|shall|must)\s+always\b",
    re.IGNORECASE,
)


def _standing(text: str, scope) -> bool:
    return bool(STANDING.search(text)) and bool(
        DURATION.search(text) or _inherits("duration", scope)
    )


def no_duration(section: str, text: str) -> list[Finding]:
    statements = _with_scopes(text, quantities=True)
    return [
        finding(
            "no_duration",
            section,
            text,
            item.start,
            item.end,
            "This provision does not say for how long. Give the length of each session (for "
            "example '30 minutes') and how long it lasts (for example 'for 12 months' or "
            "'until the next annual review').",
        )
        for item, scope in statements
        if not _has_duration(_work_text(item.text))
        and not _one_off(_work_text(item.text))
        and not _inherits("duration", scope)
        and not (_one_off_or_triggered(_work_text(item.text)) and _periods_given(statements, item))
    ]


def _periods_given(statements, item: Span) -> bool:
    """A triggered statement ("If she feels faint, ...") says when, not for how long (f15h):
    it is read under the plan's period only when every other statement gives one."""
    # One-off work states no period of the section's, so it neither gives one nor lacks one.
    others = [
        (other, scope)
        for other, scope in statements
        if other.start != item.start and not _one_off(other.text)
    ]
    return bool(others) and all(
        _has_duration(other.text) or _inherits("duration", scope) for other, scope in others
    )


# "Staff will be trained": the training is the provision, not the staff's qualification.
TO_BE_TRAINED = re.compile(
    r"(?:(?:will|to|must|should|shall|are|is)\s+(?:\w+\s+)?be|receive|get|need|have)\s+$",
    re.IGNORECASE,
)
TRAINS = re.compile(
    r"\b(?:(?:will|to|shall|must|has|have)\s+(?:(?!be\b|been\b)\w+\s+)?(?:train|trained)|trains)\b",
    re.IGNORECASE,
)


def _qualified(text: str) -> bool:
    return any(
        not TO_BE_TRAINED.search(text[max(0, m.start() - 20) : m.start()])
        for m in QUALIFICATION.finditer(text)
    )


EAR_NOSE_THROAT = re.compile(r"\bear,?\s+nose\s+(?:and|&)\s+throat\b", re.IGNORECASE)


def _service_delivers(text: str) -> bool:
    """A named health service that delivers the provision ("the audiology service will ...",
    "... by the community nursing team"), not one the child goes to ("attend the clinic")."""
    # f15z: words in brackets are the name said again (f15g's "the ear, nose and throat (ENT)
    # clinic" read by its acronym is one case): the service is read with them left out.
    text = BRACKETED.sub("", text)
    # f15k: and written out alone: "The ear, nose and throat clinic will ...".
    text = EAR_NOSE_THROAT.sub("ENT", text)
    cells = [c.strip() for c in text.split("|")]
    if len(cells) >= 3 and any(HEALTH_SERVICE.fullmatch(c) or _service_cell(c) for c in cells):
        return True  # a table row's "who" cell: "Community audiology service"
    for match in HEALTH_SERVICE.finditer(text):
        if PERSON_FROM.fullmatch(text[: match.start()]):
            continue  # f15h: "A volunteer from the X Hospice will ...": the volunteer does it
        before = text[max(0, match.start() - 40) : match.start()].lower()
        after = text[match.end() : match.end() + 12].lower()
        # f15w: the work done at a named service, or sent to it ("regular hearing tests at
        # the X Hearing Service", "referred to the X Service for a hearing test"): the service
        # does that work. Attending a clinic, with no work named, is still not a provider.
        if re.search(
            WORK_AT + r"[^.;]{0,30}?\b(?:at|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", before
        ) or (
            re.search(r"\bto\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", before)
            and re.match(
                r"\s+for\s+(?:a|an|his|her|their)?\s*(?:[\w-]+\s+)?" + WORK_AT,
                text[match.end() : match.end() + 40],
                re.I,
            )
        ):
            return True
        # "by the community paediatric physiotherapy team": adjectives may come between.
        if re.search(
            r"\b(?:by|from|with)\s+(?:the\s+|a\s+|our\s+|his\s+|"
            r"her\s+|their\s+)?(?:[\w'-]+\s+){0,3}$|^\s*$",
            before,
        ) or re.match(r"\s+(?:will|to|shall|must|should|is|are|has|have)\b", after):
            return True
        # f15g: the service is the head of the subject noun phrase, which may go on ("The
        # audiology service at Northfield Hospital will ...", "the eye clinic in the
        # children's centre will").
        rest = text[match.end() : match.end() + 80]
        if re.match(
            r"\s*(?:(?:at|in|from|of|for|based\s+at|within)\s+(?:(?!will\b|shall\b|must\b)"
            r"[\w'\u2019.&-]+\s+){1,6}?|\([^()]{1,40}\)\s+)(?:will|shall|must|is\s+to|are\s+to)\b",
            rest,
            re.IGNORECASE,
        ) and _subject_start(text, match.start()):
            return True
    return bool(DISCIPLINE_AGENT.search(text))


WORK_AT = (
    r"\b(?:tests?|testing|reviews?|assessments?|appointments?|checks?|check-?ups?|scans?|"
    r"screening|therapy|sessions?|treatment|vaccinations?|immuni[sz]ations?)\b"
)


# An unnamed person from a service heads the subject (f15h): "A volunteer from the ...", "a
# worker at the ...": that person delivers it, and their qualification is what is asked.
PERSON_FROM = re.compile(
    r"\s*(?:a|an|one|two|some)\s+(?:[\w-]+\s+){1,2}(?:from|at|of|with)\s+(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}",
    re.IGNORECASE,
)


def _subject_start(text: str, start: int) -> bool:
    """The match begins the statement's subject: only a determiner or adjectives before it."""
    before = text[:start]
    return bool(
        re.fullmatch(
            r"\s*(?:(?:the|a|an|our|his|her|their)\s+)?(?:[\w'\u2019-]+\s+){0,3}", before, re.I
        )
    )


# A discipline named as the agent is its service (f15g): "Audiology will review his aids",
# "input from physiotherapy", "advice from dietetics"; not a therapy the child receives
# ("6 sessions of occupational therapy", "access to CAMHS").
DISCIPLINE = (
    r"(?:audiology|physiotherapy|occupational\s+therapy|speech\s+and\s+language\s+therapy|"
    r"dietetics|orthoptics|orthotics|ophthalmology|optometry|neurology|"
    r"community\s+paediatrics|paediatrics|continence\s+services?|school\s+nursing|psychology)"
)
DISCIPLINE_AGENT = re.compile(
    r"^\s*(?:the\s+)?(?:[A-Z][\w-]*\s+)?"
    + DISCIPLINE
    + r"(?:\s+(?:and|or|&)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s+(?:will|shall|must|is\s+to|are\s+to)\b(?!\s+(?:be|have|get)\b)|"
    r"\b(?:input|advice|support|visits?|reviews?|sessions?|training|programme|therapy|"
    r"assessments?|treatment|"
    r"(?!(?:referred|discharged|known|seen)\b)\w+ed)\s+(?:from|by)\s+"
    # f15w: a named provider of the discipline ("from Harrowfield Children's Occupational
    # Therapy"): capitalised words before it are its name.
    r"(?:the\s+)?(?:(?:[\w-]+|(?-i:[A-Z][\w'\u2019-]*))\s+){0,4}?" + DISCIPLINE + r"\b",
    re.IGNORECASE,
)
# f15w: the discipline, or its usual short name, heading a note-style statement of its own
# work, with no other doer ("OT assessment once in September", "Physiotherapy review each
# term"): the profession is named, as "the occupational therapist will assess" names it.
# Inside a sentence with its own doer ("her TA will do the OT programme") it is the source.
DISCIPLINE_HEAD = re.compile(
    r"^\s*(?:" + DISCIPLINE + r"|(?-i:OT|SLT|SALT|SaLT)|physio)\s+(?:assessments?|reviews?|"
    r"sessions?|visits?|input|blocks?|appointments?)\b(?![^.;]*\b(?:will|shall|must)\b)",
    re.IGNORECASE,
)


def _service_cell(cell: str) -> bool:
    match = HEALTH_SERVICE.search(cell)
    return bool(match and len(cell.split()) <= len(match.group().split()) + 2)


def _role(name: str) -> str:
    return " ".join(name.lower().split()).removesuffix("s")


# Places and groups, not people: "the school" being trained says nothing of who delivers.
NOT_PEOPLE = frozenset({"school", "setting", "team", "service"})
# Members of the school's staff: if the section says the staff are trained or advised in a
# task, one of them doing that task is trained for it.
STAFF = frozenset(
    {
        "staff",
        "teaching assistant",
        "ta",
        "key worker",
        "support worker",
        "adult",
        "learning support assistant",
        "lsa",
        "midday supervisor",
        "lunchtime assistant",
        "care worker",
        "health care assistant",
        "healthcare assistant",
        "personal assistant",
    }
)
# An office or exams role doing an administrative job needs no qualification (heldout.py's
# conventions): "the exams officer will apply for access arrangements", "the office manager
# will keep the lift key". Giving medicine or care is not administrative.
ADMIN_ROLE = re.compile(
    r"\b(?:exams?\s+officers?|(?:school\s+)?office\s+(?:manager|staff|administrator)s?|"
    r"(?:IT\s+)?technicians?|"
    r"administrators?|receptionists?|bursars?|attendance\s+officers?|data\s+managers?|"
    # Office and management roles (f15h): "the school business manager", "the site manager".
    r"(?:business|site|premises|finance|facilities|operations|data|admissions|catering|"
    r"kitchen|office|estates|timetabling|timetable)\s+(?:managers?|officers?|leads?|staff|teams?)|caretakers?|"
    r"(?:the\s+)?(?:school\s+|college\s+|nursery\s+)?office\b(?!\s+hours)|"
    r"(?:school\s+)?cooks?|catering\s+staff|kitchen\s+staff|"
    # f15k: staff who prepare materials: "the resources assistant", "the reprographics team".
    r"(?:resources?|reprographics?|learning\s+resources?)\s+(?:assistants?|technicians?|"
    r"officers?|staff|teams?|managers?|leads?)|reprographics)\b",
    re.IGNORECASE,
)
ADMIN_TASK = re.compile(
    r"\b(?:will|to|shall|must)\s+(?:\w+\s+)?(?:apply|keep|book|arrange|send|order|store|file|"
    r"label|buy|purchase|stock|replace|reorder|restock|renew|pay|fund|"
    r"request|photocopy|print|timetable|schedule|email|phone|post|record|register|"
    r"reserve|collect\s+forms?|set\s+up|install|charge|"
    # f15k: preparing materials: "will enlarge all of his worksheets", "will copy ...".
    r"enlarge|copy|laminate|reformat|prepare\s+(?:\w+\s+)?(?:copies|worksheets|materials))\b|"
    # f15t: the same jobs said in the present, as a table's "Who" cell says them ("the exams
    # officer books them", "the office orders the strips").
    r"\b(?:applies|keeps|books|arranges|sends|orders|stores|files|labels|buys|purchases|"
    r"stocks|replaces|reorders|restocks|renews|pays|funds|requests|photocopies|prints|"
    r"schedules|emails|phones|posts|reserves|sets\s+up|installs|charges|enlarges|copies|"
    r"laminates|reformats)\b|"
    r"\b(?:set\s+up|installed|charged|kept|booked|ordered|stored)\s+by\b",
    re.IGNORECASE,
)
# A later clause with its own subject ("..., and a teaching assistant will check in with
# her ..."): that subject must be a provider too.
CLAUSE = re.compile(
    r"(?:,\s*|;\s*|\s)and\s+(?=(?:an?|the|his|her|their|two|all|[A-Z][a-z]+'s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:will|shall|must)\b)",
)


def _people(text: str) -> set[str]:
    return {_role(m.group()) for m in OTHER_ROLE.finditer(text)} - NOT_PEOPLE


def _trained_roles(text: str, but: int = -1) -> set[str]:
    """Roles the section says are trained ("will train Daisy's teaching assistant",
    "a teaching assistant, trained by ...", "Staff will be trained by the epilepsy nurse"),
    so a later sentence naming them has a provider; not from the statement at ``but`` (its
    own "Staff will be trained" is the provision, not their training). "staff" trained
    covers any member of staff only when said of all of them ("all staff", "all adults")."""
    roles: set[str] = set()
    for start, said in _training_said(text):
        if start != but:
            roles |= said
    return roles


def _training_said(text: str) -> list[tuple[int, set[str]]]:
    said = []
    for item in provision_items(text):
        if TRAINS.search(item.text) or _qualified(item.text) or TRAINING.search(item.text):
            roles = _trained_people(item.text)
            if ALL_STAFF.search(item.text):
                roles.add("all staff")
            said.append((item.start, roles))
    return said


# f15r: training is said of someone: the subject ("Her key person, trained by ...", "Her class
# teacher, who has had attachment training", "Staff will be trained ...") or whoever is
# trained ("will train her teaching assistant", "training for all lunchtime staff"). A role
# named elsewhere in the sentence ("will tell Kacey about any change of adult") is not
# trained by it. The subject's own words are kept as a role too ("key person"), so a later
# sentence with the same subject has its provider whatever the role lists hold.
TRAINED_OBJECT = re.compile(
    r"\b(?:train(?:s|ed|ing)?|taught|shown|show(?:s|ing)?|teach(?:es|ing)?|instruct(?:s|ed)?)"
    r"\s+(?:(?:to|for|of|with)\s+)?((?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+)",
    re.IGNORECASE,
)
# The subject trained in its own phrase: "Her key person, trained by ...", "Her teaching
# assistant, who I will train in October 2026, ...", "Her class teacher, who has had attachment
# and trauma training, ..." (no verb of its own before the training word).
_BEFORE_VERB = r"(?:(?!\b(?:will|shall|must|should|may|can|has|have|had|is|are|was|were)\b).)"
SUBJECT_TRAINED_NOW = re.compile(
    r"^" + _BEFORE_VERB + r"{0,100}?\b(?:(?:who|whom|that)\b[^,]{0,80}?\btrain\w*|"
    # f15z: a relative clause with no "who" ("a teaching assistant I have trained will ...",
    # "the assistant the physiotherapist trained will ...").
    r"(?:I|we|(?:the|our|her|his|their)\s+[\w-]+)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|"
    r"personally\s+)?trained\s+(?:will|shall|is\s+to|are\s+to)\b|"
    # f15t: with another participle joined to it ("both trained and signed off by ...").
    r"(?:fully\s+|suitably\s+)?(?:trained|qualified|certified)\s+(?:(?:and|&)\s+[\w-]+\s+"
    r"(?:off\s+|out\s+)?)?(?:in|by|to|for|on|as)\b)",
    re.IGNORECASE,
)
# Or said of the subject with a verb ("Staff will be trained by ...", "Her key person has been
# trained ..."): a later statement with that subject has a trained provider.
SUBJECT_TRAINED = re.compile(
    SUBJECT_TRAINED_NOW.pattern + r"|"
    r"^" + _BEFORE_VERB + r"{0,60}?\b(?:will\s+be|has\s+been|have\s+been|is|are|has\s+had|"
    r"have\s+had)\s+(?:[\w-]+\s+){0,4}?(?:trained|training)\b",
    re.IGNORECASE,
)
ROLE_DETERMINER = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its|my|our|one|two|three|both|each|(?-i:[A-Z][a-z]+)"
    r"['\u2019]s)\s+)+",
    re.IGNORECASE,
)


OPENING_ADVERBIAL = re.compile(
    r"\s*(?:at|in|on|after|before|during|when|whenever|every|each|from|until|for|by)\b", re.I
)


def _subject_role(text: str) -> str:
    """The doer's own words, without determiners ("Her key person, trained ..." -> "key
    person"); empty for the child, a pronoun or a passive subject."""
    subject = SUBJECT.match(text)
    if subject and PASSIVE.match(text, subject.end()):
        return ""
    if subject:
        phrase = subject.group(1)
    else:  # "Her key worker has been trained by ...": the words before the verb
        verb = re.search(r"\b(?:will|shall|must|has|have|is|are|was|were|had)\b", text[:200])
        phrase = text[: verb.start()] if verb else ""
    phrase = re.sub(r"^[^:]{1,40}:\s*", "", phrase).split(",", 1)[0]
    phrase = re.split(r"\s(?:who|that|from|at|with|in|based)\s", phrase + " ", maxsplit=1)[0]
    # "At each move between rooms her key person will ...": the doer after the adverbial.
    if OPENING_ADVERBIAL.match(phrase):
        last = list(re.finditer(r"\b(?:the|a|an|his|her|their)\s", phrase, re.I))
        phrase = phrase[last[-1].start() :] if last else ""
    phrase = ROLE_DETERMINER.sub("", phrase.strip())
    if not phrase or CHILD_SUBJECT.match(phrase) or re.fullmatch(r"(?i:I|we|they|it)", phrase):
        return ""
    return " ".join(phrase.lower().split()).removesuffix("s")


# "..., set up each morning by her teaching assistant, who is trained by the Teacher of the
# Deaf": a relative clause says the role before it is trained.
RELATIVE_TRAINED = re.compile(
    r"([^,.;]{1,50}?),?\s+who\s+(?:is|are|has\s+been|have\s+been|will\s+be|was|were|has\s+had|"
    r"have\s+had)\b[^,.;]{0,40}?\btrain",
    re.IGNORECASE,
)


def _trained_people(text: str) -> set[str]:
    roles: set[str] = set()
    subject = SUBJECT_TRAINED.match(text)
    if subject:
        roles |= _people(text[: subject.end()])
        if role := _subject_role(text):
            roles.add(role)
            # f15t: a joined subject is trained in each of its parts ("His key person and one
            # other practitioner, both trained by ..." -> "key person", "practitioner").
            for part in re.split(r"\s+(?:and|&)\s+", role):
                part = ROLE_DETERMINER.sub("", part.strip())
                part = re.sub(r"^(?:other|another|second|further)\s+", "", part)
                if part:
                    roles.add(part.removesuffix("s"))
    for m in TRAINED_OBJECT.finditer(text):
        roles |= _people(m.group(1))
    for m in RELATIVE_TRAINED.finditer(text):
        roles |= _people(m.group(1))
    # f15w: "X, trained by ...," anywhere in the sentence says X is trained, not only as
    # its subject ("a plan, which her key person, trained by the therapist, will use").
    for m in APPOSITIVE_TRAINED.finditer(text):
        roles |= _people(m.group(1))
        roles.add(" ".join(m.group(2).lower().split()).removesuffix("s"))
    return roles


APPOSITIVE_TRAINED = re.compile(
    r"\b((?:the|a|an|his|her|their|(?-i:[A-Z][a-z]+)['\u2019]s)\s+((?:[\w-]+\s+){0,2}[\w-]+)),"
    r"\s*(?:fully\s+|suitably\s+|already\s+)?(?:trained|taught|shown)\s+(?:by|in|to|on)\b",
    re.IGNORECASE,
)


ALL_STAFF = re.compile(
    r"\b(?:all|every|any)\s+(?:\w+\s+)?(?:members?\s+of\s+staff|staff|adults?)\b|\beveryone\b",
    re.IGNORECASE,
)


# Training said of a role in any form: "Staff will be trained by the epilepsy nurse", "The
# nurse will provide training for all staff", "staff who have had epilepsy awareness training".
TRAINING = re.compile(r"(?<!toilet )(?<!potty )\btrain(?:ed|ing|s)?\b", re.IGNORECASE)


# Words that say when, where or how much, not what a task is about.
COMMON = frozenset(
    [
        "school",
        "every",
        "lesson",
        "before",
        "after",
        "during",
        "until",
        "annual",
        "review",
        "staff",
        "teaching",
        "assistant",
        "class",
        "member",
        "members",
        "week",
        "weekly",
        "month",
        "monthly",
        "term",
        "termly",
        "years",
        "their",
        "there",
        "which",
        "while",
        "whilst",
        "attends",
        "given",
        "other",
        "about",
        "would",
        "should",
        "could",
        "with",
        "without",
        "where",
        "plans",
        "minutes",
        "hours",
        "sessions",
        "daily",
        "times",
        "first",
        "second",
        "third",
        "support",
        "trained",
        "train",
        "training",
        "qualified",
        "advise",
        "advice",
        "will",
    ]
)


def _task_words(text: str) -> set[str]:
    """The stems (first five letters) of the words that say what a statement is about."""
    return {
        word.lower()[:5]
        for word in re.findall(r"\b[a-z][a-z-]{4,}\b", text)
        if word.lower() not in COMMON
    }


def _staff_trained_for(text: str, item: Span) -> bool:
    """The section says the staff are trained or advised by a qualified person in the very
    task this statement gives a member of staff ("will advise staff on enlarging her work",
    then "her teaching assistant will enlarge her worksheets")."""
    if not (_people(item.text) and _people(item.text) <= STAFF):
        return False
    words = _task_words(item.text)
    for other in provision_items(text):
        if other.start == item.start or "staff" not in _people(other.text):
            continue
        if not (TRAINS.search(other.text) or _qualified(other.text) or ADVISES.search(other.text)):
            continue
        if words & _task_words(other.text):
            return True
    return False


ADVISES = re.compile(r"\b(?:advise|show|teach|model)s?\s+(?:all\s+)?(?:\w+\s+)?staff\b", re.I)


def _is_trained(people: set[str], trained: set[str]) -> bool:
    """A role the section says is trained; when "staff" are trained, any member of staff
    ("an adult", "her key worker", "a teaching assistant") is."""
    if people & trained:
        return True
    if not people or not people <= STAFF:
        return False
    # Staff trained: a generic member of staff is; any member when all staff are.
    if people == {"adult"}:
        return False  # f15k: "an adult" does not say which: not the trained ones
    return ("staff" in trained and people <= GENERIC_STAFF) or "all staff" in trained


# f15k: "an adult" is left out: it does not say which adult (see `_is_trained`).
GENERIC_STAFF = frozenset({"staff"})


def _untrained_later_subject(text: str, trained: set[str]) -> bool:
    """A later clause whose own subject is a role that is neither qualified nor trained."""
    for clause in CLAUSE.split(text)[1:]:
        subject = re.split(r"\b(?:will|shall|must)\b", clause, maxsplit=1)[0]
        if (
            OTHER_ROLE.search(subject)
            and not QUALIFIED_ROLE.search(subject)
            and not _qualified(clause)
            and not HEALTH_SERVICE.search(subject)
            and not _is_trained(_people(subject), trained)
        ):
            return True
    return False


# f15z: a room named for what is done in it ("the medical room", "the first-aid room", "the
# changing room") is a place, as a toilet is (f15t): opening it is not the care done there.
ROOM_NAMED = re.compile(
    r"\b(?:medical|medicine|medicines|first[- ]aid|changing|sensory|therapy|quiet|calm)\s+"
    r"(?:room|area|bay|space|base|suite)s?\b",
    re.IGNORECASE,
)


def _administrative(text: str) -> bool:
    if ADMIN_ROLE.search(text) and ADMIN_TASK.search(text):
        return True
    # f15i: an office or site role that changes the building or supplies things, with no
    # care task in the statement ("the school office will switch off the hand dryer").
    # f15z: the office role as the doer in either voice ("... will be moved to ground-floor
    # rooms by the timetabling officer"), a room named for its use not a care task.
    care = CARE_TASK.search(ROOM_NAMED.sub(" ", text))
    subject = SUBJECT.match(text)
    if subject and ADMIN_ROLE.search(subject.group(1)) and not care:
        return True
    return bool(
        not care
        and subject
        and PASSIVE.match(text, subject.end())
        and any(ADMIN_ROLE.search(m.group(1)) for m in BY_AGENT.finditer(text))
    )


BY_AGENT = re.compile(r"\bby\s+([^,.;()]{1,60})", re.IGNORECASE)


# f15z: leave the school, college or nursery gives the child ("the college will let me keep a
# water bottle with me", "the school will allow her to leave lessons early", "will excuse him
# from PE") is a permission the setting grants, as a thing to keep is (f15r), not work someone
# must be qualified to do. Said of "staff", it stays a doer to name (cases.py).
PERMISSION = re.compile(
    r"^[^.;]{0,80}?\b(?:will|shall|must|is\s+to|are\s+to)\s+(?:also\s+)?(?:let|allow|permit|"
    r"excuse)\b[^;]*$",
    re.IGNORECASE,
)


# f15r: the school, college or nursery giving the child a thing to keep ("The college will give
# Zoe a laptop with voice typing ...") supplies equipment, as an office does: no care task,
# so no qualification to name.
SETTING_SUBJECT = re.compile(
    r"(?:the\s+|his\s+|her\s+|their\s+|(?-i:[A-Z][a-z]+)['\u2019]s\s+)?(?:school|college|"
    r"nursery|setting|academy|local\s+authority|council)",
    re.IGNORECASE,
)


def _setting_supplies(text: str) -> bool:
    subject = SUBJECT.match(text)
    return bool(
        subject
        and SETTING_SUBJECT.fullmatch(subject.group(1).strip())
        and (KEPT_GIVEN.search(text) or PLACE_KEPT.search(text) or PERMISSION.match(text))
        and not CARE_TASK.search(PLACE_KEPT.sub(" ", text))
    )


# f15w: a room or space kept free for the child ("will keep the medical room free for her at
# lunchtime") is the setting's practical job, as handing over a pass is.
PLACE_KEPT = re.compile(
    r"\b(?:will|shall|must)\s+(?:also\s+)?(?:keep|hold|reserve|book)\s+(?:the|a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:room|space|area|place|bay|office|base)\s+(?:free|available|clear|"
    r"open|reserved|empty)\b",
    re.IGNORECASE,
)


CARE_TASK = re.compile(
    r"\b(?:administer\w*|medic\w*|inhaler|insulin|injection|blood|glucose|"
    r"feed\w*|suction\w*|change|changing|"
    # f15t: toileting is the task; a toilet named as a room or a fitting is not.
    r"toileting|toilets?\s+(?:him|her|them)|(?:to|on|use|using)\s+the\s+toilet|hoist\w*|lift(?:s|ing)?\s+(?:him|her)|"
    r"stretch\w*|exercis\w*|therap\w*|monitor\w*|observ\w*|seizure|support\s+(?:him|her)|"
    r"help\s+(?:him|her)|check\s+(?:his|her)\s+(?!locker|bag))\b",
    re.IGNORECASE,
)
# f15i: the people named before, referred to inside the statement ("with the same people").
SAME_PEOPLE = re.compile(
    r"\b(?:with|by)\s+the\s+same\s+(?:people|team|staff|professionals|adults?|therapists?)\b",
    re.IGNORECASE,
)
# f15i: a recommendation of "the following" is the lead-in to the list, not provision.
LEAD_IN = re.compile(
    r"^\s*(?:" + RECOMMENDS + r")\s+(?:that\s+)?(?:school\s+|college\s+|staff\s+)?"
    r"(?:puts?\s+in\s+place\s+|provides?\s+)?the\s+following\b(?![^.:;]{0,30}\bwill\b)",
    re.IGNORECASE,
)


_ROLES = "(?:" + QUALIFIED_ROLE.pattern[5:-3] + ")"
# A qualified role named only as the source of a programme or advice, or as someone the
# provider reports to, does not deliver it: "the teaching assistant will do the exercises set
# by the physiotherapist", "following the SALT's advice", "staff will tell the school nurse".
_ROLE_PHRASE = r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|[A-Z][a-z]+'s\s+)?(?:[\w'-]+\s+){0,3}?"
SOURCE = re.compile(
    r"\b(?:advised|recommended|prescribed|set(?:\s+up)?|written|designed|devised|drawn\s+up|"
    r"planned|agreed|suggested|requested)\s+by\s+" + _ROLE_PHRASE + _ROLES + r"\b|"
    r"\b(?:in\s+line\s+with|following|according\s+to|as\s+per)\s+"
    + _ROLE_PHRASE
    + _ROLES
    + r"\b|"
    + _ROLES
    + r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:advice|programmes?|plans?|exercises|strategies|targets|recommendations|guidance|"
    r"instructions|reports?|activities)\b|"
    r"\b(?:SALT|SLT|OT|physio)\s+(?:[\w-]+\s+)?(?:advice|programmes?|plans?|exercises|sessions?|"
    r"input|support|therapy|care|routines?|reviews?|assessments?|interventions?|groups?|"
    r"strategies|targets|recommendations|guidance|reports?|activities)\b|"
    r"\b(?:minutes?|mins?|hours?|hrs?)\s+of\s+(?:SALT|SLT|OT|physio)\b",
    re.IGNORECASE,
)
RECIPIENT = re.compile(
    r"\b(?:refer(?!ral)\w*|report\w*|shar\w*|liais(?!on)\w*|contact\w*|inform\w*|tell|told|pass\w*|"
    r"feed\w*\s+back|communicat\w*|send|sent|email\w*|discuss\w*|alert\w*|notify\w*|"
    r"update\w*)\s+(?:(?!by\b)[\w'-]+\s+){0,5}?(?:to|with)?\s*"
    + _ROLE_PHRASE.replace("(?:[\\w'-]+\\s+)", "(?:(?!by\\b)[\\w'-]+\\s+)")
    + _ROLES
    + r"\b",
    re.IGNORECASE,
)
# Who does it: the subject before "will" ("A teaching assistant will ..."), or the agent after
# "done by", "given by" ... ("stretches will be done by a teaching assistant").
SUBJECT = re.compile(
    r"^(?:(?:(?:I|we)\s+(?:would\s+)?(?:strongly\s+)?(?:recommend|suggest|advise|propose)|"
    r"(?:my|our)\s+(?:recommendation|advice|suggestion)\s+is)\s+(?:that\s+)?)?"
    r"(.{0,120}?)\b(?:will|shall|must|"
    r"should|(?-i:may|might|could)|(?:is|are)\s+to|to\s+(?!be\b)\w+)\b",
    re.I,
)
PASSIVE = re.compile(r"\s+(?:\w+\s+)?(?:be|have\s+been|get)\s+\w+(?:ed|en|wn|ght|t)\b", re.I)
AGENT = re.compile(
    r"\b(?:done|delivered|given|provided|carried\s+out|led|run|supported|supervised|monitored|"
    r"checked|completed|administered|managed|overseen|offered|facilitated|practised|"
    r"practiced|\w+(?:ed|en))\s+by\s+([^,.;()]{1,60})",
    re.IGNORECASE,
)


# f15w: in a note-style item with no verb of its own ("A visual timeline for every lesson,
# set up by the class teacher."), the role after "<participle> by" is who does it; in a
# sentence with its own doer ("her TA will use the plan written by the OT") it is the source.
NOTE_AGENT = re.compile(
    r"^(?![^.;]*\b(?:will|shall|must|should|is\s+to|are\s+to)\b)[^.;]*?\b(?:[a-z]+ed|set\s+up|"
    r"run|given|done|led|taught|shown|made|kept|written)\s+by\s+" + _ROLE_PHRASE + _ROLES + r"\b",
    re.IGNORECASE,
)


def _delivering_text(text: str) -> str:
    """The statement without the roles that do not deliver it (sources, recipients)."""
    for pattern in (SOURCE, RECIPIENT):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _doers(text: str) -> list[str]:
    """The phrases that say who does it: the subject, and any "done by ..." agent."""
    doers = []
    subject = SUBJECT.match(text)
    # "Parents will be offered a workshop by ...": a passive subject receives it.
    if subject and not PASSIVE.match(text, subject.end()):
        doers.append(subject.group(1))
    doers += [m.group(1) for m in AGENT.finditer(text)]
    return doers


def _unqualified_doer(text: str) -> bool:
    """A person who does it (subject or agent) who is a role with no qualification in that
    phrase: then a qualified role elsewhere in the statement is not its provider."""
    for doer in _doers(text):
        if not _people(doer):
            continue
        return not (QUALIFIED_ROLE.search(doer) or HEALTH_SERVICE.search(doer))
    return False


# In health advice the author is the professional: "I will see him in school", "we will
# review her plan" (f15g). The author's own provision has a provider.
FIRST_PERSON = re.compile(
    r"(?<![\w'\u2019])(?:I|[Ww]e|(?i:our\s+(?:team|service|department|clinic)))\s*"
    r"(?:will|shall|would|can|plan\s+to|am\s+going\s+to|are\s+going\s+to|['\u2019]ll|"
    r"also\s+will|will\s+also|intend\s+to|aim\s+to)\b|"
    r"\b(?:by|from|with)\s+(?:me|us|myself|our\s+(?:team|service))\b",
)
ADVICE_SECTIONS = frozenset({"provision"})


# A past participle on the subject is a qualification whatever the role (f15g): "two care
# workers trained in moving and handling will ...", "a mentor, trained by the school
# counsellor, will ...", "a buddy who is trained in ...". Not "Staff will be trained in ...",
# a plan to train them (the participle follows "will be", not the subject).
TRAINED_SUBJECT = re.compile(
    r"^\s*(?:(?!(?:will|shall|must|be|to|is|are)\b)[\w'\u2019-]+,?\s+){1,5}?,?\s*"
    r"(?:(?:who|that)\s+(?:is|are|has\s+been|have\s+been)\s+)?(?:fully\s+)?"
    r"(?:trained|qualified|certified)\s+(?:in|by|to|for|on)\b",
    re.IGNORECASE,
)


# "Trained" as an adjective on the doer, whatever the role (f15h): "The trained midday
# supervisor will ...", "supervised by a trained assistant".
TRAINED_DOER = re.compile(
    r"\s*(?:a|an|the|two|three|his|her|their|one)\s+(?:fully\s+|suitably\s+|appropriately\s+)?"
    r"(?:trained|qualified|registered|certified)\s+(?!in\b|by\b|to\b)[a-z]",
    re.IGNORECASE,
)


def no_provider(section: str, text: str) -> list[Finding]:
    found = []
    advice = section in ADVICE_SECTIONS
    said = dict(_training_said(text))
    counts = Counter(role for roles in said.values() for role in roles)
    everyone = set(counts)
    provided_before = False
    for item, scope in _with_scopes(text):
        message = _provider_problem(
            item, scope, text, said, counts, everyone, advice, provided_before
        )
        if message and "(" in item.text:
            # f15z: words in brackets after a name are the name said again, written out or
            # made exact ("CAMHS (Child and ... Services) will ...", "Our team (the Eating
            # Disorder Service, Town) will ..."): the doer is read with the brackets left
            # out, and with what they say in place of the name before them.
            for variant in _bracket_readings(item.text):
                if not _provider_problem(
                    Span(item.start, item.end, variant),
                    scope,
                    text,
                    said,
                    counts,
                    everyone,
                    advice,
                    provided_before,
                ):
                    message = None
                    break
        if message:
            found.append(finding("no_provider", section, text, item.start, item.end, message))
        provided_before = provided_before or not message
    return found


BRACKETED = re.compile(r"\s*\(([^()]{2,120})\)")
NAME_BEFORE_BRACKET = re.compile(
    r"(?:(?:the|our|my|his|her|their)\s+)?(?:[\w'-]+\s+){0,6}?[\w'-]+\s*\(([^(),]{2,120})"
    r"(?:,[^()]*)?\)",
    re.IGNORECASE,
)


def _bracket_readings(text: str) -> list[str]:
    """The statement with its brackets left out, and with the first bracket's words (to a
    comma) in place of the name before it."""
    readings = [BRACKETED.sub("", text)]
    for m in NAME_BEFORE_BRACKET.finditer(text):
        inner = m.group(1).strip()
        if inner[:1].isupper() or inner.lower().startswith("the "):
            head = m.group()[: m.group().index("(")].rstrip()
            # only the noun right before the bracket is replaced: "Our team (X)" -> "X"
            last = re.search(r"(?:(?:the|our|my|his|her|their)\s+)?[\w'-]+$", head, re.I)
            start = m.start() + (last.start() if last else 0)
            readings.append(text[:start] + inner + text[m.end() :])
    return readings


# f15z: the one a child is referred to does the work the statement goes on to name ("I have
# referred her to the X team at Y Health, who will see her every month ...", "referred to
# the GP for a review"): a referral names its recipient as the provider of what follows.
REFERRED_TO = re.compile(
    r"\breferr(?:ed|ing)\s+(?:(?!to\b)[\w'-]+\s+){0,3}?to\s+([^.;]{2,100}?)"
    r"(?:,\s*(?:who|which)\s+(?:will|is\s+to|are\s+to)\b|\s+for\s+(?:a|an|his|her|their)?\s*"
    r"(?:[\w-]+\s+){0,2}?" + WORK_AT + r")",
    re.IGNORECASE,
)


def _referred_does(text: str) -> bool:
    match = REFERRED_TO.search(text)
    if not match:
        return False
    who = match.group(1)
    return bool(QUALIFIED_ROLE.search(who) or HEALTH_SERVICE.search(who))


# A provider referred back to (f15h): "They will ...", "The same people will ...", "Both
# therapists will ...", "These staff will ..." carry on a provider named before in the section.
ANAPHOR = re.compile(
    r"^\s*(?:they|the\s+same\s+(?:[\w-]+\s+){0,2}?|both(?:\s+of\s+them)?|both\s+[\w-]+|"
    r"these\s+(?:[\w-]+\s+){0,2}?|this\s+(?:person|professional|worker|member\s+of\s+staff)|"
    r"each\s+of\s+them)\s*(?:also\s+)?(?:will|shall|must|should|(?-i:may|might|could)|are\s+to)\b",
    re.IGNORECASE,
)


def _provider_problem(item, scope, text, said, counts, everyone, advice, provided_before):
    """What is wrong with who delivers ``item``, or None."""
    if provided_before and (ANAPHOR.match(item.text) or SAME_PEOPLE.search(item.text)):
        return None
    if SECTION_STATEMENT.search(item.text):
        return None  # f15i: "All of the following is in place from ...": a frame, not provision
    own = said.get(item.start, set())
    # Training said anywhere but in this statement itself.
    trained = everyone - {role for role in own if counts[role] == 1} if own else everyone
    if _inherits_provider(item, scope, trained):
        return None
    # f15r: the doer said to be trained, here in its own phrase or in another statement of the
    # section under the same words ("Her key person, trained by ...", then "Her key person
    # will ...").
    role = _subject_role(item.text)
    if (SUBJECT_TRAINED_NOW.match(item.text) or (role and role in trained)) and not (
        _untrained_later_subject(item.text, trained)
    ):
        return None
    if (
        advice
        and FIRST_PERSON.search(item.text)
        and not _unqualified_doer(item.text)
        and not _untrained_later_subject(item.text, trained)
    ):
        return None
    if DISCIPLINE_HEAD.match(item.text) or NOTE_AGENT.search(item.text):
        return None
    if _referred_does(item.text):
        return None
    delivering = _delivering_text(item.text)
    if not _unqualified_doer(item.text) and (
        QUALIFIED_ROLE.search(delivering) or _service_delivers(delivering)
    ):
        if not _untrained_later_subject(item.text, trained):
            return None
        return (
            "Part of this provision is delivered by someone whose qualification or "
            "training is not given. Say how each person who delivers it is trained."
        )
    if _administrative(item.text) or _resource(item.text) or _family_does(item.text):
        return None
    if _setting_supplies(item.text):
        return None
    if any(TRAINED_DOER.match(doer) for doer in _doers(item.text)) and not (
        _untrained_later_subject(item.text, trained)
    ):
        return None  # f15h: "the trained lunchtime supervisor", "by a trained assistant"
    if TRAINED_SUBJECT.search(item.text) and not _untrained_later_subject(item.text, trained):
        return None
    other = OTHER_ROLE.search(item.text)
    if other and _qualified(item.text):
        return None
    if other and _is_trained(_people(item.text), trained):
        return None
    if other and _staff_trained_for(text, item):
        return None
    if _agent_named(item.text):
        return None  # f15i: a doer the lists do not know, or the child with a named adult
    # The person named, not a place ("this school year"), is the one asked about.
    other = next(
        (m for m in OTHER_ROLE.finditer(item.text) if _role(m.group()) not in NOT_PEOPLE),
        None,
    )
    if other:
        message = (
            f"This provision names '{other.group()}' but not their qualification or "
            "training. Say who delivers it and how they are trained, for example "
            "'a teaching assistant trained by the speech and language therapist'."
        )
    else:
        message = (
            "This provision does not say who delivers it. Name the role and its "
            "qualification, for example 'an HCPC-registered physiotherapist'."
        )
    return message


# --- Scope: what a statement inherits from the section around it (f15f) -----------------
#
# A DCO reads provision as a section, not sentence by sentence: a period given once for a
# section or a group of items ("All of the provision below is for the 2026/27 school year", a
# heading "Provision until the next annual review", a lead-in "The school nurse will, until
# July 2027:") covers every item under it; a list item inherits its lead-in's who, how often
# and how long; a flattened table row is read with its header row ("Who | How often | How
# long"), so a cell under "How long" says how long whatever its words.

SCOPE_WORDS = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|his\s+|her\s+|their\s+)?"
    # Not "at each session", "every care visit" (f15h): occasions, not the section.
    r"(?:provision|support|interventions|items|above|below|following|health\s+provision)\b|"
    # Not a threshold ("if her blood glucose is below 4").
    # "the following" or "following:", not "following her hearing test" (f15h).
    r"\b(?:(?:below|above)(?!\s*\d)|(?<=the\s)following|following\s*:|as\s+follows|"
    r"in\s+this\s+section|this\s+section|this\s+plan|"
    r"this\s+(?:health\s+)?provision|these\s+(?:arrangements|interventions)|"
    r"the\s+(?:health\s+)?provision|unless\s+(?:otherwise\s+)?(?:stated|said))\b",
    re.IGNORECASE,
)
COLUMN = {
    "frequency": re.compile(
        r"\b(?:how\s+often|frequency|when|how\s+much|timings?|schedule|regularity|intensity|"
        r"how\s+frequently)\b",
        re.I,
    ),
    "duration": re.compile(r"\b(?:how\s+long|duration|length|until|end\s+date|period)\b", re.I),
    "provider": re.compile(
        r"\b(?:who|by\s+whom|provider|provided\s+by|delivered\s+by|staffing|responsible|"
        r"delivery|person|\w+ed\s+(?:out\s+)?by|led\s+by|run\s+by|practitioners?|"
        r"staff\s+member|lead)\b",
        re.I,
    ),
}
_HEADER_VOCAB = (
    "need needs area of provision support what who by whom provider provided delivered how "
    "often long frequency duration when outcome outcomes health intervention interventions "
    "resources resource staffing staff review reviews date notes note ratio cost hours "
    "qualification qualifications responsible detail details and start end length period "
    "description action actions person people will type section strategy strategies equipment "
    "delivers deliver delivering role roles service professional lead agency timescale "
    "timescales where location funding target targets objective objectives specific named "
    # Label nouns of any table (f15h): a header row is a row of labels, whatever they are.
    "area areas topic topics help given person persons action task tasks activity activities "
    "aim aims reason reasons domain category comments comment arrangement arrangements measure "
    "measures schedule timing timings contact name setting place venue agency organisation "
    "item items method methods approach plan plans issue issues focus purpose in place "
    "carried out led run by whom which why "
    "identified presenting practitioner practitioners regularity meet meets provide provides "
    "member named intensity amount level dates start end monitoring evidence success criteria "
    "expected progress current agreed context difficulty difficulties response strategy "
    "condition conditions lead "
    # f15i: column labels in a stranger's words ("What they will do", "Until").
    "they do does done until from till ends starts "
    # f15z: a programme sheet's columns ("Exercise | How many | When").
    "exercise exercises many repetitions reps sets"
)
# Small words a column label may use ("Provision to meet need", "Who will provide").
LABEL_GLUE = frozenset(
    ["by", "of", "or", "and", "much", "to", "the", "it", "will", "be", "for", "with", "is", "are"]
)
HEADER_VOCAB = frozenset(_HEADER_VOCAB.split())
PLACEHOLDER = re.compile(
    r"^(?:|-+|\u2013|n/?a|none|tbc|tbd|to\s+be\s+(?:confirmed|agreed)|\?+)$", re.I
)


# A column label may ask its question with "will be": "What will be done", "Who will do it".
COLUMN_QUESTION = re.compile(
    r"^(?:what|who|when|how)\s+(?:will\s+(?:be\s+)?|is\s+)?(?:done|provided|delivered|"
    r"do\s+it|deliver\s+it|provide\s+it|often|long)$",
    re.I,
)


def _column_label(cell: str) -> bool:
    """A short column label (f15g): every word a word of table headings ("How often and how
    long", "When / how long", "By whom", "Period"), or a column question ("What will be
    done"); no figures, no sentence."""
    cell = cell.strip().rstrip(":").strip()
    if not cell:
        return True
    words = re.findall(r"[a-z]+", cell.lower())
    if not words or len(words) > 6 or re.search(r"\d|[.!?]$", cell):
        return False
    if COLUMN_QUESTION.match(" ".join(words)) or AGENT_LABEL.match(cell):
        return True
    return all(w in HEADER_VOCAB or w in LABEL_GLUE for w in words) and any(
        w in HEADER_VOCAB for w in words
    )


# A column labelled by its question or its agent (f15h): "Who does it?", "When?", "Carried
# out by", "Led by", "Delivered by whom".
AGENT_LABEL = re.compile(
    r"^(?:(?:who|what|when|how|where|which|why)\b[^|]{0,30}\?|"
    r"[A-Za-z]+(?:ed|en|wn|un|ne)\s+(?:out\s+|up\s+)?by(?:\s+whom)?|(?:who|what|when)\s*\??)$",
    re.IGNORECASE,
)


# "As required" with no trigger is not how often or how long (f15h): a "How often" cell that
# says only that does not answer its column; a trigger in the cell or the row still does.
VAGUE_CELL = re.compile(
    r"\b(?:as\s+(?:and\s+when\s+)?(?:required|needed|necessary|appropriate)|(?:when|if|where)\s+"
    r"(?:required|needed|necessary|appropriate|possible)|prn|ad\s+hoc|ongoing|regular(?:ly)?|"
    r"occasional(?:ly)?|flexibl[ey]|varies|various|" + AS_ABLE + r")\b",
    re.IGNORECASE,
)


def _vague(field: str, cell: str) -> bool:
    if field not in ("frequency", "duration") or not VAGUE_CELL.search(cell):
        return False
    if field == "frequency":
        return not FREQUENCY.search(cell) and not _one_off_or_triggered(cell)
    return not _has_duration(cell) and not _one_off(cell)


def _header_cells(line: str) -> list[str] | None:
    """A flattened table's header row: short cells with no figures, full stops or verbs of
    a statement, at least one of them naming a column ("Who delivers", "Frequency")."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 2:
        return None
    named = 0
    for cell in cells:
        words = re.findall(r"[a-z/]+", cell.lower())
        if COLUMN_QUESTION.match(" ".join(words)) or AGENT_LABEL.match(cell):
            named += 1
            continue
        if len(words) > 5 or re.search(r"\d|[.!?]$|\b(?:will|is|are|has)\b", cell):
            return None
        if all(w in HEADER_VOCAB for w in words) or any(p.search(cell) for p in COLUMN.values()):
            named += 1
    return cells if named * 2 > len(cells) else None


def _table_rows(text: str) -> list[tuple[int, int, dict[str, str]]]:
    """Each table row line as ``(start, end, {"frequency": cell, ...})`` from its header."""
    rows = []
    header: list[str] | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        start, stripped = pos, line.strip()
        pos += len(line)
        if not stripped:
            continue
        if "|" not in stripped:
            header = None
            continue
        cells = _header_cells(stripped)
        if cells:
            header = cells
            continue
        if header is None:
            continue
        row = [c.strip() for c in stripped.strip("|").split("|")]
        fields: dict[str, str] = {}
        for name, cell in zip(header, row, strict=False):
            for field, pattern in COLUMN.items():
                if pattern.search(name) and not PLACEHOLDER.match(cell) and not _vague(field, cell):
                    fields.setdefault(field, cell)
        rows.append((start, pos, fields))
    return rows


FIELD_LINE = re.compile(r"^\s*(?:[-\u2022*]\s*)?([A-Za-z][A-Za-z /()'-]{1,30}?)\s*:\s*(.*\S)?\s*$")


def _records(text: str) -> list[tuple[int, int, dict[str, str]]]:
    """Form-style records, one "Label: value" a line ("Provision: ...", "Who: ...",
    "Frequency: ...", "Duration: ..."), read like a table row: each line of the record gets
    what its "Who", "How often" and "How long" lines say. A blank line or a line that is not
    "Label: value" ends a record."""
    records = []
    current: list[tuple[int, int, str, str]] = []

    def close():
        fields: dict[str, str] = {}
        for _s, _e, label, value in current:
            for field, pattern in COLUMN.items():
                if (
                    pattern.search(label)
                    and not PLACEHOLDER.match(value)
                    and not _vague(field, value)
                ):
                    fields.setdefault(field, value)
        if len(current) >= 2 and fields:
            records.append((current[0][0], current[-1][1], fields))
        current.clear()

    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        match = FIELD_LINE.match(line)
        if match and match.group(2) and len(match.group(1).split()) <= 4:
            current.append((start, pos, match.group(1), match.group(2)))
        else:
            close()
    close()
    return records


def _is_heading(item: Span) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", item.text)
    capitals = len(letters) >= 4 and letters.isupper() and len(item.words) <= 14
    return capitals or is_label(item) or is_structure(item)


def _level(item: Span) -> int:
    letters = re.sub(r"[^A-Za-z]", "", item.text)
    if len(letters) >= 4 and letters.isupper():
        return 1
    return 3 if item.text.endswith(":") else 2


# f15w: a period put first in the section's first sentence, before its subject ("For the
# school year 2026-27, the school nurse will ...", "Until he leaves in July 2027, ..."), sets
# the time of what follows, as a period line over the section does. A period later in a
# sentence, or in a later sentence, covers only its own sentence.
FRONTED_PERIOD = re.compile(
    r"(?:for|during|throughout|through|across|over|until|till|from)\b[^,.;:]{3,80},",
    re.IGNORECASE,
)


# f15z: a closing line about what comes before it, as the section's last sentence ("This
# provision runs until his annual review in July 2027.", "This applies throughout the
# 2026-27 school year.", "All of section G applies until ..."), frames the whole section, as
# a period line over it does, even when the reader joins it to the last bullet or sentence.
# Only a verb of extent ("applies", "runs", "lasts", "covers", "is in place"), not "will be":
# "This will be for six weeks" finishes the sentence before it.
CLOSING_FRAME = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)((?:this|these|all\s+(?:of\s+)?(?:this|these|the\s+above|above|"
    r"section(?:\s+[A-Z]\b)?)|everything(?:\s+above)?)(?:\s+(?:provision|support|plan|section|"
    r"arrangements?))?\s+(?:applies|apply|runs?|lasts?|covers?|(?:is|are)\s+in\s+place)\b"
    r"[^.;\n|]{3,100})\.?\s*$",
    re.IGNORECASE,
)


def scopes(text: str) -> dict[int, tuple[str, str, dict[str, str]]]:
    """For each item's start: (what it inherits from headings and its lead-in, what it
    inherits from statements about the whole section, its table row's fields)."""
    items = provision_items(text)
    bullets = [(s, e) for s, e, b in blocks(text) if b]
    rows = _table_rows(text) + _records(text)
    section = " ".join(
        item.text
        for item in items
        if not _is_heading(item)
        and (
            SCOPE_WORDS.search(item.text)
            or SECTION_STATEMENT.search(item.text)
            or FRAMING.search(item.text)
            or PROVIDER_STATEMENT.search(item.text)
            # f15w: a line with a rate of its own ("30 mins weekly") is a piece of provision
            # in note form, not a statement about the section, whatever its verb.
            or not (PROVISION_CUE.search(item.text) or RATE.search(item.text))
        )
        and not any(s <= item.start < e for s, e in bullets)
        # A table row is provision of its own, never a statement about the section (f15h).
        and not any(s <= item.start < e for s, e, _f in rows)
    )
    first = next((item for item in items if not _is_heading(item)), None)
    if first and not any(s <= first.start < e for s, e, _f in rows):
        fronted = FRONTED_PERIOD.match(first.text)
        if fronted and _has_duration(fronted.group()):
            section = f"{section} . {fronted.group()}"
    closing = CLOSING_FRAME.search(text)
    if closing and _has_duration(closing.group(1)):
        section = f"{section} . {closing.group(1)}"
    stack: list[tuple[int, str]] = []
    seen_bullet = False
    result = {}
    for item in items:
        bullet = any(s <= item.start < e for s, e in bullets)
        in_row = any(s <= item.start < e for s, e, _f in rows)
        # A short bullet ("- a review of the plan each term") is an item of its lead-in's
        # list, not a heading over the bullets after it.
        if _is_heading(item) and not (bullet and not item.text.endswith(":")) and not in_row:
            if "|" in item.text:
                continue  # f15h: a header row names columns ("Practitioner"), not a provider
            level = _level(item)
            stack = [(lv, t) for lv, t in stack if lv < level] + [(level, item.text)]
            seen_bullet = False
            continue
        if bullet:
            seen_bullet = True
        elif seen_bullet and stack and stack[-1][0] == 3:
            stack.pop()  # the list under the lead-in has ended
            seen_bullet = False
        fields = next((f for s, e, f in rows if s <= item.start < e), {})
        result[item.start] = (" ".join(t for _, t in stack), section, fields)
    return result


# A period in a heading or a statement about the section: "2026/27", "2026-2027".
ACADEMIC_YEAR = re.compile(r"\b20\d\d\s*[/-]\s*(?:20)?\d\d\b")


# A statement about the section's provision as a whole, not a piece of provision: "The
# following provision applies from September 2026 until the next annual review", "All of the
# support below is for the 2026/27 school year".
SECTION_STATEMENT = re.compile(
    r"^(?:all\s+(?:of\s+)?)?(?:the\s+|this\s+|these\s+|[A-Z][a-z]+'s\s+)?(?:following\s+|above\s+|"
    r"health\s+)?(?:provision|support|arrangements|interventions)\b(?:\s+(?:below|above|in\s+this\s+"
    r"section|(?:set\s+out|listed|described)\s+(?:below|above)))?\s+(?:(?:is|are|will)\s+)?(?:be\s+)?"
    # f15k: "This provision is agreed until her next review", "... is funded for ...".
    r"(?:(?:agreed|planned|funded|arranged|confirmed)\s+)?"
    r"(?:for|applies|apply|runs?|run|lasts?|last|covers?|cover|in\s+place|from|until)\b|"
    # f15w: the section's content named as a whole ("Everything below runs for ...", "All of
    # the following is in place until ...", "The following applies from ...").
    r"^(?:everything|all(?:\s+of)?\s+(?:the\s+|this\s+)?(?:above|below|following|"
    # f15z: the section named as itself ("All of section G applies until ...", "This section
    # runs for ...").
    r"section(?:\s+[A-Z]\b)?)|this\s+section|the\s+following)\s+(?:(?:below|above|here|in\s+this\s+section)\s+)?(?:(?:is|are|will)\s+)?"
    r"(?:be\s+)?(?:for|applies|apply|runs?|lasts?|covers?|in\s+place|from|until)\b",
    re.IGNORECASE,
)
# A statement of who provides everything under it (f15h): "Provider for everything below:
# the Children's Diabetes Team", "All of the following is delivered by the school nursing
# team". Structure, not provision; it supplies the provider for the lines that follow.
PROVIDER_STATEMENT = re.compile(
    r"^(?:(?:the\s+)?(?:lead\s+)?(?:provider|provided\s+by|delivered\s+by|who\s+(?:provides|"
    r"delivers)(?:\s+(?:this|it|the\s+provision|everything))?|responsible(?:\s+(?:person|"
    r"professional|service))?|by\s+whom)\s*:|(?:the\s+)?(?:provider|provided\s+by|delivered\s+by|who(?:\s+provides)?|lead|"
    r"responsible)\b[^.;]{0,40}?\b(?:below|following|everything|all|this\s+section|"
    r"each|every)\b|"
    r"(?:all|everything|each|every)\s+(?:of\s+)?(?:the\s+|this\s+|my\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:following|below|provision|support|items?|in\s+this\s+section)\b[^.;]{0,40}?\b(?:is|"
    r"are|will\s+be)\s+(?:\w+\s+)?(?:delivered|provided|given|led|run|carried\s+out|"
    r"overseen|managed)\s+by\b)",
    re.IGNORECASE,
)
# A statement that only says who provides an area of provision, before the sentences that
# say what it is: "Ruby's physiotherapy will be provided by the community physiotherapy team."
FRAMING = re.compile(
    r"^(?:[A-Z][a-z]+'s\s+|all\s+(?:of\s+)?|the\s+|this\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:provision|support|care|therapy|physiotherapy|input|programme|needs?)\s+(?:will\s+be|is|"
    r"are)\s+(?:provided|delivered|led|managed|overseen|co-?ordinated|given)\s+by\b[^.;,]*\.?$",
    re.IGNORECASE,
)


def _with_scopes(
    text: str, *, quantities: bool = False
) -> list[tuple[Span, tuple[str, str, dict[str, str]]]]:
    """Provision statements with their scopes; with ``quantities`` (how often, how long),
    statements about the section or who leads an area are left out: they frame the rest."""
    statements = [
        item
        for item in provision_statements(text)
        if not SECTION_STATEMENT.search(item.text)
        and not PROVIDER_STATEMENT.search(item.text)
        and not (quantities and FRAMING.search(item.text))
    ]
    if not statements:
        return []
    found = scopes(text)
    before = _previous_items(text)
    described_before = _described_before(text, {item.start for item in statements})
    result = []
    for item in statements:
        heading, section, fields = found.get(item.start, ("", "", {}))
        previous = before.get(item.start)
        described = described_before.get(item.start)
        if described:
            # "Jamie wears pads and needs changing at least twice daily. Two members of
            # staff will carry out changes ...": the need described just before, in the same
            # paragraph or bullet, says how often the provision meeting it happens (f15e).
            heading = f"{heading} . {described}"
        if previous and PRONOUN_START.match(item.text) and not _passive_subject(item.text):
            # "The physiotherapist will visit every half term until July 2027. She will
            # update the programme at each visit.": a sentence about the same person or
            # provision carries on the one before, and is read with it (f15e).
            heading = f"{heading} . {previous}"
        result.append((item, (heading, section, fields)))
    return result


def _passive_subject(text: str) -> bool:
    """ "He will be hoisted ...": the subject of a passive receives it; a pronoun there is the
    child, not the provider of the sentence before (f15h)."""
    subject = SUBJECT.match(text)
    return bool(subject and PASSIVE.match(text, subject.end()))


PRONOUN_START = re.compile(r"(?:he|she)\s+(?:will|would|shall|must|should|is|also|can)\b", re.I)


def _described_before(text: str, statements: set[int]) -> dict[int, str]:
    """For a statement, the sentence just before it in the same block when that sentence
    describes the child's need (it is not a provision statement) and says how often."""
    result = {}
    ends = sorted(end for _start, end, _bullet in blocks(text))
    block_of = {i.start: bisect.bisect_right(ends, i.start) for i in provision_items(text)}
    items = provision_items(text)
    for a, b in itertools.pairwise(items):
        same_block = block_of[a.start] == block_of[b.start]
        need_before = b.start in statements and a.start not in statements
        if same_block and need_before and FREQUENCY.search(a.text):
            result[b.start] = a.text
    return result


def _previous_items(text: str) -> dict[int, str]:
    items = provision_items(text)
    return {b.start: a.text for a, b in itertools.pairwise(items)}


def _inherits(field: str, scope: tuple[str, str, dict[str, str]]) -> bool:
    heading, section, fields = scope
    if field in fields:
        return True
    if field == "frequency":
        # How often is inherited from a heading or lead-in only: a statement about the
        # section ("reviewed termly") says how often it is reviewed, not how often it happens.
        return bool(FREQUENCY.search(heading) or _one_off_or_triggered(heading))
    context = heading + " . " + section
    return bool(_has_duration(context) or ACADEMIC_YEAR.search(context))


# A therapy or profession named in a table's "who" cell names who delivers it.
PROFESSION = re.compile(
    r"\b(?:physiotherapy|occupational\s+therapy|speech\s+and\s+language|SALT|SLT|OT|"
    r"audiology|dietetics|nursing|school\s+nurs\w*|paediatrics|CAMHS|orthoptics|orthotics|"
    r"psychology|sensory\s+support|visual\s+impairment|hearing\s+impairment)\b",
    re.IGNORECASE,
)


def _provides(context: str, trained: set[str]) -> bool:
    delivering = _delivering_text(context)
    return bool(
        QUALIFIED_ROLE.search(delivering)
        or _service_delivers(delivering)
        or (OTHER_ROLE.search(context) and _qualified(context))
        or _is_trained(_people(context), trained)
    )


def _inherits_provider(item: Span, scope: tuple[str, str, dict[str, str]], trained) -> bool:
    """A list item under "The school nurse will:", a row whose "Who" cell names a qualified
    or trained person, a section whose provision is all "delivered by ..." one provider."""
    heading, section, fields = scope
    cell = fields.get("provider", "")
    if cell and (_provides(cell, trained) or PROFESSION.search(cell)):
        return True
    doers = {p for doer in _doers(item.text) for p in _people(doer)}
    if doers and not doers <= STAFF:
        return False  # its own subject must stand on its own
    if not doers and any(
        re.match(r"\s*(?:a|an|the|his|her|their|one|two)\s+\w", d)
        and not (QUALIFIED_ROLE.search(d) or HEALTH_SERVICE.search(d))
        for d in _doers(item.text)
    ):
        return False  # a person of its own ("a volunteer will ..."), not the lead-in's
    if doers:  # a member of staff: covered if the section says the staff are trained
        return any(
            _qualified(context) and _people(context) & (doers | {"staff"})
            for context in (heading, section if SCOPE_WORDS.search(section) else "")
            if context
        )
    if any(QUALIFIED_ROLE.search(d) for d in _doers(item.text)):
        return False
    return _provides(heading, trained) or (
        bool(
            SCOPE_WORDS.search(section) or FRAMING.search(section) or PROVIDER_LINE.search(section)
        )
        and _provides(section, trained)
    )


# A provider statement anywhere in the section's framing text (f15h).
PROVIDER_LINE = re.compile(
    r"\b(?:provider|provided\s+by|delivered\s+by|who\s+(?:provides|delivers)(?:\s+(?:this|it|"
    r"the\s+provision|everything))?|by\s+whom)\s*:",
    re.IGNORECASE,
)


# Equipment or a place made available is provision no one delivers (f15f): "A wobble cushion
# and fidget tools will be available in all lessons", "A quiet space will be kept free at
# lunchtime". Therapy, support, care or a programme made available still needs its provider
# ("access to speech and language therapy" names no one).
RESOURCE = re.compile(
    r"\b(?:will\s+be|is|are|to\s+be)\s+(?:made\s+)?(?:available|kept|stored|in\s+place|fitted|"
    r"installed|on\s+hand|accessible)\b",
    re.IGNORECASE,
)
NOT_A_RESOURCE = re.compile(
    # f15k: a place named after what it is for ("the learning support base") is a place.
    r"\b(?:\w*therap\w*|physio|support(?!\s+(?:base|room|centre|center|unit|hub|area))|care|"
    r"programme|sessions?|training|input|advice|"
    r"supervision|help|intervention|treatment|medication|medicine|assessment|review)\b",
    re.IGNORECASE,
)


# Things kept or stored somewhere ("Her rescue medication will be stored in the medical
# room") are a resource, whatever they are.
STORED = re.compile(r"\b(?:will\s+be|is|are|to\s+be)\s+(?:kept|stored)\b", re.IGNORECASE)


# f15m: a person kept in a state ("Amara will be kept upright for 30 minutes after every
# feed", "kept warm", "kept under observation") is care someone gives, not a thing stored.
KEPT_IN_STATE = re.compile(
    r"\bkept\s+(?:upright|warm|cool|safe|still|calm|dry|clean|comfortable|hydrated|"
    r"positioned|seated|sitting|lying|under\s+(?:close\s+)?(?:observation|supervision))\b",
    re.IGNORECASE,
)


def _resource(text: str) -> bool:
    if _people(text) or KEPT_IN_STATE.search(text):
        return False
    if STORED.search(text) and not re.search(r"\w*therap\w*|physio|support|care\b", text, re.I):
        return True
    return bool(RESOURCE.search(text) and not NOT_A_RESOURCE.search(text))


FAMILY = frozenset({"parent", "carer"})


def _family_does(text: str) -> bool:
    """The family doing their part ("Ava's parents will bring in her medication each term")
    is not provision someone is paid and qualified to deliver."""
    doers = {p for doer in _doers(text) for p in _people(doer)}
    return bool(doers) and doers <= FAMILY


# --- f15i: an agent the role lists do not know -----------------------------------------
#
# The role lists cannot hold every job title a stranger writes ("the intervener", "a clinical
# scientist", "the EPNS", "her pastoral lead", "the learning support manager"). Rather than
# flag every statement whose doer is not listed, a statement is flagged for having no provider
# only when it has no agent at all: an active subject that is a person or an organisation
# (by the form of its head noun: a job-title ending, a lead/manager/officer/coach, an
# acronym, a proper-named organisation) is the provider. Support roles that the guidance
# asks to be trained (assistants, supervisors, workers, mentors, adults, volunteers ...) are
# not excused by this rule. When the child is the subject ("Amina will leave lessons early,
# with a pass from her head of year"), a qualified adult or a stated training anywhere in
# the statement is who arranges it, and equipment the child uses or wears himself ("Aaron
# will wear ear defenders") has no provider to name.
SUPPORT_HEAD = re.compile(
    r"(?:assistants?|supervisors?|workers?|mentors?|adults?|staff|buddy|buddies|helpers?|"
    r"volunteers?|members?|person|people|someone|anyone|peers?|students?|pupils?|"
    r"invigilators?|escorts?|drivers?|carers?|parents?|family|mum|dad|school|setting|"
    r"college|nursery|class|everyone|all|health|one|two|both|each|it|this|that|"
    r"these|those|there|time|plan|programme|sessions?|support|provision)$",
    re.IGNORECASE,
)
AGENT_HEAD = re.compile(
    r"(?:\w{3,}(?:ist|ician|ologist)s?|\w{3,}(?:er|or)s?|leads?|leaders?|managers?|officers?|"
    r"coach(?:es)?|heads?|directors?|co-?ordinators?|advisers?|advisors?|consultants?|"
    r"team|service|clinic|unit|department|centre|hospital|hospice|trust|"
    r"(?-i:[A-Z][A-Za-z]?[A-Z]{1,5}s?))$",
    re.IGNORECASE,
)
NOT_AGENT_HEAD = re.compile(
    r"(?:water|computer|timer|folder|planner|locker|buzzer|number|letter|paper|register|"
    r"order|monitor|sensor|inhaler|nebuliser|spacer|chair|wheelchair|door|floor|corridor|"
    r"toilet|shower|helper|other|either|neither|after|later|ever|never|together|mother|"
    r"father|brother|sister|daughter|whether|under|over|either|her|their|your|our|"
    r"list|wrist|assist|exist|insist|persist|resist|twist)$",
    re.IGNORECASE,
)
ACTIVE_MODAL = re.compile(
    r"\b(?:will|shall|must|should|(?-i:may|might|could)|(?:is|are)\s+to)\s+(?:also\s+)?"
    r"(?!be\b|have\s+been\b|get\b|not\b)\w+",
    re.IGNORECASE,
)
# A qualified adult named as a person ("agreed by her head of year", "a pass from the
# SENCo", "with the trained ELSA"), not a therapy the child has ("weekly physio sessions").
ADULT_NAMED = re.compile(
    r"\b(?:by|from|with)\s+(?:the|a|an|his|her|their|(?-i:[A-Z][a-z]+)'s)\s+"
    r"(?:[\w-]+\s+){0,3}?" + _ROLES + r"\b",
    re.IGNORECASE,
)
CHILD_SUBJECT = re.compile(r"^\s*(?:(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)|he|she|they)\s*$", re.I)
CHILD_OWN_USE = re.compile(
    r"^\s*\S+\s+(?:will|can|should|(?-i:may))\s+(?:also\s+)?(?:use|wear|carry|keep|have\s+"
    r"and\s+use)\b",
    re.IGNORECASE,
)
TRAINED_ANYWHERE = re.compile(
    r"\b(?:trained|qualified|registered|certified|accredited)\b(?!\s+(?:with|at)\b)", re.I
)


def _subject_head(subject: str) -> str:
    # "A volunteer from the Hospice", "the nurse at the clinic": the person heads it.
    subject = re.split(r"\s(?:from|at|of|with|in|based|who|that|on)\s", subject, maxsplit=1)[0]
    words = re.findall(r"[\w'\u2019-]+", subject)
    return words[-1] if words else ""


def _agent_named(text: str) -> bool:
    """The statement names who does it in words the role lists do not hold (f15i)."""
    if "|" in text:
        return _agent_cell(text)
    label = re.match(r"\s*([^:|.]{2,80}):", text)
    if label and (QUALIFIED_ROLE.search(label.group(1)) or HEALTH_SERVICE.search(label.group(1))):
        return True  # "Neuropsychologist (Brain Injury Service): four 1-hour sessions ..."
    subject = SUBJECT.match(text)
    if not subject or not ACTIVE_MODAL.match(text, subject.end(1)):
        return False  # passive or "will be ...": the agent, if any, is read elsewhere
    phrase = subject.group(1).strip().rstrip(",")
    if "," in phrase and not CHILD_SUBJECT.match(phrase.split(",", 1)[0]):
        phrase = phrase.split(",", 1)[0]  # "The pastoral lead, trained in ..., will"
    phrase = re.sub(r"^[^:]{1,40}:\s*", "", phrase)  # a label: "Noise: Aaron will ..."
    if "," in phrase or not phrase:
        phrase = phrase.rsplit(",", 1)[-1].strip()
    if CHILD_SUBJECT.match(phrase) and not (
        SUPPORT_HEAD.match(phrase)
        or OTHER_ROLE.search(phrase)
        or re.fullmatch(r"(?-i:[A-Z]{2,6}s?)|" + DISCIPLINE, phrase, re.I)
    ):
        if CHILD_OWN_USE.match(re.sub(r"^[^:]{1,40}:\s*", "", text)):
            return True
        return bool(TRAINED_ANYWHERE.search(text) or ADULT_NAMED.search(text))
    if re.fullmatch(r"(?:the\s+)?" + DISCIPLINE, phrase, re.I):
        return True  # "Audiology may review her hearing aids."
    if len(phrase.split()) < 2 and not re.fullmatch(r"(?-i:[A-Z]{2,6}s?)", phrase):
        return False  # a bare word is a name or a discipline, read by the other rules
    head = _subject_head(phrase)
    if not head or SUPPORT_HEAD.match(head) or NOT_AGENT_HEAD.match(head):
        return False
    if OTHER_ROLE.fullmatch(head) or ADMIN_ROLE.search(phrase):
        return False  # support and office roles are read by the other rules
    return bool(AGENT_HEAD.match(head))


SELF_CELL = re.compile(
    r"^\s*(?:the\s+)?(?:pupil|student|child|young\s+person|learner|self|"
    r"(?-i:[A-Z][a-z]+)\s+(?:himself|herself))\s*$",
    re.IGNORECASE,
)


def _agent_cell(text: str) -> bool:
    """A table row whose "who" cell is a service written in full with commas, or the pupil
    himself (f15i)."""
    cells = [c.strip() for c in text.split("|")]
    if len(cells) < 3:
        return False
    for cell in cells[1:]:
        if SELF_CELL.match(cell) or ADMIN_ROLE.fullmatch(cell):
            return True
        if len(cell.split()) <= 12 and any(
            HEALTH_SERVICE.fullmatch(part.strip()) for part in cell.split(",")
        ):
            return True
    return False
