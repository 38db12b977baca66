"""Shared helpers of the demo tests: clearing the test portal, running `load_demo`, the demo's data."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Site

from demo.loading import data
from demo.loading.legal_docs import document_index, document_slug
from legal_docs.models import LegalDocumentPage
from sites.models import Unit

DISTRICT_HOST = "localhost"
COMMUNE_HOSTS = [f"{commune['slug']}.localhost" for commune in data.units()["communes"]]


def clear_portals():
    """Remove every unit with its site, pages, collection and role groups."""
    units = list(Unit.objects.select_related("site__root_page", "collection"))
    roots = [unit.site.root_page for unit in units if unit.site]
    collections = [unit.collection for unit in units if unit.collection]
    group_ids = list(Group.objects.filter(unit_role__isnull=False).values_list("pk", flat=True))
    Unit.objects.filter(parent__isnull=False).delete()
    Unit.objects.all().delete()
    Site.objects.all().delete()
    for root in roots:
        root.delete()
    for collection in collections:
        collection.delete()
    Group.objects.filter(pk__in=group_ids).delete()


def run_load_demo(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts(models):
    return {model.__name__: model.objects.count() for model in models}


def site_units():
    return list(Unit.objects.with_sites().select_related("site__root_page"))


def demo_district():
    return Unit.objects.select_related("site__root_page").get(site__hostname=DISTRICT_HOST)


def district_document(key):
    """The district's published page of the demo document `key` (national or district)."""
    documents = data.legal_documents()
    spec = next(
        spec for spec in documents["national_documents"] + documents["district_documents"] if spec.get("key") == key
    )
    slug = document_slug(spec["type"], spec["number"])
    return LegalDocumentPage.objects.child_of(document_index(demo_district())).get(slug=slug)
