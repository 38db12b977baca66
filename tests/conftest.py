"""A district with three communes and a province with one ward, built once per test session.

Every test runs inside a transaction that is rolled back, so the shared portal is the same
for each of them. Browser tests need committed data and flush the database afterwards,
so they are moved to the end of the run.
"""

import pytest

from django.contrib.auth import get_user_model

from sites.membership import add_member
from sites.provisioning import provision_unit
from tests.helpers import (
    COMMUNE_HOST,
    DISTRICT_HOST,
    MEMBERS,
    OTHER_COMMUNE_HOST,
    PASSWORD,
    PROVINCE_COMMUNE_HOST,
    PROVINCE_HOST,
    TRUSTED_COMMUNE_HOST,
    unit_on,
)


def build_test_district():
    provision_unit("district", "Huyện Hàm Tân", hostname=DISTRICT_HOST, email="vanphong@hamtan.test")
    provision_unit("commune", "Xã Tân Hà", hostname=COMMUNE_HOST, parent_hostname=DISTRICT_HOST)
    provision_unit("town", "Thị trấn Tân Nghĩa", hostname=OTHER_COMMUNE_HOST, parent_hostname=DISTRICT_HOST)
    provision_unit("commune", "Xã Sơn Mỹ", hostname=TRUSTED_COMMUNE_HOST, parent_hostname=DISTRICT_HOST, trusted=True)
    provision_unit("department", "Phòng Văn hóa và Thông tin", parent_hostname=DISTRICT_HOST)
    # A second authority in the same install, so that every rule scoped to an authority
    # can be refused across authorities, not only across communes.
    provision_unit("province", "Tỉnh Lâm Đồng", hostname=PROVINCE_HOST, email="vanphong@lamdong.test")
    provision_unit("ward", "Phường Đà Lạt", hostname=PROVINCE_COMMUNE_HOST, parent_hostname=PROVINCE_HOST)
    for username, (host, role) in MEMBERS.items():
        mail_domain = PROVINCE_HOST if host.endswith(PROVINCE_HOST) else DISTRICT_HOST
        add_member(username, host, role, email=f"{username}@{mail_domain}", password=PASSWORD)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        build_test_district()


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached pages and buffered view counts must not outlive the test whose data made them."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()
    yield


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploads and imported files of this test go to a folder of its own, removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def district(db):
    return unit_on(DISTRICT_HOST)


@pytest.fixture
def commune(db):
    return unit_on(COMMUNE_HOST)


@pytest.fixture
def other_commune(db):
    return unit_on(OTHER_COMMUNE_HOST)


@pytest.fixture
def trusted_commune(db):
    return unit_on(TRUSTED_COMMUNE_HOST)


@pytest.fixture
def province(db):
    return unit_on(PROVINCE_HOST)


@pytest.fixture
def province_commune(db):
    return unit_on(PROVINCE_COMMUNE_HOST)


@pytest.fixture
def login(client):
    """`login("editor")` logs the test client in as that member and returns the user."""

    def log_in(username):
        user = get_user_model().objects.get(username=username)
        client.cookies.clear()  # a fresh session: no flash messages carried over from the last user
        client.force_login(user)
        return user

    return log_in
