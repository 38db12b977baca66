"""Load the demo district: huyện Hàm Tân with its communes, departments, users and content.

Called by `manage.py load_demo` and by the tests. Units, sites, groups and workflows come from the
provisioning service, accounts from the membership service; the parts below then add each domain's
content, in order, inside one transaction: an error anywhere rolls the whole load back. Running it
again adds only what is missing, and says so.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page, Site

from reports.ledger import rebuild_items
from sites.models import Unit

from . import articles, comments, compliance, contributions, legal_docs, links, pages, questions, units, visits
from .report import NO_CHANGE_MESSAGE, DemoReport

__all__ = ["NO_CHANGE_MESSAGE", "DemoReport", "is_local_install", "load_demo"]

# Demo accounts share a published password, so the demo only belongs on an install that
# answers on loopback names and reserved test domains alone.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]", "testserver"})
LOCAL_DOMAINS = (".localhost", ".test")


@dataclass
class Demo:
    """What every part of the loader works from: the load day, the report, the superuser, the district."""

    today: date
    report: DemoReport
    admin: object
    district: Unit


def is_local_install():
    if not settings.ALLOWED_HOSTS:
        return settings.DEBUG
    return all(_is_local_host(host) for host in settings.ALLOWED_HOSTS)


def _is_local_host(host):
    return host in LOCAL_HOSTS or f".{host.lstrip('.')}".endswith(LOCAL_DOMAINS)


def load_demo(today=None):
    """Create or complete the demo; returns a `DemoReport` of what changed."""
    report = DemoReport()
    with transaction.atomic():
        before = _counts()
        admin = units.ensure_superuser()
        district, communes = units.ensure_units(report)
        units.ensure_members(report)
        demo = Demo(today or timezone.localdate(), report, admin, district)
        pages.fill_sites(demo, communes)
        after = _counts()
        # Counted before the content parts run: they report what they create themselves, under their own label.
        for name in ("sites", "units", "pages", "users"):
            setattr(report, name, after[name] - before[name])
        links.load_links(demo)
        articles.load_news(demo)
        legal_docs.load_legal_docs(demo)
        contributions.load_contributions(demo)
        questions.load_questions(demo)
        comments.load_comments(demo)
        visits.load_visits(demo)
        compliance.scan_new_demo(demo)
        if report.changed:
            # Backdating pages after their publish leaves the ledger with the publish moment.
            rebuild_items()
    return report


def _counts():
    return {
        "sites": Site.objects.count(),
        "units": Unit.objects.count(),
        "pages": Page.objects.count(),
        "users": get_user_model().objects.count(),
    }
