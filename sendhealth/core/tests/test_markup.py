"""Links and other markup on pages: shown as links, never as their source text, and never built
by joining strings, so a name can neither break a page nor inject markup into it."""

import re
from datetime import timedelta
from pathlib import Path

from django.urls import reverse
from django.utils import timezone

from sendhealth.assurance.tests.factories import AuditFactory, AuditItemFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.presenters import link, strong
from sendhealth.disagreements.tests.factories import DisagreementFactory

SENDHEALTH = Path(__file__).resolve().parents[2]
ESCAPED_MARKUP = ("&lt;a ", "&lt;span", "&lt;strong", "&lt;br")


def assert_no_escaped_markup(body: str) -> None:
    for source in ESCAPED_MARKUP:
        assert source not in body, f"markup shown as text: {source}"


class TestTheLinkHelper:
    def test_a_link_escapes_its_address_and_its_words(self):
        html = link("/x/?a=1&b=2", 'Zoe "<b>" O\'Neill')
        assert html == (
            '<a class="nhsuk-link" href="/x/?a=1&amp;b=2">Zoe &#34;&lt;b&gt;&#34; O&#39;Neill</a>'
        )

    def test_a_link_can_say_which_one_it_is_to_a_screen_reader(self):
        html = link("/assign/", "Assign", "an auditor to <A1>")
        assert html == (
            '<a class="nhsuk-link" href="/assign/">Assign<span class="nhsuk-u-visually-hidden">'
            " an auditor to &lt;A1&gt;</span></a>"
        )

    def test_strong_escapes_its_words(self):
        assert strong("<i>") == "<strong>&lt;i&gt;</strong>"
        assert strong(0) == "<strong>0</strong>"


class TestTemplatesBuildNoMarkupFromStrings:
    """Joining a string of markup with an escaped value makes the whole escaped (the page shows
    ``<a class="nhsuk-link" ...>``); joining it with a raw value trusts the value. Templates
    use ``link()``, a table cell's ``href``, or a ``{% set %}`` block instead."""

    JINJA = re.compile(r"{{.*?}}|{%.*?%}", re.S)
    MARKUP_LITERAL = re.compile(r"""(["'])\s*</?[a-zA-Z][^"']*\1""")

    def templates(self):
        return sorted(SENDHEALTH.glob("*/jinja2/**/*.jinja"))

    def test_there_are_templates_to_check(self):
        assert len(self.templates()) > 50

    def test_no_template_expression_holds_a_string_of_markup(self):
        offenders = []
        for path in self.templates():
            for expression in self.JINJA.findall(path.read_text()):
                if self.MARKUP_LITERAL.search(expression):
                    offenders.append(f"{path.relative_to(SENDHEALTH)}: {expression[:100]}")
        assert offenders == []

    def test_only_the_table_macro_trusts_html_it_is_given(self):
        trusting = [
            str(path.relative_to(SENDHEALTH))
            for path in self.templates()
            if re.search(r"\|\s*safe\b", path.read_text())
        ]
        # The table's cells' html is trusted by ``core/tables.py`` (in Python), as the NHS.UK
        # table macro trusts it; no template trusts anything.
        assert trusting == []


class TestLinksOnPages:
    def test_the_audit_rounds_list_links_to_each_round(self, area, client_for):
        item = AuditItemFactory(
            plan__child=ChildFactory(local_authority=area.la),
            round__name="Spring & summer plans",
        )
        body = client_for(area.dco).get(reverse("assurance:rounds")).content.decode()
        assert_no_escaped_markup(body)
        href = reverse("assurance:round", args=[item.round_id])
        assert f'<a class="nhsuk-link" href="{href}">Spring &amp; summer plans</a>' in body

    def test_a_round_links_to_its_cases_and_to_assigning_each(self, area, client_for):
        item = AuditItemFactory(plan__child=ChildFactory(local_authority=area.la))
        page = reverse("assurance:round", args=[item.round_id])
        body = client_for(area.dco).get(page).content.decode()
        assert_no_escaped_markup(body)
        assert f'href="{reverse("assurance:item", args=[item.pk])}">{item.reference}<' in body
        assign = reverse("assurance:assign", args=[item.pk])
        assert re.search(
            rf'href="{assign}">Assign<span class="nhsuk-u-visually-hidden"> an auditor to '
            rf"{re.escape(item.reference)}</span></a>",
            body,
        )

    def test_an_audit_item_links_to_each_auditors_audit(self, area, client_for):
        audit = AuditFactory(
            item__plan__child=ChildFactory(local_authority=area.la),
            auditor=None,
            guest_name="Pat <O'Hara>",
        )
        body = client_for(area.dco).get(reverse("assurance:item", args=[audit.item_id]))
        body = body.content.decode()
        assert_no_escaped_markup(body.replace("&lt;O&#39;Hara&gt;", ""))
        href = reverse("assurance:audit", args=[audit.pk])
        assert f'<a class="nhsuk-link" href="{href}">Pat &lt;O&#39;Hara&gt; (guest)</a>' in body

    def test_every_disagreement_page_links_to_the_child(self, area, client_for):
        child = ChildFactory(local_authority=area.la, given_name="Zoë", family_name="O'Brien")
        # Decided, so a tribunal health recommendation may be recorded against it.
        disagreement = DisagreementFactory(
            child=child, outcome="upheld", outcome_on=timezone.localdate() - timedelta(days=7)
        )
        href = reverse("children:detail", args=[child.pk])
        client = client_for(area.dco)
        for page in (
            reverse("disagreements:detail", args=[disagreement.pk]),
            reverse("disagreements:edit", args=[disagreement.pk]),
            reverse("disagreements:add_recommendation", args=[disagreement.pk]),
        ):
            body = client.get(page).content.decode()
            assert_no_escaped_markup(body)
            assert f'<a class="nhsuk-link" href="{href}">Zoë O&#39;Brien</a>' in body, page
