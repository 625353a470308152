"""Health provision in EHC plans: a plan's lines and their delivery by month, adding and
correcting lines (from accepted advice, from Section G's text, or by hand), recording a month
for a line, the provider's CSV import, the DCO's shortfall list and its threshold, and the
figures.

Lines are reached only through ``Scope`` and every page that shows a child is audited. Filters
are ids in the query string, never personal data.
"""

from __future__ import annotations

import csv
import io

import rules
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sendhealth.core.audit import Auditor
from sendhealth.core.generic import (
    audit_children,
    initial_from,
    list_page,
    posted,
    run_action,
    save_form,
)
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import format_date
from sendhealth.core.scoping import Scope
from sendhealth.provision import domain, figures, services, summary
from sendhealth.provision.forms import (
    DeliveryForm,
    ImportForm,
    LineForm,
    MonthFormSet,
    PasteForm,
    PolicyForm,
)
from sendhealth.provision.models import Period
from sendhealth.provision.presenters import (
    LINE_HEAD,
    SHORTFALL_HEAD,
    delivery_rows,
    end_text,
    frequency_text,
    line_cells,
    month_cell,
    month_label,
    session_text,
    shortfall_row,
)
from sendhealth.provision.presenters import (
    number as domain_number,
)
from sendhealth.provision.queries import kept_shortfalls, returns_by_line, runs_in_q
from sendhealth.provision.returns_csv import HEADERS, parse_month

PLAN_MONTHS = 6


def _lines(scope: Scope):
    return scope.provision_lines().select_related("service__provider", "child")


def _plan(scope: Scope, pk: int):
    return get_object_or_404(scope.provision_plans().select_related("child"), pk=pk)


def _line(scope: Scope, pk: int):
    return get_object_or_404(_lines(scope).select_related("plan"), pk=pk)


def _icb_id(scope: Scope) -> int:
    return min(scope.dco_icb_ids)


@require_GET
@rule_required("provision.view_lines")
def line_list(request):
    """The lines the user may see (a provider: its services'), newest plans first."""
    scope = Scope.for_user(request.user)
    found = _lines(scope)
    service = request.GET.get("service", "")
    if service.isdigit():
        found = found.filter(service_id=int(service))
    if request.GET.get("vague") == "1":
        found = found.filter(vague=True)
    listed = list_page(
        request,
        found.order_by("-starts_on", "-pk"),
        lambda line: [
            {"text": line.child.full_name, "href": reverse("provision:plan", args=[line.plan_id])},
            *line_cells(line),
        ],
    )
    audit_children(request, listed["page"].object_list)
    return render(
        request,
        "provision/list.jinja",
        {
            "head": [{"text": "Child"}, *LINE_HEAD],
            **listed,
            "services": scope.services().filter(is_active=True).order_by("name"),
            "service": service,
            "vague_only": request.GET.get("vague") == "1",
            "can_record": rules.has_perm("provision.record_delivery", request.user),
            "sees_shortfalls": rules.has_perm("provision.view_shortfalls", request.user),
            "sees_figures": rules.has_perm("provision.view_figures", request.user),
        },
    )


@require_GET
@rule_required("provision.view_lines")
def plan_detail(request, pk: int):
    """A plan's health provision lines and what was delivered each month (the last 6)."""
    scope = Scope.for_user(request.user)
    plan = _plan(scope, pk)
    today = timezone.localdate()
    lines = list(_lines(scope).filter(plan=plan))
    last = domain.add_months(domain.first_of_month(today), -1)
    months = domain.months_between(domain.add_months(last, -(PLAN_MONTHS - 1)), last)
    by_line = returns_by_line(
        scope.provision_returns(), [line.pk for line in lines], months[0], months[-1]
    )
    Auditor.from_request(request).view(plan)
    can_change = rules.has_perm("provision.change_lines", request.user)
    return render(
        request,
        "provision/plan.jinja",
        {
            "plan": plan,
            "head": LINE_HEAD,
            "rows": [line_cells(line) for line in lines],
            "month_head": [{"text": "Line"}] + [{"text": month_label(m)} for m in months],
            "month_rows": delivery_rows(lines, by_line, months),
            "vague": [line for line in lines if line.vague],
            "can_change": can_change,
            "can_record": rules.has_perm("provision.record_delivery", request.user),
            "sees_plan": scope.transitions_plans().filter(pk=plan.pk).exists(),
        },
    )


@require_POST
@rule_required("provision.change_lines")
def from_advice(request, pk: int):
    """Create the plan's lines from the accepted advice's structured provision."""
    plan = _plan(Scope.for_user(request.user), pk)

    def create(*, auditor):
        made = services.create_lines_from_advice(plan, auditor=auditor, user=request.user)
        if not made:
            raise ValidationError("No accepted advice with provision not already in the plan")
        return made

    return run_action(
        request,
        create,
        done=lambda made: f"{len(made)} lines created from accepted advice",
        to=reverse("provision:plan", args=[plan.pk]),
        errors=(ValidationError,),
        refused_as=messages.INFO,
    )


def _line_form(request, scope: Scope, *, initial=None):
    return LineForm(
        posted(request),
        initial=initial,
        services_qs=scope.services().filter(is_active=True),
    )


def _render_line_form(request, form, plan, line=None):
    return render(
        request,
        "provision/line_form.jinja",
        {
            "form": form,
            "plan": plan,
            "line": line,
            "back_href": reverse("provision:line", args=[line.pk])
            if line
            else reverse("provision:plan", args=[plan.pk]),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("provision.change_lines")
def line_new(request, pk: int):
    scope = Scope.for_user(request.user)
    plan = _plan(scope, pk)
    form = _line_form(request, scope, initial={"starts_on": plan.issued_on})
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.add_line(plan, data, auditor=auditor, user=request.user),
        done=lambda line: f"Line {line.reference} added",
        to=reverse("provision:plan", args=[plan.pk]),
    )
    if done:
        return done
    Auditor.from_request(request).view(plan)
    return _render_line_form(request, form, plan)


@require_http_methods(["GET", "POST"])
@rule_required("provision.change_lines")
def paste(request, pk: int):
    """Section G pasted: each statement a proposed line, added when the DCO team confirms
    (then corrected line by line). A simple general reader (``domain.propose_lines``)."""
    scope = Scope.for_user(request.user)
    plan = _plan(scope, pk)
    services_qs = scope.services().filter(is_active=True)
    confirming = request.POST.get("confirm") == "yes"
    form = PasteForm(posted(request), services_qs=services_qs, confirming=confirming)
    proposals = form.proposals
    if confirming and proposals:
        done = save_form(
            request,
            form,
            lambda data, *, auditor: services.add_proposed_lines(
                plan, proposals, data["service"], auditor=auditor, user=request.user
            ),
            done=lambda lines: f"{len(lines)} lines added from Section G",
            to=reverse("provision:plan", args=[plan.pk]),
        )
        if done:
            return done
    if not form.is_bound or "section_g" in form.errors:
        Auditor.from_request(request).view(plan)
    return render(
        request,
        "provision/paste.jinja",
        {
            "form": form,
            "plan": plan,
            "proposals": [
                [
                    {"text": p.what},
                    {"text": p.by_whom or "Not stated"},
                    {
                        "text": (
                            f"{p.count} {dict(Period.choices).get(p.period, '')}"
                            if p.count
                            else "Not stated"
                        )
                    },
                    {"text": f"{p.session_minutes} minutes" if p.session_minutes else "Not stated"},
                    {"text": "Vague: a finding" if p.vague else "Countable"},
                ]
                for p in proposals
            ],
            "services": services_qs.order_by("name"),
            "service_error": (form.errors.get("service") or [""])[0],
            "back_href": reverse("provision:plan", args=[plan.pk]),
        },
    )


@require_GET
@rule_required("provision.view_lines")
def line_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    line = _line(scope, pk)
    today = timezone.localdate()
    returns = list(scope.provision_returns().filter(line=line).order_by("-month")[:24])
    Auditor.from_request(request).view(line)
    summary = [
        ("Reference", line.reference),
        ("Child", line.child.full_name),
        ("EHC plan issued", format_date(line.plan.issued_on)),
        ("Service", str(line.service)),
        ("What", line.what),
        ("By whom", line.by_whom or "Not stated"),
        ("How often", frequency_text(line)),
        ("Session", session_text(line)),
        ("From", format_date(line.starts_on)),
        ("To", end_text(line)),
        (
            "Sessions expected a month",
            str(line.monthly_expected) if not line.vague else "Not known",
        ),
        ("Source", line.get_source_display()),
    ]
    if line.wording:
        summary.append(("As written", line.wording))
    last = domain.add_months(domain.first_of_month(today), -1)
    return render(
        request,
        "provision/line.jinja",
        {
            "line": line,
            "rows": [{"key": {"text": k}, "value": {"text": v}} for k, v in summary],
            "return_rows": [
                [{"text": month_label(r.month)}, month_cell(line, r, r.month)] for r in returns
            ],
            "last_month": month_label(last),
            "can_change": rules.has_perm("provision.change_lines", request.user),
            "can_record": rules.has_perm("provision.record_delivery", request.user)
            and not line.vague,
            "can_remind": rules.has_perm("provision.remind_service", request.user),
            "complaint_href": reverse("disagreements:new") + f"?child={line.child_id}"
            if rules.has_perm("disagreements.change_disagreement", request.user)
            else "",
            # Back to the line's plan, where its lines are listed (whoever sees the line sees
            # its plan, ``scoping.provision_plans``), not to the list of every line above it.
            "back_href": reverse("provision:plan", args=[line.plan_id]),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("provision.change_lines")
def line_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    line = _line(scope, pk)
    initial = initial_from(line, services.LINE_FIELDS)
    form = _line_form(request, scope, initial=initial)
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.update_line(line, data, auditor=auditor),
        done=f"Line {line.reference} updated",
        to=reverse("provision:line", args=[line.pk]),
    )
    if done:
        return done
    Auditor.from_request(request).view(line)
    return _render_line_form(request, form, line.plan, line)


@require_http_methods(["GET", "POST"])
@rule_required("provision.record_delivery")
def record(request, pk: int):
    """Record a month's delivery for a line (replacing the month's return if there is one)."""
    scope = Scope.for_user(request.user)
    line = _line(scope, pk)
    if line.vague:
        raise Http404
    today = timezone.localdate()
    last = domain.add_months(domain.first_of_month(today), -1)
    form = DeliveryForm(posted(request), line=line, initial={"month": last.strftime("%Y-%m")})
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.record_month(
            line, data, auditor=auditor, user=request.user
        ),
        done=lambda _: f"Delivery for {month_label(form.cleaned_data['month'])} recorded",
        to=reverse("provision:line", args=[line.pk]),
    )
    if done:
        return done
    Auditor.from_request(request).view(line)
    return render(
        request,
        "provision/record.jinja",
        {
            "form": form,
            "line": line,
            "frequency": frequency_text(line),
            "back_href": reverse("provision:line", args=[line.pk]),
        },
    )


def _chosen_month(value: str | None, today) -> tuple:
    """The month asked for (``YYYY-MM``, not personal) or last month; an error if it is after
    this month or not a month."""
    last = domain.add_months(domain.first_of_month(today), -1)
    if not value:
        return last, ""
    try:
        month = parse_month(value)
    except ValueError:
        return last, "Enter the month, for example 2026-01"
    if month > domain.first_of_month(today):
        return last, "The month must not be after this month"
    return month, ""


@require_http_methods(["GET", "POST"])
@rule_required("provision.record_delivery")
def record_plan_month(request, pk: int):
    """A month's delivery for all of a child's lines the user records for (a provider: its own
    services' lines) on one page. Every row is checked before anything is written (all or
    nothing); a row left empty stays not reported; what was typed is kept on an error."""
    scope = Scope.for_user(request.user)
    plan = _plan(scope, pk)
    today = timezone.localdate()
    is_post = request.method == "POST"
    month, month_error = _chosen_month(
        request.POST.get("month") if is_post else request.GET.get("month"), today
    )
    lines = [
        line
        for line in _lines(scope).filter(plan=plan, vague=False).filter(runs_in_q(month))
        if domain.expected_in_month(line.count, line.period, line.starts_on, line.ends_on, month)
    ]
    existing = {
        ret.line_id: ret
        for ret in scope.provision_returns().filter(line__in=[x.pk for x in lines], month=month)
    }
    initial = [
        {
            "delivered": ret.delivered,
            "not_delivered": ret.not_delivered or None,
            "reason": ret.reason,
        }
        if (ret := existing.get(line.pk))
        else {}
        for line in lines
    ]
    formset = MonthFormSet(posted(request), lines=lines, initial=initial, prefix="line")
    auditor = Auditor.from_request(request)
    if is_post and not month_error and lines and formset.is_valid():
        rows = [(form.line, form.cleaned_data) for form in formset.forms if form.entered]
        services.record_months(rows, month, auditor=auditor, user=request.user)
        messages.success(
            request,
            f"Delivery for {month_label(month)} recorded for "
            + ("1 line" if len(rows) == 1 else f"{len(rows)} lines"),
        )
        return redirect("provision:plan", pk=plan.pk)
    auditor.view(plan)
    errors = [{"text": month_error, "href": "#month"}] if month_error else []
    if is_post and not month_error and lines:
        errors += [{"text": e} for e in formset.non_form_errors()]
        for form in formset.forms:
            for name, found in form.errors.items():
                errors += [{"text": e, "href": f"#{form[name].auto_id}"} for e in found]
    months = domain.months_between(domain.add_months(today, -12), today)
    return render(
        request,
        "provision/record_month.jinja",
        {
            "plan": plan,
            "month": month,
            "month_text": month_label(month),
            "month_value": month.strftime("%Y-%m"),
            "month_items": [
                {"value": m.strftime("%Y-%m"), "text": month_label(m), "selected": m == month}
                for m in reversed(months)
            ],
            "errors": errors,
            "formset": formset,
            "rows": [
                {
                    "form": form,
                    "legend": f"{form.line.reference}: {form.line.what} ({form.line.service.name})",
                    "hint": f"{frequency_text(form.line)}; "
                    + domain_number(
                        domain.expected_in_month(
                            form.line.count,
                            form.line.period,
                            form.line.starts_on,
                            form.line.ends_on,
                            month,
                        )
                    )
                    + " sessions expected this month"
                    + ("; recorded before: change it below" if form.line.pk in existing else ""),
                }
                for form in formset.forms
            ],
            "back_href": reverse("provision:plan", args=[plan.pk]),
        },
    )


@require_POST
@rule_required("provision.remind_service")
def remind(request, pk: int):
    line = _line(Scope.for_user(request.user), pk)

    def remind_now(*, auditor):
        if not services.remind_service(
            line, auditor=auditor, user=request.user, today=timezone.localdate()
        ):
            raise ValidationError(f"{line.service.name} has no email address: no reminder sent")

    return run_action(
        request,
        remind_now,
        done=f"Reminder about {line.reference} sent to {line.service.name}",
        to=reverse("provision:line", args=[line.pk]),
        errors=(ValidationError,),
        refused_as=messages.WARNING,
    )


@require_http_methods(["GET", "POST"])
@rule_required("provision.record_delivery")
def import_returns(request):
    scope = Scope.for_user(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    row_errors: list[str] = []

    def import_file(data, *, auditor):
        result = services.import_returns(
            data["file"],
            scope.provision_lines(),
            today=timezone.localdate(),
            auditor=auditor,
            user=request.user,
        )
        if result.errors:
            raise services.ImportRefused(result.errors)
        return result

    def show_rows(error):
        errors = error.errors
        row_errors.extend(
            errors[:200] + ([f"... and {len(errors) - 200} more rows"] if len(errors) > 200 else [])
        )

    done = save_form(
        request,
        form,
        import_file,
        done=lambda result: (
            f"Imported {result.created + result.replaced} monthly returns "
            f"({result.created} new, {result.replaced} replaced)"
        ),
        to=reverse("provision:import"),
        errors=(services.ImportRefused,),
        refused=show_rows,
    )
    if done:
        return done
    return render(
        request,
        "provision/import.jinja",
        {"form": form, "row_errors": row_errors, "headers": HEADERS},
    )


@require_GET
@rule_required("provision.record_delivery")
def csv_template(request):
    """The user's countable lines running last month, one row each, to fill in: references
    and the month only (no child is named)."""
    scope = Scope.for_user(request.user)
    last = domain.add_months(domain.first_of_month(timezone.localdate()), -1)
    ids = (
        scope.provision_lines()
        .filter(runs_in_q(last), vague=False)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for pk in ids.iterator(chunk_size=5000):
        writer.writerow([f"PL-{pk:06d}", last.strftime("%Y-%m"), "", "", ""])
    response = HttpResponse(out.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="provision-return.csv"'
    return response


@require_GET
@rule_required("provision.view_shortfalls")
def shortfall_list(request):
    """Lines delivered under the DCO's threshold for reasons on the service's side."""
    scope = Scope.for_user(request.user)
    if not scope.is_dco:
        raise Http404
    today = timezone.localdate()
    policy = summary.current_policy(_icb_id(scope), today)
    first, last = domain.window(today, policy.months)
    found = kept_shortfalls(_lines(scope), policy.months)
    service = request.GET.get("service", "")
    count = None
    if service.isdigit():
        found = found.filter(service_id=int(service))
    elif not scope.la_ids and not scope.is_provider:
        # The DCO's lines are their ICBs' lines: the kept count is the list's length.
        count = summary.shortfall_count(scope.dco_icb_ids)
    page = paginate(request, found.order_by("plan_id", "pk"), count=count)
    shown = list(page.object_list)
    by_line = returns_by_line(scope.provision_returns(), [line.pk for line in shown], first, last)
    months = domain.months_between(first, last)
    audit_children(request, shown)
    return render(
        request,
        "provision/shortfalls.jinja",
        {
            "policy": policy,
            "first": month_label(first),
            "last": month_label(last),
            "head": SHORTFALL_HEAD,
            "rows": [shortfall_row(line, months, by_line.get(line.pk, {})) for line in shown],
            "page": page,
            "pagination": page_links(request, page),
            "services": scope.services().filter(is_active=True).order_by("name"),
            "service": service,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("provision.set_threshold")
def policy(request):
    scope = Scope.for_user(request.user)
    if not scope.is_dco:
        raise Http404
    current = services.policy_for(_icb_id(scope))
    form = PolicyForm(
        posted(request),
        initial=initial_from(current, ("threshold_percent", "months")),
    )
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.set_policy(
            _icb_id(scope),
            data["threshold_percent"],
            data["months"],
            auditor=auditor,
            user=request.user,
        ),
        done="Shortfall threshold saved",
        to=reverse("provision:shortfalls"),
    )
    if done:
        return done
    return render(
        request,
        "provision/policy.jinja",
        {"form": form, "back_href": reverse("provision:shortfalls")},
    )


@require_GET
@rule_required("provision.view_figures")
def figures_page(request):
    scope = Scope.for_user(request.user)
    if not scope.sees_figures:
        raise Http404
    today = timezone.localdate()
    policy = summary.current_policy(min(scope.figure_icb_ids), today)
    # The ICBs' lines marked short, from the kept count (``summary.ShortfallCount``).
    count = summary.shortfall_count(scope.figure_icb_ids)
    return render(
        request,
        "provision/figures.jinja",
        {"figures": figures.figures(scope, today, policy=policy, shortfall_count=count)},
    )
