"""System checks: a page type that asks for its views to be counted has somewhere to keep them."""

from django.apps import apps
from django.core import checks

from wagtail.models import Page

from .view_counts import COUNT_FIELD, counted_models


@checks.register()
def counted_pages_keep_a_count(app_configs, **kwargs):
    counted = set(counted_models())
    return [
        checks.Error(
            f"{model._meta.label} khai báo counted_routes nhưng không có trường {COUNT_FIELD} để lưu lượt xem.",
            hint=f"Thêm {COUNT_FIELD} = models.PositiveIntegerField(default=0, editable=False) vào trang.",
            obj=model,
            id="engagement.E001",
        )
        for model in apps.get_models()
        if issubclass(model, Page) and getattr(model, "counted_routes", None) and model not in counted
    ]
