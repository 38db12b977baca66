import time
from io import StringIO

import pytest

from django.core.management import call_command


@pytest.mark.django_db
def test_time():
    from tests.home.test_load_demo import clear_portals
    clear_portals()
    t = time.time()
    out = StringIO()
    call_command("load_demo", stdout=out)
    print("first", time.time() - t, out.getvalue())
    t = time.time()
    call_command("load_demo", stdout=out)
    print("second", time.time() - t, out.getvalue())
