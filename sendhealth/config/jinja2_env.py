"""The Jinja2 environment: our templates first, then the NHS.UK frontend components.

NHS.UK templates expect ``ChainableUndefined`` (missing nested options render as nothing).
"""

from django.contrib import messages
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from jinja2 import ChainableUndefined, ChoiceLoader, Environment, PackageLoader

from sendhealth.core import presenters
from sendhealth.core.navigation import nav_items


def url(name: str, *args, **kwargs) -> str:
    return reverse(name, args=args or None, kwargs=kwargs or None)


def environment(**options) -> Environment:
    loader = options.pop("loader", None)
    options["loader"] = ChoiceLoader([loader, PackageLoader("nhsuk_frontend_jinja")])
    options["undefined"] = ChainableUndefined
    options.setdefault("autoescape", True)
    options["extensions"] = [*options.get("extensions", []), "jinja2.ext.do"]
    env = Environment(**options)  # noqa: S701 (autoescape is on)
    env.globals.update(
        url=url,
        static=static,
        get_messages=messages.get_messages,
        today=lambda: timezone.localdate(),
        nav_items=nav_items,
        tag=presenters.tag,
        link=presenters.link,
        strong=presenters.strong,
    )
    env.filters.update(
        date=presenters.format_date,
        date_short=presenters.format_date_short,
        datetime=presenters.format_datetime,
        due=presenters.due_phrase,
        nhs_number=presenters.format_nhs_number,
        plural=presenters.plural,
    )
    return env
