"""f15z: broader rules for the provision checks, after blind_2026_12p and 12q were diagnosed.

Each rule follows how plans and advice are written in English generally, not one set's
phrases: a closing line about the section frames all of it; "once" standing alone is done one
time; words in brackets after a name are the name said again; the one a child is referred to
does the work that follows; a relative clause of training needs no "who"; "liaison" in a job
title is not a verb of telling; an office role can be the agent of a passive; a room named for
its use is a place, not care; leave the setting gives is not skilled work; a count within a
span, a trigger said as a clause and a recurring school event say how often; a manner hedge
("where possible") does not cancel a stated occasion; what the child can manage ("as able")
stands in for how often; "during the day" says when and "every 15 minutes" says how often,
neither how long; a door promised only for needs not yet here is not provision; a request
passed on once, or an arrangement changed once, is not a rate.

Every example is invented for these tests; none is from a corpus. Each rule has probes it
must get right (QUIET: no finding wanted) and probes it must not wrongly excuse (FINDING).
Batch 1 was written after the rules; batch 2 after batch 1 was run, and nothing was changed
after batch 2 (its misses, if any, are marked xfail).
"""

import pytest

from sendhealth.assurance.checks.provision import no_duration, no_frequency, no_provider

CHECKS = {"no_frequency": no_frequency, "no_duration": no_duration, "no_provider": no_provider}


def _quotes(check: str, text: str, section: str = "G") -> list[str]:
    return [f.quote for f in CHECKS[check](section, text)]


QUIET = [
    # Batch 1.
    # A closing line about the section frames all of it, even when joined to the last bullet.
    (
        "no_duration",
        "- The orthoptist will see Dara every four months.\n- His teacher will seat him near "
        "the board in every lesson.\nThis provision runs until his annual review in May 2028.",
    ),
    (
        "no_duration",
        "The dietitian will weigh Ines once a half term. Her key worker will offer her a "
        "snack at every break. This applies throughout the 2027-28 school year.",
    ),
    (
        "no_provider",
        "- The school nurse will check his blood pressure every Monday.\nAll of section G "
        "applies until July 2028.",
    ),
    # "once" alone is done one time.
    ("no_duration", "The wheelchair service will deliver a standing frame to school once."),
    ("no_frequency", "The occupational therapist will advise on a writing slope, supplied once."),
    # Brackets after a name are the name said again.
    (
        "no_provider",
        "SaLT (speech and language therapy) at Harrow Vale will see Mo every week until July 2028.",
    ),
    (
        "no_provider",
        "Our team (the Children's Continence Service, Westby) will see Ivy every month until "
        "June 2028.",
    ),
    # The one referred to does the work that follows.
    (
        "no_provider",
        "I have referred Ben to the children's audiology service, who will test his hearing "
        "every six months until July 2028.",
    ),
    # A relative clause of training with no "who".
    (
        "no_provider",
        "A lunchtime supervisor the school nurse has trained will watch Pia eat at every "
        "lunch until July 2028.",
    ),
    # "liaison" in a title.
    (
        "no_provider",
        "The hospital liaison nurse will phone school every month until March 2028.",
    ),
    # An office role as the agent of a passive; a room named for its use.
    (
        "no_provider",
        "His lessons will be moved to the ground floor by the timetabling officer for the "
        "2027-28 school year.",
    ),
    (
        "no_provider",
        "The school office will unlock the first-aid room for Lena at every break until July 2028.",
    ),
    # Leave the setting gives.
    (
        "no_provider",
        "The school will let Omar leave each lesson five minutes early until July 2028.",
    ),
    # A count within a span; a trigger clause; a school event with "as needed".
    ("no_frequency", "The dentist will see Kofi three times in the year until July 2028."),
    (
        "no_frequency",
        "Extra rest as needed will be given when his pain flares, until July 2028.",
    ),
    ("no_frequency", "Her spacer will be used before swimming as needed, until July 2028."),
    # A manner hedge does not cancel a stated occasion.
    (
        "no_frequency",
        "His teacher will give him a printed copy of each homework task where possible, "
        "until July 2028.",
    ),
    # "every 20 minutes" is not how long; "throughout the day" still is.
    (
        "no_duration",
        "Her teaching assistant will help her change position throughout the day, every "
        "20 minutes, until July 2028.",
    ),
    # A door promised only for needs not yet here.
    (
        "no_duration",
        "No health provision is needed now. If his health needs change, the school will "
        "contact the school nursing team for advice.",
    ),
    # A request passed on once; an arrangement changed once.
    (
        "no_frequency",
        "I will ask the pharmacy to label his medicines in large print, until July 2028.",
        "provision",
    ),
    (
        "no_frequency",
        "Her classes will be moved to rooms near the lift until July 2028.",
    ),
    # Batch 2.
    (
        "no_duration",
        "1. The epilepsy nurse will train his class staff once in September 2027.\n2. A "
        "trained teaching assistant will stay with him at every swimming lesson.\nAll of this "
        "is in place until his annual review in June 2028.",
    ),
    (
        "no_provider",
        "CCNT (Children's Community Nursing Team) nurses will change his dressing every "
        "Friday until March 2028.",
    ),
    (
        "no_frequency",
        "A drink will be offered as needed whenever he comes in from the playground, until "
        "July 2028.",
    ),
    (
        "no_provider",
        "The college will excuse Tom from outdoor sessions in winter, for the 2027-28 year.",
    ),
    ("no_duration", "A helper will remind him to stand up every hour, for the 2027-28 year."),
]

FINDING = [
    # Batch 1.
    # "This will be for six weeks" finishes its own sentence, not the section.
    (
        "no_duration",
        "The physiotherapist will see Ana every week. Her teaching assistant will do her "
        "stretches every day. This will be for six weeks.",
    ),
    # A closing line with no period frames nothing.
    (
        "no_duration",
        "- The school nurse will check his inhaler technique every term.\nThis provision "
        "applies in all lessons.",
    ),
    # "once a week" is a rate, and "once he is settled" a condition: neither is one-off.
    ("no_duration", "The occupational therapist will visit once a week."),
    ("no_duration", "The occupational therapist will visit weekly once he is settled."),
    # Brackets do not make an untrained role a provider.
    (
        "no_provider",
        "A teaching assistant (Mrs Hale) will do his exercises every day until July 2028.",
    ),
    # Referred to someone with no qualification named.
    (
        "no_provider",
        "I have referred him to a mentor, who will see him every week until July 2028.",
    ),
    # Met, not trained.
    (
        "no_provider",
        "A teaching assistant I have met will do his stretches every day until July 2028.",
    ),
    # "liaise with" still makes the nurse the one told, not the doer.
    (
        "no_provider",
        "A teaching assistant will liaise with the school nurse every week until July 2028.",
    ),
    # Leave given by staff is still work by unnamed staff (cases.py's convention).
    (
        "no_provider",
        "Staff will allow Joel to use his inhaler in class every day until July 2028.",
    ),
    # "as needed" with no trigger, no event, no rate.
    ("no_frequency", "Support with dressing will be given as needed until July 2028."),
    # "as able" stands in for how often.
    (
        "no_frequency",
        "Her teaching assistant will walk with her between lessons as able, until July 2028.",
    ),
    # An adult's hedge with an event: when it might happen, not how often.
    (
        "no_frequency",
        "The school nurse might check his sugar levels at lunch, until July 2028.",
    ),
    # "during the day" is not how long.
    ("no_duration", "His teaching assistant will take Sami to the quiet room during the day."),
    # An interval is not how long.
    ("no_duration", "His teacher will give him a sip of water every 30 minutes."),
    # A trigger that is already here is provision.
    ("no_duration", "If she has a nosebleed, staff will call her parents."),
    # A request with work the recipient does regularly is not one-off.
    (
        "no_frequency",
        "I will ask the school nurse to check his feet until July 2028.",
        "provision",
    ),
    # Batch 2.
    ("no_duration", "The school nurse will check her pump during the school day."),
    (
        "no_provider",
        "I have referred Mia to the Lakeside Family Hub, who will run a parenting group for "
        "her mother every week until July 2028.",
    ),
    ("no_frequency", "Her teacher will let her stand at the back of class as tolerated."),
    (
        "no_duration",
        "- The physiotherapist will see Raj every month.\n- His teacher will adapt PE in every "
        "lesson.\nThis will be reviewed in July 2028.",
    ),
]

FINDING_XFAIL = [
    # Batch 1 miss: "will have a rest" is read as a thing the child has (f15w's equipment
    # reading), so the statement is not provision and "during the day" is never reached.
    ("no_duration", "Sami will have a rest in the quiet room during the day."),
]


def _case(entry):
    check, text, *rest = entry
    return check, text, rest[0] if rest else "G"


@pytest.mark.parametrize("entry", QUIET, ids=lambda e: f"{e[0]}:{e[1][:50]}")
def test_quiet(entry):
    check, text, section = _case(entry)
    assert _quotes(check, text, section) == []


@pytest.mark.parametrize("entry", FINDING, ids=lambda e: f"{e[0]}:{e[1][:50]}")
def test_finding(entry):
    check, text, section = _case(entry)
    assert _quotes(check, text, section) != []


@pytest.mark.xfail(strict=True, reason="probe missed, left (see the README's f15z section)")
@pytest.mark.parametrize("entry", FINDING_XFAIL, ids=lambda e: f"{e[0]}:{e[1][:50]}")
def test_finding_missed(entry):
    check, text, section = _case(entry)
    assert _quotes(check, text, section) != []
