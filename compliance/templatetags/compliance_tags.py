"""Template tags of the compliance app: the page editor's checks panel and the workflow e-mails."""

from django import template

from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("compliance/publish_check/_checks_section.html", takes_context=True)
def compliance_checks(context, page):
    """What the publish check sees in the revision being edited, images lacking credits first."""
    from ..models import ObjectKind
    from ..publish_check import blocking_now, finding_line, image_edit_url, revision_findings

    request = context.get("request")
    if request is None or not isinstance(page, Page) or page.pk is None:  # snippets have the panel too
        return {"checked": False}
    detections = revision_findings(request, page) or []
    images = [item for item in detections if item.object_kind == ObjectKind.IMAGE]
    return {
        "checked": True,
        "images": [{"line": finding_line(item), "url": image_edit_url(item)} for item in images],
        "others": [finding_line(item) for item in detections if item.object_kind != ObjectKind.IMAGE],
        "blocks": bool(blocking_now(detections)),
    }


@register.simple_tag
def compliance_override_of(page):
    """The board override written during the page's latest workflow (the one just approved, in the
    author's e-mail), or None."""
    from wagtail.models import WorkflowState

    from ..overrides import override_during

    state = (
        WorkflowState.objects.filter(base_content_type__isnull=False, object_id=str(page.pk))
        .order_by("-created_at", "-pk")
        .first()
    )
    return override_during(page, state.created_at if state else None)
