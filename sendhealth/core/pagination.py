"""Pagination for lists: a fixed page size and the NHS.UK pagination component's arguments."""

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict


def paginate(
    request: HttpRequest,
    queryset: QuerySet[Any] | Sequence[Any],
    per_page: int | None = None,
    *,
    count: int | None = None,
) -> Page[Any]:
    """The requested page of ``queryset``. ``count``: how many rows it holds, when the view has
    counted them already (a tab's count), so the paginator does not count them again."""
    paginator = Paginator(queryset, per_page or settings.PAGE_SIZE)
    if count is not None:
        paginator.__dict__["count"] = count  # Paginator.count is a cached property
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def page_links(request: HttpRequest, page: Page[Any]) -> dict[str, dict[str, str]]:
    """Previous/next links for ``nhsuk/components/pagination``, keeping other query values."""

    def href(number: int) -> str:
        query: QueryDict = request.GET.copy()
        query["page"] = str(number)
        return "?" + query.urlencode()

    links: dict[str, dict[str, str]] = {}
    if page.has_previous():
        links["previous"] = {"href": href(page.previous_page_number())}
    if page.has_next():
        links["next"] = {"href": href(page.next_page_number())}
    return links
