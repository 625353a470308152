from django.contrib import admin

from sendhealth.core.models import AuditLog


@admin.register(AuditLog)
class AuditLogAdmin(admin.ModelAdmin):
    """Read-only: the audit trail is written by the service, never edited."""

    list_display = ("at", "actor", "system", "action", "object_type", "object_id", "child_id")
    list_filter = ("action", "object_type")
    search_fields = ("=object_id", "=child_id", "actor__username")
    list_select_related = ("actor",)
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
