from django.db import migrations


def remove_welcome_page(apps, schema_editor):
    """Drop Wagtail's placeholder site and page; provisioning builds every portal's tree."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")

    base_page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if base_page_type is None:
        return
    welcome_pages = Page.objects.filter(depth=2, content_type=base_page_type, numchild=0)
    Site.objects.filter(root_page__in=welcome_pages).delete()
    welcome_pages.delete()
    for root in Page.objects.filter(depth=1):
        root.numchild = Page.objects.filter(depth=2, path__startswith=root.path).count()
        root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(remove_welcome_page, migrations.RunPython.noop)]
