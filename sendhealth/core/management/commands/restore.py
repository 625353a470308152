"""``manage.py restore FILE.tar.gz``: a backup into the configured, empty database and
``MEDIA_ROOT``, then every table's rows and every document checked against its manifest."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sendhealth.core.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup into an empty database and check that everything came back."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path, help="An archive written by manage.py backup")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = restore(options["archive"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        for problem in result.row_mismatches + result.document_mismatches:
            self.stderr.write(problem)
        if not result.ok:
            raise CommandError("The restore does not match the backup (see above)")
        self.stdout.write(
            f"Restored and checked {result.tables} tables ({result.rows} rows) and "
            f"{result.documents} documents"
        )
