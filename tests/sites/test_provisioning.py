import pytest

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
)

from sites.models import Role, SiteContactSettings, Unit, UnitGroup
from sites.provisioning import provision_unit
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST

STANDARD_SECTIONS = ["Giới thiệu", "Tin tức – Sự kiện", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]


def provision(*args):
    out_lines = []

    class Out:
        def write(self, text):
            out_lines.append(text)

        def flush(self):
            pass

    call_command("provision_site", *args, stdout=Out())
    return "".join(out_lines)


def snapshot():
    """Row counts of everything provisioning may create."""
    models = [Unit, UnitGroup, Site, Page, Group, Collection, Workflow, WorkflowPage, SiteContactSettings,
              GroupPagePermission, GroupCollectionPermission, GroupSitePermission]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.django_db
def test_provision_commune_creates_site_tree_groups_collection_and_workflow(district):
    output = provision("--kind", "commune", "--name", "Xã Thắng Hải", "--hostname", "thang-hai.hamtan.test",
                       "--parent", DISTRICT_HOST, "--email", "ubnd-thanghai@hamtan.test")

    assert "Đã thiết lập Xã Thắng Hải" in output
    unit = Unit.objects.get(site__hostname="thang-hai.hamtan.test")
    assert unit.parent == district
    assert unit.official_email == "ubnd-thanghai@hamtan.test"
    home = unit.site.root_page
    assert home.title == "Xã Thắng Hải" and home.live
    assert [page.title for page in home.get_children()] == STANDARD_SECTIONS
    assert all(page.live for page in home.get_children())
    assert not unit.site.is_default_site
    assert sorted(unit.role_groups.values_list("role", flat=True)) == sorted(
        [Role.EDITOR, Role.CHIEF_EDITOR, Role.COLLABORATOR]
    )
    assert unit.collection.name == "Xã Thắng Hải"
    workflow = WorkflowPage.objects.get(page=home).workflow
    assert [task.specific.unit for task in workflow.tasks] == [unit, district]
    # The commune sits in the district's branches, where the board holds its rights once; its settings
    # are per site.
    assert home.get_parent().specific == district.authority_page.specific
    assert unit.collection.get_parent() == district.authority_collection
    board = district.group_for(Role.BOARD)
    assert not GroupPagePermission.objects.filter(group=board, page=home).exists()
    assert not GroupCollectionPermission.objects.filter(group=board, collection=unit.collection).exists()
    assert GroupSitePermission.objects.filter(group=board, site=unit.site).exists()
    assert SiteContactSettings.for_site(unit.site).copyright_owner == "Xã Thắng Hải"


@pytest.mark.django_db
def test_first_parent_becomes_default_site():
    Site.objects.all().update(is_default_site=False)
    provision("--kind", "province", "--name", "Tỉnh Khánh Hòa", "--hostname", "khanhhoa.test")
    assert Site.objects.get(is_default_site=True).hostname == "khanhhoa.test"


@pytest.mark.django_db
def test_district_is_the_default_site_and_has_board_and_inspector(district):
    assert district.site.is_default_site
    assert {Role.BOARD, Role.INSPECTOR} <= set(district.role_groups.values_list("role", flat=True))
    workflow = WorkflowPage.objects.get(page=district.site.root_page).workflow
    assert [task.specific.groups.get() for task in workflow.tasks] == [district.group_for(Role.BOARD)]


@pytest.mark.django_db
def test_second_run_with_same_arguments_changes_nothing_and_says_so(commune):
    args = ("--kind", "commune", "--name", "Xã Tân Hà", "--hostname", COMMUNE_HOST, "--parent", DISTRICT_HOST)
    before = snapshot()
    output = provision(*args)
    assert snapshot() == before
    assert "Không có thay đổi" in output


@pytest.mark.django_db
def test_trusted_commune_skips_district_step_and_its_head_editor_publishes(trusted_commune):
    workflow = WorkflowPage.objects.get(page=trusted_commune.site.root_page).workflow
    assert [task.specific.unit for task in workflow.tasks] == [trusted_commune]
    chief = trusted_commune.group_for(Role.CHIEF_EDITOR)
    assert GroupPagePermission.objects.filter(group=chief, permission__codename="publish_page").exists()


@pytest.mark.django_db
def test_rerun_with_trusted_changes_workflow_and_reports_it(commune, district):
    output = provision("--kind", "commune", "--name", "Xã Tân Hà", "--hostname", COMMUNE_HOST,
                       "--parent", DISTRICT_HOST, "--trusted")
    assert "Đã cập nhật" in output
    workflow = WorkflowPage.objects.get(page=commune.site.root_page).workflow
    assert [task.specific.unit for task in workflow.tasks] == [commune]

    provision("--kind", "commune", "--name", "Xã Tân Hà", "--hostname", COMMUNE_HOST, "--parent", DISTRICT_HOST)
    assert [task.specific.unit for task in workflow.tasks] == [commune, district]
    chief = commune.group_for(Role.CHIEF_EDITOR)
    assert not GroupPagePermission.objects.filter(group=chief, permission__codename="publish_page").exists()


@pytest.mark.django_db
def test_department_has_no_site(district):
    output = provision("--kind", "department", "--name", "Phòng Tư pháp", "--parent", DISTRICT_HOST)
    assert "Đã thiết lập Phòng Tư pháp" in output
    department = Unit.objects.get(name="Phòng Tư pháp")
    assert department.parent == district and department.site is None
    second_run = provision("--kind", "department", "--name", "Phòng Tư pháp", "--parent", DISTRICT_HOST)
    assert "Không có thay đổi" in second_run


BAD_INPUT = [
    pytest.param(
        ["--kind", "commune", "--name", "Xã Khác", "--hostname", OTHER_COMMUNE_HOST, "--parent", DISTRICT_HOST],
        "đã được dùng",
        id="hostname-of-another-unit",
    ),
    pytest.param(
        ["--kind", "commune", "--name", "Xã Tân Đức", "--hostname", "tan-duc.hamtan.test", "--parent", "khong-co.test"],
        "Không tìm thấy đơn vị cấp trên",
        id="unknown-parent",
    ),
    pytest.param(
        ["--kind", "commune", "--name", "Xã Tân Đức", "--hostname", "tan-duc.hamtan.test"],
        "phải có đơn vị cấp trên",
        id="commune-without-parent",
    ),
    pytest.param(
        ["--kind", "commune", "--name", "Xã Tân Đức", "--hostname", "Tân Đức!", "--parent", DISTRICT_HOST],
        "Tên miền không hợp lệ",
        id="invalid-hostname",
    ),
    pytest.param(
        ["--kind", "commune", "--name", "Xã Tân Đức", "--hostname=-tan-duc.test", "--parent", DISTRICT_HOST],
        "Tên miền không hợp lệ",
        id="hostname-starting-with-hyphen",
    ),
    pytest.param(
        ["--kind", "commune", "--name", "Xã Tân Đức", "--hostname", "tan-duc.hamtan.test",
         "--parent", COMMUNE_HOST],
        "không phải đơn vị cấp huyện",
        id="commune-as-parent",
    ),
    pytest.param(
        ["--kind", "village", "--name", "Thôn 1", "--hostname", "thon1.test", "--parent", DISTRICT_HOST],
        "Loại đơn vị không hợp lệ",
        id="unknown-kind",
    ),
    pytest.param(
        ["--kind", "department", "--name", "Phòng Y tế", "--hostname", "yte.test", "--parent", DISTRICT_HOST],
        "không có trang riêng",
        id="department-with-hostname",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("args", "message"), BAD_INPUT)
def test_bad_input_is_refused_in_vietnamese_and_creates_nothing(args, message):
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        provision(*args)
    assert snapshot() == before


def test_bad_input_exits_non_zero_with_message_on_stderr(tmp_path):
    """Through a real process: the exit status and stderr a script would see."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", "provision_site", "--kind", "commune", "--name", "Xã Tân Đức",
         "--hostname", "tan duc"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert result.returncode != 0
    assert "Tên miền không hợp lệ" in result.stderr


@pytest.mark.django_db
def test_a_commune_name_used_in_another_authority_gets_groups_of_its_own(district, province):
    provision_unit("commune", "Xã Tân Lập", hostname="tan-lap.hamtan.test", parent_hostname=DISTRICT_HOST)
    provision_unit("commune", "Xã Tân Lập", hostname="tan-lap.lamdong.test", parent_hostname="lamdong.test")
    names = {
        unit.parent.name: set(unit.role_groups.values_list("group__name", flat=True))
        for unit in Unit.objects.filter(name="Xã Tân Lập")
    }
    assert names["Huyện Hàm Tân"] == {
        "Xã Tân Lập (Huyện Hàm Tân) – Biên tập viên",
        "Xã Tân Lập (Huyện Hàm Tân) – Lãnh đạo duyệt tin",
        "Xã Tân Lập (Huyện Hàm Tân) – Cộng tác viên",
    }
    assert names["Tỉnh Lâm Đồng"] == {name.replace("Huyện Hàm Tân", "Tỉnh Lâm Đồng") for name in names["Huyện Hàm Tân"]}
