"""Communicators create and edit drafts of channels; Moderators also publish, unlock and
delete them (publishing includes importing the CSV). Translators translate through
wagtail-localize and get nothing here."""

from django.db import migrations

from website.permissions import COMMUNICATORS, MODERATORS, grant_model_permissions

RIGHTS = {
    COMMUNICATORS: ["add", "change", "view"],
    MODERATORS: ["add", "change", "delete", "view", "publish", "lock", "unlock"],
}


def grant(apps, schema_editor):
    for group, actions in RIGHTS.items():
        grant_model_permissions(apps, group, "channels", "channel", actions)


class Migration(migrations.Migration):
    dependencies = [
        ("channels", "0001_initial"),
        ("website", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
