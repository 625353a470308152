"""Panel and package pages: ``panels`` (meetings, their attendees and cases) and ``packages``
(a child's package, its split and its approval)."""

from sendhealth.panels.views.packages import (
    package_approve,
    package_detail,
    package_edit,
    package_export,
    package_list,
    package_new,
    package_reviews,
)
from sendhealth.panels.views.panels import (
    add_attendee,
    add_case,
    case_decision,
    panel_detail,
    panel_edit,
    panel_export,
    panel_list,
    panel_new,
)

__all__ = [
    "add_attendee",
    "add_case",
    "case_decision",
    "package_approve",
    "package_detail",
    "package_edit",
    "package_export",
    "package_list",
    "package_new",
    "package_reviews",
    "panel_detail",
    "panel_edit",
    "panel_export",
    "panel_list",
    "panel_new",
]
