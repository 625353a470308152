"""Frameworks are data an administrator keeps: load a version from a file
(``manage.py load_frameworks``) and edit its principles, statements and scale here."""

from django.contrib import admin

from sendhealth.improvement.models import Framework, Principle, RatingLevel, RatingScale, Statement


class RatingLevelInline(admin.TabularInline):
    model = RatingLevel
    extra = 0


@admin.register(RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    list_display = ("name",)
    inlines = [RatingLevelInline]


class PrincipleInline(admin.TabularInline):
    model = Principle
    extra = 0


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin):
    list_display = ("name", "version", "is_active")
    list_editable = ("is_active",)
    inlines = [PrincipleInline]


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0


@admin.register(Principle)
class PrincipleAdmin(admin.ModelAdmin):
    list_display = ("title", "framework", "order")
    list_select_related = ("framework",)
    list_filter = ("framework",)
    inlines = [StatementInline]
