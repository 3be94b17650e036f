"""CSV import/export: round trip, dry run, all-or-nothing, idempotence, refusals."""

import csv
import io

import pytest
from django.utils import translation

from channels import csv_io
from channels.models import Channel
from tests.channels.factories import make_channel
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _messages_in_english():
    # The assertions read the English msgids; the catalogues translate them.
    with translation.override("en"):
        yield


pytestmark = pytest.mark.django_db


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text)))


def to_csv(rows, columns=csv_io.COLUMNS):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def test_export_then_import_changes_nothing():
    make_channel(
        name="Ida e volta",
        phones=[("phone", {"number": "0800 123 4567", "label": "Central", "description": ""})],
        latitude=-3.1,
        longitude=-60.02,
        libras=True,
        hours="mo-fr 08:00-18:00; sa 09:00-12:00",
    )
    exported = csv_io.export_csv()
    assert exported.splitlines()[0].split(",") == csv_io.COLUMNS
    count = Channel.objects.count()
    report = csv_io.import_csv(exported.encode(), dry_run=False)
    assert report.ok
    assert report.applied
    assert report.count("unchanged") == len(report.rows) == 34
    assert Channel.objects.count() == count
    assert csv_io.export_csv() == exported


def test_changes_and_new_rows_are_imported_once():
    rows = rows_of(csv_io.export_csv())
    disque = next(row for row in rows if row["slug"] == "disque-100")
    disque["description"] = "Nova descrição"
    new = dict.fromkeys(csv_io.COLUMNS, "")
    new.update(
        name="CREAS Manaus", kind="social_assistance", scope="municipal", state_province="AM",
        city="Manaus", schedule="Mo-Fr 08:00-17:00", timezone="America/Manaus",
        stages="victim_care; post_rescue", languages="pt; es", phones="(92) 3000-0000 | Recepção",
        accessibility="wheelchair", hide_address="no", open_24h="no", status="active",
    )  # fmt: skip
    data = to_csv([disque, new])
    dry = csv_io.import_csv(data, dry_run=True)
    assert [row.action for row in dry.rows] == ["update", "create"]
    assert not Channel.objects.filter(name="CREAS Manaus").exists()
    applied = csv_io.import_csv(data, dry_run=False)
    assert applied.applied
    created = Channel.objects.get(name="CREAS Manaus")
    assert created.live
    assert created.wheelchair
    assert created.languages == ["pt", "es"]
    assert created.hours == "mo-fr 08:00-17:00"
    assert Channel.objects.get(slug="disque-100", locale__language_code="pt-br").description == (
        "Nova descrição"
    )
    # Importing the export again changes nothing; so does the file with the new row's id.
    again = csv_io.import_csv(csv_io.export_csv().encode(), dry_run=False)
    assert again.count("unchanged") == len(again.rows)


def test_a_bad_row_stops_everything_and_every_error_is_listed():
    rows = rows_of(csv_io.export_csv())
    good = next(row for row in rows if row["slug"] == "disque-100")
    good["name"] = "Nome novo"
    bad = dict(rows[1])
    bad.update(kind="rocket", schedule="segunda 8-12", latitude="north", hide_address="maybe")
    duplicate = dict(rows[2])
    duplicate["id"] = bad["id"]
    report = csv_io.import_csv(to_csv([good, bad, duplicate]), dry_run=False)
    assert not report.applied
    errors = {row.line: row.errors for row in report.rows}
    assert errors[2] == []
    assert any(e.startswith("kind:") for e in errors[3])
    assert any(e.startswith("hours:") for e in errors[3])
    assert any(e.startswith("latitude:") for e in errors[3])
    assert any(e.startswith("hide_address:") for e in errors[3])
    assert any("line 3" in e for e in errors[4])
    assert not Channel.objects.filter(name="Nome novo").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"name;kind\nx;y\n", "columns"),
        (b"id,name,kind,scope,colour\n", "unknown columns: colour"),
        (b"id,name,kind,scope\n", "no channels"),
        ("id,name,kind,scope\n,Ação,police,national\n".encode("latin-1"), "UTF-8"),
        (b"id,name,kind,scope\n,a,police,national,extra\n", "more cells"),
        (b"x" * (csv_io.MAX_BYTES + 1), "5 MB"),
    ],
)
def test_refusals(data, message):
    with pytest.raises(csv_io.CSVRefused, match=message):
        csv_io.import_csv(data)


def test_admin_import_is_for_moderators(client):
    communicator = UserFactory(groups=["Communicators"])
    client.force_login(communicator)
    refused = client.get("/admin/channels/import/")
    assert refused.status_code == 302
    assert refused.url == "/admin/"
    assert client.get("/admin/channels/export.csv").status_code == 200
    moderator = UserFactory(groups=["Moderators"])
    client.force_login(moderator)
    upload = io.BytesIO(b"id,name,kind,scope\n,Novo,rocket,national\n")
    upload.name = "canais.csv"
    response = client.post("/admin/channels/import/", {"file": upload})
    assert response.status_code == 200
    assert "rocket" in response.content.decode()
    refused = io.BytesIO(b"nothing,here\n1,2\n")
    refused.name = "x.csv"
    response = client.post("/admin/channels/import/", {"file": refused, "apply": "yes"})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
