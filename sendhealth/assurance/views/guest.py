"""A guest auditor's page: one item, reached without an account through a time-limited link.

The link's token is stored only as a hash; it shows just that item's health sections, with the
child reduced to initials and age. An unknown or expired link sends a visitor to sign in and a
signed-in user to "page not found", so a token can never be told apart from a bad one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from sendhealth.assurance import domain, services
from sendhealth.assurance.forms import AuditForm
from sendhealth.assurance.models import AuditStatus
from sendhealth.assurance.views.audits import item_context
from sendhealth.core.audit import Auditor
from sendhealth.rules import age_on


@require_http_methods(["GET", "POST"])
def guest(request, token: str):
    audit = services.audit_for_guest_token(token)
    if audit is None:
        if not request.user.is_authenticated:
            return redirect_to_login("/")
        raise Http404
    item = services.guest_item(audit)
    child = item.child
    auditor = Auditor(
        system=f"guest-audit-{audit.pk}"[:50], ip_address=request.META.get("REMOTE_ADDR") or None
    )
    criteria = services.criteria_of(item.round.tool_version)
    editable = audit.status != AuditStatus.FINISHED
    if request.method == "POST" and editable:
        form = AuditForm(request.POST, criteria=criteria)
        if form.is_valid():
            services.save_ratings(
                audit,
                form.ratings(),
                finish=form.finishing,
                summary=form.cleaned_data["summary"],
                auditor=auditor,
            )
            messages.success(
                request, "Thank you: your audit is finished" if form.finishing else "Saved"
            )
            return redirect(request.path)
    else:
        initial = {"summary": audit.summary}
        for rating in audit.ratings.all():
            initial[f"rating_{rating.criterion_id}"] = rating.rating
            initial[f"comment_{rating.criterion_id}"] = rating.comment
        form = AuditForm(initial=initial, criteria=criteria)
    auditor.view(child)
    return render(
        request,
        "assurance/guest.jinja",
        {
            **item_context(item),
            "audit": audit,
            "form": form,
            "editable": editable,
            "child_initials": domain.initials(child.given_name, child.family_name),
            "child_age": age_on(child.date_of_birth, timezone.localdate()),
        },
    )
