"""Comments for the “Ý kiến bạn đọc” tests: an article on a portal, what the public form posts,
and comments put in each state through the services the views call."""

from django.contrib.auth import get_user_model

from engagement import comments as steps
from tests.articles.factories import ArticlePageFactory, news_section

from .form_factories import submission


def article_on(unit, title="Xã Tân Hà khởi công đường giao thông nông thôn thôn 3", **fields):
    """A live article in the unit's standard news section."""
    return ArticlePageFactory(parent=news_section(unit.site), title=title, **fields)


def comment_path(article):
    return f"/y-kien-ban-doc/{article.pk}/"


def article_path(unit, article):
    return article.url_path[len(unit.site.root_page.url_path) - 1 :]


def comment_data(**overrides):
    """A valid submission of the comment form, shown a minute ago."""
    fields = {
        "name": "Trần Thị Mai",
        "email": "mai@example.com",
        "text": "Cảm ơn xã đã làm đường, bà con đi lại thuận tiện hơn nhiều.",
        "consent": "on",
    }
    return submission(fields, **overrides)


def make_comment(unit, article, status="pending", by="chief", **overrides):
    """A comment received on the article (as the form stores it), then approved or rejected by `by`."""
    data = {"name": "Lê Văn Tâm", "email": "tam@example.com", "text": "Đề nghị xã công bố tiến độ thi công."}
    data.update(overrides)
    comment = steps.receive_comment(article, unit.site, data)
    if status == "approved":
        steps.approve(comment, get_user_model().objects.get(username=by))
    elif status == "rejected":
        steps.reject(comment, get_user_model().objects.get(username=by))
    return comment
