"""Reminders to the units below their quota: who receives them, what they say, sending, recording.

Used by `send_contribution_reminders` (cron) and by the board's admin screen. One e-mail per unit
below quota in a period, to the unit's official e-mail and its editors and head editors (active
users of its role groups with an address); at most one per unit and period (`ReminderSent`,
unique per unit and period).

Each unit is sent and recorded in its own transaction: the row is inserted first (the unique
constraint makes a concurrent sender, cron and the board's button at once, wait and then skip),
the message is handed to the mail backend, and the row is committed only if the backend accepted
it. A mail server that refuses stops the run: the units sent before stay recorded (their mail
left), nothing is recorded for the others.
"""

import contextlib
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from sites.models import Role

from .contributions import contribution_table, month_start_day
from .models import ReminderSent
from .periods import period_containing

RECIPIENT_ROLES = (Role.EDITOR, Role.CHIEF_EDITOR)


class ReminderDeliveryError(Exception):
    """The mail server did not take a reminder; the message is for the user, `outcome` says
    what had been sent before it."""

    def __init__(self, message, outcome):
        super().__init__(message)
        self.outcome = outcome


@dataclass
class Reminder:
    """The reminder one unit below quota gets for one period (or has already got: `sent`)."""

    authority: object
    period: object
    row: object  # contributions.UnitRow
    recipients: list
    days_left: int
    sent: ReminderSent | None = None

    @property
    def unit(self):
        return self.row.unit

    @property
    def count(self):
        return self.row.counts.total

    @property
    def quota(self):
        return self.row.quota

    @property
    def missing(self):
        return self.quota - self.count

    @property
    def subject(self):
        return f"Nhắc cung cấp tin bài {self.period.label}: {self.unit.name} đã có {self.count}/{self.quota} tin bài"

    @property
    def body(self):
        period, authority = self.period, self.authority
        end = f"{period.end:%d/%m/%Y}"
        if self.days_left:
            remaining = f"Kỳ báo cáo còn {self.days_left} ngày (đến hết ngày {end})."
        else:
            remaining = f"Kỳ báo cáo đã kết thúc ngày {end}."
        lines = [
            f"Kính gửi: {self.unit.name},",
            "",
            f"Theo số liệu của cổng thông tin điện tử {authority.name}, trong {period.label} "
            f"(từ ngày {period.start:%d/%m/%Y} đến ngày {end}), {self.unit.name} đã có {self.count} tin bài "
            f"được đăng; chỉ tiêu là {self.quota} tin bài, còn thiếu {self.missing} tin bài.",
            remaining,
            "",
            "Đề nghị đơn vị quan tâm cung cấp tin bài về hoạt động của đơn vị cho Ban biên tập để bảo đảm chỉ tiêu.",
            "",
            "Trân trọng,",
            f"Ban biên tập cổng thông tin điện tử {authority.name}",
        ]
        if authority.official_email:
            lines += ["", f"Thư gửi tự động; mọi trao đổi xin gửi về {authority.official_email}."]
        return "\n".join(lines) + "\n"

    def message(self, connection=None):
        reply_to = [self.authority.official_email] if self.authority.official_email else None
        return EmailMessage(
            self.subject,
            self.body,
            settings.DEFAULT_FROM_EMAIL,
            self.recipients,
            reply_to=reply_to,
            connection=connection,
        )


@dataclass
class SendOutcome:
    sent: list = field(default_factory=list)
    already_sent: list = field(default_factory=list)
    without_address: list = field(default_factory=list)


def current_period(authority, today=None):
    """The reporting month `today` (the portal's date) falls in, under the authority's rule."""
    return period_containing(today or timezone.localdate(), month_start_day(authority))


def recipients_by_unit(units):
    """{unit pk: addresses}: the official e-mail first, then its editors' and head editors'
    (active users with an address), each address once; one query for every unit."""
    found = {unit.pk: ([unit.official_email] if unit.official_email else []) for unit in units}
    users = (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__unit_role__unit__in=list(found),
            groups__unit_role__role__in=RECIPIENT_ROLES,
        )
        .exclude(email="")
        .values_list("groups__unit_role__unit_id", "email")
        .order_by("email")
    )
    for unit_id, email in users:
        found[unit_id].append(email)
    return {unit_id: _once(addresses) for unit_id, addresses in found.items()}


def _once(addresses):
    seen, kept = set(), []
    for address in addresses:
        if address.lower() not in seen:
            seen.add(address.lower())
            kept.append(address)
    return kept


def reminders_for(authority, period, today=None):
    """The reminders of every unit of the authority below its quota in the period, with their
    recipients and the record of any already sent."""
    table = contribution_table(authority, period)
    rows = table.below_quota
    if not rows:
        return []
    units = [row.unit for row in rows]
    recipients = recipients_by_unit(units)
    sent = {
        record.unit_id: record
        for record in ReminderSent.objects.filter(
            unit__in=units, period_start=period.start, period_end=period.end
        ).select_related("sent_by")
    }
    days_left = period.days_left(today or timezone.localdate())
    return [Reminder(authority, period, row, recipients[row.unit.pk], days_left, sent.get(row.unit.pk)) for row in rows]


def send_reminders(reminders, sent_by=None):
    """Send the reminders not sent yet, through Django's mail settings; raises
    `ReminderDeliveryError` when the mail server is down or refuses one."""
    outcome = SendOutcome()
    connection = get_connection()
    try:
        for reminder in reminders:
            if reminder.sent is not None:
                outcome.already_sent.append(reminder)
            elif not reminder.recipients:
                outcome.without_address.append(reminder)
            elif _send_and_record(reminder, sent_by, connection):
                outcome.sent.append(reminder)
            else:
                outcome.already_sent.append(reminder)
    except (smtplib.SMTPException, OSError) as error:
        raise ReminderDeliveryError(
            f"Máy chủ thư không nhận thư nhắc {reminder.unit.name} ({reminder.period.label}): {_reason(error)}. "
            f"Đã gửi {len(outcome.sent)} thư trước đó; thư này và các thư sau chưa gửi, chưa được ghi nhận. "
            "Kiểm tra cài đặt thư (EMAIL_HOST, EMAIL_PORT) rồi chạy lại: thư đã gửi không bị gửi lại.",
            outcome,
        ) from error
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            connection.close()
    return outcome


def _reason(error):
    return getattr(error, "strerror", None) or str(error) or error.__class__.__name__


def _send_and_record(reminder, sent_by, connection):
    """True once the message is accepted and recorded; False if another run recorded it first."""
    try:
        with transaction.atomic():
            record = ReminderSent.objects.create(
                unit=reminder.unit,
                period_start=reminder.period.start,
                period_end=reminder.period.end,
                period_code=reminder.period.code or "",
                period_label=reminder.period.label,
                recipients=reminder.recipients,
                sent_by=sent_by,
                items=reminder.count,
                quota=reminder.quota,
            )
            reminder.message(connection).send()
    except IntegrityError:
        existing = ReminderSent.objects.filter(
            unit=reminder.unit, period_start=reminder.period.start, period_end=reminder.period.end
        ).first()
        reminder.sent = existing
        return False
    reminder.sent = record
    return True
