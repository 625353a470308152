"""Time an SEN2 import: ``manage.py sen2_bench --people N`` generates a return of N people
(each with a request, most with an assessment, plan, placement and need) for a new LA, and
imports it, printing progress and the time taken."""

import sys
import tempfile
import time
from datetime import date, timedelta

from django.core.management.base import BaseCommand

from sendhealth.assessments import demo
from sendhealth.assessments.importer import run_import
from sendhealth.assessments.models import Sen2Return
from sendhealth.organisations.models import Organisation, OrganisationKind


class Command(BaseCommand):
    help = "Generate and import a synthetic SEN2 return, timed."

    def add_arguments(self, parser):
        parser.add_argument("--people", type=int, default=640_000)

    def handle(self, *args, people, **options):
        icb, _ = Organisation.objects.get_or_create(
            kind=OrganisationKind.ICB, code="QBENCH", defaults={"name": "Bench ICB"}
        )
        la, _ = Organisation.objects.get_or_create(
            kind=OrganisationKind.LOCAL_AUTHORITY,
            code="999",
            defaults={"name": "Bench LA", "parent": icb},
        )
        start = time.monotonic()
        rows = demo.build(
            (
                ("Bench", f"Person{n}", date(2010, 1, 1) + timedelta(days=n % 4000))
                for n in range(people)
            ),
            lea="999",
            year=2026,
            unmatched=0,
        )
        with tempfile.NamedTemporaryFile(suffix=".zip") as handle:
            handle.write(demo.to_bytes(rows))
            handle.flush()
            del rows
            self.stdout.write(f"generated {people} people in {time.monotonic() - start:.1f}s")
            ret = Sen2Return.objects.create(
                local_authority=la,
                icb=icb,
                collection_year=2026,
                file_token="bench",
                file_format="zip",
                file="sen2/bench",
            )

            def bar(percent):
                sys.stdout.write(f"\r[{'#' * (percent // 5):<20}] {percent:3d}%")
                sys.stdout.flush()

            cpu = time.process_time()
            ret = run_import(ret, handle.name, bar)
            cpu = time.process_time() - cpu
        rows = sum(v for k, v in ret.counts.items() if k != "header")
        self.stdout.write(
            f"\nimport {ret.status} in {ret.seconds:.1f}s wall, {cpu:.1f}s CPU "
            f"({ret.persons} people, {rows} rows)"
        )
