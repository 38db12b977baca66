"""Tags every public template uses: the current unit, its navigation, its header lines."""

from django import template

from wagtail.models import Site

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
        site._portal_unit = Unit.objects.select_related("site", "parent__site").filter(site=site).first()
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
    return site.root_page.get_children().live().in_menu()


@register.simple_tag(takes_context=True)
def header_subtitle(context, site):
    """The line under the unit's name, e.g. “Huyện Hàm Tân – Tỉnh Bình Thuận”.

    A site's own tagline wins; otherwise the names of the units above it, ending
    with the topmost portal's tagline (the province, which has no portal here).
    """
    if site is None:
        return ""
    request = context.get("request")
    # for_request keeps the settings on the request, where the footer's {{ settings }} finds them again.
    if request is not None and Site.find_for_request(request) == site:
        own = SiteContactSettings.for_request(request).tagline
    else:
        own = SiteContactSettings.for_site(site).tagline
    unit = _unit_of(site)
    if own or unit is None:
        return own
    names = []
    parent = unit.parent
    while parent is not None:
        names.append(parent.name)
        if parent.parent is None and parent.site_id:
            top_tagline = SiteContactSettings.for_site(parent.site).tagline
            if top_tagline:
                names.append(top_tagline)
        parent = parent.parent
    return " – ".join(names)


@register.simple_tag(takes_context=True)
def site_link_settings(context):
    """The site's SiteLinkSettings (banners, "Liên kết website"), as `{{ settings }}` gives them,
    knowing their site already: telling the links to other portals from its own asks nothing."""
    request = context.get("request")
    site = current_site(context)
    if request is None or site is None:
        return None
    links = SiteLinkSettings.for_request(request)
    if links.site_id == site.pk:
        links.site = site
    return links
