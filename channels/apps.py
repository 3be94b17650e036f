from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "channels"
    label = "channels"
    verbose_name = _("Reporting and assistance channels")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from channels import elastic
        from website.search import register_search_type

        elastic.connect_signals()
        register_search_type("channels", _("Where to get help"), ["channels.ChannelDirectoryPage"])
