"""SQLite plans from the statistics ANALYZE kept (``sqlite_stat1``); an index added after them
has none, and SQLite then preferred it wrongly (the provider's API list read 840 ms instead of
18 on the bench). Where statistics were kept, keep them again for the indexes issue 16 added.
PostgreSQL's autovacuum analyses new indexes itself. (``core.planner``.)"""

from django.db import migrations

from sendhealth.core.planner import analyse_where_kept


class Migration(migrations.Migration):
    dependencies = [
        ("advice", "0011_la_newest_and_service_tray_indexes"),
        ("children", "0004_newest_children_indexes"),
        ("medicalconditions", "0003_review_due_by_icb_index"),
    ]

    operations = [migrations.RunPython(analyse_where_kept, migrations.RunPython.noop)]
