"""Stored search text keeps only words, so punctuation cannot hide a whole-word match.

Before this, "Phòng, chống dịch" was stored as " phong, chong dich " and a search for
"phong chong" missed it. The stored text is already folded, so splitting it into words again
gives exactly what `padded_fold` now stores.
"""

import re

from django.db import migrations

WORD = re.compile(r"[a-z0-9]+")
BATCH_SIZE = 1000


def keep_words_only(apps, schema_editor):
    for model_name in ("LegalDocumentPage", "ProcedurePage"):
        model = apps.get_model("legal_docs", model_name)
        changed = []
        for page in model.objects.only("pk", "search_text").iterator(chunk_size=BATCH_SIZE):
            words_only = f" {' '.join(WORD.findall(page.search_text))} "
            if words_only != page.search_text:
                page.search_text = words_only
                changed.append(page)
            if len(changed) >= BATCH_SIZE:
                model.objects.bulk_update(changed, ["search_text"])
                changed = []
        model.objects.bulk_update(changed, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("legal_docs", "0003_field_list_order_by_slug"),
    ]

    operations = [
        migrations.RunPython(keep_words_only, migrations.RunPython.noop),
    ]
