"""``manage.py rebuild_advice_summary``: work the kept summary of advice timeliness
(``sendhealth.advice.summary``) out from scratch, for every ICB or one."""

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sendhealth.advice import summary


class Command(BaseCommand):
    help = (
        "Work out from scratch the kept daily and monthly counts of advice completed on time, "
        "late and late with an exception (after a restore or a bulk load)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--icb", type=int, help="Only this ICB (its organisation id).")

    def handle(self, *args: Any, **options: Any) -> None:
        icb_ids = [options["icb"]] if options["icb"] else summary.icb_ids()
        for icb_id in icb_ids:
            started = time.process_time()
            summary.rebuild(icb_id)
            cpu = time.process_time() - started
            self.stdout.write(
                f"Rebuilt the advice timeliness summary of ICB {icb_id} ({cpu:.2f} s of CPU)"
            )
        if not icb_ids:
            self.stdout.write("No advice: nothing to rebuild")
