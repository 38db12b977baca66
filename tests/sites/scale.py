"""A province grown commune by commune, for the tests that compare the board's screens at two sizes."""

from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sites.membership import add_member
from sites.provisioning import provision_unit
from tests.factories import ContentPageFactory
from tests.helpers import PASSWORD, section_of, unit_on

SCALE_HOST = "thunghiem.test"
KINDS = ("commune", "ward", "town", "special_zone")


class GrowingProvince:
    """`Tỉnh Thử Nghiệm` with a board member, a commune editor, and `grow(n)` adding n units,
    each with a news item waiting for moderation."""

    def __init__(self):
        provision_unit("province", "Tỉnh Thử Nghiệm", hostname=SCALE_HOST, email="vanphong@thunghiem.test")
        self.units = []
        self.grow(1)
        add_member("scale_board", SCALE_HOST, "board", email="bbt@thunghiem.test", password=PASSWORD)
        add_member("scale_editor", self.units[0].site.hostname, "editor", email="btv@thunghiem.test", password=PASSWORD)
        self.board = get_user_model().objects.get(username="scale_board")
        self.editor = get_user_model().objects.get(username="scale_editor")
        self.submit(self.units[0], self.editor)

    def grow(self, count):
        for _ in range(count):
            number = len(self.units) + 1
            kind = KINDS[number % len(KINDS)]
            host = f"dv{number}.{SCALE_HOST}"
            provision_unit(kind, f"Đơn vị số {number:03d}", hostname=host, parent_hostname=SCALE_HOST)
            unit = unit_on(host)
            self.units.append(unit)
            if number > 1:
                self.submit(unit, self.board)
        return self

    def submit(self, unit, user):
        page = ContentPageFactory(parent=section_of(unit, "gioi-thieu"), title=f"Tin chờ duyệt của {unit.name}")
        page.save_revision(user=user)
        page.get_workflow().start(page, user)
        return page


@contextmanager
def counted_queries():
    with CaptureQueriesContext(connection) as context:
        yield context


def queries_of(client, url, **params):
    """The number of queries one GET of `url` runs (after a first GET that warms the caches)."""
    assert client.get(url, params).status_code == 200
    with counted_queries() as context:
        response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    return len(context.captured_queries)
