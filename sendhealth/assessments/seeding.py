"""Demo assessments: each demo LA's SEN2 return (its children, and a few who are not
registered), imported as the LA would."""

from __future__ import annotations

import tempfile
import zlib
from datetime import timedelta

from sendhealth.advice.models import AdviceRequest
from sendhealth.assessments import demo
from sendhealth.assessments.importer import run_import
from sendhealth.assessments.models import (
    MANUAL_PREFIX,
    Assessment,
    Sen2Person,
    Sen2Record,
    Sen2Return,
    TribunalOrderKind,
    TribunalOutcome,
)
from sendhealth.children.models import Child
from sendhealth.transitions.models import EhcPlan
from sendhealth.transitions.services import tracked_for_adulthood


def seed(area) -> None:
    if len(area.children) > 5000:
        return  # the benchmark times its own return (manage.py sen2_bench)
    for la in area.local_authorities:
        children = Child.objects.filter(
            local_authority=la, pk__in=[c.pk for c in area.children]
        ).order_by("pk")[:150]
        plans = {
            child: (issued, reviewed)
            for child, issued, reviewed in EhcPlan.objects.filter(
                child__in=children, ceased_on__isnull=True
            ).values_list("child_id", "issued_on", "last_reviewed_on")
        }
        # The return's review meetings are the register's (SEN2 5a moves the plan's last
        # review forward on import: the demo's two sources agree).
        # Each child's latest request for health advice (last one wins): the day the LA
        # received the EHC needs assessment request and the day it asked health.
        asked = {
            child: (received, health)
            for child, received, health in AdviceRequest.objects.filter(
                child__in=children, la_received_on__lte=area.today
            )
            .order_by("child_id", "la_received_on")
            .values_list("child_id", "la_received_on", "health_received_on")
        }
        people = [
            (
                c.given_name,
                c.family_name,
                c.date_of_birth,
                *plans.get(c.pk, (None, None)),
                # Only a child not yet in year 9: a plan issued from the return to an older
                # one would have its preparing-for-adulthood steps overdue by years.
                *(
                    (None, None)
                    if tracked_for_adulthood(c.date_of_birth, area.today)
                    else asked.get(c.pk, (None, None))
                ),
            )
            for c in children
        ]
        # Seeded by the LA's code, not its row's id: the same area seeds the same return
        # whatever the database's sequences hold (a re-seed, a test after others).
        seed = zlib.crc32(la.code.encode())
        rows = demo.build(people, lea=la.code, year=area.today.year, seed=seed, today=area.today)
        data = demo.to_bytes(rows)
        with tempfile.NamedTemporaryFile(suffix=".zip") as handle:
            handle.write(data)
            handle.flush()
            ret = Sen2Return.objects.create(
                local_authority=la,
                icb_id=la.parent_id,
                collection_year=area.today.year,
                file_token="demo",
                file_format="zip",
                file="sen2/demo",
            )
            run_import(ret, handle.name)
    seed_disputes(area)


def seed_disputes(area) -> list[Assessment]:
    """Two synthetic requests for an EHC needs (re)assessment that the LA refused and that went
    to mediation and the tribunal, on the first two children of the deep-dive cohort (the top
    of the children list), so the tribunal path can be walked in the demo: one appeal decided
    two weeks ago with an order to assess (its reg 44 deadlines still to come), one registered
    with its hearing still to come. Dated from the area's today; recorded as sendhealth's own
    (``MANUAL_PREFIX``), so a later SEN2 return keeps them."""
    today = area.today
    cohort = area.deep_dive_cohort[:2]
    children = {
        c.pk: c
        for c in Child.objects.filter(pk__in=[c.pk for c in cohort]).select_related(
            "local_authority"
        )
    }
    made = []
    for n, seeded in enumerate(cohort):
        child = children.get(seeded.pk)
        if child is None:
            continue
        if n == 0:  # decided: mediation, then the appeal, allowed, with an order to assess
            decided_on = today - timedelta(days=14)
            hearing = decided_on - timedelta(days=10)
            registered = hearing - timedelta(days=90)
            certificate = registered - timedelta(days=20)
            mediation = certificate - timedelta(days=7)
            refused = mediation - timedelta(days=21)
            dates = {
                "request_mediation": True,
                "mediation_on": mediation,
                "mediation_certificate_on": certificate,
                "appeal_registered_on": registered,
                "hearing_on": hearing,
                "tribunal_decision_on": decided_on,
                "tribunal_outcome": TribunalOutcome.ALLOWED,
                "tribunal_order": TribunalOrderKind.ASSESS,
            }
        else:  # open: a mediation certificate without mediation, the hearing still to come
            refused = today - timedelta(days=70)
            certificate = refused + timedelta(days=10)
            dates = {
                "mediation_certificate_on": certificate,
                "appeal_registered_on": certificate + timedelta(days=25),
                "hearing_on": today + timedelta(days=45),
            }
        received = max(refused - timedelta(days=42), child.date_of_birth)
        assessment, _ = Assessment.objects.update_or_create(
            local_authority_id=child.local_authority_id,
            requests_table_id=f"{MANUAL_PREFIX}demo-tribunal-{n + 1}",
            defaults={
                "icb_id": child.local_authority.parent_id,
                "child": child,
                "received_on": received,
                "request_source": "1",
                "request_outcome_on": refused,
                "request_tribunal": True,
                "extra": {"sendhealth": {"decision": "not_assess", "outcome": "not_yet"}},
                **dates,
            },
        )
        made.append(assessment)
    return made


def wipe(icb) -> None:
    Assessment.objects.filter(icb=icb).delete()
    Sen2Record.objects.filter(local_authority__parent=icb).delete()
    Sen2Person.objects.filter(icb=icb).delete()
    Sen2Return.objects.filter(icb=icb).delete()
