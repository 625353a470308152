"""The audit trail (UK GDPR art. 9 data): every read of a child's record and every change is
written, attributed to a person or a named job, and grouped by child."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.db import DataError, connection, transaction
from django.utils import timezone

from sendhealth.advice import services
from sendhealth.advice.models import AssignmentStatus, ReviewDecision
from sendhealth.advice.tests.factories import (
    AdviceAssignmentFactory,
    AdviceRequestFactory,
    AdviceSubmissionFactory,
)
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction, AuditLog

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def child(area):
    return ChildFactory(local_authority=area.la)


@pytest.fixture
def advice_request(child):
    return AdviceRequestFactory(child=child)


@pytest.fixture
def submission_with_document(area, advice_request):
    assignment = AdviceAssignmentFactory(
        request=advice_request, service=area.salt, status=AssignmentStatus.SUBMITTED
    )
    submission = AdviceSubmissionFactory(
        assignment=assignment,
        document_token="a" * 32,
        document_type="pdf",
        document_size=len(PDF),
    )
    submission.document.save(submission.document_token, ContentFile(PDF), save=True)
    return submission


def entries(**filters):
    return list(AuditLog.objects.filter(**filters))


class TestReadingAChildsRecordIsAudited:
    def test_the_child_detail_page_writes_a_view_entry(self, area, client_for, child):
        response = client_for(area.dco).get(f"/children/{child.pk}/")
        assert response.status_code == 200
        [entry] = entries(action=AuditAction.VIEW, object_type="children.Child")
        assert entry.actor == area.dco
        assert entry.child_id == child.pk
        assert entry.object_id == str(child.pk)
        assert entry.path == f"/children/{child.pk}/"

    def test_the_request_page_writes_a_view_entry(self, area, client_for, advice_request):
        response = client_for(area.la_user).get(f"/advice/requests/{advice_request.pk}/")
        assert response.status_code == 200
        [entry] = entries(action=AuditAction.VIEW, object_type="advice.AdviceRequest")
        assert entry.actor == area.la_user
        assert entry.child_id == advice_request.child_id
        assert entry.object_id == str(advice_request.pk)

    def test_downloading_a_document_writes_a_download_entry(
        self, area, client_for, submission_with_document
    ):
        response = client_for(area.dco).get(
            f"/advice/submissions/{submission_with_document.pk}/document/"
        )
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF
        [entry] = entries(action=AuditAction.DOWNLOAD)
        assert entry.actor == area.dco
        assert entry.child_id == submission_with_document.assignment.request.child_id
        assert entry.object_type == "advice.AdviceSubmission"

    def test_a_refused_read_writes_no_view_entry(self, area, client_for, child):
        response = client_for(area.other_la_user).get(f"/children/{child.pk}/")
        assert response.status_code == 404
        assert entries(action=AuditAction.VIEW, child_id=child.pk) == []

    def test_a_list_of_children_writes_one_entry_per_child_shown(self, area, client_for):
        shown = ChildFactory.create_batch(3, local_authority=area.la)
        response = client_for(area.la_user).get("/children/")
        assert response.status_code == 200
        logged = {e.child_id for e in entries(action=AuditAction.VIEW)}
        assert logged == {c.pk for c in shown}


class TestChangesAreAuditedWithTheirActor:
    def test_routing_a_request_writes_a_create_entry_with_the_actor(self, area, advice_request):
        services.route(
            advice_request,
            services=[area.salt],
            received_on=datetime.date(2026, 1, 5),
            auditor=Auditor(user=area.dco),
        )
        [entry] = entries(object_type="advice.AdviceAssignment")
        assert entry.action == AuditAction.CREATE
        assert entry.actor == area.dco
        assert entry.child_id == advice_request.child_id
        assert entry.changes == {"service": area.salt.pk, "due_on": "2026-02-16"}

    def test_accepting_advice_writes_an_update_entry_with_the_actor(self, area, advice_request):
        assignment = AdviceAssignmentFactory(
            request=advice_request, service=area.salt, status=AssignmentStatus.SUBMITTED
        )
        submission = AdviceSubmissionFactory(assignment=assignment)
        services.review_advice(
            submission, accept=True, reasons="", auditor=Auditor(user=area.dco_team)
        )
        [entry] = entries(object_type="advice.AdviceSubmission")
        assert entry.action == AuditAction.UPDATE
        assert entry.actor == area.dco_team
        assert entry.changes == {"decision": ReviewDecision.ACCEPTED}

    def test_a_job_is_named_as_the_actor(self, advice_request):
        Auditor.for_system("reminders").view(advice_request)
        [entry] = entries()
        assert entry.actor is None
        assert entry.system == "reminders"


class TestAnAuditEntryIsNeverUnattributed:
    def test_an_auditor_with_neither_a_user_nor_a_system_name_raises(self):
        with pytest.raises(ValueError, match="needs a signed-in user or a system name"):
            Auditor()

    def test_an_anonymous_user_is_not_an_actor(self):
        with pytest.raises(ValueError):
            Auditor(user=AnonymousUser())

    def test_nothing_is_written_when_the_auditor_is_refused(self, db):
        with pytest.raises(ValueError):
            Auditor(system="").record(AuditAction.VIEW, object_type="children.Child")
        assert AuditLog.objects.count() == 0


class TestBulkEntriesAreWhatBulkCreateWrites:
    """``Auditor._bulk`` writes its entries with one prepared INSERT (``insert_entries``), not
    ``bulk_create``: the rows read back must be the ones ``bulk_create`` writes."""

    @staticmethod
    def _read_back(ids):
        fields = ["at", "actor_id", "system", "action", "object_type", "object_id", "child_id"]
        fields += ["path", "ip_address", "changes"]
        return [
            tuple(row)
            for row in AuditLog.objects.filter(pk__in=ids).order_by("pk").values_list(*fields)
        ]

    @pytest.mark.parametrize("ip_address", [None, "10.0.0.1", "2001:db8::1"])
    def test_views_and_updates(self, area, child, ip_address):
        auditor = Auditor(user=area.dco, path="/advice/queue/", ip_address=ip_address)
        changes = [
            {"status": "accepted", "due_on": datetime.date(2026, 1, 2), "note": "é & <b>"},
            {"n": 3, "items": [1, "two", None], "flag": True},
        ]
        before = set(AuditLog.objects.values_list("pk", flat=True))
        auditor.view_many("children.Child", [child])
        auditor.view_children([child.pk, 12345])
        auditor.update_many([(child, changes[0]), (child, changes[1])])
        written = sorted(set(AuditLog.objects.values_list("pk", flat=True)) - before)
        times = dict(AuditLog.objects.filter(pk__in=written).values_list("pk", "at"))
        kept = sorted(set(AuditLog.objects.values_list("pk", flat=True)))
        expected = [
            AuditLog(
                at=times[pk],
                actor=area.dco,
                action=action,
                object_type="children.Child",
                object_id=str(child_id),
                child_id=child_id,
                path="/advice/queue/",
                ip_address=ip_address,
                changes=change,
            )
            for pk, (action, child_id, change) in zip(
                written,
                [
                    (AuditAction.VIEW, child.pk, {}),
                    (AuditAction.VIEW, child.pk, {}),
                    (AuditAction.VIEW, 12345, {}),
                    (AuditAction.UPDATE, child.pk, {**changes[0], "due_on": "2026-01-02"}),
                    (AuditAction.UPDATE, child.pk, changes[1]),
                ],
                strict=True,
            )
        ]
        AuditLog.objects.bulk_create(expected)
        created = sorted(set(AuditLog.objects.values_list("pk", flat=True)) - set(kept))
        assert len(written) == len(created) == 5
        assert self._read_back(written) == self._read_back(created)

    def test_the_same_entry_twice_and_one_entry(self, area, child):
        """On PostgreSQL the columns every entry shares go once and the rest as arrays: entries
        that share every column (nothing to unnest) and a single entry are written too."""
        auditor = Auditor(user=area.dco, path="/advice/queue/", ip_address="10.0.0.1")
        before = set(AuditLog.objects.values_list("pk", flat=True))
        auditor.view_children([child.pk, child.pk])
        auditor.view_children([7])
        rows = AuditLog.objects.exclude(pk__in=before).order_by("pk")
        assert [(e.child_id, e.object_id, e.actor_id, e.path) for e in rows] == [
            (child.pk, str(child.pk), area.dco.pk, "/advice/queue/"),
            (child.pk, str(child.pk), area.dco.pk, "/advice/queue/"),
            (7, "7", area.dco.pk, "/advice/queue/"),
        ]

    def test_a_system_entry_has_no_actor(self, child):
        before = set(AuditLog.objects.values_list("pk", flat=True))
        Auditor.for_system("reminders").view_children([child.pk])
        [entry] = AuditLog.objects.exclude(pk__in=before)
        assert (entry.actor_id, entry.system, entry.changes) == (None, "reminders", {})
        assert entry.at is not None and entry.at.tzinfo is not None

    def test_more_entries_than_one_insert_takes(self, area, monkeypatch):
        from sendhealth.core import audit

        monkeypatch.setattr(audit, "_CHUNK", 3)
        before = AuditLog.objects.count()
        Auditor(user=area.dco, path="/x/").view_children(list(range(1, 8)))
        assert AuditLog.objects.count() == before + 7
        assert sorted(AuditLog.objects.filter(path="/x/").values_list("child_id", flat=True)) == [
            *range(1, 8)
        ]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's unnest casts")
class TestTheCastsAreTheColumnsTypes:
    """``_insert_arrays`` casts each column's values to a type derived from its field: that type
    is the column's, read back from the database, so a change of a column cannot leave the cast
    behind."""

    def test_each_cast_is_its_columns_type(self, db):
        from sendhealth.core.audit import ENTRY_FIELDS, _pg_types

        columns = {AuditLog._meta.get_field(name).column: name for name in ENTRY_FIELDS}
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = %s",
                [AuditLog._meta.db_table],
            )
            in_table = {columns[c]: t for c, t in cursor.fetchall() if c in columns}
            derived = {}
            for name, type_ in _pg_types().items():
                cursor.execute("SELECT %s::regtype::text", [type_])
                derived[name] = cursor.fetchone()[0]
        assert in_table == derived
        assert derived["object_type"] == "character varying"  # not text, as written by hand once
        assert derived["actor"] == "bigint"  # the foreign key's target's

    def test_an_overlong_value_is_refused_not_cut(self, area, child):
        """The casts carry no length: a value longer than its column fails the insert, as
        ``bulk_create``'s does, rather than being cut to the column's length by the cast."""
        from sendhealth.core.audit import ENTRY_FIELDS, _prepared_one, insert_entries

        path = "/" + "x" * 250  # the column holds 200
        with pytest.raises(DataError), transaction.atomic():  # one value for every entry
            Auditor(user=area.dco, path=path).view_children([child.pk, 7])

        def entry(object_type):
            values = {"at": timezone.now(), "actor": None, "system": "test", "action": "view"}
            values |= {"object_type": object_type, "object_id": "1", "child_id": child.pk}
            values |= {"path": "/", "ip_address": None, "changes": {}}
            return tuple(_prepared_one(name, values[name]) for name in ENTRY_FIELDS)

        long_type = "children." + "C" * 60  # the column holds 60; sent in an array
        with pytest.raises(DataError), transaction.atomic():
            insert_entries([entry("children.Child"), entry(long_type)])
        assert not AuditLog.objects.filter(system="test").exists()
        assert not AuditLog.objects.filter(path=path).exists()
