import pytest

from .factories import seed_000_february_2017


@pytest.fixture
def ham_tan_february_2017(district, client, login, tmp_path):
    """Seed 000's month in Hàm Tân (`factories.seed_000_february_2017`)."""
    return seed_000_february_2017(district, client, login, tmp_path)
