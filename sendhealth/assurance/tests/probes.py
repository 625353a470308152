"""What one check finds in invented text: the helpers the checks' probe tests share."""

from sendhealth.assurance.checks import run_checks


def quotes(check: str, sections: dict[str, str], kind: str = "plan") -> list[str]:
    """The quotes of ``check``'s findings in ``sections``, as ``run_checks`` gives them."""
    return [f.quote for f in run_checks(sections, kind=kind) if f.check == check]


def outcome_quotes(text: str) -> list[str]:
    """The outcome lines of section E ``text`` that ``outcome_not_smart`` finds."""
    return quotes("outcome_not_smart", {"E": text})
