"""Signals of the page cache."""

from django.dispatch import Signal

# Sent each time a page whose type has `page_cache_enabled` is served, rendered or from the cache
# (a preview, a logged-in editor and a bot included: receivers decide what counts).
# sender: the page's model class; keyword arguments: request, page_id, route (the name of the
# RoutablePageMixin route served, "" for the page's main view), from_cache (bool).
# Sent on every cache hit: receivers are looked up once per sender, not on each send.
page_served = Signal(use_caching=True)
