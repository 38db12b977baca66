from django.apps import AppConfig
from django.db.models.signals import post_migrate


def fill_ledger_after_upgrade(sender, using, **kwargs):
    """An install that had live pages before the reports existed gets its ledger once, after the
    migrations (a data migration would read the page tables as later migrations may change them)."""
    import logging

    from .ledger import COUNTED, rebuild_items
    from .models import PublishedItem

    if PublishedItem.objects.using(using).exists():
        return
    if any(model._base_manager.using(using).filter(live=True).exists() for model in COUNTED):
        count = rebuild_items()
        logging.getLogger(__name__).info("Đã lập sổ tin bài cho báo cáo: %d mục.", count)


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Báo cáo biên tập"

    def ready(self):
        from . import receivers  # noqa: F401  (publishing a page records it for the reports)

        post_migrate.connect(fill_ledger_after_upgrade, sender=self, dispatch_uid="reports_fill_ledger")
