"""Articles keep the folded columns the site search ranks by (cms.folded_search), their body included.

Until now an article's folded text held its title, sapo, author and source only, without
word boundaries; the site search now matches whole words of the body too.
"""

from django.db import migrations, models

from cms.folded_search import padded_fold, stream_text, subject_of

BATCH_SIZE = 500

FIELDS = ["search_text", "title_text", "subject_text"]


def refold_articles(apps, schema_editor):
    ArticlePage = apps.get_model("articles", "ArticlePage")
    changed = []
    for page in ArticlePage.objects.iterator(chunk_size=BATCH_SIZE):
        page.search_text = padded_fold(page.title, page.summary, stream_text(page.body), page.author, page.source_name)
        page.title_text = page.subject_text = padded_fold(page.title)[:400]
        changed.append(page)
        if len(changed) >= BATCH_SIZE:
            ArticlePage.objects.bulk_update(changed, FIELDS)
            changed = []
    ArticlePage.objects.bulk_update(changed, FIELDS)


def add_trigram_index(apps, schema_editor):
    # Served by the pg_trgm extension that legal_docs' migration 0002 installs.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS article_search_trgm ON articles_articlepage USING gin (search_text gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_search_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlepage",
            name="subject_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.AddField(
            model_name="articlepage",
            name="title_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.RunPython(refold_articles, migrations.RunPython.noop),
        migrations.RunPython(add_trigram_index, drop_trigram_index),
    ]
