"""``manage.py checks_report``: precision and recall of each automatic check on the corpus.

Pure Python underneath: it reads no database, so it runs before migrations too.
"""

from django.core.management.base import BaseCommand, CommandError

from sendhealth.assurance.checks.bench import time_fifty_pages
from sendhealth.assurance.checks.corpus import HELDOUT
from sendhealth.assurance.checks.evaluate import report


def blind_report() -> str:
    """The aggregate tables on the blind set, never a case's name or text.

    A label that cannot be located (or any other error) is reported without its message,
    which would quote the case.
    """
    try:
        from sendhealth.assurance.checks.corpus.blind_2026_12b import BLIND

        return report(BLIND, details=False, title="blind 2026-12b")
    except Exception as error:  # the message would quote a blind case
        raise CommandError(
            f"The blind set could not be measured ({type(error).__name__}); its message is "
            "withheld because it may quote a blind case."
        ) from None


class Command(BaseCommand):
    help = "Print each automatic check's precision and recall on the labelled corpus."
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument(
            "--details", action="store_true", help="List each extra and missed finding."
        )
        parser.add_argument(
            "--heldout",
            action="store_true",
            help="Measure on the held-out corpus, written without reading the checks, instead "
            "of the corpus written alongside them (an upper bound).",
        )
        parser.add_argument(
            "--unseen",
            action="store_true",
            help="Measure on the issue-15 set (corpus/unseen_2026_12), kept aside from tuning.",
        )
        parser.add_argument(
            "--blind",
            action="store_true",
            help="Measure on the blind set (corpus/blind_2026_12b), written by someone who never "
            "read the checks' code. Aggregate figures only: its text must stay unseen, so "
            "--details is refused and no case name or quote is ever printed.",
        )
        parser.add_argument(
            "--timing", action="store_true", help="Also time extracting and checking 50 pages."
        )

    def handle(
        self,
        *args,
        details=False,
        heldout=False,
        unseen=False,
        blind=False,
        timing=False,
        **options,
    ):
        if blind:
            if details:
                raise CommandError(
                    "--details is refused with --blind: the blind set's text must stay unseen."
                )
            self.stdout.write(blind_report())
        elif unseen:
            from sendhealth.assurance.checks.corpus.unseen_2026_12 import UNSEEN

            self.stdout.write(report(UNSEEN, details=details, title="unseen 2026-12"))
        elif heldout:
            self.stdout.write(report(HELDOUT, details=details, title="held out"))
        else:
            self.stdout.write(report(details=details))
        if timing:
            self.stdout.write(f"50-page plan extracted and checked in {time_fifty_pages():.2f} s")
