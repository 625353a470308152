from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from sendhealth.accounts.models import ApiToken, Membership, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("organisation",)
    filter_horizontal = ("services",)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "full_name", "email", "is_active", "last_login")
    search_fields = ("username", "full_name", "email")
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Person", {"fields": ("full_name", "job_title", "email")}),
        ("Status", {"fields": ("is_active", "is_staff", "is_superuser", "last_login")}),
    )
    readonly_fields = ("last_login",)
    inlines = [MembershipInline]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "created_at", "last_used_at", "revoked")
    list_filter = ("revoked",)
    readonly_fields = ("token_hash", "created_at", "last_used_at")
    fields = ("user", "name", "revoked", "token_hash", "created_at", "last_used_at")

    def has_add_permission(self, request):
        return False  # issued with `manage.py issue_api_token`, which shows the token once
