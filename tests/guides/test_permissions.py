"""Communicators draft, Moderators publish, Translators translate: guide pages and
glossary terms."""

import pytest
from wagtail.models import Locale

from guides.models import GlossaryTerm, GuidePage
from guides.permissions import GlossaryPermissionPolicy
from tests.factories import UserFactory
from website.permissions import COMMUNICATORS, MODERATORS, TRAINING_MANAGERS, TRANSLATORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return {
        role: UserFactory(groups=[role])
        for role in (COMMUNICATORS, MODERATORS, TRAINING_MANAGERS, TRANSLATORS)
    }


def guide(language):
    return GuidePage.objects.get(slug="guia-para-jornalistas", locale__language_code=language)


# role -> (pt-BR guide: edit, publish), (es guide: edit, publish)
PAGE_MATRIX = {
    COMMUNICATORS: ((True, False), (True, False)),
    MODERATORS: ((True, True), (True, True)),
    TRAINING_MANAGERS: ((False, False), (False, False)),
    TRANSLATORS: ((False, False), (True, False)),
}


@pytest.mark.parametrize("role", list(PAGE_MATRIX))
def test_guide_pages(users, role):
    for language, expected in zip(("pt-br", "es"), PAGE_MATRIX[role], strict=True):
        perms = guide(language).permissions_for_user(users[role])
        assert (perms.can_edit(), perms.can_publish()) == expected, language
    chapter_perms = guide("pt-br").get_children().first().permissions_for_user(users[role])
    assert chapter_perms.can_publish() == PAGE_MATRIX[role][0][1]


# role -> actions allowed on a pt-BR term, on an es term
TERM_MATRIX = {
    COMMUNICATORS: ({"add", "change"}, {"add", "change"}),
    MODERATORS: ({"add", "change", "delete", "publish"}, {"add", "change", "delete", "publish"}),
    TRAINING_MANAGERS: (set(), set()),
    TRANSLATORS: (set(), {"change"}),
}


@pytest.mark.parametrize("role", list(TERM_MATRIX))
def test_glossary_terms(users, role):
    policy = GlossaryPermissionPolicy(GlossaryTerm)
    portuguese = GlossaryTerm.objects.filter(locale__language_code="pt-br").first()
    spanish = portuguese.get_translation(Locale.objects.get(language_code="es"))
    for term, expected in zip((portuguese, spanish), TERM_MATRIX[role], strict=True):
        allowed = {
            action
            for action in ("add", "change", "delete", "publish")
            if policy.user_has_permission_for_instance(users[role], action, term)
        }
        assert allowed == expected, term.locale


def test_translator_is_refused_the_portuguese_term_in_the_admin(client, users):
    portuguese = GlossaryTerm.objects.filter(locale__language_code="pt-br").first()
    spanish = portuguese.get_translation(Locale.objects.get(language_code="es"))
    client.force_login(users[TRANSLATORS])
    assert client.get(f"/admin/snippets/guides/glossaryterm/edit/{spanish.pk}/").status_code == 200
    response = client.get(f"/admin/snippets/guides/glossaryterm/edit/{portuguese.pk}/")
    assert response.status_code in (302, 403)


def test_communicator_saves_a_draft_term_that_stays_off_the_site(client, users):
    from guides.glossary import get_matcher

    client.force_login(users[COMMUNICATORS])
    response = client.get("/admin/snippets/guides/glossaryterm/add/?locale=pt-br")
    assert response.status_code == 200
    assert 'name="action-publish"' not in response.content.decode()
    assert "Submit to" in response.content.decode() or "Enviar" in response.content.decode()
    assert not get_matcher("pt-br").find_terms("termo novo em rascunho")
