import pytest

from sendhealth.assurance.tests.factories import ensure_shipped_tools


@pytest.fixture(autouse=True)
def _shipped_tools(request):
    """A transactional test (the browser journeys) flushes the data migration's audit tools;
    put them back for every test that uses the database."""
    names = set(request.fixturenames)
    if "transactional_db" in names:
        request.getfixturevalue("transactional_db")
    elif "db" in names:
        request.getfixturevalue("db")
    else:
        return
    ensure_shipped_tools()
