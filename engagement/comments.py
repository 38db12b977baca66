"""Services of “Ý kiến bạn đọc”: whether an article takes comments, a reader's comment received,
and the moderation steps. Views, the demo loader and the tests call these.

An approved comment is shown on the article, which readers get from the page cache: every step
that changes what the article shows (approving, rejecting or deleting an approved comment, a comment
shown at once) expires that page the way publishing it does, once the change is committed
(`sites.cache_purge.page_content_changed`: the page cache of the sites holding it and the front
cache); a portal's switches expire its pages.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from articles.models import ArticlePage
from cms.page_cache import expire_sites, site_part
from sites.access import site_id_for_page, unit_for_site
from sites.cache_purge import page_content_changed

from .models import Comment, CommentSiteRule, CommentStatus

SITE_RULE_PART = "engagement.comment_site_rule"
# The newest approved comments an article shows; older ones stay stored.
SHOWN_COMMENTS = 100


class CommentError(Exception):
    """A comment that cannot be taken; the message is for the reader."""


@dataclass(frozen=True)
class SiteRule:
    accepts_comments: bool = True
    premoderated: bool = True


def site_rule(site_id):
    """The portal's switches, kept with the site's page parts (expired when a switch changes)."""

    def read():
        row = CommentSiteRule.objects.filter(site_id=site_id).values("accepts_comments", "premoderated").first()
        return SiteRule(**row) if row else SiteRule()

    return site_part(site_id, SITE_RULE_PART, read)


def accepts_comments(article):
    """An article takes new comments: live, not restricted, switched on, on a portal switched on."""
    site_id = site_id_for_page(article)
    return bool(
        site_id
        and article.live
        and article.accepts_comments
        and site_rule(site_id).accepts_comments
        and not article.get_view_restrictions().exists()
    )


def commentable_article(article_id, site):
    """The live article `article_id` of `site` that takes comments, or None (another site's, a draft,
    a restricted one, one switched off)."""
    article = ArticlePage.objects.live().filter(pk=article_id).first()
    if article is None or site is None or site_id_for_page(article) != site.pk or not accepts_comments(article):
        return None
    return article


def shown_comments(article):
    """The approved comments an article shows, oldest first (the newest SHOWN_COMMENTS of them)."""
    newest = list(Comment.objects.approved().on_article(article).only("name", "text", "created_at")[:SHOWN_COMMENTS])
    return newest[::-1]


def receive_comment(article, site, data, now=None):
    """Store a reader's comment from a valid form's cleaned data: waiting for moderation, or shown
    at once on a portal that moderates afterwards."""
    unit = unit_for_site(site)
    if unit is None:
        raise CommentError("Trang thông tin này không thuộc đơn vị nào nên không nhận ý kiến.")
    now = now or timezone.now()
    shown_at_once = not site_rule(site.pk).premoderated
    with transaction.atomic():
        comment = Comment.objects.create(
            page=article,
            site=site,
            unit=unit,
            authority=unit.authority,
            name=data["name"],
            email=data["email"],
            text=data["text"],
            consented_at=now,
            created_at=now,
            status=CommentStatus.APPROVED if shown_at_once else CommentStatus.PENDING,
        )
        if shown_at_once:
            _expire_after_commit(article)
    return comment


def _expire_after_commit(article):
    transaction.on_commit(lambda: page_content_changed(article))


def _moderate(comment, user, status):
    was_shown = comment.status == CommentStatus.APPROVED
    with transaction.atomic():
        comment.status = status
        comment.moderated_by = user
        comment.moderated_at = timezone.now()
        comment.save(update_fields=["status", "moderated_by", "moderated_at"])
        if was_shown or status == CommentStatus.APPROVED:
            _expire_after_commit(comment.page)


def approve(comment, user):
    _moderate(comment, user, CommentStatus.APPROVED)


def reject(comment, user):
    _moderate(comment, user, CommentStatus.REJECTED)


def delete(comment):
    with transaction.atomic():
        if comment.status == CommentStatus.APPROVED:
            _expire_after_commit(comment.page)
        comment.delete()


def set_site_rule(site, **switches):
    """Set a portal's switches (`accepts_comments`, `premoderated`); its pages are rendered afresh."""
    with transaction.atomic():
        CommentSiteRule.objects.update_or_create(site=site, defaults=switches)
        transaction.on_commit(lambda: expire_sites([site.pk]))
