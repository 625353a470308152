"""Blind set 2026-12q, written without seeing the checks. All people, services and places are invented."""

from textwrap import dedent

from ..cases import Case


def _t(text):
    return dedent(text).strip()


def _tags(expected):
    if not expected:
        return ("clean",)
    return tuple(sorted({check for check, _, _ in expected}))


def _plan(name, c, e, g, expected=()):
    expected = tuple(expected)
    sections = {"C": _t(c), "E": _t(e), "G": _t(g)}
    return Case(name, sections, expected, "plan", _tags(expected))


def _div(name, needs, outcomes, provision, author=None, expected=()):
    expected = tuple(expected)
    sections = {"needs": _t(needs), "outcomes": _t(outcomes), "provision": _t(provision)}
    if author is not None:
        sections["author"] = _t(author)
    return Case(name, sections, expected, "advice", _tags(expected))


def _und(name, advice, expected=()):
    expected = tuple(expected)
    return Case(name, {"advice": _t(advice)}, expected, "advice", _tags(expected))


BLIND = [
    # ---------------------------------------------------------------- plans
    _plan(
        "cp-diplegia-year3-frame-clean",
        """
        Ellis is 8 and has cerebral palsy, which affects the muscles in both of his legs. He walks with a frame indoors and uses a wheelchair for longer distances. His calf muscles get tight, so standing at his table or the whiteboard tires him by the afternoon. He cannot yet get on and off the toilet on his own.
        """,
        """
        - By July 2027, Ellis will walk with his frame from his classroom to the hall and back without stopping on 4 out of 5 days, as recorded by his physiotherapist.
        - By July 2027, Ellis will stand at his table for 10 minutes during afternoon lessons on 4 out of 5 days.
        - By July 2027, Ellis will get on and off the toilet using one grab rail without adult help on 9 out of 10 occasions.
        """,
        """
        All provision in this section is for 12 months from the date of this plan.
        - A paediatric physiotherapist from Harrowfield Children's Therapy Service will see Ellis in school once every half term to review his walking, his frame and his stretching programme, and will update the programme in writing.
        - A teaching assistant trained by the physiotherapist will do Ellis's calf stretches with him for 15 minutes every school day after lunch.
        - An occupational therapist from Harrowfield Children's Therapy Service will visit once in the autumn term 2026 to assess the school toilets and advise on rails and a step.
        - A teaching assistant trained in moving and handling will stay close by each time Ellis uses the toilet.
        """,
    ),
    _plan(
        "t1-diabetes-year7-regular-checks",
        """
        Amira has type 1 diabetes. Her blood sugar needs checking before lunch, before PE and whenever she feels shaky or unwell. When her sugar is low she cannot concentrate and may become tearful, and she has missed parts of lessons while it recovers.
        """,
        """
        By the end of Year 7 (July 2027), Amira will check her own blood sugar before lunch and before PE on 19 out of 20 school days, with an adult watching, as recorded in her diabetes diary.
        By July 2027, Amira will return to her lesson within 20 minutes of treating a low blood sugar on 9 out of 10 occasions.
        """,
        """
        Everything below applies for as long as Amira attends Carrow Vale Academy.
        The Redbourne Hospital children's diabetes nurse will train two named members of staff in blood sugar checks and treating low blood sugar once at the start of each school year.
        Trained staff will supervise Amira's blood sugar checks before lunch and before PE every school day.
        The diabetes nurse will make regular visits to school to review the care plan.
        If Amira's blood sugar is low, a trained member of staff will give her fast-acting sugar and stay with her until it has come back up, following her care plan.
        """,
        expected=[
            ("unspecified_provision", "G", "regular"),
            ("no_frequency", "G", "The diabetes nurse will make regular visits to school to review the care plan."),
        ],
    ),
]
