import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Không tìm thấy Chromium ở {CHROMIUM}: `make test` cài gói Debian chromium.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, which makes Django
    # refuse ORM calls here (fixtures, the database flush after each browser test) though
    # they are plain synchronous ones. Browser tests run last, so only they see this.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                # Every test hostname (tan-ha.hamtan.test, …) is served by the live server on loopback.
                "--host-resolver-rules=MAP * 127.0.0.1",
            ],
        )
        yield browser
        browser.close()


def restore_migration_data():
    """Put back what the migrations create (Wagtail's roots, the legal lists) and the flush of a
    transactional test removes."""
    from importlib import import_module

    from django.apps import apps
    from django.conf import settings

    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.get_first_root_node():
        Page.add_root(title="Tất cả các trang", slug="root", live=True)
    if not Collection.get_first_root_node():
        Collection.add_root(name="Tất cả thư mục")
    import_module("legal_docs.migrations.0002_seed_lists_and_trigram_indexes").seed_lists(apps, None)


@pytest.fixture
def live_portal(live_server):
    """The live server with the test district in it.

    Each browser test flushes the database when it ends, so what the migrations made and
    the test district are put back (idempotently) for every one of them.
    """
    from tests.conftest import build_test_district

    restore_migration_data()
    build_test_district()
    return live_server
