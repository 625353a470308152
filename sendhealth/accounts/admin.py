from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from sendhealth.accounts.models import (
    ApiToken,
    ExternalIdentity,
    IdentityProviderPolicy,
    Membership,
    SignInMethod,
    SignInRecord,
    User,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("organisation",)
    filter_horizontal = ("services",)


class ExternalIdentityInline(admin.TabularInline):
    """The user's links to identity providers, by the provider's subject identifier. Delete a
    link to stop that provider signing the person in as this user."""

    model = ExternalIdentity
    extra = 0
    fields = ("provider", "subject", "created_at", "last_sign_in_at", "assurance_level")
    readonly_fields = ("created_at", "last_sign_in_at", "assurance_level")


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "full_name", "email", "is_active", "last_sign_in")
    search_fields = ("username", "full_name", "email")
    # What was searched for (a person's name) is not carried on into each user's address.
    preserve_filters = False
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Person", {"fields": ("full_name", "job_title", "email")}),
        ("Status", {"fields": ("is_active", "is_staff", "is_superuser", "last_login")}),
    )
    readonly_fields = ("last_login",)
    inlines = [MembershipInline, ExternalIdentityInline]

    def get_queryset(self, request):
        last = SignInRecord.objects.filter(user=OuterRef("pk"), succeeded=True).order_by("-at")
        return (
            super()
            .get_queryset(request)
            .annotate(
                last_sign_in_at=Subquery(last.values("at")[:1]),
                last_sign_in_method=Subquery(last.values("method")[:1]),
                last_sign_in_provider=Subquery(last.values("provider")[:1]),
            )
        )

    @admin.display(description="Last sign-in (how)", ordering="last_sign_in_at")
    def last_sign_in(self, user) -> str:
        if user.last_sign_in_at is None:
            return "Never"
        when = timezone.localtime(user.last_sign_in_at).strftime("%-d %b %Y %H:%M")
        if user.last_sign_in_method == SignInMethod.PROVIDER:
            return f"{when} with {user.last_sign_in_provider}"
        return f"{when} with a password"


@admin.register(SignInRecord)
class SignInRecordAdmin(admin.ModelAdmin):
    """Every sign-in and refused sign-in. Read only: it is part of the audit trail."""

    list_display = ("at", "user", "method", "provider", "succeeded", "reason", "assurance_level")
    list_filter = ("succeeded", "method", "provider", "reason")
    search_fields = ("user__username",)
    preserve_filters = False
    list_select_related = ("user",)
    date_hierarchy = "at"
    show_full_result_count = False  # one row per sign-in: never counted whole on each page
    raw_id_fields = ("user",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(IdentityProviderPolicy)
class IdentityProviderPolicyAdmin(admin.ModelAdmin):
    """The assurance level roles that see personal data need, per provider (overrides
    ``OIDC_<NAME>_MIN_ASSURANCE``)."""

    list_display = ("provider", "minimum_assurance_level")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "created_at", "last_used_at", "revoked")
    list_filter = ("revoked",)
    list_select_related = ("user",)
    autocomplete_fields = ("user",)  # never a list of every user
    readonly_fields = ("token_hash", "created_at", "last_used_at")
    fields = ("user", "name", "revoked", "token_hash", "created_at", "last_used_at")

    def has_add_permission(self, request):
        return False  # issued with `manage.py issue_api_token`, which shows the token once
