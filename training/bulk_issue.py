"""Issue the certificates of a live training in one go, and e-mail each attendee.

Every attendee marked as attended who has no certificate yet gets version 1 of theirs;
running it again issues nothing new. The certificates are inserted with ``bulk_create``
(a handful of queries per 500 attendees, not several per attendee) and
``ignore_conflicts``, so the database's unique (source_key, version) constraint still
decides: an attendee whose certificate was issued meanwhile by another request is simply
skipped. The rows actually inserted are read back before their "issued" events are
logged and their e-mails queued. PDFs are not rendered here: the first download does it.
"""

from functools import partial

from django.db import transaction

from training.certificates import attendee_certificate_fields, attendee_source_key, frozen_fields
from training.models import Certificate, CertificateEvent, LiveTraining
from training.tasks import send_certificate_emails

BATCH_SIZE = 500
EMAILS_PER_TASK = 200
# A short code can clash with an existing one (31^8 codes: vanishingly rare); such a row
# is skipped by ignore_conflicts and drawn again in the next round.
ROUNDS = 3


def _pending(training):
    return list(
        training.attendees.filter(attended=True)
        .exclude(certificates__isnull=False)
        .order_by("full_name", "pk")
    )


def issue_certificates(training, actor=None, notify=True):
    """Issue the missing certificates of ``training``; returns the new certificates' ids.

    With ``notify`` the e-mails go out once the transaction commits, through the
    django-tasks task (run in-process by the default backend, by a worker with the
    database one); the demo loader issues without them."""
    issued = []
    with transaction.atomic():
        # Two managers pressing the button at once: the second waits, then finds
        # nothing left to issue.
        training = (
            LiveTraining.objects.select_for_update(of=("self",))
            .select_related("course__signature_image")
            .get(pk=training.pk)
        )
        for _round in range(ROUNDS):
            pending = _pending(training)
            if not pending:
                break
            for start in range(0, len(pending), BATCH_SIZE):
                batch = pending[start : start + BATCH_SIZE]
                certificates = [
                    Certificate(
                        source_key=attendee_source_key(attendee.pk),
                        version=1,
                        **frozen_fields(**attendee_certificate_fields(attendee, training)),
                    )
                    for attendee in batch
                ]
                Certificate.objects.bulk_create(certificates, ignore_conflicts=True)
                inserted = list(
                    Certificate.objects.filter(
                        pk__in=[certificate.pk for certificate in certificates]
                    ).values_list("pk", flat=True)
                )
                CertificateEvent.objects.bulk_create(
                    CertificateEvent(certificate_id=pk, action=CertificateEvent.ISSUED, actor=actor)
                    for pk in inserted
                )
                issued += inserted
        ids = [str(pk) for pk in issued] if notify else []
        for start in range(0, len(ids), EMAILS_PER_TASK):
            chunk = ids[start : start + EMAILS_PER_TASK]
            transaction.on_commit(partial(send_certificate_emails.enqueue, chunk))
    return issued
