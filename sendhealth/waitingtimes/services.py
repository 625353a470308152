"""Recording waiting-time positions: one month of one service from the form or the API, or a
whole CSV in one transaction (all or nothing). Each write is audited."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from sendhealth.core.audit import Auditor
from sendhealth.organisations.models import Service
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.models import ServicePosition

FIELDS = (
    "referrals_received",
    "caseload",
    *domain.BAND_FIELDS,
    "median_wait_weeks",
    "p92_wait_weeks",
    "target_weeks",
)


def record_position(
    *, service: Service, month, values: dict, user, auditor: Auditor
) -> ServicePosition:
    """Create or replace the service's position for the month."""
    with transaction.atomic():
        position, created = ServicePosition.objects.select_for_update().update_or_create(
            service=service,
            month=domain.first_of_month(month),
            defaults={
                "icb_id": service.provider.parent_id,
                "recorded_by": user,
                **{k: values[k] for k in FIELDS},
            },
        )
        changes = {k: values[k] for k in FIELDS}
        (auditor.create if created else auditor.update)(position, changes)
    return position


@dataclass
class ImportResult:
    created: int = 0
    replaced: int = 0
    errors: list[str] | None = None


def import_csv(*, text: str, services, user, auditor: Auditor) -> ImportResult:
    """Import a CSV in the publication's layout. ``services`` are those the user may record
    for; a row naming another service is an error. Nothing is written if any row is wrong."""
    parsed = domain.parse_csv(text)
    errors = list(parsed.errors)
    by_key = {
        (s.provider.code.upper(), s.name.lower()): s for s in services.select_related("provider")
    }
    matched = []
    for row in parsed.rows:
        service = by_key.get((row.provider_code, row.service.lower()))
        if service is None:
            errors.append(
                f"Row {row.line}: no service {row.service!r} of provider {row.provider_code} "
                "in your area"
            )
        else:
            matched.append((service, row))
    if errors:
        return ImportResult(errors=errors)
    result = ImportResult(errors=[])
    with transaction.atomic():
        existing = set(
            ServicePosition.objects.filter(
                service__in=[s for s, _ in matched], month__in={r.month for _, r in matched}
            ).values_list("service_id", "month")
        )
        for service, row in matched:
            if (service.pk, row.month) in existing:
                result.replaced += 1
            else:
                result.created += 1
            record_position(
                service=service, month=row.month, values=row.values, user=user, auditor=auditor
            )
    return result
