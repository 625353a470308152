"""The automatic checks as auditors have judged them: each check's live precision from their
verdicts, which checks are advisory (below the DCO's level), and the verdicts as labelled
cases to grow the checks' corpus."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.assurance import services
from sendhealth.assurance.checks import measured
from sendhealth.assurance.forms import CheckPolicyForm
from sendhealth.core.audit import Auditor
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope


@require_http_methods(["GET", "POST"])
@rule_required("assurance.manage_rounds")
def checks(request):
    scope = Scope.for_user(request.user)
    icb_ids = sorted(scope.dco_icb_ids)
    policy = services.policy_for(icb_ids)
    if request.method == "POST":
        form = CheckPolicyForm(request.POST)
        if form.is_valid() and icb_ids:
            services.set_policy(
                icb_ids[0],
                advisory_below=form.cleaned_data["advisory_below"],
                minimum_verdicts=form.cleaned_data["minimum_verdicts"],
                auditor=Auditor.from_request(request),
            )
            messages.success(request, "The advisory level is saved")
            return redirect("assurance:checks")
    else:
        form = CheckPolicyForm(
            initial={
                "advisory_below": CheckPolicyForm.initial_percent(policy.advisory_below),
                "minimum_verdicts": policy.minimum_verdicts,
            }
        )
    precisions = services.check_precisions(scope.assurance_verdicts(), policy)
    return render(
        request,
        "assurance/checks.jinja",
        {"precisions": precisions, "form": form, "policy": policy, "blind": measured.current()},
    )


@require_GET
@rule_required("assurance.manage_rounds")
def checks_export(request):
    """The verdicts as labelled cases (JSON) for the checks' corpus. The cases quote the
    children's plans and advice: anonymise them before they go into the corpus."""
    scope = Scope.for_user(request.user)
    verdicts = scope.assurance_verdicts().select_related("item")
    items = {v.item_id: v.item for v in verdicts}
    Auditor.from_request(request).view_many("assurance.AuditItem", list(items.values()))
    body = json.dumps(services.verdicts_as_cases(verdicts), indent=2)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="finding-verdicts.json"'
    return response
