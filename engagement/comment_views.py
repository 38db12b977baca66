"""The reader's side of “Ý kiến bạn đọc”: the form to comment on one article.

The article itself is served from the page cache, one copy for every reader; a form cannot be part
of that copy, since what it carries belongs to one reader: Django's CSRF token with its cookie, the
signed moment the form was shown (the minimum fill time), the proof-of-work challenge after a
suspicious signal, the reader's errors. (The cache's placeholders fill text, not attributes.)
So the article's “Ý kiến bạn đọc” box (engagement_tags.article_comments) lists the approved
comments and links here, and this page, never cached (`private, no-store` like every response
the page cache did not keep), shows the form and takes its POST with the ordinary CSRF check,
the same spam guard as Hỏi đáp (engagement/spam.py) and a rate limit of its own kind ("comment").

A comment for an article that is not live, is on another portal than the Host asked, is
restricted, or is switched off (per article or per portal) is a 404, and nothing is stored.
"""

from django.http import Http404
from django.template.response import TemplateResponse

from wagtail.models import Site

from sites.access import site_id_for_page

from .comments import CommentError, commentable_article, receive_comment, site_rule
from .forms import CommentForm
from .public_views import RATE_LIMITED
from .spam import SpamGuard

FORM_TEMPLATE = "engagement/comment_form.html"


def _render(request, article, context, status=200, template=FORM_TEMPLATE):
    premoderated = site_rule(site_id_for_page(article)).premoderated
    context = {"page": article, "self": article, "premoderated": premoderated, **context}
    return TemplateResponse(request, template, context, status=status)


def comment_on_article(request, article_id):
    site = Site.find_for_request(request)
    article = commentable_article(article_id, site)
    if article is None:
        raise Http404("Không có bài viết này hoặc bài viết không nhận ý kiến.")
    guard = SpamGuard("comment", request)
    if request.method != "POST":
        return _render(request, article, {"form": CommentForm(guard=guard)})
    if not guard.allow():
        return _render(request, article, {"message": RATE_LIMITED.format(minutes=guard.wait_minutes())}, status=429)
    form = CommentForm(request.POST, guard=guard)
    if not form.is_valid():
        return _render(request, article, {"form": form}, status=400)
    try:
        comment = receive_comment(article, site, form.cleaned_data)
    except CommentError as error:
        form.add_error(None, str(error))
        return _render(request, article, {"form": form}, status=400)
    guard.record_accepted(comment.email)
    return _render(request, article, {"comment": comment}, template="engagement/comment_received.html")
