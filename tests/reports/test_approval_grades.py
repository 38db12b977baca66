"""The board grades an item's royalty in the approval dialog (issue 14, item 6: "at approval")."""

import json
from decimal import Decimal

import pytest

from django.urls import reverse
from django.utils import timezone

from articles.models import ArticlePage
from reports.models import ItemGrade, PublishedItem, ReportingRule, RoyaltyGrade
from tests.articles.factories import article_form_data
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, current_task_state, submit_news, unit_on, workflow_action

DIALOG_LABEL = "Mức nhuận bút"


@pytest.fixture
def scale(district):
    province = unit_on("lamdong.test")
    return {
        "news_a": RoyaltyGrade.objects.create(authority=district, kind="tin", label="Loại A", points=Decimal("1.5")),
        "news_b": RoyaltyGrade.objects.create(authority=district, kind="tin", label="Loại B", points=Decimal("1")),
        "article": RoyaltyGrade.objects.create(authority=district, kind="bai", label="Bài loại A", points=Decimal(4)),
        "province": RoyaltyGrade.objects.create(authority=province, kind="tin", label="Loại A", points=Decimal(2)),
    }


@pytest.fixture
def district_news(client, login, district):
    """A news item written on the district portal, waiting on the board's step."""
    login("district_editor")
    page = submit_news(client, district, "Hàm Tân ra quân mùa khô", "ra-quan-mua-kho")
    login("board")
    return page


def dialog(client, page, view="wagtailadmin_pages:workflow_action"):
    response = client.get(reverse(view, args=[page.pk, "approve", current_task_state(page).pk]))
    assert response.status_code == 200
    return response.json()["html"]


def grade_of(page):
    return ItemGrade.objects.filter(page_id=page.pk).select_related("grade").first()


@pytest.mark.django_db
def test_the_board_grades_in_the_approval_dialog(client, district, district_news, scale):
    ReportingRule.objects.create(authority=district, royalty_point_value=100000)
    html = dialog(client, district_news)
    assert DIALOG_LABEL in html
    assert "Loại A (1,50 điểm)" in html and "Loại B (1 điểm)" in html and "Chấm sau" in html
    assert "Bài loại A" not in html, "only the grades of the item's kind"
    assert f'value="{scale["province"].pk}"' not in html, "nor another authority's"

    response = workflow_action(client, district_news, "approve", royalty_grade=scale["news_a"].pk)
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=district_news.pk).live
    grade = grade_of(district_news)
    assert (grade.grade, grade.graded_by.username) == (scale["news_a"], "board")

    # The grade shows on the grading screen and counts in the month's sheet: 1.5 × 100,000 đồng.
    published = PublishedItem.objects.get(page_id=district_news.pk).published_at
    month = {"period": timezone.localtime(published).strftime("%Y-%m")}
    grading = client.get(reverse("reports_royalty_grading"), month).content.decode()
    assert f'<option value="{scale["news_a"].pk}" selected>' in grading
    assert "150.000" in client.get(reverse("reports_royalty_sheet"), month).content.decode()


@pytest.mark.django_db
def test_approving_without_a_grade_leaves_it_for_later_and_keeps_an_earlier_one(client, district_news, scale):
    workflow_action(client, district_news, "approve")
    assert ArticlePage.objects.get(pk=district_news.pk).live
    assert grade_of(district_news) is None


@pytest.mark.django_db
def test_an_earlier_grade_is_offered_and_kept_when_none_is_chosen(client, district_news, scale):
    ItemGrade.objects.create(page_id=district_news.pk, grade=scale["news_b"])
    assert f'<option value="{scale["news_b"].pk}" selected>' in dialog(client, district_news)
    workflow_action(client, district_news, "approve", royalty_grade="")
    assert grade_of(district_news).grade == scale["news_b"]


@pytest.mark.django_db
@pytest.mark.parametrize("grade_name", ["article", "province"])
def test_the_dialog_refuses_a_grade_of_another_kind_or_authority(client, district_news, scale, grade_name):
    task_state = current_task_state(district_news)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[district_news.pk, "approve", task_state.pk]),
        {"comment": "", "royalty_grade": scale[grade_name].pk},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.json()["step"] == "action", "the dialog stays open with the error"
    assert "không có trong thang điểm" in response.json()["html"]
    assert not ArticlePage.objects.get(pk=district_news.pk).live
    assert grade_of(district_news) is None


@pytest.mark.django_db
def approve_from_the_edit_form(client, page, extra_data):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form_data(
            page.title,
            page.slug,
            **{
                "action-workflow-action": "true",
                "workflow-action-name": "approve",
                "workflow-action-extra-data": json.dumps(extra_data),
            },
        ),
    )


@pytest.mark.django_db
def test_the_edit_forms_approval_records_the_grade(client, district_news, scale, settings):
    settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
    html = dialog(client, district_news, view="wagtailadmin_pages:collect_workflow_action_data")
    assert DIALOG_LABEL in html

    task_state = current_task_state(district_news)
    collected = client.post(
        reverse("wagtailadmin_pages:collect_workflow_action_data", args=[district_news.pk, "approve", task_state.pk]),
        {"comment": "", "royalty_grade": scale["news_b"].pk},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    ).json()
    assert collected["step"] == "success"

    assert approve_from_the_edit_form(client, district_news, collected["cleaned_data"]).status_code == 302
    assert ArticlePage.objects.get(pk=district_news.pk).live
    assert grade_of(district_news).grade == scale["news_b"]


@pytest.mark.django_db
@pytest.mark.parametrize("posted", ["article", "province", "not a number"])
def test_a_grade_sent_back_by_the_edit_form_is_checked_again(client, district_news, scale, settings, posted):
    # The edit form posts the dialog's values back as JSON, which a client can change.
    settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
    grade_id = scale[posted].pk if posted in scale else posted
    approve_from_the_edit_form(client, district_news, {"comment": "", "royalty_grade": grade_id})
    assert ArticlePage.objects.get(pk=district_news.pk).live, "the approval itself goes ahead"
    assert grade_of(district_news) is None


@pytest.mark.django_db
def test_a_communes_own_step_and_the_boards_step_on_a_commune_site_offer_no_grade(client, login, commune, scale):
    login("editor")
    page = submit_news(client, commune, "Tân Hà trồng cây xanh", "tan-ha-trong-cay")
    login("chief")
    assert DIALOG_LABEL not in dialog(client, page), "the commune's head editor does not grade"
    workflow_action(client, page, "approve", royalty_grade=scale["news_a"].pk)
    assert grade_of(page) is None

    login("board")
    assert current_task_state(page).task.specific.unit.is_parent_authority
    assert DIALOG_LABEL not in dialog(client, page), "the commune's own site is not on the district's sheet"
    workflow_action(client, page, "approve", royalty_grade=scale["news_a"].pk)
    assert ArticlePage.objects.get(pk=page.pk).live
    assert grade_of(page) is None
    assert page.get_site().hostname == COMMUNE_HOST != DISTRICT_HOST


@pytest.mark.django_db
def test_no_scale_no_field(client, district_news):
    assert DIALOG_LABEL not in dialog(client, district_news)
