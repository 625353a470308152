from django.contrib import admin

from sendhealth.organisations.models import Organisation, Service


class ServiceInline(admin.TabularInline):
    model = Service
    extra = 0
    fields = ("name", "specialty", "email", "is_active")


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "code", "parent", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("name", "code")
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)
    inlines = [ServiceInline]


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ("name", "provider", "specialty", "email", "is_active")
    list_filter = ("specialty", "is_active", "provider")
    search_fields = ("name",)
    list_select_related = ("provider",)
