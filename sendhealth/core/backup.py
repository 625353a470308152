"""Backup and restore: the database and the uploaded documents in one archive, with a manifest
that proves a restore brought everything back.

``manage.py backup FILE.tar.gz`` writes:

- ``database.pgdump`` (PostgreSQL, ``pg_dump --format=custom``, a consistent snapshot) or
  ``database.sqlite3`` (SQLite, through SQLite's online backup, safe while the site runs);
- ``media/...``: every uploaded document (plans, advice, SEN2 returns);
- ``manifest.json``: the row count of every table and the SHA-256 of every document.

``manage.py restore FILE.tar.gz`` puts the database into the configured, empty database
(``pg_restore``, or the SQLite file) and the documents into ``MEDIA_ROOT``, then checks every
table's row count and every document's hash against the manifest, and fails loudly if anything
differs. It refuses a database that already has tables, and a document that would overwrite a
different file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connections
from django.utils import timezone

MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"
MEDIA_DIR = "media"
FORMAT_VERSION = 1


class BackupError(Exception):
    pass


@dataclass
class Verification:
    """What a restore found against the manifest: empty lists mean everything came back."""

    tables: int = 0
    rows: int = 0
    documents: int = 0
    row_mismatches: list[str] = field(default_factory=list)
    document_mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.row_mismatches and not self.document_mismatches


def media_root() -> Path:
    storages: dict[str, Any] = settings.STORAGES
    return Path(storages["default"]["OPTIONS"]["location"])


def _vendor(db: Mapping[str, Any]) -> str:
    engine = db["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if "postgresql" in engine:
        return "postgresql"
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {engine}")


def _pg_env(db: Mapping[str, Any]) -> dict[str, str]:
    env = {**os.environ}
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if db.get(key):
            env[name] = str(db[key])
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    env["PGDATABASE"] = str(db["NAME"])
    return env


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def document_hashes(root: Path) -> dict[str, str]:
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): _sha256(path)
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def row_counts(alias: str = "default") -> dict[str, int]:
    """Rows in every table of the database (every table, not only Django's models)."""
    connection = connections[alias]
    with connection.cursor() as cursor:
        tables = sorted(
            table
            for table in connection.introspection.table_names(cursor)
            if not table.startswith("sqlite_")  # SQLite's own statistics, rebuilt by ANALYZE
        )
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")  # noqa: S608 (table names)
            counts[table] = cursor.fetchone()[0]
    return counts


def _sqlite_row_counts(path: Path) -> dict[str, int]:
    database = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in database.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: database.execute(f"SELECT COUNT(*) FROM {_quote(table)}").fetchone()[0]  # noqa: S608
            for table in sorted(tables)
        }
    finally:
        database.close()


def backup(archive: Path, *, alias: str = "default") -> dict[str, Any]:
    """Write the database and the documents to ``archive`` (a .tar.gz); return the manifest."""
    connection = connections[alias]
    db = connection.settings_dict
    vendor = _vendor(db)
    root = media_root()
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        if vendor == "sqlite":
            dump = work_dir / SQLITE_FILE
            connection.ensure_connection()
            target = sqlite3.connect(dump)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
            counts = _sqlite_row_counts(dump)
        else:
            dump = work_dir / PG_FILE
            # The row counts and the dump must describe the same moment: both read one
            # snapshot exported from a repeatable-read transaction.
            counts, snapshot = _pg_snapshot_counts(alias)
            try:
                subprocess.run(  # noqa: S603
                    [
                        shutil.which("pg_dump") or "pg_dump",
                        "--format=custom",
                        "--no-owner",
                        "--no-privileges",
                        f"--snapshot={snapshot.id}",
                        f"--file={dump}",
                    ],
                    env=_pg_env(db),
                    check=True,
                    capture_output=True,
                )
            finally:
                snapshot.close()
        documents = document_hashes(root)
        manifest: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "database": vendor,
            "tables": counts,
            "documents": documents,
        }
        (work_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        archive.parent.mkdir(parents=True, exist_ok=True)
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(work_dir / MANIFEST, arcname=MANIFEST)
            tar.add(dump, arcname=dump.name)
            for name in documents:
                tar.add(root / name, arcname=f"{MEDIA_DIR}/{name}")
        partial.replace(archive)  # never a half-written archive under the final name
    return manifest


@dataclass
class _Snapshot:
    id: str
    connection: Any

    def close(self) -> None:
        self.connection.execute("ROLLBACK")
        self.connection.close()


def _one(conn: Any, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    assert row is not None
    return row[0]


def _pg_snapshot_counts(alias: str) -> tuple[dict[str, int], _Snapshot]:
    import psycopg

    db = connections[alias].settings_dict
    conn = psycopg.connect(
        dbname=db["NAME"],
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        autocommit=True,  # so the BEGIN below starts the transaction, at that isolation
    )
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    snapshot = _Snapshot(id=_one(conn, "SELECT pg_export_snapshot()"), connection=conn)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        ).fetchall()
    ]
    counts = {
        table: int(_one(conn, f"SELECT COUNT(*) FROM {_quote(table)}"))  # noqa: S608
        for table in tables
    }
    return counts, snapshot


def read_manifest(archive: Path) -> dict[str, Any]:
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile(MANIFEST)
        if member is None:
            raise BackupError("This archive has no manifest: it is not a sendhealth backup")
        manifest: dict[str, Any] = json.loads(member.read())
        return manifest


def _safe_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = []
    for member in tar.getmembers():
        path = Path(member.name)
        if path.is_absolute() or ".." in path.parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"Refusing an unsafe path in the archive: {member.name}")
        members.append(member)
    return members


def restore(archive: Path, *, alias: str = "default") -> Verification:
    """Restore ``archive`` into the (empty) database ``alias`` and ``MEDIA_ROOT``, then verify."""
    manifest = read_manifest(archive)
    connection = connections[alias]
    db = connection.settings_dict
    vendor = _vendor(db)
    if manifest["database"] != vendor:
        raise BackupError(
            f"This is a {manifest['database']} backup; the configured database is {vendor}"
        )
    root = media_root()
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        work_dir = Path(work)
        tar.extractall(work_dir, members=_safe_members(tar), filter="data")
        _check_media_free(work_dir / MEDIA_DIR, root)
        if vendor == "sqlite":
            _restore_sqlite(work_dir / SQLITE_FILE, Path(db["NAME"]), alias)
        else:
            _restore_pg(work_dir / PG_FILE, db, alias)
        source = work_dir / MEDIA_DIR
        for name in manifest["documents"]:
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copy2(source / name, target)
    return verify(manifest, alias=alias)


def _check_media_free(source: Path, root: Path) -> None:
    if not source.exists():
        return
    for path in source.rglob("*"):
        if path.is_file():
            target = root / path.relative_to(source)
            if target.exists() and _sha256(target) != _sha256(path):
                raise BackupError(f"A different document is already at {target}: not replaced")


def _has_tables(alias: str) -> bool:
    connection = connections[alias]
    with connection.cursor() as cursor:
        return bool(connection.introspection.table_names(cursor))


def _restore_sqlite(dump: Path, target: Path, alias: str) -> None:
    if str(target) in ("", ":memory:") or "mode=memory" in str(target):
        raise BackupError("Restore needs a SQLite database file (DATABASE_URL=sqlite:///...)")
    connections[alias].close()
    if target.exists() and _has_tables(alias):
        raise BackupError(f"The database {target} is not empty: restore into a new one")
    connections[alias].close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(dump)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()


def _restore_pg(dump: Path, db: Mapping[str, Any], alias: str) -> None:
    if _has_tables(alias):
        raise BackupError(f"The database {db['NAME']} is not empty: restore into a new one")
    connections[alias].close()
    result = subprocess.run(  # noqa: S603
        [
            shutil.which("pg_restore") or "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={db['NAME']}",
            str(dump),
        ],
        env=_pg_env(db),
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()[-500:]}")


def verify(manifest: Mapping[str, Any], *, alias: str = "default") -> Verification:
    """Compare the database and ``MEDIA_ROOT`` with a backup's manifest."""
    counts = row_counts(alias)
    result = Verification(
        tables=len(manifest["tables"]),
        rows=sum(manifest["tables"].values()),
        documents=len(manifest["documents"]),
    )
    for table, expected in sorted(manifest["tables"].items()):
        found = counts.get(table)
        if found != expected:
            result.row_mismatches.append(f"{table}: {expected} rows backed up, {found} restored")
    root = media_root()
    for name, digest in sorted(manifest["documents"].items()):
        path = root / name
        if not path.is_file():
            result.document_mismatches.append(f"{name}: missing")
        elif _sha256(path) != digest:
            result.document_mismatches.append(f"{name}: different content")
    return result
