from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.contrib import admin
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from sendhealth.core.models import AuditLog

if TYPE_CHECKING:
    _AuditLogAdminBase = admin.ModelAdmin[AuditLog]
else:  # ModelAdmin is not subscriptable at run time
    _AuditLogAdminBase = admin.ModelAdmin


class ObjectTypeFilter(admin.SimpleListFilter):
    """The trail by what was read or changed. Its choices are the project's models, not
    ``SELECT DISTINCT object_type`` over the whole trail on every page (Django's filter on a
    field), which grows with every page anyone reads. An entry of another type (a few name a
    kind of thing, not a model) is still found by its type in the address or by its id."""

    title = "type"
    parameter_name = "object_type"

    def lookups(
        self, request: HttpRequest, model_admin: "admin.ModelAdmin[Any]"
    ) -> list[tuple[str, str]]:
        labels = sorted(
            model._meta.label
            for model in apps.get_models()
            if model.__module__.startswith("sendhealth.")
        )
        return [(label, label) for label in labels]

    def queryset(self, request: HttpRequest, queryset: QuerySet[AuditLog]) -> QuerySet[AuditLog]:
        return queryset.filter(object_type=self.value()) if self.value() else queryset


class TimeFilter(admin.DateFieldListFilter):
    """The trail by fixed ranges of time (today, the past 7 days, this month, this year), titled
    "By time" rather than by the field's name ("at")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = "time"


@admin.register(AuditLog)
class AuditLogAdmin(_AuditLogAdminBase):
    """Read-only: the audit trail is written by the service, never edited."""

    list_display = ("at", "actor", "system", "action", "object_type", "object_id", "child_id")
    # By time through fixed ranges (today, the past 7 days, this month, this year), not a
    # date hierarchy, whose links are a DISTINCT of years, months or days over the trail.
    list_filter = (("at", TimeFilter), "action", ObjectTypeFilter)
    search_fields = ("=object_id", "=child_id", "actor__username")
    search_help_text = "Search by a child's id or a record's id (digits), or by username."
    list_select_related = ("actor",)
    # The trail grows with every page read: no count of the whole table on each page, and
    # the actor shown by id, never a list of every user.
    show_full_result_count = False
    raw_id_fields = ("actor",)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[AuditLog], search_term: str
    ) -> tuple[QuerySet[AuditLog], bool]:
        """The ``search_fields`` above, by lookups the trail's indexes can use: Django's ``=``
        is ``iexact``, which compares ``UPPER(child_id::text)`` and reads the whole trail. An id
        is digits, so a term of digits is a child's or a record's id (exact), anything else a
        username (``object_id`` also holds a few non-numeric keys, matched exactly)."""
        term = search_term.strip()
        if not term:
            return queryset, False
        if term.isdigit():
            return queryset.filter(Q(child_id=int(term)) | Q(object_id=term)), False
        return queryset.filter(Q(actor__username__icontains=term) | Q(object_id=term)), False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditLog | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditLog | None = None) -> bool:
        return False
