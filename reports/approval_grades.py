"""Grading at approval: the board's approval dialog offers the royalty grade of the item it publishes.

The field is there when the step is the board's (its unit is the parent authority), the page is an
article on the authority's own portal (the items the royalty sheet pays) and the scale has grades
for its kind. Left empty, the item is graded later on *Chấm nhuận bút*; an earlier grade stays.
The value posted is checked again on approval, since the edit form sends it back as JSON.
"""

import logging

from django import forms
from django.template.defaultfilters import floatformat

from wagtail import hooks

from articles.models import ArticlePage
from sites.access import site_id_for_page
from sites.workflows import APPROVAL_FIELDS_HOOK, APPROVED_HOOK, UnitReviewTask

from .models import ItemGrade, RoyaltyGrade

logger = logging.getLogger(__name__)

GRADE_FIELD = "royalty_grade"


def board_authority(task):
    unit = task.unit if isinstance(task, UnitReviewTask) else None
    return unit if unit is not None and unit.is_parent_authority else None


def paid_article(authority, page):
    """The revision of `page` under review if it is an article the authority's sheet pays, else None."""
    article = page.get_latest_revision_as_object() if page.latest_revision_id else page.specific
    if not isinstance(article, ArticlePage) or site_id_for_page(article) != authority.site_id:
        return None
    return article


def grade_label(grade):
    # As the grading screen writes it: "Loại A (1,50 điểm)".
    return f"{grade.label} ({floatformat(grade.points, '-2')} điểm)"


@hooks.register(APPROVAL_FIELDS_HOOK)
def grade_field(task, page):
    authority = board_authority(task)
    if authority is None or page is None:
        return {}
    article = paid_article(authority, page)
    if article is None:
        return {}
    grades = list(RoyaltyGrade.objects.filter(authority=authority, kind=article.kind))
    if not grades:
        return {}
    current = ItemGrade.objects.filter(page_id=page.pk, grade__in=grades).values_list("grade_id", flat=True).first()
    return {
        GRADE_FIELD: forms.TypedChoiceField(
            label="Mức nhuận bút",
            choices=[("", "Chấm sau")] + [(grade.pk, grade_label(grade)) for grade in grades],
            coerce=int,
            empty_value=None,
            required=False,
            initial=current,
            error_messages={"invalid_choice": "Mức này không có trong thang điểm của loại tin bài; hãy chọn lại."},
            help_text=(
                f"Thang điểm của loại “{article.get_kind_display()}”. Có thể chấm hoặc sửa sau ở"
                " Báo cáo biên tập › Chấm nhuận bút."
            ),
        )
    }


@hooks.register(APPROVED_HOOK)
def record_grade(task_state, user, data):
    grade_id = data.get(GRADE_FIELD)
    if grade_id in (None, ""):
        return
    authority = board_authority(task_state.task.specific)
    page = task_state.workflow_state.content_object
    # The latest revision, as the dialog offered: approving from the edit form saves the edits first.
    article = paid_article(authority, page) if authority is not None and page is not None else None
    grade = None
    if article is not None and str(grade_id).isdigit():
        grade = RoyaltyGrade.objects.filter(authority=authority, kind=article.kind, pk=int(grade_id)).first()
    if grade is None:
        # Only a changed form gets here: the dialog offers the article's own grades.
        logger.warning("Bỏ qua mức nhuận bút %r khi duyệt trang %s", grade_id, getattr(page, "pk", None))
        return
    ItemGrade.objects.update_or_create(page_id=article.pk, defaults={"grade": grade, "graded_by": user})
