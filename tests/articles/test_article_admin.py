import pytest

from django.urls import reverse

from wagtail.models import Page

from articles.models import ArticlePage, NewsIndexPage
from home.models import HomePage
from tests.articles.factories import article_form_data


def news_section(unit):
    return unit.site.root_page.get_children().get(slug="tin-tuc-su-kien")


def test_tree_rules():
    assert set(ArticlePage.allowed_parent_page_models()) == {NewsIndexPage}
    assert ArticlePage.allowed_subpage_models() == []
    assert set(NewsIndexPage.allowed_parent_page_models()) == {HomePage, NewsIndexPage}
    assert set(NewsIndexPage.allowed_subpage_models()) == {NewsIndexPage, ArticlePage}
    assert Page not in NewsIndexPage.allowed_parent_page_models()


@pytest.mark.django_db
def test_press_review_without_its_original_outlet_is_refused(client, login, commune):
    login("editor")
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", news_section(commune).pk])
    response = client.post(url, article_form_data("Điểm báo ngày 20/11", "diem-bao-20-11", kind="diem_bao"))
    assert response.status_code == 200
    assert "Tin điểm báo phải ghi rõ báo, trang gốc." in response.content.decode()
    assert not ArticlePage.objects.filter(slug="diem-bao-20-11").exists()

    client.post(url, article_form_data("Điểm báo ngày 20/11", "diem-bao-20-11", kind="diem_bao",
                                       source_name="Báo Bình Thuận"))
    assert ArticlePage.objects.get(slug="diem-bao-20-11").source_name == "Báo Bình Thuận"
