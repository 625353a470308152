"""Children as each user may see them: the DCO's whole ICB, an LA's own children, and for a
provider the children whose requests were routed to its services."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from sendhealth.advice.models import AdviceAssignment
from sendhealth.children.models import Child, ChildMove
from sendhealth.organisations.models import Organisation


def children(scope) -> QuerySet[Child]:
    q = Q(local_authority__parent_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    if scope.is_provider:
        routed = AdviceAssignment.objects.filter(
            scope.own_service_q("service_id", "provider_id")
        ).values("request__child_id")
        q |= Q(pk__in=routed)
    return Child.objects.filter(q)


def children_moves(scope) -> QuerySet[ChildMove]:
    """Moves of the children this user may see (from which LA, to which, when, by whom)."""
    return ChildMove.objects.filter(child__in=children(scope).values("pk"))


@dataclass(frozen=True)
class ChildLookup:
    """What ``child_moving_in`` found: a child of another LA of the same ICB (``child``), the
    user's own (``already_ours``), another ICB's (``elsewhere``, no child given), or nothing."""

    child: Child | None = None
    already_ours: bool = False
    elsewhere: bool = False


def child_moving_in(scope, nhs_number: str, date_of_birth) -> ChildLookup:
    """A local authority looks for a child registered with another local authority, by NHS
    number and date of birth together (both must match), to record that the child has moved
    to it. The one look beyond the user's scope besides the registration form's duplicate
    check: it finds a child of another LA of the same ICB (whose record the LA may then take
    over), and says only "elsewhere" for another ICB's (docs/architecture.md, "Children who
    move")."""
    if not scope.la_ids:
        return ChildLookup()
    child = (
        Child.objects.filter(nhs_number=nhs_number, date_of_birth=date_of_birth)
        .select_related("local_authority")
        .first()
    )
    if child is None:
        return ChildLookup()
    if child.local_authority_id in scope.la_ids:
        return ChildLookup(child=child, already_ours=True)
    our_icbs = set(
        Organisation.objects.filter(pk__in=scope.la_ids).values_list("parent_id", flat=True)
    )
    if child.local_authority.parent_id in our_icbs:
        return ChildLookup(child=child)
    return ChildLookup(elsewhere=True)


def child_registered_elsewhere(scope, nhs_number: str, *, exclude_pk=None) -> bool:
    """Whether any child, in scope or not, has this NHS number: the only look beyond the
    user's scope when registering a child, and it answers yes or no."""
    return Child.objects.filter(nhs_number=nhs_number).exclude(pk=exclude_pk).exists()
