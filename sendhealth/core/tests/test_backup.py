"""Backup and restore: a seeded database and its uploaded documents are backed up, restored
into a new database by ``manage.py restore`` (as an operator would, in a new process), and
every table's rows and every document are proved to have come back."""

import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from sendhealth.core import backup, seeding
from sendhealth.core.tests.test_seeding import TINY

ROOT = Path(__file__).resolve().parents[3]
DOCUMENTS = {
    "advice/2026/01/salt-advice.docx": b"PK\x03\x04 advice",
    "plans/2026/02/ehcp.pdf": b"%PDF-1.7 plan",
    "sen2/returns/blade.zip": bytes(range(256)) * 64,
}


@pytest.fixture
def media(tmp_path, settings):
    root = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {"location": str(root)}},
    }
    return root


@pytest.fixture
def seeded_with_documents(media):
    seeding.seed_area(TINY)
    for name, content in DOCUMENTS.items():
        default_storage.save(name, ContentFile(content))
    return media


def run_manage(*args, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "sendhealth.config.test_settings", **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backup")
def test_a_seeded_sqlite_database_and_its_documents_come_back(seeded_with_documents, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive))

    manifest = backup.read_manifest(archive)
    live = backup.row_counts()
    assert manifest["tables"] == live
    assert sum(live.values()) > 1000  # a seeded area, not an empty schema
    assert live["children_child"] >= TINY.children
    assert set(manifest["documents"]) == set(DOCUMENTS)
    with tarfile.open(archive) as tar:
        assert {"manifest.json", "database.sqlite3"} <= set(tar.getnames())

    target = tmp_path / "restored" / "sendhealth.sqlite3"
    restored_media = tmp_path / "restored-media"
    env = {"DATABASE_URL": f"sqlite:///{target}", "MEDIA_ROOT": str(restored_media)}
    result = run_manage("restore", str(archive), env=env)
    assert result.returncode == 0, result.stderr
    assert f"({sum(live.values())} rows) and 3 documents" in result.stdout

    # Checked again here, independently of the command's own check.
    database = sqlite3.connect(target)
    for table, count in live.items():
        assert database.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == count, table
    children = database.execute(
        "SELECT nhs_number, given_name FROM children_child ORDER BY id"
    ).fetchall()
    database.close()
    with connection.cursor() as cursor:
        cursor.execute("SELECT nhs_number, given_name FROM children_child ORDER BY id")
        assert children == cursor.fetchall()
    for name, content in DOCUMENTS.items():
        assert (restored_media / name).read_bytes() == content

    # A second restore into the same, now full, database is refused: nothing is overwritten.
    again = run_manage("restore", str(archive), env=env)
    assert again.returncode != 0
    assert "is not empty" in again.stderr


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backup")
def test_a_restore_that_lost_a_document_or_a_row_says_so(seeded_with_documents, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    manifest = backup.backup(archive)
    assert backup.verify(manifest).ok
    default_storage.delete("plans/2026/02/ehcp.pdf")
    (seeded_with_documents / "advice/2026/01/salt-advice.docx").write_bytes(b"changed")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM core_auditlog WHERE id IN (SELECT MAX(id) FROM core_auditlog)")
    result = backup.verify(manifest)
    assert not result.ok
    assert result.document_mismatches == [
        "advice/2026/01/salt-advice.docx: different content",
        "plans/2026/02/ehcp.pdf: missing",
    ]
    assert [m.split(":")[0] for m in result.row_mismatches] == ["core_auditlog"]


def test_an_archive_with_a_path_outside_is_refused(tmp_path, media):
    archive = tmp_path / "evil.tar.gz"
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"database": connection.vendor, "tables": {}, "documents": {}}))
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(manifest, arcname="manifest.json")
        tar.add(manifest, arcname="../../escape.txt")
    with pytest.raises(backup.BackupError, match="unsafe path"):
        backup.restore(archive)
    assert not (tmp_path.parent / "escape.txt").exists()


def test_the_backup_command_will_not_overwrite_an_archive(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(b"an older backup")
    with pytest.raises(CommandError, match="exists"):
        call_command("backup", str(archive))
    assert archive.read_bytes() == b"an older backup"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore")
def test_a_seeded_postgresql_database_and_its_documents_come_back(seeded_with_documents, tmp_path):
    import psycopg

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive))
    live = backup.row_counts()
    assert backup.read_manifest(archive)["tables"] == live

    db = connection.settings_dict
    target = f"{db['NAME']}_restore"
    admin = psycopg.connect(
        dbname="postgres", host=db["HOST"] or None, port=db["PORT"] or None,
        user=db["USER"] or None, password=db["PASSWORD"] or None, autocommit=True,
    )  # fmt: skip
    admin.execute(f'DROP DATABASE IF EXISTS "{target}"')
    admin.execute(f'CREATE DATABASE "{target}"')
    try:
        url = settings.DATABASES["default"]
        user = f"{url['USER']}:{url['PASSWORD']}@" if url["PASSWORD"] else f"{url['USER']}@"
        env = {
            "DATABASE_URL": f"postgres://{user}{url['HOST']}:{url['PORT'] or 5432}/{target}",
            "MEDIA_ROOT": str(tmp_path / "restored-media"),
        }
        result = run_manage("restore", str(archive), env=env)
        assert result.returncode == 0, result.stderr
        assert f"({sum(live.values())} rows) and 3 documents" in result.stdout
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        admin.close()
