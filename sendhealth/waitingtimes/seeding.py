"""A year of synthetic monthly positions for every service of the demo area, one service
(the first SALT service, or the first service) well over its target."""

from __future__ import annotations

from decimal import Decimal

from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.rules import add_months
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.models import ServicePosition

MONTHS = 12
# Share of the waiting list in each band for a service within target and one over it.
WITHIN = (0.12, 0.12, 0.2, 0.4, 0.12, 0.04, 0.0)
OVER = (0.05, 0.05, 0.1, 0.25, 0.15, 0.3, 0.1)


def seed(area: SeededArea) -> None:
    rng = area.rng
    services = list(area.services)
    if not services:
        return
    slow = next((s for s in services if s.specialty == "salt"), services[0])
    this_month = domain.first_of_month(area.today)
    rows = []
    for service in services:
        over = service.pk == slow.pk
        size = max(20, int(rng.randint(60, 240) * area.scale))
        target = 18
        for back in range(MONTHS, 0, -1):
            month = add_months(this_month, -back)
            waiting = int(size * (1 + (MONTHS - back) * (0.03 if over else 0.0)))
            shares = OVER if over else WITHIN
            bands = [int(waiting * share) for share in shares]
            bands[3] += waiting - sum(bands)
            p92 = (
                Decimal(rng.randint(24, 30) + (MONTHS - back))
                if over
                else Decimal(rng.randint(11, 16))
            )
            median = (p92 * Decimal("0.45")).quantize(Decimal("0.1"))
            rows.append(
                ServicePosition(
                    icb=area.icb,
                    service=service,
                    month=month,
                    referrals_received=max(1, int(size * rng.uniform(0.25, 0.4))),
                    caseload=int(size * rng.uniform(2.5, 4)),
                    median_wait_weeks=median,
                    p92_wait_weeks=p92,
                    target_weeks=target,
                    recorded_by_id=area.users.get("dcoteam"),
                    **dict(zip(domain.BAND_FIELDS, bands, strict=True)),
                )
            )
    write_rows(ServicePosition, rows, batch_size=area.batch_size)


def wipe(icb) -> None:
    ServicePosition.objects.filter(icb=icb).delete()
