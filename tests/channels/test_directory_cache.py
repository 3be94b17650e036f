"""The directory remembers its common answers (channels.directory._remembered_key) and
forgets them as soon as a channel changes."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from channels import directory
from channels.directory import DirectoryQuery
from tests.channels.factories import make_channel

pytestmark = pytest.mark.django_db
URL = "/pt-br/onde-pedir-ajuda/"


def remembered_keys():
    if not hasattr(cache, "_cache"):
        pytest.skip("counts the keys of the local-memory cache (the test settings' default)")
    return [key for key in cache._cache if ":portal:directory:" in key]


def test_the_landing_page_and_filters_are_remembered(client):
    assert client.get(URL).status_code == 200
    assert client.get(URL, {"uf": "AM", "kind": "netp"}).status_code == 200
    assert len(remembered_keys()) == 2


def test_a_remembered_answer_is_the_searched_one():
    locale = Locale.objects.get(language_code="pt-br")
    for query in [DirectoryQuery(), DirectoryQuery(uf="SP"), DirectoryQuery(stage="report")]:
        first = directory.search(locale, query)
        again = directory.search(locale, query)
        assert again.ids == first.ids == directory.database_search(locale, query).ids
        assert again.facets == first.facets


def test_words_places_and_the_hour_are_never_remembered(client):
    locale = Locale.objects.get(language_code="pt-br")
    for query in [
        DirectoryQuery(text="segredo do leitor"),
        DirectoryQuery(lat=-3.1, lon=-60.0),
        DirectoryQuery(open_now=True),
    ]:
        directory.search(locale, query)
    assert remembered_keys() == []


def test_a_new_channel_shows_at_once(client):
    client.get(URL, {"uf": "AC"})
    make_channel(name="Centro de Rio Branco recém-aberto", uf="AC")
    assert "Centro de Rio Branco recém-aberto" in client.get(URL, {"uf": "AC"}).content.decode()


def test_an_unpublished_channel_goes_at_once(client):
    channel = make_channel(name="Serviço que vai fechar", uf="AC")
    assert "Serviço que vai fechar" in client.get(URL, {"uf": "AC"}).content.decode()
    channel.unpublish()
    assert "Serviço que vai fechar" not in client.get(URL, {"uf": "AC"}).content.decode()
