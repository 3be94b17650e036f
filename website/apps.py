from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Portal")

    def ready(self):
        from website import (
            mail,
            page_cache,
            permissions,
            routing,
            search_configs,
        )

        page_cache.connect_signals()
        permissions.connect_signals()
        mail.connect_signals()
        search_configs.connect_signals()
        routing.install()
