"""Publishing, unpublishing and moving pages keep the reports' ledger (`reports.ledger`) current.

Inside an import (`cms.publish_batch.publishing_batch()`) the pages are recorded together when
the batch ends. A failure here is logged and never stops a publish: `rebuild_report_items`
repairs the ledger.
"""

import logging

from django.db import transaction
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.publish_batch import defer

from .ledger import COUNTED, forget_pages, record_branch, record_pages

logger = logging.getLogger(__name__)


def _safely(work, *args):
    try:
        with transaction.atomic():
            work(*args)
    except Exception:
        logger.exception("Không cập nhật được sổ tin bài của báo cáo (%s)", work.__name__)


@receiver(page_published, dispatch_uid="reports_record_published_page")
def record_published_page(sender, instance, **kwargs):
    if type(instance) not in COUNTED:
        return
    if not defer("reports-record", record_pages, instance.pk):
        _safely(record_pages, [instance.pk])


@receiver(page_unpublished, dispatch_uid="reports_forget_unpublished_page")
def forget_unpublished_page(sender, instance, **kwargs):
    _safely(forget_pages, [instance.pk])


@receiver(post_page_move, dispatch_uid="reports_record_moved_branch")
def record_moved_branch(sender, instance, **kwargs):
    _safely(record_branch, instance.path)
