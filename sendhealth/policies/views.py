"""SEND policies and procedures: the list (overdue reviews flagged), a policy's page with its
documents, recording and changing one, its review and a new document version. No child
appears here; a document download is audited."""

from __future__ import annotations

from functools import partial

import rules
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.generic import dco_icb, form_page, initial_from, list_page, posted, save_form
from sendhealth.core.models import AuditAction
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import format_datetime
from sendhealth.core.scoping import Scope
from sendhealth.core.uploads import ALLOWED, document_response
from sendhealth.policies import services
from sendhealth.policies.forms import DocumentForm, PolicyFilterForm, PolicyForm, ReviewForm
from sendhealth.policies.presenters import TABLE_HEAD, policy_row, review_tag, summary_rows
from sendhealth.policies.queries import due_soon_q, overdue_q


@require_GET
@rule_required("policies.view_policy")
def policy_list(request):
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    form = PolicyFilterForm(request.GET or None)
    found = scope.policies().select_related("owner_organisation")
    review = form.cleaned_data.get("review") if form.is_valid() else ""
    if review == "overdue":
        found = found.filter(overdue_q(today))
    elif review == "due_soon":
        found = found.filter(due_soon_q(today))
    return render(
        request,
        "policies/list.jinja",
        {
            "filter_form": form,
            "head": TABLE_HEAD,
            **list_page(
                request, found.order_by("review_due_on", "pk"), lambda p: policy_row(p, today)
            ),
            "overdue": scope.policies().filter(overdue_q(today)).count(),
            "can_change": rules.has_perm("policies.change_policy", request.user),
        },
    )


def _form_page(request, form, policy=None):
    return form_page(
        request,
        "policies/form.jinja",
        form,
        policy=policy,
        back_href=reverse("policies:detail", args=[policy.pk])
        if policy
        else reverse("policies:list"),
    )


@require_http_methods(["GET", "POST"])
@rule_required("policies.change_policy")
def policy_new(request):
    scope = Scope.for_user(request.user)
    if not scope.dco_icb_ids:
        raise Http404
    form = PolicyForm(posted(request), organisations=scope.policy_organisations())
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.record_policy(
            dco_icb(scope), data, auditor=auditor, user=request.user
        ),
        done=lambda policy: f"Policy {policy.reference} recorded",
        to=lambda policy: reverse("policies:detail", args=[policy.pk]),
    )
    return saved or _form_page(request, form)


def _policy(scope: Scope, pk: int):
    return get_object_or_404(scope.policies().select_related("owner_organisation"), pk=pk)


@require_GET
@rule_required("policies.view_policy")
def policy_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    policy = _policy(scope, pk)
    today = timezone.localdate()
    documents = list(scope.policy_documents().filter(policy=policy))
    return render(
        request,
        "policies/detail.jinja",
        {
            "policy": policy,
            "tag": review_tag(policy, today),
            "rows": summary_rows(policy, [o.name for o in policy.applies_to.order_by("name")]),
            "documents": [
                [
                    {
                        "text": f"Version {d.version} ({d.document_type.upper()})",
                        "href": reverse("policies:document", args=[d.pk]),
                    },
                    {"text": format_datetime(d.uploaded_at)},
                    {"text": f"{max(1, d.document_size // 1024)} KB", "format": "numeric"},
                ]
                for d in documents
            ],
            "can_change": rules.has_perm("policies.change_policy", request.user)
            and policy.icb_id in scope.dco_icb_ids,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("policies.change_policy")
def policy_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    policy = _policy(scope, pk)
    initial = initial_from(policy, services.EDIT_FIELDS)
    initial["applies_to"] = list(policy.applies_to.values_list("pk", flat=True))
    form = PolicyForm(
        posted(request),
        initial=initial,
        organisations=scope.policy_organisations(),
        with_retired=True,
    )
    saved = save_form(
        request,
        form,
        partial(services.update_policy, policy),
        done=f"Policy {policy.reference} updated",
        to=reverse("policies:detail", args=[policy.pk]),
    )
    return saved or _form_page(request, form, policy)


@require_http_methods(["GET", "POST"])
@rule_required("policies.change_policy")
def policy_review(request, pk: int):
    scope = Scope.for_user(request.user)
    policy = _policy(scope, pk)
    form = ReviewForm(posted(request), initial={"version": policy.version})
    back = reverse("policies:detail", args=[policy.pk])
    saved = save_form(
        request,
        form,
        partial(services.record_review, policy),
        done=f"Review of {policy.reference} recorded",
        to=back,
    )
    return saved or form_page(
        request,
        "policies/review.jinja",
        form,
        policy=policy,
        back_href=back,
    )


@require_http_methods(["GET", "POST"])
@rule_required("policies.change_policy")
def policy_upload(request, pk: int):
    scope = Scope.for_user(request.user)
    policy = _policy(scope, pk)
    form = DocumentForm(
        posted(request),
        request.FILES if request.method == "POST" else None,
        initial={"version": policy.version},
    )
    back = reverse("policies:detail", args=[policy.pk])
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.attach_document(
            policy,
            data["document"],
            form.document_type,
            data["version"],
            auditor=auditor,
            user=request.user,
        ),
        done=f"Document added to {policy.reference}",
        to=back,
    )
    return saved or form_page(request, "policies/upload.jinja", form, policy=policy, back_href=back)


@require_GET
@rule_required("policies.view_policy")
def document_download(request, pk: int):
    """A policy's document, as an attachment with a neutral name (audited)."""
    scope = Scope.for_user(request.user)
    document = get_object_or_404(scope.policy_documents().select_related("policy"), pk=pk)
    if document.document_type not in ALLOWED:
        raise Http404
    Auditor.from_request(request).record(AuditAction.DOWNLOAD, document)
    return document_response(
        document.document,
        document.document_type,
        f"{document.policy.reference}-v{document.version}",
    )
