from django_tasks import task


@task()
def send_certificate_emails(certificate_ids):
    """E-mail each holder the verification link of their certificate, in the
    certificate's language. Returns how many e-mails were sent."""
    from training.certificate_mail import send_certificate_emails as send

    return send(certificate_ids)
