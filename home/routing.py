"""Wagtail's routing from a portal's home page, with the pages along the path read in one query.

Wagtail walks the path one level at a time: for each slug a query for the child and another for
its specific instance (an article three sections down costs eight queries before it renders).
`route_below` reads every page along the path in one query, walks the same way Wagtail does
(a live routable page whose own routes answer the rest of the path stops the walk; a page type
with a `route` of its own is handed the rest), and hands over to the page it stops at, so what
is served, its routes and its 404s stay Wagtail's own. The page served keeps its ancestors from
the home page down (`route_ancestors`), for the breadcrumbs.
"""

from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

ROUTE_ANCESTORS_ATTR = "route_ancestors"
_WAGTAIL_ROUTES = (Page.route, RoutablePageMixin.route)


def _stops_here(page, remaining):
    """Whether Wagtail's walk, at `page` with `remaining` slugs left, would stop at this page."""
    model = page.specific_class
    if model is None or getattr(model, "route", Page.route) not in _WAGTAIL_ROUTES:
        return True
    if issubclass(model, RoutablePageMixin) and page.live:
        try:
            model.get_resolver().resolve("/" + "".join(part + "/" for part in remaining))
        except Resolver404:
            return False
        return True
    return False


def route_below(root, request, path_components, route_from_root):
    """The RouteResult of `path_components` below `root`; `route_from_root(components)` is
    Wagtail's own routing from `root`, used when the path cannot be walked from one read."""
    if not path_components:
        return route_from_root(path_components)
    last_depth = root.depth + len(path_components)
    rows = Page.objects.filter(
        slug__in=set(path_components), path__startswith=root.path, depth__gt=root.depth, depth__lte=last_depth
    )
    children = {}
    for page in rows:
        key = (page.path[: -Page.steplen], page.slug)
        if key in children:  # two siblings with one slug: Wagtail's own lookup decides
            return route_from_root(path_components)
        children[key] = page
    ancestors = []
    node = root
    consumed = 0
    while consumed < len(path_components):
        if node is not root and _stops_here(node, path_components[consumed:]):
            break
        child = children.get((node.path, path_components[consumed]))
        if child is None:
            break
        child._cached_parent_obj = node
        ancestors.append(node)
        node = child
        consumed += 1
    if node is root:
        return route_from_root(path_components)
    page = node.specific
    page._cached_parent_obj = ancestors[-1]
    setattr(page, ROUTE_ANCESTORS_ATTR, ancestors)
    return page.route(request, path_components[consumed:])
