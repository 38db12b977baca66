"""Tags every public template uses: the current unit, its navigation, its header lines.

What every page of a site shows the same (its unit, main menu, contact and link settings) is
kept per site between renders (`cms.page_cache.site_part`), expired with the site's pages.
"""

from django import template

from wagtail.models import Site

from cms.page_cache import site_part, site_parts
from sites.models import SiteContactSettings, SiteLinkSettings, Unit

from ..routing import ROUTE_ANCESTORS_ATTR

register = template.Library()


@register.simple_tag(takes_context=True)
def current_site(context):
    request = context.get("request")
    return Site.find_for_request(request) if request else None


@register.simple_tag(takes_context=True)
def current_unit(context):
    return _unit_of(current_site(context))


def _unit_of(site):
    """The site's unit from `sites.access`, kept on the site object (Wagtail keeps one per request)."""
    if site is None:
        return None
    if not hasattr(site, "_portal_unit"):
        # sites.access.unit_for_site's, with the parent's site that the header and footer link to.
        site._portal_unit = site_part(
            site.pk, "unit", lambda: Unit.objects.select_related("site", "parent__site").filter(site=site).first()
        )
    return site._portal_unit


@register.simple_tag(takes_context=True)
def site_ancestors(context, page):
    """The pages from this site's home page down to `page`'s parent; none on the home page itself."""
    site = current_site(context)
    if site is None or page.pk == site.root_page_id:
        return []
    routed = getattr(page, ROUTE_ANCESTORS_ATTR, None)  # read while routing the request: no query
    if routed and routed[0].pk == site.root_page_id:
        return routed
    root = site.root_page
    return list(page.get_ancestors().filter(path__startswith=root.path, depth__gte=root.depth))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live, in-menu children of this site's home page, in tree order."""
    site = current_site(context)
    if site is None:
        return []
    page = context.get("page")
    children = context.get("home_children")  # the home page read them already
    if children is not None and page is not None and page.pk == site.root_page_id:
        return [child for child in children if child.show_in_menus]
    return site_part(site.pk, "menu", lambda: list(site.root_page.get_children().live().in_menu()))


@register.simple_tag(takes_context=True)
def header_subtitle(context, site):
    """The line under the unit's name, e.g. “Huyện Hàm Tân – Tỉnh Bình Thuận”.

    A site's own tagline wins; otherwise the names of the units above it, ending
    with the topmost portal's tagline (the province, which has no portal here).
    """
    if site is None:
        return ""
    unit = _unit_of(site)
    top_site_id = _top_portal_site_id(unit)
    # The site's contacts and the top portal's in one read when neither is kept yet.
    contacts = _contact_settings([site.pk] + ([top_site_id] if top_site_id not in (None, site.pk) else []))
    request = context.get("request")
    if request is not None and Site.find_for_request(request) == site:
        own = _on_request(request, contacts[site.pk]).tagline
    else:
        own = contacts[site.pk].tagline
    if own or unit is None:
        return own
    names = []
    parent = unit.parent
    while parent is not None:
        names.append(parent.name)
        if parent.parent is None and top_site_id is not None and contacts[top_site_id].tagline:
            names.append(contacts[top_site_id].tagline)
        parent = parent.parent
    return " – ".join(names)


def _top_portal_site_id(unit):
    """The site of the topmost unit above `unit`, when that unit has a portal."""
    parent = unit.parent if unit is not None else None
    while parent is not None:
        if parent.parent is None:
            return parent.site_id
        parent = parent.parent
    return None


def _contact_settings(site_ids):
    """`{site_id: SiteContactSettings}`, kept with each site's parts; those not kept in one query."""

    def read(missing):
        found = {row.site_id: row for row in SiteContactSettings.base_queryset().filter(site_id__in=missing)}
        for site_id in missing:
            if site_id not in found:  # as Wagtail's for_site does: a row with the defaults
                found[site_id] = SiteContactSettings.base_queryset().get_or_create(site_id=site_id)[0]
        return found

    return site_parts(site_ids, SiteContactSettings._meta.label_lower, read)


@register.simple_tag(takes_context=True)
def site_link_settings(context):
    """The site's SiteLinkSettings (banners, "Liên kết website"), as `{{ settings }}` gives them,
    knowing their site already: telling the links to other portals from its own asks nothing."""
    request = context.get("request")
    site = current_site(context)
    if request is None or site is None:
        return None
    return _request_settings(request, site, SiteLinkSettings)


def _site_settings(site_id, model):
    """A site's settings of this model, kept with the site's parts; SiteLinkSettings with the
    links it shows already read."""

    def read():
        if model is SiteLinkSettings:
            instance = model.base_queryset().select_related("site").get_or_create(site_id=site_id)[0]
            instance.banners  # noqa: B018 -- reads the links (a cached property), kept with the settings
            return instance
        return model.base_queryset().get_or_create(site_id=site_id)[0]

    return site_part(site_id, model._meta.label_lower, read)


def _request_settings(request, site, model):
    """`model.for_request(request)`, from the site's parts."""
    attribute = model.get_cache_attr_name()
    if hasattr(request, attribute):
        return getattr(request, attribute)
    return _on_request(request, _site_settings(site.pk, model))


def _on_request(request, instance):
    """Keeps the request's site settings on the request, as `for_request` does, where the
    templates' `{{ settings }}` (the footer's contacts) find them without asking again."""
    attribute = type(instance).get_cache_attr_name()
    if not hasattr(request, attribute):
        instance._request = request
        setattr(request, attribute, instance)
    return getattr(request, attribute)
