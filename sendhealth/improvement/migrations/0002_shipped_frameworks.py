"""The two shipped frameworks (``fixtures/frameworks.json``), each element with its source."""

from django.db import migrations


def load(apps, schema_editor):
    from sendhealth.improvement import loading

    loading.load(loading.read(loading.SHIPPED), get_model=apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("improvement", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
