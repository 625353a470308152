"""``manage.py rebuild_provision_summary``: work the kept summary of health provision delivery
(``sendhealth.provision.summary``) out from scratch, for every ICB or one."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from sendhealth.provision import summary


class Command(BaseCommand):
    help = (
        "Work out from scratch the kept monthly sums of health provision returns and each "
        "line's standing over its ICB's shortfall window (after a restore or a bulk load)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--icb", type=int, help="Only this ICB (its organisation id).")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        icb_ids = [options["icb"]] if options["icb"] else summary.icb_ids()
        for icb_id in icb_ids:
            summary.rebuild(icb_id, today)
            self.stdout.write(f"Rebuilt the provision summary of ICB {icb_id}")
        if not icb_ids:
            self.stdout.write("No health provision lines or returns: nothing to rebuild")
