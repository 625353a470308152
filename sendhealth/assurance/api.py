"""``/api/assurance``: audit tools (read), audit rounds, sampled cases ("items") and the
automatic checks' findings on a case. Rounds are the DCO's; items are seen as in the pages
(the DCO's area, an LA's own plans, the cases one audits). Every read of a case is audited."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, ChildRef, Day, OrganisationRef
from sendhealth.assurance import services
from sendhealth.assurance.forms import FindingVerdictForm
from sendhealth.assurance.models import AuditTool
from sendhealth.assurance.presenters import run_findings

router = Router(tags=["Quality assurance"])


class CriterionOut(Schema):
    id: int
    section: str
    text: str
    guidance: str
    weight: int

    @staticmethod
    def resolve_section(obj):
        return obj.section.title


class ToolOut(Schema):
    id: int
    name: str
    kind: str
    version: int | None
    criteria: list[CriterionOut]


class RoundOut(Schema):
    id: int
    name: str
    kind: str
    period_start: Day
    period_end: Day
    sample_percent: int
    seed: int
    tool_version: int
    items: int

    @staticmethod
    def resolve_tool_version(obj):
        return obj.tool_version.number

    @staticmethod
    def resolve_items(obj):
        return obj.items.count()


class AuditOut(Schema):
    id: int
    auditor: str
    status: str
    percent: int | None

    @staticmethod
    def resolve_auditor(obj):
        return obj.auditor_label


class ItemOut(Schema):
    id: int
    reference: str
    round_id: int
    kind: str
    child: ChildRef
    local_authority: OrganisationRef
    service: OrganisationRef | None
    need_type: str

    @staticmethod
    def resolve_kind(obj):
        return services.item_kind(obj)


class ItemDetail(ItemOut):
    audits: list[AuditOut]
    agreement: float | None
    sections: dict[str, str]

    @staticmethod
    def resolve_audits(obj):
        return list(obj.audits.all())

    @staticmethod
    def resolve_agreement(obj):
        return services.moderation_of(obj).agreement

    @staticmethod
    def resolve_sections(obj):
        return services.item_sections(obj)


class FindingOut(Schema):
    check: str
    section: str
    start: int
    end: int
    quote: str
    message: str


@router.get("/tools", response={200: list[ToolOut], **READ_ERRORS}, summary="List audit tools")
def assurance_tools(request: HttpRequest):
    """Each audit tool with the criteria of its current published version."""
    require(request, "assurance.view_tools")
    result = []
    for tool in AuditTool.objects.order_by("pk"):
        version = tool.current_version()
        result.append(
            {
                "id": tool.pk,
                "name": tool.name,
                "kind": tool.kind,
                "version": version.number if version else None,
                "criteria": services.criteria_of(version) if version else [],
            }
        )
    return result


@router.get("/rounds", response={200: list[RoundOut], **READ_ERRORS}, summary="List rounds")
@paginate(AuditedPage)
def assurance_rounds(request: HttpRequest):
    require(request, "assurance.manage_rounds")
    return scope_of(request).assurance_rounds().select_related("tool_version")


@router.get(
    "/rounds/{int:round_id}", response={200: RoundOut, **READ_ERRORS}, summary="Read a round"
)
def assurance_round(request: HttpRequest, round_id: int):
    require(request, "assurance.manage_rounds")
    return get_object_or_404(
        scope_of(request).assurance_rounds().select_related("tool_version"), pk=round_id
    )


def _items(request: HttpRequest):
    return services.items_with_cases(scope_of(request).assurance_items()).prefetch_related(
        services.audits_prefetch()
    )


@router.get("/items", response={200: list[ItemOut], **READ_ERRORS}, summary="List audit items")
@paginate(AuditedPage, children_of=lambda row: row.child)
def assurance_items(request: HttpRequest):
    """The sampled cases you may see, newest round first."""
    require(request, "assurance.audit")
    return _items(request).order_by("-round_id", "pk")


@router.get(
    "/items/{int:item_id}", response={200: ItemDetail, **READ_ERRORS}, summary="Read an item"
)
def assurance_item(request: HttpRequest, item_id: int):
    require(request, "assurance.audit")
    item = get_object_or_404(_items(request), pk=item_id)
    auditor(request).view(item.child)
    return item


@router.get(
    "/items/{int:item_id}/findings",
    response={200: list[FindingOut], **READ_ERRORS},
    summary="Automatic checks' findings on an item",
)
def assurance_item_findings(request: HttpRequest, item_id: int):
    """What the automatic checks found in the case's text, with offsets into each section.
    A help to the auditor, never a score."""
    require(request, "assurance.audit")
    item = get_object_or_404(_items(request), pk=item_id)
    auditor(request).view(item.child)
    return run_findings(services.item_sections(item), services.item_kind(item))


class VerdictIn(Schema):
    check: str
    section: str
    start: int
    end: int
    verdict: str
    reason: str = ""


class VerdictOut(Schema):
    check: str
    section: str
    start: int
    end: int
    quote: str
    verdict: str
    reason: str

    @staticmethod
    def resolve_check(obj):
        return obj.check_key


class CheckPrecisionOut(Schema):
    check: str
    title: str
    agreed: int
    not_a_problem: int
    precision: float | None = Field(
        description=(
            "The share of the check's verdicts that were agreed, from 0 to 1 (0.83 is 83%; "
            "pages show it as a percentage); null when the check has no verdicts yet."
        ),
        json_schema_extra={"minimum": 0, "maximum": 1},
    )
    measured_precision: float | None = Field(
        description=(
            "The check's case-level precision, from 0 to 1, on the last blind sets, pooled: "
            "test cases written by people who had not seen the checks; null where not measured."
        ),
        json_schema_extra={"minimum": 0, "maximum": 1},
    )
    measured_recall: float | None = Field(
        description="The check's case-level recall, from 0 to 1, on the same blind sets.",
        json_schema_extra={"minimum": 0, "maximum": 1},
    )
    advisory: bool = Field(
        description=(
            "Shown to auditors as advisory: with at least the DCO's minimum of verdicts, their "
            "precision is below the DCO's level; before that, the measured precision is."
        )
    )

    @staticmethod
    def resolve_check(obj):
        return obj.key

    @staticmethod
    def resolve_measured_precision(obj):
        return obj.measured.precision if obj.measured else None

    @staticmethod
    def resolve_measured_recall(obj):
        return obj.measured.recall if obj.measured else None


@router.post(
    "/items/{int:item_id}/findings/verdict",
    response={200: VerdictOut, **WRITE_ERRORS},
    summary="Mark a finding agreed or not a problem",
)
def assurance_finding_verdict(request: HttpRequest, item_id: int, payload: VerdictIn):
    """The auditor's verdict on one of the item's current findings (``check``, ``section``,
    ``start``, ``end`` as the findings list gives them): ``agreed`` or ``not_a_problem``, with
    an optional reason. Verdicts give each check's live precision."""
    require(request, "assurance.audit")
    item = get_object_or_404(_items(request), pk=item_id)
    form = FindingVerdictForm(payload.dict())
    if not form.is_valid():
        raise_invalid(form_errors(form))
    data = form.cleaned_data
    try:
        return services.record_verdict(
            item,
            check=data["check"],
            section=data["section"],
            start=data["start"],
            end=data["end"],
            verdict=data["verdict"],
            reason=data["reason"],
            user=request.user,
            auditor=auditor(request),
        )
    except services.VerdictError as error:
        raise_invalid({"check": [str(error)]})


@router.get(
    "/checks",
    response={200: list[CheckPrecisionOut], **READ_ERRORS},
    summary="Each automatic check's precision from auditors' verdicts",
)
def assurance_checks(request: HttpRequest):
    """Each check's agreed and not-a-problem verdicts in your area, its precision (a share
    from 0 to 1, agreed / (agreed + not a problem): 0.83 means 83% were agreed; null without
    verdicts) and whether it is shown as advisory (below the DCO's level)."""
    require(request, "assurance.manage_rounds")
    scope = scope_of(request)
    policy = services.policy_for(sorted(scope.dco_icb_ids))
    return services.check_precisions(scope.assurance_verdicts(), policy)


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/assurance", router)]
TAGS = [
    {
        "name": "Quality assurance",
        "description": "Audit tools, rounds, audited items and the automatic checks' findings.",
    },
]
