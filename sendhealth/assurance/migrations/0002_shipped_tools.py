"""The two audit tools shipped with sendhealth, from what good health advice and good health
sections of EHC plans look like (SEND Code of Practice 2015, 9.61-9.69; case law on specified
provision). Each is version 1, published; DCOs make new versions in the admin."""

from django.db import migrations

ADVICE_TOOL = (
    "Health advice for EHC needs assessments",
    "advice",
    [
        (
            "Who wrote it",
            [
                (
                    "The advice names its author, their profession and their registration "
                    "(a regulated professional).",
                    "Look for a name, a role and a registration body and number "
                    "(HCPC, NMC, GMC).",
                    2,
                ),
                ("The advice is dated.", "A date the advice was written or signed.", 1),
            ],
        ),
        (
            "Health needs",
            [
                (
                    "It says clearly whether the child or young person has health needs that "
                    "relate to their SEN, and says so plainly if there are none.",
                    "A clear statement, not silence.",
                    2,
                ),
                (
                    "Each health need is described in terms of its impact on learning and "
                    "daily life.",
                    "Not a diagnosis list: what the need means for the child in the setting.",
                    1,
                ),
                (
                    "No drug names or clinical detail that does not bear on the SEN.",
                    "Medication and clinical history only where it affects education or care.",
                    1,
                ),
            ],
        ),
        (
            "Outcomes",
            [
                (
                    "Outcomes are SMART: specific, measurable, achievable, realistic and "
                    "time-bound.",
                    "For example: by July 2027 I will ...",
                    2,
                ),
                (
                    "Outcomes are written from the child's or young person's point of view.",
                    "First person, about what matters to them.",
                    1,
                ),
            ],
        ),
        (
            "Provision",
            [
                (
                    "Every health need has provision that meets it.",
                    "The golden thread: need, provision, outcome.",
                    2,
                ),
                (
                    "Provision is specific and quantified: what, who, how often and for how "
                    "long.",
                    "'Access to', 'regular', 'as required', 'opportunities for' and 'support as "
                    "needed' are not specified provision.",
                    2,
                ),
                (
                    "It names the qualification of who delivers each provision.",
                    "For example: a speech and language therapist (HCPC registered).",
                    1,
                ),
            ],
        ),
        (
            "Written for families",
            [
                (
                    "Plain English, with acronyms and technical terms explained.",
                    "Would a parent understand every sentence?",
                    1,
                ),
            ],
        ),
    ],
)

PLAN_TOOL = (
    "Health sections of final EHC plans (C, E and G)",
    "plan_health_sections",
    [
        (
            "Section C: health needs",
            [
                (
                    "Section C says clearly if there are no health needs.",
                    "An empty section C is not the same as 'no health needs'.",
                    1,
                ),
                (
                    "Section C lists the health needs that relate to the child's SEN.",
                    "Needs drawn from the health advice, not a copy of reports.",
                    2,
                ),
                (
                    "No drug names or clinical detail that does not bear on the SEN.",
                    "",
                    1,
                ),
            ],
        ),
        (
            "Section E: outcomes",
            [
                (
                    "Every health need in section C has an outcome in section E.",
                    "The golden thread.",
                    2,
                ),
                (
                    "Outcomes are SMART and written from the child's or young person's view.",
                    "",
                    2,
                ),
            ],
        ),
        (
            "Section G: health provision",
            [
                (
                    "Every health need in section C has provision in section G.",
                    "The golden thread; the ICB must agree section G (reg 12(2)).",
                    2,
                ),
                (
                    "Provision is specific and quantified: what, who, how often, for how long.",
                    "'Access to', 'regular', 'as required', 'opportunities for' and 'support as "
                    "needed' are not specified provision.",
                    2,
                ),
                (
                    "The qualification of who delivers each provision is stated.",
                    "",
                    1,
                ),
            ],
        ),
        (
            "Written for families",
            [
                ("Plain English, with acronyms explained.", "", 1),
            ],
        ),
    ],
)


def ship_tools(apps, schema_editor):
    AuditTool = apps.get_model("assurance", "AuditTool")
    AuditToolVersion = apps.get_model("assurance", "AuditToolVersion")
    ToolSection = apps.get_model("assurance", "ToolSection")
    Criterion = apps.get_model("assurance", "Criterion")
    for name, kind, sections in (ADVICE_TOOL, PLAN_TOOL):
        tool = AuditTool.objects.create(name=name, kind=kind)
        version = AuditToolVersion.objects.create(tool=tool, number=1, published=True)
        for s_order, (title, criteria) in enumerate(sections, start=1):
            section = ToolSection.objects.create(version=version, title=title, order=s_order)
            for c_order, (text, guidance, weight) in enumerate(criteria, start=1):
                Criterion.objects.create(
                    section=section, text=text, guidance=guidance, weight=weight, order=c_order
                )


def remove_tools(apps, schema_editor):
    apps.get_model("assurance", "AuditTool").objects.filter(
        kind__in=["advice", "plan_health_sections"], versions__number=1
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("assurance", "0001_initial")]

    operations = [migrations.RunPython(ship_tools, remove_tools)]
