"""A share (0 to 1) is shown to users as a whole percentage."""

from decimal import Decimal

from sendhealth.core.presenters import percent


def test_a_share_reads_as_a_percentage():
    assert percent(0.83) == "83%"
    assert percent(0.125) == "13%"
    assert percent(Decimal("0.5")) == "50%"
    assert percent(1) == "100%"
    assert percent(0.0) == "0%"
    assert percent(None) == "" and percent(None, "No verdicts") == "No verdicts"
