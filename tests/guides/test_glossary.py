"""Glossary terms marked in guide text: first occurrence per section, never in links,
headings or existing marks, whatever the case or accents; the glossary page; the cache."""

import json
import re

import pytest
from django.test import RequestFactory

from guides.glossary import MarkingState, Matcher, get_matcher, mark_terms
from tests.guides.factories import heading, make_chapter, make_guide, make_term, paragraph

pytestmark = pytest.mark.django_db


def matcher(*terms):
    return Matcher(
        [
            {
                "term": t,
                "definition": f"Def {t}",
                "anchor": t,
                "forms": [t],
                "preferred": [],
                "avoid": [],
            }
            for t in terms
        ]
    )


def marked(html, *terms):
    return str(mark_terms(html, MarkingState(), matcher(*terms)))


def test_marks_a_term_whatever_its_case_and_accents():
    assert 'tabindex="0"' in marked("<p>O TRAFICO DE PESSOAS cresce.</p>", "Tráfico de pessoas")
    assert ">Trafico de Pessoas</span>" in marked(
        "<p>Trafico de Pessoas.</p>", "tráfico de pessoas"
    )
    assert ">vítima</span>" in marked("<p>A vítima falou.</p>", "Vitima")


def test_respects_word_boundaries():
    assert "gloss" not in marked("<p>Os netpianos.</p>", "NETP")


def test_never_marks_inside_links_headings_or_marks():
    html = marked(
        '<p><a href="/x">tráfico de pessoas</a></p><h3>Tráfico de pessoas</h3>'
        "<p><mark>tráfico de pessoas</mark></p>",
        "Tráfico de pessoas",
    )
    assert "gloss" not in html
    # After a link, the first occurrence in plain text is marked.
    html = marked('<p><a href="/x">vítima</a> e a vítima</p>', "vítima")
    assert '<a href="/x">vítima</a> e a <span class="gloss">' in html


def test_marks_only_the_first_occurrence_per_section_and_is_accessible():
    state = MarkingState("g-test")
    term_matcher = matcher("vítima")
    first = str(mark_terms("<p>A vítima e outra vítima.</p>", state, term_matcher))
    assert first.count('class="gloss"') == 1
    assert "gloss" not in str(mark_terms("<p>Mais uma vítima.</p>", state, term_matcher))
    state.new_section()
    assert "gloss" in str(mark_terms("<p>Nova seção: vítima.</p>", state, term_matcher))
    tip_id = re.search(r'aria-describedby="([^"]+)"', first).group(1)
    assert f'id="{tip_id}" role="tooltip"' in first
    assert "Def vítima" in first


def test_chapter_marks_terms_in_text_but_not_in_links(client, home, no_terms):
    make_term("Tráfico de pessoas", "Crime de explorar alguém.", other_forms="tráfico humano")
    guide = make_guide(home)
    chapter = make_chapter(
        guide,
        "um",
        body=[
            heading("Tráfico de pessoas"),
            paragraph('Veja <a href="https://example.org">tráfico de pessoas</a> aqui.', "k1"),
            paragraph("O TRAFICO DE PESSOAS é crime; tráfico de pessoas de novo.", "k2"),
            heading("Outra seção"),
            paragraph("Aqui o trafico humano aparece.", "k3"),
        ],
    )
    html = client.get(chapter.url).content.decode()
    body = html[html.index('class="stream guide-body"') :]
    assert body.count('class="gloss"') == 2  # once in each section
    assert ">TRAFICO DE PESSOAS</span>" in body
    assert ">trafico humano</span>" in body
    assert '<a href="https://example.org">tráfico de pessoas</a>' in body
    assert "Crime de explorar alguém." in body


def test_a_kept_chapter_body_follows_the_glossary_and_the_page_at_once(client, home, no_terms):
    guide = make_guide(home)
    chapter = make_chapter(guide, "um", body=[paragraph("O aliciamento começa on-line.", "k1")])
    first = client.get(chapter.url).content.decode()
    assert 'class="gloss"' not in first
    term = make_term("Aliciamento", "Atrair alguém com promessas falsas.")
    assert 'class="gloss"' in client.get(chapter.url).content.decode(), "a new term is marked"
    term.term = "Recrutamento"
    term.save_revision().publish()
    assert 'class="gloss"' not in client.get(chapter.url).content.decode()

    chapter.body = json.dumps([paragraph("Texto novo.", "k1")])
    chapter.save_revision().publish()
    assert "Texto novo." in client.get(chapter.url).content.decode()


def test_a_preview_shows_the_draft_body_not_the_kept_one(client, home, no_terms, admin_user):
    guide = make_guide(home)
    chapter = make_chapter(guide, "um", body=[paragraph("Texto publicado.", "k1")])
    assert "Texto publicado." in client.get(chapter.url).content.decode()
    chapter.body = json.dumps([paragraph("Texto em rascunho.", "k1")])
    request = RequestFactory().get(chapter.url)
    request.user = admin_user
    response = chapter.make_preview_request(request)
    if hasattr(response, "render"):
        response.render()
    html = response.content.decode()
    assert "Texto em rascunho." in html
    assert "Texto publicado." not in html
    assert "Texto publicado." in client.get(chapter.url).content.decode()


def test_matcher_cache_follows_edits_and_costs_no_query(no_terms, django_assert_num_queries):
    term = make_term("Aliciamento")
    assert get_matcher("pt-br").find_terms("o aliciamento")
    with django_assert_num_queries(0):
        get_matcher("pt-br")
    term.term = "Recrutamento"
    term.save_revision().publish()
    assert not get_matcher("pt-br").find_terms("o aliciamento")
    assert get_matcher("pt-br").find_terms("recrutamento")
    term.delete()
    assert not get_matcher("pt-br").find_terms("recrutamento")


def test_draft_terms_are_not_marked(no_terms):
    from wagtail.models import Locale

    from guides.models import GlossaryTerm

    GlossaryTerm.objects.create(
        locale=Locale.objects.get(language_code="pt-br"),
        term="Rascunho",
        short_definition="x",
        live=False,
    )
    assert not get_matcher("pt-br").find_terms("rascunho")


def test_glossary_page_a_to_z_and_search(client):
    from guides.models import GlossaryPage

    page = GlossaryPage.objects.get(locale__language_code="pt-br")
    html = client.get(page.url).content.decode()
    assert 'href="#letra-T"' in html
    assert 'id="letra-T"' in html
    assert '<span aria-disabled="true"' in html  # letters without terms are not links
    assert html.count('class="glossary-entry"') >= 20
    found = client.get(page.url, {"q": "TRAFICO de pessoas"}).content.decode()
    assert "Tráfico de pessoas" in found
    assert "Refugiado</dt>" not in found
    spanish = GlossaryPage.objects.get(locale__language_code="es")
    assert "Trata de personas" in client.get(spanish.url).content.decode()
