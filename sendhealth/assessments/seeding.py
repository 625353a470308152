"""Demo assessments: each demo LA's SEN2 return (its children, and a few who are not
registered), imported as the LA would."""

from __future__ import annotations

import tempfile

from sendhealth.assessments import demo
from sendhealth.assessments.importer import run_import
from sendhealth.assessments.models import Assessment, Sen2Person, Sen2Record, Sen2Return
from sendhealth.children.models import Child
from sendhealth.transitions.models import EhcPlan


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
        people = [
            (c.given_name, c.family_name, c.date_of_birth, *plans.get(c.pk, (None, None)))
            for c in children
        ]
        rows = demo.build(people, lea=la.code, year=area.today.year, seed=la.pk, today=area.today)
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


def wipe(icb) -> None:
    Assessment.objects.filter(icb=icb).delete()
    Sen2Record.objects.filter(local_authority__parent=icb).delete()
    Sen2Person.objects.filter(icb=icb).delete()
    Sen2Return.objects.filter(icb=icb).delete()
