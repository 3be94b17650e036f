from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

# The annual report registers its admin URLs and its Reports menu item itself.
from training import admin_reports  # noqa: F401
from training.live_admin import CERTIFICATE_ACTION_URLS, CertificateInspectView, LiveTrainingViewSet
from training.models import Certificate, Profile, Trainer


class TrainerViewSet(SnippetViewSet):
    model = Trainer
    icon = "user"
    menu_label = _("Trainers")
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


register_snippet(TrainerViewSet)


class ProfileViewSet(ModelViewSet):
    """Trainees, for Training managers only (the model permissions decide: no other
    group holds them). The CPF never appears whole, not even here."""

    model = Profile
    icon = "group"
    menu_label = _("Trainees")
    add_to_admin_menu = True
    menu_order = 600
    list_display = ["full_name", "uf", "organisation_type", "masked_cpf"]
    list_filter = ["uf", "organisation_type"]
    search_fields = ["full_name"]
    form_fields = ["full_name", "uf", "organisation_type"]
    inspect_view_enabled = True
    inspect_view_fields = ["full_name", "uf", "organisation_type", "masked_cpf", "created_at"]


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 601
    list_display = ["code", "holder_name", "course_title", "issued_at", "status"]
    list_filter = ["status"]
    search_fields = ["code", "holder_name", "course_title"]
    form_fields = ["status_reason"]
    inspect_view_enabled = True
    # Correct name / Revoke buttons and the certificate's event log.
    inspect_view_class = CertificateInspectView
    inspect_view_fields = [
        "code",
        "version",
        "holder_name",
        "course_title",
        "hours",
        "started_on",
        "completed_on",
        "issued_at",
        "status",
        "status_reason",
        "sha256",
    ]

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), *CERTIFICATE_ACTION_URLS]


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return [
        ProfileViewSet("trainees"),
        CertificateViewSet("certificates"),
        LiveTrainingViewSet("live_trainings", url_prefix="live-trainings"),
    ]
