"""Background work for inspections (Django's tasks API, database backend; run by
``manage.py worker``): assembling a pack. Nothing on the timer."""

from __future__ import annotations

from django_tasks import task


@task()
def assemble_inspection_pack(pack_id: int) -> bool:
    from sendhealth.inspections.services import assemble

    return assemble(pack_id) is not None


SCHEDULED: tuple = ()
