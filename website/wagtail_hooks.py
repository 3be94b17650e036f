from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from website.models import SiteSettings


class SiteSettingsViewSet(SnippetViewSet):
    model = SiteSettings
    icon = "cogs"
    menu_label = _("Site settings")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]


register_snippet(SiteSettingsViewSet)
