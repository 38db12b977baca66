from wagtail import hooks

from cms.site_search import SITE_SEARCH_KINDS_HOOK

from .search import content_search_kind

hooks.register(SITE_SEARCH_KINDS_HOOK, content_search_kind)
