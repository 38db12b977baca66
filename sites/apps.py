from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "sites"
    verbose_name = "Đơn vị và trang"

    def ready(self):
        from . import cache_purge

        cache_purge.connect()
        from . import demo_links  # noqa: F401  (connects demo_links.load_demo_links to cms.signals.demo_district_loaded)
