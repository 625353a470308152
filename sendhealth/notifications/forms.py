"""The Section 23 notification form and the local authority's acknowledgement. A form that is
not valid writes nothing.

The child is found by NHS number among the children the user may see; a child not yet on
sendhealth is registered with the children app's own ``ChildForm`` (the same checks and
messages), limited to the local authorities of the notifier's ICB."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms

from sendhealth.children.forms import ChildForm
from sendhealth.children.models import Child, NeedType
from sendhealth.core.forms import NHSNumberField, RequiredDateField
from sendhealth.core.scoping import Scope
from sendhealth.notifications.domain import age_refusal
from sendhealth.organisations.models import Organisation, OrganisationKind

DETAILS_DO_NOT_MATCH = (
    "The date of birth and family name do not match the child registered with this NHS "
    "number. Check them, or contact the DCO team"
)


class FindChildForm(forms.Form):
    nhs_number = NHSNumberField(label="Child's NHS number")


@dataclass
class NotifierScope:
    """The user's ``Scope`` as ``ChildForm`` needs it for a notifier: any local authority
    (and its settings) of the ICBs the user's provider or DCO service sits in."""

    scope: Scope
    icb_ids: frozenset[int]
    is_dco: bool = True  # never a single fixed local authority
    la_ids: frozenset[int] = frozenset()

    def local_authorities(self):
        return Organisation.objects.filter(
            kind=OrganisationKind.LOCAL_AUTHORITY, parent_id__in=self.icb_ids
        )

    def settings_for_children(self):
        return Organisation.objects.filter(
            kind=OrganisationKind.SETTING, parent__parent_id__in=self.icb_ids
        )

    def children(self):
        return self.scope.children()

    def child_registered_elsewhere(self, nhs_number: str, *, exclude_pk=None) -> bool:
        return self.scope.child_registered_elsewhere(nhs_number, exclude_pk=exclude_pk)


def find_child(scope: Scope, nhs_number: str, *, date_of_birth=None, family_name: str = ""):
    """``(child, error)`` for a notifier's typed details: see ``Scope.notifiable_child``."""
    child, matched = scope.notifiable_child(
        nhs_number, date_of_birth=date_of_birth, family_name=family_name
    )
    if child is None and matched is False:
        return None, DETAILS_DO_NOT_MATCH
    return child, ""


def new_child_form(data, scope: Scope) -> ChildForm:
    form = ChildForm(data, prefix="child", scope=NotifierScope(scope, scope.notifier_icb_ids()))
    form.fields["primary_need"].required = False  # taken from the notification's first need
    return form


class ServiceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.name} ({obj.provider.name})"


YES_NO = [("yes", "Yes"), ("no", "No")]


class NotificationForm(forms.Form):
    """What s23 asks of health: the opinion and its date, that the parent was told and offered
    a discussion before the local authority was told, and any voluntary organisation named."""

    service = ServiceChoiceField(
        label="Service that formed the opinion",
        queryset=None,
        empty_label="Choose a service",
        error_messages={
            "required": "Select the service that formed the opinion",
            "invalid_choice": "Select a service from the list",
        },
    )
    opinion_on = RequiredDateField(
        label="Date of the opinion",
        help_text="For example, 15 3 2026",
        past_only=True,
        required_message="Enter the date of the opinion",
    )
    needs = forms.MultipleChoiceField(
        label="Nature of the special educational needs or disability",
        choices=NeedType.choices,
        help_text="Select all that apply",
        error_messages={
            "required": "Select at least one need",
            "invalid_choice": "Select needs from the list",
        },
    )
    description = forms.CharField(
        label="More about the child's needs (optional)",
        widget=forms.Textarea,
        max_length=5000,
        required=False,
        error_messages={"max_length": "More about the needs must be 5,000 characters or fewer"},
    )
    parent_told_on = RequiredDateField(
        label="Date the parent was told of the opinion and of the duty to tell the local authority",
        past_only=True,
        required_message="Enter the date the parent was told of the opinion",
    )
    discussion_offered_on = RequiredDateField(
        label="Date the parent was offered a discussion about the opinion",
        past_only=True,
        required_message="Enter the date the parent was offered a discussion",
    )
    voluntary_organisation_suggested = forms.ChoiceField(
        label="Was a voluntary organisation that may help suggested to the parent?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": "Select yes if a voluntary organisation was suggested"},
    )
    voluntary_organisation = forms.CharField(
        label="Which voluntary organisation?",
        max_length=200,
        required=False,
        error_messages={"max_length": "Voluntary organisation must be 200 characters or fewer"},
    )
    notified_on = RequiredDateField(
        label="Date the local authority was told",
        past_only=True,
        required_message="Enter the date the local authority was told",
    )

    def __init__(self, *args, scope: Scope, date_of_birth=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.date_of_birth = date_of_birth
        self.fields["service"].queryset = scope.services().filter(is_active=True)

    def clean(self):
        cleaned = super().clean()
        opinion = cleaned.get("opinion_on")
        told = cleaned.get("parent_told_on")
        offered = cleaned.get("discussion_offered_on")
        notified = cleaned.get("notified_on")
        if opinion and self.date_of_birth:
            refusal = age_refusal(self.date_of_birth, opinion)
            if refusal:
                self.add_error("opinion_on", refusal)
        if opinion and told and told < opinion:
            self.add_error(
                "parent_told_on",
                "The date the parent was told must be the same as or after the date of the opinion",
            )
        if notified and told and notified < told:
            self.add_error(
                "notified_on",
                "The parent must be told before the local authority: the date the local "
                "authority was told must be the same as or after the date the parent was told",
            )
        if notified and offered and notified < offered:
            self.add_error(
                "discussion_offered_on",
                "The discussion must be offered before the local authority is told",
            )
        if cleaned.get("voluntary_organisation_suggested") == "yes":
            if not cleaned.get("voluntary_organisation", "").strip():
                self.add_error("voluntary_organisation", "Enter the voluntary organisation")
        else:
            cleaned["voluntary_organisation"] = ""
        return cleaned

    def notification_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "opinion_on": data["opinion_on"],
            "needs": list(data["needs"]),
            "description": data["description"],
            "parent_told_on": data["parent_told_on"],
            "discussion_offered_on": data["discussion_offered_on"],
            "voluntary_organisation_suggested": data["voluntary_organisation_suggested"] == "yes",
            "voluntary_organisation": data["voluntary_organisation"].strip(),
            "notified_on": data["notified_on"],
        }


class AcknowledgeForm(forms.Form):
    acknowledged_on = RequiredDateField(
        label="Date the local authority received the notification",
        past_only=True,
        required_message="Enter the date the local authority received the notification",
    )


@dataclass
class ChildResolution:
    """Who a notification is about, worked out from the NHS number form and the new child's
    details: an existing ``child``, or a valid ``child_form`` to register one."""

    find_form: FindChildForm
    child_form: ChildForm
    child: Child | None = None
    date_of_birth: object = None
    show_child_errors: bool = False

    @property
    def is_valid(self) -> bool:
        if not self.find_form.is_valid():
            return False
        return self.child is not None or (self.show_child_errors and self.child_form.is_valid())


def resolve_child(data, scope: Scope, *, initial_nhs_number: str = "") -> ChildResolution:
    find_form = FindChildForm(data, initial={"nhs_number": initial_nhs_number})
    result = ChildResolution(find_form=find_form, child_form=new_child_form(data, scope))
    if data is None or not find_form.is_valid():
        return result
    nhs_number = find_form.cleaned_data["nhs_number"]
    data = data.copy()
    data["child-nhs_number"] = nhs_number
    result.child_form = new_child_form(data, scope)
    typed_dob, typed_name = _typed_child_details(result.child_form)
    child, error = find_child(scope, nhs_number, date_of_birth=typed_dob, family_name=typed_name)
    if error:
        find_form.add_error("nhs_number", error)
    elif child is not None:
        result.child, result.date_of_birth = child, child.date_of_birth
    else:
        result.show_child_errors = True
        if result.child_form.is_valid():
            result.date_of_birth = result.child_form.cleaned_data["date_of_birth"]
    return result


def _typed_child_details(child_form: ChildForm) -> tuple:
    """The date of birth and family name typed for the child, for matching a record."""
    try:
        dob = child_form.fields["date_of_birth"].clean(child_form["date_of_birth"].value())
    except forms.ValidationError:
        dob = None
    return dob, child_form["family_name"].value() or ""
