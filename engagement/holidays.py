"""The public holidays seeded with the app (engagement/migrations): 2026 and 2027.

Days off for public bodies under the Labour Code (Bộ luật Lao động 2019, art. 112) and the
government's yearly announcements of the Tết and compensatory days off. These are data: the
board edits them in the admin ("Ngày nghỉ lễ, Tết") when the government announces the next year,
and checks the 2027 Tết days against that announcement. Weekends need not be listed.
"""

SEEDED_HOLIDAYS = [
    ("2026-01-01", "Tết Dương lịch"),
    ("2026-02-16", "Tết Nguyên đán Bính Ngọ"),
    ("2026-02-17", "Tết Nguyên đán Bính Ngọ (mùng 1)"),
    ("2026-02-18", "Tết Nguyên đán Bính Ngọ (mùng 2)"),
    ("2026-02-19", "Tết Nguyên đán Bính Ngọ (mùng 3)"),
    ("2026-02-20", "Tết Nguyên đán Bính Ngọ (mùng 4)"),
    ("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)"),
    ("2026-04-30", "Ngày Chiến thắng"),
    ("2026-05-01", "Ngày Quốc tế Lao động"),
    ("2026-09-01", "Quốc khánh (ngày liền kề)"),
    ("2026-09-02", "Quốc khánh"),
    ("2027-01-01", "Tết Dương lịch"),
    ("2027-02-05", "Tết Nguyên đán Đinh Mùi (30 Tết)"),
    ("2027-02-08", "Tết Nguyên đán Đinh Mùi (mùng 3)"),
    ("2027-02-09", "Tết Nguyên đán Đinh Mùi (mùng 4)"),
    ("2027-02-10", "Tết Nguyên đán Đinh Mùi (mùng 5)"),
    ("2027-02-11", "Tết Nguyên đán Đinh Mùi (nghỉ bù)"),
    ("2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    ("2027-04-30", "Ngày Chiến thắng"),
    ("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)"),
    ("2027-09-02", "Quốc khánh"),
    ("2027-09-03", "Quốc khánh (ngày liền kề)"),
]


def seed_holidays(apps, schema_editor):
    """Migration step: add the seeded days that are not there yet (an edited name is kept)."""
    from datetime import date

    holiday_model = apps.get_model("engagement", "PublicHoliday")
    for day, name in SEEDED_HOLIDAYS:
        holiday_model.objects.get_or_create(date=date.fromisoformat(day), defaults={"name": name})
