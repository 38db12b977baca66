import atexit

from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Tin bài"

    def ready(self):
        from . import page_cache, receivers, view_counts  # noqa: F401

        page_cache.connect_signals()
        atexit.register(view_counts.flush_at_exit)
