"""The CPU time and queries of each page the load test asks for, by role, and their average
weighted as the locustfile's mix asks for them: what a request costs the two cores, which a
busy machine does not inflate as it does the wall clock.

    DATABASE_URL=... python loadtest/cpu.py [--runs 7]

Each page is requested through Django's test client (the whole middleware stack, a session in
the session store with both factors passed, as ``manage.py load_sessions`` writes it) by each
demo user of the role; the rows a person would open (a request, a child, a part) are the first
links of the page before, as the locustfile picks one. CPU is this process's
(``time.process_time``, on SQLite the database's too) plus, on PostgreSQL on this machine, its
backend's (from /proc). Requests per second are the rate 50 users ask for when every page is
instant (a task, then 2 to 5 seconds' wait): the most the load test can ask of the server.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from importlib import import_module
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sendhealth.config.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from sendhealth.accounts.models import User  # noqa: E402
from sendhealth.core.management.commands.bench import _backend_stat, _ticks  # noqa: E402

LINKS = {
    "request": re.compile(r'href="(/advice/requests/\d+/)"'),
    "assignment": re.compile(r'href="(/advice/assignments/\d+/)"'),
    "child": re.compile(r'href="(/children/\d+/)"'),
}
WAIT_S = 3.5  # the mean of the locustfile's between(2, 5)

# The locustfile's classes: (name, users, usernames, tasks), a task (weight, its pages). A page
# is a path, ("follow", kind) for the first link of that kind on the page before, or ("search",
# path) for the search form's POST.
MIX = [
    (
        "DCO",
        6,
        ("dco", "dmo"),
        [
            (3, ["/advice/queue/", ("follow", "request"), ("follow", "child")]),
            (2, ["/advice/queue/?view=overdue", ("follow", "request")]),
            (1, ["/insight/"]),
            (1, ["/children/", ("search", "/children/")]),
        ],
    ),
    (
        "DCO team",
        8,
        ("dcoteam",),
        [
            (3, ["/advice/queue/", ("follow", "request"), ("follow", "assignment")]),
            (1, ["/advice/queue/?view=overdue"]),
        ],
    ),
    (
        "LA",
        14,
        ("la.north", "la.south"),
        [
            (3, ["/advice/requests/", ("follow", "request"), ("follow", "child")]),
            (2, ["/children/", ("follow", "child")]),
            (1, ["/children/", ("search", "/children/")]),
        ],
    ),
    (
        "provider",
        16,
        ("provider.community", "provider.salt", "provider.mh"),
        [(4, ["/advice/tray/", ("follow", "assignment")]), (1, ["/api/assignments"])],
    ),
    ("board", 6, ("board",), [(1, ["/insight/"])]),
]


def client_for(username: str) -> Client:
    """A client with a session as ``manage.py load_sessions`` writes one."""
    user = User.objects.get(username=username)
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="load test", defaults={"confirmed": True}
    )
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "sendhealth.accounts.backends.PasswordBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.create()
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    return client


def page_name(step) -> str:
    if isinstance(step, str):
        return step
    kind, what = step
    if kind == "search":
        return f"{what} (search)"
    return {"request": "/advice/requests/[id]/", "assignment": "/advice/assignments/[id]/"}.get(
        what, "/children/[id]/"
    )


def request(client: Client, step, before: str):
    """(path, method, data) of a step, given the page before's HTML; None if no link."""
    if isinstance(step, str):
        return step, "get", None
    kind, what = step
    if kind == "search":
        return what, "post", {"query": "Smith"}
    links = LINKS[what].findall(before)
    return (links[0], "get", None) if links else None


def measure(client: Client, path: str, method: str, data, runs: int):
    """(median process CPU ms, mean backend CPU ms or None, queries, status, html)."""
    send = getattr(client, method)
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = send(path, data) if data else send(path)
    html = response.content.decode(errors="replace")
    stat = _backend_stat()
    process, ticks = [], _ticks(stat)
    for _ in range(runs):
        started = time.process_time()
        send(path, data) if data else send(path)
        process.append((time.process_time() - started) * 1000)
    server = None
    if ticks is not None:
        server = (_ticks(stat) - ticks) * 1000 / os.sysconf("SC_CLK_TCK") / runs
    return statistics.median(process), server, len(queries), response.status_code, html


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # (class, page) -> list of (cpu, server, queries) over the class's users
    cost: dict[tuple[str, str], list[tuple[float, float | None, int]]] = defaultdict(list)
    rate: dict[tuple[str, str], float] = defaultdict(float)
    Client().get("/accessibility/")  # imports and templates loaded before anything is timed
    for name, users, usernames, tasks in MIX:
        total_weight = sum(w for w, _ in tasks)
        for weight, steps in tasks:
            for step in steps:
                rate[name, page_name(step)] += users * weight / total_weight / WAIT_S
        for username in usernames:
            client = client_for(username)
            pages: dict[str, str] = {}
            for _, steps in tasks:
                html = ""
                for step in steps:
                    label = page_name(step)
                    target = request(client, step, html)
                    if target is None:
                        print(f"  {username}: no link for {label}", file=sys.stderr)
                        html = ""
                        continue
                    if label in pages:
                        html = pages[label]
                        continue
                    cpu, server, queries, status, html = measure(client, *target, args.runs)
                    if status != 200:
                        print(f"  {username}: {label} answered {status}", file=sys.stderr)
                    pages[label] = html
                    cost[name, label].append((cpu, server, queries))
    print(f"{'role':10} {'page':32} {'req/s':>6} {'CPU ms':>7} {'DB ms':>6} {'queries':>8}")
    weighted = total_rate = 0.0
    for (name, label), values in cost.items():
        cpu = statistics.mean(v[0] for v in values)
        servers = [v[1] for v in values if v[1] is not None]
        server = statistics.mean(servers) if servers else None
        queries = "/".join(sorted({str(v[2]) for v in values}))
        total = cpu + (server or 0.0)
        weighted += total * rate[name, label]
        total_rate += rate[name, label]
        db = "" if server is None else f"{server:.1f}"
        print(f"{name:10} {label:32} {rate[name, label]:6.2f} {cpu:7.1f} {db:>6} {queries:>8}")
    print(
        f"\nAsked for at most {total_rate:.1f} requests/s; the weighted average request costs "
        f"{weighted / total_rate:.1f} ms of CPU ({connection.vendor}), "
        f"{weighted / 1000:.2f} cores at that rate."
    )


if __name__ == "__main__":
    main()
