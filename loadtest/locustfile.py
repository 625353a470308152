"""The load test (``make load``): signed-in users of every role doing their usual journeys
against gunicorn, headless, only ever to 127.0.0.1.

Each virtual user takes one of the sessions ``manage.py load_sessions`` wrote (``LOAD_SESSIONS``,
a JSON file of session keys by demo username) and follows links as a person would: the list they
start from, a record from it, the child's page, a search. Requests to a record are grouped under
one name ("/advice/requests/[id]/") in the figures. A response that is not 200, or that lands on
the sign-in or two-factor pages, counts as an error.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
from urllib.parse import urlsplit

from locust import HttpUser, between, task
from locust.exception import StopUser

SESSIONS: dict[str, list[str]] = json.loads(
    open(os.environ.get("LOAD_SESSIONS", "var/load-sessions.json")).read()  # noqa: SIM115
)
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
LINKS = {
    "request": re.compile(r'href="(/advice/requests/\d+/)"'),
    "assignment": re.compile(r'href="(/advice/assignments/\d+/)"'),
    "child": re.compile(r'href="(/children/\d+/)"'),
}
SURNAMES = ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Patel", "Khan")


def _allowed(host: str | None) -> None:
    """Never load anything but this machine."""
    if host is None or urlsplit(host).hostname not in ("127.0.0.1", "localhost"):
        raise StopUser(f"The load test runs against 127.0.0.1 only, not {host}")


class SignedIn(HttpUser):
    abstract = True
    wait_time = between(2, 5)  # a person reading a page before the next click
    usernames: tuple[str, ...] = ()

    def on_start(self) -> None:
        _allowed(self.host)
        username = next(self._turns())
        self.client.cookies.set("sessionid", SESSIONS[username].pop())
        self.username = username

    @classmethod
    def _turns(cls):
        if "_cycle" not in cls.__dict__:
            cls._cycle = itertools.cycle(cls.usernames)
        return cls._cycle

    def page(self, path: str, name: str | None = None) -> str:
        with self.client.get(path, name=name or path, catch_response=True) as response:
            return self._check(response)

    def search(self, path: str, query: str) -> None:
        form = self.page(path)
        token = CSRF.search(form)
        if token is None:
            return
        data = {"csrfmiddlewaretoken": token.group(1), "query": query}
        with self.client.post(path, data, name=f"{path} (search)", catch_response=True) as r:
            self._check(r)

    def follow(self, html: str, kind: str) -> str:
        """Open one of the page's links of a kind, as a person picks a row; '' if none."""
        links = LINKS[kind].findall(html)
        if not links:
            return ""
        path = random.choice(links)
        return self.page(path, name=re.sub(r"\d+", "[id]", path))

    @staticmethod
    def _check(response) -> str:
        if response.status_code != 200:
            response.failure(f"status {response.status_code}")
            return ""
        if urlsplit(response.url).path.startswith("/accounts/"):
            response.failure("sent to sign in")
            return ""
        response.success()
        return response.text


class DCO(SignedIn):
    fixed_count = 6
    usernames = ("dco", "dmo")

    @task(3)
    def queue_to_child(self) -> None:
        queue = self.page("/advice/queue/")
        request = self.follow(queue, "request")
        self.follow(request, "child")

    @task(2)
    def overdue(self) -> None:
        queue = self.page("/advice/queue/?view=overdue", name="/advice/queue/?view=overdue")
        self.follow(queue, "request")

    @task(1)
    def dashboard(self) -> None:
        self.page("/insight/")

    @task(1)
    def find_child(self) -> None:
        self.search("/children/", random.choice(SURNAMES))


class DCOTeam(SignedIn):
    fixed_count = 8
    usernames = ("dcoteam",)

    @task(3)
    def route_and_chase(self) -> None:
        queue = self.page("/advice/queue/")
        request = self.follow(queue, "request")
        self.follow(request, "assignment")

    @task(1)
    def overdue(self) -> None:
        self.page("/advice/queue/?view=overdue", name="/advice/queue/?view=overdue")


class LocalAuthority(SignedIn):
    fixed_count = 14
    usernames = ("la.north", "la.south")

    @task(3)
    def requests(self) -> None:
        listing = self.page("/advice/requests/")
        request = self.follow(listing, "request")
        self.follow(request, "child")

    @task(2)
    def children(self) -> None:
        listing = self.page("/children/")
        self.follow(listing, "child")

    @task(1)
    def find_child(self) -> None:
        self.search("/children/", random.choice(SURNAMES))


class Provider(SignedIn):
    fixed_count = 16
    usernames = ("provider.community", "provider.salt", "provider.mh")

    @task(4)
    def tray(self) -> None:
        tray = self.page("/advice/tray/")
        self.follow(tray, "assignment")

    @task(1)
    def api(self) -> None:
        self.page("/api/assignments")


class Board(SignedIn):
    fixed_count = 6
    usernames = ("board",)

    @task
    def dashboard(self) -> None:
        self.page("/insight/")
