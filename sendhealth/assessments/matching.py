"""Matching SEN2 people to the children's register, and linking what follows from a match.

SEN2 carries no NHS number, so a person is matched, in this order, by: a link already made
(the LA's person id kept from an earlier return); the UPN, or the ULN, of a person already
linked, with the same date of birth; or the name and date of birth of exactly one child of the
LA. Anyone else waits in the unmatched queue, where the LA links or registers each one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from django.db import connection
from django.db.models import Exists, F, Max, OuterRef, Subquery
from django.utils import timezone

from sendhealth import rules
from sendhealth.advice.models import AdviceRequest, ProvisionItem, ReviewDecision
from sendhealth.assessments.bulk import Update
from sendhealth.assessments.models import (
    MANUAL_PREFIX,
    Assessment,
    MatchMethod,
    Sen2Person,
    Sen2Record,
)
from sendhealth.children.models import Child
from sendhealth.core.audit import Auditor
from sendhealth.transitions.models import EhcPlan
from sendhealth.transitions.services import refresh_due_items


@lru_cache(maxsize=65_536)  # names repeat: surnames above all
def _key(name: str) -> str:
    text = name or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(filter(str.isalnum, text.lower()))


def match_return(ret) -> tuple[int, int]:
    """Match the return's unmatched people; returns (people in the return, matched)."""
    la_id = ret.local_authority_id
    by_name: dict = {}
    for pk, given, family, born in Child.objects.filter(local_authority_id=la_id).values_list(
        "pk", "given_name", "family_name", "date_of_birth"
    ):
        key = (born, _key(given), _key(family))
        by_name[key] = None if key in by_name else pk  # None: more than one child
    by_upn, by_uln = {}, {}
    for upn, uln, born, child in Sen2Person.objects.filter(
        local_authority_id=la_id, child__isnull=False
    ).values_list("upn", "uln", "birth_date", "child_id"):
        if upn:
            by_upn[(upn, born)] = child
        if uln:
            by_uln[(uln, born)] = child
    changed = []
    # Plain tuples, not model instances: a national return has 640,000 people waiting.
    waiting = Sen2Person.objects.filter(last_return=ret, child__isnull=True).values_list(
        "pk", "upn", "uln", "birth_date", "forename", "surname"
    )
    for pk, upn, uln, born, forename, surname in waiting.iterator(chunk_size=5000):
        child, method = None, MatchMethod.NONE
        if upn and (upn, born) in by_upn:
            child, method = by_upn[(upn, born)], MatchMethod.UPN
        elif uln and (uln, born) in by_uln:
            child, method = by_uln[(uln, born)], MatchMethod.ULN
        elif by_name:
            key = (born, _key(forename), _key(surname))
            if by_name.get(key):
                child, method = by_name[key], MatchMethod.NAME_DOB
        if child:
            changed.append((child, method, pk))
    Update(Sen2Person, ["child_id", "match_method"], ["id"]).run(changed)
    persons = Sen2Person.objects.filter(last_return=ret)
    return persons.count(), persons.filter(child__isnull=False).count()


def link_assessments(la_id: int, person_ids=None) -> None:
    """Copy each person's child to their assessments; link each assessment to the advice
    requests for the same child and request date, and its issued plan to the child's EHC plan
    (the transitions register's, made if the child has none)."""
    assessments = Assessment.objects.filter(local_authority_id=la_id, person__isnull=False)
    if person_ids is not None:
        assessments = assessments.filter(person_id__in=person_ids)
        assessments.update(
            child_id=Subquery(
                Sen2Person.objects.filter(pk=OuterRef("person_id")).values("child_id")
            )
        )
    else:
        _copy_children(la_id)
    linked = assessments.filter(child__isnull=False)
    by_request = {
        (child, received): pk
        for pk, child, received in linked.values_list("pk", "child_id", "received_on")
    }
    if not by_request:
        return
    # The LA's unlinked requests, read in a stream (no list of ids: SQLite caps parameters).
    requests = AdviceRequest.objects.filter(
        local_authority_id=la_id, assessment__isnull=True, child__isnull=False
    ).only("pk", "child_id", "la_received_on")
    found = []
    for advice in requests.iterator(chunk_size=5000):
        pk = by_request.get((advice.child_id, advice.la_received_on))
        if pk:
            advice.assessment_id = pk
            found.append(advice)
    Update(AdviceRequest, ["assessment_id"], ["id"]).run((a.assessment_id, a.pk) for a in found)
    link_plans(linked.filter(final_plan__isnull=True).exclude(named_plan_table_id=""))


def _copy_children(la_id: int) -> int:
    """Each of the LA's assessments takes its person's child, one set-based statement that
    writes only the rows whose child changes (a return of 640,000 people, most linked
    before, rewrites none of them)."""
    table, people = Assessment._meta.db_table, Sen2Person._meta.db_table
    differs = "IS DISTINCT FROM" if connection.vendor == "postgresql" else "IS NOT"
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET child_id = p.child_id FROM {people} p "  # noqa: S608 (model names)
            f"WHERE {table}.person_id = p.id AND {table}.local_authority_id = %s "
            f"AND {table}.child_id {differs} p.child_id",
            [la_id],
        )
        return cursor.rowcount


def link_plans(assessments, batch: int = 2000) -> int:
    """``link_plan`` for many assessments, a batch at a time: a few queries a batch, the new
    plans made with ``bulk_create``. Returns how many were linked."""
    linked = 0
    rows = assessments.order_by("pk").values_list(
        "pk", "child_id", "local_authority_id", "icb_id", "assessment_outcome_on",
        "plan_start_on", "plan_ceased_on",
    )  # fmt: skip
    pending: list = []
    for row in rows.iterator(chunk_size=batch):
        pending.append(row)
        if len(pending) >= batch:
            linked += _link_batch(pending)
            pending = []
    if pending:
        linked += _link_batch(pending)
    return linked


def _link_batch(rows) -> int:
    children = {r[1] for r in rows}
    free: dict = {}
    for pk, child, ceased, issued in (
        EhcPlan.objects.filter(child_id__in=children, assessment__isnull=True)
        .order_by("pk")
        .values_list("pk", "child_id", "ceased_on", "issued_on")
    ):
        free.setdefault(child, []).append((ceased, issued, pk))
    live_taken = set(
        EhcPlan.objects.filter(
            child_id__in=children, ceased_on__isnull=True, assessment__isnull=False
        ).values_list("child_id", flat=True)
    )
    links, new, new_for = [], [], []
    for pk, child, la, icb, outcome_on, start, ceased in rows:
        issued = outcome_on or start
        if issued is None:
            continue
        pool = free.get(child, [])
        if ceased is None:
            pool = [p for p in pool if p[0] is None]
        if pool:
            # The live plan first, else the latest issued (as ``link_plan``).
            chosen = min(pool, key=lambda p: (p[0] is not None, -(p[1].toordinal())))
            free[child].remove(chosen)
            links.append((chosen[2], pk))
            if chosen[0] is None:
                live_taken.add(child)
            continue
        if ceased is None:
            if child in live_taken:
                continue  # the child's live plan belongs to another assessment
            live_taken.add(child)
        new.append(
            EhcPlan(
                child_id=child,
                local_authority_id=la,
                icb_id=icb,
                issued_on=issued,
                ceased_on=ceased,
            )
        )
        new_for.append(pk)
    if new:
        EhcPlan.objects.bulk_create(new, batch_size=500)
        links += [(plan.pk, pk) for plan, pk in zip(new, new_for, strict=True)]
    Update(Assessment, ["final_plan_id"], ["id"]).run(links)
    if new:
        _lines_for_new_plans(new)
    return len(links)


def _lines_for_new_plans(plans: list[EhcPlan]) -> None:
    """A plan the LA's return shows final, new to sendhealth, gets its health provision lines
    from the child's accepted advice, as a plan recorded by hand does
    (``provision.services.plan_became_final``). One query finds the children with accepted
    advice, so a return of plans without any costs nothing more."""
    from sendhealth.provision.services import plan_became_final

    live = [p for p in plans if p.ceased_on is None]
    with_advice = set(
        ProvisionItem.objects.filter(
            submission__decision=ReviewDecision.ACCEPTED,
            submission__assignment__request__child_id__in=[p.child_id for p in live],
        ).values_list("submission__assignment__request__child_id", flat=True)
    )
    auditor = Auditor.for_system("SEN2 import")
    for plan in live:
        if plan.child_id in with_advice:
            plan_became_final(plan, auditor=auditor)


def link_plan(assessment: Assessment) -> EhcPlan | None:
    """The assessment's final plan is the child's EHC plan: the live one if there is one and no
    other assessment claims it, else a new one from the SEN2 dates."""
    issued = assessment.plan_issued_on
    if not assessment.child_id or issued is None:
        return None
    plans = EhcPlan.objects.filter(child_id=assessment.child_id, assessment__isnull=True)
    if assessment.plan_ceased_on is None:
        plans = plans.filter(ceased_on__isnull=True)  # a live plan is only ever the live one
    plan = plans.order_by(F("ceased_on").asc(nulls_first=True), "-issued_on").first()
    if plan is None:
        if (
            assessment.plan_ceased_on is None
            and EhcPlan.objects.filter(
                child_id=assessment.child_id, ceased_on__isnull=True
            ).exists()
        ):
            return None  # the child's live plan belongs to another assessment
        plan = EhcPlan.objects.create(
            child_id=assessment.child_id,
            local_authority_id=assessment.local_authority_id,
            icb_id=assessment.icb_id,
            issued_on=issued,
            ceased_on=assessment.plan_ceased_on,
        )
    assessment.final_plan = plan
    assessment.save(update_fields=["final_plan"])
    return plan


def drop_superseded_reviews(la_id: int) -> int:
    """A plan's 5a row that sendhealth made for a review recorded by hand (``SH-AP..``, when
    the LA's return had no 5a row for the request) gives way to the LA's own 5a row for the
    same request once a return carries one: the LA's return holds the same review, and two
    5a rows would go back out as two annual reviews. The review's dates stay on the
    transitions plan (``update_plans_from_reviews`` never moves them back). Returns how many
    rows went."""
    rows = Sen2Record.objects.filter(local_authority_id=la_id, module="activeplans")
    theirs = rows.filter(parent_table_id=OuterRef("parent_table_id")).exclude(
        table_id__startswith=MANUAL_PREFIX
    )
    ours = rows.filter(table_id__startswith=MANUAL_PREFIX).filter(Exists(theirs))
    return ours.delete()[0]


def update_plans_from_reviews(la_id: int, request_ids=None, chunk: int = 5000) -> int:
    """SEN2 5a (the plan's life) onto the transitions register's plan, which is the one plan:
    the latest annual review meeting moves ``last_reviewed_on`` forward (never back); the
    phase transfer's due date (reg 18(1): 15 February, or 31 March from secondary school to
    post-16, ``rules.phase_transfer_deadline``) gives the transfer year and kind, and its
    final date ``transfer_reviewed_on``. A chunk of plans at a time; the changed plans' due
    items are worked out again. Returns how many plans changed."""
    assessments = Assessment.objects.filter(
        local_authority_id=la_id, final_plan__isnull=False
    ).order_by("pk")
    if request_ids is not None:
        assessments = assessments.filter(requests_table_id__in=list(request_ids))
    rows = assessments.values_list(
        "requests_table_id", "final_plan_id", "final_plan__last_reviewed_on",
        "final_plan__next_transfer_year", "final_plan__transfer_to_post16",
        "final_plan__transfer_reviewed_on",
    )  # fmt: skip
    changed: list[tuple] = []
    pending: list = []
    now = timezone.now()

    def flush():
        facts = {
            r["parent_table_id"]: r
            for r in Sen2Record.objects.filter(
                local_authority_id=la_id,
                module="activeplans",
                parent_table_id__in=[p[0] for p in pending],
            )
            .order_by()
            .values("parent_table_id")
            .annotate(
                meeting=Max("review_meeting_on"),
                due=Max("phase_transfer_due_on"),
                final=Max("phase_transfer_final_on"),
            )
        }
        for request, plan, reviewed, year, post16, transfer_reviewed in pending:
            fact = facts.get(request)
            if fact is None:
                continue
            new = [reviewed, year, post16, transfer_reviewed]
            if fact["meeting"] and (reviewed is None or fact["meeting"] > reviewed):
                new[0] = fact["meeting"]
            if fact["due"]:
                new[1] = fact["due"].year
                new[2] = fact["due"] == rules.phase_transfer_deadline(fact["due"].year, True)
            if fact["final"]:
                new[3] = fact["final"]
            if new != [reviewed, year, post16, transfer_reviewed]:
                changed.append((*new, now, plan))
        pending.clear()

    for row in rows.iterator(chunk_size=chunk):
        pending.append(row)
        if len(pending) >= chunk:
            flush()
    if pending:
        flush()
    Update(
        EhcPlan,
        [
            "last_reviewed_on",
            "next_transfer_year",
            "transfer_to_post16",
            "transfer_reviewed_on",
            "updated_at",
        ],
        ["id"],
    ).run(changed)
    if changed:
        refresh_due_items([c[-1] for c in changed])
    return len(changed)
