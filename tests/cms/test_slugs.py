"""Addresses (slugs): one folding for the imports and the admin, đ → d, redirects when a slug changes."""

import html
import json
import re

import pytest

from django.urls import reverse
from django.utils.text import slugify

from wagtail.contrib.redirects.models import Redirect

from articles.models import ArticlePage
from cms.forms import VIETNAMESE_SLUG_FORMATTERS
from cms.text import ascii_slug, is_degraded_slug
from tests.articles.factories import ArticlePageFactory, article_form_data, news_section
from tests.helpers import COMMUNE_HOST

CAMPAIGN = "Xã Tân Hà tổ chức ra quân làm sạch môi trường ven biển và đường làng"
CAMPAIGN_SLUG = "xa-tan-ha-to-chuc-ra-quan-lam-sach-moi-truong-ven-bien-va-duong-lang"
# What Wagtail's browser slug maker made of it before (the report).
CAMPAIGN_MANGLED = "xa-tan-ha-t-chc-ra-quan-lam-sch-moi-trng-ven-bin-va-djng-lang"

TITLES = [
    (CAMPAIGN, CAMPAIGN_SLUG),
    ("Đường giao thông nông thôn về đích", "duong-giao-thong-nong-thon-ve-dich"),
    ("ĐẢNG ỦY XÃ ĐỨC THẮNG", "dang-uy-xa-duc-thang"),
    ("Ưu tiên hỗ trợ hộ nghèo ở Sơn Mỹ", "uu-tien-ho-tro-ho-ngheo-o-son-my"),
    ("Ơn nghĩa sinh thành: Lễ Vu Lan năm Ất Tỵ", "on-nghia-sinh-thanh-le-vu-lan-nam-at-ty"),
    (
        "Kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945 – 19/8/2025)",
        "ky-niem-80-nam-cach-mang-thang-tam-1981945-1982025",
    ),
    ("Ăn Tết an toàn, tiết kiệm", "an-tet-an-toan-tiet-kiem"),
    ("Bảo đảm an ninh trật tự dịp Quốc khánh 2/9", "bao-dam-an-ninh-trat-tu-dip-quoc-khanh-29"),
    ("Ê-kíp y tế xã khám bệnh miễn phí", "e-kip-y-te-xa-kham-benh-mien-phi"),
    ("Ông Nguyễn Văn Ổn được khen thưởng", "ong-nguyen-van-on-duoc-khen-thuong"),
    ("Thủy lợi: nạo vét kênh Ấp Bắc", "thuy-loi-nao-vet-kenh-ap-bac"),
    ("Tổ chức đường\u0323", "to-chuc-duong"),  # a tone mark typed as a separate character
]

# The Vietnamese alphabet's letters beyond ASCII, typed out, and the base letter of each.
VIETNAMESE_LETTERS = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "d": "đ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
}


@pytest.mark.parametrize(("title", "slug"), TITLES)
def test_ascii_slug_keeps_every_vietnamese_letter_as_its_base_letter(title, slug):
    assert ascii_slug(title) == slug


@pytest.mark.parametrize("base", sorted(VIETNAMESE_LETTERS))
def test_ascii_slug_folds_each_letter_of_the_alphabet_in_both_cases(base):
    for letter in VIETNAMESE_LETTERS[base]:
        assert ascii_slug(letter) == base, letter
        assert ascii_slug(letter.upper()) == base, letter.upper()


def browser_slug(title):
    """What the admin's slug field shows for `title`: the formatters it is given, then what
    Wagtail's `urlify` does to a title with no letter left for its own transliteration."""
    for pattern, replacement in VIETNAMESE_SLUG_FORMATTERS:
        title = re.sub(pattern, replacement, title)
    assert all(char.isascii() for char in title if char.isalpha()), title
    urlified = re.sub(r"[^-\w\s]", "", title.strip().lower(), flags=re.ASCII)
    return re.sub(r"[-\s]+", "-", urlified).rstrip("-")


@pytest.mark.parametrize(("title", "slug"), TITLES)
def test_the_admin_slug_field_folds_titles_as_ascii_slug_does(title, slug):
    assert browser_slug(title) == slug


def test_every_letter_of_the_alphabet_is_folded_by_the_admin_slug_field():
    letters = "".join(VIETNAMESE_LETTERS.values())
    assert (
        browser_slug(letters + letters.upper())
        == "".join(base * len(VIETNAMESE_LETTERS[base]) for base in VIETNAMESE_LETTERS) * 2
    )


@pytest.mark.parametrize(
    ("slug", "degraded"),
    [
        (CAMPAIGN_MANGLED, True),  # Wagtail in the browser
        (slugify(CAMPAIGN), True),  # Django's slugify, which Wagtail uses on the server
        (CAMPAIGN_SLUG, True),
        ("xa-tan-ha", False),  # shortened by the editor
        ("ra-quan-ven-bien", False),
        (CAMPAIGN_SLUG + "-2", False),
    ],
)
def test_degraded_slugs_are_the_title_with_letters_dropped(slug, degraded):
    assert is_degraded_slug(slug, CAMPAIGN) is degraded


def test_degraded_slugs_include_the_serbian_and_the_dropped_d():
    assert is_degraded_slug("djuong", "Đường")
    assert is_degraded_slug("djng", "đường")
    assert is_degraded_slug("uong", "đường")
    assert not is_degraded_slug("pho", "đường")


# -- the admin, as a commune editor -----------------------------------------------------------------


def add_article(client, commune, title, slug):
    parent = news_section(commune.site)
    return client.post(
        reverse("wagtailadmin_pages:add", args=["articles", "articlepage", parent.pk]),
        article_form_data(title, slug),
    )


@pytest.mark.django_db
def test_the_add_form_gives_the_slug_field_the_vietnamese_folding(client, login, commune):
    login("editor")
    parent = news_section(commune.site)
    content = client.get(
        reverse("wagtailadmin_pages:add", args=["articles", "articlepage", parent.pk])
    ).content.decode()
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', content).group(0)
    formatters = json.loads(html.unescape(re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input).group(1)))
    replacements = {replacement: pattern for (pattern, *_), replacement in formatters}
    assert "đ" in replacements["d"] and "Đ" in replacements["d"]
    assert "ư" in replacements["u"] and "ơ" in replacements["o"]


@pytest.mark.django_db
@pytest.mark.parametrize("submitted", ["", CAMPAIGN_MANGLED, slugify(CAMPAIGN)])
def test_a_slug_left_to_the_system_is_the_folded_title(client, login, commune, submitted):
    login("editor")
    response = add_article(client, commune, CAMPAIGN, submitted)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ArticlePage.objects.child_of(news_section(commune.site)).get(title=CAMPAIGN).slug == CAMPAIGN_SLUG


@pytest.mark.django_db
def test_a_slug_typed_with_vietnamese_letters_is_folded(client, login, commune):
    login("editor")
    response = add_article(client, commune, CAMPAIGN, "ra-quân-làm-đường")
    assert response.status_code == 302
    assert ArticlePage.objects.get(title=CAMPAIGN).slug == "ra-quan-lam-duong"


@pytest.mark.django_db
def test_a_slug_the_editor_chose_is_kept(client, login, commune):
    login("editor")
    response = add_article(client, commune, CAMPAIGN, "ra-quan-ven-bien")
    assert response.status_code == 302
    assert ArticlePage.objects.get(title=CAMPAIGN).slug == "ra-quan-ven-bien"


@pytest.mark.django_db
def test_a_title_slug_taken_by_a_sibling_gets_a_number(client, login, commune):
    ArticlePageFactory(parent=news_section(commune.site), title=CAMPAIGN)
    login("editor")
    assert add_article(client, commune, CAMPAIGN, "").status_code == 302
    assert ArticlePage.objects.filter(title=CAMPAIGN).order_by("pk").last().slug == CAMPAIGN_SLUG + "-2"


@pytest.mark.django_db
def test_an_editor_slug_taken_by_a_sibling_is_refused(client, login, commune):
    ArticlePageFactory(parent=news_section(commune.site), title="Ra quân ven biển", slug="ra-quan-ven-bien")
    login("editor")
    response = add_article(client, commune, CAMPAIGN, "ra-quan-ven-bien")
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert not ArticlePage.objects.filter(title=CAMPAIGN).exists()


@pytest.mark.django_db
def test_the_mangled_address_of_a_published_page_is_left_as_it_is(client, login, commune):
    """Its address is already out there: saving the page again must not move it."""
    page = ArticlePageFactory(parent=news_section(commune.site), title=CAMPAIGN, slug=CAMPAIGN_MANGLED)
    login("board")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form_data(CAMPAIGN, CAMPAIGN_MANGLED, summary="Sửa sapo", **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.summary, page.slug) == ("Sửa sapo", CAMPAIGN_MANGLED)


@pytest.mark.django_db
def test_the_mangled_slug_of_a_never_published_draft_is_folded(client, login, commune):
    page = ArticlePageFactory(parent=news_section(commune.site), title=CAMPAIGN, slug=CAMPAIGN_MANGLED, live=False)
    login("editor")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), article_form_data(CAMPAIGN, CAMPAIGN_MANGLED)
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().slug == CAMPAIGN_SLUG


# -- a slug change of a live page -------------------------------------------------------------------


@pytest.mark.django_db
def test_changing_the_slug_of_a_published_page_keeps_the_old_address_working(
    client, login, commune, django_capture_on_commit_callbacks
):
    page = ArticlePageFactory(parent=news_section(commune.site), title=CAMPAIGN, slug=CAMPAIGN_MANGLED)
    old_path = f"/tin-tuc-su-kien/{CAMPAIGN_MANGLED}/"
    assert client.get(old_path, HTTP_HOST=COMMUNE_HOST).status_code == 200
    login("board")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            article_form_data(CAMPAIGN, CAMPAIGN_SLUG, **{"action-publish": "action-publish"}),
        )
    assert response.status_code == 302
    client.logout()

    moved = client.get(old_path, HTTP_HOST=COMMUNE_HOST)
    assert moved.status_code == 301
    assert moved["Location"].endswith(f"/tin-tuc-su-kien/{CAMPAIGN_SLUG}/")
    assert client.get(moved["Location"], HTTP_HOST=COMMUNE_HOST).status_code == 200
    assert Redirect.objects.filter(site=commune.site, redirect_page=page).count() == 1


@pytest.mark.django_db
def test_saving_a_published_page_with_its_slug_unchanged_makes_no_redirect(
    client, login, commune, django_capture_on_commit_callbacks
):
    page = ArticlePageFactory(parent=news_section(commune.site), title=CAMPAIGN, slug=CAMPAIGN_SLUG)
    login("board")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            article_form_data(CAMPAIGN, CAMPAIGN_SLUG, summary="Sửa sapo", **{"action-publish": "action-publish"}),
        )
    assert response.status_code == 302
    assert not Redirect.objects.filter(redirect_page=page).exists()
