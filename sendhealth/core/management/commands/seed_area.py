"""``manage.py seed_area``: the synthetic demo area (see ``sendhealth.core.seeding``)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sendhealth.accounts.demo import demo_logins
from sendhealth.core import seeding


class Command(BaseCommand):
    help = (
        "Create a synthetic local area (one ICB, two councils, three NHS trusts), children and "
        "18 months of health advice requests, with a demo login for every role. Does nothing "
        "if the area exists, unless --reset."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--children", type=int, default=1500)
        parser.add_argument("--requests", type=int, default=600)
        parser.add_argument("--seed", type=int, default=2014, help="Same seed, same data.")
        parser.add_argument(
            "--reset", action="store_true", help="Wipe the demo area and its users first."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["children"] < 0 or options["requests"] < 0:
            raise CommandError("--children and --requests must be 0 or more.")
        seed_options = seeding.SeedOptions(
            children=options["children"], requests=options["requests"], seed=options["seed"]
        )
        try:
            report = seeding.seed_area(seed_options, reset=options["reset"])
        except seeding.SeedError as error:
            raise CommandError(str(error)) from error
        if not report.created:
            self.stdout.write(
                "The demo area already exists, so nothing was changed. "
                "Use --reset to wipe it and create it again."
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Created {seeding.ICB_NAME}:"))
            self.stdout.write(seeding.summary(report))
        self.stdout.write("\nDemo sign-ins:")
        self.stdout.write(
            seeding.text_table(
                ("Username", "Role", "Sees", "Password"),
                [(u["username"], u["role"], u["note"], u["password"]) for u in demo_logins()],
            )
        )
