"""The staff side of “Ý kiến bạn đọc” in the Wagtail admin: the moderation queue with its counts,
approve / reject / delete (delete after a confirmation), and the per-portal switches (comments on or
off, moderated before or after they show).

Every comment is read from `moderated_comments(user)`: one outside it (another commune's, another
authority's, or none) is refused with the same 403 as Hỏi đáp's, so the answer tells nothing about
it. The steps are POSTs only (CSRF-checked by Django); a GET of a step is 405.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import path, reverse

from . import comments as steps
from .admin_views import EngagementAdminView, refusal
from .comment_access import may_moderate_comments, moderated_comments, switchable_sites
from .models import CommentSiteRule, CommentStatus

PER_PAGE = 50
NO_QUEUE = "Tài khoản của bạn không duyệt ý kiến bạn đọc."
NOT_YOURS = "Bạn không duyệt được ý kiến này: ý kiến không thuộc trang của đơn vị bạn."
NO_SWITCH = "Chỉ lãnh đạo duyệt tin của đơn vị và Ban biên tập thay đổi cài đặt ý kiến bạn đọc của trang."


def status_counts(comments):
    """`{status: count}` of these comments, one query."""
    counted = comments.aggregate(**{status: Count("pk", filter=Q(status=status)) for status in CommentStatus.values})
    return {status: counted[status] for status in CommentStatus.values}


class CommentAdminView(EngagementAdminView):
    header_icon = "comment"
    section_url_name, section_label = "engagement_comments", "Ý kiến bạn đọc"


class QueueView(CommentAdminView):
    template_name = "engagement/admin/comments.html"
    page_title = "Ý kiến bạn đọc"

    def dispatch(self, request, *args, **kwargs):
        if not may_moderate_comments(request.user):
            return refusal(request, NO_QUEUE)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mine = moderated_comments(self.request.user)
        status = self.request.GET.get("status", CommentStatus.PENDING)
        if status not in CommentStatus.values:
            status = CommentStatus.PENDING
        # The article's title and address, not its body and search text.
        listed = mine.filter(status=status).select_related("page", "site").defer("page__body", "page__search_text")
        if status == CommentStatus.PENDING:
            listed = listed.order_by("created_at", "pk")  # the longest waiting first
        counts = status_counts(mine)
        context.update(
            {
                "comments": Paginator(listed, PER_PAGE).get_page(self.request.GET.get("p")),
                "status": status,
                "statuses": [(value, label, counts[value]) for value, label in CommentStatus.choices],
                "pending": CommentStatus.PENDING,
                "approved": CommentStatus.APPROVED,
                "rejected": CommentStatus.REJECTED,
                "may_switch": switchable_sites(self.request.user).exists(),
            }
        )
        return context


class CommentMixin:
    """Reads the comment from the user's queue; refuses one outside it."""

    def dispatch(self, request, *args, **kwargs):
        self.comment = (
            moderated_comments(request.user).select_related("page", "site").filter(pk=kwargs["comment_id"]).first()
        )
        if self.comment is None:
            return refusal(request, NOT_YOURS)
        return super().dispatch(request, *args, **kwargs)

    def back(self):
        return redirect(f"{reverse('engagement_comments')}?status={self.request.POST.get('from', '')}")


class StepView(CommentMixin, CommentAdminView):
    http_method_names = ["post"]
    step = None  # (comment, user)
    done = ""

    def post(self, request, *args, **kwargs):
        type(self).step(self.comment, request.user)
        messages.success(request, self.done)
        return self.back()


class ApproveView(StepView):
    step = staticmethod(steps.approve)
    done = "Đã duyệt ý kiến: ý kiến hiển thị dưới bài viết."


class RejectView(StepView):
    step = staticmethod(steps.reject)
    done = "Đã từ chối ý kiến: ý kiến không hiển thị."


class DeleteView(CommentMixin, CommentAdminView):
    template_name = "engagement/admin/comment_delete.html"
    page_title = "Xoá ý kiến bạn đọc"
    http_method_names = ["get", "post"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["comment"] = self.comment
        context["from_status"] = self.request.GET.get("from", self.comment.status)
        return context

    def post(self, request, *args, **kwargs):
        steps.delete(self.comment)
        messages.success(request, "Đã xoá ý kiến.")
        return self.back()


class SwitchView(CommentAdminView):
    """Chief editors set their own portal's switches, the board those of every portal of its authority."""

    template_name = "engagement/admin/comment_switch.html"
    page_title = "Cài đặt ý kiến bạn đọc"
    switches = {
        "accepts_comments": ("nhận ý kiến bạn đọc", "ngừng nhận ý kiến bạn đọc"),
        "premoderated": ("duyệt ý kiến trước khi hiển thị", "hiển thị ý kiến ngay, duyệt sau"),
    }

    def dispatch(self, request, *args, **kwargs):
        self.sites = switchable_sites(request.user)
        if not self.sites.exists():
            return refusal(request, NO_SWITCH)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sites = list(self.sites.select_related("unit").order_by("unit__parent_id", "site_name"))
        rules = {rule.site_id: rule for rule in CommentSiteRule.objects.filter(site__in=sites)}
        context["sites"] = [(site, rules.get(site.pk) or CommentSiteRule(site=site)) for site in sites]
        return context

    def post(self, request, *args, **kwargs):
        site_id, switch = request.POST.get("site", ""), request.POST.get("switch", "")
        site = self.sites.filter(pk=int(site_id)).first() if site_id.isdigit() else None
        if site is None or switch not in self.switches:
            return refusal(request, NO_SWITCH)
        on = request.POST.get("on") == "1"
        steps.set_site_rule(site, **{switch: on})
        done = self.switches[switch][0 if on else 1]
        messages.success(request, f"{site.site_name or site.hostname}: đã chuyển sang {done}.")
        return redirect(reverse("engagement_comment_switch"))


urlpatterns = [
    path("", QueueView.as_view(), name="engagement_comments"),
    path("bat-tat/", SwitchView.as_view(), name="engagement_comment_switch"),
    path("<int:comment_id>/duyet/", ApproveView.as_view(), name="engagement_comment_approve"),
    path("<int:comment_id>/tu-choi/", RejectView.as_view(), name="engagement_comment_reject"),
    path("<int:comment_id>/xoa/", DeleteView.as_view(), name="engagement_comment_delete"),
]
