"""The worker drafts each ICB's quarterly update once the quarter has ended and tells its
DCOs (``services.draft_quarter_for``: once per quarter, as the draft's existence is checked
inside the same transaction)."""

from __future__ import annotations

import logging

from django.utils import timezone
from django_tasks import task

from sendhealth.organisations.models import Organisation, OrganisationKind
from sendhealth.reports.services import draft_quarter_for

logger = logging.getLogger(__name__)


@task()
def draft_quarterly_reports() -> int:
    today = timezone.localdate()
    drafted = 0
    for icb in Organisation.objects.filter(kind=OrganisationKind.ICB, is_active=True):
        if draft_quarter_for(icb, today) is not None:
            drafted += 1
    logger.info("quarterly reports drafted=%d", drafted)
    return drafted


SCHEDULED = (draft_quarterly_reports,)
