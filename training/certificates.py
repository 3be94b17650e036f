"""Issuing, correcting, revoking and rendering certificates."""

import base64
import io
import uuid

import segno
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from training.models import Certificate, CertificateEvent
from training.models.certificates import REVOKED, SUPERSEDED, VALID, new_code

ISSUER_NAME = (
    "Coordenação-Geral de Enfrentamento ao Tráfico de Pessoas e Contrabando de Migrantes "
    "(CGETP) · Ministério da Justiça e Segurança Pública"
)


def public_base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def verification_url(certificate, language=None):
    with translation.override(language or certificate.language):
        return public_base_url() + reverse("training:certificate", args=[certificate.pk])


def frozen_fields(**fields):
    """Every column of a new certificate, its frozen data and digest included, so the
    row is complete the moment it is inserted."""
    fields.setdefault("id", uuid.uuid4())
    fields.setdefault("code", new_code())
    certificate = Certificate(**fields)
    certificate.freeze()
    values = {
        name: getattr(certificate, name) for name in fields if name not in ("source_key", "version")
    }
    values.update(data=certificate.data, sha256=certificate.sha256, status=VALID)
    return values


def issue(source_key, actor=None, **fields):
    """The certificate of one completion, created at most once.

    The database's unique (source_key, version) constraint is what guarantees it: when
    concurrent requests race, one insert wins and get_or_create hands the others the
    winner's row. Returns (certificate, created)."""
    defaults = frozen_fields(**fields)
    for _attempt in range(3):
        try:
            with transaction.atomic():
                certificate, created = Certificate.objects.get_or_create(
                    source_key=source_key, version=1, defaults=defaults
                )
                if created:
                    CertificateEvent.objects.create(
                        certificate=certificate, action=CertificateEvent.ISSUED, actor=actor
                    )
                return certificate, created
        except IntegrityError:
            # A (vanishingly rare) clash of short codes: draw another one.
            defaults = frozen_fields(**{**fields, "code": new_code()})
    raise IntegrityError("Could not issue a certificate")


def issue_for_enrolment(enrolment, course, holder_name, language):
    return issue(
        f"enrolment:{enrolment.pk}",
        user=enrolment.user,
        enrolment=enrolment,
        course=course,
        signature_image=course.signature_image,
        holder_name=holder_name,
        course_title=course.title,
        hours=course.workload_hours,
        started_on=timezone.localdate(enrolment.enrolled_at),
        completed_on=timezone.localdate(enrolment.completed_at),
        language=language,
        signatory_name=course.signatory_name,
        signatory_role=course.signatory_role,
    )


def attendee_source_key(attendee_id):
    return f"attendee:{attendee_id}"


def attendee_certificate_fields(attendee, training):
    """The fields of an attendee's certificate (also used by the bulk issue)."""
    return {
        "attendee": attendee,
        "course": training.course,
        "signature_image": training.course.signature_image if training.course else None,
        "holder_name": attendee.full_name,
        "course_title": training.title,
        "hours": training.hours,
        "started_on": training.starts_on,
        "completed_on": training.ends_on,
        "language": training.language,
        "signatory_name": training.signatory_name,
        "signatory_role": training.signatory_role,
    }


def issue_for_attendee(attendee, actor=None):
    return issue(
        attendee_source_key(attendee.pk),
        actor=actor,
        **attendee_certificate_fields(attendee, attendee.training),
    )


def correct_name(certificate, new_name, actor, reason=""):
    """Issue the next version with the corrected name; the old one is superseded."""
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.status != VALID:
            raise ValueError("Only a valid certificate can be corrected")
        fields = {
            name: getattr(old, name)
            for name in (
                "user_id",
                "enrolment_id",
                "attendee_id",
                "course_id",
                "signature_image_id",
                "course_title",
                "hours",
                "started_on",
                "completed_on",
                "language",
                "signatory_name",
                "signatory_role",
            )
        }
        values = frozen_fields(holder_name=new_name, version=old.version + 1, **fields)
        new = Certificate.objects.create(
            source_key=old.source_key,
            version=old.version + 1,
            **{key: value for key, value in values.items() if key != "version"},
        )
        old.status = SUPERSEDED
        old.superseded_by = new
        old.status_reason = reason
        old.save(update_fields=["status", "superseded_by", "status_reason"])
        CertificateEvent.objects.create(
            certificate=old,
            action=CertificateEvent.SUPERSEDED,
            actor=actor,
            note=f"{old.holder_name} → {new_name}. {reason}".strip(),
        )
        CertificateEvent.objects.create(
            certificate=new, action=CertificateEvent.ISSUED, actor=actor, note=reason
        )
    return new


def revoke(certificate, actor, reason):
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        certificate.status = REVOKED
        certificate.status_reason = reason
        certificate.save(update_fields=["status", "status_reason"])
        CertificateEvent.objects.create(
            certificate=certificate, action=CertificateEvent.REVOKED, actor=actor, note=reason
        )
    return certificate


def qr_svg(certificate):
    """The QR code of the verification page, as a standalone SVG document (bytes)."""
    buffer = io.BytesIO()
    segno.make(verification_url(certificate), error="m").save(
        buffer, kind="svg", scale=4, border=2, dark="#071d41", xmldecl=False
    )
    return buffer.getvalue()


def _data_uri(content, mime):
    return f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"


def render_pdf(certificate):
    """The certificate as PDF bytes, in the certificate's language."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    signature = None
    if certificate.signature_image_id:
        try:
            with certificate.signature_image.file.open("rb") as handle:
                signature = _data_uri(handle.read(), "image/png")
        except (OSError, ValueError):
            signature = None
    with translation.override(certificate.language):
        html = render_to_string(
            "training/certificate_pdf.html",
            {
                "certificate": certificate,
                "issuer": ISSUER_NAME,
                "qr": _data_uri(qr_svg(certificate), "image/svg+xml"),
                "signature": signature,
                "verification_url": verification_url(certificate),
            },
        )
    # Everything a certificate shows is inlined as data: URIs; nothing is fetched.
    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    return HTML(string=html, url_fetcher=fetcher).write_pdf()


def stored_pdf(certificate):
    """The PDF, rendered the first time it is asked for and kept from then on."""
    if certificate.pdf:
        return certificate.pdf
    content = render_pdf(certificate)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not locked.pdf:
            locked.pdf.save(f"{locked.pk}.pdf", ContentFile(content), save=False)
            locked.save(update_fields=["pdf"])
    certificate.refresh_from_db(fields=["pdf"])
    return certificate.pdf


def open_badge(certificate):
    """The certificate as an Open Badges 3.0 credential (unsigned JSON-LD)."""
    url = verification_url(certificate)
    achievement_id = (
        f"{public_base_url()}/pt-br/training/achievements/{certificate.course_id}/"
        if certificate.course_id
        else f"{url}#achievement"
    )
    credential = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.course_title,
        "issuer": {
            "id": public_base_url() + "/",
            "type": ["Profile"],
            "name": ISSUER_NAME,
        },
        "validFrom": certificate.issued_at.isoformat(),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": certificate.holder_name,
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "name": certificate.course_title,
                "description": certificate.course_title,
                "criteria": {"narrative": f"{certificate.hours} h"},
                "achievementType": "Certificate",
                "inLanguage": certificate.language,
            },
            "result": [{"type": ["Result"], "status": "Completed"}],
        },
        "evidence": [
            {
                "id": url,
                "type": ["Evidence"],
                "name": certificate.code,
                "description": f"SHA-256 {certificate.sha256}",
            }
        ],
        "credentialStatus": {"id": url, "type": "1EdTechRevocationList"},
    }
    if certificate.status != VALID:
        credential["validUntil"] = timezone.now().isoformat()
    return credential
