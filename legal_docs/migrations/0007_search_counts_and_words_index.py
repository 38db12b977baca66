"""The document search's counts per site (legal_docs/models/summary.py) and, on PostgreSQL, an
index of the words of each document's folded text: the whole-word match `search_text LIKE
'% word %'` for every word typed is then looked up word by word (legal_docs/search/engine.py,
`words_index_condition`, which must write the indexed expression exactly as here) instead of
read from every row when the words are common (the trigram index is not chosen for them)."""

import django.db.models.deletion
from django.db import migrations, models


WORDS_INDEX = "legal_doc_search_words"
WORDS_EXPRESSION = "string_to_array(btrim(search_text), ' ')"


def create_words_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {WORDS_INDEX} ON legal_docs_legaldocumentpage USING gin (({WORDS_EXPRESSION}))"
    )


def drop_words_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {WORDS_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("legal_docs", "0006_search_live_copy"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="FacetSummaryState",
            fields=[
                (
                    "site",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtailcore.site",
                    ),
                ),
                ("version", models.CharField(max_length=32)),
                ("counted_version", models.CharField(blank=True, max_length=32)),
                ("counted_on", models.DateField(null=True)),
            ],
        ),
        migrations.CreateModel(
            name="FacetCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("dimension", models.CharField(max_length=20)),
                ("value", models.CharField(blank=True, max_length=255)),
                ("starts_on", models.DateField(null=True)),
                ("expires_on", models.DateField(null=True)),
                ("count", models.PositiveIntegerField()),
                (
                    "site",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.site"
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["site", "dimension"], name="legal_facet_count_site")],
            },
        ),
        migrations.RunPython(create_words_index, drop_words_index),
    ]
