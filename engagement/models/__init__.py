"""Engagement's models, one module per feature; every name is importable from `engagement.models`."""

from .comments import (
    COMMENT_EMAIL_MAX,
    COMMENT_NAME_MAX,
    COMMENT_TEXT_MAX,
    Comment,
    CommentQuerySet,
    CommentSiteRule,
    CommentStatus,
)
from .questions import (
    DEFAULT_DUE_WORKING_DAYS,
    OPEN_STATUSES,
    PublicHoliday,
    Question,
    QuestionEvent,
    QuestionIndexPage,
    QuestionQuerySet,
    QuestionRule,
    QuestionStatus,
)
from .ratings import SCORES, PageRating
from .visits import SiteVisitCounter, SiteVisitDay

__all__ = [
    "COMMENT_EMAIL_MAX",
    "COMMENT_NAME_MAX",
    "COMMENT_TEXT_MAX",
    "Comment",
    "CommentQuerySet",
    "CommentSiteRule",
    "CommentStatus",
    "DEFAULT_DUE_WORKING_DAYS",
    "OPEN_STATUSES",
    "PublicHoliday",
    "Question",
    "QuestionEvent",
    "QuestionIndexPage",
    "QuestionQuerySet",
    "QuestionRule",
    "QuestionStatus",
    "PageRating",
    "SCORES",
    "SiteVisitCounter",
    "SiteVisitDay",
]
