"""Báo cáo biên tập › Trang quá hạn rà soát: pages past their review date, the form that sets the
next date and marks a page reviewed, its entry in the page history and its button on the page."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from reports import reviews
from reports.models import PageReview
from reports.reviews import REVIEWED_ACTION, SET_ACTION, overdue_states, review_states
from sites.provisioning import provision_unit
from tests.articles.factories import ArticlePageFactory, news_section
from tests.helpers import DISTRICT_HOST, assert_refused, section_of

INDEX = reverse("reports_reviews")
TODAY = datetime.date(2026, 12, 7)


@pytest.fixture(autouse=True)
def admin_on_the_district_host(client):
    """The admin is reached on the district portal's hostname, as the board does."""
    client.defaults["HTTP_HOST"] = DISTRICT_HOST


def form_url(page):
    return reverse("reports_page_review", args=[page.pk])


def review_due(page, days_from_today, note="", today=None):
    """The page's review date `days_from_today` from today (negative: that many days ago)."""
    day = (today or timezone.localdate()) + datetime.timedelta(days=days_from_today)
    return PageReview.objects.create(page=page, review_by=day, note=note)


def contact_page(unit):
    return section_of(unit, "lien-he")


def about_page(unit):
    return section_of(unit, "gioi-thieu")


def stored(page):
    """What the database holds for the page's review, to compare before and after a refusal."""
    return list(PageReview.objects.filter(page=page).values_list("review_by", "note", "last_reviewed_at"))


# -- which pages are overdue ------------------------------------------------------------------------


@pytest.mark.sqlite
def test_a_page_is_overdue_from_the_day_after_its_date_and_due_soon_until_then(commune):
    yesterday = review_due(contact_page(commune), -1, "Số điện thoại đường dây nóng", today=TODAY)
    today = review_due(about_page(commune), 0, today=TODAY)
    procedures = section_of(commune, "thu-tuc-hanh-chinh")
    in_two_weeks = review_due(procedures, 14, today=TODAY)
    review_due(section_of(commune, "hoi-dap"), 15, today=TODAY)  # beyond the two weeks: not listed
    PageReview.objects.create(page=section_of(commune, "van-ban"), review_by=None)  # no date: never listed

    states = {state.page.pk: state for state in review_states([commune.site_id], today=TODAY)}
    assert set(states) == {yesterday.page_id, today.page_id, in_two_weeks.page_id}
    late = states[yesterday.page_id]
    assert late.overdue and late.days_overdue == 1 and late.note == "Số điện thoại đường dây nóng"
    assert late.site.pk == commune.site_id and late.review_by == TODAY - datetime.timedelta(days=1)
    assert not states[today.page_id].overdue and states[today.page_id].days_left == 0
    assert states[in_two_weeks.page_id].days_left == 14
    assert [state.page.pk for state in overdue_states([commune.site_id], today=TODAY)] == [yesterday.page_id]


@pytest.mark.sqlite
def test_today_is_the_day_in_ho_chi_minh_city_not_in_utc(commune, monkeypatch):
    review = review_due(contact_page(commune), 0, today=TODAY)
    # 18:30 UTC on the 7th is 01:30 on the 8th in Việt Nam: the 7th has passed.
    late_evening_utc = datetime.datetime(2026, 12, 7, 18, 30, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: late_evening_utc)
    assert [state.page.pk for state in overdue_states([commune.site_id])] == [review.page_id]
    monkeypatch.setattr(timezone, "now", lambda: late_evening_utc - datetime.timedelta(hours=2))
    assert overdue_states([commune.site_id]) == []


@pytest.mark.sqlite
def test_pages_not_live_are_left_out(commune):
    draft = ArticlePageFactory(parent=news_section(commune.site), title="Bảng giá nước sạch", live=False)
    review_due(draft, -10, today=TODAY)
    live = review_due(contact_page(commune), -10, today=TODAY)
    assert [state.page.pk for state in overdue_states([commune.site_id], today=TODAY)] == [live.page_id]


def test_only_the_sites_asked_for_are_read_and_each_site_in_name_order(
    district, commune, other_commune, province_commune
):
    ours = [review_due(contact_page(unit), -3, today=TODAY) for unit in (district, commune, other_commune)]
    theirs = review_due(contact_page(province_commune), -3, today=TODAY)
    district_sites = [district.site_id, commune.site_id, other_commune.site_id]
    states = overdue_states(district_sites, today=TODAY)
    assert {state.page.pk for state in states} == {review.page_id for review in ours}
    assert theirs.page_id not in {state.page.pk for state in states}
    names = [state.site.site_name for state in states]
    assert names == sorted(names)
    assert theirs.page_id in {state.page.pk for state in overdue_states(None, today=TODAY)}


def test_queries_do_not_grow_with_the_number_of_sites(client, login, district, commune, other_commune, trusted_commune):
    login("board")

    def queries_for(units):
        for unit in units:
            for page in (contact_page(unit), about_page(unit)):
                PageReview.objects.get_or_create(page=page, defaults={"review_by": timezone.localdate()})
        with CaptureQueriesContext(connection) as listed:
            states = review_states([unit.site_id for unit in units])
        assert len(states) == 2 * len(units)
        with CaptureQueriesContext(connection) as screen:
            page = client.get(INDEX).content.decode()
        assert f"0 trang quá hạn rà soát, {2 * len(units)} trang sắp đến hạn." in page
        assert page.count('href="/admin/bao-cao/ra-soat/') == 2 * len(units)
        return len(listed), len(screen)

    few = queries_for([commune])
    extra = [
        provision_unit(
            "commune", f"Xã Thử {number}", hostname=f"xa-thu-{number}.hamtan.test", parent_hostname=DISTRICT_HOST
        )
        for number in range(3)
    ]
    many = queries_for([district, commune, other_commune, trusted_commune, *(result.unit for result in extra)])
    # The sites, the reviews with their pages, and Wagtail's list of site roots (its cache is cold here).
    assert few[0] == many[0] == 3
    assert few[1] == many[1]


# -- the list screen, from every side ---------------------------------------------------------------


def test_the_board_sees_every_site_of_its_authority_overdue_first(client, login, district, commune, province_commune):
    review_due(contact_page(commune), -20, "Số điện thoại đường dây nóng")
    review_due(about_page(commune), 5, "Dân số, diện tích")
    review_due(contact_page(district), -2)
    review_due(contact_page(province_commune), -30, "Lịch tiếp công dân của phường")
    login("board")
    page = client.get(INDEX).content.decode()
    assert "2 trang quá hạn rà soát, 1 trang sắp đến hạn." in page
    assert "Quá hạn 20 ngày" in page and "Còn 5 ngày" in page and "Quá hạn 2 ngày" in page
    assert page.index("Số điện thoại đường dây nóng") < page.index("Dân số, diện tích")
    assert "Lịch tiếp công dân của phường" not in page and "Phường Đà Lạt" not in page
    assert form_url(contact_page(commune)) in page and form_url(contact_page(district)) in page
    only_overdue = client.get(INDEX, {"overdue": "1", "site": commune.site_id}).content.decode()
    assert "Số điện thoại đường dây nóng" in only_overdue and "Dân số, diện tích" not in only_overdue
    assert "Quá hạn 2 ngày" not in only_overdue


def test_the_inspector_reads_the_list_but_sets_nothing(client, login, commune):
    contact = contact_page(commune)
    review_due(contact, -4, "Giờ làm việc của bộ phận một cửa")
    login("inspector")
    page = client.get(INDEX).content.decode()
    assert "Giờ làm việc của bộ phận một cửa" in page and form_url(contact) not in page
    before = stored(contact)
    assert_refused(client.get(form_url(contact)))
    assert_refused(
        client.post(form_url(contact), {"review_by": "", "action": "reviewed"}), lambda: stored(contact), before
    )


def test_a_commune_editor_sees_and_sets_only_its_own_units_pages(client, login, commune, other_commune):
    ours, theirs = contact_page(commune), contact_page(other_commune)
    review_due(ours, -1, "Điện thoại Tân Hà")
    review_due(theirs, -1, "Điện thoại Tân Nghĩa")
    for member in ("editor", "chief"):
        login(member)
        page = client.get(INDEX).content.decode()
        assert "Điện thoại Tân Hà" in page and form_url(ours) in page
        assert "Điện thoại Tân Nghĩa" not in page and "Thị trấn Tân Nghĩa" not in page
        before = stored(theirs)
        response = client.get(form_url(theirs))
        assert_refused(response)
        assert "Điện thoại Tân Nghĩa" not in response.content.decode()
        assert "Ban biên tập của đơn vị chủ quản" in response.content.decode()
        next_date = timezone.localdate() + datetime.timedelta(days=30)
        assert_refused(
            client.post(form_url(theirs), {"review_by": next_date.isoformat()}), lambda: stored(theirs), before
        )
        assert client.get(form_url(ours)).status_code == 200


def test_the_district_editor_sets_district_pages_and_not_the_communes(client, login, district, commune):
    ours, theirs = contact_page(district), contact_page(commune)
    review_due(theirs, -1, "Điện thoại Tân Hà")
    login("district_editor")
    assert "Điện thoại Tân Hà" not in client.get(INDEX).content.decode()
    assert client.get(form_url(ours)).status_code == 200
    before = stored(theirs)
    assert_refused(client.post(form_url(theirs), {"review_by": ""}), lambda: stored(theirs), before)


def test_collaborators_read_nothing_and_set_nothing(client, login, commune):
    contact = contact_page(commune)
    review_due(contact, -1, "Điện thoại Tân Hà")
    login("collaborator")
    assert_refused(client.get(INDEX))
    assert INDEX not in client.get(reverse("wagtailadmin_home")).content.decode()
    before = stored(contact)
    assert_refused(client.get(form_url(contact)))
    assert_refused(
        client.post(form_url(contact), {"review_by": "", "action": "reviewed"}), lambda: stored(contact), before
    )


def test_another_authoritys_board_neither_sees_nor_sets_our_pages(client, login, commune, province_commune):
    ours = contact_page(commune)
    review_due(ours, -6, "Điện thoại Tân Hà")
    review_due(contact_page(province_commune), -6, "Điện thoại Đà Lạt")
    login("province_board")
    page = client.get(INDEX).content.decode()
    assert "Điện thoại Đà Lạt" in page and "Điện thoại Tân Hà" not in page
    before = stored(ours)
    assert_refused(client.get(form_url(ours)))
    assert_refused(client.post(form_url(ours), {"review_by": ""}), lambda: stored(ours), before)


def test_a_page_that_does_not_exist_gets_the_same_refusal(client, login, commune):
    login("board")
    response = client.get(reverse("reports_page_review", args=[987654]))
    assert_refused(response)
    assert "Ban biên tập của đơn vị chủ quản" in response.content.decode()


def test_the_menu_offers_the_list_to_readers(client, login, commune):
    for member in ("board", "inspector", "editor"):
        login(member)
        assert INDEX in client.get(reverse("wagtailadmin_home")).content.decode(), member


# -- the form ---------------------------------------------------------------------------------------


def test_marking_reviewed_sets_the_next_date_records_who_and_logs_it_in_the_history(client, login, commune):
    contact = contact_page(commune)
    review_due(contact, -8, "Số điện thoại đường dây nóng")
    user = login("editor")
    next_date = timezone.localdate() + datetime.timedelta(days=180)
    response = client.post(
        form_url(contact),
        {"review_by": next_date.strftime("%d/%m/%Y"), "note": "Số điện thoại mới", "action": "reviewed"},
    )
    assert response.status_code == 302 and response["Location"] == f"{INDEX}?site={commune.site_id}"
    review = PageReview.objects.get(page=contact)
    assert review.review_by == next_date and review.note == "Số điện thoại mới"
    assert review.last_reviewed_by == user and review.set_by == user
    assert timezone.now() - review.last_reviewed_at < datetime.timedelta(minutes=1)
    assert overdue_states([commune.site_id]) == []

    entry = PageLogEntry.objects.get(page=contact, action=REVIEWED_ACTION)
    assert entry.user == user and entry.data["review_by"] == next_date.isoformat()
    history = client.get(reverse("wagtailadmin_pages:history", args=[contact.pk])).content.decode()
    assert "Đã rà soát nội dung" in history and f"trước ngày {next_date:%d/%m/%Y}" in history
    assert "Số điện thoại mới" in history


def test_a_failure_while_logging_leaves_the_review_as_it_was(client, login, commune, monkeypatch):
    contact = contact_page(commune)
    review_due(contact, -8, "Số điện thoại đường dây nóng")
    login("editor")
    before = stored(contact)

    def broken_log(**kwargs):
        raise RuntimeError("log table unavailable")

    monkeypatch.setattr(reviews, "log", broken_log)
    later = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    client.raise_request_exception = False
    response = client.post(form_url(contact), {"review_by": later, "action": "reviewed"})
    assert response.status_code == 500
    assert stored(contact) == before


def test_setting_or_clearing_the_date_keeps_the_last_review(client, login, commune):
    about = about_page(commune)
    login("chief")
    next_date = timezone.localdate() + datetime.timedelta(days=10)
    client.post(form_url(about), {"review_by": next_date.isoformat(), "action": "reviewed"})
    reviewed_at = PageReview.objects.get(page=about).last_reviewed_at
    board = login("board")
    response = client.post(form_url(about), {"review_by": "", "note": "", "action": "set"})
    assert response.status_code == 302
    review = PageReview.objects.get(page=about)
    assert review.review_by is None and review.set_by == board and review.last_reviewed_at == reviewed_at
    assert review_states([commune.site_id]) == []
    cleared = PageLogEntry.objects.filter(page=about, action=SET_ACTION).get()
    assert cleared.user == board and cleared.data["review_by"] is None
    history = client.get(reverse("wagtailadmin_pages:history", args=[about.pk])).content.decode()
    assert "Hẹn ngày rà soát: không hẹn lần rà soát sau" in history


def test_the_form_shows_the_current_date_and_goes_back_where_it_came_from(client, login, commune):
    contact = contact_page(commune)
    review_due(contact, -3, "Giờ làm việc")
    login("board")
    page = client.get(form_url(contact)).content.decode()
    assert "Giờ làm việc" in page and (timezone.localdate() - datetime.timedelta(days=3)).isoformat() in page
    explorer = reverse("wagtailadmin_explore", args=[contact.get_parent().pk])
    later = (timezone.localdate() + datetime.timedelta(days=40)).isoformat()
    response = client.post(form_url(contact), {"review_by": later, "action": "set", "next": explorer})
    assert response["Location"] == explorer
    response = client.post(form_url(contact), {"review_by": later, "action": "set", "next": "https://example.com/"})
    assert response["Location"] == f"{INDEX}?site={commune.site_id}"


@pytest.mark.parametrize(
    ("review_by", "note", "message"),
    [
        ("31/02/2027", "", "Ngày hẹn rà soát “31/02/2027” không hợp lệ"),
        ("ngày mai", "", "viết theo dạng YYYY-MM-DD hoặc DD/MM/YYYY"),
        ("past", "", "đã qua: chọn từ hôm nay"),
        ("far", "", "quá xa: chọn trong vòng 5 năm tới"),
        ("", "x" * 201, "Nội dung cần rà soát dài tối đa 200 ký tự."),
    ],
)
def test_bad_input_is_a_vietnamese_form_error_and_changes_nothing(client, login, commune, review_by, note, message):
    contact = contact_page(commune)
    review_due(contact, -2, "Giờ làm việc")
    today = timezone.localdate()
    review_by = {"past": (today - datetime.timedelta(days=1)).isoformat(), "far": "2040-01-01"}.get(
        review_by, review_by
    )
    login("editor")
    before = stored(contact)
    response = client.post(form_url(contact), {"review_by": review_by, "note": note, "action": "reviewed"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert stored(contact) == before
    assert not PageLogEntry.objects.filter(page=contact, action__in=[SET_ACTION, REVIEWED_ACTION]).exists()


# -- the button on the page -------------------------------------------------------------------------


def test_the_page_menus_offer_the_button_to_those_who_may_set_the_date(client, login, commune):
    news = news_section(commune.site)
    article = ArticlePageFactory(parent=news, title="Bảng giá dịch vụ thu gom rác")
    edit = reverse("wagtailadmin_pages:edit", args=[article.pk])
    listing = reverse("wagtailadmin_explore", args=[news.pk])
    for member in ("board", "editor", "chief"):
        login(member)
        assert form_url(article) in client.get(edit).content.decode(), member
        assert form_url(article) in client.get(listing).content.decode(), member
    login("collaborator")  # sees the news section, may not set dates
    response = client.get(listing)
    assert response.status_code == 200 and article.title in response.content.decode()
    assert form_url(article) not in response.content.decode()


def test_a_collaborator_editing_its_own_draft_gets_no_button(client, login, commune):
    collaborator = login("collaborator")
    draft = ArticlePageFactory(parent=news_section(commune.site), title="Tin nháp của cộng tác viên", live=False)
    draft.owner = collaborator
    draft.save()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert response.status_code == 200
    assert form_url(draft) not in response.content.decode()
    assert_refused(client.get(form_url(draft)))
