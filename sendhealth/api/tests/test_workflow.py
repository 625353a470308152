"""The whole journey through the API, each step by the role that takes it: the local authority
raises a request, the DCO routes it, the service submits advice, the DCO accepts it and
returns it, and the local authority reads the advice."""

import datetime

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog


def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.content
    return response.json()


class TestAdviceJourney:
    def test_from_request_to_advice_in_the_local_authoritys_hands(self, api_as, area):
        child = ChildFactory(local_authority=area.la, date_of_birth=datetime.date(2017, 6, 1))
        la, dco, salt = api_as(area.la_user), api_as(area.dco), api_as(area.salt_user)

        raised = ok(
            la.post(
                "/api/advice-requests",
                {
                    "child": child.pk,
                    "la_received_on": "2026-01-05",
                    "health_received_on": "2026-01-05",
                    "questions": "Speech and language needs?",
                },
            ),
            201,
        )
        request_url = f"/api/advice-requests/{raised['id']}"

        [assignment] = ok(
            dco.post(
                f"{request_url}/route",
                {
                    "services": [area.salt.pk],
                    "received_on": "2026-01-05",
                },
            ),
            201,
        )
        assert assignment["due_on"] == "2026-02-16"  # 6 weeks, reg 8(1)

        tray = ok(salt.get("/api/assignments", status="awaiting"))
        assert [row["id"] for row in tray["items"]] == [assignment["id"]]

        submission = ok(
            salt.post(
                f"/api/assignments/{assignment['id']}/submissions",
                {
                    "author_name": "Priya Shah",
                    "author_role": "Speech and language therapist, HCPC SL012345",
                    "advice_date": "2026-02-02",
                    "health_needs": "Difficulty understanding spoken language in class.",
                    "outcomes": "By July 2027 I will follow two-step instructions.",
                    "provision": [
                        {
                            "what": "Language group",
                            "who": "SLT (HCPC registered)",
                            "how_often": "Weekly, 45 minutes",
                            "how_long": "Two terms",
                        }
                    ],
                },
            ),
            201,
        )

        assert ok(la.get(request_url))["submissions"] == []  # not until returned

        ok(dco.post(f"/api/submissions/{submission['id']}/review", {"accept": True}))
        assert ok(dco.get(request_url))["status"] == "ready"
        ok(dco.post(f"{request_url}/return", {"note": "Advice from SALT attached."}))

        seen = ok(la.get(request_url))
        assert seen["status"] == "returned"
        assert seen["return_note"] == "Advice from SALT attached."
        [advice] = seen["submissions"]
        assert advice["decision"] == "accepted"
        assert advice["provision"][0]["how_often"] == "Weekly, 45 minutes"
        kinds = [event["kind"] for event in seen["events"]]
        assert kinds == ["raised", "routed", "submitted", "accepted", "returned_la"]

        actors = set(
            AuditLog.objects.filter(child_id=child.pk).values_list("actor__username", flat=True)
        )
        assert actors == {"la_user", "dco", "salt_user"}
