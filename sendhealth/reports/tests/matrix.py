"""Reports in the role matrix: the DCO team generates, writes and publishes; board viewers
read published reports (the matrix's report is published, so the board reads it); nobody
else."""

from sendhealth.core.reporting import Figure, Section
from sendhealth.reports.models import ReportStatus
from sendhealth.reports.tests.factories import ReportFactory

NAMESPACES = ("reports",)

# fmt: off
PAGES = """
                       dco  team o_dco la   o_la prov salt o_pr board admin nobody
reports:list           ok   ok   ok    403  403  403  403  403  ok    403   403
reports:detail         ok   ok   404   403  403  403  403  403  ok    403   403
reports:commentary     ok   ok   404   403  403  403  403  403  403   403   403
reports:publish        ok   ok   404   403  403  403  403  403  403   403   403
reports:regenerate     ok   ok   404   403  403  403  403  403  403   403   403
reports:pdf            ok   ok   404   403  403  403  403  403  ok    403   403
reports:docx           ok   ok   404   403  403  403  403  403  ok    403   403
reports:reference      ok   ok   ok    403  403  403  403  403  403   403   403
reports:figure         ok   ok   404   403  403  403  403  403  ok    403   403
reports:figure_csv     ok   ok   404   403  403  403  403  403  ok    403   403
reports:figure_records ok   ok   404   403  403  403  403  403  403   403   403
"""

API = """
                                     dco  team o_dco la   o_la prov salt o_pr board admin nobody
GET /api/reports                     ok   ok   ok    403  403  403  403  403  ok    403   403
GET /api/reports/{report_id}         ok   ok   404   403  403  403  403  403  ok    403   403
GET /api/reports/{report_id}/pdf     ok   ok   404   403  403  403  403  403  ok    403   403
"""
# fmt: on

URL_OBJECTS = {
    "reports:detail": "report",
    "reports:commentary": "report",
    "reports:publish": "report",
    "reports:regenerate": "report",
    "reports:pdf": "report",
    "reports:docx": "report",
    "reports:figure": "report",
    "reports:figure_csv": "report",
    "reports:figure_records": "report",
}
POST_ONLY = frozenset({"reports:publish", "reports:regenerate"})
PAGES_WITH_A_CHILD: frozenset = frozenset()
API_OBJECTS = {"{report_id}": "report"}


def objects(area, core) -> dict:
    section = Section(
        key="section23",
        title="Section 23 notifications",
        figures=[Figure(key="section23_notified", label="Notifications made", value=12)],
    )
    report = ReportFactory(icb=area.icb, status=ReportStatus.PUBLISHED, content=[section.to_dict()])
    report.matrix_kwargs = {"key": "section23_notified"}
    return {"report": report}


def api_bodies(area, objects) -> dict:
    return {}
