"""``manage.py issue_api_token <username> <name>``: a bearer token for a partner system that
acts as ``username``, with exactly that user's access. The token is printed once; only its
hash is stored. Revoke it in the system administration (accounts > API tokens)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sendhealth.accounts.models import ApiToken


class Command(BaseCommand):
    help = "Issue an API bearer token for a user and print it once."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The user the token acts as")
        parser.add_argument("name", help="What the token is for, e.g. 'Northshire LA case system'")

    def handle(self, *args, username: str, name: str, **options):
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user with username {username!r}")
        if not name.strip():
            raise CommandError("Give the token a name that says what it is for")
        _, raw = ApiToken.issue(user, name.strip()[:100])
        self.stderr.write(
            f"API token {name.strip()!r} issued for {username}. It is shown once: store it "
            "in the partner system's secret store now."
        )
        self.stdout.write(raw)
