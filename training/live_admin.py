"""Admin of live trainings (for Training managers: the model permissions decide) and the
certificate actions (correct the name, revoke), each behind a confirmation form."""

import base64
import binascii

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from training import certificates as certificate_service
from training import live_import
from training.bulk_issue import issue_certificates
from training.models import Certificate, LiveTraining
from training.models.certificates import VALID
from training.tasks import send_certificate_emails
from website.csv_import import CSVRefused, read_upload

ATTENDEES_URL = "live_trainings:attendees"
IMPORT_URL = "live_trainings:import"
ISSUE_URL = "live_trainings:issue"
ACTIONS = ("create", "update", "unchanged")


def with_counts(queryset):
    return queryset.annotate(
        attendee_count=Count("attendees", distinct=True),
        attended_count=Count("attendees", filter=Q(attendees__attended=True), distinct=True),
        certificate_count=Count(
            "attendees__certificates",
            filter=Q(attendees__certificates__status=VALID),
            distinct=True,
        ),
    )


def _require(request, *permissions):
    if not request.user.has_perms(permissions):
        raise PermissionDenied


def _training_buttons(user, training):
    """Links to the attendee pages of one training, for the ones the user may use."""
    buttons = []
    if user.has_perm("training.view_attendee"):
        buttons.append(
            (_("Attendees and attendance"), reverse(ATTENDEES_URL, args=[training.pk]), "group")
        )
    if user.has_perms(["training.add_attendee", "training.change_attendee"]):
        buttons.append(
            (_("Import attendees (CSV)"), reverse(IMPORT_URL, args=[training.pk]), "upload")
        )
    if user.has_perm("training.revoke_certificate"):
        buttons.append(
            (_("Issue certificates"), reverse(ISSUE_URL, args=[training.pk]), "doc-full")
        )
    return buttons


class LiveTrainingIndexView(generic.IndexView):
    def get_base_queryset(self):
        return with_counts(super().get_base_queryset())

    def get_list_more_buttons(self, instance):
        from wagtail.admin.ui.menus import MenuItem

        buttons = super().get_list_more_buttons(instance)
        for priority, (label, url, icon) in enumerate(
            _training_buttons(self.request.user, instance), start=1
        ):
            buttons.append(MenuItem(label, url=url, icon_name=icon, priority=priority))
        return buttons


class LiveTrainingEditView(generic.EditView):
    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(label, url=url, icon_name=icon)
            for label, url, icon in _training_buttons(self.request.user, self.object)
        ]


class TrainingPageView(WagtailAdminTemplateMixin, TemplateView):
    """A page about one live training, behind model permissions."""

    permissions = ()
    header_icon = "group"

    def dispatch(self, request, pk):
        _require(request, *self.permissions)
        self.training = get_object_or_404(with_counts(LiveTraining.objects.all()), pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.training)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("live_trainings:index"),
                "label": capfirst(LiveTraining._meta.verbose_name_plural),
            },
            {
                "url": reverse("live_trainings:edit", args=[self.training.pk]),
                "label": str(self.training),
            },
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.training)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["training"] = self.training
        context["training_buttons"] = _training_buttons(self.request.user, self.training)
        return context


class AttendeesView(TrainingPageView):
    """Every attendee with a checkbox: the ticked ones attended. CPFs are masked."""

    permissions = ("training.view_attendee",)
    page_title = gettext_lazy("Attendees and attendance")
    template_name = "training/admin/attendees.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attendees = list(self.training.attendees.order_by("full_name", "pk"))
        current = {
            certificate.attendee_id: certificate
            for certificate in Certificate.objects.filter(
                attendee__training=self.training, status=VALID
            ).only("pk", "code", "attendee_id")
        }
        for attendee in attendees:
            attendee.current_certificate = current.get(attendee.pk)
        context["attendees"] = attendees
        context["can_change"] = self.request.user.has_perm("training.change_attendee")
        return context

    def post(self, request, pk):
        _require(request, "training.change_attendee")
        ticked = [value for value in request.POST.getlist("attended") if value.isdigit()]
        with transaction.atomic():
            present = self.training.attendees.filter(pk__in=ticked).update(attended=True)
            self.training.attendees.exclude(pk__in=ticked).update(attended=False)
        messages.success(
            request,
            ngettext(
                "Attendance saved: %(count)s attendee attended.",
                "Attendance saved: %(count)s attendees attended.",
                present,
            )
            % {"count": present},
        )
        return redirect(ATTENDEES_URL, pk=self.training.pk)


class ImportView(TrainingPageView):
    """Upload a CSV, see the row-by-row check, then confirm. The confirmed file travels
    back in the form (never stored on the server) and is checked again before saving."""

    permissions = ("training.add_attendee", "training.change_attendee")
    page_title = gettext_lazy("Import attendees")
    template_name = "training/admin/import_attendees.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = live_import.CSV_FORMAT.columns
        context["max_rows"] = live_import.CSV_FORMAT.max_rows
        context["max_megabytes"] = f"{live_import.CSV_FORMAT.max_bytes / (1024 * 1024):g}"
        return context

    def _data(self, request):
        if "confirmed_file" in request.POST:
            try:
                return base64.b64decode(request.POST["confirmed_file"], validate=True)
            except (binascii.Error, ValueError):
                raise CSVRefused(_("Choose a CSV file.")) from None
        return read_upload(request.FILES.get("file"), live_import.CSV_FORMAT)

    def post(self, request, pk):
        report = refused = confirmed_file = None
        try:
            data = self._data(request)
            apply = "confirmed_file" in request.POST
            report = live_import.import_attendees(self.training, data, dry_run=not apply)
            if report.ok and not report.applied:
                confirmed_file = base64.b64encode(data).decode("ascii")
        except CSVRefused as error:
            refused = str(error)
        if report is not None and report.applied:
            messages.success(
                request,
                _("Imported: %(created)s new, %(updated)s changed, %(unchanged)s unchanged.")
                % {
                    "created": report.count("create"),
                    "updated": report.count("update"),
                    "unchanged": report.count("unchanged"),
                },
            )
            return redirect(ATTENDEES_URL, pk=self.training.pk)
        counts = report and {action: report.count(action) for action in ACTIONS}
        context = self.get_context_data(
            report=report, refused=refused, confirmed_file=confirmed_file, counts=counts
        )
        return self.render_to_response(context, status=400 if refused else 200)


class IssueView(TrainingPageView):
    """Confirm, then issue every missing certificate and e-mail the attendees."""

    permissions = ("training.view_attendee", "training.revoke_certificate")
    page_title = gettext_lazy("Issue certificates")
    template_name = "training/admin/issue_certificates.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pending"] = (
            self.training.attendees.filter(attended=True)
            .exclude(certificates__isnull=False)
            .count()
        )
        return context

    def post(self, request, pk):
        issued = issue_certificates(self.training, actor=request.user)
        if issued:
            messages.success(
                request,
                ngettext(
                    "%(count)s certificate issued; its holder is being e-mailed the link.",
                    "%(count)s certificates issued; each holder is being e-mailed the link.",
                    len(issued),
                )
                % {"count": len(issued)},
            )
        else:
            messages.info(
                request, _("Nothing to issue: every attendee who attended has a certificate.")
            )
        return redirect(ATTENDEES_URL, pk=self.training.pk)


class LiveTrainingViewSet(ModelViewSet):
    model = LiveTraining
    icon = "group"
    menu_label = gettext_lazy("Live trainings")
    add_to_admin_menu = True
    menu_order = 602
    index_view_class = LiveTrainingIndexView
    edit_view_class = LiveTrainingEditView
    list_display = [
        "title",
        "starts_on",
        Column("where", label=gettext_lazy("Where"), accessor="where"),
        Column("attendee_count", label=gettext_lazy("Attendees"), sort_key="attendee_count"),
        Column("attended_count", label=gettext_lazy("Attended"), sort_key="attended_count"),
        Column(
            "certificate_count", label=gettext_lazy("Certificates"), sort_key="certificate_count"
        ),
    ]
    list_filter = ["online", "language"]
    search_fields = ["title", "place"]
    ordering = ["-starts_on"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/attendees/", AttendeesView.as_view(), name="attendees"),
            path("<int:pk>/import/", ImportView.as_view(), name="import"),
            path("<int:pk>/issue/", IssueView.as_view(), name="issue"),
        ]


# --- Certificate actions ----------------------------------------------------------------


class CorrectNameForm(forms.Form):
    new_name = forms.CharField(label=gettext_lazy("Corrected name"), max_length=150)
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept in the certificate's log."),
    )

    def __init__(self, *args, current_name="", **kwargs):
        super().__init__(*args, **kwargs)
        self.current_name = current_name

    def clean_new_name(self):
        name = " ".join(self.cleaned_data["new_name"].split())
        if name == self.current_name:
            raise forms.ValidationError(_("The name is the same as on the certificate."))
        return name


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown on the public verification page and kept in the log."),
    )


def _certificate_buttons(user, certificate):
    if not user.has_perm("training.revoke_certificate") or certificate.status != VALID:
        return []
    return [
        HeaderButton(
            _("Correct name"),
            url=reverse("certificates:correct_name", args=[certificate.pk]),
            icon_name="edit",
        ),
        HeaderButton(
            _("Revoke"),
            url=reverse("certificates:revoke", args=[certificate.pk]),
            icon_name="cross",
        ),
    ]


class CertificateInspectView(generic.InspectView):
    template_name = "training/admin/certificate_inspect.html"

    @cached_property
    def header_buttons(self):
        return _certificate_buttons(self.request.user, self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = self.object.events.select_related("actor").order_by("at", "pk")
        context["versions"] = (
            Certificate.objects.filter(source_key=self.object.source_key)
            .exclude(pk=self.object.pk)
            .order_by("version")
        )
        return context


class CertificateActionView(WagtailAdminTemplateMixin, TemplateView):
    """A confirmation form about one valid certificate, for Training managers."""

    form_class = None
    template_name = "training/admin/certificate_action.html"
    header_icon = "doc-full-inverse"
    submit_label = ""
    submit_class = "button"

    def dispatch(self, request, pk):
        _require(request, "training.revoke_certificate")
        self.certificate = get_object_or_404(Certificate.objects.select_related("attendee"), pk=pk)
        if self.certificate.status != VALID:
            messages.error(request, _("Only a valid certificate can be corrected or revoked."))
            return redirect("certificates:inspect", self.certificate.pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.certificate)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("certificates:index"),
                "label": capfirst(Certificate._meta.verbose_name_plural),
            },
            {
                "url": reverse("certificates:inspect", args=[self.certificate.pk]),
                "label": str(self.certificate),
            },
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.certificate)},
        ]

    def get_form(self, data=None):
        return self.form_class(data)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context["certificate"] = self.certificate
        context["submit_label"] = self.submit_label
        context["submit_class"] = self.submit_class
        context["warning"] = self.warning
        return context

    def post(self, request, pk):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        result = self.act(form.cleaned_data)
        return redirect("certificates:inspect", result.pk)


class CorrectNameView(CertificateActionView):
    form_class = CorrectNameForm
    page_title = gettext_lazy("Correct the name")
    submit_label = gettext_lazy("Issue the corrected certificate")
    warning = gettext_lazy(
        "A new version with the corrected name is issued and e-mailed to the holder; "
        "this one is marked as superseded and points to the new one."
    )

    def get_form(self, data=None):
        return CorrectNameForm(
            data,
            current_name=self.certificate.holder_name,
            initial={"new_name": self.certificate.holder_name},
        )

    def act(self, cleaned_data):
        new = certificate_service.correct_name(
            self.certificate, cleaned_data["new_name"], self.request.user, cleaned_data["reason"]
        )
        transaction.on_commit(lambda: send_certificate_emails.enqueue([str(new.pk)]))
        messages.success(
            self.request,
            _("Version %(version)s issued with the name “%(name)s”.")
            % {"version": new.version, "name": new.holder_name},
        )
        return new


class RevokeView(CertificateActionView):
    form_class = RevokeForm
    page_title = gettext_lazy("Revoke the certificate")
    submit_label = gettext_lazy("Revoke")
    submit_class = "button no"  # Wagtail's style for destructive actions
    warning = gettext_lazy(
        "The verification page will say the certificate is revoked, with the reason. "
        "This cannot be undone."
    )

    def act(self, cleaned_data):
        revoked = certificate_service.revoke(
            self.certificate, self.request.user, cleaned_data["reason"]
        )
        messages.success(self.request, _("Certificate revoked."))
        return revoked


CERTIFICATE_ACTION_URLS = [
    path("correct-name/<uuid:pk>/", CorrectNameView.as_view(), name="correct_name"),
    path("revoke/<uuid:pk>/", RevokeView.as_view(), name="revoke"),
]
