"""Communicators create and edit materials and media files (a campaign page showing
them still waits for a Moderator); Moderators may also delete them. Both see the
download counts. Translators translate pages only."""

from django.db import migrations

from website.permissions import COMMUNICATORS, MODERATORS, grant_model_permissions

RIGHTS = {
    COMMUNICATORS: ["add", "change", "view"],
    MODERATORS: ["add", "change", "delete", "view"],
}


def grant(apps, schema_editor):
    for group, actions in RIGHTS.items():
        for model in ("material", "mediafile"):
            grant_model_permissions(apps, group, "campaigns", model, actions)


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("website", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
