from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from website.search import register_search_type

        register_search_type(
            "courses", _("Courses"), ["training.CoursePage", "training.ModulePage"]
        )
