"""One search box for a register's list: a record's reference, a child's NHS number, or the
words of a child's name.

Sent by POST, so what was typed never appears in a URL or a server log. The register's own
filters (non-personal choices) stay in the query string and apply as well. A search shows its
matches on one page, up to ``SEARCH_LIMIT``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from django import forms
from django.db.models import Model, Q, QuerySet
from django.http import HttpRequest

from sendhealth.rules import nhs_number_is_valid, normalise_nhs_number

_M = TypeVar("_M", bound=Model)

SEARCH_LIMIT = 50


@dataclass(frozen=True)
class RecordSearch:
    """What was asked for: one record by its reference, a child by NHS number, or name words."""

    pk: int | None = None
    nhs_number: str = ""
    name_words: tuple[str, ...] = ()

    def filter(
        self, records: QuerySet[_M], child: str | None = "child", reference: str = "pk"
    ) -> QuerySet[_M]:
        """``reference`` is the field the reference's number is (the record's own ``pk``, or
        for a service's part of an advice request, ``request_id``)."""
        if self.pk is not None:
            return records.filter(**{reference: self.pk})
        if child is None:
            return records.none()
        if self.nhs_number:
            return records.filter(**{f"{child}__nhs_number": self.nhs_number})
        for word in self.name_words:
            records = records.filter(
                Q(**{f"{child}__given_name__icontains": word})
                | Q(**{f"{child}__family_name__icontains": word})
            )
        return records


class RecordSearchForm(forms.Form):
    """The search box of a register whose references look like ``<prefix>-000123``."""

    query = forms.CharField(
        label="Search",
        max_length=100,
        error_messages={
            "required": "Enter a reference, an NHS number or a name",
            "max_length": "Search must be 100 characters or fewer",
        },
    )

    def __init__(
        self, *args: Any, reference_prefix: str, by_child: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        prefix = self.reference_prefix = reference_prefix
        self.by_child = by_child
        example = f"{prefix}-000123"
        field = self.fields["query"]
        if by_child:
            field.label = "Reference, NHS number or name"
            field.help_text = f"For example, {example}, a 10-digit NHS number, or a child's name"
        else:
            field.label = "Reference"
            field.help_text = f"For example, {example}"
            field.error_messages["required"] = "Enter a reference"
        self._reference = re.compile(rf"^{re.escape(prefix)}\s*-?\s*0*(\d{{1,9}})$", re.I)

    def clean_query(self) -> RecordSearch:
        text = " ".join(self.cleaned_data["query"].split())
        matched = self._reference.match(text)
        if matched:
            return RecordSearch(pk=int(matched.group(1)))
        if not self.by_child:
            raise forms.ValidationError(f"Enter a reference like {self.reference_prefix}-000123")
        if any(char.isalpha() for char in text):
            return RecordSearch(name_words=tuple(text.split()))
        if nhs_number_is_valid(text):
            return RecordSearch(nhs_number=normalise_nhs_number(text))
        example = f"{self.reference_prefix}-000123"
        raise forms.ValidationError(
            f"Enter a reference like {example}, a valid 10-digit NHS number, or a name"
        )

    @property
    def search(self) -> RecordSearch:
        return cast(RecordSearch, self.cleaned_data["query"])


def record_search(request: HttpRequest, prefix: str, *, by_child: bool = True) -> RecordSearchForm:
    """The list's search form, bound when the list was POSTed."""
    data = request.POST if request.method == "POST" else None
    return RecordSearchForm(data, reference_prefix=prefix, by_child=by_child)


def searched(
    form: RecordSearchForm,
    records: QuerySet[_M],
    child: str | None = "child",
    reference: str = "pk",
) -> QuerySet[_M]:
    """``records`` narrowed by a valid search; unchanged when nothing (valid) was searched."""
    if form.is_bound and form.is_valid():
        return form.search.filter(records, child, reference)
    return records
