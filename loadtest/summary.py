"""The load test's figures from locust's ``*_stats.csv``: requests per second, the median and
95th percentile and the errors of each page (slowest 95th percentile first, so the pages that
make the tail lead), then overall against the target.

    python loadtest/summary.py var/load_stats.csv
"""

from __future__ import annotations

import argparse
import csv
import os

TARGET_P95_MS = 500


def rows(path: str) -> tuple[list[dict[str, str]], dict[str, str]]:
    with open(path) as f:
        found = list(csv.DictReader(f))
    total = next(r for r in found if r["Name"] == "Aggregated")
    return [r for r in found if r["Name"] != "Aggregated"], total


def _ms(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0  # locust writes "N/A" for a page with no requests


def report(path: str, web_ticks: int | None = None) -> str:
    pages, total = rows(path)
    width = max([len(f"{r['Type']} {r['Name']}") for r in pages] + [len("page")])
    lines = [
        f"{'page':{width}}  {'requests':>8}  {'req/s':>6}  {'median':>7}  {'95%':>7}  errors",
    ]
    for r in sorted(pages, key=lambda r: _ms(r["95%"]), reverse=True):
        name = f"{r['Type']} {r['Name']}"
        lines.append(
            f"{name:{width}}  {int(r['Request Count']):8,}  {float(r['Requests/s']):6.2f}  "
            f"{r['Median Response Time']:>7}  {r['95%']:>7}  {int(r['Failure Count']):,}"
        )
    requests, errors = int(total["Request Count"]), int(total["Failure Count"])
    median = total["Median Response Time"]
    lines.append(
        f"\nRequests/s {float(total['Requests/s']):.1f}; median {median} ms; "
        f"95th percentile {total['95%']} ms; {requests:,} requests, {errors:,} errors "
        f"({errors / max(requests, 1):.2%}). Target: no errors and a 95th percentile under "
        f"{TARGET_P95_MS} ms."
    )
    if web_ticks is not None and requests:
        ms = web_ticks * 1000 / os.sysconf("SC_CLK_TCK") / requests
        lines.append(f"Web processes' CPU: {ms:.0f} ms a request (gunicorn and its workers).")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", nargs="?", default="var/load_stats.csv")
    parser.add_argument("--web-ticks", type=int, help="the web processes' CPU, in clock ticks")
    args = parser.parse_args()
    print(report(args.csv, args.web_ticks))
