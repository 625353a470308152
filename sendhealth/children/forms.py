"""Forms for finding and registering a child. Every message says what to do next (NHS.UK
error message style); a form that is not valid writes nothing."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone

from sendhealth.children.models import (
    VULNERABLE_GROUP_FIELDS,
    VULNERABLE_GROUPS,
    Child,
    NeedType,
)
from sendhealth.core.forms import NHSDateField, NHSNumberField
from sendhealth.core.scoping import Scope
from sendhealth.organisations.models import Organisation, OrganisationKind
from sendhealth.rules import age_on, nhs_number_is_valid, normalise_nhs_number

INVALID_NHS_NUMBER = "Enter a valid 10-digit NHS number"
DUPLICATE_NHS_NUMBER = "A child with this NHS number is already registered"
YOUNG_PERSON_UPPER_AGE = 25  # CFA 2014 s83(2): a young person is under 25


# -- finding a child -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildSearch:
    """What was asked for: an exact NHS number, or the words of a name."""

    nhs_number: str = ""
    name_words: tuple[str, ...] = ()

    def filter(self, children: QuerySet[Child]) -> QuerySet[Child]:
        if self.nhs_number:
            return children.filter(nhs_number=self.nhs_number)
        for word in self.name_words:
            children = children.filter(
                Q(given_name__icontains=word) | Q(family_name__icontains=word)
            )
        return children


class ChildSearchForm(forms.Form):
    """One box: an NHS number finds that child exactly; text with letters is a name search.
    Sent by POST so the search never appears in a URL or a server log."""

    query = forms.CharField(
        label="NHS number or name",
        max_length=100,
        error_messages={
            "required": "Enter an NHS number or a name",
            "max_length": "NHS number or name must be 100 characters or fewer",
        },
    )

    def clean_query(self) -> ChildSearch:
        text = self.cleaned_data["query"].strip()
        if any(char.isalpha() for char in text):
            return ChildSearch(name_words=tuple(text.split()))
        if not nhs_number_is_valid(text):
            raise forms.ValidationError(INVALID_NHS_NUMBER)
        return ChildSearch(nhs_number=normalise_nhs_number(text))

    @property
    def search(self) -> ChildSearch:
        return self.cleaned_data["query"]


class ChildFilterForm(forms.Form):
    """The list's filter by vulnerable group, by GET (a group's name, nothing personal)."""

    group = forms.ChoiceField(
        label="Vulnerable group",
        required=False,
        choices=[("", "All children"), *VULNERABLE_GROUPS],
    )

    @property
    def chosen_group(self) -> str:
        return self.cleaned_data.get("group", "") if self.is_valid() else ""

    @property
    def query(self) -> str:
        """The filter as a query string, kept when a search is sent (a group name only)."""
        return f"group={self.chosen_group}" if self.chosen_group else ""

    def filter(self, children: QuerySet[Child]) -> QuerySet[Child]:
        group = self.chosen_group
        return children.filter(**{group: True}) if group else children


# -- registering and changing a child --------------------------------------------------------

NEED_CHOICES = NeedType.choices


class ChildForm(forms.ModelForm):
    """A child's record. ``scope`` limits the local authorities and settings offered; a local
    authority caseworker of one local authority has it fixed (the view shows it as text)."""

    nhs_number = NHSNumberField()
    given_name = forms.CharField(
        label="Given name",
        max_length=100,
        error_messages={
            "required": "Enter the child's given name",
            "max_length": "Given name must be 100 characters or fewer",
        },
    )
    family_name = forms.CharField(
        label="Family name",
        max_length=100,
        error_messages={
            "required": "Enter the child's family name",
            "max_length": "Family name must be 100 characters or fewer",
        },
    )
    date_of_birth = NHSDateField(
        label="Date of birth", past_only=True, help_text="For example, 27 3 2015"
    )
    local_authority = forms.ModelChoiceField(
        label="Local authority",
        queryset=None,
        empty_label="Choose a local authority",
        error_messages={
            "required": "Select the child's local authority",
            "invalid_choice": "Select a local authority from the list",
        },
    )
    setting = forms.ModelChoiceField(
        label="Education setting (optional)",
        queryset=None,
        required=False,
        empty_label="Not known or not in a setting",
        error_messages={"invalid_choice": "Select an education setting from the list"},
    )
    primary_need = forms.ChoiceField(
        label="Primary need",
        choices=[("", "Choose a need type"), *NEED_CHOICES],
        error_messages={
            "required": "Select the child's primary need",
            "invalid_choice": "Select a primary need from the list",
        },
    )
    secondary_needs = forms.MultipleChoiceField(
        label="Secondary needs (optional)",
        choices=NEED_CHOICES,
        required=False,
        help_text="Select all that apply",
        error_messages={"invalid_choice": "Select secondary needs from the list"},
    )
    vulnerable_groups = forms.MultipleChoiceField(
        label="Vulnerable groups (optional)",
        choices=VULNERABLE_GROUPS,
        required=False,
        error_messages={"invalid_choice": "Select vulnerable groups from the list"},
    )

    class Meta:
        model = Child
        fields = [
            "nhs_number",
            "given_name",
            "family_name",
            "date_of_birth",
            "local_authority",
            "setting",
            "primary_need",
            "secondary_needs",
        ]

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.duplicate: Child | None = None  # the in-scope child that holds the NHS number
        self.registered_elsewhere = False  # held by a child the user cannot see
        self.fields["local_authority"].queryset = scope.local_authorities()
        self.fields["setting"].queryset = scope.settings_for_children()
        self.initial.setdefault(
            "vulnerable_groups",
            [name for name in VULNERABLE_GROUP_FIELDS if getattr(self.instance, name)],
        )
        self.fixed_local_authority = self._fixed_local_authority()
        if self.fixed_local_authority is not None:
            del self.fields["local_authority"]
            self.instance.local_authority = self.fixed_local_authority

    def _fixed_local_authority(self):
        """A caseworker of exactly one local authority registers children of that one only."""
        if self.scope.is_dco or len(self.scope.la_ids) != 1:
            return None
        if self.instance.pk is not None:
            return self.instance.local_authority
        return self.fields["local_authority"].queryset.get()

    def clean_nhs_number(self) -> str:
        number = self.cleaned_data["nhs_number"]
        others = self.scope.children().exclude(pk=self.instance.pk)
        self.duplicate = others.filter(nhs_number=number).first()
        if self.duplicate is None:
            self.registered_elsewhere = self._registered_out_of_scope(number)
        if self.duplicate is not None or self.registered_elsewhere:
            # Out of scope: the same words and no link, so nothing tells where the child is.
            raise forms.ValidationError(DUPLICATE_NHS_NUMBER)
        return number

    def _registered_out_of_scope(self, number: str) -> bool:
        return self.scope.child_registered_elsewhere(number, exclude_pk=self.instance.pk)

    def clean_date_of_birth(self):
        """A young person is under 25 (Children and Families Act 2014 s83(2))."""
        dob = self.cleaned_data["date_of_birth"]
        if dob is not None and age_on(dob, timezone.localdate()) >= YOUNG_PERSON_UPPER_AGE:
            raise forms.ValidationError("A child or young person must be under 25")
        return dob

    def clean(self):
        cleaned = super().clean()
        primary = cleaned.get("primary_need")
        if primary and primary in cleaned.get("secondary_needs", []):
            self.add_error("secondary_needs", "Secondary needs must not include the primary need")
        return cleaned

    def validate_unique(self) -> None:
        # Uniqueness of the NHS number is checked in clean_nhs_number with a message that
        # does not leak; the model's own check would add a second, generic one.
        pass

    def save(self, commit: bool = True) -> Child:
        child = super().save(commit=False)
        chosen = set(self.cleaned_data.get("vulnerable_groups", []))
        for name in VULNERABLE_GROUP_FIELDS:
            setattr(child, name, name in chosen)
        if commit:
            child.save()
        return child

    @property
    def field_changes(self) -> list[str]:
        """Names of the fields that changed, for the audit trail (never their values); each
        vulnerable group added or removed is named as its own field."""
        names = {name for name in self.changed_data if name in self.Meta.fields}
        if "vulnerable_groups" in self.changed_data:
            before = set(self.initial.get("vulnerable_groups", []))
            after = set(self.cleaned_data.get("vulnerable_groups", []))
            names |= before ^ after
        return sorted(names)


# -- a child who moved from another local authority --------------------------------------------


class MovedChildForm(forms.Form):
    """A local authority finds a child registered with another local authority: the NHS number
    and the date of birth must both match. ``local_authorities``: the user's own, to move the
    child to (a choice only for a caseworker of more than one)."""

    nhs_number = NHSNumberField()
    date_of_birth = NHSDateField(
        label="Date of birth", past_only=True, help_text="For example, 27 3 2015"
    )
    local_authority = forms.ModelChoiceField(
        label="Which local authority holds the case now?",
        queryset=None,
        empty_label="Choose a local authority",
        error_messages={
            "required": "Select the local authority that holds the case now",
            "invalid_choice": "Select a local authority from the list",
        },
    )

    def __init__(self, *args, local_authorities: QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["local_authority"].queryset = local_authorities
        self.fixed_local_authority = None
        if local_authorities.count() == 1:
            self.fixed_local_authority = local_authorities.get()
            del self.fields["local_authority"]

    @property
    def to_local_authority(self):
        return self.fixed_local_authority or self.cleaned_data["local_authority"]


class MoveChildForm(forms.Form):
    """The DCO team records a move: the local authority that holds the case now."""

    to_local_authority = forms.ModelChoiceField(
        label="Which local authority holds the case now?",
        queryset=None,
        empty_label="Choose a local authority",
        error_messages={
            "required": "Select the local authority that holds the case now",
            "invalid_choice": "Select a local authority from the list",
        },
    )

    def __init__(self, *args, child: Child, own_icb_ids, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["to_local_authority"]
        field.queryset = (
            Organisation.objects.filter(kind=OrganisationKind.LOCAL_AUTHORITY)
            .exclude(pk=child.local_authority_id)
            .select_related("parent")
            .order_by("name")
        )
        # Another ICB's local authorities are named with their ICB: such a move hands the
        # child's record over to that ICB (docs/architecture.md, "Children who move").
        field.label_from_instance = lambda la: (
            la.name if la.parent_id in own_icb_ids else f"{la.name} ({la.parent.name})"
        )
