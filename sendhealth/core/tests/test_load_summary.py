"""``loadtest/summary.py``: the load test's figures for each page, slowest tail first, and
overall, from locust's CSV (issue 16: which pages make the tail)."""

import importlib.util
from pathlib import Path

HEADER = (
    "Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,"
    "Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,"
    "50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%"
)


def _summary():
    path = Path(__file__).resolve().parents[3] / "loadtest" / "summary.py"
    spec = importlib.util.spec_from_file_location("load_summary", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(kind, name, count, failures, median, rate, p95):
    cells = [kind, name, str(count), str(failures), str(median), "1", "1", "1", "1", str(rate)]
    return ",".join([*cells, "0", *[str(median)] * 5, str(p95), *["N/A"] * 5])


def test_each_page_then_overall_slowest_tail_first(tmp_path):
    csv = tmp_path / "load_stats.csv"
    csv.write_text(
        "\n".join(
            [
                HEADER,
                _row("GET", "/children/", 100, 0, 40, 1.5, 90),
                _row("GET", "/advice/queue/", 50, 2, 120, 0.8, 700),
                _row("POST", "/children/ (search)", 0, 0, "N/A", 0, "N/A"),
                _row("", "Aggregated", 150, 2, 60, 2.3, 480),
            ]
        )
    )
    lines = _summary().report(str(csv)).splitlines()
    assert lines[0].split() == ["page", "requests", "req/s", "median", "95%", "errors"]
    assert lines[1].split() == ["GET", "/advice/queue/", "50", "0.80", "120", "700", "2"]
    assert lines[2].split() == ["GET", "/children/", "100", "1.50", "40", "90", "0"]
    assert lines[3].split()[:3] == ["POST", "/children/", "(search)"]
    assert lines[-1].startswith("Requests/s 2.3; median 60 ms; 95th percentile 480 ms; ")
    assert "150 requests, 2 errors (1.33%)" in lines[-1]
