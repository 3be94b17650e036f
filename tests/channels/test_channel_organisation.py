"""A channel's page names the organisation that runs it, in the reader's language, with a
link to its website, at no extra query."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from channels.models import Channel, Organisation
from tests.channels.factories import make_channel

pytestmark = pytest.mark.django_db
PATH = "onde-pedir-ajuda/canal/{slug}/"


def url(language, slug):
    return f"/{language}/" + PATH.format(slug=slug)


def label(language):
    with translation.override(language):
        return translation.gettext("Run by")


@pytest.fixture
def organisation():
    """Defensoria (an organisation of the test) in pt-BR, translated into Spanish only."""
    source = Organisation.objects.create(
        locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
        name="Defensoria de Teste da União",
        acronym="DTU",
        kind="justice",
        website="https://dtu.example.gov.br/",
    )
    Organisation.objects.create(
        locale=Locale.objects.get(language_code="es"),
        translation_key=source.translation_key,
        name="Defensoría de Prueba de la Unión",
        acronym="DTU",
        kind="justice",
        website="https://dtu.example.gov.br/",
    )
    return source


@pytest.fixture
def channel(organisation):
    return make_channel(name="Atendimento DTU", slug="atendimento-dtu", organisation=organisation)


def test_the_organisation_shows_in_portuguese(client, channel):
    page = client.get(url("pt-br", channel.slug)).content.decode()
    assert label("pt-br") == "Mantido por"
    assert f"<dt>{label('pt-br')}</dt>" in page
    assert (
        '<a href="https://dtu.example.gov.br/" rel="noopener noreferrer">'
        "Defensoria de Teste da União</a> (DTU)"
    ) in page


def test_the_organisation_shows_in_the_readers_language(client, channel):
    # The channel is not translated: Spanish readers get the pt-BR channel, and the
    # organisation's Spanish name.
    page = client.get(url("es", channel.slug)).content.decode()
    assert f"<dt>{label('es')}</dt>" in page
    assert label("es") == "A cargo de"
    assert "Defensoría de Prueba de la Unión</a> (DTU)" in page
    assert "Defensoria de Teste da União" not in page
    # No French name yet: the original name, under a French label.
    french = client.get(url("fr", channel.slug)).content.decode()
    assert f"<dt>{label('fr')}</dt>" in french
    assert label("fr") == "Géré par"
    assert "Defensoria de Teste da União</a> (DTU)" in french


def test_a_translated_channel_names_the_organisation_in_its_language(client, channel):
    spanish = channel.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.name = "Atención DTU"
    spanish.save()
    spanish.save_revision().publish()
    page = client.get(url("es", channel.slug)).content.decode()
    assert "Atención DTU" in page
    assert "Defensoría de Prueba de la Unión</a> (DTU)" in page


def test_without_a_website_the_name_is_plain_text(client, organisation, channel):
    Organisation.objects.filter(translation_key=organisation.translation_key).update(website="")
    page = client.get(url("es", channel.slug)).content.decode()
    assert "<dd>Defensoría de Prueba de la Unión (DTU)</dd>" in page


def test_a_channel_without_an_organisation_has_no_label(client):
    plain = make_channel(name="Sem organização", slug="sem-organizacao")
    assert plain.organisation_id is None
    page = client.get(url("pt-br", plain.slug)).content.decode()
    assert "Sem organização" in page
    assert label("pt-br") not in page


def count_queries(client, path):
    client.get(path)  # warm the per-language caches, as any live site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["pt-br", "es"])
def test_the_organisation_costs_no_query(client, channel, language):
    plain = make_channel(name="Sem organização", slug="sem-organizacao")
    with_organisation = count_queries(client, url(language, channel.slug))
    without = count_queries(client, url(language, plain.slug))
    assert with_organisation == without, (with_organisation, without)
    assert Channel.objects.get(pk=channel.pk).organisation_id
