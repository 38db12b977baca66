"""The demo's link lists: government and press links and a banner on the district and some communes.

A link is found again by its address and position: a second run creates nothing, and a title an editor
has since changed is left alone. One commune carries a banner to a shop page with an affiliate parameter,
the kind of lapse the inspectors' advertising-link rule exists to catch. Built through the models rather
than `sites.links_import.import_links`, which brings a link's title and the list's order back to the
file's, where the demo only adds what is missing and leaves an editor's changes alone.
"""

from sites.models import LinkPosition, SiteLink, SiteLinkSettings, Unit

from . import data


def load_links(demo):
    """Add the demo links and banners each site is missing."""
    links = data.links()
    district = demo.district
    district_url = f"{district.site.root_url}/"
    plans = [(district, _entries(links["district"]["links"], links["district"]["banners"], district_url))]
    banners = links["commune_banners"]
    for unit in Unit.objects.filter(parent=district, name__in=banners).with_sites():
        plans.append((unit, _entries(links["commune_links"], banners[unit.name], district_url)))
    created = sum(_add_missing(unit, entries) for unit, entries in plans)
    demo.report.add_created(created, "liên kết website và banner")


def _entries(links, banners, district_url):
    entries = [(link["title"], link["url"], LinkPosition.LINK) for link in links]
    entries += [(banner["title"], banner["url"], LinkPosition.BANNER) for banner in banners]
    return [(title, url.replace("{district}", district_url), position) for title, url, position in entries]


def _add_missing(unit, entries):
    settings = SiteLinkSettings.for_site(unit.site)
    existing = set(settings.links.values_list("url", "position"))
    next_order = settings.links.count()
    new = []
    for title, url, position in entries:
        if (url, position) not in existing:
            new.append(SiteLink(setting=settings, title=title, url=url, position=position, sort_order=next_order))
            next_order += 1
    if new:
        SiteLink.objects.bulk_create(new)
        settings.save()  # tells the page cache the portal's pages changed
    return len(new)
