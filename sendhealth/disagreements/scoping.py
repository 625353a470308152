"""The disagreements register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.disagreements.models import Disagreement, TribunalRecommendation


def disagreements(scope):
    """Mediation, complaints and tribunal appeals: all of the ICB's for the DCO and DCO
    team; an LA's own children's for the LA (read-only). Providers see none."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return Disagreement.objects.filter(q)


def disagreements_recommendations(scope):
    """Tribunal health recommendations and the ICB's responses: the ICB's for the DCO; an
    LA's own appeals' for the LA, which sees health's answers (read-only)."""
    q = Q(disagreement__icb_id__in=scope.dco_icb_ids) | Q(
        disagreement__local_authority_id__in=scope.la_ids
    )
    return TribunalRecommendation.objects.filter(q)
