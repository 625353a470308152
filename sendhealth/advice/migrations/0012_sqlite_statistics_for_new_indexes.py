"""SQLite plans from the statistics ANALYZE kept (``sqlite_stat1``); an index added after them
has none, and SQLite then preferred it wrongly (the provider's API list read 840 ms instead of
18 on the bench). Where statistics were kept, keep them again for the indexes issue 16 added.
PostgreSQL's autovacuum analyses new indexes itself."""

from django.db import migrations


def analyse(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone():
            cursor.execute("ANALYZE")


class Migration(migrations.Migration):
    dependencies = [
        ("advice", "0011_la_newest_and_service_tray_indexes"),
        ("children", "0004_newest_children_indexes"),
        ("medicalconditions", "0003_review_due_by_icb_index"),
    ]

    operations = [migrations.RunPython(analyse, migrations.RunPython.noop)]
