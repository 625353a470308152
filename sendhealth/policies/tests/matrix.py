"""Policies' rows of the role matrix (see core/tests/test_role_matrix.py). The DCO team records
policies; a local authority or provider reads those that apply to it (here the policy applies
to ``la`` and ``provider``); boards and admins see none."""

from django.core.files.base import ContentFile

from sendhealth.policies.models import PolicyDocument
from sendhealth.policies.tests.factories import PolicyFactory

NAMESPACES = ("policies",)

# fmt: off
PAGES = """
                     dco  team o_dco la   o_la prov salt o_pr board admin nobody
policies:list        ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
policies:new         ok   ok   ok    403  403  403  403  403  403   403   403
policies:detail      ok   ok   404   ok   404  ok   ok   404  403   403   403
policies:edit        ok   ok   404   403  403  403  403  403  403   403   403
policies:review      ok   ok   404   403  403  403  403  403  403   403   403
policies:upload      ok   ok   404   403  403  403  403  403  403   403   403
policies:document    ok   ok   404   ok   404  ok   ok   404  403   403   403
"""

API = """
                                  dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/policies                 ok   ok   ok    ok   ok   ok   ok   ok   403   403   403
GET /api/policies/{policy_id}     ok   ok   404   ok   404  ok   ok   404  403   403   403
"""
# fmt: on

URL_OBJECTS = {
    "policies:detail": "policy",
    "policies:edit": "policy",
    "policies:review": "policy",
    "policies:upload": "policy",
    "policies:document": "policy_document",
}
POST_ONLY: frozenset = frozenset()
PAGES_WITH_A_CHILD: frozenset = frozenset()
API_OBJECTS = {"{policy_id}": "policy"}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def objects(area, core) -> dict:
    policy = PolicyFactory(icb=area.icb, applies_to=[area.la, area.provider])
    document = PolicyDocument(
        policy=policy,
        version="1.0",
        document_token="p" * 32,
        document_type="pdf",
        document_size=len(PDF),
    )
    document.document.save(document.document_token, ContentFile(PDF), save=True)
    return {"policy": policy, "policy_document": document}


def api_bodies(area, objects) -> dict:
    return {}
