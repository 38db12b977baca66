"""*Cài đặt › Khóa đăng nhập*: the accounts and addresses locked now, the last failed logins and
logins, and unlocking, for superusers only (the records django-axes keeps)."""

from axes.models import AccessFailureLog, AccessLog
from axes.utils import reset

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path
from django.views.generic import TemplateView

from wagtail.admin.views import generic

from .login_lockout import locked_accounts, locked_addresses

SHOWN = 50
UNLOCKED = "Đã mở khóa {what}."


class LockoutsView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "sites/admin/lockouts.html"
    page_title = "Khóa đăng nhập"
    header_icon = "lock"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            failure_limit=settings.AXES_FAILURE_LIMIT,
            accounts=locked_accounts()[:SHOWN],
            addresses=locked_addresses()[:SHOWN],
            failures=list(AccessFailureLog.objects.order_by("-attempt_time")[:SHOWN]),
            logins=list(AccessLog.objects.order_by("-attempt_time")[:SHOWN]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "").strip()
        address = request.POST.get("ip_address", "").strip()
        if username:
            reset(username=username)
            messages.success(request, UNLOCKED.format(what=f"tài khoản “{username}”"))
        if address:
            reset(ip=address)
            messages.success(request, UNLOCKED.format(what=f"địa chỉ {address}"))
        return redirect("login_lockouts")


urlpatterns = [path("", LockoutsView.as_view(), name="login_lockouts")]
