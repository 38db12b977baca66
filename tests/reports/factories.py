"""Units, quotas and published items for the report tests.

Articles reach the reports the way they do in production: imported with `import_articles`
(the unit field names the contributing unit) or published through Wagtail, so the ledger is
written by the publish signals, never by the test.
"""

import json

from django.core.management import call_command

from reports.models import Quota, ReportingRule
from sites.models import Unit, UnitKind
from tests.helpers import DISTRICT_HOST, current_task_state, submit_news, workflow_action


def unit_under(authority, name, kind=UnitKind.DEPARTMENT, short_name=""):
    """A unit of the authority with no portal of its own (departments, or a commune not yet online)."""
    unit, _ = Unit.objects.get_or_create(parent=authority, name=name, defaults={"kind": kind, "short_name": short_name})
    return unit


def quota(authority, items, unit=None, unit_kind="", period_kind="month"):
    return Quota.objects.create(
        authority=authority, unit=unit, unit_kind=unit_kind, period_kind=period_kind, items=items
    )


def import_articles(folder, site_host, articles, name="tin.jsonl"):
    """Import `articles`, each `(unit name or "", "YYYY-MM-DDTHH:MM", kind)`, onto the portal."""
    path = folder / name
    with path.open("w", encoding="utf-8") as stream:
        for number, (unit_name, when, kind) in enumerate(articles, start=1):
            line = {
                "external_id": f"{name}-{number}",
                "title": f"Hoạt động của {unit_name or 'huyện'} số {number}",
                "kind": kind,
                "section": "Tin tức – Sự kiện",
                "published_at": f"{when}:00+07:00",
                "author": "Minh Tâm",
                "unit": unit_name,
                "summary": "Tin về hoạt động của đơn vị.",
                "body_html": "<p>Nội dung tin.</p>",
                "images": [],
                "source": {"name": "Báo Bình Thuận"} if kind == "diem_bao" else None,
                "tags": [],
            }
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    call_command("import_articles", str(path), "--site", site_host)
    return path


# Hàm Tân, February 2017 (seed 000): who sent items, and how many each (19 in all), and who sent none.
SEED_000_CONTRIBUTORS = {
    "Đài TT-TH": 3,
    "Phòng Văn hóa và Thông tin": 4,
    "Phòng TC-KH": 2,
    "Phòng Nội Vụ": 2,
    "Phòng LĐTB&XH": 2,
    "Phòng Y tế": 2,
    "Phòng GD&ĐT": 1,
    "Ban QLDA": 1,
    "Xã Tân Hà": 2,
}
SEED_000_SILENT_DEPARTMENTS = [
    "Văn phòng HĐND&UBND",
    "Phòng TN&MT",
    "Thanh tra huyện",
    "Trung tâm GDNN-GDTX",
    "Trung tâm Phát triển quỹ đất",
    "Phòng Kinh tế - Hạ tầng",
    "Phòng Tư pháp",
    "Phòng NN&PTNT",
    "Ban quản lý CTCC",
    "Trung tâm VHTT&TT",
]
# Tân Nghĩa (a town) and Sơn Mỹ have portals in the test install; the others are units without one.
SEED_000_SILENT_COMMUNES = [
    "Xã Thắng Hải",
    "Xã Sơn Mỹ",
    "Xã Tân Xuân",
    "Thị trấn Tân Nghĩa",
    "Xã Sông Phan",
    "Xã Tân Phúc",
    "Xã Tân Minh",
]


def seed_000_february_2017(district, client, login, folder):
    """Seed 000 as data: Hàm Tân's 18 departments and 9 communes, its month from the 20th, the
    province's quota of 12, the 19 items of 20/01–19/02/2017 (the month's first and last minute
    among them, the minutes around them and one item of February 2016 outside), and Tân Đức's item
    written by the district's editor and sent back by the board."""
    ReportingRule.objects.create(authority=district, month_start_day=20)
    for name in [*SEED_000_CONTRIBUTORS, *SEED_000_SILENT_DEPARTMENTS]:
        if not name.startswith("Xã"):
            unit_under(district, name)
    for name in ["Xã Thắng Hải", "Xã Tân Xuân", "Xã Sông Phan", "Xã Tân Phúc", "Xã Tân Minh", "Xã Tân Đức"]:
        unit_under(district, name, kind=UnitKind.COMMUNE)
    quota(district, 12, unit=district)
    quota(district, 1, unit_kind=UnitKind.DEPARTMENT)
    quota(district, 2, unit_kind=UnitKind.COMMUNE)

    items = []
    for name, count in SEED_000_CONTRIBUTORS.items():
        items += [(name, f"2017-02-{10 + number:02d}T09:00", "tin") for number in range(count)]
    items[0] = ("Đài TT-TH", "2017-01-20T00:01", "tin")
    items[1] = ("Đài TT-TH", "2017-02-19T23:59", "bai")
    items += [("Xã Thắng Hải", "2017-01-19T23:59", "tin"), ("Phòng Tư pháp", "2017-02-20T00:01", "tin")]
    items.append(("Xã Tân Hà", "2016-02-10T09:00", "tin"))  # the same month a year earlier
    import_articles(folder, DISTRICT_HOST, items)

    login("district_editor")
    tan_duc = unit_under(district, "Xã Tân Đức")
    page = submit_news(
        client, district, "Tân Đức ra quân làm sạch bãi biển", "tan-duc-ra-quan", contributing_unit=tan_duc.pk
    )
    login("board")
    task_state = current_task_state(page)
    response = workflow_action(client, page, "reject", comment="Ảnh chưa rõ nguồn, nội dung chưa phù hợp.")
    assert response.status_code == 302
    # The rejection happened today; the seed's happened in February 2017.
    type(task_state).objects.filter(pk=task_state.pk).update(finished_at="2017-02-12T10:00+07:00")
    client.logout()
    return district
