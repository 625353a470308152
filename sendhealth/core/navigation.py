"""The header's navigation, by what the signed-in user's roles let them do."""

from django.urls import reverse

from sendhealth.core.scoping import Scope


def nav_items(request) -> list[dict]:
    user = request.user
    if not user.is_authenticated:
        return []
    scope = Scope.for_user(user)
    items: list[tuple[str, str]] = []
    casework = scope.is_dco or scope.is_la
    # In the order a DCO's day runs: the statutory advice clock first, then the point of
    # contact, then the registers, then assurance and figures.
    if scope.is_dco:
        items += [("Advice queue", "advice:queue"), ("Enquiries", "enquiries:list")]
    if scope.is_la:
        items += [("Advice requests", "advice:la_requests")]
    if scope.is_provider:
        items += [("Work tray", "advice:tray")]
    if casework:
        items += [("Children", "children:list")]
    if casework or scope.is_provider:
        items += [("Section 23", "notifications:list")]
    if casework:
        items += [
            ("Disagreements", "disagreements:list"),
            ("Panels and packages", "panels:list"),
            ("Safeguarding", "safeguarding:list"),
            ("Preparing for adulthood", "transitions:queue"),
        ]
    if scope.is_dco:
        items += [("Quality assurance", "assurance:rounds")]
    elif scope.is_la:
        items += [("Quality assurance", "assurance:plans")]
    elif scope.is_provider:
        items += [("Audit feedback", "assurance:feedback")]
    elif scope.board_icb_ids:
        items += [
            ("Quality assurance scores", "assurance:figures"),
            ("Disagreement figures", "disagreements:figures"),
        ]
    if scope.sees_figures:
        items += [("Dashboard", "insight:dashboard")]
    if user.is_staff:
        items += [("System admin", "admin:index")]
    seen, result = set(), []
    for text, name in items:
        href = reverse(name)
        if href in seen:
            continue
        seen.add(href)
        current = request.path.startswith(href) and href != "/"
        result.append({"text": text, "href": href, "current": current})
    return result
