from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

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
    # The search is a GET: what is searched for is in the address (history, logs). So a user
    # is found by their username (a role's or an identity provider's identifier), never by
    # their name or email address (docs/architecture.md, "Personal data hygiene"). The same
    # fields answer the API token page's user picker (``autocomplete_fields``).
    search_fields = ("username",)
    search_help_text = "Search by username (not a person's name or email address)"
    # What was searched for is not carried on into each user's address either.
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


# -- the other apps' admin pages that search people's sign-ins ------------------------------
# django-otp's devices search by email address too, django-axes' attempts by IP address and
# user agent; here each is found by username alone (and axes' by the page). Their pages are
# registered before this module is imported (INSTALLED_APPS order), so they are replaced.


class DeviceAdmin(TOTPDeviceAdmin):
    search_fields = ["user__username"]
    search_help_text = "Search by the user's username"


class _SignInAttemptSearch:
    search_fields = ["username", "path_info"]
    search_help_text = "Search by the username tried or the page (not an IP address)"


class AttemptAdmin(_SignInAttemptSearch, AccessAttemptAdmin):
    pass


class AttemptLogAdmin(_SignInAttemptSearch, AccessLogAdmin):
    pass


class FailureLogAdmin(_SignInAttemptSearch, AccessFailureLogAdmin):
    pass


for _model, _model_admin in (
    (TOTPDevice, DeviceAdmin),
    (AccessAttempt, AttemptAdmin),
    (AccessLog, AttemptLogAdmin),
    (AccessFailureLog, FailureLogAdmin),
):
    if admin.site.is_registered(_model):  # axes' only with AXES_ENABLE_ADMIN
        admin.site.unregister(_model)
        admin.site.register(_model, _model_admin)
