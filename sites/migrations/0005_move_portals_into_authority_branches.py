"""Put every parent authority's portals into one branch of the page tree, and its collections into
one branch of the collection tree, and give its board its rights once, on the branches.

Before, every home page was a child of the tree root and the board held one set of page and
collection permissions per portal (a province with a hundred communes: over a thousand rows,
which Wagtail ORs into one query until SQLite refuses it). After:

    root → AuthorityPage “Huyện X và các đơn vị trực thuộc” → the district's home, each commune's home
    root collection → “Huyện X và các đơn vị trực thuộc” → the district's collection, each commune's

Historical models have none of treebeard's methods, so the moves are done on the materialised
paths directly (4-character base-36 steps, the layout Wagtail's Page and Collection use). Page
URLs on the public sites do not change (a site answers from its root page, wherever it sits);
with Elasticsearch, run `manage.py update_index` afterwards, since the index filters on paths.
"""

import uuid

from django.db import migrations
from django.db.models import F
from django.utils import timezone

PARENT_KINDS = ("province", "district")
STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BOARD_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")
BOARD_COLLECTION_ACTIONS = ("add", "change", "delete", "choose")


def branch_title(unit_name):
    return f"{unit_name} và các đơn vị trực thuộc"


def _step(number):
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return digits.rjust(STEP, "0")


def _free_child_path(model, parent):
    last = (
        model.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = int(last[-STEP:], len(ALPHABET)) + 1 if last else 1
    return parent.path + _step(number)


def _add_child(model, parent, **fields):
    node = model.objects.create(path=_free_child_path(model, parent), depth=parent.depth + 1, numchild=0, **fields)
    model.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    return node


def _move_under(model, node, new_parent, url_prefix=None):
    """Move `node` and everything below it to be the last child of `new_parent`."""
    old_path = node.path
    new_path = _free_child_path(model, new_parent)
    depth_change = new_parent.depth + 1 - node.depth
    old_parent_path = old_path[:-STEP]
    columns = ["pk", "path", "depth"] + (["url_path"] if url_prefix is not None else [])
    for row in list(model.objects.filter(path__startswith=old_path).values(*columns)):
        moved = {"path": new_path + row["path"][len(old_path) :], "depth": row["depth"] + depth_change}
        if url_prefix is not None:
            moved["url_path"] = url_prefix + row["url_path"]
        model.objects.filter(pk=row["pk"]).update(**moved)
    model.objects.filter(path=old_parent_path).update(numchild=F("numchild") - 1)
    model.objects.filter(pk=new_parent.pk).update(numchild=F("numchild") + 1)


def _unique_slug(Page, parent, slug):
    taken = set(
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).values_list("slug", flat=True)
    )
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def move_portals_into_branches(apps, schema_editor):
    Unit = apps.get_model("sites", "Unit")
    UnitGroup = apps.get_model("sites", "UnitGroup")
    Page = apps.get_model("wagtailcore", "Page")
    AuthorityPage = apps.get_model("sites", "AuthorityPage")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    authorities = list(Unit.objects.filter(kind__in=PARENT_KINDS, authority_page__isnull=True))
    if not authorities:
        return
    branch_type, _ = ContentType.objects.get_or_create(app_label="sites", model="authoritypage")
    page_permissions = [_permission(apps, "wagtailcore", "page", f"{a}_page") for a in BOARD_PAGE_ACTIONS]
    collection_permissions = [
        _permission(apps, app_label, model, f"{action}_{model}")
        for action in BOARD_COLLECTION_ACTIONS
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
    ]
    now = timezone.now()

    for authority in authorities:
        units = [authority, *Unit.objects.filter(parent=authority)]
        root_page = Page.objects.get(depth=1)
        title = branch_title(authority.name)
        home_slug = authority.site.root_page.slug if authority.site_id else str(authority.pk)
        slug = _unique_slug(Page, root_page, f"cac-trang-{home_slug}")
        branch = AuthorityPage.objects.create(
            path=_free_child_path(Page, root_page),
            depth=2,
            numchild=0,
            title=title,
            draft_title=title,
            slug=slug,
            url_path=f"/{slug}/",
            content_type=branch_type,
            locale_id=root_page.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
        Page.objects.filter(pk=root_page.pk).update(numchild=F("numchild") + 1)
        branch = Page.objects.get(pk=branch.pk)
        for unit in units:
            if unit.site_id is None:
                continue
            home = Page.objects.get(pk=unit.site.root_page_id)
            if home.depth != 2:  # a site made by hand somewhere else in the tree: leave it where it is
                continue
            _move_under(Page, home, branch, url_prefix=f"/{slug}")
            branch.refresh_from_db()

        root_collection = Collection.objects.get(depth=1)
        shelf = _add_child(Collection, root_collection, name=title)
        # Collections are kept in name order (Wagtail's `node_order_by`): move them in that order.
        collections = Collection.objects.filter(pk__in=[unit.collection_id for unit in units], depth=2)
        for collection in sorted(collections, key=lambda collection: collection.name):
            _move_under(Collection, collection, shelf)
            shelf.refresh_from_db()

        Unit.objects.filter(pk=authority.pk).update(authority_page=branch, authority_collection=shelf)
        board = UnitGroup.objects.filter(unit=authority, role="board").first()
        if board is None:
            continue
        GroupPagePermission.objects.filter(group_id=board.group_id).delete()
        GroupCollectionPermission.objects.filter(group_id=board.group_id).delete()
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(group_id=board.group_id, page=branch, permission=permission)
            for permission in page_permissions
        )
        GroupCollectionPermission.objects.bulk_create(
            GroupCollectionPermission(group_id=board.group_id, collection=shelf, permission=permission)
            for permission in collection_permissions
        )

    from wagtail.models import Site  # only its cache key: no query, no historical fields needed

    Site.clear_site_root_paths_cache()


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0004_authority_branches"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(move_portals_into_branches, elidable=False)]
