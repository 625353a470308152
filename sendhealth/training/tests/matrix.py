"""Training's rows of the role matrix (see core/tests/test_role_matrix.py). The DCO team
records; the provider and local authority whose people attended read the session (here
``provider`` and ``la`` attended it); boards see the figures only."""

from sendhealth.training.tests.factories import (
    AttendanceFactory,
    TrainingNeedFactory,
    TrainingSessionFactory,
)

NAMESPACES = ("training",)

# fmt: off
PAGES = """
                     dco  team o_dco la   o_la prov salt o_pr board admin nobody
training:list        ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
training:new         ok   ok   ok    403  403  403  403  403  403   403   403
training:detail      ok   ok   404   ok   404  ok   ok   404  403   403   403
training:edit        ok   ok   404   403  403  403  403  403  403   403   403
training:attendance  ok   ok   404   403  403  403  403  403  403   403   403
training:needs       ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
training:need_new    ok   ok   ok    403  403  403  403  403  403   403   403
training:need        ok   ok   404   403  403  403  403  403  403   403   403
training:figures     ok   ok   ok    403  403  403  403  403  ok    403   403
"""

API = """
                                          dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/training/sessions                ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
POST /api/training/sessions               ok   ok   ok    403  403  403  403  403  403   403   403
GET /api/training/sessions/{session_id}   ok   ok   404   ok   404  ok   ok   404  403   403   403
GET /api/training/needs                   ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
GET /api/training/figures                 ok   ok   ok    403  403  403  403  403  ok    403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "training:detail": "training_session",
    "training:edit": "training_session",
    "training:attendance": "training_session",
    "training:need": "training_need",
}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD: frozenset = frozenset()
API_OBJECTS = {"{session_id}": "training_session"}


def objects(area, core) -> dict:
    session = TrainingSessionFactory(icb=area.icb)
    AttendanceFactory(session=session, organisation=area.provider)
    AttendanceFactory(session=session, organisation=area.la, role="caseworker")
    need = TrainingNeedFactory(icb=area.icb, organisation=area.provider)
    return {"training_session": session, "training_need": need}


def api_bodies(area, objects) -> dict:
    return {
        "POST /api/training/sessions": {
            "topic": "advice",
            "title": "Writing health advice",
            "delivered_on": "2026-01-05",
            "evaluations": 5,
            "average_score": "4.5",
        },
    }
