"""The kept summary (``summary``) always equals the figures worked out from scratch, after any
sequence of changes: lines added, corrected and deleted, months recorded, replaced and deleted,
CSV imports (good and bad), the threshold changed and the window moving on a month."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.core.audit import Auditor
from sendhealth.provision import domain, services, summary
from sendhealth.provision.models import DeliveryMonth, MonthlyReturn, PlanLine
from sendhealth.provision.queries import kept_shortfalls, shortfalls_from_scratch
from sendhealth.provision.tests.factories import MonthlyReturnFactory, PlanLineFactory
from sendhealth.transitions.models import EhcPlan
from sendhealth.transitions.tests.factories import EhcPlanFactory

REASONS = ["", "absent", "setting_closed", "family_declined", "staffing", "other"]
PERIODS = ["week", "half_term", "term", "year", "one_off"]


def _expected_months() -> dict:
    """The monthly sums, from the returns themselves."""
    out: dict = {}
    for ret in MonthlyReturn.objects.all():
        key = (ret.icb_id, ret.provider_id, ret.service_id, ret.month)
        row = out.setdefault(
            key,
            {"returns": 0, "delivered": 0, "expected": Decimal(0)}
            | dict.fromkeys(summary.REASONS, 0)
            | {f"{r}_returns": 0 for r in summary.REASONS},
        )
        row["returns"] += 1
        row["delivered"] += ret.delivered
        row["expected"] += ret.expected
        if ret.reason in summary.REASONS:
            row[ret.reason] += ret.not_delivered
            row[f"{ret.reason}_returns"] += 1 if ret.not_delivered else 0
    return out


def _kept_months() -> dict:
    fields = ["returns", "delivered", "expected", *summary.REASONS]
    fields += [f"{r}_returns" for r in summary.REASONS]
    return {
        (row.icb_id, row.provider_id, row.service_id, row.month): {
            f: getattr(row, f) for f in fields
        }
        for row in DeliveryMonth.objects.all()
    }


def _unreported_from_scratch(last: date) -> set[int]:
    found = set()
    reported = set(MonthlyReturn.objects.filter(month=last).values_list("line_id", flat=True))
    for line in PlanLine.objects.all():
        expects = domain.expected_in_month(
            line.count, line.period, line.starts_on, line.ends_on, last
        )
        if not line.vague and expects and line.pk not in reported:
            found.add(line.pk)
    return found


def assert_kept_equals_scratch(icb_id: int, today: date) -> None:
    policy = summary.current_policy(icb_id, today)
    assert _kept_months() == _expected_months()
    first, last = domain.window(today, policy.months)
    lines = PlanLine.objects.filter(icb_id=icb_id)
    scratch = {
        line.pk: (line.delivered, line.excused, line.missed, line.reported)
        for line in shortfalls_from_scratch(lines, first, last, policy.threshold_percent)
    }
    kept = {
        line.pk: (line.delivered, line.excused, line.missed, line.reported)
        for line in kept_shortfalls(lines, policy.months)
    }
    assert kept == scratch
    # The kept count of the ICB's short lines (appended changes, collapsed when the window
    # moves on) is the number of shortfalls worked out from scratch.
    assert summary.shortfall_count([icb_id]) == len(scratch)
    assert set(lines.filter(unreported_last=True).values_list("pk", flat=True)) == (
        _unreported_from_scratch(last)
    )


line_data = st.fixed_dictionaries(
    {
        "service": st.integers(0, 1),
        "count": st.integers(1, 3),
        "period": st.sampled_from(PERIODS),
        "starts_back": st.integers(0, 8),
        "runs": st.one_of(st.none(), st.integers(0, 8)),
        "vague": st.booleans(),
    }
)
a_month = st.fixed_dictionaries(
    {
        "line": st.integers(0, 5),
        "back": st.integers(1, 7),
        "delivered": st.integers(0, 4),
        "not_delivered": st.integers(0, 3),
        "reason": st.sampled_from(REASONS),
    }
)
change = st.one_of(
    st.tuples(st.just("add"), line_data),
    st.tuples(st.just("edit"), st.integers(0, 5), line_data),
    st.tuples(st.just("delete_line"), st.integers(0, 5)),
    # A line read, its standing changed by a return recorded after, then the line (as read
    # before the change) deleted.
    st.tuples(st.just("delete_stale_line"), st.integers(0, 5), a_month),
    st.tuples(st.just("delete_plan"), st.just(None)),
    st.tuples(st.just("record"), a_month),
    st.tuples(st.just("factory"), a_month),
    st.tuples(st.just("delete_return"), st.integers(0, 30)),
    # A good import (rows only for lines that ran that month) or one that may have bad rows.
    st.tuples(st.just("import"), st.lists(a_month, max_size=6), st.booleans()),
    st.tuples(st.just("policy"), st.integers(10, 100), st.integers(1, 6)),
    st.tuples(st.just("next_month"), st.just(None)),
)


def _data(area, spec, today: date) -> dict:
    starts = domain.add_months(domain.first_of_month(today), -spec["starts_back"])
    starts = starts + timedelta(days=9)
    return {
        "service": [area.salt, area.ot][spec["service"]],
        "what": "Therapy",
        "by_whom": "",
        "count": spec["count"],
        "period": spec["period"],
        "session_minutes": 30,
        "starts_on": starts,
        "ends_on": None
        if spec["runs"] is None
        else domain.add_months(domain.first_of_month(starts), spec["runs"]),
        "vague": spec["vague"],
    }


def _apply(area, plan, step, today: date, auditor: Auditor) -> date:
    lines = list(PlanLine.objects.order_by("pk"))
    kind = step[0]
    if kind == "add":
        services.add_line(plan, _data(area, step[1], today), auditor=auditor)
    elif kind == "edit" and lines:
        line = lines[step[1] % len(lines)]
        services.update_line(line, _data(area, step[2], today), auditor=auditor)
    elif kind == "delete_line" and lines:
        lines[step[1] % len(lines)].delete()
    elif kind == "delete_stale_line" and lines:
        stale = lines[step[1] % len(lines)]
        spec = step[2]
        month = domain.add_months(domain.first_of_month(today), -spec["back"])
        services.record_month(
            PlanLine.objects.get(pk=stale.pk),
            {
                "month": month,
                "delivered": spec["delivered"],
                "not_delivered": spec["not_delivered"],
                "reason": spec["reason"],
            },
            auditor=auditor,
        )
        stale.delete()
    elif kind == "delete_plan":
        # Its lines go with it (a cascade, each through the keeping's signals); the changes
        # after add lines to another plan of the same child.
        EhcPlan.objects.filter(pk=plan.pk).delete()
        plan.__dict__.update(EhcPlanFactory(child=plan.child).__dict__)
    elif kind in ("record", "factory") and lines:
        spec = step[1]
        line = lines[spec["line"] % len(lines)]
        month = domain.add_months(domain.first_of_month(today), -spec["back"])
        data = {
            "month": month,
            "delivered": spec["delivered"],
            "not_delivered": spec["not_delivered"],
            "reason": spec["reason"],
        }
        if kind == "record":
            services.record_month(line, data, auditor=auditor)
        elif not MonthlyReturn.objects.filter(line=line, month=month).exists():
            MonthlyReturnFactory(line=line, **data)
    elif kind == "delete_return":
        returns = list(MonthlyReturn.objects.order_by("pk"))
        if returns:
            returns[step[1] % len(returns)].delete()
    elif kind == "import" and lines:
        rows, seen = [], set()
        for spec in step[1]:
            line = lines[spec["line"] % len(lines)]
            month = domain.add_months(domain.first_of_month(today), -spec["back"])
            runs = not line.vague and domain.runs_in(month, line.starts_on, line.ends_on)
            if (line.pk, month) in seen or not (runs or step[2]):
                continue
            seen.add((line.pk, month))
            reason = spec["reason"] if spec["not_delivered"] else ""
            nd = spec["not_delivered"] if reason else 0
            rows.append(f"{line.reference},{month:%Y-%m},{spec['delivered']},{nd},{reason}")
        text = "Line reference,Month,Sessions delivered,Sessions not delivered,"
        text += "Reason not delivered\n" + "\n".join(rows) + "\n"
        result = services.import_returns(
            text, PlanLine.objects.all(), today=today, auditor=auditor, user=None
        )
        assert step[2] or not rows or not result.errors, result.errors
    elif kind == "policy":
        services.set_policy(area.icb.pk, step[1], step[2], auditor=auditor, user=None)
    elif kind == "next_month":
        return domain.add_months(domain.first_of_month(today), 1) + timedelta(days=3)
    return today


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(change, min_size=1, max_size=12))
def test_the_kept_summary_always_equals_the_figures_from_scratch(area, steps):
    auditor = Auditor.for_system("test")
    with transaction.atomic():
        plan = EhcPlanFactory(child__local_authority=area.la)
        today = timezone.localdate()
        summary.current_policy(area.icb.pk, today)
        for step in steps:
            today = _apply(area, plan, step, today, auditor)
            assert_kept_equals_scratch(area.icb.pk, today)
        transaction.set_rollback(True)


def test_the_rebuild_command_works_it_all_out_from_scratch(area):
    line = PlanLineFactory(service=area.salt, plan__child__local_authority=area.la)
    last = domain.add_months(domain.first_of_month(timezone.localdate()), -1)
    with summary.suspended():
        for back in range(3):
            MonthlyReturnFactory(
                line=line,
                month=domain.add_months(last, -back),
                delivered=0,
                not_delivered=3,
                reason="staffing",
            )
    assert not DeliveryMonth.objects.exists()
    call_command("rebuild_provision_summary")
    assert_kept_equals_scratch(line.icb_id, timezone.localdate())
    assert PlanLine.objects.get(pk=line.pk).short


def test_keeping_a_save_takes_the_same_queries_whatever_the_rows(area):
    plan = EhcPlanFactory(child__local_authority=area.la)
    last = domain.add_months(domain.first_of_month(timezone.localdate()), -1)
    summary.current_policy(area.icb.pk, timezone.localdate())
    data = {"month": last, "delivered": 1, "not_delivered": 2, "reason": "staffing"}
    auditor = Auditor.for_system("test")
    counts = []
    for more in (0, 6):
        for _ in range(more):
            MonthlyReturnFactory(line=PlanLineFactory(plan=plan, service=area.salt), month=last)
        line = PlanLineFactory(plan=plan, service=area.salt)
        with CaptureQueriesContext(connection) as queries:
            services.record_month(line, data, auditor=auditor)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_the_scheduled_task_moves_the_standing_on_to_a_new_month(area):
    from sendhealth.provision.models import ShortfallPolicy
    from sendhealth.provision.tasks import keep_provision_standing

    PlanLineFactory(service=area.salt, plan__child__local_authority=area.la)
    assert keep_provision_standing.call() == 1
    last = domain.add_months(domain.first_of_month(timezone.localdate()), -1)
    assert ShortfallPolicy.objects.get(icb=area.icb).standing_last == last


def test_a_line_deleted_as_read_before_its_standing_changed_counts_as_it_is_now(area):
    """The count follows the line's standing in the database, not a copy read before a
    refresh changed it (``summary._line_deleting`` reads it again, the line locked): a line
    short when read (nothing delivered yet), delivered in full since, then deleted as read."""
    today = timezone.localdate()
    summary.current_policy(area.icb.pk, today)
    line = PlanLineFactory(service=area.salt, plan__child__local_authority=area.la)
    stale = PlanLine.objects.get(pk=line.pk)
    assert stale.short
    assert summary.shortfall_count([area.icb.pk]) == 1
    last = domain.add_months(domain.first_of_month(today), -1)
    for back in range(6):
        MonthlyReturnFactory(
            line=line, month=domain.add_months(last, -back), delivered=40, not_delivered=0
        )
    assert not PlanLine.objects.get(pk=line.pk).short
    assert summary.shortfall_count([area.icb.pk]) == 0
    stale.delete()
    assert summary.shortfall_count([area.icb.pk]) == 0


def test_a_line_whose_delete_failed_keeps_following_its_returns(area):
    """A delete of a line that fails part way (rolled back) leaves nothing behind: the line's
    returns deleted later still move its standing and the ICB's count, as for any line."""
    from django.db.models.signals import post_delete

    today = timezone.localdate()
    summary.current_policy(area.icb.pk, today)
    line = PlanLineFactory(service=area.salt, plan__child__local_authority=area.la)
    last = domain.add_months(domain.first_of_month(today), -1)
    returns = [
        MonthlyReturnFactory(
            line=line, month=domain.add_months(last, -back), delivered=40, not_delivered=0
        )
        for back in range(6)
    ]
    assert not PlanLine.objects.get(pk=line.pk).short

    def fail(**kwargs):
        raise RuntimeError("the database went away")

    post_delete.connect(fail, sender=MonthlyReturn, dispatch_uid="test_fail")
    try:
        with transaction.atomic():
            PlanLine.objects.get(pk=line.pk).delete()
    except RuntimeError:
        pass
    finally:
        post_delete.disconnect(sender=MonthlyReturn, dispatch_uid="test_fail")
    assert PlanLine.objects.filter(pk=line.pk).exists()
    for ret in returns:
        ret.delete()
    assert PlanLine.objects.get(pk=line.pk).short  # nothing delivered any more
    assert summary.shortfall_count([area.icb.pk]) == 1
    assert_kept_equals_scratch(area.icb.pk, today)


def test_the_count_rows_collapse_into_one_when_the_window_moves_on(area):
    from sendhealth.provision.models import ShortfallCount, ShortfallPolicy

    today = timezone.localdate()
    summary.current_policy(area.icb.pk, today)
    last = domain.add_months(domain.first_of_month(today), -1)
    for _ in range(3):
        line = PlanLineFactory(service=area.salt, plan__child__local_authority=area.la)
        MonthlyReturnFactory.create_batch(
            1, line=line, month=last, delivered=0, not_delivered=3, reason="staffing"
        )
    before = summary.shortfall_count([area.icb.pk])
    ShortfallPolicy.objects.filter(icb=area.icb).update(standing_last=None)
    summary.current_policy(area.icb.pk, today)
    assert ShortfallCount.objects.filter(icb=area.icb).count() == 1
    assert (
        summary.shortfall_count([area.icb.pk])
        == before
        == (PlanLine.objects.filter(icb=area.icb, short=True).count())
    )
