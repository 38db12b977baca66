from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Nền tảng cổng thông tin"

    def ready(self):
        from . import site_lookup

        site_lookup.connect()
