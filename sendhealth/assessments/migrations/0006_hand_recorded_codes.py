"""Decisions recorded by hand before sendhealth returned them as SEN2 codes: give each its
code (items 2.5 and 3.1), so that a request the LA decided not to assess, or an assessment
that ended without a plan, no longer shows a 16- or 20-week date or counts as at risk."""

from django.db import migrations

REQUEST = {"assess": "Y", "not_assess": "N"}
OUTCOME = {"plan": "Y", "no_plan": "N"}


def forwards(apps, schema_editor):
    Assessment = apps.get_model("assessments", "Assessment")
    hand = Assessment.objects.filter(extra__has_key="sendhealth").only(
        "extra", "request_outcome", "assessment_outcome"
    )
    for a in hand.iterator(chunk_size=500):
        own = a.extra.get("sendhealth") or {}
        request = REQUEST.get(own.get("decision"), a.request_outcome)
        outcome = a.assessment_outcome
        if own.get("decision") == "assess":
            outcome = OUTCOME.get(own.get("outcome"), outcome)
        if (request, outcome) != (a.request_outcome, a.assessment_outcome) and not (
            a.request_outcome or a.assessment_outcome
        ):
            a.request_outcome, a.assessment_outcome = request, outcome
            a.save(update_fields=["request_outcome", "assessment_outcome"])


class Migration(migrations.Migration):
    dependencies = [("assessments", "0005_sen2_fewer_indexes")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
