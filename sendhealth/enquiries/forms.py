"""Forms for the enquiries log. A form that is not valid writes nothing."""

from __future__ import annotations

from django import forms

from sendhealth.accounts.models import Role, User
from sendhealth.advice import services as advice_services
from sendhealth.core.forms import AdviceRequestMixin, NHSNumberField
from sendhealth.core.scoping import Scope
from sendhealth.enquiries.models import Source, Topic


def assignable_users(scope: Scope):
    """DCOs and DCO team members of the user's ICBs."""
    return (
        User.objects.filter(
            is_active=True,
            memberships__role__in=[Role.DCO, Role.DCO_TEAM],
            memberships__organisation_id__in=scope.dco_icb_ids,
        )
        .distinct()
        .order_by("full_name", "username")
    )


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.full_name or obj.username


class EnquiryForm(forms.Form):
    source = forms.ChoiceField(
        label="Who is asking?",
        choices=Source.choices,
        error_messages={
            "required": "Select who is asking",
            "invalid_choice": "Select who is asking from the list",
        },
    )
    enquirer = forms.CharField(
        label="Name, role or organisation of the person asking (optional)",
        max_length=200,
        required=False,
        error_messages={"max_length": "Name, role or organisation must be 200 characters or fewer"},
    )
    topic = forms.ChoiceField(
        label="Topic",
        choices=[("", "Choose a topic"), *Topic.choices],
        error_messages={
            "required": "Select the topic",
            "invalid_choice": "Select a topic from the list",
        },
    )
    child_nhs_number = NHSNumberField(
        label="NHS number of the child (optional)",
        help_text="Leave empty for a general enquiry, not about a named child.",
        required=False,
    )
    summary = forms.CharField(
        label="Summary of the enquiry",
        widget=forms.Textarea,
        max_length=5000,
        error_messages={
            "required": "Enter a summary of the enquiry",
            "max_length": "Summary must be 5,000 characters or fewer",
        },
    )
    advice_given = forms.CharField(
        label="Advice given (optional)",
        help_text="The first advice recorded counts as the first answer.",
        widget=forms.Textarea,
        max_length=5000,
        required=False,
        error_messages={"max_length": "Advice given must be 5,000 characters or fewer"},
    )
    assigned_to = UserChoiceField(
        label="Assigned to (optional)",
        queryset=None,
        required=False,
        empty_label="Not assigned",
        error_messages={"invalid_choice": "Select a member of the DCO team from the list"},
    )

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.fields["assigned_to"].queryset = assignable_users(scope)

    def clean_child_nhs_number(self):
        """The child, found by NHS number among the children this user may see."""
        value = self.cleaned_data["child_nhs_number"]
        if not value:
            return None
        child = self.scope.children().filter(nhs_number=value).first()
        if child is None:
            raise forms.ValidationError(
                "No child with this NHS number is registered in your area. Register the child "
                "first, or leave the NHS number empty for a general enquiry"
            )
        return child

    def data_for_service(self) -> dict:
        data = dict(self.cleaned_data)
        data["child"] = data.pop("child_nhs_number")
        return data


class EnquiryFilterForm(forms.Form):
    """The list's filters, by GET (no personal data in them)."""

    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "All"), ("open", "Open"), ("closed", "Closed")],
    )
    topic = forms.ChoiceField(
        label="Topic", required=False, choices=[("", "All topics"), *Topic.choices]
    )
    mine = forms.BooleanField(label="Assigned to me", required=False)


class EnquirySearchForm(forms.Form):
    """Words of the summary, the enquirer or the child's name. Sent by POST so that it never
    appears in a URL or a server log."""

    query = forms.CharField(
        label="Search enquiries",
        max_length=100,
        error_messages={
            "required": "Enter words to search for",
            "max_length": "Search must be 100 characters or fewer",
        },
    )


class ToAdviceForm(AdviceRequestMixin):
    """An enquiry about a child turned into a request for health advice (SEND Regulations 2014
    reg 6(1)(c)): what the local authority's request says, in the fields, labels and hints of
    every request (``core.forms.AdviceRequestMixin``, as advice's own form), its dates checked as
    every request's are (``advice.services.check_request_dates``), so the page shows what the
    service refuses."""

    check_dates = staticmethod(advice_services.check_request_dates)
