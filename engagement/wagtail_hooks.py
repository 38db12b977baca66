"""Engagement's admin hooks, one module per feature."""

from . import (
    comment_hooks,  # noqa: F401  (Ý kiến bạn đọc: the queue menu and URLs, the dashboard panel)
    question_hooks,  # noqa: F401  (Hỏi đáp: the inbox menu and URLs, the holiday list)
    visit_hooks,  # noqa: F401  (visitor statistics: the report, the opening totals)
)
