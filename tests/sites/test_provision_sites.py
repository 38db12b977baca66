"""`manage.py provision_sites FILE.csv`: many units from one file, each row whole or not at all."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Collection, GroupPagePermission, Page, Site, Workflow, WorkflowPage

from sites.models import Role, SiteContactSettings, Unit, UnitGroup, UnitKind
from sites.provisioning import ProvisioningError
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST, run_command, write_csv_file

pytestmark = pytest.mark.django_db

HEADER = ("kind", "name", "hostname", "parent", "email", "trusted")
PROVINCE = ("province", "Tỉnh Khánh Hòa", "khanhhoa.test", "", "vanphong@khanhhoa.test", "")
PROVINCE_HOST = "khanhhoa.test"


def commune(name, slug, kind="commune", parent=PROVINCE_HOST, email="", trusted=""):
    return (kind, name, f"{slug}.{PROVINCE_HOST}", parent, email, trusted)


CAM_LAM = commune("Xã Cam Lâm", "cam-lam", email="ubnd-camlam@khanhhoa.test")
NHA_TRANG = commune("Phường Nha Trang", "nha-trang", kind="Phường", trusted="có")
TRUONG_SA = commune("Đặc khu Trường Sa", "truong-sa", kind="Đặc khu")


def write_csv(folder, rows, header=HEADER, bom=False, delimiter=",", name="don-vi.csv"):
    return write_csv_file(folder / name, header, rows, bom=bom, delimiter=delimiter)


def provision_sites(path, *args):
    return run_command("provision_sites", str(path), *args)


def snapshot():
    """Row counts of everything provisioning may create."""
    models = [
        Unit,
        UnitGroup,
        Site,
        Page,
        Group,
        Collection,
        Workflow,
        WorkflowPage,
        SiteContactSettings,
        GroupPagePermission,
    ]
    return {model.__name__: model.objects.count() for model in models}


def traces_of(name, hostname=None):
    """What is left in the database of a unit called `name` answering on `hostname`."""
    traces = {
        "unit": Unit.objects.filter(name=name).count(),
        "page": Page.objects.filter(title=name).count(),
        "group": Group.objects.filter(name__startswith=f"{name} –").count(),
        "collection": Collection.objects.filter(name=name).count(),
        "workflow": Workflow.objects.filter(name__endswith=f"– {name}").count(),
    }
    if hostname:
        traces["site"] = Site.objects.filter(hostname=hostname.lower()).count()
    return traces


NOTHING = {"unit": 0, "page": 0, "group": 0, "collection": 0, "workflow": 0}


def error_lines(result):
    """{row number: reason} of the rows the command refused."""
    lines = {}
    for line in result.stderr.splitlines():
        if line.startswith("Dòng "):
            number, reason = line.removeprefix("Dòng ").split(": ", 1)
            lines[int(number)] = reason
    return lines


# -- creating, again, updating ------------------------------------------------------------------


@pytest.mark.sqlite
def test_creates_a_province_and_its_communes_defined_before_it_in_the_file(tmp_path):
    # The communes come first: the province is set up before them all the same.
    path = write_csv(tmp_path, [CAM_LAM, NHA_TRANG, TRUONG_SA, PROVINCE])

    result = provision_sites(path)

    assert not result.failed, result.stderr
    assert "Đã xử lý 4 dòng: 4 tạo mới, 0 cập nhật, 0 không thay đổi, 0 lỗi." in result.stdout
    assert result.stdout.index("Dòng 5: đã thiết lập Tỉnh Khánh Hòa") < result.stdout.index("Dòng 2:")
    province = Unit.objects.get(site__hostname=PROVINCE_HOST)
    assert province.kind == UnitKind.PROVINCE and province.parent is None
    assert province.official_email == "vanphong@khanhhoa.test"
    units = {unit.site.hostname: unit for unit in Unit.objects.filter(parent=province).select_related("site")}
    assert {host: (unit.kind, unit.name, unit.trusted_publisher) for host, unit in units.items()} == {
        "cam-lam.khanhhoa.test": (UnitKind.COMMUNE, "Xã Cam Lâm", False),
        "nha-trang.khanhhoa.test": (UnitKind.WARD, "Phường Nha Trang", True),
        "truong-sa.khanhhoa.test": (UnitKind.SPECIAL_ZONE, "Đặc khu Trường Sa", False),
    }
    assert units["cam-lam.khanhhoa.test"].official_email == "ubnd-camlam@khanhhoa.test"
    for unit in units.values():
        home = unit.site.root_page
        assert home.live and home.get_parent().specific == province.authority_page.specific
        assert unit.collection.get_parent() == province.authority_collection
        assert set(unit.role_groups.values_list("role", flat=True)) == {
            Role.EDITOR,
            Role.CHIEF_EDITOR,
            Role.COLLABORATOR,
        }
    # The trusted ward's own review is its only step; the others go on to the province's board.
    ward_workflow = WorkflowPage.objects.get(page=units["nha-trang.khanhhoa.test"].site.root_page).workflow
    assert [task.specific.unit for task in ward_workflow.tasks] == [units["nha-trang.khanhhoa.test"]]
    commune_workflow = WorkflowPage.objects.get(page=units["cam-lam.khanhhoa.test"].site.root_page).workflow
    assert [task.specific.unit for task in commune_workflow.tasks] == [units["cam-lam.khanhhoa.test"], province]


@pytest.mark.sqlite
def test_reads_excel_semicolons_with_a_bom_and_vietnamese_headers_and_kinds(tmp_path):
    header = ("Loại", "Tên", "Tên miền", "Cấp trên", "Thư điện tử", "Tự xuất bản")
    rows = [
        ("Tỉnh", "Tỉnh Khánh Hòa", "KhanhHoa.test", "", "", "không"),
        ("Huyện", "Huyện Đảo Hoàng Sa", "hoang-sa.test", "", "", "0"),
        ("xa", "Xã Cam Lâm", "cam-lam.khanhhoa.test", "khanhhoa.test", "", "x"),
        ("Thị trấn", "Thị trấn Vạn Giã", "van-gia.khanhhoa.test", "khanhhoa.test", "", "yes"),
        ("Phường", "Phường Nha Trang", "nha-trang.khanhhoa.test", "KHANHHOA.TEST", "", "1"),
        ("Phòng ban", "Sở Nội vụ", "", "khanhhoa.test", "sonoivu@khanhhoa.test", ""),
        ("department", "Sở Y tế", "", "khanhhoa.test", "", "false"),
    ]
    path = write_csv(tmp_path, rows, header=header, bom=True, delimiter=";")

    result = provision_sites(path)

    assert not result.failed, result.stderr
    assert "7 tạo mới" in result.stdout
    units = Unit.objects.filter(name__in=[row[1] for row in rows])
    assert {unit.name: (unit.kind, unit.trusted_publisher) for unit in units} == {
        "Tỉnh Khánh Hòa": (UnitKind.PROVINCE, False),
        "Huyện Đảo Hoàng Sa": (UnitKind.DISTRICT, False),
        "Xã Cam Lâm": (UnitKind.COMMUNE, True),
        "Thị trấn Vạn Giã": (UnitKind.TOWN, True),
        "Phường Nha Trang": (UnitKind.WARD, True),
        "Sở Nội vụ": (UnitKind.DEPARTMENT, False),
        "Sở Y tế": (UnitKind.DEPARTMENT, False),
    }
    assert Unit.objects.get(name="Phường Nha Trang").parent.site.hostname == "khanhhoa.test"
    department = Unit.objects.get(name="Sở Nội vụ")
    assert department.site is None and department.official_email == "sonoivu@khanhhoa.test"


@pytest.mark.sqlite
def test_second_run_changes_nothing_and_says_so_for_every_row(tmp_path):
    department = ("department", "Sở Nội vụ", "", PROVINCE_HOST, "", "")
    path = write_csv(tmp_path, [PROVINCE, CAM_LAM, NHA_TRANG, department])
    assert not provision_sites(path).failed
    before = snapshot()

    result = provision_sites(path)

    assert not result.failed, result.stderr
    assert snapshot() == before
    assert "0 tạo mới, 0 cập nhật, 4 không thay đổi, 0 lỗi" in result.stdout
    assert [line for line in result.stdout.splitlines() if line.startswith("Dòng ")] == [
        "Dòng 2: không thay đổi: Tỉnh Khánh Hòa (khanhhoa.test).",
        "Dòng 3: không thay đổi: Xã Cam Lâm (cam-lam.khanhhoa.test).",
        "Dòng 4: không thay đổi: Phường Nha Trang (nha-trang.khanhhoa.test).",
        "Dòng 5: không thay đổi: Sở Nội vụ.",
    ]


def test_changed_email_and_trusted_update_the_units_and_the_workflow(tmp_path):
    assert not provision_sites(write_csv(tmp_path, [PROVINCE, CAM_LAM, NHA_TRANG])).failed
    changed_commune = commune("Xã Cam Lâm", "cam-lam", email="moi@khanhhoa.test", trusted="có")
    changed_ward = commune("Phường Nha Trang", "nha-trang", kind="ward", trusted="không")

    result = provision_sites(write_csv(tmp_path, [PROVINCE, changed_commune, changed_ward], name="moi.csv"))

    assert not result.failed, result.stderr
    assert "0 tạo mới, 2 cập nhật, 1 không thay đổi, 0 lỗi" in result.stdout
    assert "Dòng 3: đã cập nhật Xã Cam Lâm (cam-lam.khanhhoa.test): cập nhật thư điện tử: moi@khanhhoa.test" in (
        result.stdout
    )
    cam_lam = Unit.objects.get(site__hostname="cam-lam.khanhhoa.test")
    nha_trang = Unit.objects.get(site__hostname="nha-trang.khanhhoa.test")
    assert (cam_lam.official_email, cam_lam.trusted_publisher) == ("moi@khanhhoa.test", True)
    assert nha_trang.trusted_publisher is False
    workflow = WorkflowPage.objects.get(page=nha_trang.site.root_page).workflow
    assert [task.specific.unit for task in workflow.tasks] == [nha_trang, nha_trang.parent]
    workflow = WorkflowPage.objects.get(page=cam_lam.site.root_page).workflow
    assert [task.specific.unit for task in workflow.tasks] == [cam_lam]


@pytest.mark.sqlite
def test_dry_run_writes_nothing_and_says_what_a_run_would_do(tmp_path):
    assert not provision_sites(write_csv(tmp_path, [PROVINCE, CAM_LAM])).failed
    changed_commune = commune("Xã Cam Lâm", "cam-lam", trusted="có")
    before = snapshot()

    result = provision_sites(write_csv(tmp_path, [PROVINCE, changed_commune, NHA_TRANG], name="b.csv"), "--dry-run")

    assert not result.failed, result.stderr
    assert snapshot() == before
    assert "Dòng 2: không thay đổi: Tỉnh Khánh Hòa (khanhhoa.test)." in result.stdout
    assert "Dòng 3: sẽ cập nhật Xã Cam Lâm (cam-lam.khanhhoa.test): được tự xuất bản." in result.stdout
    assert "Dòng 4: sẽ tạo Phường Nha Trang (nha-trang.khanhhoa.test)." in result.stdout
    assert "chưa ghi gì" in result.stdout and "1 tạo mới, 1 cập nhật, 1 không thay đổi, 0 lỗi" in result.stdout


@pytest.mark.sqlite
def test_dry_run_with_a_bad_row_fails_and_writes_nothing(tmp_path):
    before = snapshot()
    result = provision_sites(write_csv(tmp_path, [PROVINCE, commune("Xã Lỗi", "Xã Lỗi!")]), "--dry-run")
    assert result.failed and "1 dòng lỗi" in str(result.error)
    assert set(error_lines(result)) == {3}
    assert snapshot() == before


# -- bad rows: each refused with its row number, the valid rows kept, nothing of the bad ones ----

# (rows after the valid province and Xã Cam Lâm at rows 2 and 3, {row number: words of its reason})
BAD_ROWS = [
    pytest.param(
        [("village", "Thôn Một", "thon-mot.khanhhoa.test", PROVINCE_HOST, "", "")],
        {4: "loại đơn vị “village” không có"},
        id="unknown-kind",
    ),
    pytest.param(
        [("", "Xã Không Loại", "khong-loai.khanhhoa.test", PROVINCE_HOST, "", "")],
        {4: "thiếu loại đơn vị"},
        id="missing-kind",
    ),
    pytest.param([commune("", "khong-ten")], {4: "thiếu tên đơn vị"}, id="missing-name"),
    pytest.param(
        [commune("Xã Tân Đức", "Tân Đức!")],
        {4: "tên miền “Tân Đức!.khanhhoa.test” không hợp lệ"},
        id="invalid-hostname",
    ),
    pytest.param(
        [("commune", "Xã Ba Ngòi", "-ba-ngoi.test", PROVINCE_HOST, "", "")],
        {4: "không hợp lệ"},
        id="hostname-starting-with-hyphen",
    ),
    pytest.param([("commune", "Xã Ba Ngòi", "", PROVINCE_HOST, "", "")], {4: "thiếu tên miền"}, id="missing-hostname"),
    pytest.param(
        [("department", "Sở Y tế", "soyte.khanhhoa.test", PROVINCE_HOST, "", "")],
        {4: "không có trang riêng: để trống cột hostname"},
        id="department-with-hostname",
    ),
    pytest.param(
        [commune("Xã Ninh Hòa", "ninh-hoa"), commune("Xã Ninh Hòa Mới", "ninh-hoa")],
        {4: "tên miền “ninh-hoa.khanhhoa.test” trùng với dòng 5", 5: "trùng với dòng 4"},
        id="duplicate-hostname-in-the-file",
    ),
    pytest.param(
        [commune("Xã Ninh Hòa", "ninh-hoa"), commune("Xã Ninh Hòa", "ninh-hoa-2")],
        {4: "tên “Xã Ninh Hòa” trùng với dòng 5", 5: "trùng với dòng 4"},
        id="duplicate-name-under-one-parent",
    ),
    pytest.param(
        [("commune", "Xã Tân Hà Mới", COMMUNE_HOST, DISTRICT_HOST, "", "")],
        {4: f"tên miền “{COMMUNE_HOST}” đã được dùng cho xã “Xã Tân Hà” thuộc Huyện Hàm Tân"},
        id="hostname-of-another-unit-in-the-database",
    ),
    pytest.param(
        [("commune", "Xã Tân Hà", COMMUNE_HOST, PROVINCE_HOST, "", "")],
        {4: "không đổi được tên, loại hay cấp trên"},
        id="existing-unit-under-another-parent",
    ),
    pytest.param(
        [("commune", "Xã Tân Hà", "tan-ha-2.hamtan.test", DISTRICT_HOST, "", "")],
        {4: f"đã có xã “Xã Tân Hà” thuộc Huyện Hàm Tân với tên miền “{COMMUNE_HOST}”"},
        id="name-of-another-unit-in-the-database",
    ),
    pytest.param(
        [commune("Xã Vạn Ninh", "van-ninh", parent="khong-co.test")],
        {4: "không tìm thấy đơn vị cấp trên “khong-co.test” trong tệp hay trong cơ sở dữ liệu"},
        id="parent-nowhere",
    ),
    pytest.param(
        [commune("Xã Vạn Ninh", "van-ninh", parent=OTHER_COMMUNE_HOST)],
        {
            4: f"đơn vị cấp trên “{OTHER_COMMUNE_HOST}” là thị trấn “Thị trấn Tân Nghĩa” thuộc Huyện Hàm Tân, "
            "không phải tỉnh hay huyện"
        },
        id="parent-in-the-database-is-a-commune",
    ),
    pytest.param(
        [commune("Xã Vạn Ninh", "van-ninh", parent="cam-lam.khanhhoa.test")],
        {4: "đơn vị cấp trên “cam-lam.khanhhoa.test” (dòng 3) là xã, không phải tỉnh hay huyện"},
        id="parent-in-the-file-is-a-commune",
    ),
    pytest.param(
        [commune("Xã Vạn Ninh", "van-ninh", parent="")], {4: "phải có đơn vị cấp trên"}, id="commune-without-parent"
    ),
    pytest.param(
        [("district", "Huyện Vạn Ninh", "vanninh.test", PROVINCE_HOST, "", "")],
        {4: "huyện là đơn vị chủ quản, không có cấp trên"},
        id="district-with-a-parent",
    ),
    pytest.param(
        [commune("Xã Diên Khánh", "dien-khanh", parent="dien-khanh.khanhhoa.test")],
        {4: "đơn vị không thể là cấp trên của chính nó"},
        id="its-own-parent",
    ),
    pytest.param(
        [
            commune("Xã Diên An", "dien-an", parent="dien-lac.khanhhoa.test"),
            commune("Xã Diên Lạc", "dien-lac", parent="dien-an.khanhhoa.test"),
        ],
        {
            4: "vòng lặp đơn vị cấp trên: dòng 4 → dòng 5 → dòng 4",
            5: "vòng lặp đơn vị cấp trên: dòng 4 → dòng 5 → dòng 4",
        },
        id="cycle",
    ),
    pytest.param(
        [
            ("district", "Huyện Lỗi", "huyenloi.test", "", "khong-phai-thu", ""),
            ("commune", "Xã Con", "xa-con.huyenloi.test", "huyenloi.test", "", ""),
        ],
        {
            4: "thư điện tử “khong-phai-thu” không hợp lệ",
            5: "không thiết lập vì đơn vị cấp trên “huyenloi.test” ở dòng 4 có lỗi",
        },
        id="commune-of-a-bad-district",
    ),
    pytest.param(
        [commune("Xã Cam Hải", "cam-hai", trusted="có lẽ")],
        {4: "cột trusted “có lẽ” không hiểu được"},
        id="bad-trusted",
    ),
]


@pytest.mark.parametrize(("bad_rows", "reasons"), BAD_ROWS)
def test_bad_rows_are_refused_with_their_numbers_and_the_valid_rows_are_kept(tmp_path, bad_rows, reasons):
    valid = (PROVINCE, CAM_LAM)
    path = write_csv(tmp_path, [*valid, *bad_rows])
    # Some bad rows name units that exist already (in the session's district): those stay as they were.
    untouched = {(row[1], row[2]): traces_of(row[1], row[2]) for row in bad_rows if row[1]}

    result = provision_sites(path)

    assert result.failed
    assert f"Có {len(reasons)} dòng lỗi" in str(result.error)
    errors = error_lines(result)
    assert set(errors) == set(reasons), result.stderr
    for number, words in reasons.items():
        assert words in errors[number]
    assert f"2 tạo mới, 0 cập nhật, 0 không thay đổi, {len(reasons)} lỗi" in result.stdout
    assert Unit.objects.filter(site__hostname__in=["khanhhoa.test", "cam-lam.khanhhoa.test"]).count() == 2
    for (name, hostname), traces in untouched.items():
        assert traces_of(name, hostname) == traces


@pytest.mark.sqlite
def test_quick_bad_rows_on_both_databases(tmp_path):
    """The checks of the whole file on SQLite too: several bad rows in one file, the good rows kept."""
    rows = [
        commune("Xã Diên An", "dien-an", parent="dien-lac.khanhhoa.test"),
        CAM_LAM,
        ("village", "Thôn Một", "thon-mot.khanhhoa.test", PROVINCE_HOST, "", ""),
        commune("Xã Diên Lạc", "dien-lac", parent="dien-an.khanhhoa.test"),
        commune("Xã Ninh Hòa", "cam-lam"),
        PROVINCE,
        commune("Xã Vạn Ninh", "van-ninh", parent="nowhere.test"),
    ]
    result = provision_sites(write_csv(tmp_path, rows))
    errors = error_lines(result)
    assert result.failed and set(errors) == {2, 3, 4, 5, 6, 8}
    assert "vòng lặp" in errors[2] and "vòng lặp" in errors[5]
    assert "trùng với dòng 6" in errors[3] and "trùng với dòng 3" in errors[6]
    assert "loại đơn vị" in errors[4] and "không tìm thấy" in errors[8]
    assert Unit.objects.filter(site__hostname=PROVINCE_HOST).exists()
    for name in ("Xã Diên An", "Xã Diên Lạc", "Xã Ninh Hòa", "Xã Cam Lâm", "Xã Vạn Ninh"):
        assert traces_of(name) == NOTHING


def test_an_existing_units_row_changes_nothing_among_bad_rows(tmp_path):
    """A row of a unit already in the database is “không thay đổi”, whatever else fails in the file."""
    rows = [("commune", "Xã Tân Hà", COMMUNE_HOST, DISTRICT_HOST, "", ""), commune("Xã Lỗi", "loi", parent="x.test")]
    before = snapshot()
    result = provision_sites(write_csv(tmp_path, rows))
    assert result.failed and set(error_lines(result)) == {3}
    assert "Dòng 2: không thay đổi: Xã Tân Hà" in result.stdout
    assert snapshot() == before


# -- a row that fails while it is being set up ----------------------------------------------------


def fail_workflow_of(monkeypatch, name):
    """Make provisioning fail at its last step (the workflow) for the unit called `name`."""
    from sites import provisioning

    real = provisioning.ensure_workflow

    def ensure_workflow(unit):
        if unit.name == name:
            raise ProvisioningError("Không tạo được quy trình duyệt (lỗi thử).")
        return real(unit)

    monkeypatch.setattr(provisioning, "ensure_workflow", ensure_workflow)


@pytest.mark.sqlite
def test_a_row_failing_at_its_last_step_leaves_nothing_and_the_others_are_kept(tmp_path, monkeypatch):
    fail_workflow_of(monkeypatch, "Phường Nha Trang")
    result = provision_sites(write_csv(tmp_path, [PROVINCE, NHA_TRANG, CAM_LAM]))

    assert result.failed
    assert error_lines(result) == {3: "Không tạo được quy trình duyệt (lỗi thử)."}
    assert traces_of("Phường Nha Trang", "nha-trang.khanhhoa.test") == {**NOTHING, "site": 0}
    assert Unit.objects.filter(site__hostname__in=[PROVINCE_HOST, "cam-lam.khanhhoa.test"]).count() == 2

    # Once the cause is gone, the same file sets up the missing row and leaves the others alone.
    monkeypatch.undo()
    again = provision_sites(write_csv(tmp_path, [PROVINCE, NHA_TRANG, CAM_LAM]))
    assert not again.failed, again.stderr
    assert "1 tạo mới, 0 cập nhật, 2 không thay đổi, 0 lỗi" in again.stdout


def test_communes_of_a_province_that_failed_while_set_up_fail_and_name_its_row(tmp_path, monkeypatch):
    fail_workflow_of(monkeypatch, "Tỉnh Khánh Hòa")
    result = provision_sites(write_csv(tmp_path, [CAM_LAM, PROVINCE, NHA_TRANG]))

    errors = error_lines(result)
    assert set(errors) == {2, 3, 4}
    assert errors[3] == "Không tạo được quy trình duyệt (lỗi thử)."
    assert errors[2] == errors[4] == "không thiết lập vì đơn vị cấp trên “khanhhoa.test” ở dòng 3 có lỗi."
    assert "0 tạo mới, 0 cập nhật, 0 không thay đổi, 3 lỗi" in result.stdout
    for name in ("Tỉnh Khánh Hòa", "Xã Cam Lâm", "Phường Nha Trang"):
        assert traces_of(name) == NOTHING


# -- files that cannot be read: nothing written ---------------------------------------------------


def write_bytes(folder, content):
    path = folder / "don-vi.csv"
    path.write_bytes(content)
    return path


UNREADABLE = [
    pytest.param(lambda folder: write_bytes(folder, b""), "Tệp trống hoặc thiếu dòng tiêu đề", id="empty"),
    pytest.param(lambda folder: write_bytes(folder, b"\xef\xbb\xbf\r\n\r\n"), "Tệp trống", id="blank-lines"),
    pytest.param(lambda folder: write_csv(folder, []), "chỉ có dòng tiêu đề", id="header-only"),
    pytest.param(
        lambda folder: write_csv(folder, [PROVINCE[:2]], header=("kind", "name")),
        "thiếu cột hostname",
        id="missing-column",
    ),
    pytest.param(
        lambda folder: write_csv(folder, [(*PROVINCE, "x")], header=(*HEADER, "ghi chú")),
        "cột không được nhận: ghi_chu",
        id="unknown-column",
    ),
    pytest.param(
        lambda folder: write_bytes(folder, "Loại,Tên,Tên miền\n".encode("cp1258", "replace")),
        "không phải văn bản UTF-8",
        id="windows-1258",
    ),
    pytest.param(
        lambda folder: write_bytes(folder, "loại,tên,tên miền\n".encode("utf-16")),
        "không phải văn bản UTF-8",
        id="utf16",
    ),
    pytest.param(lambda folder: folder / "khong-co.csv", "Không đọc được tệp", id="not-found"),
    pytest.param(lambda folder: folder, "đây là một thư mục", id="a-folder"),
]


@pytest.mark.sqlite
@pytest.mark.parametrize(("make_file", "message"), UNREADABLE)
def test_a_file_that_cannot_be_read_is_refused_in_vietnamese_and_nothing_is_written(tmp_path, make_file, message):
    before = snapshot()
    result = provision_sites(make_file(tmp_path))
    assert result.failed
    assert message in str(result.error)
    assert snapshot() == before


@pytest.mark.sqlite
def test_port_applies_to_the_new_sites(tmp_path):
    result = provision_sites(write_csv(tmp_path, [PROVINCE, CAM_LAM]), "--port", "8000")
    assert not result.failed, result.stderr
    assert set(Site.objects.filter(hostname__endswith=PROVINCE_HOST).values_list("port", flat=True)) == {8000}
