"""Documents get a copy of their fields' ids on their own row (`field_ids_copy`, space-separated,
ascending), so the citizen search counts documents per field from the rows it reads instead of
the link table; copied here for the documents that exist, by `refresh_folded_text` on every save
afterwards."""

from django.db import migrations, models

DOCUMENTS = "legal_docs_legaldocumentpage"
LINKS = "legal_docs_legaldocumentpage_fields"


def copy_field_ids(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        ids = (
            f"SELECT string_agg(links.legalfield_id::text, ' ' ORDER BY links.legalfield_id) FROM {LINKS} links"
            f" WHERE links.legaldocumentpage_id = {DOCUMENTS}.page_ptr_id"
        )
    else:
        ids = (
            f"SELECT group_concat(legalfield_id, ' ') FROM (SELECT links.legalfield_id FROM {LINKS} links"
            f" WHERE links.legaldocumentpage_id = {DOCUMENTS}.page_ptr_id ORDER BY links.legalfield_id)"
        )
    schema_editor.execute(
        f"UPDATE {DOCUMENTS} SET field_ids_copy = ({ids})"
        f" WHERE page_ptr_id IN (SELECT legaldocumentpage_id FROM {LINKS})"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("legal_docs", "0007_search_counts_and_words_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="legaldocumentpage",
            name="field_ids_copy",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(copy_field_ids, migrations.RunPython.noop),
    ]
