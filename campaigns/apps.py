from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from campaigns import signals
        from website.search import register_search_type

        signals.connect()
        register_search_type("campaigns", _("Campaigns"), ["campaigns.CampaignPage"])
