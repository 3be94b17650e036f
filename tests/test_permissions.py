"""Each role may do what it needs and nothing more: the matrix of roles by areas,
allowed and refused, and the moderation workflow between Communicators and Moderators."""

import pytest
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Locale, Workflow

from tests.factories import UserFactory
from website.permissions import COMMUNICATORS, MODERATORS, TRAINING_MANAGERS, TRANSLATORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return {
        COMMUNICATORS: UserFactory(groups=[COMMUNICATORS]),
        MODERATORS: UserFactory(groups=[MODERATORS]),
        TRAINING_MANAGERS: UserFactory(groups=[TRAINING_MANAGERS]),
        TRANSLATORS: UserFactory(groups=[TRANSLATORS]),
        "reader": UserFactory(),
    }


def spanish(page):
    return page.get_translation(Locale.objects.get(language_code="es"))


def page_rights(user, page):
    perms = page.permissions_for_user(user)
    return {
        "edit": perms.can_edit(),
        "add": perms.can_add_subpage(),
        "publish": perms.can_publish(),
        "delete": perms.can_delete(),
    }


# role -> (pt-BR page rights, es page rights)
PAGE_MATRIX = {
    COMMUNICATORS: (
        {"edit": True, "add": True, "publish": False, "delete": False},
        {"edit": True, "add": True, "publish": False, "delete": False},
    ),
    MODERATORS: (
        {"edit": True, "add": True, "publish": True, "delete": True},
        {"edit": True, "add": True, "publish": True, "delete": True},
    ),
    TRAINING_MANAGERS: (
        {"edit": False, "add": False, "publish": False, "delete": False},
        {"edit": False, "add": False, "publish": False, "delete": False},
    ),
    TRANSLATORS: (
        {"edit": False, "add": False, "publish": False, "delete": False},
        {"edit": True, "add": False, "publish": False, "delete": False},
    ),
    "reader": (
        {"edit": False, "add": False, "publish": False, "delete": False},
        {"edit": False, "add": False, "publish": False, "delete": False},
    ),
}


@pytest.mark.parametrize("role", list(PAGE_MATRIX))
def test_pages(users, section, role):
    portuguese_rights, spanish_rights = PAGE_MATRIX[role]
    assert page_rights(users[role], section) == portuguese_rights
    assert page_rights(users[role], spanish(section)) == spanish_rights


# role -> {area: allowed}
MODEL_MATRIX = {
    COMMUNICATORS: {
        "add image": True,
        "delete image": False,
        "add document": True,
        "site settings": False,
        "submit translation": False,
        "admin": True,
        "users": False,
    },
    MODERATORS: {
        "add image": True,
        "delete image": True,
        "add document": True,
        "site settings": True,
        "submit translation": True,
        "admin": True,
        "users": False,
    },
    TRAINING_MANAGERS: {
        "add image": False,
        "delete image": False,
        "add document": False,
        "site settings": False,
        "submit translation": False,
        "admin": True,
        "users": False,
    },
    TRANSLATORS: {
        "add image": False,
        "delete image": False,
        "add document": False,
        "site settings": False,
        "submit translation": True,
        "admin": True,
        "users": False,
    },
    "reader": {
        "add image": False,
        "delete image": False,
        "add document": False,
        "site settings": False,
        "submit translation": False,
        "admin": False,
        "users": False,
    },
}


def someone_elses_image():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    owner = UserFactory()
    return Image.objects.create(title="Cartaz", file=get_test_image_file(), uploaded_by_user=owner)


def model_rights(user):
    return {
        "add image": image_policy.user_has_permission(user, "add"),
        # Anyone who may add images may delete their own; this asks about another's.
        "delete image": image_policy.user_has_permission_for_instance(
            user, "delete", someone_elses_image()
        ),
        "add document": document_policy.user_has_permission(user, "add"),
        "site settings": user.has_perm("website.change_sitesettings"),
        "submit translation": user.has_perm("wagtail_localize.submit_translation"),
        "admin": user.has_perm("wagtailadmin.access_admin"),
        "users": user.has_perm("auth.change_user"),
    }


@pytest.mark.parametrize("role", list(MODEL_MATRIX))
def test_models(users, role):
    assert model_rights(users[role]) == MODEL_MATRIX[role]


@pytest.mark.parametrize(
    ("role", "status"),
    [(COMMUNICATORS, 200), (MODERATORS, 200), (TRAINING_MANAGERS, 302), (TRANSLATORS, 302)],
)
def test_admin_edit_view_of_a_pt_page(client, users, section, role, status):
    client.force_login(users[role])
    response = client.get(f"/admin/pages/{section.pk}/edit/")
    assert response.status_code == status


def test_translator_opens_the_spanish_page_but_not_the_portuguese(client, users, section):
    client.force_login(users[TRANSLATORS])
    assert client.get(f"/admin/pages/{spanish(section).pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{section.pk}/edit/").status_code == 302


def test_reader_cannot_enter_the_admin(client, users):
    client.force_login(users["reader"])
    response = client.get("/admin/")
    assert response.status_code == 302


def test_site_settings_admin_refused_to_communicators(client, users):
    client.force_login(users[COMMUNICATORS])
    assert client.get("/admin/snippets/website/sitesettings/").status_code == 302
    client.force_login(users[MODERATORS])
    assert client.get("/admin/snippets/website/sitesettings/").status_code == 200


def test_only_the_five_roles_exist():
    from django.contrib.auth.models import Group

    assert set(Group.objects.values_list("name", flat=True)) == {
        COMMUNICATORS,
        MODERATORS,
        TRAINING_MANAGERS,
        TRANSLATORS,
        "Plan monitors",  # plans/migrations/0002_plan_monitors.py
    }


def test_communicators_changes_wait_for_a_moderator(users, section):
    communicator, moderator = users[COMMUNICATORS], users[MODERATORS]
    workflow = section.get_workflow()
    assert isinstance(workflow, Workflow)
    task = workflow.tasks.first().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]

    section.title = "Navegue com segurança (revisado)"
    revision = section.save_revision(user=communicator)
    state = workflow.start(section, communicator)
    section.refresh_from_db()
    assert section.title != "Navegue com segurança (revisado)"  # the live page is unchanged
    assert state.status == "in_progress"

    task_state = state.current_task_state
    assert not task.user_can_access_editor(section, users[TRAINING_MANAGERS])
    assert task.get_actions(section, communicator) == []
    assert [name for name, *_rest in task.get_actions(section, moderator)][:2] == [
        "reject",
        "approve",
    ]
    task.on_action(task_state, moderator, "approve")
    section.refresh_from_db()
    state.refresh_from_db()
    assert state.status == "approved"
    assert section.live_revision_id == revision.pk
    assert section.title == "Navegue com segurança (revisado)"
