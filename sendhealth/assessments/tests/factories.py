import datetime

import factory

from sendhealth.assessments.models import Assessment, Sen2Return


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assessment

    local_authority = factory.LazyAttribute(lambda o: o.child.local_authority)
    icb = factory.LazyAttribute(lambda o: o.child.local_authority.parent)
    requests_table_id = factory.Sequence(lambda n: f"R{n}")
    received_on = datetime.date(2025, 9, 1)


class Sen2ReturnFactory(factory.django.DjangoModelFactory):
    """A return uploaded by ``local_authority`` (its file already stored), not yet imported."""

    class Meta:
        model = Sen2Return

    icb = factory.LazyAttribute(lambda o: o.local_authority.parent)
    collection_year = 2026
    file_token = "t"
    file_format = "zip"
    file = "sen2/t"


def import_rows(tmp_path, area, rows, name="r.zip"):
    """The demo return ``rows`` (``assessments.demo.build``) imported for the area's LA."""
    from sendhealth.assessments import demo
    from sendhealth.assessments.importer import run_import

    path = tmp_path / name
    path.write_bytes(demo.to_bytes(rows))
    return run_import(Sen2ReturnFactory(local_authority=area.la), path)
