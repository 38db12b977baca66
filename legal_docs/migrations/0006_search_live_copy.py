"""Documents and procedures get a copy of Wagtail's `live` flag on their own table
(`search_live`), so the citizen search needs no join with wagtailcore_page; copied here for the
pages that exist, by `LiveCopyField` on every save afterwards; and an index of the live documents
by date for the empty search (newest first)."""

from django.conf import settings
from django.db import migrations, models

import legal_docs.models.common


def copy_live(apps, schema_editor):
    for model_name in ("LegalDocumentPage", "ProcedurePage"):
        model = apps.get_model("legal_docs", model_name)
        model.objects.filter(page_ptr__live=True).update(search_live=True)


class Migration(migrations.Migration):
    dependencies = [
        ("legal_docs", "0005_folded_text"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="legaldocumentpage",
            name="search_live",
            field=legal_docs.models.common.LiveCopyField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name="procedurepage",
            name="search_live",
            field=legal_docs.models.common.LiveCopyField(default=False, editable=False),
        ),
        migrations.AddIndex(
            model_name="legaldocumentpage",
            index=models.Index(
                condition=models.Q(("search_live", True)),
                fields=["issued_date", "page_ptr"],
                name="legal_doc_live_issued",
            ),
        ),
        migrations.RunPython(copy_live, migrations.RunPython.noop),
    ]
