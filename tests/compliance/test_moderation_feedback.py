"""What moderation tells each person, through the admin: the findings before approving (with a link
to each image to fix), a confirmation after every action, the board's override noted on the
findings it bypassed and shown to inspectors, in the report and in the author's e-mail."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

from django.contrib.staticfiles import finders
from django.core import mail
from django.urls import reverse

from compliance.models import Finding, Inspection, ObjectKind, Trigger
from compliance.publish_check import OVERRIDE_FIELD, OVERRIDE_URL_NAME
from compliance.rules import IMAGE_ATTRIBUTION, RULES
from tests.compliance.factories import unattributed_image
from tests.compliance.helpers import (
    FINDINGS,
    REFUSED,
    ROOT,
    RULE_TEXTS,
    draft_article,
    edit_post,
    joined,
    messages_of,
    override_entries,
    refreshed,
    text,
)
from tests.helpers import current_task_state, submit_news, workflow_action

TITLE = "Xã Tân Hà ra quân làm sạch bờ biển"
IMAGE_TITLE = "Thanh niên dọn rác trên bãi biển"
REASON = "Ảnh do phóng viên Đài Truyền thanh huyện chụp, đã có văn bản đồng ý số 15/ĐTT ngày 02/6"


def image_url(photo):
    return reverse("wagtailimages:edit", args=[photo.pk])


def submitted_with_uncredited_photo(client, login, commune, slug="ra-quan-lam-sach-bo-bien"):
    photo = unattributed_image(title=IMAGE_TITLE)
    login("editor")
    page = submit_news(client, commune, TITLE, slug, featured_image=photo.pk)
    return page, photo


def approve_dialog(client, page):
    task_state = current_task_state(page)
    response = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    return json.loads(response.content)["html"]


def at_board_step(client, login, commune):
    page, photo = submitted_with_uncredited_photo(client, login, commune)
    login("chief")
    workflow_action(client, page, "approve")
    return page, photo


# --- before approving ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_head_sees_the_findings_and_the_image_to_fix_before_approving(client, login, commune):
    page, photo = submitted_with_uncredited_photo(client, login, commune)
    login("chief")

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    banner = joined(edit)
    assert "Bản đang chờ duyệt của trang có vi phạm tuân thủ" in banner
    assert RULES[IMAGE_ATTRIBUTION].title in banner and IMAGE_TITLE in banner
    assert image_url(photo) in banner
    panel = edit.content.decode().split('id="compliance-checks"', 1)[1].split("</section>", 1)[0]
    assert "Ảnh thiếu thông tin bản quyền" in panel and image_url(photo) in panel

    actions = current_task_state(page).task.specific.get_actions(page, edit.wsgi_request.user)
    assert [(name, str(label), modal) for name, label, modal in actions if name == "approve"] == [
        ("approve", "Duyệt", True)
    ], "one “Duyệt”, through the dialog that shows the findings"
    dialog = approve_dialog(client, page)
    assert image_url(photo) in dialog and IMAGE_TITLE in dialog
    assert "sẽ chặn việc xuất bản ở bước duyệt sau" in dialog
    assert reverse(OVERRIDE_URL_NAME, args=[page.pk]) not in dialog, "the head cannot override"


@pytest.mark.django_db
def test_the_board_sees_the_same_findings_and_its_override_link_in_the_dialog(client, login, commune):
    page, photo = at_board_step(client, login, commune)
    login("board")

    dialog = approve_dialog(client, page)

    assert image_url(photo) in dialog
    assert "chặn việc xuất bản" in dialog
    assert reverse(OVERRIDE_URL_NAME, args=[page.pk]) in dialog


@pytest.mark.django_db
def test_the_boards_refusal_links_to_each_image_to_fix(client, login, commune):
    page, photo = at_board_step(client, login, commune)
    login("board")

    refused = joined(workflow_action(client, page, "approve"))

    assert REFUSED in refused
    assert f'href="{image_url(photo)}"' in refused
    assert reverse(OVERRIDE_URL_NAME, args=[page.pk]) in refused
    assert not refreshed(page).live


# --- confirmations ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_each_workflow_action_is_confirmed(client, login, commune, district):
    page, _photo = submitted_with_uncredited_photo(client, login, commune)
    head_step = current_task_state(page).task.name

    login("chief")
    approved = joined(workflow_action(client, page, "approve"))
    board_step = current_task_state(page).task.name
    assert f"Đã duyệt “{TITLE}” ở bước “{head_step}”; trang chuyển sang bước “{board_step}”." in approved

    login("board")
    returned = joined(workflow_action(client, page, "reject", comment="Bổ sung tác giả và nguồn của ảnh."))
    assert f"Đã trả lại “{TITLE}” cho tác giả với yêu cầu chỉnh sửa: “Bổ sung tác giả và nguồn của ảnh.”" in returned


@pytest.mark.django_db
def test_a_refused_or_empty_action_is_not_confirmed(client, login, commune):
    page, _photo = at_board_step(client, login, commune)
    login("board")

    refused = joined(workflow_action(client, page, "approve"))
    no_comment = joined(workflow_action(client, page, "reject", comment=""))

    assert "Đã duyệt" not in refused and REFUSED in refused
    assert "Đã trả lại" not in no_comment
    assert current_task_state(page).task.specific.unit.kind == "district"


@pytest.mark.django_db
def test_the_last_approval_confirms_the_publication(client, login, trusted_commune):
    from django.contrib.auth import get_user_model

    from sites.membership import add_member

    add_member("sonmy_writer", trusted_commune.site.hostname, "editor")
    client.force_login(get_user_model().objects.get(username="sonmy_writer"))
    page = submit_news(client, trusted_commune, "Lịch tiếp công dân tháng 12", "lich-tiep-cong-dan")

    login("trusted_chief")
    response = workflow_action(client, page, "approve")

    assert "Đã duyệt và xuất bản “Lịch tiếp công dân tháng 12”." in joined(response)
    assert refreshed(page).live


@pytest.mark.django_db
def test_an_approval_from_the_edit_form_is_confirmed(client, login, commune):
    page, _photo = submitted_with_uncredited_photo(client, login, commune)
    login("chief")

    response = edit_post(
        client,
        page,
        "<p>Ra quân làm sạch bờ biển.</p>",
        **{"action-workflow-action": "true", "workflow-action-name": "approve", "workflow-action-extra-data": "{}"},
    )

    assert f"Đã duyệt “{TITLE}”" in joined(response)


# --- the override, recorded and shown ------------------------------------------------------------------


def override_on_the_page(client, login, commune):
    page, photo = at_board_step(client, login, commune)
    board = login("board")
    mail.outbox.clear()
    response = client.post(reverse(OVERRIDE_URL_NAME, args=[page.pk]), {"reason": REASON})
    return page, photo, board, response


@pytest.mark.django_db
def test_the_override_is_confirmed_and_the_edit_view_does_not_contradict_it(client, login, commune):
    page, _photo, _board, response = override_on_the_page(client, login, commune)

    confirmation = joined(response)
    assert f"Đã xuất bản “{TITLE}” bỏ qua cảnh báo tuân thủ. Lý do: “{REASON}”" in confirmation
    assert refreshed(page).live

    after = client.get(response.url)
    shown = messages_of(after)
    assert any("Trang đang xuất bản bỏ qua cảnh báo tuân thủ" in message and REASON in message for message in shown)
    assert not any("chặn" in message for message in shown), shown


@pytest.mark.django_db
def test_the_override_is_noted_on_the_findings_it_bypassed(client, login, commune):
    page, photo, board, _response = override_on_the_page(client, login, commune)

    finding = Finding.objects.get(object_kind=ObjectKind.IMAGE, object_id=photo.pk, rule=IMAGE_ATTRIBUTION)
    assert (finding.overridden_by, finding.override_reason, finding.page_id) == (board, REASON, page.pk)
    assert finding.overridden_at is not None
    assert finding.status == "open", "it waits for an inspector"
    assert override_entries(page).get().user == board


@pytest.mark.django_db
def test_a_reason_from_outside_the_board_notes_nothing(client, login, trusted_commune):
    photo = unattributed_image(title="Ảnh chợ đêm")
    page = draft_article(trusted_commune.site, "Sơn Mỹ khai trương chợ đêm", "<p>Chợ đêm.</p>")
    login("trusted_chief")

    response = edit_post(
        client, page, "<p>Chợ đêm.</p>", featured_image=photo.pk, **{"action-publish": "p", OVERRIDE_FIELD: REASON}
    )

    assert REFUSED in joined(response)
    assert not Finding.objects.filter(overridden_at__isnull=False).exists()


@pytest.mark.django_db
def test_the_publish_rescan_records_who_published_not_the_author(client, login, commune):
    page, _photo, board, _response = override_on_the_page(client, login, commune)

    rescan = Inspection.objects.filter(trigger=Trigger.PUBLISH, sites=commune.site).latest("started_at")
    assert rescan.started_by == board
    assert refreshed(page).get_latest_revision().user.username == "editor"


@pytest.mark.django_db
def test_the_authors_email_mentions_the_override_and_its_reason(client, login, commune):
    page, _photo, board, _response = override_on_the_page(client, login, commune)

    to_author = [message for message in mail.outbox if "editor@hamtan.test" in message.to]
    assert to_author, [message.to for message in mail.outbox]
    body = to_author[-1].body
    assert "xuất bản bỏ qua cảnh báo tuân thủ" in body
    assert f"Lý do: {REASON}" in body
    assert board.get_username() in body or board.get_full_name() in body


@pytest.mark.django_db
def test_an_approval_without_override_sends_no_override_notice(client, login, trusted_commune):
    from django.contrib.auth import get_user_model

    from sites.membership import add_member

    add_member("sonmy_author", trusted_commune.site.hostname, "editor", email="sonmy_author@hamtan.test")
    client.force_login(get_user_model().objects.get(username="sonmy_author"))
    page = submit_news(client, trusted_commune, "Lịch tiêm chủng tháng 12", "lich-tiem-chung")
    login("trusted_chief")
    mail.outbox.clear()

    workflow_action(client, page, "approve")

    to_author = [message for message in mail.outbox if "sonmy_author@hamtan.test" in message.to]
    assert to_author and "bỏ qua cảnh báo" not in to_author[-1].body


@pytest.mark.django_db
def test_the_inspector_sees_the_override_on_the_finding_the_dashboard_and_the_report(client, login, commune):
    _page, photo, board, _response = override_on_the_page(client, login, commune)
    finding = Finding.objects.get(object_kind=ObjectKind.IMAGE, object_id=photo.pk)
    login("inspector")

    detail = text(client.get(f"{FINDINGS}{finding.pk}/"))
    section = detail.split('id="finding-override"', 1)[1].split("</section>", 1)[0]
    assert board.get_username() in section and REASON in section

    dashboard = text(client.get(ROOT))
    overrides = dashboard.split('id="compliance-overrides"', 1)[1].split("</table>", 1)[0]
    assert REASON in overrides and TITLE in overrides and RULES[IMAGE_ATTRIBUTION].title in overrides

    listing = text(client.get(FINDINGS))
    assert "Đã xuất bản bỏ qua cảnh báo" in listing

    export = client.get(reverse("compliance_findings:export", args=["csv"]) + f"?site={commune.site.pk}")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    row = next(row for row in rows if IMAGE_TITLE in " ".join(row) and len(row) > 10)
    assert row[-1] == REASON and board.get_username() in row[-2]


@pytest.mark.django_db
def test_a_commune_editor_of_another_commune_does_not_see_the_override(client, login, commune):
    _page, photo, _board, _response = override_on_the_page(client, login, commune)
    finding = Finding.objects.get(object_kind=ObjectKind.IMAGE, object_id=photo.pk)

    login("other_editor")
    assert client.get(f"{FINDINGS}{finding.pk}/").status_code == 404
    assert REASON not in text(client.get(ROOT))
    login("inspector")  # the control
    assert REASON in text(client.get(f"{FINDINGS}{finding.pk}/"))


# --- how it reads -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_severities_and_statuses_are_written_one_way(client, login, findings):
    login("inspector")
    listing = text(client.get(FINDINGS))

    assert 'class="w-status compliance-badge w-status--label" data-severity="high">Cao<' in listing
    assert "TRUNG BÌNH" not in listing and "CAO" not in listing
    assert "compliance/admin.css" in listing
    css = Path(finders.find("compliance/admin.css")).read_text(encoding="utf-8")
    badge_rule = css.split(".compliance-badge.w-status", 1)[1].split("}", 1)[0]
    assert "text-transform: none" in badge_rule
    link_rule = css.split(".messages .error a,", 1)[1].split("}", 1)[0]
    assert "color: var(--w-color-white)" in link_rule


@pytest.mark.django_db
def test_the_dashboard_table_is_laid_out_to_fit_the_screen(client, login, findings):
    login("inspector")
    dashboard = text(client.get(ROOT))

    assert 'class="listing compliance-fit" id="compliance-site-rule-counts"' in dashboard
    counts = dashboard.split("Theo trang và quy tắc", 1)[1].split('id="compliance-site-rule-counts"', 1)[0]
    assert "w-overflow-x-auto" not in counts, "the table fits; it does not scroll sideways"
    shown = re.sub(r"<[^>]*>", " ", dashboard)  # what a person reads, not the links' addresses
    for code in RULES:
        assert code not in shown, f"rule code {code} shown to a person"


@pytest.mark.django_db
def test_the_legal_basis_list_names_each_rule_by_its_title(client, login):
    login("inspector")
    listing = text(client.get(RULE_TEXTS))

    for rule in RULES.values():
        assert rule.title in listing
    first_cells = [row.split("</td>", 1)[0] for row in listing.split("<tbody>", 1)[1].split("<tr")[1:]]
    assert all(any(rule.title in cell for rule in RULES.values()) for cell in first_cells)
