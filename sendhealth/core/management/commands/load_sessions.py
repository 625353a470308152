"""``manage.py load_sessions``: signed-in sessions for the load test's virtual users (``make
load``), written to a JSON file the locustfile reads.

Demo users of roles that see personal data must pass a second factor, which a load test cannot
type. This command signs them in as the tests and ``manage.py bench`` do: a session with the
user and a confirmed authenticator marked as verified, straight into the session store. It runs
only with ``SENDHEALTH_LOAD_TEST=1``, which ``make load`` sets and production refuses to start
with (``settings.check_production``); the service itself has no way in without a password and
a code.
"""

from __future__ import annotations

import json
from importlib import import_module
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from sendhealth.accounts.demo import DEMO_USERS
from sendhealth.accounts.models import User

BACKEND = "sendhealth.accounts.backends.PasswordBackend"


class Command(BaseCommand):
    help = "Write signed-in sessions of the demo users for the load test (SENDHEALTH_LOAD_TEST=1)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("output", help="The JSON file to write: {username: [session keys]}.")
        parser.add_argument("--each", type=int, default=50, help="Sessions for each demo user.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.LOAD_TEST or settings.ENVIRONMENT == "production":
            raise CommandError("Only for the load test: set SENDHEALTH_LOAD_TEST=1 (never live).")
        store = import_module(settings.SESSION_ENGINE).SessionStore
        sessions: dict[str, list[str]] = {}
        for username, _, _ in DEMO_USERS:
            user = User.objects.filter(username=username).first()
            if user is None:
                raise CommandError(f"No demo user {username}: seed the area first.")
            device, _ = TOTPDevice.objects.get_or_create(
                user=user, name="load test", defaults={"confirmed": True}
            )
            keys = []
            for _ in range(options["each"]):
                session = store()
                session[SESSION_KEY] = str(user.pk)
                session[BACKEND_SESSION_KEY] = BACKEND
                session[HASH_SESSION_KEY] = user.get_session_auth_hash()
                session[DEVICE_ID_SESSION_KEY] = device.persistent_id
                session.create()
                keys.append(session.session_key)
            sessions[username] = keys
        Path(options["output"]).write_text(json.dumps(sessions))
        total = sum(len(k) for k in sessions.values())
        self.stdout.write(f"Wrote {total} sessions of {len(sessions)} demo users.")
