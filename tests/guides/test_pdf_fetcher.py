"""The images of a guide PDF are really in it, read from the storages (the local disk
or S3, never over HTTP), and no outside address in the content is ever fetched
(website/pdf_fetcher.py)."""

import urllib.request

import pytest

from guides.models import GuidePdf
from guides.pdf import render_guide_pdf
from tests.campaigns.factories import image
from tests.guides.factories import block, make_chapter, make_guide, paragraph
from tests.pdfs import embedded_images, inflated
from tests.test_services_s3 import PUBLIC_BUCKET, keys, s3, s3_server  # noqa: F401 - fixtures
from website.pdf_fetcher import PortalFileFetcher, RefusedURL

pytestmark = pytest.mark.django_db

OUTSIDE = "https://example.org/tracker.png"


def figure(picture):
    return block(
        "figure",
        {
            "image": {"image": picture.pk, "alt_text": "Cartaz", "decorative": False},
            "caption": "Cartaz da campanha",
        },
    )


def outside_content():
    """What an editor (or text pasted from a reader) could put in a guide's body."""
    return paragraph(
        f'Veja <img src="{OUTSIDE}" alt="">'
        ' <span style="background: url(http://169.254.169.254/latest/meta-data/)">x</span>'
        ' <img src="file:///etc/passwd" alt=""> <img src="/media/documents/folheto.pdf" alt="">'
    )


@pytest.fixture
def no_network(monkeypatch):
    """Fails the test if anything opens a URL or a connection while it runs."""
    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        pytest.fail(f"PDF generation tried the network: {args!r}")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    for handler, method in (
        (urllib.request.HTTPHandler, "http_open"),
        (urllib.request.HTTPSHandler, "https_open"),
        (urllib.request.FTPHandler, "ftp_open"),
        (urllib.request.FileHandler, "file_open"),
    ):
        monkeypatch.setattr(handler, method, refuse)
    return calls


def test_guide_pdf_holds_the_figure_image(home, no_terms, no_network):
    guide = make_guide(home)
    picture = image(title="figura-pdf", size=(300, 200))
    make_chapter(guide, "um", body=[figure(picture), paragraph('<a href="/pt-br/">Início</a>')])
    with_image = render_guide_pdf(guide)
    assert (300, 200) in embedded_images(with_image)
    # Links lead to the portal, not to file:// paths.
    assert b"http://testserver/pt-br/" in inflated(with_image)

    other = make_guide(home, slug="sem-figura", title="Guia de teste")
    make_chapter(other, "um", body=[paragraph('<a href="/pt-br/">Início</a>')])
    assert embedded_images(render_guide_pdf(other)) == []
    assert no_network == []


def test_outside_addresses_in_a_guide_are_never_fetched(home, no_terms, no_network, caplog):
    guide = make_guide(home)
    make_chapter(guide, "um", body=[outside_content()])
    pdf = render_guide_pdf(guide)
    assert pdf.startswith(b"%PDF-")
    assert embedded_images(pdf) == []
    assert no_network == []
    refused = " ".join(record.getMessage() for record in caplog.records)
    assert OUTSIDE in refused
    assert "/etc/passwd" in refused


@pytest.mark.parametrize(
    "url",
    [
        OUTSIDE,
        "http://169.254.169.254/latest/meta-data/",
        "https://testserver.example.org/media/images/a.png",
        "ftp://example.org/a.png",
        "file:///etc/passwd",
        "file:///work/main/static/css/portal.css",
        "http://testserver/pt-br/",
        "http://testserver/media/documents/folheto.pdf",
        "http://testserver/media/private/certificates/1.pdf",
        "http://testserver/media/images/../../settings.py",
        "http://testserver/media/images/%2e%2e/%2e%2e/settings.py",
        "http://testserver/static/../website/settings/base.py",
        "http://testserver/static//etc/passwd",
    ],
)
def test_fetcher_refuses_every_other_address(url, no_network):
    with pytest.raises(RefusedURL):
        PortalFileFetcher().fetch(url)
    assert no_network == []


def test_fetcher_reads_static_files_and_images_from_the_storages(no_network):
    picture = image(title="fetcher-local", size=(30, 20))
    rendition = picture.get_rendition("width-800|format-webp")
    fetcher = PortalFileFetcher()
    for url in (rendition.url, f"http://testserver{rendition.url}", f"file://{rendition.url}"):
        response = fetcher.fetch(url)
        assert response.read()[:4] == b"RIFF"
        assert response.content_type == "image/webp"
        assert not response.url.startswith("file:")  # WeasyPrint would read that path itself
    css = fetcher.fetch(fetcher.static_url("css/guides.css"))
    assert css.content_type == "text/css"
    assert css.read()
    assert fetcher.fetch("data:text/plain,ola").read() == b"ola"
    assert no_network == []


def test_guide_pdf_with_media_on_s3(
    s3,  # noqa: F811 - the fixture
    home,
    no_terms,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    picture = image(title="figura-s3", size=(240, 160))
    assert picture.file.name in keys(s3, PUBLIC_BUCKET)
    rendition = picture.get_rendition("width-800|format-webp")
    assert rendition.url.startswith(f"{s3.meta.endpoint_url}/{PUBLIC_BUCKET}/")
    fetcher = PortalFileFetcher()
    assert fetcher.locate(rendition.url) == ("media", rendition.file.name)

    # The images come through boto3 (storage.open()), never by WeasyPrint over HTTP, and
    # an outside address is not fetched either.
    def refuse(*args, **kwargs):
        pytest.fail(f"PDF generation fetched a URL itself: {args!r}")

    monkeypatch.setattr(urllib.request.HTTPHandler, "http_open", refuse)
    monkeypatch.setattr(urllib.request.HTTPSHandler, "https_open", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        guide = make_guide(home)
        make_chapter(guide, "um", body=[figure(picture), outside_content()])

    record = GuidePdf.objects.get(page=guide)
    assert record.file.name in keys(s3, PUBLIC_BUCKET)
    with record.file.open("rb") as handle:
        pdf = handle.read()
    assert pdf.startswith(b"%PDF-")
    assert embedded_images(pdf) == [(240, 160)]
