"""The dashboard panel “Việc chờ xử lý”: what waits for the user in engagement — comments to
moderate, questions open and overdue in its inbox — with links. Two queries (one per kind, on the
unit and authority kept on each row) whatever the number of portals; the user's roles are read
once per request by sites.access."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.ui.components import Component

from .comment_access import may_moderate_comments, moderated_comments
from .models import OPEN_STATUSES
from .question_access import may_open_inbox, visible_questions


class WaitingPanel(Component):
    name = "engagement_waiting"
    template_name = "engagement/admin/dashboard_panel.html"
    order = 80

    def __init__(self, user, comments, questions):
        self.user = user
        self.comments = comments
        self.questions = questions

    def get_context_data(self, parent_context):
        context = {}
        if self.comments:
            context["pending_comments"] = moderated_comments(self.user).pending().count()
            context["comments_url"] = reverse("engagement_comments")
        if self.questions:
            open_ = Q(status__in=OPEN_STATUSES)
            context["questions"] = visible_questions(self.user).aggregate(
                open=Count("pk", filter=open_),
                overdue=Count("pk", filter=open_ & Q(due_on__lt=timezone.localdate())),
            )
            context["questions_url"] = reverse("engagement_questions")
            context["overdue_url"] = reverse("engagement_questions_overdue")
        return context


def add_waiting_panel(request, panels):
    user = request.user
    comments, questions = may_moderate_comments(user), may_open_inbox(user)
    if comments or questions:
        panels.append(WaitingPanel(user, comments, questions))
