"""The demo is loaded once for the whole tests/demo package, inside a transaction rolled back after it.

The demo expects a fresh install, so the session's test portal (tests/conftest.py, whose district
bears the same unit names) is removed first, inside that same transaction, and comes back with the
rollback. Each test runs in a savepoint within it (pytest-django's `db` nests), so a test that
changes the demo or runs `load_demo` again leaves the next one the demo as first loaded.
"""

import pytest

from django.db import transaction

from wagtail.models import Site

from .helpers import clear_portals, demo_district, run_load_demo


@pytest.fixture(scope="package")
def first_run_output(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            clear_portals()
            yield run_load_demo()
            transaction.set_rollback(True)
        # The rollback sends no signals, so Wagtail's cached site roots still name the demo's sites.
        Site.clear_site_root_paths_cache()


@pytest.fixture
def demo(first_run_output, db):
    """The demo's district (`sites.Unit`), with the test's savepoint open."""
    return demo_district()
