"""``manage.py backup FILE.tar.gz``: the database and every uploaded document in one archive,
with a manifest of row counts and document hashes (see ``core.backup``)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sendhealth.core.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded documents to a .tar.gz archive."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path, help="Where to write the archive (.tar.gz)")

    def handle(self, *args: Any, **options: Any) -> None:
        archive: Path = options["archive"]
        if archive.exists():
            raise CommandError(f"{archive} exists: choose a new file name")
        try:
            manifest = backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"Backed up {len(manifest['tables'])} tables ({rows} rows) and "
            f"{len(manifest['documents'])} documents to {archive}"
        )
