"""Background work: importing an SEN2 return (the page polls its progress)."""

from __future__ import annotations

from django_tasks import task


@task()
def import_return(return_id: int) -> str:
    from sendhealth.assessments.importer import run_import
    from sendhealth.assessments.models import Sen2Return

    ret = Sen2Return.objects.select_related("local_authority").get(pk=return_id)
    with ret.file.open("rb"):
        path = ret.file.path
    return run_import(ret, path).status


SCHEDULED = ()


def sweep_staging() -> None:
    """The staging tables a killed import left behind (``importer.sweep_stages``)."""
    from sendhealth.assessments.importer import sweep_stages

    sweep_stages()


AT_START = (sweep_staging,)  # run once when the worker starts (``core`` worker)
