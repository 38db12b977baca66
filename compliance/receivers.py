"""Publishing or unpublishing a page rescans it, so its findings follow what is live.

Inside `cms.publish_batch.publishing_batch()` (an import) the pages are collected and rescanned
together once the batch ends (`rescan_pages`: one inspection per site), not one by one.
"""

import logging
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db import transaction
from django.dispatch import receiver

from wagtail.log_actions import get_active_log_context
from wagtail.signals import page_published, page_unpublished

from cms.publish_batch import defer

from .models import Trigger
from .scanner import rescan_page, rescan_pages

logger = logging.getLogger(__name__)


@receiver(page_published, dispatch_uid="compliance_rescan_published_page")
@receiver(page_unpublished, dispatch_uid="compliance_rescan_unpublished_page")
def rescan_changed_page(sender, instance, **kwargs):
    user = publisher()
    if defer("compliance-rescan", rescan_batch, (instance.pk, user.pk if user else None)):
        return
    # A failing check must never undo the editor's publishing: it runs in its own savepoint and
    # the next full scan catches up.
    try:
        with transaction.atomic():
            rescan_page(instance, trigger=Trigger.PUBLISH, user=user)
    except Exception:
        logger.exception("Không kiểm tra lại được trang %s sau khi xuất bản", getattr(instance, "pk", None))


def rescan_batch(items):
    """The end of a publishing batch: `[(page id, publisher id or None), ...]`, rescanned together."""
    pages_by_user = defaultdict(list)
    for page_id, user_id in items:
        pages_by_user[user_id].append(page_id)
    users = get_user_model()._default_manager.in_bulk([user_id for user_id in pages_by_user if user_id])
    for user_id, page_ids in pages_by_user.items():
        try:
            with transaction.atomic():
                rescan_pages(page_ids, trigger=Trigger.PUBLISH, user=users.get(user_id))
        except Exception:
            logger.exception("Không kiểm tra lại được %d trang sau khi xuất bản", len(page_ids))


def publisher():
    """Who is publishing: the admin user of this request (Wagtail's log context, set for every
    admin view), not the author of the revision. None outside the admin (scheduled publishing)."""
    user = get_active_log_context().user
    return user if getattr(user, "is_authenticated", False) else None
