"""``manage.py load_frameworks [file]``: load self-evaluation frameworks (JSON or YAML); with no
file, the two shipped with sendhealth."""

from pathlib import Path

from django.core.management.base import BaseCommand

from sendhealth.improvement import loading


class Command(BaseCommand):
    help = "Load self-evaluation frameworks from a JSON or YAML file (default: the shipped ones)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="A JSON or YAML file of frameworks.")

    def handle(self, *args, **options):
        path = Path(options["path"]) if options["path"] else loading.SHIPPED
        loaded = loading.load(loading.read(path))
        for framework in loaded:
            self.stdout.write(f"Loaded {framework}")
        if not loaded:
            self.stdout.write("Nothing new: every framework version in the file is loaded")
