"""Editing audit tools in the system admin. A frozen version (used by a round) is read-only:
make a new draft version with the action instead."""

from django.contrib import admin, messages

from sendhealth.assurance import services
from sendhealth.assurance.models import (
    AuditTool,
    AuditToolVersion,
    ConceptTerm,
    Criterion,
    ToolSection,
)


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not _frozen(obj)

    has_add_permission = has_delete_permission = has_change_permission


def _frozen(obj) -> bool:
    version = getattr(obj, "version", obj)
    return bool(version is not None and getattr(version, "frozen", False))


@admin.register(ToolSection)
class ToolSectionAdmin(admin.ModelAdmin):
    list_display = ("title", "version", "order")
    list_select_related = ("version__tool",)
    inlines = [CriterionInline]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not _frozen(obj)


@admin.register(AuditToolVersion)
class AuditToolVersionAdmin(admin.ModelAdmin):
    list_display = ("tool", "number", "published", "frozen")
    list_select_related = ("tool",)
    readonly_fields = ("frozen",)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not _frozen(obj)


@admin.register(AuditTool)
class AuditToolAdmin(admin.ModelAdmin):
    list_display = ("name", "kind")
    actions = ["make_draft"]

    @admin.action(description="Make a new draft version to edit")
    def make_draft(self, request, queryset):
        for tool in queryset:
            draft = services.new_draft_version(tool)
            messages.info(request, f"{draft} made as a draft")


@admin.register(ConceptTerm)
class ConceptTermAdmin(admin.ModelAdmin):
    """Terms a DCO adds to the golden thread's concept lexicon (``checks/lexicon.py`` holds
    the shipped concepts and their clinical and lay terms)."""

    list_display = ("concept", "term", "clinical")
    list_filter = ("clinical", "concept")
    search_fields = ("concept", "term")
