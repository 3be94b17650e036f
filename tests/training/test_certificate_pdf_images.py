"""The certificate PDF on S3: the signature image is read with storage.open() (no local
path, no URL) and embedded; nothing is fetched over the network (training/certificates.py
inlines every image as a data: URI and allows no other protocol)."""

import urllib.request

import pytest

from tests.campaigns.factories import image
from tests.pdfs import embedded_images
from tests.test_services_s3 import PUBLIC_BUCKET, keys, s3, s3_server  # noqa: F401 - fixtures
from tests.training.factories import enrol_and_finish, make_course, make_module, trainee
from training import certificates as service
from training.models import Certificate

pytestmark = pytest.mark.django_db


def test_certificate_pdf_embeds_the_signature_from_s3(
    s3,  # noqa: F811 - the fixture
    client,
    monkeypatch,
):
    signature = image(title="assinatura-s3", size=(180, 60))
    assert signature.file.name in keys(s3, PUBLIC_BUCKET)
    module = make_module("assinatura-s3-m")
    course = make_course("assinatura-s3", [module], signature_image=signature)
    user = trainee(full_name="Ana Souza")
    enrol_and_finish(user, course)
    client.force_login(user)
    assert client.post(course.url + "complete/").status_code == 302
    certificate = Certificate.objects.get(user=user)
    assert certificate.signature_image_id == signature.pk

    def refuse(*args, **kwargs):
        pytest.fail(f"The certificate PDF fetched a URL: {args!r}")

    for handler, method in (
        (urllib.request.HTTPHandler, "http_open"),
        (urllib.request.HTTPSHandler, "https_open"),
        (urllib.request.FileHandler, "file_open"),
    ):
        monkeypatch.setattr(handler, method, refuse)
    pdf = service.render_pdf(certificate)
    assert (180, 60) in embedded_images(pdf)


def test_certificate_pdf_without_signature_has_no_image(client):
    module = make_module("sem-assinatura-m")
    course = make_course("sem-assinatura", [module])
    user = trainee(full_name="Rui Lima")
    enrol_and_finish(user, course)
    client.force_login(user)
    client.post(course.url + "complete/")
    certificate = Certificate.objects.get(user=user)
    assert certificate.signature_image_id is None
    assert embedded_images(service.render_pdf(certificate)) == []
