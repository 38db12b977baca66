"""What each role may do, expressed as Wagtail page, collection and site permissions.

Wagtail scopes pages by tree, images/documents by collection and site settings by
site. The board's page and collection rights sit once on its authority's branches (see
`sites.models.AuthorityPage`), every other role's on its own unit's portal. Everything else
(sites, users, groups, workflows, snippets) is model-wide, so no role here gets those
permissions: they stay with superusers.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupCollectionPermission, GroupPagePermission, GroupSitePermission

from .models import Role, SiteContactSettings, SiteLinkSettings, Unit

# Page permissions on the unit's whole tree.
TREE_PAGE_PERMISSIONS = {
    Role.EDITOR: ("add", "change"),
    Role.CHIEF_EDITOR: ("add", "change", "lock", "unlock"),
    Role.COLLABORATOR: (),
    Role.BOARD: ("add", "change", "publish", "lock", "unlock", "bulk_delete"),
    Role.INSPECTOR: (),
}
# Collaborators only draft news: "add" lets them create pages and edit the ones they own.
NEWS_SECTION_PAGE_PERMISSIONS = {Role.COLLABORATOR: ("add",)}

# Collection permissions on the unit's own image and document collection.
COLLECTION_PERMISSIONS = {
    Role.EDITOR: ("add", "choose"),
    Role.CHIEF_EDITOR: ("add", "change", "delete", "choose"),
    Role.COLLABORATOR: ("add", "choose"),
    Role.BOARD: ("add", "change", "delete", "choose"),
    Role.INSPECTOR: (),
}

SITE_SETTING_ROLES = frozenset({Role.CHIEF_EDITOR, Role.BOARD})
# The link list and banners are everyday editorial work, not the portal's identity: editors keep them too.
SITE_LINK_ROLES = frozenset({Role.EDITOR, Role.CHIEF_EDITOR, Role.BOARD})


def page_permissions_for(role, unit):
    """Tree-wide page permissions of `role` in `unit`; head editors of trusted units publish."""
    actions = TREE_PAGE_PERMISSIONS[role]
    if role == Role.CHIEF_EDITOR and unit.trusted_publisher:
        actions = (*actions, "publish")
    return actions


def page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def collection_permissions(action):
    """The image and the document permission for one collection action.

    Wagtail checks the permissions of its own Image and Document models (the policies'
    auth_model), whatever custom models hold the files.
    """
    return [
        Permission.objects.get(content_type__app_label="wagtailimages", codename=f"{action}_image"),
        Permission.objects.get(content_type__app_label="wagtaildocs", codename=f"{action}_document"),
    ]


def admin_access_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def view_all_units_permission():
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Unit), codename="view_all_units_content"
    )


def site_settings_permission():
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(SiteContactSettings),
        codename="change_sitecontactsettings",
    )


def site_links_permission():
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(SiteLinkSettings),
        codename="change_sitelinksettings",
    )


def _sync_permissions(rows, wanted, **target):
    """Make the rows of `rows` (a group permission model) for `target` hold exactly the
    permissions `wanted` (pks); returns True if anything changed."""
    current = rows.objects.filter(**target)
    stale = current.exclude(permission_id__in=wanted)
    changed = stale.exists()
    stale.delete()
    present = set(current.values_list("permission_id", flat=True))
    rows.objects.bulk_create(rows(permission_id=permission_id, **target) for permission_id in wanted - present)
    return changed or bool(wanted - present)


def sync_page_permissions(group, page, actions):
    """Make `group` hold exactly `actions` on `page`; returns True if anything changed."""
    wanted = {page_permission(action).pk for action in actions}
    return _sync_permissions(GroupPagePermission, wanted, group=group, page=page)


def sync_collection_permissions(group, collection, actions):
    """Make `group` hold exactly `actions` on `collection`; returns True if anything changed."""
    wanted = {permission.pk for action in actions for permission in collection_permissions(action)}
    return _sync_permissions(GroupCollectionPermission, wanted, group=group, collection=collection)


def grant_collection_permissions(group, collection, actions):
    changed = False
    for action in actions:
        for permission in collection_permissions(action):
            _, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
            changed |= created
    return changed


def grant_site_settings(group, site):
    _, created = GroupSitePermission.objects.get_or_create(
        group=group, site=site, permission=site_settings_permission()
    )
    return created


def grant_site_links(group, site):
    _, created = GroupSitePermission.objects.get_or_create(group=group, site=site, permission=site_links_permission())
    return created
