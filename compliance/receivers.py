"""Publishing or unpublishing a page rescans it, so its findings follow what is live."""

import logging

from django.db import transaction
from django.dispatch import receiver

from wagtail.log_actions import get_active_log_context
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
            rescan_page(instance, trigger=Trigger.PUBLISH, user=publisher())
    except Exception:
        logger.exception("Không kiểm tra lại được trang %s sau khi xuất bản", getattr(instance, "pk", None))


def publisher():
    """Who is publishing: the admin user of this request (Wagtail's log context, set for every
    admin view), not the author of the revision. None outside the admin (scheduled publishing)."""
    user = get_active_log_context().user
    return user if getattr(user, "is_authenticated", False) else None
