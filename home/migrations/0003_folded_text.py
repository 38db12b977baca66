"""Content pages get the folded columns the site search ranks by (cms.folded_search)."""

from django.db import migrations, models

from cms.folded_search import padded_fold, stream_text

FIELDS = ["search_text", "title_text", "subject_text"]


def fold_content_pages(apps, schema_editor):
    ContentPage = apps.get_model("home", "ContentPage")
    pages = list(ContentPage.objects.all())
    for page in pages:
        page.search_text = padded_fold(page.title, page.summary, stream_text(page.body))
        page.title_text = page.subject_text = padded_fold(page.title)[:400]
    ContentPage.objects.bulk_update(pages, FIELDS, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_remove_wagtail_welcome_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="contentpage",
            name="search_text",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="contentpage",
            name="subject_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.AddField(
            model_name="contentpage",
            name="title_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.RunPython(fold_content_pages, migrations.RunPython.noop),
    ]
