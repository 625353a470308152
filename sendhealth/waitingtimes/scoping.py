"""Waiting-time positions a user may read: those of the ICBs whose figures they see. Not
personal data, kept here so every query for the register starts from the scope."""

from django.db.models import QuerySet

from sendhealth.waitingtimes.models import ServicePosition


def waitingtimes_positions(scope) -> QuerySet[ServicePosition]:
    return ServicePosition.objects.filter(icb_id__in=scope.figure_icb_ids).select_related(
        "service", "service__provider"
    )
