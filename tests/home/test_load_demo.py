from django.contrib.auth.models import Group

from wagtail.models import Site

from sites.models import Unit


def clear_portals():
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
