"""Training managers own the training data; Communicators edit trainers (content) but
never see trainee data."""

from django.db import migrations

from website.permissions import COMMUNICATORS, TRAINING_MANAGERS, grant_model_permissions

CRUD = ["add", "change", "delete", "view"]
TRAINING_MANAGER_RIGHTS = [
    ("trainer", CRUD),
    ("profile", ["change", "view"]),
    ("enrolment", ["view"]),
    ("certificate", ["view", "revoke"]),
    ("certificateevent", ["view"]),
    ("courseevaluation", ["view"]),
    ("livetraining", CRUD),
    ("attendee", CRUD),
]
COMMUNICATOR_RIGHTS = [("trainer", ["add", "change", "view"])]


def grant(apps, schema_editor):
    for model, actions in TRAINING_MANAGER_RIGHTS:
        grant_model_permissions(apps, TRAINING_MANAGERS, "training", model, actions)
    for model, actions in COMMUNICATOR_RIGHTS:
        grant_model_permissions(apps, COMMUNICATORS, "training", model, actions)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("website", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
