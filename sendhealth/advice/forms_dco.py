"""The DCO's forms: routing a request, recording an exception, cancelling a service's part,
reviewing advice and returning it to the local authority. Each validates fully before the view
calls ``advice.services``; error messages follow the NHS.UK style."""

from __future__ import annotations

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from sendhealth.advice.presenters import health_advice_exception_choices
from sendhealth.core.forms import NHSDateField
from sendhealth.organisations.models import Service
from sendhealth.rules import format_date

NOTE_MAX = 2000


class DateField(NHSDateField):
    """An ``NHSDateField`` whose "nothing entered" message is given in full (the generated one
    lower-cases the label)."""

    def __init__(self, *, required_message: str = "", **kwargs):
        self.required_message = required_message
        super().__init__(**kwargs)

    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError as error:
            if error.code == "required" and self.required_message:
                raise ValidationError(self.required_message, code="required") from None
            raise


def _note_field(label: str, *, required: bool, required_message: str = "") -> forms.CharField:
    messages = {"max_length": f"{label} must be {NOTE_MAX:,} characters or fewer"}
    if required_message:
        messages["required"] = required_message
    return forms.CharField(
        label=label,
        required=required,
        max_length=NOTE_MAX,
        widget=forms.Textarea,
        error_messages=messages,
    )


class ServiceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Service) -> str:
        return f"{obj.name}: {obj.get_specialty_display()} ({obj.provider.name})"


class RouteForm(forms.Form):
    """Which services receive the request, and when. The date is a record of the routing only:
    the advice is due 6 weeks after health received the request (reg 8(1)) whatever it is."""

    services = ServiceChoiceField(
        queryset=Service.objects.none(),
        label="Which services should give advice?",
        error_messages={
            "required": "Select at least one service",
            "invalid_choice": "Select services from the list",
            "invalid_pk_value": "Select services from the list",
        },
    )
    received_on = DateField(
        label="The date the services receive the request",
        past_only=True,
        required_message="Enter the date the services receive the request",
    )

    def __init__(self, *args, services, health_received_on: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["services"].queryset = services
        self.fields["received_on"].initial = timezone.localdate()
        self.health_received_on = health_received_on

    def clean_received_on(self) -> date:
        received_on = self.cleaned_data["received_on"]
        if received_on < self.health_received_on:
            raise ValidationError(
                "The date the services receive the request must be on or after the date health "
                f"received it ({format_date(self.health_received_on)})"
            )
        return received_on


class ExceptionForm(forms.Form):
    """A reg 8(2) exception to the 6-week health advice clock, with its dates."""

    reason = forms.ChoiceField(
        label="Why does the 6-week time limit not apply?",
        choices=health_advice_exception_choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select why the 6-week time limit does not apply",
            "invalid_choice": "Select one of the reasons listed",
        },
    )
    starts_on = DateField(
        label="The start date", required_message="Enter the date the circumstances started"
    )
    ends_on = DateField(label="The end date", required=False)
    note = _note_field("Note", required=False)


class CancelForm(forms.Form):
    reason = _note_field(
        "Why is this service no longer being asked for advice?",
        required=True,
        required_message="Enter why this service is no longer being asked for advice",
    )


class ReviewChoice(models.TextChoices):
    ACCEPT = "accept", "Accept the advice"
    RETURN = "return", "Return it to the service for more information"


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label="What do you want to do with this advice?",
        choices=ReviewChoice.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select whether to accept the advice or return it to the service",
            "invalid_choice": "Select whether to accept the advice or return it to the service",
        },
    )
    reasons = _note_field("What does the service need to add or change?", required=False)

    def clean(self):
        cleaned = super().clean()
        returning = cleaned.get("decision") == ReviewChoice.RETURN
        if returning and "reasons" in cleaned and not cleaned["reasons"].strip():
            self.add_error("reasons", "Say what the service needs to add or change")
        return cleaned

    @property
    def accepts(self) -> bool:
        return self.cleaned_data["decision"] == ReviewChoice.ACCEPT


class ReturnToLaForm(forms.Form):
    note = _note_field("Note to the local authority (optional)", required=False)
