from django.apps import AppConfig


class LegalDocsConfig(AppConfig):
    name = "legal_docs"
    verbose_name = "Văn bản và thủ tục"

    def ready(self):
        from sites import search_scope

        from .search import cache

        cache.connect_signals()
        # The scopes of the searches (sites layer) are kept once their expiry is wired; the
        # sites app would be the natural place, it is connected here until it does.
        search_scope.connect_signals()
