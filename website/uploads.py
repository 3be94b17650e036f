"""What editors may upload to the image and document libraries.

Images (``WAGTAILIMAGES_IMAGE_FORM_BASE``): Wagtail already refuses other extensions
(SVG is not among ours), a file whose content is not the image its name says, files over
``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and images over ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``. A
"decompression bomb" (a tiny PNG declaring 30 000 x 30 000 pixels) made Pillow raise
instead: here it becomes the same clear refusal, and Pillow's own ceiling is brought down
to ours so no rendition can be asked to decode more.

Documents (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): the content must be what the extension
says (first bytes), never a web page or an SVG whatever its name, and within the size
limit. Every document is served as a download (``WAGTAILDOCS_INLINE_CONTENT_TYPES = []``),
with Wagtail's ``Content-Security-Policy: default-src 'none'`` and ``nosniff``.
"""

import warnings
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

# First bytes of each document type we accept. Text types have none: they are checked
# for being text and not markup.
DOCUMENT_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "zip": (b"PK\x03\x04", b"PK\x05\x06"),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "ods": (b"PK\x03\x04",),
    "odp": (b"PK\x03\x04",),
    "webm": (b"\x1a\x45\xdf\xa3",),
    "vtt": (b"WEBVTT",),
}
TEXT_EXTENSIONS = {"txt", "csv", "vtt"}
# Markup a browser would run or render, looked for at the start of any upload.
MARKUP_MARKERS = (b"<!doctype html", b"<html", b"<svg", b"<script", b"<?xml", b"<body", b"<head")
SNIFF_BYTES = 1024


def _extension(name):
    return PurePosixPath(name or "").suffix.lower().lstrip(".")


def _head(file):
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    file.seek(0)
    return head


def looks_like_markup(head):
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\xfe\xff \t\r\n").lower().replace(b"\x00", b"")
    return text.startswith(b"<") and any(marker in text for marker in MARKUP_MARKERS)


def check_document_content(file, name):
    extension = _extension(name)
    head = _head(file)
    if looks_like_markup(head):
        raise ValidationError(
            _("Web pages (HTML) and SVG drawings cannot be uploaded, whatever their name."),
            code="markup",
        )
    signatures = DOCUMENT_SIGNATURES.get(extension)
    if extension == "mp4":
        matches = head[4:8] == b"ftyp"
    elif signatures:
        matches = head.lstrip(b"\xef\xbb\xbf").startswith(signatures)
    elif extension in TEXT_EXTENSIONS:
        matches = b"\x00" not in head
    else:
        matches = False
    if not matches:
        raise ValidationError(
            _("This file is not a real %(type)s file: its content does not match its name.")
            % {"type": extension.upper() or "?"},
            code="mismatch",
        )


def document_size_limit(name):
    if _extension(name) in {"mp4", "webm"}:
        return settings.PORTAL_VIDEO_MAX_UPLOAD_SIZE
    return settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        limit = document_size_limit(file.name)
        if file.size > limit:
            raise ValidationError(
                _("This file is %(size)s; the limit is %(limit)s.")
                % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
                code="file_too_large",
            )
        check_document_content(file, file.name)
        return file


BOMB_ERRORS = (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning)


class SafeImageField(WagtailImageField):
    def bomb_error(self):
        return ValidationError(
            _(
                "This image declares far too many pixels to be opened safely (the limit is "
                "%(limit)s million). Export it again at a normal size."
            )
            % {"limit": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000},
            code="file_too_many_pixels",
        )

    def to_python(self, data):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                return super().to_python(data)
        except ValidationError as error:
            # Wagtail turns any failure to open the file into "not an image".
            if isinstance(error.__cause__, BOMB_ERRORS):
                raise self.bomb_error() from error
            raise
        except BOMB_ERRORS as error:
            raise self.bomb_error() from error


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, SafeImageField):
            safe = SafeImageField(label=field.label, required=field.required, widget=field.widget)
            safe.help_text = field.help_text
            self.fields["file"] = safe
