"""Certificates: frozen at issue, verifiable by anyone, corrected by new versions."""

import hashlib
import json
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.storage import private_storage

# No 0/O, 1/I/L: a code read aloud over the phone or typed from paper stays unambiguous.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8

VALID = "valid"
REVOKED = "revoked"
SUPERSEDED = "superseded"
STATUSES = [(VALID, _("Valid")), (REVOKED, _("Revoked")), (SUPERSEDED, _("Superseded"))]


def new_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _index in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(value):
    raw = "".join(ch for ch in (value or "").upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:]}" if len(raw) == CODE_LENGTH else ""


def digest(data):
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def pdf_path(certificate, filename):
    return f"certificates/{certificate.pk}.pdf"


class Certificate(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    code = models.CharField(_("code"), max_length=9, unique=True, default=new_code, editable=False)
    # What was completed ("enrolment:12", "attendee:7") and which version of its
    # certificate this is: the pair is unique, so a completion yields one version 1
    # however many requests race for it.
    source_key = models.CharField(max_length=40, editable=False)
    version = models.PositiveSmallIntegerField(_("version"), default=1, editable=False)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    enrolment = models.ForeignKey(
        "training.Enrolment", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attendee = models.ForeignKey(
        "training.Attendee",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "training.CoursePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    signature_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    holder_name = models.CharField(_("holder"), max_length=150)
    course_title = models.CharField(_("course"), max_length=255)
    hours = models.PositiveSmallIntegerField(_("hours"))
    started_on = models.DateField(_("started on"))
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True, db_index=True)
    language = models.CharField(_("language"), max_length=10)
    signatory_name = models.CharField(_("signatory"), max_length=150)
    signatory_role = models.CharField(_("signatory role"), max_length=200)

    data = models.JSONField(_("frozen data"), editable=False)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)

    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default=VALID)
    status_reason = models.TextField(_("reason"), blank=True)
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Private: served by the certificate views, never straight from the media folder.
    pdf = models.FileField(upload_to=pdf_path, storage=private_storage, blank=True, editable=False)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["source_key", "version"], name="one_certificate_per_completion"
            )
        ]
        permissions = [("revoke_certificate", "Can revoke and correct certificates")]

    def __str__(self):
        return f"{self.code} · {self.holder_name}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("training:certificate", args=[self.pk])

    def freeze(self):
        """Fix the data the certificate attests and its digest; called once, at issue."""
        self.data = {
            "certificate": str(self.pk),
            "code": self.code,
            "version": self.version,
            "holder": self.holder_name,
            "course": self.course_title,
            "hours": self.hours,
            "started_on": self.started_on.isoformat(),
            "completed_on": self.completed_on.isoformat(),
            "language": self.language,
            "signatory": self.signatory_name,
            "signatory_role": self.signatory_role,
            "issuer": "CGETP · Ministério da Justiça e Segurança Pública",
        }
        self.sha256 = digest(self.data)

    @property
    def is_valid(self):
        return self.status == VALID

    def data_matches_digest(self):
        return digest(self.data) == self.sha256


class CertificateEvent(models.Model):
    """The audit trail of a certificate: issue, correction, supersession, revocation, and
    each time its e-mail was sent again."""

    ISSUED = "issued"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
    EMAILED_AGAIN = "emailed"
    ACTIONS = [
        (ISSUED, _("Issued")),
        (SUPERSEDED, _("Superseded by a new version")),
        (REVOKED, _("Revoked")),
        (EMAILED_AGAIN, _("E-mail sent again")),
    ]

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=12, choices=ACTIONS)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["at"]
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")

    def __str__(self):
        return f"{self.get_action_display()} · {self.at:%Y-%m-%d}"
