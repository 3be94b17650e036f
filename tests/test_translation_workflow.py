"""Content translation with wagtail-localize: the translation editor, and the PO round
trip outside translators use (download, translate offline, upload)."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from tests.factories import UserFactory
from website.permissions import COMMUNICATORS, TRANSLATORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_translation(section):
    return Translation.objects.get(
        source__object_id=section.translation_key,
        target_locale=Locale.objects.get(language_code="es"),
    )


def test_translator_opens_the_translation_editor(client, section, spanish_translation):
    client.force_login(UserFactory(groups=[TRANSLATORS]))
    spanish_page = spanish_translation.get_target_instance()
    response = client.get(f"/admin/pages/{spanish_page.pk}/edit/")
    assert response.status_code == 200
    # wagtail-localize replaces the page editor with its translation editor.
    assert b"w-translation-editor" in response.content or b"translation-editor" in response.content


def test_po_round_trip_for_outside_translators(client, section, spanish_translation):
    translator = UserFactory(groups=[TRANSLATORS])
    client.force_login(translator)
    download = client.get(
        reverse("wagtail_localize:download_pofile", args=[spanish_translation.pk])
    )
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    po = polib.pofile(download.content.decode())
    title_entry = next(entry for entry in po if entry.msgctxt == "title")
    assert title_entry.msgid == section.title
    title_entry.msgstr = "Navegue con seguridad (revisado por traductora)"

    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[spanish_translation.pk]),
        {"file": SimpleUploadedFile("es.po", str(po).encode(), "text/x-gettext-translation")},
    )
    assert upload.status_code == 302
    spanish_translation.save_target(publish=True)
    spanish_page = spanish_translation.get_target_instance()
    spanish_page.refresh_from_db()
    assert spanish_page.title == "Navegue con seguridad (revisado por traductora)"
    # The pt-BR source is untouched.
    section.refresh_from_db()
    assert section.title != spanish_page.title


def test_a_broken_po_file_is_refused_with_a_message(client, spanish_translation):
    client.force_login(UserFactory(groups=[TRANSLATORS]))
    before = spanish_translation.get_target_instance().title
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[spanish_translation.pk]),
        {"file": SimpleUploadedFile("es.po", b"\xff\xfe not a po file", "text/plain")},
        follow=True,
    )
    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert messages
    assert spanish_translation.get_target_instance().title == before


def test_po_download_refused_without_edit_rights(client, spanish_translation):
    client.force_login(UserFactory())
    response = client.get(
        reverse("wagtail_localize:download_pofile", args=[spanish_translation.pk])
    )
    assert response.status_code in (302, 403)


def test_communicators_submit_no_translations(client, section):
    client.force_login(UserFactory(groups=[COMMUNICATORS]))
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[section.pk]))
    assert response.status_code in (302, 403)
