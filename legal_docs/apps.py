from django.apps import AppConfig


class LegalDocsConfig(AppConfig):
    name = "legal_docs"
    verbose_name = "Văn bản và thủ tục"

    def ready(self):
        from .search import cache

        cache.connect_signals()
