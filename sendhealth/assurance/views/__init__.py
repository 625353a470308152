from sendhealth.assurance.views.audits import audit_form, finding_verdict, item_detail, my_audits
from sendhealth.assurance.views.checks import checks, checks_export
from sendhealth.assurance.views.guest import guest
from sendhealth.assurance.views.plans import plan_detail, plan_new, plan_progress, plans
from sendhealth.assurance.views.reports import (
    feedback,
    feedback_detail,
    figures,
    figures_csv,
    figures_xlsx,
    guidance,
    tools,
)
from sendhealth.assurance.views.rounds import (
    assign,
    resolve,
    revoke_guest,
    round_detail,
    round_new,
    rounds,
)

__all__ = [
    "assign",
    "audit_form",
    "checks",
    "checks_export",
    "feedback",
    "feedback_detail",
    "figures",
    "figures_csv",
    "figures_xlsx",
    "finding_verdict",
    "guest",
    "guidance",
    "item_detail",
    "my_audits",
    "plan_detail",
    "plan_new",
    "plan_progress",
    "plans",
    "resolve",
    "revoke_guest",
    "round_detail",
    "round_new",
    "rounds",
    "tools",
]
