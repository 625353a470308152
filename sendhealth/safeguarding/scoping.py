"""The safeguarding register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.safeguarding.models import SafeguardingReferral


def safeguarding_referrals(scope):
    """Safeguarding referrals: all of the ICB's for the DCO and DCO team; an LA's own
    children's for the LA (read-only). Providers, boards and admins see none."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return SafeguardingReferral.objects.filter(q)
