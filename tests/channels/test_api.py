import pytest

from tests.channels.factories import make_channel

pytestmark = pytest.mark.django_db
API = "/pt-br/api/channels/"


def test_list_filters_and_paginates(client):
    data = client.get(API, {"uf": "SP", "page_size": 3}).json()
    assert data["count"] >= 10
    assert len(data["results"]) == 3
    assert data["next"].endswith("page=2")
    assert data["previous"] is None
    assert data["results"][0]["scope"] == "national"
    second = client.get(API, {"uf": "SP", "page_size": 3, "page": 2}).json()
    assert second["previous"]
    assert {r["id"] for r in data["results"]}.isdisjoint({r["id"] for r in second["results"]})
    assert client.get(API, {"kind": "paahm"}).json()["count"] == 4
    assert client.get(API, {"uf": "SP", "kind": "paahm"}).json()["facets"]["kind"] == {"paahm": 1}


def test_language_of_the_api_follows_the_prefix(client):
    data = client.get("/fr/api/channels/", {"q": "Disque"}).json()
    assert data["results"][0]["name"] == "Disque 100 \u2013 Ligne des droits humains"
    assert data["results"][0]["url"].endswith("/fr/onde-pedir-ajuda/canal/disque-100/")


def test_detail_and_errors(client):
    channel = make_channel(name="Detalhe")
    data = client.get(f"{API}{channel.translation_key}/").json()
    assert data["name"] == "Detalhe"
    assert client.get(f"{API}00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get(API, {"page_size": 0}).status_code == 400
    assert client.get(API, {"page": "x"}).status_code == 400
    assert client.get(API, {"page": 999}).status_code == 404
    bad = client.get(API, {"uf": "ZZ"})
    assert bad.status_code == 400
    assert "uf" in bad.json()["errors"]
    assert client.post(API).status_code == 405


def test_drafts_are_not_published(client):
    make_channel(name="Rascunho secreto", publish=False)
    assert client.get(API, {"q": "rascunho"}).json()["count"] == 0
