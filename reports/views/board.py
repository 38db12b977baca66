"""What the board's own screens (reminders, royalties) share: who may open them, which of the
user's authorities is shown, and the period asked for."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property

from wagtail.admin.views import generic

from ..access import authorities_edited_by, may_edit_rules
from ..contributions import authority_period, month_start_day
from ..periods import PeriodError, period_containing


class BoardAuthorityMixin(generic.WagtailAdminTemplateMixin):
    """The board of an authority and superusers only. The authority is the one asked for
    (`authority`), which must be one the user is on the board of, else the user's first; the
    period is the period text asked for (`period`), else the authority's current reporting month."""

    def dispatch(self, request, *args, **kwargs):
        if not may_edit_rules(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def requested(self, name):
        """A value of the form posted, else of the query string (a form may post to `?authority=…`)."""
        return (self.request.POST.get(name) or self.request.GET.get(name) or "").strip()

    @cached_property
    def authorities(self):
        return list(authorities_edited_by(self.request.user).select_related("site").order_by("name"))

    @cached_property
    def authority(self):
        wanted = self.requested("authority")
        if not wanted:
            if not self.authorities:
                raise Http404("Chưa có đơn vị chủ quản nào.")
            return self.authorities[0]
        chosen = next((unit for unit in self.authorities if str(unit.pk) == wanted), None)
        if chosen is None:
            raise PermissionDenied
        return chosen

    @cached_property
    def month_start_day(self):
        return month_start_day(self.authority)

    @cached_property
    def period_text(self):
        return self.requested("period")

    @cached_property
    def _period_and_error(self):
        if not self.period_text:
            return period_containing(timezone.localdate(), self.month_start_day), ""
        try:
            return authority_period(self.authority, self.period_text), ""
        except PeriodError as error:
            return None, str(error)

    @property
    def period(self):
        """The period asked for; None when its text means nothing (`period_error` says why)."""
        return self._period_and_error[0]

    @property
    def period_error(self):
        return self._period_and_error[1]

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            authorities=self.authorities,
            authority=self.authority,
            period=self.period,
            period_error=self.period_error,
            period_text=self.period.code if self.period else self.period_text,
            month_start_day=self.month_start_day,
        )
        return context
