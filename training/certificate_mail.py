"""The e-mail that tells a certificate's holder where to find it."""

from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from training.certificates import verification_url
from training.models import Certificate
from training.models.certificates import VALID


def recipient(certificate):
    if certificate.attendee_id:
        return certificate.attendee.email
    if certificate.user_id:
        return certificate.user.email
    return ""


def certificate_email(certificate):
    address = recipient(certificate)
    if not address:
        return None
    with translation.override(certificate.language):
        url = verification_url(certificate)
        subject = _("Your certificate: %(course)s") % {"course": certificate.course_title}
        body = render_to_string(
            "training/email/certificate_issued.txt",
            {"certificate": certificate, "url": url, "pdf_url": url + "pdf/"},
        )
    return EmailMessage(subject, body, to=[address])


def send_certificate_emails(certificate_ids):
    """One SMTP connection for the whole batch; revoked or superseded certificates
    (changed since the task was queued) are not announced."""
    certificates = Certificate.objects.filter(pk__in=certificate_ids, status=VALID).select_related(
        "attendee", "user"
    )
    messages = [message for message in map(certificate_email, certificates) if message]
    if messages:
        with get_connection() as connection:
            connection.send_messages(messages)
    return len(messages)
