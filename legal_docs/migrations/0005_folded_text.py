"""Documents and procedures get the title columns the search ranks by (cms.folded_search):
the folded title, and its subject (the title without the document type: "Luật Đất đai" → " dat dai ")."""

from django.db import migrations, models

from cms.folded_search import padded_fold, subject_of

BATCH_SIZE = 1000


def fold_titles(apps, schema_editor):
    for model_name in ("LegalDocumentPage", "ProcedurePage"):
        model = apps.get_model("legal_docs", model_name)
        queryset = model.objects.select_related("doc_type") if model_name == "LegalDocumentPage" else model.objects
        changed = []
        for page in queryset.iterator(chunk_size=BATCH_SIZE):
            leading = [page.doc_type.name] if model_name == "LegalDocumentPage" else []
            page.title_text = padded_fold(page.title)[:400]
            page.subject_text = subject_of(page.title, leading)[:400]
            changed.append(page)
            if len(changed) >= BATCH_SIZE:
                model.objects.bulk_update(changed, ["title_text", "subject_text"])
                changed = []
        model.objects.bulk_update(changed, ["title_text", "subject_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("legal_docs", "0004_search_text_words_only"),
    ]

    operations = [
        migrations.AddField(
            model_name="legaldocumentpage",
            name="subject_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.AddField(
            model_name="legaldocumentpage",
            name="title_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.AddField(
            model_name="procedurepage",
            name="subject_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.AddField(
            model_name="procedurepage",
            name="title_text",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.RunPython(fold_titles, migrations.RunPython.noop),
    ]
