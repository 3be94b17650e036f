"""The parts of every public page that do not depend on the page itself: main menu,
emergency numbers, footer links and social accounts.

They are computed once per language and kept under the page cache's generation, which
publishing, moving or deleting a page or saving the site settings bumps, so a page
render spends no queries on them. The cache holds plain dicts and strings, never model
instances.
"""

from django.utils import translation
from wagtail.models import Locale

from website import page_cache


def _link_url(target):
    page = target.get("page")
    if page:
        return page.localized.url
    return target.get("url") or ""


def _channel_directories():
    """The address of the channels directory in each language, by locale id: channel
    cards on any page link there."""
    from channels.models import ChannelDirectoryPage

    directories = {}
    for directory in ChannelDirectoryPage.objects.live().order_by("path"):
        directories.setdefault(directory.locale_id, directory.url)
    return directories


def _build(language_code):
    from website.models import SOCIAL_PLATFORM_NAMES, HomePage, SiteSettings

    try:
        locale = Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        locale = None
    home = HomePage.objects.live().filter(locale=locale).first() if locale else None
    menu = []
    if home is not None:
        menu = [
            {
                "id": page.pk,
                "title": page.title,
                "url": page.url,
                "path": page.path,
                "path_length": f":{len(page.path)}",
            }
            for page in home.get_children().live().public().in_menu()
        ]
    settings_record = SiteSettings.for_locale(locale)
    return {
        "channel_directories": _channel_directories(),
        "home_url": home.url if home else "/",
        "menu": menu,
        "emergency_numbers": [
            {
                "number": block.value["number"],
                "tel": "".join(ch for ch in block.value["number"] if ch.isdigit() or ch == "+"),
                "label": block.value["label"],
                "description": block.value["description"],
            }
            for block in settings_record.emergency_numbers
        ],
        "footer_links": [
            {"label": block.value["label"], "url": _link_url(block.value["target"])}
            for block in settings_record.footer_links
        ],
        "social_accounts": [
            {
                "platform": block.value["platform"],
                "name": SOCIAL_PLATFORM_NAMES.get(block.value["platform"], block.value["platform"]),
                "url": block.value["url"],
            }
            for block in settings_record.social_accounts
        ],
    }


def get_chrome(language_code=None):
    language_code = language_code or translation.get_language()
    return page_cache.derived("chrome", language_code, compute=lambda: _build(language_code))
