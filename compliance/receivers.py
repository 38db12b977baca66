"""Publishing or unpublishing a page rescans it, so its findings follow what is live; a new demo
district is scanned once, so the inspector's screens have something to show."""

import logging

from django.db import transaction
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from cms.signals import demo_district_loaded

from .models import Inspection, Trigger
from .scanner import rescan_page, run_scan

logger = logging.getLogger(__name__)


@receiver(page_published, dispatch_uid="compliance_rescan_published_page")
@receiver(page_unpublished, dispatch_uid="compliance_rescan_unpublished_page")
def rescan_changed_page(sender, instance, **kwargs):
    # A failing check must never undo the editor's publishing: it runs in its own savepoint and
    # the next full scan catches up.
    try:
        with transaction.atomic():
            revision = kwargs.get("revision")
            rescan_page(instance, trigger=Trigger.PUBLISH, user=getattr(revision, "user", None))
    except Exception:
        logger.exception("Không kiểm tra lại được trang %s sau khi xuất bản", getattr(instance, "pk", None))


@receiver(demo_district_loaded, dispatch_uid="compliance_scan_new_demo")
def scan_new_demo(sender, district, report, **kwargs):
    # Once: a later `load_demo` (which must change nothing) finds the inspection already there.
    if Inspection.objects.exclude(trigger=Trigger.PUBLISH).exists():
        return
    sites = [district.site, *(unit.site for unit in district.children.with_sites())]
    run_scan(sites, Trigger.COMMAND)
    report.add_created(1, "lần kiểm tra tuân thủ")
