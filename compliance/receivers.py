"""Publishing or unpublishing a page rescans it, so its findings follow what is live."""

import logging

from django.db import transaction
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from .models import Trigger
from .scanner import rescan_page

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
