import pytest

from cms.text import ascii_slug, fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Quyết định hộ nghèo", "quyet dinh ho ngheo"),
        ("42/2022/NĐ-CP", "42 2022 nd cp"),
        ("15/QĐ-UBND", "15 qd ubnd"),
        ("ĐẢNG BỘ Xã Tân Đức", "dang bo xa tan duc"),
        ("Nghị định  số 42.2022", "nghi dinh so 42 2022"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_removes_diacritics_and_separators(text, folded):
    assert fold(text) == folded


def test_fold_handles_combining_marks_as_typed_on_phones():
    decomposed = "Nghi\u0323 đi\u0323nh"  # "Nghị định" typed with combining dot below
    assert fold(decomposed) == "nghi dinh"


def test_ascii_slug_transliterates_vietnamese():
    assert ascii_slug("Điều kiện tự nhiên – Xã Tân Đức") == "dieu-kien-tu-nhien-xa-tan-duc"
