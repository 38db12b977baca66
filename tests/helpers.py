"""What many test modules share: the test portal's hostnames and members, refusals, commands.

Test modules import from here (and from the factories), never from each other or from conftest.
"""

import csv
from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO

from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sites.models import Unit

# The district built once per test session (tests/conftest.py), and a second authority beside it.
DISTRICT_HOST = "hamtan.test"
COMMUNE_HOST = "tan-ha.hamtan.test"
OTHER_COMMUNE_HOST = "tan-nghia.hamtan.test"
TRUSTED_COMMUNE_HOST = "son-my.hamtan.test"
PROVINCE_HOST = "lamdong.test"
PROVINCE_COMMUNE_HOST = "da-lat.lamdong.test"

# username -> (site, role)
MEMBERS = {
    "board": (DISTRICT_HOST, "board"),
    "inspector": (DISTRICT_HOST, "inspector"),
    "district_editor": (DISTRICT_HOST, "editor"),
    "editor": (COMMUNE_HOST, "editor"),
    "chief": (COMMUNE_HOST, "chief_editor"),
    "collaborator": (COMMUNE_HOST, "collaborator"),
    "other_editor": (OTHER_COMMUNE_HOST, "editor"),
    "other_chief": (OTHER_COMMUNE_HOST, "chief_editor"),
    "trusted_chief": (TRUSTED_COMMUNE_HOST, "chief_editor"),
    "province_board": (PROVINCE_HOST, "board"),
    "province_inspector": (PROVINCE_HOST, "inspector"),
    "province_editor": (PROVINCE_COMMUNE_HOST, "editor"),
}
PASSWORD = "mat-khau-thu"


def unit_on(hostname):
    return Unit.objects.select_related("site__root_page").get(site__hostname=hostname)


def refused(response):
    """Wagtail refuses an admin request with 403, or with a redirect to the dashboard itself.

    Only the dashboard's own address counts: a redirect to any other admin page (a saved form
    going back to its listing, say) is a success, not a refusal.
    """
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@contextmanager
def unchanged(read_state):
    """Asserts that `read_state()` answers the same after the block as before it."""
    before = read_state()
    yield
    after = read_state()
    assert after == before, f"state changed: {before!r} -> {after!r}"


def assert_refused(response, read_state=None, before=None):
    """A refusal (see `refused`); with `read_state` and `before`, also that nothing changed."""
    assert refused(response), f"not refused: {response.status_code} {response.get('Location', '')}"
    if read_state is not None:
        assert read_state() == before


@dataclass
class CommandResult:
    stdout: str
    stderr: str
    error: CommandError | None

    @property
    def failed(self):
        return self.error is not None


def run_command(name, *args, **options):
    """Run a management command as an operator would; a CommandError is returned, not raised."""
    out, err = StringIO(), StringIO()
    try:
        call_command(name, *args, stdout=out, stderr=err, **options)
    except CommandError as error:
        return CommandResult(out.getvalue(), err.getvalue(), error)
    return CommandResult(out.getvalue(), err.getvalue(), None)


def section_of(unit, slug):
    """The standard section `slug` (e.g. "gioi-thieu", "tin-tuc-su-kien") of the unit's portal."""
    return unit.site.root_page.get_children().get(slug=slug).specific


# -- moderation through the admin, as the members do it ------------------------------------------


def current_task_state(page):
    """The task state the page's workflow in progress waits on."""
    from wagtail.models import WorkflowState

    return WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state


def workflow_action(client, page, action, comment="", **data):
    """Post `action` ("approve", "reject") on the page's current task, as the logged-in user;
    `data` adds fields to the form (e.g. the compliance override's reason)."""
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, current_task_state(page).pk]),
        {"comment": comment, **data},
    )


def submit_news(client, unit, title, slug, **fields):
    """The logged-in member writes a news page in the unit's news section and submits it for review."""
    from articles.models import ArticlePage
    from tests.articles.factories import article_form_data

    parent = section_of(unit, "tin-tuc-su-kien")
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["articles", "articlepage", parent.pk]),
        article_form_data(title, slug, **{"action-submit": "submit", **fields}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return ArticlePage.objects.get(slug=slug)


def csv_bytes(header, rows, bom=False, delimiter=","):
    """A CSV file as a spreadsheet saves it (CRLF lines, UTF-8, a BOM if asked): `header` first
    unless None; each row a list, or a dict read in the header's order."""
    buffer = StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if header is not None:
        writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header] if isinstance(row, dict) else row)
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8")


def write_csv_file(path, header, rows, bom=False, delimiter=","):
    path.write_bytes(csv_bytes(header, rows, bom=bom, delimiter=delimiter))
    return path


@contextmanager
def rolled_back(django_db_blocker):
    """Database work for a whole test module, undone when the module ends (for module fixtures
    that build something too costly to build per test)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def cold_queries(client, path, host=COMMUNE_HOST):
    """The SQL of a render after a first one (renditions made) with every cache emptied."""
    assert client.get(path, HTTP_HOST=host).status_code == 200
    for cache in caches.all(initialized_only=True):
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (path, response.status_code)
    return [query["sql"] for query in queries]
