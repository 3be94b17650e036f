from django.db import migrations

from website.permissions import (
    COMMUNICATORS,
    MODERATORS,
    TRANSLATORS,
    grant_model_permissions,
)

GLOSSARY_PERMISSIONS = {
    # Drafts only: without "publish", a Communicator's term waits for a Moderator.
    COMMUNICATORS: ["add", "change"],
    MODERATORS: ["add", "change", "delete", "publish", "lock", "unlock"],
    # Translations only: guides.permissions keeps them out of the pt-BR originals.
    TRANSLATORS: ["change"],
}


def grant(apps, schema_editor):
    for group, actions in GLOSSARY_PERMISSIONS.items():
        grant_model_permissions(apps, group, "guides", "glossaryterm", actions)
    # Terms go through the same moderation workflow as pages.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow = Workflow.objects.filter(name="Moderators approval", active=True).first()
    if workflow is not None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="guides", model="glossaryterm"
        )
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0001_initial"),
        ("website", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
