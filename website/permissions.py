"""The editorial roles and what each may do.

Groups are created by a data migration (``website/migrations/0002_editorial_groups``)
that calls :func:`ensure_groups`; each area's app adds its own model permissions to
these groups in its own migrations through :func:`grant_model_permissions`.

- Communicators write drafts; a moderation workflow makes them wait for a Moderator.
- Moderators approve and publish, and keep the site settings.
- Training managers run courses, enrolments, certificates and reports.
- Translators translate: they may edit pages only in the translated trees (never the
  pt-BR original) and submit content for translation.
"""

COMMUNICATORS = "Communicators"
MODERATORS = "Moderators"
TRAINING_MANAGERS = "Training managers"
TRANSLATORS = "Translators"
ALL_GROUPS = [COMMUNICATORS, MODERATORS, TRAINING_MANAGERS, TRANSLATORS]

PAGE_PERMISSIONS = {
    COMMUNICATORS: ["add_page", "change_page"],
    MODERATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
# Wagtail lets whoever may "change" an image or document also delete it, and whoever
# may "add" change and delete their own uploads. Communicators therefore get "add":
# they manage what they uploaded, and only Moderators touch everyone's files.
COLLECTION_PERMISSIONS = {
    COMMUNICATORS: [
        ("wagtailimages", "image", ["add", "choose"]),
        ("wagtaildocs", "document", ["add", "choose"]),
    ],
    MODERATORS: [
        ("wagtailimages", "image", ["add", "change", "delete", "choose"]),
        ("wagtaildocs", "document", ["add", "change", "delete", "choose"]),
    ],
    TRANSLATORS: [
        ("wagtailimages", "image", ["choose"]),
        ("wagtaildocs", "document", ["choose"]),
    ],
}
MODEL_PERMISSIONS = {
    COMMUNICATORS: [("wagtailadmin", "admin", ["access"])],
    MODERATORS: [
        ("wagtailadmin", "admin", ["access"]),
        ("website", "sitesettings", ["add", "change", "delete"]),
        ("wagtailredirects", "redirect", ["add", "change", "delete"]),
        ("wagtail_localize", "translation", ["submit"]),
    ],
    TRAINING_MANAGERS: [("wagtailadmin", "admin", ["access"])],
    TRANSLATORS: [
        ("wagtailadmin", "admin", ["access"]),
        ("wagtail_localize", "translation", ["submit"]),
    ],
}
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]


def _codename(action, model):
    # wagtailadmin's permission is "access_admin"; wagtail-localize's "submit_translation".
    return f"{action}_{model}"


def _permission(apps, app_label, model, action):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=_codename(action, model),
        defaults={"name": f"Can {action} {model}"},
    )
    return permission


def grant_model_permissions(apps, group_name, app_label, model, actions):
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=group_name)
    for action in actions:
        group.permissions.add(_permission(apps, app_label, model, action))


def ensure_groups(apps):
    """Create the four editorial groups with exactly their permissions (idempotent)."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")

    # Wagtail's own "Editors" group would be a fifth role nobody is meant to hold.
    Group.objects.filter(name="Editors").delete()

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name in ALL_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        # Start from a clean slate so a role never keeps a right it is not meant to have.
        group.permissions.clear()
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()

        if root_page is not None:
            for codename in PAGE_PERMISSIONS.get(name, []):
                GroupPagePermission.objects.create(
                    group=group,
                    page=root_page,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        if root_collection is not None:
            for app_label, model, actions in COLLECTION_PERMISSIONS.get(name, []):
                for action in actions:
                    GroupCollectionPermission.objects.create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(apps, app_label, model, action),
                    )
        for app_label, model, actions in MODEL_PERMISSIONS.get(name, []):
            grant_model_permissions(apps, name, app_label, model, actions)


def grant_translators_tree(page):
    """Let Translators edit the tree rooted at ``page``: a translated home page."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    group, _ = Group.objects.get_or_create(name=TRANSLATORS)
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def _on_home_saved(sender, instance, created, raw=False, **kwargs):
    from django.conf import settings

    if raw:  # loading fixtures: the groups' rows come with the data
        return
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        grant_translators_tree(instance)


def connect_signals():
    from django.db.models.signals import post_save

    from website.models import HomePage

    post_save.connect(_on_home_saved, sender=HomePage, dispatch_uid="translators_tree")
