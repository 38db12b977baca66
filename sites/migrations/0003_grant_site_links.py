"""Give existing units' editors, head editors and boards the right to edit their portals' link lists.

New units get it from provisioning; this does the same once for the units provisioned before.
"""

from django.db import migrations

EDITING_ROLES = ("editor", "chief_editor")
PARENT_KINDS = ("province", "district")


def _permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    # Django creates model permissions after the whole migrate run; this one is needed now.
    content_type, _ = ContentType.objects.get_or_create(app_label="sites", model="sitelinksettings")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="change_sitelinksettings",
        defaults={"name": "Can change Liên kết website và banner"},
    )
    return permission


def grant(apps, schema_editor):
    Unit = apps.get_model("sites", "Unit")
    UnitGroup = apps.get_model("sites", "UnitGroup")
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    units = list(Unit.objects.filter(site__isnull=False))
    if not units:
        return
    permission = _permission(apps)
    groups = {(ug.unit_id, ug.role): ug.group_id for ug in UnitGroup.objects.all()}
    for unit in units:
        authority_id = unit.pk if unit.kind in PARENT_KINDS else unit.parent_id
        group_ids = [groups.get((unit.pk, role)) for role in EDITING_ROLES]
        group_ids.append(groups.get((authority_id, "board")))
        for group_id in filter(None, group_ids):
            GroupSitePermission.objects.get_or_create(
                group_id=group_id, site_id=unit.site_id, permission=permission
            )


def revoke(apps, schema_editor):
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    GroupSitePermission.objects.filter(
        permission__content_type__app_label="sites", permission__codename="change_sitelinksettings"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("sites", "0002_site_links"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
