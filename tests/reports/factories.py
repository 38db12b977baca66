"""Units, quotas and published items for the report tests.

Articles reach the reports the way they do in production: imported with `import_articles`
(the unit field names the contributing unit) or published through Wagtail, so the ledger is
written by the publish signals, never by the test.
"""

import json

from django.core.management import call_command

from reports.models import Quota
from sites.models import Unit, UnitKind


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
