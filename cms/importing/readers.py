"""Reading import files: CSV (UTF-8 with or without BOM, comma or semicolon)."""

import csv

from .errors import ImportSetupError, RowError, os_reason


def open_import_file(path):
    """The import file at `path` opened in binary mode, or ImportSetupError saying why it cannot be."""
    try:
        return path.open("rb")
    except OSError as error:
        raise ImportSetupError(f"Không đọc được tệp “{path}”: {os_reason(error)}.") from None


class CsvRows:
    """Iterates (spreadsheet row number, record or RowError) over a CSV file opened in binary mode.

    UTF-8 with or without a byte order mark, comma- or (as Excel writes it under some regional
    settings) semicolon-separated. The header is checked on creation (ImportSetupError): columns
    may come in any order, `required` ones must be there, unknown or repeated ones are refused.
    Row numbers are those a spreadsheet shows (the header is row 1); blank rows are skipped;
    `parse({column: stripped cell})` makes the record or raises RowError.
    """

    def __init__(self, stream, parse, columns, required, expected_header=None):
        self.parse = parse
        self.columns = tuple(columns)
        self.required = tuple(required)
        self.expected_header = expected_header or ",".join(self.columns)
        self.bad_lines = set()
        first = stream.readline()
        try:
            first_text = first.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportSetupError("Tệp không phải văn bản UTF-8: lưu lại tệp CSV với bảng mã UTF-8.") from None
        delimiter = ";" if "," not in first_text and ";" in first_text else ","
        self.reader = csv.reader(self._lines(first_text, stream), delimiter=delimiter)
        try:
            header = next(self.reader, None)
        except csv.Error as error:
            raise ImportSetupError(f"Dòng tiêu đề không đọc được: {error}.") from None
        self.header = self._check_header(header)

    def _lines(self, first_text, stream):
        yield first_text
        for number, raw in enumerate(stream, start=2):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                self.bad_lines.add(number)
                yield raw.decode("utf-8", "replace")

    def _check_header(self, header):
        if not header or not any(cell.strip() for cell in header):
            raise ImportSetupError(f"Tệp trống hoặc thiếu dòng tiêu đề; dòng đầu phải là: {self.expected_header}.")
        names = [cell.strip().lower() for cell in header]
        missing = [name for name in self.required if name not in names]
        unknown = [name or "(trống)" for name in names if name not in self.columns]
        repeated = sorted({name for name in names if name and names.count(name) > 1})
        problems = []
        if missing:
            problems.append(f"thiếu cột {', '.join(missing)}")
        if unknown:
            problems.append(f"cột không được nhận: {', '.join(unknown)}")
        if repeated:
            problems.append(f"cột lặp lại: {', '.join(repeated)}")
        if problems:
            raise ImportSetupError(
                f"Dòng tiêu đề không đúng ({'; '.join(problems)}). Dòng đầu phải là: {self.expected_header}."
            )
        return names

    def __iter__(self):
        number = 1
        while True:
            start_line = self.reader.line_num + 1
            try:
                cells = next(self.reader, None)
            except csv.Error as error:
                number += 1
                yield number, RowError(f"dòng không đọc được theo định dạng CSV ({error})")
                continue
            if cells is None:
                return
            number += 1
            if not any(cell.strip() for cell in cells):
                continue
            if any(line in self.bad_lines for line in range(start_line, self.reader.line_num + 1)):
                yield number, RowError("dòng không phải văn bản UTF-8: lưu lại tệp CSV với bảng mã UTF-8")
                continue
            yield number, self._record(cells)

    def _record(self, cells):
        header = self.header
        extra = cells[len(header) :]
        # A spreadsheet may drop empty cells at the end of a row; a required column cannot be among them.
        short = len(cells) < len(header) and any(name in self.required for name in header[len(cells) :])
        if short or any(cell.strip() for cell in extra):
            return RowError(f"dòng có {len(cells)} ô nhưng dòng tiêu đề có {len(header)} cột")
        try:
            return self.parse(dict(zip(header, (cell.strip() for cell in cells), strict=False)))
        except RowError as error:
            return error
