"""The tops of the page tree and of the collections carry Wagtail's English names ("Root"), which
the page search, the explorer's breadcrumbs and the collection filters show to editors."""

from django.db import migrations

PAGE_ROOT_TITLE = "Tất cả các trang"
COLLECTION_ROOT_NAME = "Tất cả thư mục"


def name_the_roots_in_vietnamese(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page.objects.filter(depth=1, title="Root").update(title=PAGE_ROOT_TITLE, draft_title=PAGE_ROOT_TITLE)
    Collection.objects.filter(depth=1, name="Root").update(name=COLLECTION_ROOT_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_copyright_help_texts"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailcore", "0025_collection_initial_data"),
    ]

    operations = [migrations.RunPython(name_the_roots_in_vietnamese, migrations.RunPython.noop)]
