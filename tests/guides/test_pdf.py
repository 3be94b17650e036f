"""The guide PDF: valid PDF bytes, one per language, made again on every publish of the
guide or a chapter (through django-tasks), served from the guide's address."""

import pytest
from wagtail.models import Locale

from guides.models import GuidePage, GuidePdf
from guides.pdf import render_guide_pdf
from tests.guides.factories import make_chapter, make_guide, paragraph

pytestmark = pytest.mark.django_db


def test_publishing_makes_a_pdf_and_publishing_again_remakes_it(
    client, home, no_terms, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        guide = make_guide(home)
    record = GuidePdf.objects.get(page=guide)
    assert record.file.read(5) == b"%PDF-"
    first_generated, first_size = record.generated_at, record.size

    with django_capture_on_commit_callbacks(execute=True):
        make_chapter(guide, "um", "Capítulo um", body=[paragraph("Texto " * 400, "k1")])
    record.refresh_from_db()
    assert record.generated_at > first_generated
    assert record.size != first_size

    response = client.get(guide.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert "guia-de-teste-pt-br.pdf" in response["Content-Disposition"]


def test_no_pdf_until_published(client, home, no_terms):
    guide = make_guide(home)  # on-commit callbacks never run here: no PDF made
    assert client.get(guide.url + "pdf/").status_code == 404


def test_one_pdf_per_language(client, django_capture_on_commit_callbacks):
    """The demo made one per language; publishing the Spanish guide remakes only it."""
    portuguese = GuidePage.objects.get(slug="fluxos-de-atendimento", locale__language_code="pt-br")
    spanish = portuguese.get_translation(Locale.objects.get(language_code="es")).specific
    portuguese_pdf = GuidePdf.objects.get(page=portuguese)
    spanish_pdf = GuidePdf.objects.get(page=spanish)
    assert portuguese_pdf.file.name != spanish_pdf.file.name
    assert spanish_pdf.file.name.endswith("-es.pdf")
    before = spanish_pdf.generated_at
    with django_capture_on_commit_callbacks(execute=True):
        spanish.save_revision().publish()
    spanish_pdf.refresh_from_db()
    portuguese_pdf_after = GuidePdf.objects.get(page=portuguese)
    assert spanish_pdf.generated_at > before
    assert portuguese_pdf_after.generated_at == portuguese_pdf.generated_at
    response = client.get(spanish.url + "pdf/")
    assert "fluxos-de-atendimento-es.pdf" in response["Content-Disposition"]


def test_pdf_is_rendered_in_the_guide_language(monkeypatch):
    from django.template import loader

    seen = {}
    original = loader.render_to_string

    def spy(template_name, context=None, *args, **kwargs):
        from django.utils import translation

        seen["language"] = translation.get_language()
        return original(template_name, context, *args, **kwargs)

    monkeypatch.setattr("guides.pdf.render_to_string", spy)
    guide = GuidePage.objects.get(slug="guia-para-jornalistas", locale__language_code="en")
    assert render_guide_pdf(guide).startswith(b"%PDF-")
    assert seen["language"] == "en"


def test_print_page_holds_every_chapter(client):
    guide = GuidePage.objects.get(slug="fluxos-de-atendimento", locale__language_code="pt-br")
    html = client.get(guide.url + "print/").content.decode()
    assert html.count('class="print-chapter"') == 14
    assert "Passo 14" in html
