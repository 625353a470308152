"""Training delivered in the period by topic and by organisation, for the board's reports (see
``core.reporting``). Counts and averages only; ``la`` narrows attendance to one local
authority's people."""

from __future__ import annotations

from sendhealth.core.reporting import Figure, Section, Table
from sendhealth.training import figures

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"training": 115}


def sections(icb, la, start, end) -> list[Section]:
    totals = figures.totals([icb.pk], start, end)
    if not totals["sessions"]:
        return []
    topics = figures.by_topic([icb.pk], start, end)
    organisations = figures.by_organisation([icb.pk], start, end)
    if la is not None:
        organisations = [o for o in organisations if o.organisation == la.name]
    return [
        Section(
            key="training",
            title="Training for health staff and partners",
            definition="Sessions the DCO service delivered in the period, who attended and "
            "how they rated them (1 poor to 5 excellent, weighted by evaluations returned).",
            figures=[
                Figure(
                    key="training_sessions", label="Training sessions", value=totals["sessions"]
                ),
                Figure(key="training_attendees", label="People trained", value=totals["attendees"]),
                Figure(
                    key="training_score",
                    label="Average evaluation score (1 to 5)",
                    value=totals["average_score"],
                    unit="rate",
                    better="higher",
                ),
            ],
            tables=[
                Table(
                    key="training_by_topic",
                    caption="Training by topic",
                    head=["Topic", "Sessions", "Attendees", "Needs not yet planned"],
                    rows=[[t.topic, t.sessions, t.attendees, t.open_needs] for t in topics],
                ),
                Table(
                    key="training_by_organisation",
                    caption="Training by organisation attending",
                    head=["Organisation", "Sessions attended", "Attendees"],
                    rows=[[o.organisation, o.sessions, o.attendees] for o in organisations],
                ),
            ],
            source="sendhealth training register",
        )
    ]
