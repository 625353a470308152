"""Reports a user may read: every report of the ICBs of a DCO or DCO team; only published
ones of the ICBs a board viewer sees. Reports hold aggregate figures only."""

from django.db.models import Q, QuerySet

from sendhealth.reports.models import Report, ReportStatus


def reports(scope) -> QuerySet[Report]:
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(
        icb_id__in=scope.board_icb_ids, status=ReportStatus.PUBLISHED
    )
    return Report.objects.filter(q).select_related("icb", "local_authority")
