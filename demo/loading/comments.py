"""The demo's Ý kiến bạn đọc: approved, waiting and rejected comments under articles of the district's
and three communes' portals (`comments.json`), taken through the same services the form and the queue
use, so the queue, its counts, the dashboard panel and the articles all have something to show.
A comment is found again by its article and text: a second run adds nothing.
"""

from django.contrib.auth import get_user_model

from articles.models import ArticlePage
from engagement import comments as steps
from engagement.models import Comment, CommentStatus

from . import data
from .helpers import at, resolve_date, units_with_portals


def load_comments(demo):
    staff = get_user_model().objects.get(pk=demo.admin.pk)
    created = 0
    for unit, comments in units_with_portals(data.load("comments")["units"]):
        articles = {
            article.title: article
            for article in ArticlePage.objects.descendant_of(unit.site.root_page).filter(
                title__in={item["article"] for item in comments}
            )
        }
        known = set(Comment.objects.filter(site=unit.site).values_list("page_id", "text"))
        for item in comments:
            article = articles.get(item["article"])
            if article is None or (article.pk, item["text"]) in known:
                continue
            _add(demo, unit, article, item, staff)
            created += 1
    demo.report.add_created(created, "ý kiến bạn đọc")


def _add(demo, unit, article, item, staff):
    sent_at = at(resolve_date(item["sent"], demo.today), 19, 30)
    comment = steps.receive_comment(article, unit.site, item, now=sent_at)
    if item["status"] == CommentStatus.APPROVED:
        steps.approve(comment, staff)
    elif item["status"] == CommentStatus.REJECTED:
        steps.reject(comment, staff)
