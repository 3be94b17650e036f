"""Admin of live trainings (for Training managers: the model permissions decide): the
attendees (added one by one or imported, corrected, e-mailed their certificate again) and
the certificate actions (correct the name, revoke), each behind a confirmation form."""

import base64
import binascii

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
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
from wagtail.log_actions import log

from training import certificates as certificate_service
from training import live_import
from training.bulk_issue import issue_certificates
from training.cpf import digits, validate_cpf
from training.models import Attendee, Certificate, CertificateEvent, LiveTraining
from training.models.certificates import REVOKED, VALID
from training.tasks import send_certificate_emails
from website.csv_import import CSVRefused, read_upload
from website.csv_import_views import imported_message

ATTENDEES_URL = "live_trainings:attendees"
IMPORT_URL = "live_trainings:import"
ISSUE_URL = "live_trainings:issue"
ADD_ATTENDEE_URL = "live_trainings:add_attendee"
EDIT_ATTENDEE_URL = "live_trainings:edit_attendee"
RESEND_URL = "live_trainings:resend_certificate"
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
    if user.has_perms(["training.view_attendee", "training.add_attendee"]):
        buttons.append((_("Add attendee"), reverse(ADD_ATTENDEE_URL, args=[training.pk]), "plus"))
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

    def dispatch(self, request, pk, **kwargs):
        _require(request, *self.permissions)
        self.training = get_object_or_404(with_counts(LiveTraining.objects.all()), pk=pk)
        return super().dispatch(request, pk, **kwargs)

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
        user = self.request.user
        context["can_change"] = user.has_perm("training.change_attendee")
        context["can_add"] = user.has_perm("training.add_attendee")
        context["can_resend"] = user.has_perm("training.revoke_certificate")
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
            imported_message(request, report)
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


# --- One attendee: add, edit, resend the certificate e-mail ---------------------------


class AttendeeForm(forms.ModelForm):
    """The fields of a CSV row, checked as the import checks them: the name's spaces
    collapsed, the e-mail in lower case and unique (ignoring case) within the training."""

    class Meta:
        model = Attendee
        fields = ["full_name", "email", "uf", "cpf"]

    def __init__(self, *args, training, **kwargs):
        super().__init__(*args, **kwargs)
        self.training = training
        # Typed as the manager has it (529.982.247-25); stored as 11 digits. The stored
        # CPF never goes back to the browser: when editing, the field is for a new one.
        self.fields["cpf"] = forms.CharField(
            label=self.fields["cpf"].label,
            required=False,
            max_length=14,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            help_text=(
                _("Saved: %(masked)s. Type a new one to replace it.")
                % {"masked": self.instance.masked_cpf}
                if self.instance.cpf
                else _("Optional.")
            ),
        )
        self.initial.pop("cpf", None)

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        holder = self.duplicate_of(email)
        if holder is not None:
            raise forms.ValidationError(
                _("%(name)s already has this e-mail address in this training.")
                % {"name": holder.full_name},
                code="duplicate",
            )
        return email

    def clean_cpf(self):
        value = self.cleaned_data.get("cpf", "")
        validate_cpf(value)
        number = digits(value)
        # Left empty when editing: the stored CPF stays.
        return number or (self.instance.cpf if self.instance.pk else "")

    def duplicate_of(self, email):
        """The other attendee of the training with this e-mail (ignoring case), if any."""
        others = self.training.attendees.filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        return others.first()

    def save_locked(self, user, action):
        """Save under the training's row lock (as the CSV import does), so a concurrent
        import or form cannot add the same e-mail between the check and the insert.
        Returns False (the form then carries the error) when it did."""
        try:
            with transaction.atomic():
                LiveTraining.objects.select_for_update().get(pk=self.training.pk)
                email = self.cleaned_data["email"]
                if self.duplicate_of(email) is not None:
                    raise IntegrityError(email)
                attendee = self.save(commit=False)
                attendee.training = self.training
                attendee.save()
                log(
                    instance=attendee,
                    action=action,
                    user=user,
                    title=f"{attendee.full_name} · {self.training.title}",
                )
        except IntegrityError:
            holder = self.duplicate_of(self.cleaned_data["email"])
            name = holder.full_name if holder else self.cleaned_data["email"]
            self.add_error(
                "email",
                _("%(name)s already has this e-mail address in this training.") % {"name": name},
            )
            return False
        return True


class AttendeePageView(TrainingPageView):
    """A page about one attendee of a live training."""

    def dispatch(self, request, pk, attendee_pk):
        _require(request, *self.permissions)
        self.attendee = get_object_or_404(Attendee, pk=attendee_pk, training_id=pk)
        refused = self.refuse(request)
        if refused is not None:
            return refused
        return super().dispatch(request, pk, attendee_pk=attendee_pk)

    def refuse(self, request):
        """A response that turns the request away, or None."""
        return None

    def get_page_subtitle(self):
        return f"{self.attendee.full_name} · {self.training}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attendee"] = self.attendee
        return context


def current_certificate(attendee):
    """The attendee's latest certificate (a correction's new version, or the first one),
    or None. Superseded versions always point to a newer one, so this is the one that
    counts: valid or revoked."""
    return (
        Certificate.objects.filter(attendee=attendee)
        .order_by("-version", "-issued_at")
        .select_related("attendee")
        .first()
    )


class AttendeeFormMixin:
    template_name = "training/admin/attendee_form.html"
    header_icon = "user"

    def get_form(self, data=None):
        raise NotImplementedError("the add and edit views each build their own form")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context["submit_label"] = self.submit_label
        return context

    def post(self, request, pk, **kwargs):
        form = self.get_form(request.POST)
        if form.is_valid() and form.save_locked(request.user, self.log_action):
            messages.success(request, self.success_message % {"name": form.instance.full_name})
            return redirect(ATTENDEES_URL, pk=self.training.pk)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class AddAttendeeView(AttendeeFormMixin, TrainingPageView):
    permissions = ("training.view_attendee", "training.add_attendee")
    page_title = gettext_lazy("Add attendee")
    submit_label = gettext_lazy("Add the attendee")
    success_message = gettext_lazy("%(name)s was added to the attendees.")
    log_action = "wagtail.create"

    def get_form(self, data=None):
        return AttendeeForm(data, training=self.training, instance=Attendee(training=self.training))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["intro"] = _(
            "Add one person to the list. To add many at once, import a CSV file; "
            "attendance is ticked on the list of attendees."
        )
        return context


class EditAttendeeView(AttendeeFormMixin, AttendeePageView):
    permissions = ("training.view_attendee", "training.change_attendee")
    page_title = gettext_lazy("Edit attendee")
    submit_label = gettext_lazy("Save")
    success_message = gettext_lazy("The changes to %(name)s were saved.")
    log_action = "wagtail.edit"

    @cached_property
    def certificate(self):
        certificate = current_certificate(self.attendee)
        return certificate if certificate and certificate.status == VALID else None

    def get_form(self, data=None):
        form = AttendeeForm(data, training=self.training, instance=self.attendee)
        if self.certificate is not None:
            # The name is frozen on the certificate: it changes through a new version.
            form.fields["full_name"].disabled = True
            form.fields["email"].help_text = _(
                "Certificate e-mails go to this address; after correcting it, use "
                "“Resend certificate e-mail”."
            )
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["certificate"] = self.certificate
        if self.certificate is not None:
            context["intro"] = _(
                "%(name)s already has a certificate (%(code)s): the name is changed with "
                "the certificate's “Correct name” action, which issues a new version and "
                "e-mails it."
            ) % {"name": self.attendee.full_name, "code": self.certificate.code}
            if self.request.user.has_perm("training.revoke_certificate"):
                context["correct_name_url"] = reverse(
                    "certificates:correct_name", args=[self.certificate.pk]
                )
        return context


class ResendForm(forms.Form):
    """Carries the certificate's last event when the page was shown: a second submission
    of the same page (a double click, a reload) finds its e-mail already sent again."""

    after = forms.IntegerField(min_value=0, widget=forms.HiddenInput)


class ResendCertificateView(AttendeePageView):
    """Queue the certificate e-mail again (in the certificate's language), once per click."""

    permissions = ("training.view_attendee", "training.revoke_certificate")
    page_title = gettext_lazy("Resend certificate e-mail")
    template_name = "training/admin/resend_certificate.html"
    header_icon = "mail"

    def refuse(self, request):
        self.certificate = current_certificate(self.attendee)
        if self.certificate is None:
            refusal = _("%(name)s has no certificate yet: there is nothing to e-mail.")
        elif self.certificate.status == REVOKED:
            refusal = _("The certificate of %(name)s was revoked: it is not e-mailed again.")
        else:
            return None
        messages.error(request, refusal % {"name": self.attendee.full_name})
        return redirect(ATTENDEES_URL, pk=self.attendee.training_id)

    def last_event_id(self):
        return self.certificate.events.aggregate(last=Max("pk"))["last"] or 0

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["certificate"] = self.certificate
        context.setdefault("form", ResendForm(initial={"after": self.last_event_id()}))
        context["language"] = dict(settings.LANGUAGES).get(
            self.certificate.language, self.certificate.language
        )
        return context

    def post(self, request, pk, attendee_pk):
        form = ResendForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        with transaction.atomic():
            certificate = Certificate.objects.select_for_update().get(pk=self.certificate.pk)
            already = certificate.events.filter(
                action=CertificateEvent.EMAILED_AGAIN, pk__gt=form.cleaned_data["after"]
            ).exists()
            if not already and certificate.status == VALID:
                CertificateEvent.objects.create(
                    certificate=certificate,
                    action=CertificateEvent.EMAILED_AGAIN,
                    actor=request.user,
                    note=self.attendee.email,
                )
                ids = [str(certificate.pk)]
                transaction.on_commit(lambda: send_certificate_emails.enqueue(ids))
        if certificate.status != VALID:
            messages.error(
                request, _("The certificate changed meanwhile; nothing was sent. Try again.")
            )
        elif already:
            messages.info(
                request,
                _("This e-mail was already sent again from this page; it was not sent twice."),
            )
        else:
            messages.success(
                request,
                _("The certificate e-mail is being sent again to %(email)s.")
                % {"email": self.attendee.email},
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
            path("<int:pk>/attendees/add/", AddAttendeeView.as_view(), name="add_attendee"),
            path(
                "<int:pk>/attendees/<int:attendee_pk>/edit/",
                EditAttendeeView.as_view(),
                name="edit_attendee",
            ),
            path(
                "<int:pk>/attendees/<int:attendee_pk>/resend-certificate/",
                ResendCertificateView.as_view(),
                name="resend_certificate",
            ),
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
    resend = []
    if certificate.attendee_id and user.has_perm("training.view_attendee"):
        resend.append(
            HeaderButton(
                _("Resend certificate e-mail"),
                url=reverse(
                    RESEND_URL, args=[certificate.attendee.training_id, certificate.attendee_id]
                ),
                icon_name="mail",
            )
        )
    return [
        *resend,
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
