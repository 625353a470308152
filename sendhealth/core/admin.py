from typing import TYPE_CHECKING

from django.contrib import admin
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from sendhealth.core.models import AuditLog

if TYPE_CHECKING:
    _AuditLogAdminBase = admin.ModelAdmin[AuditLog]
else:  # ModelAdmin is not subscriptable at run time
    _AuditLogAdminBase = admin.ModelAdmin


@admin.register(AuditLog)
class AuditLogAdmin(_AuditLogAdminBase):
    """Read-only: the audit trail is written by the service, never edited."""

    list_display = ("at", "actor", "system", "action", "object_type", "object_id", "child_id")
    list_filter = ("action", "object_type")
    search_fields = ("=object_id", "=child_id", "actor__username")
    search_help_text = "Search by a child's id or a record's id (digits), or by username."
    list_select_related = ("actor",)
    date_hierarchy = "at"
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
