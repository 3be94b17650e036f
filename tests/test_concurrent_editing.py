"""Two editors on one page (Wagtail 7.4's concurrent editing notifications).

What really happens, proved here:
- while both have the edit view open, each one's ping (every few seconds from the
  editor's page) lists the other editor;
- once one saves, the other's ping reports that editor with the new revision: the
  admin shows "<name> saved a new version" and offers to refresh;
- an autosave (JSON) from the stale form is refused with "Saving will overwrite a
  newer version." and stores nothing;
- a plain Save from the stale form is still accepted (Wagtail leaves that choice to the
  editor, who has been warned): it becomes the newest revision and the first editor's
  revision stays in the history, so nothing either of them saved is lost.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.factories import UserFactory, content_page

pytestmark = pytest.mark.django_db


def _login(client, user):
    client.force_login(user)
    try:
        from website.two_factor import mark_verified
    except ImportError:  # no second factor for the admin in this tree
        return
    session = client.session
    mark_verified(session, user)
    session.save()


def _editor(client_class, name):
    user = UserFactory(username=name, first_name=name.title(), is_superuser=True, is_staff=True)
    user.save()  # the factory sets the password after saving; force_login checks it
    client = client_class()
    _login(client, user)
    return user, client


def _ping(client, page, session_id, revision_id):
    url = reverse(
        "wagtailadmin_editing_sessions:ping",
        args=("wagtailcore", "page", str(page.pk), session_id),
    )
    response = client.post(url, {"revision_id": revision_id, "is_editing": "1"})
    assert response.status_code == 200, response.content[:500]
    return response.json()


def _form(page, intro):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": intro,
            "body": streamfield([("text", rich_text(f"<p>{intro}</p>"))]),
            "list_children": "",
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )


def test_the_second_editor_is_warned_and_nothing_saved_is_lost(home):
    page = content_page(home, "Página disputada", "pagina-disputada")
    loaded = page.latest_revision
    ana, ana_client = _editor(Client, "ana")
    bruno, bruno_client = _editor(Client, "bruno")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert ana_client.get(edit_url).status_code == 200
    assert bruno_client.get(edit_url).status_code == 200

    ana_session = _ping(ana_client, page, 0, loaded.pk)["session_id"]
    bruno_session = _ping(bruno_client, page, 0, loaded.pk)["session_id"]
    seen_by_ana = _ping(ana_client, page, ana_session, loaded.pk)["other_sessions"]
    assert any(other["session_id"] == bruno_session for other in seen_by_ana), seen_by_ana

    response = ana_client.post(edit_url, _form(page, "Texto de Ana"))
    assert response.status_code == 302, response.content[:2000]
    ana_revision = page.revisions.order_by("-pk").first()
    assert ana_revision.user == ana
    assert ana_revision.pk != loaded.pk

    warning = _ping(bruno_client, page, bruno_session, loaded.pk)["other_sessions"]
    newer = [other for other in warning if other["revision_id"] == ana_revision.pk]
    assert newer, warning
    assert "saved a new version" in _ping(bruno_client, page, bruno_session, loaded.pk)["html"]

    autosave = bruno_client.post(
        edit_url,
        {**_form(page, "Texto de Bruno"), "loaded_revision_id": str(loaded.pk)},
        headers={"accept": "application/json"},
    )
    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "invalid_revision"
    assert page.revisions.order_by("-pk").first().pk == ana_revision.pk

    saved = bruno_client.post(
        edit_url, {**_form(page, "Texto de Bruno"), "loaded_revision_id": str(loaded.pk)}
    )
    assert saved.status_code == 302
    intros = [revision.content["intro"] for revision in page.revisions.order_by("pk")]
    assert intros[-2:] == ["Texto de Ana", "Texto de Bruno"]
    assert page.revisions.order_by("-pk").first().user == bruno
