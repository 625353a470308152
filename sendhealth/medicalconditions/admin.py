"""Condition areas are data the system admin keeps (a short list; plans refer to them)."""

from django.contrib import admin

from sendhealth.medicalconditions.models import ConditionArea


@admin.register(ConditionArea)
class ConditionAreaAdmin(admin.ModelAdmin):
    list_display = ("name", "may_need_emergency_medication", "order", "is_active")
    list_editable = ("may_need_emergency_medication", "order", "is_active")
