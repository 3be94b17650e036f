from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = _("National plans")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plans import signals
        from website.search import register_search_type

        signals.connect()

        register_search_type("plans", _("National plans"), ["plans.PlanPage"])
