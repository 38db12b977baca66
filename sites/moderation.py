"""“Tin bài chờ duyệt”: the pages awaiting moderation on every site the user may see, in one list.

Built on Wagtail's workflow report (`WorkflowView`), registered beside it under its own URL:
Wagtail's report lists every workflow state of the pages the user may edit, whatever their
status, with no site column; this one lists the workflows in progress on the user's sites
(`sites.access.visible_site_ids`: a board member its whole authority, never another one; a
commune member its own site), names each row's unit, and filters by site and by unit kind.

Its queries do not depend on the number of sites: the sites and their units are read in one
query, the pages of many sites are selected with one `IN` per root depth, and the rows' units
come from `sites.access.units_for_pages` (one query for the page).
"""

import django_filters

from django import forms
from django.utils.functional import cached_property

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports.workflows import WorkflowView
from wagtail.models import TaskState, WorkflowState, get_default_page_content_type

from .access import units_for_pages
from .admin_filters import (
    grouped_site_choices,
    kind_choices,
    page_ids_as_text,
    pages_of_sites,
    visible_portals,
)


class ModerationFilterSet(WagtailFilterSet):
    reviewable = django_filters.ChoiceFilter(
        label="Hiển thị",
        method="filter_reviewable",
        choices=(("true", "Bài chờ tôi duyệt"),),
        empty_label="Tất cả",
        widget=forms.RadioSelect,
    )
    site = django_filters.ChoiceFilter(label="Trang của đơn vị", method="filter_site", empty_label="Tất cả các trang")
    kind = django_filters.ChoiceFilter(label="Loại đơn vị", method="filter_kind", empty_label="Tất cả")

    class Meta:
        model = WorkflowState
        fields = []

    def __init__(self, *args, portals=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.portals = portals
        self.filters["site"].extra["choices"] = grouped_site_choices(portals)
        self.filters["kind"].extra["choices"] = kind_choices(portals)
        if len(portals) <= 1:
            del self.filters["site"]
            del self.filters["kind"]

    @cached_property
    def portals_by_pk(self):
        return {str(portal.site.pk): portal for portal in self.portals}

    def _on(self, queryset, portals):
        return queryset.filter(object_id__in=page_ids_as_text(pages_of_sites(portals)))

    def filter_site(self, queryset, name, value):
        portal = self.portals_by_pk.get(value)
        return self._on(queryset, [portal]) if portal else queryset

    def filter_kind(self, queryset, name, value):
        return self._on(queryset, [portal for portal in self.portals if portal.group == value]) if value else queryset

    def filter_reviewable(self, queryset, name, value):
        if value and self.request is not None:
            queryset = queryset.filter(current_task_state__in=TaskState.objects.reviewable_by(self.request.user))
        return queryset


class ModerationListView(WorkflowView):
    page_title = "Tin bài chờ duyệt"
    header_icon = "tasks"
    results_template_name = "sites/admin/moderation_results.html"
    filterset_class = ModerationFilterSet
    index_url_name = "moderation_list"
    index_results_url_name = "moderation_list_results"
    paginate_by = 50
    list_export = []
    header_buttons = []

    @cached_property
    def portals(self):
        return visible_portals(self.request.user)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "portals": self.portals}

    def get_queryset(self):
        states = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, base_content_type_id=get_default_page_content_type().id
        )
        if not self.request.user.is_superuser:
            states = states.filter(object_id__in=page_ids_as_text(pages_of_sites(self.portals)))
        return (
            states.select_related("workflow", "requested_by", "current_task_state__task")
            .prefetch_related("content_object", "content_object__latest_revision")
            .order_by("-created_at", "-pk")
        )

    def decorate_paginated_queryset(self, object_list):
        states = [state for state in object_list if state.content_object]
        units = units_for_pages([state.content_object for state in states])
        for state in states:
            state.portal_unit = units.get(state.content_object.pk)
        return states
