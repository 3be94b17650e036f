"""QR codes for print: an SVG drawn on the server with segno, kept in the cache."""

import io

import segno
from django.core.cache import cache

CACHE_SECONDS = 60 * 60 * 24


def qr_svg(url):
    key = "campaigns:qr:" + url
    svg = cache.get(key)
    if svg is None:
        buffer = io.BytesIO()
        # Error correction "M" survives a crease or a stain on a printed poster.
        segno.make(url, error="m", micro=False).save(
            buffer, kind="svg", scale=8, border=4, xmldecl=True, svgns=True, title=url
        )
        svg = buffer.getvalue().decode()
        cache.set(key, svg, CACHE_SECONDS)
    return svg
