"""The directory's query: filters from the reader, run on Elasticsearch or the database.

Both paths return a :class:`DirectoryResult` — the ids of the matching channels in
display order, the facet counts and the distances — built by the same rules:

- a channel shows in the reader's language, or in pt-BR while it has no translation;
- a state (UF) keeps the national channels and that state's; a municipality keeps the
  national ones, the state's own and that municipality's;
- words must all appear (accents and case ignored) in the name, description, place or
  "who it serves";
- order: national, state, municipal, abroad; within each, nearest first when the reader
  shares a location, then by name;
- facet counts cover the matches before the "open now" filter, which changes by the
  minute and is applied last, on the same schedule code for both paths.

The database path matches words inside longer words ("denúncia" finds "denúncias");
Elasticsearch uses each language's stemmer, which agrees on whole words and plurals but
can differ on fragments ("trab" finds "trabalho" only on the database).
"""

import logging
import math
from collections import Counter
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from channels import schedule
from channels.geography import STATE_CHOICES
from channels.models import (
    LANGUAGE_CHOICES,
    SCOPE_RANK,
    Channel,
    Kind,
    Scope,
    Stage,
    Status,
    fold,
)

logger = logging.getLogger(__name__)

QUERY_MAX_LENGTH = 100
FACETS = ["kind", "stages", "languages", "uf"]
# What the candidate query reads: enough to filter, order and count, nothing to render.
CANDIDATE_FIELDS = [
    "id",
    "scope",
    "uf",
    "municipality",
    "kind",
    "stages",
    "languages",
    "sort_name",
    "latitude",
    "longitude",
    "hide_address",
    "open_24h",
    "hours",
    "time_zone",
    "closed_on_holidays",
    "status",
]


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Words to search for"), required=False, max_length=QUERY_MAX_LENGTH)
    uf = forms.ChoiceField(
        label=_("State"), required=False, choices=[("", _("All states")), *STATE_CHOICES]
    )
    municipality = forms.CharField(label=_("Municipality"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Kind.choices]
    )
    stage = forms.ChoiceField(
        label=_("Stage"), required=False, choices=[("", _("All stages")), *Stage.choices]
    )
    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        choices=[("", _("Any language")), *LANGUAGE_CHOICES],
    )
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    open_24h = forms.BooleanField(label=_("Open 24 hours"), required=False)
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    lon = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lon") is None):
            data["lat"] = data["lon"] = None
        if data.get("municipality") and not data.get("uf"):
            self.add_error("uf", _("Choose the state of the municipality."))
        return data


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""
    uf: str = ""
    municipality: str = ""
    kind: str = ""
    stage: str = ""
    language: str = ""
    open_now: bool = False
    open_24h: bool = False
    # Rounded to about a kilometre: enough to sort, not enough to find a house.
    lat: float | None = None
    lon: float | None = None

    @classmethod
    def from_form(cls, form):
        """The valid part of a bound form: a wrong field is dropped, never fatal."""
        data = {}
        if form.is_bound:
            form.is_valid()
            data = {
                key: value for key, value in form.cleaned_data.items() if key not in form.errors
            }
        lat, lon = data.get("lat"), data.get("lon")
        return cls(
            text=" ".join((data.get("q") or "").split()),
            uf=data.get("uf") or "",
            municipality=" ".join((data.get("municipality") or "").split())
            if data.get("uf")
            else "",
            kind=data.get("kind") or "",
            stage=data.get("stage") or "",
            language=data.get("language") or "",
            open_now=bool(data.get("open_now")),
            open_24h=bool(data.get("open_24h")),
            lat=round(lat, 2) if lat is not None and lon is not None else None,
            lon=round(lon, 2) if lat is not None and lon is not None else None,
        )

    @property
    def terms(self):
        return fold(self.text).split()

    @property
    def has_point(self):
        return self.lat is not None and self.lon is not None


@dataclass
class DirectoryResult:
    ids: list
    facets: dict = field(default_factory=dict)
    distances: dict = field(default_factory=dict)
    backend: str = "database"

    @property
    def count(self):
        return len(self.ids)


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def visible_channels(locale):
    """Live channels in ``locale``, plus pt-BR ones not yet translated into it."""
    live = Channel.objects.filter(live=True)
    if locale.language_code == settings.LANGUAGE_CODE:
        return live.filter(locale_id=locale.pk)
    translated = Channel.objects.filter(live=True, locale_id=locale.pk).values("translation_key")
    return live.filter(
        Q(locale_id=locale.pk)
        | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated)
    )


def open_now_filter(rows, moment):
    """Keep the rows (dicts of CANDIDATE_FIELDS) open at ``moment``."""
    return [
        row
        for row in rows
        if schedule.is_open(
            moment,
            time_zone=row["time_zone"],
            open_24h=row["open_24h"],
            hours=row["hours"] or "",
            closed_on_holidays=row["closed_on_holidays"],
            active=row["status"] == Status.ACTIVE,
        )
    ]


def _matches_place(row, query):
    if not query.municipality:
        return True
    if row["scope"] == Scope.NATIONAL:
        return True
    if row["scope"] == Scope.STATE:
        return row["uf"] == query.uf
    return row["uf"] == query.uf and fold(row["municipality"]) == fold(query.municipality)


def _split_list(raw):
    return raw.strip(",").split(",") if raw else []


def database_search(locale, query, moment=None):
    queryset = visible_channels(locale)
    if query.uf:
        queryset = queryset.filter(Q(scope=Scope.NATIONAL) | Q(uf=query.uf))
    if query.kind:
        queryset = queryset.filter(kind=query.kind)
    if query.stage:
        queryset = queryset.filter(stages__contains=f",{query.stage},")
    if query.language:
        queryset = queryset.filter(languages__contains=f",{query.language},")
    if query.open_24h:
        queryset = queryset.filter(open_24h=True)
    for term in query.terms:
        queryset = queryset.filter(search_text__contains=term)
    # Read only what this query needs, with the list columns as raw text: the model
    # field's per-row converters are the main cost at thousands of rows.
    fields = ["id", "scope", "uf", "municipality", "kind", "sort_name"]
    if query.has_point:
        fields += ["latitude", "longitude", "hide_address"]
    if query.open_now:
        fields += ["open_24h", "hours", "time_zone", "closed_on_holidays", "status"]
    rows = []
    queryset = queryset.annotate(
        stages_raw=Cast("stages", CharField()), languages_raw=Cast("languages", CharField())
    )
    for values in queryset.values_list(*fields, "stages_raw", "languages_raw"):
        row = dict(zip(fields, values[:-2], strict=True))
        if _matches_place(row, query):
            row["stages"] = _split_list(values[-2])
            row["languages"] = _split_list(values[-1])
            rows.append(row)

    distances = {}
    if query.has_point:
        for row in rows:
            if not row["hide_address"] and row["latitude"] is not None:
                distances[row["id"]] = haversine_km(
                    query.lat, query.lon, row["latitude"], row["longitude"]
                )
    rows.sort(
        key=lambda row: (
            SCOPE_RANK.get(row["scope"], 9),
            distances.get(row["id"], math.inf),
            row["sort_name"],
            row["id"],
        )
    )
    facets = count_facets(rows)
    if query.open_now:
        rows = open_now_filter(rows, moment or timezone.now())
    return DirectoryResult(
        ids=[row["id"] for row in rows], facets=facets, distances=distances, backend="database"
    )


def count_facets(rows):
    facets = {name: Counter() for name in FACETS}
    for row in rows:
        facets["kind"][row["kind"]] += 1
        facets["uf"][row["uf"]] += 1 if row["uf"] else 0
        for stage in row["stages"]:
            facets["stages"][stage] += 1
        for language in row["languages"]:
            facets["languages"][language] += 1
    return {
        name: {key: n for key, n in counts.items() if key and n} for name, counts in facets.items()
    }


def _is_remembered(query):
    """Whether the answer to ``query`` depends on the channels only.

    The directory's landing page and its filters by state, kind, stage or language
    (a few hundred combinations) are asked again and again and change only when a
    channel does, which bumps the page cache's generation. Queries with the reader's
    own words, position or the time of day are always run afresh and never kept."""
    return not (query.text or query.has_point or query.open_now)


def search(locale, query, moment=None):
    """The channels for ``query``: remembered for the common queries (see
    ``_is_remembered``), else searched."""
    if not _is_remembered(query):
        return _search(locale, query, moment)
    from website import page_cache

    filters = (query.uf, query.municipality, query.kind, query.stage, query.language)
    return page_cache.derived(
        "directory",
        locale.pk,
        "|".join(filters),
        int(query.open_24h),
        compute=lambda: _search(locale, query, moment),
    )


def _search(locale, query, moment=None):
    """Run ``query`` on Elasticsearch when configured, else (or when it fails) on the
    database; the reader never sees the difference."""
    if settings.ELASTICSEARCH_URL:
        from channels import elastic

        try:
            return elastic.search(locale, query, moment)
        except elastic.UNAVAILABLE as error:
            # The reader's words stay out of the log: only the kind of failure.
            logger.warning(
                "Channel search engine unavailable, using the database: %s",
                type(error).__name__,
            )
    return database_search(locale, query, moment)


def load_page(ids):
    """The channels of ``ids`` (one page), in that order, in one query."""
    by_id = Channel.objects.select_related("locale").in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]
