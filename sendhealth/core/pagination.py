"""Pagination for lists: a fixed page size and the NHS.UK pagination component's arguments."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(request, queryset, per_page: int | None = None):
    paginator = Paginator(queryset, per_page or settings.PAGE_SIZE)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def page_links(request, page) -> dict:
    """Previous/next links for ``nhsuk/components/pagination``, keeping other query values."""

    def href(number: int) -> str:
        query = request.GET.copy()
        query["page"] = number
        return "?" + query.urlencode()

    links = {}
    if page.has_previous():
        links["previous"] = {"href": href(page.previous_page_number())}
    if page.has_next():
        links["next"] = {"href": href(page.next_page_number())}
    return links
