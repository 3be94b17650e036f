"""Media on an S3-compatible server through django-storages, against a real server:
moto's server mode, started by these tests on 127.0.0.1 with a free port. Public media
(images and renditions, documents, campaign materials and zips) go to the public bucket;
private files (certificate PDFs) to the private bucket, written with the private ACL and
only ever handed out by the portal's views or through short-lived signed URLs."""

import json
import socket
import urllib.error
import urllib.request

import boto3
import pytest
from django.core.files.base import ContentFile

from tests.campaigns.factories import image, material, pdf_document
from tests.training.factories import enrol_and_finish, make_course, make_module, trainee
from training import certificates as certificate_service
from training.models import Certificate
from website.backups import create_backup, verify_backup

pytestmark = pytest.mark.django_db

PUBLIC_BUCKET = "portal-media"
PRIVATE_BUCKET = "portal-private"
CREDENTIALS = {"access_key": "testing", "secret_key": "testing", "region_name": "us-east-1"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3(s3_server, settings):
    """Both buckets, fresh for each test, and the storages the S3 settings give
    (website/settings/base.py) pointed at them."""
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    )
    for bucket in (PUBLIC_BUCKET, PRIVATE_BUCKET):
        client.create_bucket(Bucket=bucket)
    # Public media are readable by anyone through the bucket policy (objects carry no
    # ACL: AWS_DEFAULT_ACL is None); the private bucket has no policy at all.
    client.put_bucket_policy(
        Bucket=PUBLIC_BUCKET,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{PUBLIC_BUCKET}/*",
                    }
                ],
            }
        ),
    )
    common = {**CREDENTIALS, "endpoint_url": s3_server, "file_overwrite": False}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": PUBLIC_BUCKET,
                "default_acl": None,
                "querystring_auth": False,
            },
        },
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": PRIVATE_BUCKET,
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": 300,
                "signature_version": "s3v4",
                "custom_domain": None,
            },
        },
    }
    yield client
    for bucket in (PUBLIC_BUCKET, PRIVATE_BUCKET):
        for item in client.list_objects_v2(Bucket=bucket).get("Contents", []):
            client.delete_object(Bucket=bucket, Key=item["Key"])
        client.delete_bucket(Bucket=bucket)


def keys(client, bucket):
    return {item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])}


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our test server
        return response.status, response.read()


def test_image_upload_and_rendition_are_served_from_the_bucket(s3):
    picture = image(title="cartaz-s3")
    assert picture.file.name in keys(s3, PUBLIC_BUCKET)
    rendition = picture.get_rendition("fill-40x40|format-webp")
    assert rendition.file.name in keys(s3, PUBLIC_BUCKET)
    assert rendition.url.startswith(f"{s3.meta.endpoint_url}/{PUBLIC_BUCKET}/")
    status, body = fetch(rendition.url)
    assert status == 200
    assert body[:4] == b"RIFF"  # a WebP file


def test_document_is_served_through_the_portal_and_deleted_with_its_record(
    s3, client, django_capture_on_commit_callbacks
):
    document = pdf_document(title="folheto-s3", data=b"%PDF-1.4\n%s3 test\n")
    name = document.file.name
    assert name in keys(s3, PUBLIC_BUCKET)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n%s3 test\n"
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert name not in keys(s3, PUBLIC_BUCKET)


def test_deleting_an_image_removes_it_and_its_renditions(s3, django_capture_on_commit_callbacks):
    picture = image(title="apagar-s3")
    rendition = picture.get_rendition("max-20x20")
    names = {picture.file.name, rendition.file.name}
    assert names <= keys(s3, PUBLIC_BUCKET)
    with django_capture_on_commit_callbacks(execute=True):
        picture.delete()
    assert not names & keys(s3, PUBLIC_BUCKET)


def test_campaign_material_and_zip_are_stored_and_streamed_from_the_bucket(s3, client):
    from campaigns.models import CampaignMaterial, CampaignPage, MaterialBundle

    campaign = CampaignPage.objects.get(locale__language_code="pt-br", slug="migrar-com-seguranca")
    item = material(title="Cartaz S3", languages=["ht"])
    # Only this test's material: the demo's files are on disk, not in this bucket.
    CampaignMaterial.objects.filter(page=campaign).delete()
    campaign.refresh_from_db()
    campaign.material_links.add(CampaignMaterial(material=item))
    campaign.save()
    assert item.file.name in keys(s3, PUBLIC_BUCKET)

    response = client.get(f"/pt-br/campaigns/{campaign.pk}/materials/{item.pk}/download/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")

    response = client.get(f"/pt-br/campaigns/{campaign.pk}/download/ht.zip")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:2] == b"PK"
    bundle = MaterialBundle.objects.get(page=campaign, language="ht")
    assert bundle.file.name in keys(s3, PUBLIC_BUCKET)


@pytest.fixture
def certificate(client):
    module = make_module("certificado-s3-m")
    course = make_course("certificado-s3", [module], workload_hours=8)
    user = trainee(full_name="Ana Souza")
    enrol_and_finish(user, course)
    client.force_login(user)
    assert client.post(course.url + "complete/").status_code == 302
    return Certificate.objects.get(user=user)


def test_certificate_pdfs_go_to_the_private_bucket_only(s3, client, certificate):
    response = client.get(f"/pt-br/training/certificates/{certificate.pk}/pdf/")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    certificate.refresh_from_db()
    name = certificate.pdf.name
    assert name in keys(s3, PRIVATE_BUCKET)
    assert name not in keys(s3, PUBLIC_BUCKET)
    grants = s3.get_object_acl(Bucket=PRIVATE_BUCKET, Key=name)["Grants"]
    assert all("URI" not in grant["Grantee"] for grant in grants)  # no AllUsers, no AuthUsers
    # Anyone holding a link gets a signed one that expires; the bare object URL is refused.
    signed = certificate.pdf.url
    assert "X-Amz-Signature=" in signed
    assert "X-Amz-Expires=300" in signed
    status, body = fetch(signed)
    assert (status, body[:4]) == (200, b"%PDF")
    assert certificate_service.stored_pdf(certificate).name == name  # rendered once, kept


def test_private_file_storage_is_separate_from_media(s3):
    from website.storage import private_storage

    name = private_storage().save("reports/import-2026.csv", ContentFile(b"line,error\n"))
    assert name in keys(s3, PRIVATE_BUCKET)
    assert name not in keys(s3, PUBLIC_BUCKET)


def test_backup_reads_both_buckets(s3, tmp_path, certificate, client, monkeypatch):
    from django.core.files.storage import default_storage

    from website import backups
    from website.storage import private_storage

    # The database part is tested in tests/test_backups.py (it needs committed rows).
    monkeypatch.setattr(backups, "_dump_database", lambda target: target.write_bytes(b"db"))

    client.get(f"/pt-br/training/certificates/{certificate.pk}/pdf/")
    certificate.refresh_from_db()
    default_storage.save("documents/backup-s3.pdf", ContentFile(b"%PDF-1.4 backup"))
    archive = create_backup(tmp_path, storage=default_storage, private_storage=private_storage())
    manifest = verify_backup(archive)
    assert "documents/backup-s3.pdf" in manifest["media"]
    assert certificate.pdf.name in manifest["private"]


def test_unsigned_requests_for_private_objects_are_refused(s3, certificate, client):
    client.get(f"/pt-br/training/certificates/{certificate.pk}/pdf/")
    certificate.refresh_from_db()
    bare = f"{s3.meta.endpoint_url}/{PRIVATE_BUCKET}/{certificate.pdf.name}"
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(bare)
    assert refused.value.code == 403


def test_without_s3_private_files_live_outside_the_media_folder():
    from pathlib import Path

    from django.conf import settings

    from website.storage import private_storage

    storage = private_storage()
    location = Path(storage.location).resolve()
    media_root = Path(settings.MEDIA_ROOT).resolve()
    assert media_root not in location.parents
    assert location != media_root
    with pytest.raises(ValueError, match="no public address"):
        storage.url("certificates/x.pdf")
    assert Certificate._meta.get_field("pdf").storage is storage
