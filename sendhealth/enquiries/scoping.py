"""The enquiries register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from sendhealth.enquiries.models import Enquiry


def enquiries(scope):
    """The DCO service's enquiries log: the DCO and DCO team of the ICB only."""
    return Enquiry.objects.filter(icb_id__in=scope.dco_icb_ids)
