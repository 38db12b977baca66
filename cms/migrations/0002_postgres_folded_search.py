"""On PostgreSQL: the `unaccent` and `pg_trgm` extensions and the `portal_folded` text search
configuration (unaccent, then simple), used by Wagtail's database search backend
(settings.POSTGRES_SEARCH_CONFIG). Other databases have nothing to do here.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_folded') THEN
        CREATE TEXT SEARCH CONFIGURATION portal_folded (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION portal_folded
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_folded;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("cms", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
