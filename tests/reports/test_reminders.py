"""Reminders to the units below quota: the command (cron) and the board's screen."""

import datetime
import smtplib
import socket

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import include, path, reverse
from django.utils import timezone

from wagtail.admin.auth import require_admin_access

from cms import urls as project_urls
from reports.contributions import authority_period
from reports.models import ReminderSent, ReportingRule
from reports.periods import period_containing
from reports.reminders import reminders_for
from reports.views import reminders as reminder_views
from sites.models import UnitKind
from tests.helpers import DISTRICT_HOST, MEMBERS, PROVINCE_HOST, assert_refused, run_command

from .factories import import_articles, quota, unit_under

pytestmark = pytest.mark.usefixtures("media_root")

# The URLs as the lead registers them (reports/wagtail_hooks.py: "bao-cao/nhac-nho/" under the
# admin, behind Wagtail's admin-access check), ahead of the project's own.
urlpatterns = [
    path(
        "admin/bao-cao/nhac-nho/",
        include(
            [
                path(str(pattern.pattern), require_admin_access(pattern.callback), name=pattern.name)
                for pattern in reminder_views.urlpatterns
            ]
        ),
    ),
    *project_urls.urlpatterns,
]


@pytest.fixture
def reminder_urls(settings):
    settings.ROOT_URLCONF = __name__


@pytest.fixture
def february(district, province, tmp_path):
    """Hàm Tân, month from the 20th, February 2017 (20/01–19/02): Tân Hà 1 item of 2, Tân Nghĩa
    2 of 2, Sơn Mỹ none of 2, Phòng Tư pháp (an official e-mail, no members) none of 1, Ban QLDA
    (no address at all) none of 1. The province sets a quota its ward does not reach."""
    ReportingRule.objects.create(authority=district, month_start_day=20)
    for kind in (UnitKind.COMMUNE, UnitKind.TOWN):
        quota(district, 2, unit_kind=kind)
    quota(district, 1, unit_kind=UnitKind.DEPARTMENT)
    justice = unit_under(district, "Phòng Tư pháp")
    justice.official_email = "tuphap@hamtan.test"
    justice.save()
    unit_under(district, "Ban QLDA")
    culture = district.children.get(name="Phòng Văn hóa và Thông tin")
    quota(district, 0, unit=culture)  # nothing expected of it: no reminder
    quota(province, 3, unit_kind=UnitKind.WARD)
    import_articles(
        tmp_path,
        DISTRICT_HOST,
        [
            ("Xã Tân Hà", "2017-02-01T09:00", "tin"),
            ("Xã Tân Hà", "2017-02-25T09:00", "tin"),  # March's, not February's
            ("Thị trấn Tân Nghĩa", "2017-01-20T08:00", "tin"),
            ("Thị trấn Tân Nghĩa", "2017-02-19T20:00", "bai"),
        ],
    )


def sent_units():
    return sorted(ReminderSent.objects.values_list("unit__name", flat=True))


def message_to(address):
    found = [message for message in mail.outbox if address in message.to]
    assert len(found) == 1, [message.to for message in mail.outbox]
    return found[0]


# -- the command --------------------------------------------------------------------------------


def test_command_mails_each_unit_below_quota_once_to_its_address_and_editors(february, settings):
    settings.DEFAULT_FROM_EMAIL = "cong-thong-tin@hamtan.test"
    result = run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02")

    assert not result.failed, result.error
    assert sent_units() == ["Phòng Tư pháp", "Xã Sơn Mỹ", "Xã Tân Hà"]
    assert len(mail.outbox) == 3
    tan_ha = message_to("editor@hamtan.test")
    # Editors and head editors, not the collaborator; the unit has no official e-mail.
    assert tan_ha.to == ["chief@hamtan.test", "editor@hamtan.test"]
    assert tan_ha.from_email == "cong-thong-tin@hamtan.test"
    assert tan_ha.reply_to == ["vanphong@hamtan.test"]
    assert tan_ha.subject == "Nhắc cung cấp tin bài tháng 02/2017: Xã Tân Hà đã có 1/2 tin bài"
    assert "từ ngày 20/01/2017 đến ngày 19/02/2017" in tan_ha.body
    assert "Xã Tân Hà đã có 1 tin bài được đăng; chỉ tiêu là 2 tin bài, còn thiếu 1 tin bài." in tan_ha.body
    assert "Kỳ báo cáo đã kết thúc ngày 19/02/2017." in tan_ha.body
    assert message_to("tuphap@hamtan.test").to == ["tuphap@hamtan.test"]
    assert message_to("trusted_chief@hamtan.test").to == ["trusted_chief@hamtan.test"]
    # Ban QLDA has no address: reported, not an error, not recorded.
    assert "Ban QLDA: không có địa chỉ thư nào, không gửi được." in result.stdout
    assert "Đã gửi 3 thư nhắc" in result.stdout

    record = ReminderSent.objects.get(unit__name="Xã Tân Hà")
    assert (record.period_start, record.period_end) == (datetime.date(2017, 1, 20), datetime.date(2017, 2, 19))
    assert (record.period_code, record.items, record.quota, record.sent_by) == ("2017-02", 1, 2, None)
    assert record.recipients == ["chief@hamtan.test", "editor@hamtan.test"]


def test_command_sends_nothing_twice_for_the_same_period(february):
    run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02")
    mail.outbox.clear()

    again = run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "02/2017")

    assert not again.failed
    assert mail.outbox == []
    assert ReminderSent.objects.count() == 3
    assert "Xã Tân Hà: đã nhắc lúc" in again.stdout
    # Another period is another reminder.
    run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-03")
    assert len(mail.outbox) == 4  # March: Tân Hà 1/2, Tân Nghĩa 0/2, Sơn Mỹ, Phòng Tư pháp


def test_official_email_and_inactive_or_addressless_members(february, district):
    commune = district.children.get(name="Xã Tân Hà")
    commune.official_email = "EDITOR@hamtan.test"  # the same mailbox as a member's: once
    commune.save()
    get_user_model().objects.filter(username="chief").update(is_active=False)
    get_user_model().objects.filter(username="trusted_chief").update(email="")

    result = run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02")

    assert message_to("EDITOR@hamtan.test").to == ["EDITOR@hamtan.test"]
    assert "Xã Sơn Mỹ: không có địa chỉ thư nào" in result.stdout
    assert sent_units() == ["Phòng Tư pháp", "Xã Tân Hà"]


def test_dry_run_prints_the_messages_and_records_nothing(february):
    result = run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02", "--dry-run")

    assert not result.failed
    assert mail.outbox == []
    assert ReminderSent.objects.count() == 0
    assert "Sẽ gửi tới chief@hamtan.test, editor@hamtan.test" in result.stdout
    assert "Tiêu đề: Nhắc cung cấp tin bài tháng 02/2017: Xã Tân Hà đã có 1/2 tin bài" in result.stdout
    assert "Chạy thử: 3 thư sẽ được gửi" in result.stdout


def test_every_authority_by_default_in_its_current_month(february, tmp_path):
    today = timezone.localdate()
    now = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    import_articles(tmp_path, DISTRICT_HOST, [("Xã Tân Hà", now, "tin")], name="hom-nay.jsonl")
    period = period_containing(today, 20)

    result = run_command("send_contribution_reminders")

    assert not result.failed, result.error
    tan_ha = message_to("editor@hamtan.test")
    assert tan_ha.subject == f"Nhắc cung cấp tin bài {period.label}: Xã Tân Hà đã có 1/2 tin bài"
    days_left = period.days_left(today)
    assert (f"Kỳ báo cáo còn {days_left} ngày" if days_left else "Kỳ báo cáo đã kết thúc") in tan_ha.body
    # The province's ward too, under the province's calendar month.
    ward = message_to("province_editor@lamdong.test")
    assert period_containing(today, 1).label in ward.subject
    assert ReminderSent.objects.get(unit__name="Phường Đà Lạt").period_start == period_containing(today, 1).start


def test_site_limits_the_reminders_to_one_authority(february):
    run_command("send_contribution_reminders", "--site", PROVINCE_HOST, "--period", "2017-02")
    assert sent_units() == ["Phường Đà Lạt"]


@pytest.mark.parametrize("period", ["2017-13", "tháng hai", "1999"])
def test_unknown_period_is_a_vietnamese_error_and_sends_nothing(february, period):
    result = run_command("send_contribution_reminders", "--period", period)

    assert result.failed
    assert "tháng" in str(result.error).lower() or "năm" in str(result.error).lower()
    assert mail.outbox == [] and ReminderSent.objects.count() == 0


def test_unknown_site_is_an_error(february):
    result = run_command("send_contribution_reminders", "--site", "khong-co.test")
    assert result.failed and "khong-co.test" in str(result.error)


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_mail_server_down_is_an_error_and_records_nothing(february, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 5

    result = run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02")

    assert result.failed
    assert "Máy chủ thư không nhận thư nhắc" in str(result.error)
    assert "Đã gửi 0 thư trước đó" in str(result.error)
    assert ReminderSent.objects.count() == 0


class FailsAfterFirst(EmailBackend):
    """Takes one message, then the server goes away."""

    accepted = 0

    def send_messages(self, messages):
        if FailsAfterFirst.accepted:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        FailsAfterFirst.accepted += 1
        return super().send_messages(messages)


def test_server_lost_midway_keeps_what_was_sent_and_sends_the_rest_next_time(february, settings):
    settings.EMAIL_BACKEND = f"{__name__}.FailsAfterFirst"
    FailsAfterFirst.accepted = 0

    result = run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02")

    assert result.failed and "Đã gửi 1 thư trước đó" in str(result.error)
    assert len(mail.outbox) == 1
    first = ReminderSent.objects.get()
    assert first.recipients == mail.outbox[0].to

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    again = run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02")
    assert not again.failed
    assert sent_units() == ["Phòng Tư pháp", "Xã Sơn Mỹ", "Xã Tân Hà"]
    assert len(mail.outbox) == 3  # the first unit was not mailed again


def test_preview_costs_the_same_queries_for_more_units(february, district):
    period = authority_period(district, "2017-02")
    with CaptureQueriesContext(connection) as few:
        assert len(reminders_for(district, period)) == 4
    for number in range(10):
        unit = unit_under(district, f"Phòng số {number}")
        unit.official_email = f"phong{number}@hamtan.test"
        unit.save()
    with CaptureQueriesContext(connection) as many:
        assert len(reminders_for(district, period)) == 14
    assert len(many) == len(few)


# -- the board's screen -------------------------------------------------------------------------

BOARD_ONLY_REFUSED = [name for name, (_host, role) in MEMBERS.items() if role != "board"]


def test_board_previews_sends_and_lists(february, client, login, reminder_urls):
    login("board")
    preview = client.get(reverse("reports_reminders_index"), {"period": "2017-02"})

    assert preview.status_code == 200
    page = preview.content.decode()
    assert "chief@hamtan.test, editor@hamtan.test" in page
    assert "Xã Tân Hà đã có 1 tin bài được đăng; chỉ tiêu là 2 tin bài, còn thiếu 1 tin bài." in page
    assert "Ban QLDA" in page and "Không có địa chỉ thư" in page
    assert "Thị trấn Tân Nghĩa" not in page  # at its quota
    assert "Gửi nhắc nhở" in page
    assert mail.outbox == []

    response = client.post(reverse("reports_reminders_send"), {"authority": february_authority(), "period": "2017-02"})

    assert response.status_code == 302
    assert sent_units() == ["Phòng Tư pháp", "Xã Sơn Mỹ", "Xã Tân Hà"]
    assert len(mail.outbox) == 3
    assert {record.sent_by.username for record in ReminderSent.objects.all()} == {"board"}

    client.post(reverse("reports_reminders_send"), {"authority": february_authority(), "period": "2017-02"})
    assert len(mail.outbox) == 3

    after = client.get(reverse("reports_reminders_index"), {"period": "2017-02"}).content.decode()
    assert "Gửi nhắc nhở</button>" not in after and "Đã nhắc lúc" in after
    listed = client.get(reverse("reports_reminders_sent")).content.decode()
    assert "Xã Sơn Mỹ" in listed and "tuphap@hamtan.test" in listed and "tháng 02/2017" in listed


def february_authority():
    return str(ReminderSent._meta.get_field("unit").related_model.objects.get(site__hostname=DISTRICT_HOST).pk)


def test_unknown_period_on_the_screen_is_a_message(february, client, login, reminder_urls):
    login("board")
    response = client.get(reverse("reports_reminders_index"), {"period": "2017-14"})
    assert response.status_code == 200
    assert "Tháng “14” không hợp lệ" in response.content.decode()

    sent = client.post(reverse("reports_reminders_send"), {"period": "2017-14"}, follow=True)
    assert "Tháng “14” không hợp lệ" in sent.content.decode()
    assert mail.outbox == [] and ReminderSent.objects.count() == 0


def test_mail_server_down_on_the_screen_is_a_message(february, client, login, reminder_urls, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 5
    login("board")

    response = client.post(reverse("reports_reminders_send"), {"period": "2017-02"}, follow=True)

    assert response.status_code == 200
    assert "Máy chủ thư không nhận thư nhắc" in response.content.decode()
    assert ReminderSent.objects.count() == 0


@pytest.mark.parametrize("username", BOARD_ONLY_REFUSED)
def test_only_the_board_opens_or_sends(february, client, login, reminder_urls, username):
    login(username)
    run_command("send_contribution_reminders", "--site", PROVINCE_HOST, "--period", "2017-01")
    before = ReminderSent.objects.count(), len(mail.outbox)

    for name in ("reports_reminders_index", "reports_reminders_sent"):
        assert_refused(client.get(reverse(name), {"period": "2017-02"}))
    assert_refused(
        client.post(reverse("reports_reminders_send"), {"period": "2017-02"}),
        lambda: (ReminderSent.objects.count(), len(mail.outbox)),
        before,
    )


def test_another_authoritys_board_is_refused_and_sees_only_its_own(february, client, login, reminder_urls):
    login("province_board")
    district = february_authority()
    for name in ("reports_reminders_index", "reports_reminders_sent"):
        assert_refused(client.get(reverse(name), {"authority": district, "period": "2017-02"}))
    assert_refused(client.post(reverse("reports_reminders_send"), {"authority": district, "period": "2017-02"}))
    assert_refused(client.get(reverse("reports_reminders_index"), {"authority": "x"}))
    assert ReminderSent.objects.count() == 0 and mail.outbox == []

    own = client.get(reverse("reports_reminders_index"), {"period": "2017-02"}).content.decode()
    assert "Phường Đà Lạt" in own and "Xã Tân Hà" not in own
    run_command("send_contribution_reminders", "--site", DISTRICT_HOST, "--period", "2017-02")
    listed = client.get(reverse("reports_reminders_sent")).content.decode()
    assert "Xã Tân Hà" not in listed and "Chưa gửi nhắc nhở nào" in listed


def test_superuser_chooses_any_authority(february, client, reminder_urls):
    admin = get_user_model().objects.create_superuser("quan-tri", "quantri@hamtan.test", "x")
    client.force_login(admin)
    response = client.get(reverse("reports_reminders_index"), {"authority": february_authority(), "period": "2017-02"})
    assert response.status_code == 200 and "Xã Tân Hà" in response.content.decode()


@pytest.mark.parametrize(("username", "shown"), [("board", True), ("province_board", True), ("inspector", False)])
def test_menu_items_only_for_the_board(db, username, shown):
    request = RequestFactory().get("/admin/")
    request.user = get_user_model().objects.get(username=username)
    assert [item.is_shown(request) for item in reminder_views.menu_items()] == [shown, shown]
