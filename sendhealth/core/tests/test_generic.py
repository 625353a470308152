"""The views' shared shapes (``core.generic``): a form saved through a service, a confirmed
action, a form page, a list page and the DCO's ICB."""

from __future__ import annotations

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import Http404
from django.test import RequestFactory

from sendhealth.core import generic
from sendhealth.core.audit import Auditor
from sendhealth.core.scoping import Scope


class NameForm(forms.Form):
    name = forms.CharField()


class Refused(Exception):
    pass


class SignedIn:
    """A signed-in user as the auditor sees one (no database)."""

    is_authenticated = True


def request_for(method: str, data=None):
    factory = RequestFactory()
    request = factory.post("/thing/", data or {}) if method == "POST" else factory.get("/thing/")
    request.user = SignedIn()
    request._messages = CookieStorage(request)
    return request


def flashed(request):
    return [(m.level_tag, m.message) for m in get_messages(request)]


class TestPosted:
    def test_a_get_leaves_the_form_unbound(self):
        assert generic.posted(request_for("GET")) is None

    def test_a_post_binds_the_form_to_its_body(self):
        assert generic.posted(request_for("POST", {"name": "x"}))["name"] == "x"


def test_initial_from_reads_each_field_off_the_object():
    class Thing:
        title = "A"
        due_on = None
        other = "not asked for"

    assert generic.initial_from(Thing(), ("title", "due_on")) == {"title": "A", "due_on": None}


class TestSaveForm:
    def test_a_valid_post_calls_the_service_with_the_data_and_an_auditor_then_redirects(self):
        calls = []

        def save(data, auditor):
            calls.append((data, auditor))
            return "new-thing"

        request = request_for("POST", {"name": "Ada"})
        response = generic.save_form(
            request,
            NameForm(generic.posted(request)),
            save,
            done=lambda result: f"{result} saved",
            to=lambda result: f"/things/{result}/",
        )
        assert response.status_code == 302 and response.url == "/things/new-thing/"
        [(data, auditor)] = calls
        assert data == {"name": "Ada"} and isinstance(auditor, Auditor)
        assert auditor.path == "/thing/"
        assert flashed(request) == [("success", "new-thing saved")]

    def test_a_fixed_message_and_target(self):
        request = request_for("POST", {"name": "Ada"})
        response = generic.save_form(
            request, NameForm(request.POST), lambda data, auditor: None, done="Saved", to="/back/"
        )
        assert response.url == "/back/" and flashed(request) == [("success", "Saved")]

    def test_a_get_shows_the_page_and_saves_nothing(self):
        calls = []
        request = request_for("GET")
        form = NameForm(generic.posted(request))
        saved = generic.save_form(request, form, calls.append, done="Saved", to="/back/")
        assert saved is None and calls == [] and flashed(request) == []

    def test_an_invalid_form_shows_the_page_with_its_errors_and_saves_nothing(self):
        calls = []
        request = request_for("POST", {"name": ""})
        form = NameForm(request.POST)
        saved = generic.save_form(request, form, calls.append, done="Saved", to="/back/")
        assert saved is None and calls == [] and "name" in form.errors

    def test_a_refusal_the_view_names_becomes_the_forms_error(self):
        def save(data, auditor):
            raise Refused("Not now")

        request = request_for("POST", {"name": "Ada"})
        form = NameForm(request.POST)
        saved = generic.save_form(request, form, save, done="Saved", to="/back/", errors=(Refused,))
        assert saved is None and form.non_field_errors() == ["Not now"]
        assert flashed(request) == []

    def test_an_error_the_view_does_not_name_is_not_swallowed(self):
        def save(data, auditor):
            raise Refused("Not now")

        request = request_for("POST", {"name": "Ada"})
        with pytest.raises(Refused):
            generic.save_form(request, NameForm(request.POST), save, done="Saved", to="/")


class TestRunAction:
    def test_the_action_gets_an_auditor_and_its_message_then_redirects(self):
        calls = []
        request = request_for("POST")
        response = generic.run_action(
            request, lambda auditor: calls.append(auditor), done="Removed", to="/list/"
        )
        assert response.url == "/list/" and isinstance(calls[0], Auditor)
        assert flashed(request) == [("success", "Removed")]

    def test_a_refusal_is_an_error_message_and_still_redirects(self):
        def act(auditor):
            raise Refused("It has actions: remove them first.")

        request = request_for("POST")
        response = generic.run_action(request, act, done="Removed", to="/list/", errors=(Refused,))
        assert response.url == "/list/"
        assert flashed(request) == [("error", "It has actions: remove them first.")]

    def test_the_message_may_name_what_the_action_returned(self):
        request = request_for("POST")
        generic.run_action(
            request, lambda auditor: "Q3", done=lambda q: f"{q} published", to="/list/"
        )
        assert flashed(request) == [("success", "Q3 published")]


def test_form_page_gives_the_template_the_form_its_errors_and_the_context(monkeypatch):
    shown = {}
    monkeypatch.setattr(
        generic, "render", lambda request, template, context: shown.update(context) or template
    )
    form = NameForm({"name": ""})
    page = generic.form_page(request_for("GET"), "things/form.jinja", form, back="/b/")
    assert page == "things/form.jinja"
    assert shown == {"form": form, "form_has_errors": True, "back": "/b/"}


def test_list_page_gives_one_page_of_rows_and_the_links(settings):
    settings.PAGE_SIZE = 2
    factory = RequestFactory()
    request = factory.get("/things/", {"page": "2", "q": "x"})
    listed = generic.list_page(request, [1, 2, 3, 4, 5], lambda n: [{"text": n * 10}])
    assert listed["rows"] == [[{"text": 30}], [{"text": 40}]]
    assert listed["page"].number == 2
    assert listed["pagination"] == {
        "previous": {"href": "?page=1&q=x"},
        "next": {"href": "?page=3&q=x"},
    }


@pytest.mark.django_db
class TestDcoIcb:
    def test_a_dco_records_for_their_icb(self, area):
        assert generic.dco_icb(Scope.for_user(area.dco)) == area.icb

    @pytest.mark.parametrize("who", ["la_user", "provider_user", "board", "nobody"])
    def test_anyone_in_no_dco_team_gets_not_found(self, area, who):
        with pytest.raises(Http404):
            generic.dco_icb(Scope.for_user(getattr(area, who)))
