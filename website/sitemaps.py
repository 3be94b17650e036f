"""One sitemap per language, listed by a sitemap index at /sitemap.xml.

Each URL carries ``xhtml:link`` alternates to its translations so search engines show a
reader the page in their own language.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LanguageSitemap(Sitemap):
    language_code = None

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1, locale__language_code=self.language_code)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def location(self, obj):
        return self.request.build_absolute_uri(obj.get_url(self.request))

    def _alternates(self):
        by_key = defaultdict(list)
        pages = (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .select_related("locale")
            .only("id", "url_path", "path", "depth", "translation_key", "locale__language_code")
        )
        for page in pages:
            by_key[page.translation_key].append(
                {
                    "lang_code": page.locale.language_code,
                    "location": self.location(page),
                }
            )
        return by_key

    def _urls(self, page, protocol, domain):
        alternates = self._alternates()
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            url_info = {
                "item": item,
                "location": self.location(item),
                "lastmod": self.lastmod(item),
                "alternates": alternates.get(item.translation_key, []),
            }
            urls.append(url_info)
            last_mods.add(url_info["lastmod"])
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def language_sitemaps():
    return {
        code: type(f"Sitemap_{code.replace('-', '_')}", (LanguageSitemap,), {"language_code": code})
        for code, _name in settings.LANGUAGES
    }
