"""The Elasticsearch path: index and query bodies, agreement with the database path,
the fall-back when the server does not answer, and (only with ELASTICSEARCH_URL set)
the live server."""

import datetime
import logging
import os

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from channels import directory, elastic
from channels.directory import DirectoryQuery
from channels.models import Channel
from tests.channels.factories import make_channel

pytestmark = pytest.mark.django_db
CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard port: nothing listens there


def test_each_language_has_its_analyzer_geo_point_and_keywords():
    for code, stemmer in [
        ("pt-br", "light_portuguese"),
        ("es", "light_spanish"),
        ("en", "english"),
        ("fr", "light_french"),
    ]:
        body = elastic.build_index(code).to_dict()
        analysis = body["settings"]["analysis"]
        analyzer_name = f"channels_{code.replace('-', '_')}"
        assert body["mappings"]["properties"]["name"]["analyzer"] == analyzer_name
        stemmers = [f for f in analysis["filter"].values() if f["type"] == "stemmer"]
        assert stemmers == [{"type": "stemmer", "language": stemmer}]
        assert "asciifolding" in analysis["analyzer"][analyzer_name]["filter"]
    creole = elastic.build_index("ht").to_dict()
    assert creole["settings"]["analysis"]["analyzer"]["channels_ht"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }
    properties = creole["mappings"]["properties"]
    assert properties["location"] == {"type": "geo_point"}
    for name in ["kind", "stages", "languages", "uf", "municipality_key", "name_sort"]:
        assert properties[name] == {"type": "keyword"}
    assert elastic.index_name("es").endswith("-channels-es")


def test_query_body_carries_every_filter_sort_and_facet():
    query = DirectoryQuery(
        text="trabalho escravo", uf="AM", municipality="Manaus", kind="paahm",
        stage="report", language="es", open_24h=True, lat=-3.1, lon=-60.02,
    )  # fmt: skip
    body = elastic.build_search("pt-br", query).to_dict()
    bool_query = body["query"]["bool"]
    assert bool_query["must"] == [
        {
            "multi_match": {
                "query": "trabalho escravo",
                "type": "cross_fields",
                "operator": "and",
                "fields": ["name^3", "description", "who_it_serves", "place"],
            }
        }
    ]
    filters = bool_query["filter"]
    assert {"term": {"kind": "paahm"}} in filters
    assert {"term": {"stages": "report"}} in filters
    assert {"term": {"languages": "es"}} in filters
    assert {"term": {"open_24h": True}} in filters
    assert {
        "bool": {"should": [{"term": {"scope": "national"}}, {"term": {"uf": "AM"}}]}
    } in filters
    assert any("manaus" in str(f) for f in filters)
    assert body["sort"][0] == {"scope_rank": {"order": "asc"}}
    assert body["sort"][1]["_geo_distance"]["location"] == {"lat": -3.1, "lon": -60.02}
    assert body["sort"][2:] == [{"name_sort": {"order": "asc"}}, {"record_id": {"order": "asc"}}]
    assert set(body["aggs"]) == {"kind", "stages", "languages", "uf"}
    assert body["size"] == elastic.MAX_RESULTS
    plain = elastic.build_search("pt-br", DirectoryQuery()).to_dict()
    assert plain["query"] == {"bool": {}} or plain["query"] == {"match_all": {}}


def test_documents_hide_what_readers_must_not_see():
    shelter = make_channel(name="Abrigo", latitude=-3.1, longitude=-60.0, hide_address=True)
    document = elastic.channel_document(shelter)
    assert "location" not in document
    open_one = make_channel(name="Aberto", latitude=-3.1, longitude=-60.0)
    assert elastic.channel_document(open_one)["location"] == {"lat": -3.1, "lon": -60.0}


def fake_response(locale, query):
    """What Elasticsearch answers for ``query``: the documents of the matching channels,
    in the order the query's sort gives, with the aggregations. Built from the index
    documents themselves, so this checks that our reading of a response (ids, distances,
    facets, open now) is the same as the database path's."""
    result = directory.database_search(
        locale, DirectoryQuery(**{**query.__dict__, "open_now": False})
    )
    by_id = Channel.objects.in_bulk(result.ids)
    hits = []
    for pk in result.ids:
        document = elastic.channel_document(by_id[pk])
        hits.append({"_id": document["translation_key"], "_source": document})
    aggregations = {
        name: {"buckets": [{"key": k, "doc_count": n} for k, n in counts.items()]}
        for name, counts in result.facets.items()
    }
    return {"hits": {"hits": hits}, "aggregations": aggregations}


def test_reading_a_response_gives_the_database_result():
    locale = Locale.objects.get(language_code="pt-br")
    make_channel(
        name="Plantão Acre",
        uf="AC",
        time_zone="America/Rio_Branco",
        hours="mo-fr 18:00-24:00",
        latitude=-9.97,
        longitude=-67.81,
    )
    moment = datetime.datetime(2025, 3, 12, 4, 30, tzinfo=datetime.UTC)
    for query in [
        DirectoryQuery(),
        DirectoryQuery(uf="AC", open_now=True),
        DirectoryQuery(lat=-9.97, lon=-67.81, stage="report"),
    ]:
        expected = directory.database_search(locale, query, moment)
        got = elastic.result_from_response(fake_response(locale, query), query, moment)
        assert got.ids == expected.ids
        assert got.facets == expected.facets
        assert got.distances.keys() == expected.distances.keys()
        assert got.backend == "elasticsearch"


def test_unreachable_server_falls_back_to_the_database_with_a_warning(settings, caplog, client):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    locale = Locale.objects.get(language_code="pt-br")
    query = DirectoryQuery(text="segredo do leitor", uf="SP")
    with caplog.at_level(logging.WARNING, logger="channels.directory"):
        result = directory.search(locale, query)
    assert result.backend == "database"
    assert result.ids == directory.database_search(locale, query).ids
    assert "unavailable, using the database" in caplog.text
    assert "segredo" not in caplog.text
    response = client.get("/pt-br/onde-pedir-ajuda/", {"uf": "SP"})
    assert response.status_code == 200
    assert 'href="tel:100"' in response.content.decode()


def test_saving_with_the_server_down_still_saves(
    settings, caplog, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    with (
        caplog.at_level(logging.WARNING, logger="channels.elastic"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        channel = make_channel(name="Salvo mesmo assim")
    assert Channel.objects.filter(pk=channel.pk).exists()
    assert "rebuild_channel_index" in caplog.text


def test_rebuild_command_needs_a_server(settings):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL"):
        call_command("rebuild_channel_index")
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    with pytest.raises(CommandError, match="did not answer"):
        call_command("rebuild_channel_index")


LIVE_URL = os.environ.get("ELASTICSEARCH_URL", "")
live = pytest.mark.skipif(
    not LIVE_URL, reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against"
)


@live
def test_live_both_paths_give_the_same_results(settings):
    settings.ELASTICSEARCH_URL = LIVE_URL
    elastic._client.cache_clear()
    make_channel(
        name="Centro Kreyòl de Manaus",
        uf="AM",
        languages=["pt", "ht"],
        latitude=-3.1,
        longitude=-60.02,
    )
    call_command("rebuild_channel_index")
    for code in ["pt-br", "es", "ht"]:
        locale = Locale.objects.get(language_code=code)
        for query in [
            DirectoryQuery(),
            DirectoryQuery(uf="AM"),
            DirectoryQuery(uf="BA", municipality="Lauro de Freitas"),
            DirectoryQuery(kind="netp"),
            DirectoryQuery(stage="rescue", open_24h=True),
            DirectoryQuery(language="ht"),
            DirectoryQuery(text="Disque"),
            DirectoryQuery(lat=-3.1, lon=-60.02),
            DirectoryQuery(open_now=True),
        ]:
            database = directory.database_search(locale, query)
            engine = elastic.search(locale, query)
            assert engine.ids == database.ids, (code, query)
            assert engine.facets == database.facets, (code, query)


@live
def test_live_index_follows_saves_and_deletes(settings, django_capture_on_commit_callbacks):
    settings.ELASTICSEARCH_URL = LIVE_URL
    elastic._client.cache_clear()
    call_command("rebuild_channel_index")
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    with django_capture_on_commit_callbacks(execute=True):
        channel = make_channel(name="Canal efêmero")
    assert channel.pk in elastic.search(locale, DirectoryQuery(text="efemero")).ids
    with django_capture_on_commit_callbacks(execute=True):
        channel.delete()
    assert elastic.search(locale, DirectoryQuery(text="efemero")).ids == []
