"""Quality assurance for ``manage.py bench`` (found through ``core.plugins``): its pages, and
a job, the text extraction and automatic checks of a generated 50-page plan."""

from django.urls import reverse


def _fifty_pages() -> float:
    from sendhealth.assurance.checks.bench import time_fifty_pages

    return time_fifty_pages()


PROBES = [
    ("QA rounds", "dco", lambda: reverse("assurance:rounds")),
    ("QA scores", "dco", lambda: reverse("assurance:figures")),
    ("Provider's audit feedback", "provider.community", lambda: reverse("assurance:feedback")),
]

JOBS = [("QA checks, 50-page plan (extract + check)", _fifty_pages)]
