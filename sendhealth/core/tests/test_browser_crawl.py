"""The guard: a browser crawl of the demo area as every demo role.

The demo area (``core.seeding.seed_area``, what ``make demo`` makes) is seeded; each demo login
signs in through the real sign-in and two-factor pages, then follows, breadth-first, every
same-origin link it can reach from the page it lands on and the header's navigation. It never
submits a form (a filter is a link, so it is followed); it skips signing out; a download
(an export, a document) is fetched, not opened, and only its status is checked.

The crawl is bounded by URL *shape* (integer path segments become ``{id}``, the query string is
ignored): at most ``PER_SHAPE`` URLs of one shape, the first ones found (so the first few
filters of a list, the first few records of a kind), new shapes before more of a known one, and
at most ``ROLE_PAGES`` pages and a share of ``TOTAL_SECONDS`` per role. The first page of each
shape is opened in Chromium (its requests watched, axe-core run on it once for all roles);
the others, whose template has been seen, are fetched with the same signed-in cookies and
read as HTML (status, links, text, what they load), which is ten times quicker.

It fails, listing everything found with the role and the URL shape, on:

- a response of 500 or more (a page or a download);
- a link a page shows that answers 404 (or 403: a link the role may not follow);
- markup shown as text (``<a ``, ``&lt;``, ``&gt;`` in what the page says);
- a request to any origin other than the service, or one the content security policy refused;
- a serious or critical axe-core violation;
- a page below the top level (not the home page, a header navigation entry, the sign-in
  pages, the API's or Django's admin pages) without exactly one way up: an NHS.UK breadcrumb
  or a back link, never both, never neither, and not to the page itself; a top-level page
  with more than one (``core.navigation.wayfinding``).

Run with ``REQUIRE_BROWSER=1 .venv/bin/pytest sendhealth/core/tests/test_browser_crawl.py -s``
(``-s`` prints the pages crawled per role); the report is also written to
``test-artifacts/crawl.txt``.
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit

import pytest

from sendhealth.accounts.demo import DEMO_PASSWORD, DEMO_USERS
from sendhealth.accounts.models import User
from sendhealth.assurance.tests.factories import ensure_shipped_tools
from sendhealth.core import seeding
from sendhealth.core.tests import browser
from sendhealth.core.tests.browser import BrowserSession, blocking_violations, sign_in
from sendhealth.core.tests.test_wayfinding import ways_up

PER_SHAPE = 3  # URLs of one shape (the first found: the list, its first filters or records)
ROLE_PAGES = 150  # pages opened per role, at most
ROLE_SECONDS = 45.0  # per role, at most
TOTAL_SECONDS = 180.0  # for all roles' crawls (with seeding and signing in: under 4 minutes)
# Narrowest first, so the time a role does not need goes to the wider ones after it.
CRAWL_ORDER = (
    "board",
    "provider.salt",
    "provider.mh",
    "provider.community",
    "la.south",
    "la.north",
    "admin",
    "dmo",  # the DCO role again (a second approver): crawled briefly, before the wider ones
    "dcoteam",
    "dco",
)

# Known, and not failing: Django's own admin site (/system/, the system administrator's) writes
# inline styles (refused by the CSP, harmless) and its stock widgets fail some axe rules (the
# breadcrumbs' links, split date-time fields, inline formsets' unlabelled cells, the
# many-to-many selector's icons, select2). They are listed in the report; anything else under
# /system/ (an error, a broken link, markup as text, another origin) fails as anywhere else.
KNOWN = (
    ("refused by the content security policy", "/system/"),
    ("axe ", "/system/"),
)
SKIP_PATHS = ("/accounts/logout/", "/system/logout/")
# Pages with their own way about (the sign-in pages, the API's documentation, Django's admin
# with its breadcrumbs): not checked for one way up.
OWN_WAYFINDING = ("/accounts/", "/api/", "/system/")
DOWNLOAD = re.compile(r"(\.(csv|xlsx|pdf|docx)$|/export/|/document/)")
# What a page says (its text, not its source) must not show markup or an escaped entity.
MARKUP_AS_TEXT = re.compile(r"<a\s|</?(span|strong|br|p|ul|li|div)\b[^>]*>|&lt;|&gt;|&amp;")
INTEGER_SEGMENT = re.compile(r"(?<=/)\d+(?=/|$)")
# Cheap, per page: every same-origin link, absolute, without its fragment.
LINKS_JS = """() => Array.from(document.querySelectorAll('a[href]'),
  a => [a.href, (a.getAttribute('download') !== null)])"""


class HtmlPage(HTMLParser):
    """What a fetched page shows, read as the browser would: its links, its text (not inside
    script, style, template or textarea), and the addresses it loads things from."""

    HIDDEN = frozenset({"script", "style", "template", "textarea", "title"})
    LOADS = frozenset({"link", "script", "img", "iframe", "source", "video", "audio", "embed"})

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, bool]] = []
        self.loads: list[str] = []
        self.words: list[str] = []
        self._hidden = 0
        self.feed(html)
        self.close()

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append((values["href"], "download" in values))
        if tag in self.LOADS:
            self.loads += [values[a] for a in ("src", "href", "srcset") if values.get(a)]
        if tag in self.HIDDEN:
            self._hidden += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.words.append(data)


def url_shape(path: str) -> str:
    """``/advice/requests/12/`` -> ``/advice/requests/{id}/``; the query string is ignored."""
    return INTEGER_SEGMENT.sub("{id}", urlsplit(path).path)


def path_of(url: str) -> str:
    """The path and query of a same-origin URL, query keys sorted, no fragment."""
    parts = urlsplit(urldefrag(url)[0])
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.path + (f"?{query}" if query else "")


def is_download(path: str) -> bool:
    return bool(DOWNLOAD.search(urlsplit(path).path)) or "format=" in urlsplit(path).query


def markup_shown_as_text(text: str) -> list[str]:
    return sorted({m.group(0) for m in MARKUP_AS_TEXT.finditer(text)})


@dataclass
class Problem:
    role: str
    kind: str
    shape: str
    detail: str

    @property
    def known(self) -> bool:
        return any(
            self.kind.startswith(kind) and self.shape.startswith(shape) for kind, shape in KNOWN
        )

    def __str__(self) -> str:
        return f"[{self.role}] {self.kind}: {self.shape} - {self.detail[:300]}"


@dataclass
class RoleCrawl:
    """One demo login's crawl: the queue of links, what it saw and what it found."""

    role: str
    session: BrowserSession
    origin: str
    problems: list[Problem]
    queue: deque = field(default_factory=deque)
    more: deque = field(default_factory=deque)
    seen: set = field(default_factory=set)
    shapes: Counter = field(default_factory=Counter)
    rendered: set = field(default_factory=set)  # shared: shapes opened in Chromium, any role
    tops: set = field(default_factory=set)  # the header navigation's pages: the top level
    pages: int = 0
    fetched: int = 0
    downloads: int = 0
    skipped: int = 0
    seconds: float = 0.0
    current: str = ""
    timings: Counter = field(default_factory=Counter)

    def problem(self, kind: str, path: str, detail: str) -> None:
        """Record what is wrong, once per role, kind and URL shape."""
        found = Problem(self.role, kind, url_shape(path), detail)
        if not any(
            (p.role, p.kind, p.shape) == (self.role, kind, found.shape) for p in self.problems
        ):
            self.problems.append(found)

    def offer(self, url: str, referrer: str) -> None:
        """Queue a link the page shows, if it is this site's and its shape has room: the first
        of a shape in ``fresh`` (breadth-first), more of a shape in ``more``, opened only when
        there is no new shape left to open."""
        if urlsplit(url).scheme not in ("http", "https"):
            return
        if not url.startswith(self.origin + "/"):
            return  # a link to another site is not followed (and not a request)
        path = path_of(url)
        if path in self.seen or urlsplit(path).path.startswith(SKIP_PATHS):
            return
        self.seen.add(path)
        shape = url_shape(path)
        if self.shapes[shape] >= PER_SHAPE:
            self.skipped += 1
            return
        (self.more if self.shapes[shape] else self.queue).append((path, referrer))
        self.shapes[shape] += 1

    def on_request(self, request) -> None:
        url = request.url
        if url.startswith((self.origin + "/", "data:", "blob:", "about:")):
            return
        self.problem("request to another origin", self.current, url)

    def on_console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.problem("refused by the content security policy", self.current, message.text)

    def fetch(self, path: str, referrer: str) -> None:
        """A download: fetched with the signed-in cookies, status checked, never opened."""
        response = self.session.context.request.get(self.origin + path, max_redirects=0)
        self.downloads += 1
        self.check_status(path, referrer, response.status)

    def check_status(self, path: str, referrer: str, status: int) -> bool:
        if status >= 500:
            self.problem(f"server error {status}", path, f"{path} (linked from {referrer})")
        elif status in (403, 404):
            self.problem(f"link answers {status}", path, f"{path} (linked from {referrer})")
        else:
            return True
        return False

    def visit(self, path: str, referrer: str) -> None:
        """The first page of a shape (for any role) in Chromium; the others fetched."""
        if url_shape(path) in self.rendered:
            self.read(path, referrer)
        else:
            self.open(path, referrer)

    def open(self, path: str, referrer: str) -> None:
        page = self.session.page
        self.current = path
        started = time.monotonic()
        try:
            response = page.goto(self.origin + path, wait_until="load")
        except Exception as error:  # a link that turns out to be a download
            if "Download is starting" in str(error) or "ERR_ABORTED" in str(error):
                self.fetch(path, referrer)
                return
            raise
        self.pages += 1
        self.timings["open"] += time.monotonic() - started
        if response is None or not self.check_status(path, referrer, response.status):
            return
        if not page.url.startswith(self.origin + "/"):
            self.problem("link leaves the site", path, page.url)
            return
        landed = path_of(page.url)
        if "text/html" not in (response.header_value("content-type") or ""):
            return  # JSON (the API's schema), an image: its status is all there is to check
        self.check_text(landed, page.locator("body").inner_text())
        self.check_way_up(landed, page.content())
        shape = url_shape(landed)
        if shape not in self.rendered:
            self.rendered.add(shape)
            started = time.monotonic()
            violations = blocking_violations(browser._axe.run(page).response)
            self.timings["axe"] += time.monotonic() - started
            for v in violations:
                targets = "; ".join(", ".join(map(str, n["target"])) for n in v["nodes"][:3])
                self.problem(
                    f"axe {v['id']} ({v['impact']})", landed, f"{landed}: {v['help']} at {targets}"
                )
        for href, download in page.evaluate(LINKS_JS):
            self.follow(href, download, landed)

    def read(self, path: str, referrer: str) -> None:
        """A page whose shape Chromium has opened: fetched with the role's cookies and read."""
        started = time.monotonic()
        response = self.session.context.request.get(self.origin + path)
        self.pages += 1
        self.fetched += 1
        self.timings["read"] += time.monotonic() - started
        if not self.check_status(path, referrer, response.status):
            return
        if not response.url.startswith(self.origin + "/"):
            self.problem("link leaves the site", path, response.url)
            return
        landed = path_of(response.url)
        if "text/html" not in response.headers.get("content-type", ""):
            return
        html = HtmlPage(response.text())
        self.check_text(landed, html.text)
        self.check_way_up(landed, response.text())
        for load in html.loads:
            absolute = urljoin(response.url, load.split()[0])
            if not absolute.startswith((self.origin + "/", "data:")):
                self.problem("request to another origin", landed, f"{landed} loads {absolute}")
        for href, download in html.links:
            self.follow(urljoin(response.url, href), download, landed)

    def check_text(self, path: str, text: str) -> None:
        shown = markup_shown_as_text(text)
        if shown:
            self.problem("markup shown as text", path, f"{path}: {', '.join(shown)}")

    def check_way_up(self, path: str, html: str) -> None:
        """Exactly one way up (a breadcrumb or a back link) below the top level; at most one
        on a top-level page (the home page, a header navigation entry)."""
        bare = urlsplit(path).path
        if bare.startswith(OWN_WAYFINDING):
            return
        crumbs, backs = ways_up(html)
        ways = crumbs + len(backs)
        top = bare == "/" or bare in self.tops
        if ways > 1:
            self.problem("more than one way up", path, f"{path}: {crumbs} breadcrumbs, {backs}")
        elif ways == 0 and not top:
            self.problem("no breadcrumb or back link", path, path)
        elif backs and urlsplit(backs[0]).path == bare:
            self.problem("back link to the page itself", path, path)

    def follow(self, url: str, download: bool, referrer: str) -> None:
        if download and url.startswith(self.origin + "/"):
            self.fetch(path_of(url), referrer)
        else:
            self.offer(url, referrer)

    def run(self, deadline_seconds: float, max_pages: int) -> None:
        start = time.monotonic()
        page = self.session.page
        landing = path_of(page.url)
        self.current = landing
        self.seen.add(landing)
        self.shapes[url_shape(landing)] += 1
        self.queue.appendleft((landing, "sign-in"))
        for href in page.evaluate(
            "() => Array.from(document.querySelectorAll('header nav a[href]'), a => a.href)"
        ):
            self.tops.add(urlsplit(href).path)
            self.offer(href, "the navigation")
        while (self.queue or self.more) and self.pages < max_pages:
            if time.monotonic() - start > deadline_seconds:
                break
            path, referrer = (self.queue or self.more).popleft()
            if is_download(path):
                self.fetch(path, referrer)
            else:
                self.visit(path, referrer)
        self.seconds = time.monotonic() - start


def report(crawls: list[RoleCrawl], problems: list[Problem], seconds: float) -> str:
    lines = [
        f"Crawled the demo area as {len(crawls)} roles in {seconds:.0f} s, seeding included "
        f"(at most {PER_SHAPE} URLs a shape).",
        "role                 pages (in Chromium)  downloads  shapes  not reached  capped     s",
    ]
    for c in crawls:
        lines.append(
            f"{c.role:<20} {c.pages:>5} ({c.pages - c.fetched:>11})  {c.downloads:>9}  "
            f"{len(c.shapes):>6}  {len(c.queue) + len(c.more):>11}  {c.skipped:>6}  "
            f"{c.seconds:>4.0f}"
        )
    known = [p for p in problems if p.known]
    failing = [p for p in problems if not p.known]
    if known:
        lines.append(f"\n{len(known)} known, not failing (see KNOWN), by kind:")
        kinds = Counter(f"[{p.role}] {p.kind}" for p in known)
        lines += [f"- {kind}: {count} URL shapes" for kind, count in sorted(kinds.items())]
    if failing:
        lines.append(f"\n{len(failing)} problems:")
        lines += [f"- {p}" for p in failing]
    return "\n".join(lines)


@pytest.mark.browser
def test_every_page_each_demo_role_can_reach_works(chromium, live_server, transactional_db):
    started = time.monotonic()
    ensure_shipped_tools()
    seeding.seed_area(seeding.SeedOptions())
    problems: list[Problem] = []
    crawls: list[RoleCrawl] = []
    rendered: set[str] = set()
    only = [r for r in os.environ.get("CRAWL_ROLES", "").split(",") if r]
    roles = [u for u in CRAWL_ORDER if not only or u in only]
    assert sorted(CRAWL_ORDER) == sorted(u for u, _, _ in DEMO_USERS)
    crawl_started = time.monotonic()
    for number, username in enumerate(roles):
        # An equal share of what is left: a role that finishes early leaves its time to the
        # next ones (the DCO's, the widest, last).
        left = TOTAL_SECONDS - (time.monotonic() - crawl_started)
        budget = min(ROLE_SECONDS, max(5.0, left / (len(roles) - number)))
        context = chromium.new_context(base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(15_000)
        session = BrowserSession(live_server.url, context, context.new_page(), username)
        crawl = RoleCrawl(username, session, live_server.url, problems)
        crawl.rendered = rendered
        context.on("request", crawl.on_request)
        session.page.on("console", crawl.on_console)
        try:
            user = User.objects.get(username=username)
            sign_in(session, user, password=DEMO_PASSWORD, check=False)
            crawl.run(budget, ROLE_PAGES)
        except Exception as error:  # report it with the rest, and crawl the other roles
            crawl.problem("crawl stopped", crawl.current or "/", f"{type(error).__name__}: {error}")
        finally:
            context.close()
        crawls.append(crawl)
    text = report(crawls, problems, time.monotonic() - started)
    browser.ARTIFACTS.mkdir(exist_ok=True)
    (browser.ARTIFACTS / "crawl.txt").write_text(text + "\n")
    print("\n" + text)
    assert all(c.pages > 1 for c in crawls), "a role reached no page beyond its first"
    assert not [p for p in problems if not p.known], text


class TestTheCrawlsRules:
    def test_a_shape_replaces_integer_segments_and_ignores_the_query(self):
        assert url_shape("/advice/requests/12/route/?x=1") == "/advice/requests/{id}/route/"
        assert url_shape("/assurance/figures/scores.csv") == "/assurance/figures/scores.csv"
        assert url_shape("/system/accounts/user/3/change/") == "/system/accounts/user/{id}/change/"

    def test_a_path_keeps_its_query_in_a_stable_order_without_the_fragment(self):
        assert path_of("http://h/a/?b=2&a=1#top") == "/a/?a=1&b=2"

    @pytest.mark.parametrize(
        "path",
        [
            "/enquiries/export/?format=csv",
            "/transitions/queue.xlsx",
            "/advice/submissions/3/document/",
        ],
    )
    def test_exports_and_documents_are_downloads(self, path):
        assert is_download(path)

    def test_a_list_is_not_a_download(self):
        assert not is_download("/enquiries/?status=open")

    @pytest.mark.parametrize(
        "text",
        ['Spring <a class="nhsuk-link" href="/x/">', "Tom &amp; Jerry", "x &lt;b&gt;", "a</span>"],
    )
    def test_markup_or_an_entity_in_what_a_page_says_is_found(self, text):
        assert markup_shown_as_text(text)

    def test_plain_words_are_not(self):
        assert markup_shown_as_text("Scores < 50% and > 10 & rising; a → b") == []

    def test_a_fetched_page_is_read_as_the_browser_shows_it(self):
        page = HtmlPage(
            '<html><head><title>A &amp; B</title><link rel="stylesheet" href="/s.css">'
            '<script src="https://cdn.example/x.js"></script><style>a>b{}</style></head>'
            '<body><p>Tom &amp; Jerry &lt;3</p><a href="/x/?a=1">X</a>'
            '<a href="/e.csv" download>CSV</a><textarea>&lt;a href</textarea></body></html>'
        )
        assert page.links == [("/x/?a=1", False), ("/e.csv", True)]
        assert page.loads == ["/s.css", "https://cdn.example/x.js"]
        assert markup_shown_as_text(page.text) == []
        escaped = HtmlPage(
            '<p>&lt;a class="nhsuk-link" href="/r/1/"&gt;Spring &amp;amp; summer</p>'
        )
        assert markup_shown_as_text(escaped.text) == ["&amp;", "<a "]

    def test_a_page_below_the_top_level_needs_exactly_one_way_up(self):
        problems: list[Problem] = []
        crawl = RoleCrawl("x", None, "", problems)  # type: ignore[arg-type]
        crawl.tops = {"/children/"}
        back = '<a class="nhsuk-back-link" href="/children/">Back</a>'
        crumb = '<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol></ol>' + (
            '<a class="nhsuk-back-link" href="/">Home</a></nav>'
        )
        crawl.check_way_up("/children/", "<main></main>")  # the top level: the navigation
        crawl.check_way_up("/children/5/", back)
        crawl.check_way_up("/messages/", crumb)
        crawl.check_way_up("/accounts/login/", "")
        assert problems == []
        crawl.check_way_up("/children/6/edit/", "<main></main>")
        crawl.check_way_up("/children/7/x/", crumb + back)
        crawl.check_way_up("/children/", back.replace("/children/", "/children/"))
        crawl.check_way_up("/children/8/", back.replace("/children/", "/children/8/"))
        assert [p.kind for p in problems] == [
            "no breadcrumb or back link",
            "more than one way up",
            "back link to the page itself",
            "back link to the page itself",
        ]
