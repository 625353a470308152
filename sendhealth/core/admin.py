from typing import TYPE_CHECKING

from django.contrib import admin
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
    list_select_related = ("actor",)
    date_hierarchy = "at"
    # The trail grows with every page read: no count of the whole table on each page, and
    # the actor shown by id, never a list of every user.
    show_full_result_count = False
    raw_id_fields = ("actor",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditLog | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditLog | None = None) -> bool:
        return False
