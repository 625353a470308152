from datetime import date

import factory

from sendhealth.reports.models import Report, ReportKind, ReportStatus


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    icb = None  # pass the ICB
    kind = ReportKind.QUARTERLY
    period_start = date(2025, 10, 1)
    period_end = date(2025, 12, 31)
    status = ReportStatus.DRAFT
    content = factory.LazyFunction(list)
