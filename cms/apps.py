from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Nền tảng cổng thông tin"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from . import session_refresh, site_lookup

        site_lookup.connect()
        user_logged_in.connect(session_refresh.mark_refreshed_at_login, dispatch_uid="cms_session_refreshed_at_login")
