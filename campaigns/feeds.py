from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from campaigns.models import CampaignIndexPage, CampaignPage
from website.restrictions import restricted_paths


class CampaignFeed(Feed):
    """The latest campaigns in the reader's language (the URL's prefix)."""

    feed_type = Atom1Feed
    limit = 20

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.objects.get(language_code=translation.get_language())

    def title(self, locale):
        return _("Prevention campaigns") + " · CGETP"

    def subtitle(self, locale):
        return _("New campaigns against trafficking in persons and migrant smuggling.")

    def link(self, locale):
        index = CampaignIndexPage.objects.live().filter(locale=locale).first()
        return index.get_url(self.request) if index else "/"

    def items(self, locale):
        campaigns = CampaignPage.objects.live().filter(locale=locale)
        for path in restricted_paths():
            campaigns = campaigns.exclude(path__startswith=path)
        return campaigns.order_by("-first_published_at")[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
