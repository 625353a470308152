"""The shapes every register's views repeat, written once.

A register's view stays a plain function with its guard (``permissions.rule_required``) and
its object fetched through the user's ``Scope``; these helpers do the rest:

- ``posted(request)``: the POST data to bind a form to, or ``None`` on a GET.
- ``initial_from(obj, fields)``: a change form's initial values, read off the object.
- ``save_form(request, form, save, done=..., to=...)``: on a valid POST, call the register's
  service as ``save(form.cleaned_data, auditor=...)``, flash ``done`` and redirect to ``to``;
  a service error the view names goes on the form. ``None`` means "show the form page".
- ``run_action(request, act, done=..., to=...)``: a confirmed action (remove, publish,
  withdraw, chase, remind): ``act(auditor=...)``, then ``done`` or the service's refusal as a
  message, and the redirect either way (or, for htmx, a fragment rendered in place).
- ``form_page(request, template, form, ...)``: the form's page, with ``form_has_errors`` for
  the error summary.
- ``list_page(request, queryset, row)``: one page of a list as table rows, with the
  pagination component's links.
- ``searched_list_page(request, queryset, row, prefix=...)``: the same for a register's list
  with the search box (``core.search``): a POSTed search narrows the list, and the children
  on the page are audited as read.
- ``search_or_page(request, form, found, search, audit_as=...)``: a list whose POSTed search
  shows its matches on one page (up to ``SEARCH_LIMIT``), audited as a search; else a page.
- ``audit_children(request, records)``: each record's child audited as read, once each.
- ``dco_icb(scope)``: the ICB whose DCO team the user is in, for a register's new records.

``done`` and ``to`` may be callables of what the service returned (the new record).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import redirect, render

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.scoping import Scope
from sendhealth.core.search import SEARCH_LIMIT, record_search, searched
from sendhealth.organisations.models import Organisation

# A message or a redirect target, fixed or worked out from what the service returned.
Outcome = str | Callable[[Any], str]


def _resolve(outcome: Outcome, result: Any) -> str:
    return outcome(result) if callable(outcome) else outcome


def _refusal(error: Exception) -> str:
    """A service's refusal in words: a ``ValidationError``'s first message, else the error."""
    if isinstance(error, ValidationError):
        return error.messages[0]
    return str(error)


def posted(request: HttpRequest) -> QueryDict | None:
    """The data a form is bound to: the POST body (bound even when empty, so an empty POST
    shows the form's errors), or ``None`` (unbound) on a GET."""
    return request.POST if request.method == "POST" else None


def initial_from(obj: Any, fields: Iterable[str]) -> dict[str, Any]:
    """A change form's initial values: each of ``fields`` as the object has it now."""
    return {name: getattr(obj, name) for name in fields}


def save_form(
    request: HttpRequest,
    form: BaseForm,
    save: Callable[..., Any],
    *,
    done: Outcome,
    to: Outcome,
    errors: tuple[type[Exception], ...] = (),
    error_field: Callable[[dict[str, Any]], str | None] | None = None,
    refused: Callable[[Exception], None] | None = None,
) -> HttpResponseRedirect | None:
    """On a POST with a valid form: ``save(form.cleaned_data, auditor=...)`` (the register's
    service, which locks, audits and records), the success message ``done`` and a redirect to
    ``to``. One of ``errors`` raised by the service becomes the form's error (on the field
    ``error_field`` names from the data, else the whole form's), or is handed to ``refused``
    where the page shows it its own way (an import's rows). ``None`` on a GET, an invalid form
    or a refused change: the view shows the form page again."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        result = save(form.cleaned_data, auditor=Auditor.from_request(request))
    except errors as error:
        if refused is not None:
            refused(error)
            return None
        field = error_field(form.cleaned_data) if error_field else None
        form.add_error(field, error if isinstance(error, ValidationError) else str(error))
        return None
    messages.success(request, _resolve(done, result))
    return redirect(_resolve(to, result))


def run_action(
    request: HttpRequest,
    act: Callable[..., Any],
    *,
    done: Outcome,
    to: str,
    errors: tuple[type[Exception], ...] = (),
    refused_as: int = messages.ERROR,
    fragment: tuple[str, str] | None = None,
) -> HttpResponse:
    """A confirmed action: ``act(auditor=...)``, then the success message ``done`` or the
    service's refusal (one of ``errors``) as a message of level ``refused_as`` (an error; a
    warning or information where nothing was wrong, as "nothing to add"), and a redirect to
    ``to``. ``fragment``, ``(template, text)``: an htmx request gets the template rendered in
    place with ``text`` (or the refusal's, with status 400) instead of the message and redirect."""
    in_place = fragment is not None and bool(getattr(request, "htmx", False))
    try:
        result = act(auditor=Auditor.from_request(request))
    except errors as error:
        if fragment is not None and in_place:
            return render(request, fragment[0], {"text": _refusal(error)}, status=400)
        messages.add_message(request, refused_as, _refusal(error))
    else:
        if fragment is not None and in_place:
            return render(request, fragment[0], {"text": fragment[1]})
        messages.success(request, _resolve(done, result))
    return redirect(to)


def form_page(request: HttpRequest, template: str, form: BaseForm, **context: Any) -> HttpResponse:
    """A form's page: ``form``, ``form_has_errors`` (the error summary) and ``context``."""
    return render(
        request, template, {"form": form, "form_has_errors": bool(form.errors), **context}
    )


def list_page(
    request: HttpRequest,
    found: QuerySet[Any] | Sequence[Any],
    row: Callable[[Any], Any],
) -> dict[str, Any]:
    """One page of ``found`` (ordered) as a template's ``rows`` (``row`` of each), with
    ``page`` and the pagination component's ``pagination`` links."""
    page = paginate(request, found)
    return {
        "rows": [row(item) for item in page.object_list],
        "page": page,
        "pagination": page_links(request, page),
    }


def audit_children(
    request: HttpRequest,
    records: Iterable[Any],
    child: Callable[[Any], Any] = attrgetter("child"),
) -> None:
    """Each child of ``records`` (``child`` of each; ``None`` for none) audited as read, once
    each, in the order first shown."""
    children = {c.pk: c for c in map(child, records) if c is not None}
    Auditor.from_request(request).view_many("children.Child", list(children.values()))


def searched_list_page(
    request: HttpRequest,
    found: QuerySet[Any],
    row: Callable[[Any], Any],
    *,
    prefix: str,
    by_child: bool = True,
    child: Callable[[Any], Any] | None = attrgetter("child"),
) -> dict[str, Any]:
    """A register's list with its search box: ``found`` (filtered, ordered) narrowed by a
    POSTed search (a reference ``<prefix>-000123``, or with ``by_child`` a child's NHS number or
    name), one page of it as ``list_page`` gives it, with ``search``, ``searched`` and ``query``
    (the list's filters without the page). The children shown (``child`` of each row's record;
    ``None``: a list that shows no child) are audited as read."""
    search = record_search(request, prefix, by_child=by_child)
    found = searched(search, found, "child" if by_child else None)
    listed = list_page(request, found, row)
    if child is not None:
        audit_children(request, listed["page"].object_list, child)
    query = request.GET.copy()
    query.pop("page", None)
    return {
        **listed,
        "search": search,
        "searched": search.is_bound and search.is_valid(),
        "query": query.urlencode(),
    }


def search_or_page(
    request: HttpRequest,
    form: BaseForm,
    found: QuerySet[Any],
    search: Callable[[QuerySet[Any], Any], QuerySet[Any]],
    *,
    audit_as: str,
) -> dict[str, Any]:
    """A list with a search box that shows its matches on one page (children, requests,
    enquiries): on a POST, what ``search(found, form)`` gives for a valid ``form``, up to
    ``SEARCH_LIMIT`` (``more`` says there were more), the search audited as a search of
    ``audit_as`` (never what was typed); otherwise one page of ``found``. Gives ``shown`` (the
    records, for the rows and the audit of the children on them), ``more``, ``searched``,
    ``search_limit``, ``page`` and ``pagination``."""
    page, shown, more = None, [], False
    valid = form.is_bound and form.is_valid()
    if valid:
        matches = list(search(found, form)[: SEARCH_LIMIT + 1])
        shown, more = matches[:SEARCH_LIMIT], len(matches) > SEARCH_LIMIT
        Auditor.from_request(request).record(AuditAction.SEARCH, object_type=audit_as)
    elif not form.is_bound:
        page = paginate(request, found)
        shown = list(page.object_list)
    return {
        "shown": shown,
        "more": more,
        "searched": valid,
        "search_limit": SEARCH_LIMIT,
        "page": page,
        "pagination": page_links(request, page) if page else {},
    }


def dco_icb(scope: Scope) -> Organisation:
    """The ICB a DCO team member records for (the first, if they serve more than one); 404
    for anyone in no DCO team."""
    if not scope.dco_icb_ids:
        raise Http404
    return Organisation.objects.get(pk=min(scope.dco_icb_ids))
