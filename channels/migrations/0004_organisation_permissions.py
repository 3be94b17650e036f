"""Communicators add and edit organisations (the directory's and the plans' partners);
Moderators may also delete them."""

from django.db import migrations

from website.permissions import COMMUNICATORS, MODERATORS, grant_model_permissions

RIGHTS = {
    COMMUNICATORS: ["add", "change", "view"],
    MODERATORS: ["add", "change", "delete", "view"],
}


def grant(apps, schema_editor):
    for group, actions in RIGHTS.items():
        grant_model_permissions(apps, group, "channels", "organisation", actions)


class Migration(migrations.Migration):
    dependencies = [
        ("channels", "0003_organisations"),
        ("website", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
