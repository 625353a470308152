"""The local authority's form: a request for health advice for an EHC needs assessment."""

from __future__ import annotations

from sendhealth.advice.services import check_request_dates
from sendhealth.core.forms import AdviceRequestMixin


class RaiseRequestForm(AdviceRequestMixin):
    """What the LA tells health when it asks for advice (SEND Regulations 2014 reg 6(1)(c)).

    The health advice clock runs from ``health_received_on`` (reg 8(1)); the LA's own clocks
    (regs 5(1), 13(2)) from ``la_received_on``. The fields, their labels, hints and messages
    are ``core.forms.AdviceRequestMixin``'s, shared with the enquiries' ``ToAdviceForm``.
    """

    check_dates = staticmethod(check_request_dates)
