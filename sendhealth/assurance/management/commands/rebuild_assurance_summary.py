"""``manage.py rebuild_assurance_summary``: work the kept tallies of quality assurance scores
(``sendhealth.assurance.summary``) out from scratch, for every ICB or one."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from sendhealth.assurance import summary


class Command(BaseCommand):
    help = (
        "Work out from scratch the kept tallies of finished audits' scores and ratings by ICB "
        "and quarter (after a restore or a bulk load)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--icb", type=int, help="Only this ICB (its organisation id).")

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            summary.rebuild([options["icb"]] if options["icb"] else None)
        self.stdout.write("Rebuilt the quality assurance score tallies")
