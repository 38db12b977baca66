"""The sites a report screen reads, and the condition that keeps its rows to their trees.

Shared by the report modules that list pages per site (`sections.py`, `reviews.py`).
"""

from django.db.models import Q

from wagtail.models import Site


def sites_by_pk(site_ids=None):
    """{pk: Site} of these sites (every site when None), root pages loaded, in name order. One query."""
    sites = Site.objects.select_related("root_page").order_by("site_name", "hostname")
    if site_ids is not None:
        sites = sites.filter(pk__in=site_ids)
    return {site.pk: site for site in sites}


def under_sites(sites, path_field="path"):
    """A condition on `path_field` (a page's path, or e.g. "page__path" through a relation): under
    the root page of any of `sites`."""
    condition = Q()
    for site in sites:
        condition |= Q(**{f"{path_field}__startswith": site.root_page.path})
    return condition
