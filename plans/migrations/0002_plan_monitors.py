"""The "Plan monitors" role, and who may touch monitoring.

- Plan monitors update statuses (add, change, view) and see the cycles; they edit no
  page (no page permission at all).
- Moderators also create, publish (the cycle's flag) and delete cycles and statuses.
- Communicators edit plan pages (the structure) through their page permissions only;
  they cannot change a status.
"""

from django.db import migrations

from website.permissions import MODERATORS, grant_model_permissions

PLAN_MONITORS = "Plan monitors"
RIGHTS = {
    PLAN_MONITORS: {"activitystatus": ["add", "change", "view"], "monitoringcycle": ["view"]},
    MODERATORS: {
        "activitystatus": ["add", "change", "delete", "view"],
        "monitoringcycle": ["add", "change", "delete", "view"],
    },
}


def grant(apps, schema_editor):
    grant_model_permissions(apps, PLAN_MONITORS, "wagtailadmin", "admin", ["access"])
    for group, models in RIGHTS.items():
        for model, actions in models.items():
            grant_model_permissions(apps, group, "plans", model, actions)


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=PLAN_MONITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0001_initial"),
        ("website", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, remove)]
