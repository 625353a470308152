"""``manage.py checks_report``: precision and recall of each automatic check on the corpus.

Pure Python underneath: it reads no database, so it runs before migrations too.

Blind sets (``--blind``, ``--blind-set NAME``) are packages ``corpus/<NAME>`` exporting
``BLIND``, written by someone who never read the checks. Only their aggregate tables are ever
printed: ``--details`` is refused and an error while measuring is reported without its message.
"""

import importlib
import re

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from sendhealth.assurance.checks import measured
from sendhealth.assurance.checks.bench import time_fifty_pages
from sendhealth.assurance.checks.corpus import HELDOUT
from sendhealth.assurance.checks.evaluate import agreement_report, report

DEFAULT_BLIND_SET = "blind_2026_12b"
CORPUS_PACKAGE = "sendhealth.assurance.checks.corpus"
# A blind set's package name: "blind_" then letters, digits and underscores (no dots, so
# nothing outside the corpus package can be imported, and no seen set under another name).
BLIND_NAME = re.compile(r"blind_[a-z0-9_]+")


def blind_title(name: str) -> str:
    """ "blind_2026_12b" -> "blind 2026-12b"."""
    return "blind " + name.removeprefix("blind_").replace("_", "-")


def blind_report(name: str = DEFAULT_BLIND_SET) -> str:
    """The aggregate tables on one blind set, never a case's name or text.

    A set that does not exist is said so (its name is the caller's own); a label that cannot
    be located (or any other error) is reported without its message, which would quote a case.
    """
    cases = load_blind(name)
    try:
        body = report(cases, details=False, title=blind_title(name))
        agreement = agreement_report(name, cases)
        return f"{body}\n\n{agreement}" if agreement else body
    except Exception as error:  # the message would quote a blind case
        raise _withheld(name, error) from None


def write_measured_json(names: list[str], measured_on) -> str:
    """Write the sets' case-level counts, pooled, to ``checks/measured.json`` (the checks
    page's figures on unseen text); returns what was written (counts only)."""
    cases = [case for name in names for case in load_blind(name)]
    name = measured.SEPARATOR.join(names)
    try:
        body = measured.to_json(measured.measure(name, cases, measured_on))
    except Exception as error:  # the message would quote a blind case
        raise _withheld(name, error) from None
    measured.PATH.write_text(body)
    measured.current.cache_clear()
    return body


def load_blind(name: str) -> list:
    """A blind set's cases (``BLIND``), any error withheld (it may quote a case)."""
    if not BLIND_NAME.fullmatch(name):
        raise CommandError(
            f"{name!r} is not a blind set's name: expected 'blind_' then lower-case letters, "
            "digits and underscores (a package in sendhealth/assurance/checks/corpus/)."
        )
    module_name = f"{CORPUS_PACKAGE}.{name}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            raise CommandError(f"There is no blind set called {name!r}.") from None
        raise _withheld(name, error) from None
    except Exception as error:  # the message (or traceback) would quote a blind case
        raise _withheld(name, error) from None
    try:
        return list(module.BLIND)
    except Exception as error:  # the message would quote a blind case
        raise _withheld(name, error) from None


def _withheld(name: str, error: Exception) -> CommandError:
    return CommandError(
        f"The blind set {name!r} could not be measured ({type(error).__name__}); its message "
        "is withheld because it may quote a blind case."
    )


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
            help=f"Measure on the blind set (corpus/{DEFAULT_BLIND_SET}), written by someone "
            "who never read the checks' code. Aggregate figures only: its text must stay "
            "unseen, so --details is refused and no case name or quote is ever printed.",
        )
        parser.add_argument(
            "--blind-set",
            action="append",
            dest="blind_sets",
            metavar="NAME",
            default=[],
            help="Measure on the blind set corpus/NAME (a package exporting BLIND), aggregate "
            "figures only as with --blind. May be given more than once.",
        )
        parser.add_argument(
            "--write-measured",
            action="store_true",
            help="With one or more --blind-set: write their case-level counts, pooled, to "
            "checks/measured.json, the figures on unseen text the checks page shows beside "
            "auditors' verdicts.",
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
        blind_sets=(),
        timing=False,
        write_measured=False,
        **options,
    ):
        names = list(blind_sets or ())
        if write_measured:
            if not names or blind:
                raise CommandError("--write-measured needs one or more --blind-set NAME.")
            self.stdout.write(write_measured_json(names, timezone.localdate()))
            return
        if blind and DEFAULT_BLIND_SET not in names:
            names.insert(0, DEFAULT_BLIND_SET)
        if names:
            if details:
                raise CommandError(
                    "--details is refused with a blind set: its text must stay unseen."
                )
            # Measure every set before printing any, so a failure prints nothing half-done.
            self.stdout.write("\n\n".join(blind_report(name) for name in names))
        elif unseen:
            from sendhealth.assurance.checks.corpus.unseen_2026_12 import UNSEEN

            self.stdout.write(report(UNSEEN, details=details, title="unseen 2026-12"))
        elif heldout:
            self.stdout.write(report(HELDOUT, details=details, title="held out"))
        else:
            self.stdout.write(report(details=details))
        if timing:
            self.stdout.write(f"50-page plan extracted and checked in {time_fifty_pages():.2f} s")
