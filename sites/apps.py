from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "sites"
    verbose_name = "Đơn vị và trang"

    def ready(self):
        from . import cache_purge, search_scope

        cache_purge.connect()
        search_scope.connect_signals()
