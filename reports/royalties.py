"""The board's grading of published items and the royalty sheet (bảng nhuận bút) of a period.

Graded are the articles published on the authority's own portal in the period; an item's amount
is its grade's points times the authority's value of a point. The sheet sums them per author and
unit (the credited unit of the ledger).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Count, Sum
from django.utils import timezone

from cms.spreadsheets import csv_bytes, xlsx_bytes

from .contributions import aware_bounds
from .models import ItemGrade, PublishedItem, ReportingRule, RoyaltyGrade
from .models.items import ARTICLE_KINDS


def point_value(authority):
    rule = ReportingRule.objects.filter(authority=authority).first()
    return (rule.royalty_point_value, rule.royalty_basis) if rule else (Decimal(0), "")


def portal_items(authority, period):
    start, end = aware_bounds(period)
    return PublishedItem.objects.filter(
        site_id=authority.site_id, kind__in=ARTICLE_KINDS, published_at__gte=start, published_at__lt=end
    )


def grading_rows(authority, period):
    """The period's items on the authority's portal, newest first, each with its grade and the
    grades its kind may take: [(item, grade or None, [grades])]."""
    items = list(portal_items(authority, period).select_related("page", "unit").order_by("-published_at"))
    grades = {
        grade.page_id: grade.grade
        for grade in ItemGrade.objects.filter(page__in=[i.page_id for i in items]).select_related("grade")
    }
    scale = {}
    for grade in RoyaltyGrade.objects.filter(authority=authority):
        scale.setdefault(grade.kind, []).append(grade)
    return [(item, grades.get(item.page_id), scale.get(item.kind, [])) for item in items]


class GradingError(ValueError):
    """A grade that does not belong to the item's kind or authority; the message is for the user."""


def save_grades(authority, period, chosen, user):
    """`chosen`: {page id: grade id or None (ungraded)} for items of the period; all or nothing."""
    items = {item.page_id: item for item in portal_items(authority, period).filter(page_id__in=list(chosen))}
    unknown = set(chosen) - set(items)
    if unknown:
        raise GradingError("Có tin bài không thuộc cổng của đơn vị trong kỳ này; không lưu điểm nào.")
    grades = RoyaltyGrade.objects.filter(authority=authority).in_bulk()
    with transaction.atomic():
        for page_id, grade_id in chosen.items():
            if grade_id is None:
                ItemGrade.objects.filter(page_id=page_id).delete()
                continue
            grade = grades.get(grade_id)
            if grade is None or grade.kind != items[page_id].kind:
                raise GradingError("Mức nhuận bút không đúng loại tin bài; không lưu điểm nào.")
            ItemGrade.objects.update_or_create(page_id=page_id, defaults={"grade": grade, "graded_by": user})


@dataclass
class SheetRow:
    author: str
    unit: str
    items: int
    graded: int
    points: Decimal
    amount: Decimal

    @property
    def amount_text(self):
        return vnd(self.amount)


def vnd(amount):
    """250000 → "250.000", as amounts in đồng are written."""
    return f"{amount:,.0f}".replace(",", ".")


def royalty_sheet(authority, period):
    """[SheetRow] per author and unit, by unit then author, and the total row."""
    value, _basis = point_value(authority)
    grouped = (
        portal_items(authority, period)
        .values("author", "unit__name")
        .annotate(
            items=Count("pk"),
            graded=Count("page__royalty_grade"),
            points=Sum("page__royalty_grade__grade__points", default=Decimal(0)),
        )
        .order_by("unit__name", "author")
    )
    rows = [
        SheetRow(
            row["author"] or "(không ghi tác giả)",
            row["unit__name"] or "",
            row["items"],
            row["graded"],
            row["points"],
            row["points"] * value,
        )
        for row in grouped
    ]
    total = SheetRow(
        "Tổng cộng",
        "",
        sum(row.items for row in rows),
        sum(row.graded for row in rows),
        sum((row.points for row in rows), Decimal(0)),
        sum((row.amount for row in rows), Decimal(0)),
    )
    return rows, total


SHEET_COLUMNS = ["STT", "Tác giả", "Đơn vị", "Số tin bài", "Đã chấm", "Tổng điểm", "Thành tiền (đồng)"]
SHEET_WIDTHS = [6, 30, 36, 10, 10, 12, 18]


def sheet_heading(authority, period, user=None, when=None):
    when = timezone.localtime(when or timezone.now())
    value, basis = point_value(authority)
    rows = [
        ["Bảng nhuận bút tin bài"],
        [f"Đơn vị chủ quản: {authority.name}"],
        [f"Kỳ: {period.label} (từ {period.start:%d/%m/%Y} đến {period.end:%d/%m/%Y})"],
        [f"Giá trị một điểm: {vnd(value)} đồng"],
    ]
    if basis:
        rows.append([f"Căn cứ: {basis}"])
    rows.append([f"Ngày lập: {when:%d/%m/%Y %H:%M}"])
    if user is not None:
        rows.append([f"Người lập: {user.get_full_name() or user.get_username()}"])
    return rows


def sheet_rows(rows, total):
    for number, row in enumerate(rows, start=1):
        yield [number, row.author, row.unit, row.items, row.graded, float(row.points), float(row.amount)]
    yield ["", total.author, "", total.items, total.graded, float(total.points), float(total.amount)]


def sheet_file(authority, period, fmt, user=None):
    rows, total = royalty_sheet(authority, period)
    heading = sheet_heading(authority, period, user)
    if fmt == "csv":
        return csv_bytes(heading, SHEET_COLUMNS, sheet_rows(rows, total))
    return xlsx_bytes(heading, SHEET_COLUMNS, sheet_rows(rows, total), SHEET_WIDTHS, "Nhuận bút")
