"""The Local Offer's forms: a service's information (validated fully before the draft is
saved), the public search, and a feed to import."""

from __future__ import annotations

import contextlib
import uuid

from django import forms

from sendhealth.localoffer import domain
from sendhealth.localoffer.models import OrukStatus, TaxonomyTerm

YES_NO = [("yes", "Yes"), ("no", "No")]


def term_choices():
    return [(str(t.pk), t.name) for t in TaxonomyTerm.objects.select_related("taxonomy")]


class EntryForm(forms.Form):
    name = forms.CharField(label="Name of the service", max_length=200)
    description = forms.CharField(
        label="What the service offers",
        help_text="In plain words, for families: what happens, and what it helps with.",
        widget=forms.Textarea,
    )
    who_for = forms.CharField(
        label="Who it is for",
        help_text="Needs, eligibility, and where children must live or go to school.",
        widget=forms.Textarea,
    )
    minimum_age = forms.IntegerField(label="Youngest age (years)", min_value=0, max_value=25)
    maximum_age = forms.IntegerField(label="Oldest age (years)", min_value=0, max_value=25)
    self_referral = forms.ChoiceField(label="Can families refer themselves?", choices=YES_NO)
    referral = forms.CharField(
        label="How to be referred",
        help_text="Who can refer (for example a GP, health visitor or school SENCo) and how.",
        widget=forms.Textarea,
    )
    typical_wait = forms.CharField(
        label="Typical wait (entered by hand)",
        help_text="For example: about 14 weeks from referral to first appointment. Families "
        "see this only while the waiting-times register has no recent figures for the service.",
        max_length=200,
        required=False,
    )
    fees = forms.CharField(
        label="Cost", help_text="Leave empty if the service is free.", required=False
    )
    url = forms.URLField(label="Website", required=False, assume_scheme="https")
    email = forms.EmailField(label="Email address for families", required=False)
    phone = forms.CharField(label="Phone number", max_length=40, required=False)
    languages = forms.CharField(
        label="Languages",
        help_text="Separate with commas, for example: English, Urdu, British Sign Language.",
        required=False,
    )
    accessibility = forms.CharField(label="Accessibility", widget=forms.Textarea, required=False)
    status = forms.ChoiceField(label="Status", choices=OrukStatus.choices)
    terms = forms.MultipleChoiceField(label="Needs and service types", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["terms"].choices = term_choices()

    def clean(self):
        data = super().clean()
        low, high = data.get("minimum_age"), data.get("maximum_age")
        if low is not None and high is not None and low > high:
            self.add_error("maximum_age", "Oldest age must be the same as or more than youngest")
        return data

    @classmethod
    def initial_from(cls, draft: dict) -> dict:
        return {
            **{k: draft.get(k) for k in domain.DRAFT_FIELDS},
            "self_referral": "yes" if draft.get("self_referral") else "no",
            "languages": ", ".join(draft.get("languages") or []),
            "terms": draft.get("terms") or [],
        }

    def draft(self, locations: list[dict]) -> dict:
        d = self.cleaned_data
        return {
            **{k: d[k] for k in domain.DRAFT_FIELDS if k not in ("self_referral", "languages")},
            "self_referral": d["self_referral"] == "yes",
            "languages": [x.strip() for x in d["languages"].split(",") if x.strip()],
            "terms": d["terms"],
            "locations": locations,
        }


PLACE = ("name", "address_1", "city", "postcode")


class LocationForm(forms.Form):
    """One place where the service is delivered. A location left wholly empty is no location."""

    id = forms.CharField(widget=forms.HiddenInput, required=False)
    name = forms.CharField(label="Place name", max_length=200, required=False)
    address_1 = forms.CharField(label="Address", max_length=200, required=False)
    city = forms.CharField(label="Town or city", max_length=100, required=False)
    postcode = forms.CharField(label="Postcode", max_length=10, required=False)
    byday = forms.MultipleChoiceField(
        label="Open on", choices=list(domain.DAYS.items()), required=False
    )
    opens_at = forms.TimeField(label="Opens at", help_text="For example 09:00", required=False)
    closes_at = forms.TimeField(label="Closes at", help_text="For example 17:00", required=False)

    def clean(self):
        data = super().clean()
        place = [data.get(n) for n in PLACE]
        when = [data.get(n) for n in ("byday", "opens_at", "closes_at")]
        if (any(place) or any(when)) and not all(place):
            for name in PLACE:
                if not data.get(name):
                    self.add_error(name, "Enter the place name, address, town and postcode")
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and opens >= closes:
            self.add_error("closes_at", "Closing time must be after opening time")
        if data.get("byday") and not (opens and closes):
            self.add_error("opens_at", "Enter the opening and closing times")
        return data

    @staticmethod
    def initial_from(loc: dict) -> dict:
        return {
            **{k: loc.get(k) or "" for k in ("id", *PLACE)},
            "byday": [d for d in (loc.get("byday") or "").split(",") if d],
            "opens_at": loc.get("opens_at") or "",
            "closes_at": loc.get("closes_at") or "",
        }

    def location(self) -> dict | None:
        """The location as the draft holds it; None when left empty or marked for removal."""
        d = self.cleaned_data
        if not d or d.get("DELETE") or not d.get("name"):
            return None
        values = {
            "name": d["name"],
            "address_1": d["address_1"],
            "city": d["city"],
            "postcode": d["postcode"].upper(),
            "byday": ",".join(d["byday"]),
            "opens_at": d["opens_at"].strftime("%H:%M") if d["opens_at"] else "",
            "closes_at": d["closes_at"].strftime("%H:%M") if d["closes_at"] else "",
        }
        with contextlib.suppress(TypeError, ValueError):  # no id: a new location
            values = {"id": str(uuid.UUID(d["id"])), **values}
        return values


class BaseLocationFormSet(forms.BaseFormSet):
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_many_forms": "A service can have up to %(num)d locations. Remove one to add another",
    }

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "Remove this location when I save"

    def locations(self) -> list[dict]:
        return [loc for loc in (f.location() for f in self.forms) if loc]

    def values_as_entered(self) -> list[dict]:
        """Each location as typed (not yet valid), to show again after "Add another"."""
        return [
            {name: form[name].value() for name in (*form.base_fields, "DELETE")}
            for form in self.forms
        ]


LocationFormSet = forms.formset_factory(
    LocationForm,
    formset=BaseLocationFormSet,
    extra=0,
    can_delete=True,
    max_num=domain.MAX_LOCATIONS,
    validate_max=True,
    absolute_max=domain.MAX_LOCATIONS + 5,
)
LOCATIONS_PREFIX = "locations"


def location_formset(data=None, initial: list[dict] | None = None):
    return LocationFormSet(data, initial=initial, prefix=LOCATIONS_PREFIX)


class PublicSearchForm(forms.Form):
    q = forms.CharField(label="Words", required=False, max_length=100)
    need = forms.ChoiceField(label="Need or type of service", required=False)
    age = forms.IntegerField(
        label="Age of the child or young person", required=False, min_value=0, max_value=25
    )
    area = forms.ChoiceField(label="Area", required=False)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].choices = [("", "Any"), *term_choices()]
        self.fields["area"].choices = [("", "Any"), *((str(a.pk), a.name) for a in areas)]


class ImportForm(forms.Form):
    feed = forms.URLField(
        assume_scheme="https",
        label="Address of the Open Referral UK feed",
        help_text="The API root, for example https://directory.example.gov.uk/openreferral",
    )
