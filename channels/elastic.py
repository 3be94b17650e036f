"""The Elasticsearch 8 path of the directory (elasticsearch-dsl).

One index per portal language, named ``<prefix>-channels-<language>``, each with that
language's analyzer rebuilt from Elasticsearch's own parts plus accent folding, so
"denuncia" finds "denúncia" as it does on the database path:

- pt-br: Portuguese stop words and light stemmer; es: Spanish; en: English;
  fr: French with elision (l', d'...).
- ht: Elasticsearch has no Haitian Creole analyzer. Kreyòl is French-lexified but
  barely inflects and spells words phonetically ("travay", "fanmi"), so a French
  stemmer or French stop words would cut or drop Creole words wrongly; it gets the
  standard tokenizer with lower-casing and accent folding ("kreyòl" = "kreyol") only.

Each language's index holds the channels its readers see: the translation where there
is one, else the pt-BR record. Filters are keyword fields, distance a geo_point (never
set for channels whose address is hidden), facets terms aggregations. Saving or
deleting a channel updates the indexes after the transaction commits; when the server
does not answer, the save still succeeds and a warning is logged.
"""

import logging
import os
from functools import lru_cache

import elastic_transport
import elasticsearch
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from elasticsearch_dsl import (
    Boolean,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)
from wagtail.models import Locale

from channels.directory import (
    FACETS,
    DirectoryResult,
    open_now_filter,
    visible_channels,
)
from channels.models import SCOPE_RANK, Channel, fold

logger = logging.getLogger(__name__)

UNAVAILABLE = (
    elastic_transport.TransportError,
    elasticsearch.ApiError,
    ConnectionError,
    OSError,
)
MAX_RESULTS = 10000

_STEMMERS = {
    "pt-br": ("_portuguese_", "light_portuguese"),
    "es": ("_spanish_", "light_spanish"),
    "en": ("_english_", "english"),
    "fr": ("_french_", "light_french"),
}


def language_analyzer(language_code):
    name = f"channels_{language_code.replace('-', '_')}"
    if language_code not in _STEMMERS:
        return analyzer(name, tokenizer="standard", filter=["lowercase", "asciifolding"])
    stop_words, stemmer = _STEMMERS[language_code]
    filters = ["lowercase"]
    if language_code == "fr":
        filters.insert(
            0,
            token_filter(
                "channels_fr_elision",
                type="elision",
                articles_case=True,
                articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c"],
            ),
        )
    filters += [
        token_filter(f"{name}_stop", type="stop", stopwords=stop_words),
        token_filter(f"{name}_stemmer", type="stemmer", language=stemmer),
        "asciifolding",
    ]
    return analyzer(name, tokenizer="standard", filter=filters)


def index_name(language_code):
    prefix = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal")
    return f"{prefix}-channels-{language_code}"


def build_index(language_code):
    """The index (settings, analyzer and mapping) of one language."""
    text = Text(analyzer=language_analyzer(language_code))
    mapping = Mapping()
    mapping.field("record_id", Integer())
    mapping.field("translation_key", Keyword())
    mapping.field("name", Text(analyzer=language_analyzer(language_code)))
    mapping.field("name_sort", Keyword())
    for name in ["description", "who_it_serves", "place"]:
        mapping.field(name, text)
    for name in ["kind", "stages", "languages", "uf", "scope", "municipality_key", "status"]:
        mapping.field(name, Keyword())
    mapping.field("scope_rank", Integer())
    mapping.field("open_24h", Boolean())
    mapping.field("location", GeoPoint())
    # Read back to decide "open now"; never searched.
    for name in ["hours", "time_zone"]:
        mapping.field(name, Keyword(index=False, doc_values=False))
    mapping.field("closed_on_holidays", Boolean(index=False))
    index = Index(index_name(language_code))
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.mapping(mapping)
    return index


def channel_document(channel):
    """What one channel looks like in the index."""
    document = {
        "record_id": channel.pk,
        "translation_key": str(channel.translation_key),
        "name": channel.name,
        "name_sort": channel.sort_name,
        "description": channel.description,
        "who_it_serves": channel.who_it_serves,
        "place": " ".join(
            part
            for part in [channel.municipality, channel.state_name, channel.uf, channel.country]
            if part
        ),
        "kind": channel.kind,
        "stages": list(channel.stages),
        "languages": list(channel.languages),
        "uf": channel.uf or None,
        "scope": channel.scope,
        "scope_rank": SCOPE_RANK.get(channel.scope, 9),
        "municipality_key": fold(channel.municipality) or None,
        "status": channel.status,
        "open_24h": channel.open_24h,
        "hours": channel.hours,
        "time_zone": channel.time_zone,
        "closed_on_holidays": channel.closed_on_holidays,
    }
    point = channel.public_point
    if point is not None:
        document["location"] = {"lat": point[0], "lon": point[1]}
    return document


def build_search(language_code, query):
    """The Search (query, sort, aggregations) for ``query``; ``.to_dict()`` is the body."""
    search = Search(index=index_name(language_code))
    filters = []
    if query.uf:
        filters.append(Q("term", scope="national") | Q("term", uf=query.uf))
    if query.municipality:
        filters.append(
            Q("term", scope="national")
            | Q("bool", filter=[Q("term", scope="state"), Q("term", uf=query.uf)])
            | Q(
                "bool",
                filter=[
                    Q("term", uf=query.uf),
                    Q("term", municipality_key=fold(query.municipality)),
                ],
            )
        )
    for field_name, value in [
        ("kind", query.kind),
        ("stages", query.stage),
        ("languages", query.language),
    ]:
        if value:
            filters.append(Q("term", **{field_name: value}))
    if query.open_24h:
        filters.append(Q("term", open_24h=True))
    must = []
    if query.text:
        must.append(
            Q(
                "multi_match",
                query=query.text,
                type="cross_fields",
                operator="and",
                fields=["name^3", "description", "who_it_serves", "place"],
            )
        )
    search = search.query(Q("bool", must=must, filter=filters))
    sort = [{"scope_rank": {"order": "asc"}}]
    if query.has_point:
        sort.append(
            {
                "_geo_distance": {
                    "location": {"lat": query.lat, "lon": query.lon},
                    "order": "asc",
                    "unit": "km",
                    "distance_type": "arc",
                    "ignore_unmapped": True,
                }
            }
        )
    sort += [{"name_sort": {"order": "asc"}}, {"record_id": {"order": "asc"}}]
    search = search.sort(*sort)
    for facet in FACETS:
        search.aggs.bucket(facet, "terms", field=facet, size=100)
    return search.extra(size=MAX_RESULTS, track_total_hits=True).source(
        ["record_id", "hours", "time_zone", "open_24h", "closed_on_holidays", "status", "location"]
    )


@lru_cache(maxsize=4)
def _client(url):
    return elasticsearch.Elasticsearch(
        url, request_timeout=3, max_retries=0, retry_on_timeout=False
    )


def client():
    return _client(settings.ELASTICSEARCH_URL)


def result_from_response(response, query, moment=None):
    """Turn a raw search response (a dict) into the same DirectoryResult as the
    database path."""
    rows, distances = [], {}
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        rows.append({**source, "id": source["record_id"]})
        location = source.get("location")
        if query.has_point and location:
            from channels.directory import haversine_km

            distances[source["record_id"]] = haversine_km(
                query.lat, query.lon, location["lat"], location["lon"]
            )
    facets = {
        name: {
            bucket["key"]: bucket["doc_count"]
            for bucket in response.get("aggregations", {}).get(name, {}).get("buckets", [])
            if bucket["doc_count"]
        }
        for name in FACETS
    }
    if query.open_now:
        rows = open_now_filter(rows, moment or timezone.now())
    return DirectoryResult(
        ids=[row["id"] for row in rows],
        facets=facets,
        distances=distances,
        backend="elasticsearch",
    )


def search(locale, query, moment=None):
    body = build_search(locale.language_code, query).to_dict()
    response = client().search(index=index_name(locale.language_code), body=body)
    return result_from_response(dict(response), query, moment)


# --- Keeping the indexes in step ---------------------------------------------------
def index_language(language_code, es=None):
    """Recreate one language's index from the database; returns how many it holds."""
    es = es or client()
    index = build_index(language_code)
    es.indices.delete(index=index._name, ignore_unavailable=True)
    es.indices.create(index=index._name, body=index.to_dict())
    locale = Locale.objects.get(language_code=language_code)
    operations = []
    for channel in visible_channels(locale).order_by("pk"):
        operations.append({"index": {"_index": index._name, "_id": str(channel.translation_key)}})
        operations.append(channel_document(channel))
    if operations:
        es.bulk(operations=operations, refresh=True)
    return len(operations) // 2


def sync_translation_key(translation_key):
    """Put the channel of ``translation_key`` in every language index as its readers
    should see it (or take it out)."""
    if not settings.ELASTICSEARCH_URL:
        return
    try:
        es = client()
        for locale in Locale.objects.all():
            channel = visible_channels(locale).filter(translation_key=translation_key).first()
            name = index_name(locale.language_code)
            if channel is None:
                es.options(ignore_status=404).delete(
                    index=name, id=str(translation_key), refresh=True
                )
            else:
                es.index(
                    index=name,
                    id=str(translation_key),
                    document=channel_document(channel),
                    refresh=True,
                )
    except UNAVAILABLE as error:
        logger.warning(
            "Channel search engine unavailable; its index is behind until "
            "rebuild_channel_index runs: %s",
            type(error).__name__,
        )


def _on_channel_changed(sender, instance, raw=False, **kwargs):
    if raw or not settings.ELASTICSEARCH_URL:
        return
    key = instance.translation_key
    transaction.on_commit(lambda: sync_translation_key(key))


def connect_signals():
    from django.db.models.signals import post_delete, post_save

    post_save.connect(_on_channel_changed, sender=Channel, dispatch_uid="channels_es_save")
    post_delete.connect(_on_channel_changed, sender=Channel, dispatch_uid="channels_es_delete")
