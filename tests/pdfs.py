"""What a PDF made by the portal holds, for the tests (no PDF library needed)."""

import re
import zlib


def inflated(pdf):
    """The PDF's bytes with every compressed stream (object streams included) inflated."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n", pdf):
        try:
            parts.append(zlib.decompressobj().decompress(pdf[match.end() :]))
        except zlib.error:
            continue
    return b"\n".join(parts)


def embedded_images(pdf):
    """(width, height) of every image XObject of the PDF."""
    text = inflated(pdf)
    sizes = []
    for match in re.finditer(rb"/Subtype\s*/Image", text):
        around = text[max(0, match.start() - 400) : match.end() + 400]
        width = re.search(rb"/Width\s+(\d+)", around)
        height = re.search(rb"/Height\s+(\d+)", around)
        if width and height:
            sizes.append((int(width[1]), int(height[1])))
    return sizes
