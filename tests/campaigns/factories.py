import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from campaigns.models import Material


def png_bytes(size=(60, 80), colour=(200, 30, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def image(title="Teste", description="Um cartaz vermelho", **kwargs):
    picture = get_image_model()(title=title, description=description)
    picture.file = ImageFile(io.BytesIO(png_bytes(**kwargs)), name=f"{title}.png")
    picture.save()
    return picture


def pdf_document(title="Folheto", data=b"%PDF-1.4\n%test\n", name=None):
    document = get_document_model()(title=title)
    document.file = ContentFile(data, name=name or f"{title}.pdf")
    document.save()
    return document


def material(title="Folheto de teste", languages=("pt-br",), kind="leaflet", **kwargs):
    item = Material(title=title, kind=kind, languages=list(languages), **kwargs)
    if "document" not in kwargs and "image" not in kwargs:
        item.document = pdf_document(title)
    item.full_clean()
    item.save()
    return item
