"""The local authority's form: a request for health advice for an EHC needs assessment."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from sendhealth.advice.services import check_request_dates
from sendhealth.core.forms import NHSDateField, RequiredDateField  # noqa: F401 (re-exported)


class RaiseRequestForm(forms.Form):
    """What the LA tells health when it asks for advice (SEND Regulations 2014 reg 6(1)(c)).

    The health advice clock runs from ``health_received_on`` (reg 8(1)); the LA's own clocks
    (regs 5(1), 13(2)) from ``la_received_on``.
    """

    la_received_on = RequiredDateField(
        label="Date the local authority received the request for an EHC needs assessment",
        help_text="For example, 15 3 2026",
        past_only=True,
        required_message="Enter the date the local authority received the request",
    )
    health_received_on = RequiredDateField(
        label="Date this request reaches health",
        help_text="Usually today. Health's 6 weeks to give advice start from this date.",
        past_only=True,
        initial=timezone.localdate,
        required_message="Enter the date this request reaches health",
    )
    questions = forms.CharField(
        label="What does the local authority ask of health?",
        help_text="For example, the questions for each service and anything health should know "
        "about the child's needs.",
        widget=forms.Textarea,
        max_length=5000,
        error_messages={
            "required": "Enter what the local authority asks of health",
            "max_length": "What the local authority asks of health must be 5,000 characters "
            "or fewer",
        },
    )

    def __init__(self, *args, child, **kwargs):
        self.child = child
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        try:
            check_request_dates(
                self.child, cleaned.get("la_received_on"), cleaned.get("health_received_on")
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned
