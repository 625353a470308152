"""The query planner's statistics for indexes a migration adds, written once for every
register's migrations.

SQLite has no autovacuum: it plans from the statistics ``ANALYZE`` kept (``sqlite_stat1``),
and an index added after them has none, so it guesses the new index selective and may read a
whole ICB by it (the provider's API list read 840 ms instead of 18 on the bench). PostgreSQL's
autovacuum analyses new indexes itself; ``ANALYZE`` there only does early what it would do.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations


def analyze(*tables: str) -> list[migrations.RunSQL]:
    """Operations that analyse ``tables`` after a migration's new indexes (not reversed)."""
    return [migrations.RunSQL(f"ANALYZE {table}", migrations.RunSQL.noop) for table in tables]


def analyse_where_kept(apps: Any, schema_editor: Any) -> None:
    """A ``RunPython`` step: on SQLite, where statistics were kept, keep them again for every
    index (a database never analysed is left to guess, as before)."""
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone():
            cursor.execute("ANALYZE")
