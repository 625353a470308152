"""The national benchmark's pieces that run anywhere, and the load test's sign-in.

The national load itself is written by PostgreSQL (``make bench-national``); here, the NHS
numbers it gives the copied children, and ``manage.py load_sessions``: refused unless the load
test's setting is on, refused in production, and its sessions are signed in with both factors.
"""

import json

import pytest
from django.core.management import CommandError, call_command

from sendhealth.core import national
from sendhealth.core.tests.test_security import LONG_SECRET, POSTGRES, _start_django
from sendhealth.rules import nhs_number_is_valid


class TestNationalNhsNumbers:
    def test_they_are_new_valid_and_in_the_test_range(self):
        taken = {"9990000018"}
        numbers = list(national._fresh_numbers(taken, 2_000))
        assert len(set(numbers)) == 2_000
        assert not taken & set(numbers)
        assert all(n.startswith("999") and nhs_number_is_valid(n) for n in numbers)

    def test_past_the_valid_ones_they_can_never_be_issued(self):
        numbers = list(national._fresh_numbers(set(), 1_000_000))
        assert len(set(numbers)) == 1_000_000
        valid = [n for n in numbers if nhs_number_is_valid(n)]
        assert len(valid) == 909_091  # every valid number in the 999 range, first
        assert all(n.startswith("999") for n in numbers)
        assert numbers[: len(valid)] == valid


class TestLoadSessions:
    def test_it_is_refused_without_the_load_test_setting(self, db, settings, tmp_path):
        settings.LOAD_TEST = False
        with pytest.raises(CommandError, match="SENDHEALTH_LOAD_TEST"):
            call_command("load_sessions", str(tmp_path / "s.json"))

    def test_its_sessions_are_signed_in_past_two_factors(self, db, settings, tmp_path, client):
        from sendhealth.core import seeding

        settings.LOAD_TEST = True
        seeding.seed_area(seeding.SeedOptions(children=20, requests=10))
        out = tmp_path / "s.json"
        call_command("load_sessions", str(out), each=2)
        sessions = json.loads(out.read_text())
        assert len(sessions["dco"]) == 2
        client.cookies["sessionid"] = sessions["dco"][0]
        response = client.get("/advice/queue/")
        assert response.status_code == 200  # not sent to the two-factor page

    def test_production_refuses_to_start_with_it(self):
        result = _start_django(
            SENDHEALTH_ENV="production",
            SECRET_KEY=LONG_SECRET,
            SENDHEALTH_LOAD_TEST="true",
            DATABASE_URL=POSTGRES,
        )
        assert result.returncode != 0
        assert "SENDHEALTH_LOAD_TEST must be off" in result.stderr
