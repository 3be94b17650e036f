"""A covering index for exact searches on SQLite (website/sqlite_search.py).

An exact search (the admin's) first gathers the index entries of the pages it may return
by (content type, object id), with each entry's title norm for the score. Wagtail's
unique index on the pair finds the entry, but the norm then comes from the wide index
table (titles and bodies inline): 20,000 row reads for a common word. This index holds
all three. PostgreSQL needs nothing here (see 0005 and website/search_backend.py).
"""

from django.db import migrations

INDEX = "portal_search_entry_lookup"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        "(content_type_id, object_id, title_norm)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0005_search_title_body_index"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
