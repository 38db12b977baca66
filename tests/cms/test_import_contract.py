"""Every import command given the same bad input behaves the same way: what the contract of
docs/imports.md promises, checked for articles, legal documents, procedures and link lists."""

import importlib
import re

import pytest

from wagtail.models import Page

from tests.helpers import COMMUNE_HOST, run_command

from .import_formats import FORMATS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root"), pytest.mark.sqlite]

each_import = pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.command)
csv_imports = pytest.mark.parametrize("fmt", [fmt for fmt in FORMATS if fmt.header], ids=lambda fmt: fmt.command)
dated_imports = pytest.mark.parametrize(
    "fmt", [fmt for fmt in FORMATS if fmt.date_field], ids=lambda fmt: fmt.command
)


def run(fmt, path):
    return run_command(fmt.command, str(path), "--site", COMMUNE_HOST)


def ids(fmt, rows):
    return [row[fmt.id_field] for row in rows]


def assert_tree_valid():
    assert Page.find_problems() == ([], [], [], [], [])


@each_import
def test_nul_and_other_control_characters_are_dropped_and_the_row_imported(fmt, tmp_path):
    spoiled, clean = fmt.row(1), fmt.row(2)
    original = spoiled[fmt.text_field]
    first_space = original.index(" ")
    spoiled[fmt.text_field] = original[:first_space] + "\x00\x1b" + original[first_space:] + "\x7f"

    result = run(fmt, fmt.write(tmp_path, [spoiled, clean]))

    assert result.error is None, result.stderr
    assert fmt.stored_text(spoiled[fmt.id_field]) == original
    assert fmt.stored(clean[fmt.id_field]) is not None


@each_import
def test_a_byte_order_mark_is_accepted(fmt, tmp_path):
    rows = [fmt.row(1), fmt.row(2)]

    result = run(fmt, fmt.write(tmp_path, rows, bom=True))

    assert result.error is None, result.stderr
    assert all(fmt.stored(row_id) is not None for row_id in ids(fmt, rows))


@csv_imports
def test_a_wrong_header_stops_the_run_before_anything_is_written(fmt, tmp_path):
    before = fmt.stored_ids()
    header = ("tieu_de",) + fmt.header[1:]
    path = fmt.write(tmp_path, [dict(zip(header, fmt.row(1).values(), strict=False))], header=header)

    result = run(fmt, path)

    assert result.error is not None
    assert "Dòng tiêu đề không đúng" in str(result.error) and "tieu_de" in str(result.error)
    assert fmt.stored_ids() == before


@dated_imports
@pytest.mark.parametrize("bad_date", ["31/02/2024", "hôm qua", "2024-13-01"])
def test_a_bad_date_is_a_row_error_and_the_other_rows_are_imported(fmt, bad_date, tmp_path):
    bad, good = fmt.row(1), fmt.row(2)
    bad[fmt.date_field] = bad_date

    result = run(fmt, fmt.write(tmp_path, [bad, good]))

    assert result.error is not None and "không" in str(result.error)
    assert bad_date in result.stderr
    assert fmt.stored(bad[fmt.id_field]) is None
    assert fmt.stored(good[fmt.id_field]) is not None


@each_import
def test_an_oversized_field_is_a_row_error_and_the_other_rows_are_imported(fmt, tmp_path):
    too_long, good = fmt.row(1), fmt.row(2)
    too_long[fmt.long_field] = "1" + "x" * fmt.long_limit
    too_long_id = too_long[fmt.id_field]

    result = run(fmt, fmt.write(tmp_path, [too_long, good]))

    assert result.error is not None
    assert f"tối đa {fmt.long_limit}" in result.stderr
    assert fmt.stored(too_long_id) is None
    assert fmt.stored(good[fmt.id_field]) is not None


@each_import
def test_an_id_twice_in_one_file_gives_one_object(fmt, tmp_path):
    first, second = fmt.row(1), fmt.row(1)
    second[fmt.text_field] = second[fmt.text_field] + " (bản sửa)"

    run(fmt, fmt.write(tmp_path, [first, second]))

    assert fmt.stored_ids().count(first[fmt.id_field]) == 1
    assert_tree_valid()


@each_import
def test_a_second_run_of_the_same_file_changes_nothing(fmt, tmp_path):
    rows = [fmt.row(number) for number in (1, 2, 3)]
    path = fmt.write(tmp_path, rows)
    assert run(fmt, path).error is None
    stored = fmt.stored_ids()

    again = run(fmt, path)

    assert again.error is None, again.stderr
    assert re.search(rf"{COMMUNE_HOST}: 0 [^,]+ mới", again.stdout), again.stdout
    assert fmt.stored_ids() == stored


@each_import
def test_a_crash_mid_run_leaves_nothing_half_written_and_a_rerun_completes(fmt, tmp_path, monkeypatch):
    rows = [fmt.row(number) for number in (1, 2, 3)]
    path = fmt.write(tmp_path, rows)
    before = fmt.stored_ids()
    calls = []

    for target in (fmt.crash_in, *fmt.crash_also_in):
        module_name, qualified = target.split(":")
        owner_name, method_name = qualified.split(".")
        owner = getattr(importlib.import_module(module_name), owner_name)
        original = getattr(owner, method_name)

        def failing(self, *args, _original=original, **kwargs):
            calls.append(1)
            if len(calls) == fmt.crash_on_call:
                raise RuntimeError("mất điện giữa chừng")
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(owner, method_name, failing)

    with pytest.raises(RuntimeError):
        run(fmt, path)

    crashed_row = rows[fmt.crash_on_call - 1]
    assert fmt.stored(crashed_row[fmt.id_field]) is None
    assert set(fmt.stored_ids()) - set(before) <= set(ids(fmt, rows[: fmt.crash_on_call - 1]))
    assert_tree_valid()

    monkeypatch.undo()
    result = run(fmt, path)

    assert result.error is None, result.stderr
    assert sorted(set(fmt.stored_ids()) - set(before)) == sorted(ids(fmt, rows))
    assert len(fmt.stored_ids()) == len(before) + len(rows)
    assert_tree_valid()
