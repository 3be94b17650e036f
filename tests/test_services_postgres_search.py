"""Site search on PostgreSQL stems in the reader's language, with accents folded: each
page is indexed with its own language's configuration (website/search_backend.py) and the
reader's query is stemmed the same way ("database-<language>" backends).

Only on PostgreSQL (CI runs the whole suite again with DATABASE_URL); SQLite's FTS5 has
no stemmers, and tests/test_search.py covers what both engines do."""

import pytest
from django.conf import settings
from django.db import connection

from tests.factories import content_page
from website.search import database_backend_for

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        "postgres" not in settings.DATABASES["default"]["ENGINE"],
        reason="stemming needs PostgreSQL: set DATABASE_URL (CI does, in its second run)",
    ),
]


def lexemes(config, text):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector(%s, %s)::text", [config, text])
        return cursor.fetchone()[0]


def test_each_language_has_a_configuration_that_folds_accents_then_stems():
    assert lexemes("portal_portuguese", "tráficos traficantes") == "'trafic':1,2"
    assert lexemes("portal_spanish", "trabajadores trabajo") == "'trabaj':1,2"
    assert lexemes("portal_english", "exploited exploitation") == "'exploit':1,2"
    assert lexemes("portal_french", "réfugiés victimes") == "'refug':1 'victim':2"
    # Kreyòl: accents folded, words kept whole (no stemmer fits a language that barely
    # inflects).
    assert lexemes("portal_simple", "Kreyòl travayè") == "'kreyol':1 'travaye':2"


def translation_of(page, language_code):
    return page.get_translation(
        page.locale.__class__.objects.get(language_code=language_code)
    ).specific


def result_titles(client, language_code, query):
    response = client.get(f"/{language_code}/search/", {"q": query})
    assert response.status_code == 200
    return {page.title for page in response.context["result_pages"]}


@pytest.mark.parametrize(
    ("language_code", "title", "queries", "unrelated"),
    [
        (
            "pt-br",
            "Rotas do tráfico na fronteira",
            ["tráficos", "traficantes", "trafico"],
            "rotina",
        ),
        ("es", "Derechos de los trabajadores", ["trabajo", "trabajador", "TRABAJADORES"], "trabas"),
        ("en", "Labour exploitation at sea", ["exploited", "exploiting"], "exploration"),
        ("fr", "Droits des réfugiés", ["réfugié", "refugies", "droit"], "victoire"),
        ("ht", "Sèvis an Kreyòl", ["kreyol", "sevis"], "kreyolize"),
    ],
)
def test_readers_words_find_other_forms_of_them(
    client, section, language_code, title, queries, unrelated
):
    parent = section if language_code == "pt-br" else translation_of(section, language_code)
    content_page(parent, title, f"busca-{language_code}")
    for query in queries:
        assert title in result_titles(client, language_code, query), query
    assert title not in result_titles(client, language_code, unrelated)


def test_haitian_creole_is_not_stemmed(client, section):
    parent = translation_of(section, "ht")
    content_page(parent, "Dwa travayè yo", "dwa-travaye")
    assert "Dwa travayè yo" in result_titles(client, "ht", "travaye")
    assert "Dwa travayè yo" not in result_titles(client, "ht", "travay")


def test_a_page_is_indexed_in_its_own_language(section):
    from wagtail.search.models import IndexEntry

    spanish = content_page(translation_of(section, "es"), "Trabajadores", "trabajadores-indice")
    portuguese = content_page(section, "Trabalhadores", "trabalhadores-indice")
    titles = {}
    for object_id, title in IndexEntry.objects.filter(
        object_id__in=[str(spanish.pk), str(portuguese.pk)]
    ).values_list("object_id", "title"):
        titles[object_id] = titles.get(object_id, "") + str(title)
    assert "'trabaj'" in titles[str(spanish.pk)]
    assert "'trabalh'" in titles[str(portuguese.pk)]


def test_the_readers_language_picks_the_backend():
    assert database_backend_for("es") == "database-es"
    assert database_backend_for("ht") == "database-ht"
    assert settings.WAGTAILSEARCH_BACKENDS["database-fr"]["SEARCH_CONFIG"] == "portal_french"
    assert settings.WAGTAILSEARCH_BACKENDS["database-fr"]["AUTO_UPDATE"] is False


def test_the_search_expression_has_its_own_index_and_the_planner_uses_it():
    """website/migrations/0005: without an index on (title || body) every search read the
    whole index table."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'portal_search_title_body'"
        )
        (definition,) = cursor.fetchone()
        assert "gin" in definition.lower()
        assert "(title || body)" in definition
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('portal_portuguese', 'trafico')"
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "portal_search_title_body" in plan, plan


def _search_plans(monkeypatch):
    """The plans (lists of lines) of the site search's queries run from now on
    (website/search_backend.py)."""
    from website import search_backend

    plans = []
    run = search_backend.run_search_query

    def explained(using, sql, params):
        plans.append([row[0] for row in run(using, "EXPLAIN " + sql, params)])
        return run(using, sql, params)

    monkeypatch.setattr(search_backend, "run_search_query", explained)
    return plans


@pytest.mark.parametrize("words", ["tráfico", "tráfico rota"])
def test_a_word_on_nearly_every_page_is_found_through_the_indexes(monkeypatch, section, words):
    """Left to itself the planner reads every entry's vectors for such a word (it takes
    their concatenation for free): the site search's query leaves it only the GIN
    indexes to find the matches by, whatever the statistics say."""
    from website.search import search_pages

    for number in range(30):
        content_page(section, f"Rota {number} do tráfico", f"rota-{number}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
    plans = _search_plans(monkeypatch)
    results = search_pages(words, section.locale)
    assert results.count() >= 30
    (plan,) = plans
    text = "\n".join(plan)
    assert "portal_search_title_body" in text, text
    assert "Seq Scan on wagtailsearch_indexentry" not in text, text
    tested = [line for line in plan if "(title || body) @@" in line]
    assert tested, text
    assert all("Index Cond" in line or "Recheck Cond" in line for line in tested), text


def test_the_planner_settings_are_put_back_after_the_search(section):
    from website.search import search_pages
    from website.search_backend import SEARCH_QUERY_SETTINGS

    def current():
        with connection.cursor() as cursor:
            names = list(SEARCH_QUERY_SETTINGS)
            cursor.execute(
                "SELECT " + ", ".join(["current_setting(%s)"] * len(names)),
                names,
            )
            return cursor.fetchone()

    before = current()
    content_page(section, "Rotas do tráfico", "rotas-trafico")
    assert search_pages("tráfico", section.locale).count() >= 1
    assert current() == before


def test_a_readers_word_matches_in_title_and_body_together(section):
    """An entry matches when its title and body hold the words between them."""
    from website.search import search_pages

    content_page(section, "Trabalho no campo", "trabalho-campo", intro="Condições de escravo")
    titles = {page.title for page in search_pages("trabalho escravo", section.locale)[:10]}
    assert "Trabalho no campo" in titles
