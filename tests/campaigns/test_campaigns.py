"""Campaigns: filters, materials in the reader's language, zips, uploads, sharing, feed,
QR codes, download counts and per-page material lists under wagtail-localize."""

import io
import re
import zipfile
from datetime import date
from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from campaigns import bundles
from campaigns.models import (
    CampaignIndexPage,
    CampaignMaterial,
    CampaignPage,
    Material,
    MaterialBundle,
    MaterialDownloadCount,
    MediaFile,
    group_by_language,
)
from tests.campaigns import factories

pytestmark = pytest.mark.django_db


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def index():
    return CampaignIndexPage.objects.get(locale__language_code="pt-br")


@pytest.fixture
def migrants():
    return CampaignPage.objects.get(locale__language_code="pt-br", slug="migrar-com-seguranca")


def titles(response):
    return [campaign.title for campaign in response.context["campaigns"]]


# --- Index and filters ----------------------------------------------------------------
def test_index_replaced_the_section_keeping_slug_title_and_menu(index, client):
    assert index.slug == "campanhas"
    assert index.title == "Campanhas"
    assert index.show_in_menus
    assert index.get_translations().count() == 4
    response = client.get("/pt-br/")
    assert 'href="/pt-br/campanhas/"' in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Migrar com segurança", "Escola que protege", "Trabalho sem escravidão"}),
        ("audience=students", {"Escola que protege"}),
        ("audience=migrants", {"Migrar com segurança", "Trabalho sem escravidão"}),
        ("theme=migrant-smuggling", {"Migrar com segurança"}),
        ("theme=forced-labour", {"Escola que protege", "Trabalho sem escravidão"}),
        ("status=ended", {"Trabalho sem escravidão"}),
        ("status=running", {"Migrar com segurança", "Escola que protege"}),
        ("language=en", {"Migrar com segurança", "Trabalho sem escravidão"}),
        ("language=ht&audience=migrants", {"Migrar com segurança"}),
        ("audience=workers&theme=organ-removal", set()),
    ],
)
def test_filters(client, index, query, expected):
    response = client.get(f"/pt-br/campanhas/?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_status_follows_the_calendar(migrants):
    assert migrants.status_on(date(2025, 2, 1)) == "upcoming"
    assert migrants.status_on(date(2026, 1, 1)) == "running"
    assert migrants.status_on(date(2027, 7, 1)) == "ended"


def test_bad_filter_values_are_explained_not_an_error(client, index):
    response = client.get("/pt-br/campanhas/?audience=<script>&status=forever")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
    assert len(titles(response)) == 3


def test_filters_keep_their_state_in_the_address_across_pages(client, index, monkeypatch):
    monkeypatch.setattr(CampaignIndexPage, "per_page", 1)
    response = client.get("/pt-br/campanhas/?audience=migrants")
    html = response.content.decode()
    assert "?audience=migrants&amp;page=2" in html
    assert '<option value="migrants" selected>' in html
    second = client.get("/pt-br/campanhas/?audience=migrants&page=2")
    assert len(titles(second)) == 1
    assert set(titles(response) + titles(second)) == {
        "Migrar com segurança",
        "Trabalho sem escravidão",
    }


def test_the_kept_listing_follows_publishing_at_once(client, index, migrants):
    before = titles(client.get("/pt-br/campanhas/"))
    assert "Migrar com segurança" in before
    migrants.unpublish()
    assert "Migrar com segurança" not in titles(client.get("/pt-br/campanhas/"))
    fresh = CampaignPage(
        title="Campanha recém-publicada",
        slug="recem-publicada",
        start_date=date(2099, 1, 1),  # newest first
        hero_image=migrants.hero_image,
        hero_alt=migrants.hero_alt,
        audiences=migrants.audiences,
        themes=migrants.themes,
    )
    index.add_child(instance=fresh)
    fresh.save_revision().publish()
    response = client.get("/pt-br/campanhas/")
    assert titles(response)[0] == "Campanha recém-publicada"
    assert response.context["page_obj"].paginator.count == len(before)


@pytest.mark.parametrize(
    ("number", "shown"), [("abc", 1), ("0", 3), ("999", 3), ("2", 2), (None, 1)]
)
def test_page_numbers_are_checked_before_anything_is_kept(
    client, index, monkeypatch, number, shown
):
    monkeypatch.setattr(CampaignIndexPage, "per_page", 1)
    query = {"page": number} if number is not None else {}
    response = client.get("/pt-br/campanhas/", {"audience": "migrants", **query})
    assert response.status_code == 200
    # Two migrant campaigns, a page each: out-of-range numbers show the last page.
    assert response.context["page_obj"].number == min(shown, 2)


def test_index_in_spanish_lists_the_spanish_campaigns(client):
    response = client.get("/es/campanhas/?status=running")
    assert set(titles(response)) == {"Migrar con seguridad", "Escuela que protege"}


# --- Materials in the reader's language -------------------------------------------------
def test_group_by_language_puts_the_readers_language_first():
    leaflet = Material(pk=1, title="multi", languages=["pt-br", "es", "ht"])
    poster_es = Material(pk=2, title="es", languages=["es"])
    poster_pt = Material(pk=3, title="pt", languages=["pt-br"])
    card_ht = Material(pk=4, title="ht", languages=["ht"])
    groups = group_by_language([poster_pt, leaflet, poster_es, card_ht], "es")
    assert [(code, [m.title for m in items]) for code, _name, items in groups] == [
        ("es", ["multi", "es"]),
        ("pt-br", ["pt"]),
        ("ht", ["ht"]),
    ]


def test_campaign_page_shows_spanish_materials_first_and_others_one_click_away(client):
    html = client.get("/es/campanhas/migrar-com-seguranca/").content.decode()
    first_group = html.index('id="materials-es"')
    others = html.index('class="other-languages"')
    assert first_group < others
    assert html.index("Cartel Migrar con seguridad") < others
    assert html.index("Cartaz Migrar com segurança") > others
    # One click: the other languages are a <details> that opens without JavaScript.
    assert re.search(r'<details class="other-languages">\s*<summary>', html)
    assert "0\xa0bytes" not in html
    assert "0 bytes" not in html


def test_translation_keeps_its_own_material_list(migrants):
    """The Spanish page has a poster the Portuguese page lacks, and a new sync of the
    translation from the source does not take it away."""
    from wagtail_localize.models import Translation, TranslationSource

    spanish = migrants.get_translation(locale("es"))
    spanish_titles = {link.material.title for link in spanish.material_links.all()}
    source_titles = {link.material.title for link in migrants.material_links.all()}
    assert spanish_titles - source_titles == {"Cartel Migrar con seguridad"}

    source, _created = TranslationSource.update_or_create_from_instance(migrants)
    Translation.objects.get(source=source, target_locale=locale("es")).save_target(publish=True)
    spanish.refresh_from_db()
    assert "Cartel Migrar con seguridad" in {
        link.material.title for link in spanish.material_links.all()
    }
    assert "material_links" not in {field.field_name for field in CampaignPage.translatable_fields}


# --- Download all ---------------------------------------------------------------------
def zip_names(response):
    data = b"".join(response.streaming_content)
    return sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())


def test_zip_holds_the_materials_of_one_language_and_is_built_once(client, migrants):
    url = f"/pt-br/campaigns/{migrants.pk}/download/ht.zip"
    response = client.get(url)
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Disposition"].startswith("attachment")
    names = zip_names(response)
    assert len(names) == 2
    assert any(name.startswith("social-card-") for name in names)
    assert any(name.startswith("leaflet-") and name.endswith(".pdf") for name in names)

    bundle = MaterialBundle.objects.get(page=migrants, language="ht")
    built_at, file_name = bundle.created_at, bundle.file.name
    assert bundle.size == int(response["Content-Length"])
    client.get(url)
    bundle.refresh_from_db()
    assert (bundle.created_at, bundle.file.name) == (built_at, file_name)

    # A new material changes the fingerprint: the next download builds a new zip and
    # the outdated one is deleted from storage.
    from django.core.files.storage import default_storage

    migrants.material_links.add(
        CampaignMaterial(material=factories.material("Novo folheto", languages=["ht"]))
    )
    migrants.save_revision().publish()
    assert len(zip_names(client.get(url))) == 3
    bundle.refresh_from_db()
    assert bundle.file.name != file_name
    assert not default_storage.exists(file_name)


def test_zip_size_is_shown_before_download(client, migrants):
    bundle = bundles.get_or_build(migrants, "pt-br")
    html = client.get(migrants.url).content.decode()
    from django.template.defaultfilters import filesizeformat

    assert f'href="/pt-br/campaigns/{migrants.pk}/download/pt-br.zip"' in html
    sizes = re.findall(r'<span class="bundle__size">([^<]+)</span>', html)
    assert sizes[0].replace("&nbsp;", " ").replace("\xa0", " ") == str(
        filesizeformat(bundle.size)
    ).replace("\xa0", " ")


def test_zip_of_a_language_without_materials_is_not_found(client, migrants):
    schools = CampaignPage.objects.get(locale__language_code="pt-br", slug="escola-que-protege")
    assert client.get(f"/pt-br/campaigns/{schools.pk}/download/fr.zip").status_code == 404
    assert client.get(f"/pt-br/campaigns/{migrants.pk}/download/xx.zip").status_code == 404


# --- Single downloads, counts, QR codes -----------------------------------------------
def test_download_counts_without_anything_about_the_person(client, migrants):
    material = migrants.material_links.first().material
    url = f"/pt-br/campaigns/{migrants.pk}/materials/{material.pk}/download/"
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    b"".join(response.streaming_content)
    client.get(url)
    client.head(url)  # a HEAD is not a download
    material.refresh_from_db()
    assert material.download_count == 2
    yearly = MaterialDownloadCount.objects.get(material=material)
    assert yearly.count == 2
    assert {field.name for field in MaterialDownloadCount._meta.fields} == {
        "id",
        "material",
        "year",
        "count",
    }
    assert not response.cookies


def test_material_not_on_the_page_is_not_served(client, migrants):
    other = factories.material("Solto")
    url = f"/pt-br/campaigns/{migrants.pk}/materials/{other.pk}/download/"
    assert client.get(url).status_code == 404


def test_unpublished_campaign_serves_nothing(client, migrants):
    migrants.unpublish()
    assert client.get(f"/pt-br/campaigns/{migrants.pk}/qr.svg").status_code == 404
    assert client.get(f"/pt-br/campaigns/{migrants.pk}/download/pt-br.zip").status_code == 404


def test_qr_codes_are_svg_from_our_own_address_and_cached(client, migrants, monkeypatch):
    response = client.get(f"/pt-br/campaigns/{migrants.pk}/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content
    assert "max-age" in response["Cache-Control"]

    import campaigns.qr

    def fail(*args, **kwargs):
        raise AssertionError("drawn again instead of taken from the cache")

    monkeypatch.setattr(campaigns.qr.segno, "make", fail)
    assert client.get(f"/pt-br/campaigns/{migrants.pk}/qr.svg").content == response.content

    material = migrants.material_links.first().material
    monkeypatch.undo()
    material_qr = client.get(f"/pt-br/campaigns/{migrants.pk}/materials/{material.pk}/qr.svg")
    assert material_qr.status_code == 200
    assert material_qr.content != response.content
    html = client.get(migrants.url).content.decode()
    assert f"/pt-br/campaigns/{migrants.pk}/materials/{material.pk}/qr.svg" in html


def test_qr_code_encodes_the_page_address():
    from campaigns.qr import qr_svg

    assert "http://testserver/pt-br/campanhas/" in qr_svg("http://testserver/pt-br/campanhas/")


# --- Upload refusals ------------------------------------------------------------------
def test_wagtail_refuses_svg_images_and_html_documents():
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.forms import get_document_form
    from wagtail.images.forms import get_image_form

    ImageForm = get_image_form(__import__("wagtail.images", fromlist=["x"]).get_image_model())
    svg = SimpleUploadedFile("x.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml")
    form = ImageForm(data={"title": "svg", "description": "x"}, files={"file": svg})
    assert not form.is_valid()
    assert "file" in form.errors

    from wagtail.documents import get_document_model

    DocumentForm = get_document_form(get_document_model())
    html = SimpleUploadedFile("x.html", b"<html><script>alert(1)</script></html>", "text/html")
    form = DocumentForm(data={"title": "html"}, files={"file": html})
    assert not form.is_valid()
    assert "file" in form.errors


def test_material_refuses_a_fake_pdf(english):
    document = factories.pdf_document("falso", data=b"<html>not a pdf</html>")
    with pytest.raises(ValidationError) as error:
        factories.material("Falso", document=document)
    assert "not a real PDF" in str(error.value)


def test_material_refuses_a_file_over_the_size_limit(monkeypatch):
    import campaigns.models

    monkeypatch.setattr(campaigns.models, "MATERIAL_MAX_BYTES", 10)
    with pytest.raises(ValidationError) as error:
        factories.material("Grande")
    assert "limit" in str(error.value)


def test_material_image_needs_alt_text():
    picture = factories.image("Sem descrição", description="")
    with pytest.raises(ValidationError) as error:
        factories.material("Cartaz", kind="poster", image=picture)
    assert "alt_text" in error.value.message_dict
    factories.material("Cartaz", kind="poster", image=picture, alt_text="Cartaz vermelho")


def test_material_needs_exactly_one_file():
    picture = factories.image()
    with pytest.raises(ValidationError):
        factories.material("Dois", document=factories.pdf_document(), image=picture)


def test_material_languages_must_be_known():
    with pytest.raises(ValidationError):
        factories.material("Klingon", languages=["tlh"])


def test_video_needs_webvtt_captions():
    from django.core.files.uploadedfile import SimpleUploadedFile

    mp4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 16
    video = MediaFile(title="Vídeo", file=SimpleUploadedFile("v.mp4", mp4))
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "captions" in error.value.message_dict
    video.captions = SimpleUploadedFile("c.vtt", b"<html>no</html>")
    video.captions_language = "pt-br"
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "WebVTT" in str(error.value)
    fake = MediaFile(title="Falso", file=SimpleUploadedFile("f.mp4", b"<html></html>"))
    with pytest.raises(ValidationError):
        fake.full_clean()
    html = MediaFile(title="HTML", file=SimpleUploadedFile("f.html", b"<html></html>"))
    with pytest.raises(ValidationError):
        html.full_clean()


def test_hero_alt_text_is_required():
    field = CampaignPage._meta.get_field("hero_alt")
    assert not field.blank


# --- Blocks ---------------------------------------------------------------------------
def test_embed_addresses_are_parsed_and_others_refused():
    from campaigns.blocks import VideoBlock, parse_embed_url

    assert parse_embed_url("https://www.youtube.com/watch?v=dQw4w9WgXcQ")[2] == (
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    assert parse_embed_url("https://youtu.be/dQw4w9WgXcQ")[0] == "youtube"
    assert parse_embed_url("https://vimeo.com/76979871")[2].startswith("https://player.vimeo.com/")
    assert parse_embed_url("https://evil.example/watch?v=dQw4w9WgXcQ") is None
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python(
                {"title": "x", "embed_url": "https://evil.example/v", "transcript": "<p>t</p>"}
            )
        )


def test_embed_loads_nothing_from_the_provider_before_play(client, migrants):
    import json

    body = list(migrants.body.raw_data)
    body.append(
        {
            "type": "video",
            "value": {
                "title": "Vídeo da campanha",
                "media": None,
                "embed_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "poster": None,
                "transcript": "<p>Transcrição completa.</p>",
            },
        }
    )
    migrants.body = json.dumps(body)
    migrants.save_revision().publish()
    response = client.get(migrants.url)
    html = response.content.decode()
    assert "<iframe" not in html
    assert not re.search(r'\s(src|srcset)="https?://(www\.)?(youtube|youtube-nocookie|vimeo)', html)
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "Transcrição completa." in html
    assert "frame-src https://www.youtube-nocookie.com" in response["Content-Security-Policy"]
    other = client.get("/pt-br/campanhas/escola-que-protege/")
    assert "youtube" not in other["Content-Security-Policy"]


def test_scenario_block_reveals_signs_without_javascript(client):
    html = client.get("/pt-br/campanhas/migrar-com-seguranca/").content.decode()
    assert 'class="scenario__reveal"' in html
    assert "Pedido para entregar o passaporte." in html


def test_plan_activity_codes_are_validated_and_shown(client, migrants):
    from campaigns.blocks import PlanActivityBlock

    block = PlanActivityBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"plan": "I PAECM", "code": "1.3.x"}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"plan": "V PLANO", "code": "1.3.4"}))
    assert block.clean(block.to_python({"plan": "I PAECM", "code": "1.3.4"}))["code"] == "1.3.4"
    html = client.get(migrants.url).content.decode()
    assert "I PAECM 1.3.4" in html
    assert "PA NETP/PAAHM 5" in client.get("/pt-br/campanhas/escola-que-protege/").content.decode()


# --- Sharing --------------------------------------------------------------------------
def test_share_links_and_open_graph_tags(client, migrants):
    response = client.get("/es/campanhas/migrar-com-seguranca/")
    html = response.content.decode()
    assert '<meta property="og:title" content="Migrar con seguridad">' in html
    assert '<meta property="og:locale" content="es">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.startswith("http://testserver/media/images/")
    assert "fill-1200x630" in image
    assert '<meta property="og:image:alt" content="Una mochila' in html
    for address in (
        "https://wa.me/?text=",
        "https://www.facebook.com/sharer/sharer.php?u="
        + quote(migrants.get_translation(locale("es")).get_full_url(), safe=""),
        "https://x.com/intent/post?",
        "https://www.linkedin.com/sharing/share-offsite/?url=",
    ):
        assert address in html
    assert "data-copy-link=" in html
    # Nothing from a third party is loaded by the page itself.
    for tag in re.findall(r"<(?:script|img|link|iframe)[^>]+>", html):
        assert not re.search(r'\s(src|href)="https?://(?!testserver|localhost)', tag), tag


# --- Feed -----------------------------------------------------------------------------
def test_atom_feed_per_language(client):
    spanish = client.get("/es/campaigns/feed/")
    assert spanish.status_code == 200
    assert spanish["Content-Type"].startswith("application/atom+xml")
    body = spanish.content.decode()
    assert "<title>Migrar con seguridad</title>" in body
    assert "Migrar com segurança</title>" not in body
    assert "http://testserver/es/campanhas/migrar-com-seguranca/" in body
    portuguese = client.get("/pt-br/campaigns/feed/").content.decode()
    assert "<title>Migrar com segurança</title>" in portuguese
    assert 'type="application/atom+xml"' in client.get("/es/campanhas/").content.decode()


# --- Renditions -----------------------------------------------------------------------
def test_publishing_makes_the_renditions_and_a_get_makes_none(client, migrants):
    from wagtail.images import get_image_model

    Rendition = get_image_model().get_rendition_model()
    Rendition.objects.filter(image=migrants.hero_image).delete()
    before = Rendition.objects.count()
    client.get(migrants.url)
    assert Rendition.objects.count() == before
    migrants.save_revision().publish()
    specs = set(
        Rendition.objects.filter(image=migrants.hero_image).values_list("filter_spec", flat=True)
    )
    assert {"fill-640x360|format-webp", "width-1200|format-webp"} <= specs
    html = client.get(migrants.url).content.decode()
    assert "width-1200.format-webp" in html


def test_demo_load_is_idempotent():
    from campaigns import demo

    counts = (
        CampaignPage.objects.count(),
        Material.objects.count(),
        CampaignMaterial.objects.count(),
    )
    summary = demo.load()
    assert "0 campaign(s) created, 0 translation(s) created" in summary
    assert counts == (
        CampaignPage.objects.count(),
        Material.objects.count(),
        CampaignMaterial.objects.count(),
    )
    assert CampaignPage.objects.filter(locale__language_code="ht").count() == 3


@pytest.fixture
def english():
    """The assertions read English msgids; the catalogues translate them."""
    from django.utils import translation

    with translation.override("en"):
        yield
