"""The URL fetcher of the PDFs the portal makes with WeasyPrint.

A PDF may show the portal's own static files and media images, and nothing else: they
are read from Django's storages (``default_storage.open()``, the static files finders or
``staticfiles_storage``), so it works the same on the local disk and on S3, and never
over HTTP. Every other address (an outside image an editor or a reader wrote into the
content, a ``file://`` path on the server, a private file) is refused, so making a PDF
sends no request anywhere. ``data:`` URIs are decoded in place.

WeasyPrint (v66 and later) takes a :class:`weasyprint.urls.URLFetcher` instance, whose
``fetch()`` returns a :class:`weasyprint.urls.URLFetcherResponse`; the old
``default_url_fetcher`` function and fetchers returning dicts are gone.
"""

import logging
import mimetypes
import posixpath
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from weasyprint.urls import URLFetcher, URLFetcherResponse, url_is_absolute

logger = logging.getLogger(__name__)

# Media a PDF may show: Wagtail's original images and their renditions. Never documents,
# campaign files or anything under the private storage (which, on S3, may share the
# public bucket under a "private/" prefix).
IMAGE_FOLDERS = ("original_images/", "images/")


class RefusedURL(ValueError):
    """The address is not one of the portal's own files: it is not fetched."""


def _storage_prefix(storage, base_url):
    """The absolute address under which ``storage`` serves its files (on S3, the
    bucket's or the custom domain's), or None."""
    probe = "weasyprint-probe"
    try:
        address = storage.url(probe)
    except Exception:  # a storage without public addresses
        return None
    address = address.split("?", 1)[0].split("#", 1)[0]
    if not address.endswith(probe):
        return None
    return urljoin(base_url, address[: -len(probe)])


def _clean_name(name):
    """``name`` if it is a plain relative file name (no traversal, no tricks), else None."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return None
    if posixpath.normpath(name) != name or name.split("/", 1)[0] == "..":
        return None
    return name


class PortalFileFetcher(URLFetcher):
    """Serves the portal's static files and media images from the storages, refuses
    every other URL.

    ``base_url`` is the portal's public address (``WAGTAILADMIN_BASE_URL`` by default):
    give it to WeasyPrint as the document's base URL too, so relative addresses
    (``/media/…``, ``/static/…``, links to pages) resolve under it; links stay links
    to the portal in the PDF, and files under it are read from the storages.
    """

    def __init__(self, base_url=None, media_folders=IMAGE_FOLDERS, **kwargs):
        # Only data: is ever left to urllib: no HTTP, FTP or file handler is reachable.
        kwargs.update(allowed_protocols={"data"}, allow_redirects=False)
        kwargs.setdefault("timeout", 1)
        super().__init__(**kwargs)
        self.base_url = (base_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/") + "/"
        self.media_folders = tuple(media_folders)
        self.static_prefix = urljoin(self.base_url, settings.STATIC_URL)
        self.media_prefix = urljoin(self.base_url, settings.MEDIA_URL)
        static_prefixes = {self.static_prefix, urljoin("file:///", settings.STATIC_URL)}
        media_prefixes = {self.media_prefix, urljoin("file:///", settings.MEDIA_URL)}
        static_prefixes.add(_storage_prefix(staticfiles_storage, self.base_url))
        media_prefixes.add(_storage_prefix(default_storage, self.base_url))
        # Longest first: the most specific prefix wins (a bucket path under a domain).
        self._prefixes = sorted(
            [(prefix, "static") for prefix in static_prefixes if prefix]
            + [(prefix, "media") for prefix in media_prefixes if prefix],
            key=lambda pair: len(pair[0]),
            reverse=True,
        )

    def static_url(self, name):
        """The address of a static file, as this fetcher reads it."""
        return self.static_prefix + name

    def locate(self, url):
        """``("static" | "media", name)`` for one of the portal's own files, else None."""
        if not url_is_absolute(url):
            url = urljoin(self.base_url, url)
        parts = urlsplit(url)
        bare = parts._replace(query="", fragment="").geturl()
        for prefix, kind in self._prefixes:
            if bare.startswith(prefix):
                name = _clean_name(unquote(bare[len(prefix) :]))
                if name is None:
                    return None
                if kind == "media" and not name.startswith(self.media_folders):
                    return None
                return kind, name
        return None

    def fetch(self, url, headers=None):
        if url[:5].lower() == "data:":
            return super().fetch(url, headers)
        located = self.locate(url)
        if located is None:
            logger.info("PDF: refused to fetch %s", url[:200])
            raise RefusedURL(f"Only the portal's own files are used in PDFs, not {url[:200]}")
        kind, name = located
        body = self._read_static(name) if kind == "static" else self._read_media(name)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        # The response's address is never a file:// one, which WeasyPrint would read
        # from the server's disk itself.
        address = (self.static_prefix if kind == "static" else self.media_prefix) + name
        return URLFetcherResponse(address, body, {"Content-Type": content_type})

    def _read_static(self, name):
        found = finders.find(name)
        if found:
            with open(found, "rb") as handle:
                return handle.read()
        # Collected files only (the manifest's hashed names, in production).
        with staticfiles_storage.open(name, "rb") as handle:
            return handle.read()

    def _read_media(self, name):
        with default_storage.open(name, "rb") as handle:
            return handle.read()
