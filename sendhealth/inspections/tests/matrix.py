"""Inspections' rows of the role matrix (see core/tests/test_role_matrix.py). The DCO team
records inspections, assembles and downloads the pack and prints deep dives; a local authority
of the ICB reads the inspection's dates; nobody else sees anything. The deep dive is of
``core["child"]`` (``la``'s)."""

from django.core.files.base import ContentFile

from sendhealth.inspections.models import InspectionPack, PackStatus
from sendhealth.inspections.tests.factories import InspectionFactory

NAMESPACES = ("inspections",)

# fmt: off
PAGES = """
                              dco  team o_dco la   o_la prov salt o_pr board admin nobody
inspections:list              ok   ok   ok    ok   ok   403  403  403  403   403   403
inspections:new               ok   ok   ok    403  403  403  403  403  403   403   403
inspections:detail            ok   ok   404   ok   ok   403  403  403  403   403   403
inspections:edit              ok   ok   404   403  403  403  403  403  403   403   403
inspections:assemble          ok   ok   404   403  403  403  403  403  403   403   403
inspections:progress          ok   ok   404   403  403  403  403  403  403   403   403
inspections:download          ok   ok   404   403  403  403  403  403  403   403   403
inspections:deep_dive_find    ok   ok   404   403  403  403  403  403  403   403   403
inspections:deep_dive         ok   ok   404   403  403  403  403  403  403   403   403
inspections:deep_dive_pdf     ok   ok   404   403  403  403  403  403  403   403   403
"""

API = """
                                          dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/inspections                      ok   ok   ok    ok   ok   403  403  403  403   403   403
GET /api/inspections/{inspection_id}      ok   ok   404   ok   ok   403  403  403  403   403   403
"""  # noqa: E501
# fmt: on

URL_OBJECTS = {
    "inspections:detail": "inspection",
    "inspections:edit": "inspection",
    "inspections:assemble": "inspection",
    "inspections:progress": "inspection",
    "inspections:download": "inspection_pack",
    "inspections:deep_dive_find": "inspection",
    "inspections:deep_dive": "child",
    "inspections:deep_dive_pdf": "child",
}
POST_ONLY = frozenset({"inspections:assemble", "inspections:deep_dive_find"})
PAGES_WITH_A_CHILD = frozenset(
    {"inspections:download", "inspections:deep_dive", "inspections:deep_dive_pdf"}
)
API_OBJECTS = {"{inspection_id}": "inspection"}


def objects(area, core) -> dict:
    inspection = InspectionFactory(icb=area.icb)
    pack = InspectionPack.objects.create(
        inspection=inspection,
        token="i" * 32,
        status=PackStatus.DONE,
        progress=100,
        contents=["CONTENTS.txt"],
        child_ids=[core["child"].pk],
    )
    pack.file.save(pack.token, ContentFile(b"PK\x05\x06" + b"\x00" * 18), save=True)
    return {"inspection": inspection, "inspection_pack": pack}


def api_bodies(area, objects) -> dict:
    return {}
