from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Guides and glossary")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from guides import signals
        from website.search import register_search_type

        signals.connect()
        register_search_type(
            "guides",
            _("Guides and glossary"),
            ["guides.GuidePage", "guides.GuideChapterPage", "guides.GlossaryPage"],
        )
