"""The condition areas named in the statutory guidance "Supporting pupils at school with medical
conditions" (DfE 2015, updated 2017), as data the system admin may change."""

from django.db import migrations

AREAS = (
    ("Asthma", True, 10),
    ("Epilepsy", True, 20),
    ("Diabetes", True, 30),
    ("Anaphylaxis or severe allergy", True, 40),
    ("Complex health needs", True, 50),
    ("Other", False, 90),
)


def add_areas(apps, schema_editor):
    ConditionArea = apps.get_model("medicalconditions", "ConditionArea")
    for name, emergency, order in AREAS:
        ConditionArea.objects.get_or_create(
            name=name, defaults={"may_need_emergency_medication": emergency, "order": order}
        )


def remove_areas(apps, schema_editor):
    ConditionArea = apps.get_model("medicalconditions", "ConditionArea")
    ConditionArea.objects.filter(name__in=[name for name, _, _ in AREAS], plans=None).delete()


class Migration(migrations.Migration):
    dependencies = [("medicalconditions", "0001_initial")]
    operations = [migrations.RunPython(add_areas, remove_areas)]
