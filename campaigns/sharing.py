"""Share links that are plain addresses: no third-party script, button or pixel is
loaded; the reader's browser only goes to the network they chose, when they choose it."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _


def share_links(url, title):
    return [
        {
            "network": "whatsapp",
            "label": _("WhatsApp"),
            "url": "https://wa.me/?" + urlencode({"text": f"{title} {url}"}),
        },
        {
            "network": "facebook",
            "label": _("Facebook"),
            "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        },
        {
            "network": "x",
            "label": _("X"),
            "url": "https://x.com/intent/post?" + urlencode({"text": title, "url": url}),
        },
        {
            "network": "linkedin",
            "label": _("LinkedIn"),
            "url": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        },
    ]
