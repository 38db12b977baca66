"""Ý kiến bạn đọc, the staff side: who moderates which comments, approve / reject / delete, the
portal switch, each rule tried from the side that must be refused, with a positive control beside it."""

import pytest

from django.urls import reverse

from engagement.models import Comment, CommentSiteRule, CommentStatus
from tests.helpers import PROVINCE_COMMUNE_HOST, assert_refused, unit_on

from .comment_factories import article_on, make_comment


def url(name, comment):
    return reverse(name, args=[comment.pk])


def state(comment):
    def read():
        row = Comment.objects.filter(pk=comment.pk).values_list("status", "moderated_by_id").first()
        return row

    return read


@pytest.fixture
def own(commune):
    return make_comment(commune, article_on(commune), text="Ý kiến trên trang xã Tân Hà")


@pytest.fixture
def others(other_commune):
    return make_comment(
        other_commune, article_on(other_commune, title="Thị trấn Tân Nghĩa sửa chợ"), text="Ý kiến của Tân Nghĩa"
    )


@pytest.fixture
def district_comment(district):
    return make_comment(district, article_on(district, title="Huyện Hàm Tân họp báo quý IV"), text="Ý kiến trang huyện")


@pytest.fixture
def foreign():
    ward = unit_on(PROVINCE_COMMUNE_HOST)
    return make_comment(ward, article_on(ward, title="Phường Đà Lạt chỉnh trang hồ"), text="Ý kiến của Đà Lạt")


def queue_texts(client, status="pending"):
    response = client.get(reverse("engagement_comments"), {"status": status})
    assert response.status_code == 200
    return {comment.text for comment in response.context["comments"]}


# -- who sees what -------------------------------------------------------------------------------


@pytest.mark.sqlite
def test_a_commune_editor_moderates_its_own_portal_only(client, login, own, others, foreign, district_comment):
    login("editor")
    assert queue_texts(client) == {own.text}
    login("chief")
    assert queue_texts(client) == {own.text}


def test_the_board_moderates_its_whole_authority_and_no_other(client, login, own, others, foreign, district_comment):
    login("board")
    assert queue_texts(client) == {own.text, others.text, district_comment.text}
    login("province_board")
    assert queue_texts(client) == {foreign.text}


def test_the_queue_counts_by_status_and_lists_each(client, login, commune):
    article = article_on(commune)
    for text, status in (("Chờ một", "pending"), ("Chờ hai", "pending"), ("Duyệt rồi", "approved")):
        make_comment(commune, article, text=text, status=status)
    make_comment(commune, article, text="Bị từ chối", status="rejected")
    login("editor")
    response = client.get(reverse("engagement_comments"))
    assert [(value, count) for value, _label, count in response.context["statuses"]] == [
        ("pending", 2),
        ("approved", 1),
        ("rejected", 1),
    ]
    html = response.content.decode()
    assert "Chờ duyệt: 2" in html and "tam@example.com" in html  # staff of the portal see the e-mail
    assert queue_texts(client, "approved") == {"Duyệt rồi"}
    assert queue_texts(client, "rejected") == {"Bị từ chối"}
    assert queue_texts(client, "nonsense") == {"Chờ một", "Chờ hai"}


def test_a_collaborator_and_an_inspector_get_no_queue(client, login, own):
    for username in ("collaborator", "inspector"):
        login(username)
        response = client.get(reverse("engagement_comments"))
        assert response.status_code == 403 and own.text not in response.content.decode()
        assert_refused(client.post(url("engagement_comment_approve", own)), state(own), state(own)())


def test_an_anonymous_visitor_gets_no_queue(client, own):
    for address in (reverse("engagement_comments"), url("engagement_comment_delete", own)):
        response = client.get(address)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = client.post(url("engagement_comment_approve", own))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Comment.objects.get(pk=own.pk).status == CommentStatus.PENDING


def test_the_menu_shows_the_queue_to_moderators_only(client, login, db):
    login("editor")
    assert reverse("engagement_comments") in client.get(reverse("wagtailadmin_home")).content.decode()
    login("collaborator")
    assert reverse("engagement_comments") not in client.get(reverse("wagtailadmin_home")).content.decode()


# -- moderating ----------------------------------------------------------------------------------


def test_an_editor_approves_rejects_and_deletes_its_own_portals_comments(client, login, own, commune):
    user = login("editor")
    response = client.post(url("engagement_comment_approve", own), {"from": "pending"})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == CommentStatus.APPROVED and own.moderated_by == user and own.moderated_at
    client.post(url("engagement_comment_reject", own))
    assert Comment.objects.get(pk=own.pk).status == CommentStatus.REJECTED
    confirm = client.get(url("engagement_comment_delete", own))
    assert confirm.status_code == 200 and own.text in confirm.content.decode()
    assert Comment.objects.filter(pk=own.pk).exists()  # the confirmation page deletes nothing
    assert client.post(url("engagement_comment_delete", own)).status_code == 302
    assert not Comment.objects.filter(pk=own.pk).exists()


def test_a_commune_editor_cannot_moderate_another_communes_comments(client, login, others, foreign):
    login("editor")
    for comment in (others, foreign):
        read = state(comment)
        before = read()
        assert_refused(client.post(url("engagement_comment_approve", comment)), read, before)
        assert_refused(client.post(url("engagement_comment_reject", comment)), read, before)
        assert_refused(client.get(url("engagement_comment_delete", comment)))
        assert_refused(client.post(url("engagement_comment_delete", comment)), read, before)
    login("other_editor")  # the positive control: the same step by the portal's own editor
    assert client.post(url("engagement_comment_approve", others)).status_code == 302
    assert Comment.objects.get(pk=others.pk).status == CommentStatus.APPROVED


def test_the_board_of_another_authority_cannot_moderate(client, login, own):
    login("province_board")
    read = state(own)
    assert_refused(client.post(url("engagement_comment_approve", own)), read, read())
    login("board")
    assert client.post(url("engagement_comment_approve", own)).status_code == 302


def test_a_missing_comment_and_one_outside_get_the_same_refusal(client, login, others):
    login("editor")
    missing = client.post(reverse("engagement_comment_approve", args=[others.pk + 1000]))
    outside = client.post(url("engagement_comment_approve", others))
    assert missing.status_code == outside.status_code == 403
    assert others.text not in outside.content.decode()


def test_steps_are_post_only_and_csrf_checked(own):
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="editor"))
    assert client.get(url("engagement_comment_approve", own)).status_code == 405
    assert client.post(url("engagement_comment_approve", own)).status_code == 403
    assert client.post(url("engagement_comment_delete", own)).status_code == 403
    assert Comment.objects.get(pk=own.pk).status == CommentStatus.PENDING


# -- the portal switch -----------------------------------------------------------------------------


def switch(client, unit, on, which="accepts_comments"):
    return client.post(
        reverse("engagement_comment_switch"), {"site": unit.site.pk, "switch": which, "on": "1" if on else "0"}
    )


def rule(unit):
    return CommentSiteRule.objects.filter(site=unit.site).first() or CommentSiteRule()


def accepts(unit):
    return rule(unit).accepts_comments


def test_a_chief_editor_switches_its_own_portal_only(client, login, commune, other_commune):
    login("chief")
    page = client.get(reverse("engagement_comment_switch"))
    assert page.status_code == 200
    assert [site for site, _on in page.context["sites"]] == [commune.site]
    assert switch(client, commune, False).status_code == 302 and not accepts(commune)
    assert_refused(switch(client, other_commune, False))
    assert accepts(other_commune)
    assert switch(client, commune, True).status_code == 302 and accepts(commune)


def test_an_editor_moderates_but_does_not_switch(client, login, commune):
    login("editor")
    assert client.get(reverse("engagement_comment_switch")).status_code == 403
    assert_refused(switch(client, commune, False))
    assert accepts(commune)


def test_the_board_switches_every_portal_of_its_authority_and_no_other(
    client, login, district, commune, other_commune, province_commune
):
    login("board")
    listed = {site for site, _on in client.get(reverse("engagement_comment_switch")).context["sites"]}
    assert {district.site, commune.site, other_commune.site} <= listed and province_commune.site not in listed
    assert switch(client, other_commune, False).status_code == 302 and not accepts(other_commune)
    assert_refused(switch(client, province_commune, False))
    assert accepts(province_commune)


def test_a_chief_editor_sets_moderation_afterwards_and_an_editor_cannot(client, login, commune):
    login("editor")
    assert_refused(switch(client, commune, False, "premoderated"))
    assert rule(commune).premoderated
    login("chief")
    assert switch(client, commune, False, "premoderated").status_code == 302
    assert not rule(commune).premoderated and rule(commune).accepts_comments
    assert_refused(switch(client, commune, False, "status"))  # not a switch


def test_the_switch_screen_shows_each_portals_state(client, login, commune):
    login("chief")
    switch(client, commune, False, "premoderated")
    html = client.get(reverse("engagement_comment_switch")).content.decode()
    assert html.count("Đang bật") == 1 and html.count("Đang tắt") == 1


# -- the cost of the board's screens -----------------------------------------------------------------


def test_the_boards_queue_and_switches_cost_the_same_with_more_portals_and_comments(
    client, login, commune, other_commune, trusted_commune, district
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_comment(commune, article_on(commune))
    login("board")

    def cost(name):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(name)).status_code == 200
        return len(queries)

    names = ("engagement_comments", "engagement_comment_switch")
    for name in names:  # a first request warms what every admin page reads once per process
        cost(name)
    few = {name: cost(name) for name in names}
    for unit in (other_commune, trusted_commune, district):
        article = article_on(unit, title=f"Tin thêm của {unit.name}")
        for n in range(3):
            make_comment(unit, article, text=f"Ý kiến thêm số {n}")
    assert {name: cost(name) for name in few} == few
