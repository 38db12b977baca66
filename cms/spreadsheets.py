"""Reports as spreadsheets: a few heading lines (title, scope, date, author), a row of column
names, then the rows, in CSV or in an XLSX made to be printed.

CSV is UTF-8 with a byte order mark so that Excel reads Vietnamese; cells that a spreadsheet
would run as a formula (starting with = + - @) get a leading apostrophe in CSV and are stored
as plain text in XLSX, since the cells come from what editors and citizens wrote.
"""

import csv
import io

from django.http import HttpResponse

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_text(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(heading_rows, columns, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(heading_rows)
    writer.writerow([])
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe_text(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(heading_rows, columns, rows, widths, sheet_title):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for row in heading_rows:
        sheet.append(row)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(columns)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    # Printed for the minutes: landscape, as wide as the page, the column headings on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def attachment(content, fmt, filename):
    reply = HttpResponse(content, content_type=FORMATS[fmt])
    reply["Content-Disposition"] = f'attachment; filename="{filename}"'
    return reply
