"""E-mail through background tasks.

``TaskEmailBackend`` (the ``EMAIL_BACKEND``) turns each message into plain JSON and queues
the ``website.tasks.deliver_email`` task, which sends it with ``EMAIL_DELIVERY_BACKEND``
(SMTP, or the console on a developer's machine). So a page that sends an e-mail (sign-up
confirmation, password reset, Wagtail's moderation notices, certificates) never waits
for the mail server, and with the database task backend a message queued inside a
transaction that rolls back is never sent.

Code already running inside a task (a bulk certificate mailing, say) delivers at once
instead of queuing a second task. A message that cannot be written as JSON (a MIME
attachment object) is delivered at once too.
"""

import base64
import logging
import threading

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks.signals import task_finished, task_started

logger = logging.getLogger(__name__)
_running = threading.local()


class EmailDeliveryError(Exception):
    """Raised by the delivery task; names the error's type only (the original message
    may carry addresses, which stay out of the logs)."""


def _inside_task():
    return getattr(_running, "depth", 0) > 0


def _task_started(**kwargs):
    _running.depth = getattr(_running, "depth", 0) + 1


def _task_finished(**kwargs):
    _running.depth = max(getattr(_running, "depth", 0) - 1, 0)


def connect_signals():
    task_started.connect(_task_started, dispatch_uid="portal_mail_task_started")
    task_finished.connect(_task_finished, dispatch_uid="portal_mail_task_finished")


def _encode(content):
    if isinstance(content, bytes):
        return {"base64": base64.b64encode(content).decode("ascii")}
    return {"text": str(content)}


def _decode(value):
    return base64.b64decode(value["base64"]) if "base64" in value else value["text"]


def serialize(message):
    """The message as JSON-ready data, or None when it holds parts JSON cannot carry."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            return None
        filename, content, mimetype = attachment
        attachments.append(
            {"filename": filename, "content": _encode(content), "mimetype": mimetype}
        )
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "content_subtype": message.content_subtype,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(key): str(value) for key, value in message.extra_headers.items()},
        "alternatives": [
            {"content": str(content), "mimetype": mimetype}
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def deserialize(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for alternative in data["alternatives"]:
        message.attach_alternative(alternative["content"], alternative["mimetype"])
    for attachment in data["attachments"]:
        message.attach(
            attachment["filename"], _decode(attachment["content"]), attachment["mimetype"]
        )
    return message


def deliver(messages):
    """Send ``messages`` (EmailMessage objects) with the real backend; returns the count."""
    try:
        connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
        return connection.send_messages(messages) or 0
    except Exception as error:
        logger.warning("E-mail delivery failed: %s", type(error).__name__)
        raise EmailDeliveryError(type(error).__name__) from None


class TaskEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        messages = [message for message in email_messages if message.recipients()]
        if not messages:
            return 0
        payload = [serialize(message) for message in messages]
        if _inside_task() or any(item is None for item in payload):
            return deliver(messages)
        from website.tasks import deliver_email

        try:
            deliver_email.enqueue(payload)
        except Exception:
            if not self.fail_silently:
                raise
            return 0
        return len(messages)
