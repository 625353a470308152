"""Timing for ``make bench``: extract and check a generated plan of about 50 pages."""

import time

from sendhealth.assurance.extraction import extract_document

from . import run_checks
from .samples import make_pdf, plan_text


def time_fifty_pages() -> float:
    """Seconds to extract (pypdf) and check a synthetic ~50-page EHC plan PDF."""
    data = make_pdf(plan_text(50))
    started = time.perf_counter()
    document = extract_document(data, "plan.pdf")
    run_checks(document.sections, kind="plan")
    return time.perf_counter() - started


if __name__ == "__main__":
    print(f"50-page plan: {time_fifty_pages():.2f} s")
