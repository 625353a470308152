"""Everything a page loads comes from the service itself: no fonts, styles, scripts or images
from another origin (which fail offline and tell a third party about every page view), and a
content security policy that allows no other origin. The browser crawl
(``test_browser_crawl.py``) checks the requests every reachable page makes."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

# Where a stylesheet loads something from: url(...) and @import "...".
CSS_REFERENCE = re.compile(r"""url\(\s*["']?([^"')\s]+)|@import\s+["']([^"']+)""")
# Where a page loads something from (links to other sites, <a href>, are not loads).
HTML_LOAD = re.compile(
    r"""<(?:link|script|img|iframe|source|video|audio|embed|object)\b[^>]*?"""
    r"""\b(?:src|href|data|srcset)\s*=\s*["']([^"']+)""",
    re.I,
)
OWN_SOURCES = {"'self'", "'none'", "data:"}


def elsewhere(reference: str) -> bool:
    """A reference to another origin: with a scheme (other than data:) or protocol-relative."""
    reference = reference.strip()
    return bool(
        re.match(r"(?i)([a-z][a-z0-9+.-]*:|//)", reference)
    ) and not reference.lower().startswith("data:")


def stylesheets() -> list[Path]:
    paths = []
    for finder in finders.get_finders():
        for path, storage in finder.list([]):
            if path.endswith(".css"):
                paths.append(Path(storage.path(path)))
    return sorted(paths)


class TestTheCheckItself:
    @pytest.mark.parametrize(
        "reference",
        ["https://assets.nhs.uk/fonts/x.woff2", "//cdn.example/x.js", "HTTP://a.b/c"],
    )
    def test_another_origin_is_found(self, reference):
        assert elsewhere(reference)

    @pytest.mark.parametrize(
        "reference", ["/assets/images/x.svg", "../fonts/x.woff2", "x.png", "data:image/png;x"]
    )
    def test_this_site_and_data_are_not(self, reference):
        assert not elsewhere(reference)


class TestStylesheets:
    def test_there_are_stylesheets_to_check(self):
        names = {path.name for path in stylesheets()}
        assert {"nhsuk-frontend.min.css", "sendhealth.css"} <= names

    def test_no_stylesheet_loads_anything_from_another_origin(self):
        offenders = []
        for path in stylesheets():
            for match in CSS_REFERENCE.finditer(path.read_text(encoding="utf-8")):
                reference = match.group(1) or match.group(2)
                if elsewhere(reference):
                    offenders.append(f"{path.name}: {reference}")
        assert offenders == []

    def test_text_falls_back_to_arial_without_the_licensed_frutiger_webfont(self):
        css = (
            Path(settings.BASE_DIR) / "core/static/vendor/nhsuk-frontend/nhsuk-frontend.min.css"
        ).read_text(encoding="utf-8")
        assert "@font-face" not in css
        assert "font-family:Frutiger W01,arial,sans-serif" in css


class TestPages:
    @pytest.mark.parametrize("path", ["/accounts/login/", "/", "/privacy/", "/api/docs"])
    def test_a_page_loads_nothing_from_another_origin(self, area, client_for, path):
        response = client_for(area.dco).get(path, follow=True)
        assert response.status_code == 200
        loads = HTML_LOAD.findall(response.content.decode())
        assert loads, "the page loads no stylesheet or script?"
        assert [src for src in loads if elsewhere(src)] == []


class TestContentSecurityPolicy:
    def test_the_policy_allows_no_other_origin(self, area, client_for):
        csp = client_for(area.dco).get("/privacy/")["Content-Security-Policy"]
        directives = {
            parts[0]: parts[1:] for parts in (d.split() for d in csp.split(";") if d.strip())
        }
        assert directives["font-src"] == ["'self'"]
        assert directives["default-src"] == ["'self'"]
        for name, sources in directives.items():
            others = [s for s in sources if s not in OWN_SOURCES and not s.startswith("'nonce-")]
            assert others == [], f"{name} allows {others}"
