"""What the image and document libraries accept: real images and documents within the
limits; never SVG or HTML (whatever the name), never a decompression bomb; and every
document is served as a download."""

import io
import struct
import zlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def png_declaring(width, height):
    """A PNG of a few hundred bytes whose header claims width x height pixels."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (width + 1) * 4)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def real_png(width=40, height=30):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#336699").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content)}
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/", {"title": name, "file": SimpleUploadedFile(name, content)}
    )


def errors_of(response):
    form = response.context["form"]
    return " ".join(str(message) for messages in form.errors.values() for message in messages)


def test_a_real_image_is_accepted(admin_client):
    response = upload_image(admin_client, "poster.png", real_png())
    assert response.status_code == 302
    assert Image.objects.filter(title="poster.png").exists()


def test_the_decompression_bomb_is_refused_with_a_clear_message(admin_client):
    bomb = png_declaring(30000, 30000)
    assert len(bomb) < 200_000
    response = upload_image(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    # The admin speaks the editor's language: pt-BR here.
    assert "pixels demais para ser aberta com segurança" in errors_of(response)
    assert not Image.objects.filter(title="bomb.png").exists()


def test_too_many_pixels_below_the_bomb_threshold(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    response = upload_image(admin_client, "wide.png", real_png(100, 20))
    assert response.status_code == 200
    assert "pixels" in errors_of(response)


def test_image_size_limit(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = upload_image(admin_client, "poster.png", real_png())
    assert response.status_code == 200
    assert errors_of(response)
    assert not Image.objects.filter(title="poster.png").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("drawing.svg", SVG), ("drawing.png", SVG), ("page.png", HTML), ("page.jpg", HTML)],
)
def test_svg_and_html_are_never_images(admin_client, name, content):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 200
    assert errors_of(response)
    assert not Image.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", HTML),
        ("notes.txt", HTML),
        ("table.csv", b"\n\n  " + SVG),
        ("drawing.svg", SVG),
        ("page.html", HTML),
    ],
)
def test_svg_and_html_are_never_documents(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200
    assert errors_of(response)
    assert not Document.objects.filter(title=name).exists()


def test_a_document_must_be_what_its_name_says(admin_client):
    response = upload_document(admin_client, "report.pdf", b"PK\x03\x04 a zip, not a pdf")
    assert "não é um PDF de verdade" in errors_of(response)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"),
        ("notes.txt", "Linha 1: tráfico de pessoas\n".encode()),
        ("captions.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nOla\n"),
        ("slides.odp", b"PK\x03\x04rest"),
    ],
)
def test_real_documents_are_accepted(admin_client, name, content):
    assert upload_document(admin_client, name, content).status_code == 302
    assert Document.objects.filter(title=name).exists()


def test_document_size_limit(admin_client, settings):
    settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE = 10
    response = upload_document(admin_client, "report.pdf", b"%PDF-1.7\n" + b"0" * 100)
    assert "o limite é" in errors_of(response)


def test_documents_are_served_as_downloads(client):
    document = Document.objects.create(
        title="Relatório", file=ContentFile(b"%PDF-1.7\n", name="relatorio.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
