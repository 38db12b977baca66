from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "sites"
    verbose_name = "Đơn vị và trang"

    def ready(self):
        from . import cache_purge

        cache_purge.connect()
