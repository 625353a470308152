"""Paginated lists: ninja's limit/offset pagination (page size ``settings.PAGE_SIZE``, at most
200), with an audit entry for every child shown on the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

from sendhealth.api.auth import auditor

MAX_OFFSET = 10**9  # nobody pages this far; past 64 bits the database would fail (a 500)


class AuditedPage(LimitOffsetPagination):
    """``@paginate(AuditedPage, children_of=lambda row: row.child)``: records that the caller
    saw each child on the page, in one bulk insert, as the list pages do."""

    class Input(Schema):
        limit: int = Field(settings.NINJA_PAGINATION_PER_PAGE, ge=1, le=200)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)

    def __init__(self, *, children_of: Callable[[Any], Any] | None = None, **kwargs: Any):
        self.children_of = children_of
        super().__init__(**kwargs)

    def paginate_queryset(self, queryset, pagination, request: HttpRequest, **params):
        result = super().paginate_queryset(queryset, pagination, request, **params)
        rows = list(result[self.items_attribute])
        result[self.items_attribute] = rows
        if self.children_of is not None and rows:
            children = {child.pk: child for child in map(self.children_of, rows)}
            auditor(request).view_many("children.Child", list(children.values()))
        return result
