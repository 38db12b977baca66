"""Engagement's admin hooks, one module per feature."""

from . import (
    question_hooks,  # noqa: F401  (Hỏi đáp: the inbox menu and URLs, the holiday list)
    visit_hooks,  # noqa: F401  (visitor statistics: the report, the opening totals)
)
