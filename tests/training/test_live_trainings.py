"""Live trainings: attendee CSV import, one attendee added or corrected in the admin,
attendance, bulk issue with e-mails, the certificate e-mail sent again, certificate
actions in the admin, and who may use them."""

import threading
import time
from datetime import date

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.utils import translation
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from tests.factories import UserFactory
from training import certificates as service
from training import live_import
from training.bulk_issue import issue_certificates
from training.models import Attendee, Certificate, CertificateEvent, LiveTraining
from website.csv_import import CSVRefused
from website.permissions import COMMUNICATORS, MODERATORS, TRAINING_MANAGERS, TRANSLATORS

pytestmark = pytest.mark.django_db

VALID_CPF = "52998224725"  # checksum-valid, from the CPF docs' examples
HEADER = "name,email,uf,cpf\n"


@pytest.fixture(autouse=True)
def _messages_in_english():
    # Service-level assertions read the English msgids; views use the user's language.
    with translation.override("en"):
        yield


def make_training(**kwargs):
    values = {
        "title": "Oficina da rede em Foz do Iguaçu",
        "starts_on": date(2025, 10, 7),
        "ends_on": date(2025, 10, 8),
        "place": "Foz do Iguaçu (PR)",
        "hours": 16,
        "signatory_name": "Coordenação-Geral",
        "signatory_role": "MJSP",
    }
    values.update(kwargs)
    return LiveTraining.objects.create(**values)


@pytest.fixture
def training():
    return make_training()


@pytest.fixture
def manager():
    return UserFactory(groups=[TRAINING_MANAGERS])


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


def in_portuguese(msgid):
    """What the admin shows a manager who kept the default language."""
    with translation.override("pt-br"):
        return translation.gettext(msgid)


def errors_by_line(report):
    return {row.line: row.errors for row in report.rows}


# --- Import ------------------------------------------------------------------------


def test_import_checks_first_then_creates(training):
    data = (
        HEADER
        + f"Ana Souza,Ana.Souza@Example.org,am,{VALID_CPF}\nBruno Lima,bruno@example.org,RR,\n"
    ).encode()
    preview = live_import.import_attendees(training, data, dry_run=True)
    assert preview.ok
    assert not preview.applied
    assert [(row.line, row.name, row.action) for row in preview.rows] == [
        (2, "Ana Souza", "create"),
        (3, "Bruno Lima", "create"),
    ]
    assert not training.attendees.exists()
    applied = live_import.import_attendees(training, data, dry_run=False)
    assert applied.applied
    ana = training.attendees.get(email="ana.souza@example.org")
    assert (ana.full_name, ana.uf, ana.cpf) == ("Ana Souza", "AM", VALID_CPF)
    assert training.attendees.get(email="bruno@example.org").cpf == ""
    again = live_import.import_attendees(training, data, dry_run=False)
    assert [row.action for row in again.rows] == ["unchanged", "unchanged"]
    assert training.attendees.count() == 2


def test_a_known_email_updates_and_attendance_is_kept(training):
    Attendee.objects.create(
        training=training, full_name="Ana Sousa", email="ana@example.org", uf="AM", attended=True
    )
    data = (HEADER + "Ana Souza,ANA@example.org,AC,\n").encode()
    report = live_import.import_attendees(training, data, dry_run=False)
    assert [row.action for row in report.rows] == ["update"]
    ana = training.attendees.get()
    assert (ana.full_name, ana.uf, ana.attended) == ("Ana Souza", "AC", True)


def test_without_the_cpf_column_stored_cpfs_stay(training):
    Attendee.objects.create(
        training=training, full_name="Ana", email="ana@example.org", uf="AM", cpf=VALID_CPF
    )
    report = live_import.import_attendees(
        training, b"nome;e-mail;estado\nAna;ana@example.org;AM\n", dry_run=False
    )
    assert [row.action for row in report.rows] == ["unchanged"]
    assert training.attendees.get().cpf == VALID_CPF


def test_every_row_error_is_reported_and_nothing_is_saved(training):
    Attendee.objects.create(
        training=training, full_name="Carla Mendes", email="carla@example.org", uf="AC"
    )
    data = (
        HEADER
        + "Carla Mendes Alterada,carla@example.org,AM,\n"  # a valid update
        + "Diego Rocha,diego-at-example.org,MS,\n"  # bad e-mail
        + "Elisa Prado,elisa@example.org,XX,\n"  # unknown UF
        + "Fábio Reis,fabio@example.org,PR,529.982.247-24\n"  # CPF checksum
        + "Gabriela Dias,carla@example.org,PR,\n"  # duplicate of line 2
        + ",helena@example.org,PR,\n"  # missing name
        + "Igor,,PR,\n"  # missing e-mail
    ).encode()
    report = live_import.import_attendees(training, data, dry_run=False)
    assert not report.ok
    assert not report.applied
    errors = errors_by_line(report)
    assert errors[2] == []
    assert report.rows[0].action == "update"
    assert errors[3] == ["e-mail: “diego-at-example.org” is not an e-mail address."]
    assert errors[4] == ["UF: “XX” is not a Brazilian state; write its two letters, e.g. AM."]
    assert errors[5] == ["CPF: the check digits do not match; check the 11 digits."]
    assert errors[6] == ["e-mail: the same address is on line 2."]
    assert errors[7] == ["name: missing."]
    assert errors[8] == ["e-mail: missing."]
    # All or nothing: the valid update was not applied, no attendee was added.
    carla = training.attendees.get()
    assert carla.full_name == "Carla Mendes"
    assert carla.uf == "AC"


def test_the_report_never_shows_the_cpf(training):
    report = live_import.import_attendees(
        training, (HEADER + "Fábio,f@example.org,PR,52998224724\n").encode()
    )
    assert "52998224724" not in repr(report)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "header"),
    [
        ("utf-8", ",", "name,email,uf,cpf"),
        ("utf-8-sig", ";", "Nome;E-mail;UF;CPF"),
        ("cp1252", ";", "Nome completo;E-mail;Estado;CPF"),
        ("latin-1", ",", "nome,email,uf,cpf"),
    ],
)
def test_encodings_delimiters_and_header_names(training, encoding, delimiter, header):
    line = delimiter.join(["João Conceição", "joao@example.org", "SP", VALID_CPF])
    data = f"{header}\r\n{line}\r\n".encode(encoding)
    report = live_import.import_attendees(training, data, dry_run=False)
    assert report.applied, report.rows
    assert training.attendees.get().full_name == "João Conceição"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"name,email\nAna,ana@example.org\n", "missing columns: uf"),
        (b"name,email,uf,phone\n", "unknown columns: phone"),
        (b"nome,name,email,uf\n", "repeated columns: name"),
        (HEADER.encode(), "no attendees"),
        (b"name,email,uf\nAna,a@example.org,AM,extra\n", "more cells"),
        (HEADER.encode() + b"Ana,a@example.org,AM,\n" * 5001, "more than 5000 rows"),
        (b"x" * (1024 * 1024 + 1), "larger than 1 MB"),
    ],
)
def test_files_refused_whole(training, data, message):
    with pytest.raises(CSVRefused, match=message):
        live_import.import_attendees(training, data, dry_run=False)
    assert not training.attendees.exists()


def upload(content, name="lista.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_admin_import_previews_then_confirms(manager_client, training):
    url = f"/admin/live-trainings/{training.pk}/import/"
    assert manager_client.get(url).status_code == 200
    data = (HEADER + "Ana Souza,ana@example.org,AM,\n").encode()
    preview = manager_client.post(url, {"file": upload(data)})
    page = preview.content.decode()
    assert preview.status_code == 200
    assert "Ana Souza" in page
    assert 'name="confirmed_file"' in page
    assert not training.attendees.exists()
    confirmed = preview.context["confirmed_file"]
    done = manager_client.post(url, {"confirmed_file": confirmed})
    assert done.status_code == 302
    assert done.url == f"/admin/live-trainings/{training.pk}/attendees/"
    assert training.attendees.get().full_name == "Ana Souza"


def test_admin_import_speaks_the_managers_language(client, training):
    spanish = UserFactory(groups=[TRAINING_MANAGERS])
    profile = UserProfile.get_for_user(spanish)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(spanish)
    url = f"/admin/live-trainings/{training.pk}/import/"
    response = client.post(url, {"file": upload((HEADER + "Ana,ana@example.org,XX,\n").encode())})
    page = response.content.decode()
    assert "Nothing was imported" not in page
    assert "“XX”" in page
    with translation.override("es"):
        expected = translation.gettext(
            "Nothing was imported: fix these rows and send the file again"
        )
    assert expected in page
    assert 'name="confirmed_file"' not in page
    refused = client.post(url, {"file": upload(b"colour\nred\n")})
    assert refused.status_code == 400
    assert 'role="alert"' in refused.content.decode()


# --- Concurrency -------------------------------------------------------------------


@pytest.fixture
def committed_demo():
    """Threads use their own connections and see committed data only: put the demo back
    before and after, so the tests that follow still find it."""
    from tests.conftest import restore_demo_state

    restore_demo_state()
    yield
    restore_demo_state()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not settings.DATABASE_IS_POSTGRES,
    reason="Row locks need a real server. On SQLite every write transaction is BEGIN "
    "IMMEDIATE (settings), so a second import waits for the first (busy timeout) the "
    "same way; the in-memory test database cannot show it. CI runs this on PostgreSQL.",
)
def test_concurrent_imports_queue_up_and_never_duplicate(committed_demo):
    training = make_training()
    data = (HEADER + "".join(f"Pessoa {n},p{n}@example.org,AM,\n" for n in range(50))).encode()
    holding, release = threading.Event(), threading.Event()
    reports, failures = [], []

    def hold_the_lock():
        # Stands for a first import that is still saving.
        try:
            with transaction.atomic():
                LiveTraining.objects.select_for_update().get(pk=training.pk)
                holding.set()
                release.wait(10)
                Attendee.objects.create(
                    training=training, full_name="Primeira", email="p0@example.org", uf="AM"
                )
        finally:
            connection.close()

    def second_import():
        try:
            reports.append(live_import.import_attendees(training, data, dry_run=False))
        except Exception as error:
            failures.append(error)
        finally:
            connection.close()

    first = threading.Thread(target=hold_the_lock)
    first.start()
    assert holding.wait(10)
    second = threading.Thread(target=second_import)
    second.start()
    time.sleep(0.5)
    assert second.is_alive(), "the second import must wait for the lock"
    release.set()
    first.join(10)
    second.join(20)
    assert not failures, failures
    report = reports[-1]
    assert report.applied
    # It planned after the first one committed: p0 exists, and its name gets updated.
    assert [row.action for row in report.rows][:2] == ["update", "create"]
    assert Attendee.objects.filter(training=training).count() == 50

    # Two real imports of the same file at once: one creates, the other finds them all.
    again = (HEADER + "".join(f"Outra {n},o{n}@example.org,AC,\n" for n in range(20))).encode()
    barrier = threading.Barrier(2)
    results = []

    def run():
        try:
            barrier.wait()
            results.append(live_import.import_attendees(training, again, dry_run=False))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert sorted({row.action for row in result.rows}.pop() for result in results) == [
        "create",
        "unchanged",
    ]
    assert Attendee.objects.filter(training=training).count() == 70


# --- Attendance --------------------------------------------------------------------


@pytest.fixture
def attendees(training):
    return Attendee.objects.bulk_create(
        Attendee(training=training, full_name=name, email=email, uf="PR", cpf=cpf)
        for name, email, cpf in [
            ("Ana Souza", "ana@example.org", VALID_CPF),
            ("Bruno Lima", "bruno@example.org", ""),
            ("Carla Mendes", "carla@example.org", ""),
        ]
    )


def test_attendance_is_saved_in_bulk_and_the_cpf_masked(manager_client, training, attendees):
    url = f"/admin/live-trainings/{training.pk}/attendees/"
    page = manager_client.get(url).content.decode()
    assert "Ana Souza" in page
    assert VALID_CPF not in page
    assert "***.982.247-**" in page
    ana, bruno, carla = attendees
    carla.attended = True
    carla.save()
    other = make_training(title="Outra").attendees.create(
        full_name="X", email="x@example.org", uf="AM"
    )
    response = manager_client.post(url, {"attended": [ana.pk, bruno.pk, other.pk, "junk"]})
    assert response.status_code == 302
    assert set(training.attendees.filter(attended=True).values_list("full_name", flat=True)) == {
        "Ana Souza",
        "Bruno Lima",
    }
    other.refresh_from_db()
    assert not other.attended  # another training's attendee is never touched


def test_the_list_counts_attendees_attended_and_certificates(manager_client, training, attendees):
    Attendee.objects.filter(pk__in=[attendees[0].pk, attendees[1].pk]).update(attended=True)
    issue_certificates(training)
    response = manager_client.get("/admin/live-trainings/")
    row = next(row for row in response.context["object_list"] if row.pk == training.pk)
    assert (row.attendee_count, row.attended_count, row.certificate_count) == (3, 2, 2)
    assert "Oficina da rede em Foz do Iguaçu" in response.content.decode()


# --- Bulk issue --------------------------------------------------------------------


def test_bulk_issue_is_idempotent_and_emails_each_holder(
    manager_client, manager, training, attendees, django_capture_on_commit_callbacks
):
    training.language = "es"
    training.save()
    Attendee.objects.filter(pk__in=[attendees[0].pk, attendees[2].pk]).update(attended=True)
    url = f"/admin/live-trainings/{training.pk}/issue/"
    assert "2" in manager_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(url)
    assert response.status_code == 302
    certificates = Certificate.objects.filter(attendee__training=training)
    assert {c.holder_name for c in certificates} == {"Ana Souza", "Carla Mendes"}
    assert all(c.language == "es" and c.data_matches_digest() for c in certificates)
    assert not any(c.pdf for c in certificates)  # rendered on first download only
    events = CertificateEvent.objects.filter(certificate__in=certificates, action="issued")
    assert [event.actor for event in events] == [manager, manager]
    assert len(mail.outbox) == 2
    message = next(m for m in mail.outbox if m.to == ["ana@example.org"])
    ana = certificates.get(holder_name="Ana Souza")
    assert f"http://testserver/es/training/certificates/{ana.pk}/" in message.body
    assert ana.code in message.body
    assert message.subject == f"Su certificado: {training.title}"
    assert "Hola, Ana Souza" in message.body

    # Again: nothing new, no e-mail.
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(url)
    assert Certificate.objects.filter(attendee__training=training).count() == 2
    assert len(mail.outbox) == 2
    # An attendee marked later gets theirs, alone.
    Attendee.objects.filter(pk=attendees[1].pk).update(attended=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert len(issue_certificates(training)) == 1
    assert mail.outbox[-1].to == ["bruno@example.org"]


def test_bulk_issue_skips_a_certificate_issued_meanwhile(training, attendees):
    Attendee.objects.filter(training=training).update(attended=True)
    ana = Attendee.objects.get(pk=attendees[0].pk)
    first, created = service.issue_for_attendee(ana)
    assert created
    issued = issue_certificates(training)
    assert len(issued) == 2
    assert Certificate.objects.filter(source_key=first.source_key).count() == 1


@pytest.mark.benchmark
def test_a_thousand_attendees_are_issued_with_emails_in_under_30_seconds(
    training, django_capture_on_commit_callbacks
):
    Attendee.objects.bulk_create(
        Attendee(
            training=training,
            full_name=f"Pessoa {n:04d}",
            email=f"p{n}@example.org",
            uf="PR",
            attended=True,
        )
        for n in range(1000)
    )
    started = time.perf_counter()
    with django_capture_on_commit_callbacks(execute=True):
        issued = issue_certificates(training)
    elapsed = time.perf_counter() - started
    print(f"\n1,000 certificates issued and e-mailed in {elapsed:.2f} s")
    assert len(issued) == 1000
    assert len(mail.outbox) == 1000
    assert CertificateEvent.objects.filter(certificate__attendee__training=training).count() == 1000
    assert elapsed < 30


def test_bulk_issue_takes_batched_queries_not_several_per_attendee(
    training, django_assert_max_num_queries
):
    Attendee.objects.bulk_create(
        Attendee(training=training, full_name=f"P {n}", email=f"q{n}@example.org", uf="PR")
        for n in range(300)
    )
    training.attendees.update(attended=True)
    # Lock, pending list, inserts, read-back, events, pending again. SQLite caps a query
    # at 999 parameters, so its certificate inserts go some 40 rows at a time (PostgreSQL:
    # 500); issuing one by one would take over 1,500 queries.
    with django_assert_max_num_queries(30):
        issued = issue_certificates(training)
    assert len(issued) == 300


# --- Certificate actions -----------------------------------------------------------


@pytest.fixture
def certificate(training, attendees):
    ana = attendees[0]
    ana.attended = True
    ana.save()
    return service.issue_for_attendee(Attendee.objects.get(pk=ana.pk))[0]


def test_correct_name_from_the_admin(
    manager_client, manager, certificate, django_capture_on_commit_callbacks
):
    inspect = manager_client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()
    url = f"/admin/certificates/correct-name/{certificate.pk}/"
    assert url in inspect
    assert in_portuguese("Issued") in inspect  # the event log
    page = manager_client.get(url)
    assert page.status_code == 200
    missing = manager_client.post(url, {"new_name": "Ana Souza Lima", "reason": ""})
    assert missing.status_code == 400
    same = manager_client.post(url, {"new_name": "Ana  Souza", "reason": "x"})
    assert same.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            url, {"new_name": "Ana Souza Lima", "reason": "Nome completo"}
        )
    new = Certificate.objects.get(source_key=certificate.source_key, version=2)
    assert response.status_code == 302
    assert response.url == f"/admin/certificates/inspect/{new.pk}/"
    certificate.refresh_from_db()
    assert certificate.status == "superseded"
    assert certificate.superseded_by == new
    assert new.holder_name == "Ana Souza Lima"
    event = CertificateEvent.objects.get(certificate=certificate, action="superseded")
    assert event.actor == manager
    assert "Nome completo" in event.note
    assert mail.outbox[-1].to == ["ana@example.org"]
    assert str(new.pk) in mail.outbox[-1].body
    # The superseded one has no buttons any more, and its log shows the change.
    old_page = manager_client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()
    assert url not in old_page
    assert in_portuguese("Superseded by a new version") in old_page
    assert manager_client.get(url).status_code == 302


def test_revoke_from_the_admin(manager_client, manager, certificate):
    url = f"/admin/certificates/revoke/{certificate.pk}/"
    assert (
        url in manager_client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()
    )
    assert manager_client.post(url, {"reason": "  "}).status_code == 400
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    response = manager_client.post(url, {"reason": "Emitido por engano"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert (certificate.status, certificate.status_reason) == ("revoked", "Emitido por engano")
    event = CertificateEvent.objects.get(certificate=certificate, action="revoked")
    assert (event.actor, event.note) == (manager, "Emitido por engano")
    page = manager_client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()
    assert "Emitido por engano" in page


# --- One attendee: add, edit -------------------------------------------------------


def attendee_data(**values):
    data = {"full_name": "Davi Nunes", "email": "davi@example.org", "uf": "AM", "cpf": ""}
    data.update(values)
    return data


def shown_messages(response):
    return [str(message) for message in response.context["messages"]]


def test_add_one_attendee_from_the_admin(manager_client, manager, training):
    list_url = f"/admin/live-trainings/{training.pk}/attendees/"
    url = f"/admin/live-trainings/{training.pk}/attendees/add/"
    assert url in manager_client.get(list_url).content.decode()
    assert manager_client.get(url).status_code == 200
    response = manager_client.post(
        url,
        attendee_data(full_name="  Davi   Nunes ", email="Davi@Example.ORG", cpf="529.982.247-25"),
        follow=True,
    )
    assert response.redirect_chain == [(list_url, 302)]
    davi = training.attendees.get()
    # Checked and stored as the CSV import stores a row.
    assert (davi.full_name, davi.email, davi.uf, davi.cpf, davi.attended) == (
        "Davi Nunes",
        "davi@example.org",
        "AM",
        VALID_CPF,
        False,
    )
    assert shown_messages(response) == [
        in_portuguese("%(name)s was added to the attendees.") % {"name": "Davi Nunes"}
    ]
    entry = ModelLogEntry.objects.get(object_id=str(davi.pk), action="wagtail.create")
    assert entry.user == manager
    assert "Davi Nunes" in entry.label
    # The import then recognises the attendee by e-mail.
    report = live_import.import_attendees(
        training, b"name,email,uf\nDavi Nunes,DAVI@example.org,AM\n"
    )
    assert [row.action for row in report.rows] == ["unchanged"]


def test_a_duplicate_email_is_refused_and_nothing_changes(manager_client, training, attendees):
    url = f"/admin/live-trainings/{training.pk}/attendees/add/"
    before = list(training.attendees.order_by("pk").values_list("full_name", "email", "uf"))
    response = manager_client.post(
        url, attendee_data(full_name="Outra Ana", email=" ANA@example.org ")
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert (
        in_portuguese("%(name)s already has this e-mail address in this training.")
        % {"name": "Ana Souza"}
        in page
    )
    assert in_portuguese("Nothing was saved: correct the fields marked below.") in page
    assert list(training.attendees.order_by("pk").values_list("full_name", "email", "uf")) == before
    assert not ModelLogEntry.objects.filter(action="wagtail.create", label__contains="Outra Ana")
    # The same address in another training is another attendee.
    other = make_training(title="Outra oficina")
    response = manager_client.post(
        f"/admin/live-trainings/{other.pk}/attendees/add/", attendee_data(email="ana@example.org")
    )
    assert response.status_code == 302
    assert other.attendees.get().email == "ana@example.org"


@pytest.mark.parametrize(
    ("values", "field", "msgid"),
    [
        ({"email": "davi-at-example.org"}, "email", "Enter a valid email address."),
        ({"email": ""}, "email", "This field is required."),
        ({"full_name": "   "}, "full_name", "This field is required."),
        (
            {"uf": "XX"},
            "uf",
            "Select a valid choice. %(value)s is not one of the available choices.",
        ),
        ({"cpf": "529.982.247-24"}, "cpf", "This CPF is not valid: check the 11 digits."),
    ],
)
def test_invalid_attendees_are_refused_in_the_managers_language(
    client, training, values, field, msgid
):
    spanish = UserFactory(groups=[TRAINING_MANAGERS])
    profile = UserProfile.get_for_user(spanish)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(spanish)
    response = client.post(
        f"/admin/live-trainings/{training.pk}/attendees/add/", attendee_data(**values)
    )
    assert response.status_code == 400
    with translation.override("es"):
        expected = translation.gettext(msgid) % {"value": values.get("uf", "")}
        heading = translation.gettext("Nothing was saved: correct the fields marked below.")
    page = response.content.decode()
    assert expected in page
    assert heading in page
    assert list(response.context["form"].errors) == [field]
    assert not training.attendees.exists()


def test_a_duplicate_is_refused_in_spanish_too(client, training, attendees):
    spanish = UserFactory(groups=[TRAINING_MANAGERS])
    profile = UserProfile.get_for_user(spanish)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(spanish)
    response = client.post(
        f"/admin/live-trainings/{training.pk}/attendees/add/",
        attendee_data(email="bruno@example.org"),
    )
    assert response.status_code == 400
    assert "Bruno Lima ya tiene esta dirección de correo electrónico" in response.content.decode()
    assert training.attendees.count() == 3


def test_edit_an_attendee_before_certificates(manager_client, manager, training, attendees):
    ana = attendees[0]
    url = f"/admin/live-trainings/{training.pk}/attendees/{ana.pk}/edit/"
    page = manager_client.get(url)
    assert page.status_code == 200
    assert VALID_CPF not in page.content.decode()  # the stored CPF never goes back whole
    assert "***.982.247-**" in page.content.decode()
    # Another attendee's address is refused, whatever its case.
    taken = manager_client.post(url, attendee_data(full_name="Ana", email="BRUNO@example.org"))
    assert taken.status_code == 400
    ana.refresh_from_db()
    assert (ana.full_name, ana.email) == ("Ana Souza", "ana@example.org")
    # Keeping one's own address is fine; an empty CPF keeps the stored one.
    response = manager_client.post(
        url, attendee_data(full_name="Ana Souza Lima", email="ANA@example.org", uf="PR")
    )
    assert response.status_code == 302
    ana.refresh_from_db()
    assert (ana.full_name, ana.email, ana.uf, ana.cpf) == (
        "Ana Souza Lima",
        "ana@example.org",
        "PR",
        VALID_CPF,
    )
    entry = ModelLogEntry.objects.get(object_id=str(ana.pk), action="wagtail.edit")
    assert entry.user == manager
    # An attendee of another training is not reachable through this one.
    other = make_training(title="Outra").attendees.create(
        full_name="X", email="x@example.org", uf="AM"
    )
    wrong = f"/admin/live-trainings/{training.pk}/attendees/{other.pk}/edit/"
    assert manager_client.get(wrong, follow=True).status_code == 404


def test_with_a_certificate_the_name_goes_through_correct_name(manager_client, certificate):
    ana = certificate.attendee
    url = f"/admin/live-trainings/{ana.training_id}/attendees/{ana.pk}/edit/"
    page = manager_client.get(url).content.decode()
    assert f"/admin/certificates/correct-name/{certificate.pk}/" in page
    assert certificate.code in page
    response = manager_client.post(
        url, attendee_data(full_name="Ana Trocada", email="ana.souza@example.org", uf="PR")
    )
    assert response.status_code == 302
    ana.refresh_from_db()
    # The e-mail is corrected; the name stays as on the certificate.
    assert (ana.full_name, ana.email) == ("Ana Souza", "ana.souza@example.org")
    certificate.refresh_from_db()
    assert (certificate.holder_name, certificate.status) == ("Ana Souza", "valid")


# --- The certificate e-mail, again ---------------------------------------------------


@pytest.fixture
def spanish_certificate(training, attendees):
    training.language = "es"
    training.save()
    ana = Attendee.objects.get(pk=attendees[0].pk)
    ana.attended = True
    ana.save()
    return service.issue_for_attendee(ana)[0]


def resend_url(certificate):
    attendee = certificate.attendee
    return (
        f"/admin/live-trainings/{attendee.training_id}/attendees/{attendee.pk}/resend-certificate/"
    )


def test_resend_queues_one_email_in_the_certificates_language(
    manager_client, manager, spanish_certificate, django_capture_on_commit_callbacks
):
    certificate = spanish_certificate
    url = resend_url(certificate)
    attendees_page = manager_client.get(
        f"/admin/live-trainings/{certificate.attendee.training_id}/attendees/"
    )
    assert url in attendees_page.content.decode()
    inspect = manager_client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()
    assert url in inspect
    page = manager_client.get(url)
    assert page.status_code == 200
    after = page.context["form"].initial["after"]
    assert "ana@example.org" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = manager_client.post(url, {"after": after}, follow=True)
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    assert message.subject == f"Su certificado: {certificate.course_title}"
    assert "Hola, Ana Souza" in message.body
    assert f"http://testserver/es/training/certificates/{certificate.pk}/" in message.body
    assert shown_messages(response) == [
        in_portuguese("The certificate e-mail is being sent again to %(email)s.")
        % {"email": "ana@example.org"}
    ]
    event = CertificateEvent.objects.get(certificate=certificate, action="emailed")
    assert (event.actor, event.note) == (manager, "ana@example.org")
    assert (
        in_portuguese("E-mail sent again")
        in manager_client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()
    )

    # The same page sent twice (a double click, a reload): one e-mail only.
    with django_capture_on_commit_callbacks(execute=True):
        again = manager_client.post(url, {"after": after}, follow=True)
    assert len(mail.outbox) == 1
    assert CertificateEvent.objects.filter(certificate=certificate, action="emailed").count() == 1
    assert shown_messages(again) == [
        in_portuguese("This e-mail was already sent again from this page; it was not sent twice.")
    ]
    # A new click from a fresh page sends it once more; the certificate is untouched.
    fresh = manager_client.get(url).context["form"].initial["after"]
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(url, {"after": fresh})
    assert len(mail.outbox) == 2
    certificate.refresh_from_db()
    assert (certificate.status, certificate.version) == ("valid", 1)
    assert Certificate.objects.filter(source_key=certificate.source_key).count() == 1


def test_resend_goes_to_the_corrected_address(
    manager_client, spanish_certificate, django_capture_on_commit_callbacks
):
    ana = spanish_certificate.attendee
    manager_client.post(
        f"/admin/live-trainings/{ana.training_id}/attendees/{ana.pk}/edit/",
        attendee_data(full_name="Ana Souza", email="ana.souza@example.org", uf="PR"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(resend_url(spanish_certificate), {"after": 0})
    assert [message.to for message in mail.outbox] == [["ana.souza@example.org"]]


def test_resend_is_refused_for_a_revoked_certificate_or_none(
    manager_client, manager, training, attendees, spanish_certificate,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    service.revoke(spanish_certificate, manager, "Emitido por engano")
    url = resend_url(spanish_certificate)
    list_url = f"/admin/live-trainings/{training.pk}/attendees/"
    assert url not in manager_client.get(list_url).content.decode()
    for response in [
        manager_client.get(url, follow=True),
        manager_client.post(url, {"after": 0}, follow=True),
    ]:
        assert response.redirect_chain == [(list_url, 302)]
        assert shown_messages(response) == [
            in_portuguese("The certificate of %(name)s was revoked: it is not e-mailed again.")
            % {"name": "Ana Souza"}
        ]
    bruno = attendees[1]  # no certificate at all
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            f"/admin/live-trainings/{training.pk}/attendees/{bruno.pk}/resend-certificate/",
            {"after": 0},
            follow=True,
        )
    assert shown_messages(response) == [
        in_portuguese("%(name)s has no certificate yet: there is nothing to e-mail.")
        % {"name": "Bruno Lima"}
    ]
    assert not mail.outbox
    assert not CertificateEvent.objects.filter(action="emailed").exists()


def test_without_the_permission_an_editor_adds_and_resends_nothing(
    client, training, certificate, django_capture_on_commit_callbacks
):
    """A user who may see attendees but not add, change or e-mail them (a group made
    for the test: no role has that mix) gets no buttons and a refusal."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Attendee viewers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_attendee"),
        Permission.objects.get(codename="view_livetraining"),
    )
    client.force_login(UserFactory(groups=["Attendee viewers"]))
    ana = certificate.attendee
    base = f"/admin/live-trainings/{training.pk}/attendees/"
    page = client.get(base).content.decode()
    assert "Ana Souza" in page
    assert f"{base}add/" not in page
    assert f"{base}{ana.pk}/edit/" not in page
    assert f"{base}{ana.pk}/resend-certificate/" not in page
    with django_capture_on_commit_callbacks(execute=True):
        for url, data in [
            (f"{base}add/", attendee_data()),
            (f"{base}{ana.pk}/edit/", attendee_data(full_name="X", email="x@example.org")),
            (f"{base}{ana.pk}/resend-certificate/", {"after": 0}),
        ]:
            for response in [client.get(url), client.post(url, data)]:
                # Wagtail turns a refusal into a redirect to the dashboard, with a message.
                assert response.status_code in (302, 403), url
                if response.status_code == 302:
                    assert response.url == "/admin/", url
    assert list(training.attendees.values_list("full_name", "email")) == [
        ("Ana Souza", "ana@example.org"),
        ("Bruno Lima", "bruno@example.org"),
        ("Carla Mendes", "carla@example.org"),
    ]
    assert not mail.outbox
    assert not CertificateEvent.objects.filter(action="emailed").exists()


# --- Permissions -------------------------------------------------------------------


def admin_urls(training, certificate):
    return [
        "/admin/live-trainings/",
        "/admin/live-trainings/new/",
        f"/admin/live-trainings/edit/{training.pk}/",
        f"/admin/live-trainings/{training.pk}/attendees/",
        f"/admin/live-trainings/{training.pk}/import/",
        f"/admin/live-trainings/{training.pk}/issue/",
        f"/admin/live-trainings/{training.pk}/attendees/add/",
        f"/admin/live-trainings/{training.pk}/attendees/{certificate.attendee_id}/edit/",
        f"/admin/live-trainings/{training.pk}/attendees/{certificate.attendee_id}/resend-certificate/",
        f"/admin/certificates/inspect/{certificate.pk}/",
        f"/admin/certificates/correct-name/{certificate.pk}/",
        f"/admin/certificates/revoke/{certificate.pk}/",
    ]


def test_training_managers_use_every_page(manager_client, training, certificate):
    for url in admin_urls(training, certificate):
        assert manager_client.get(url).status_code == 200, url
    home = manager_client.get("/admin/").content.decode()
    assert "/admin/live-trainings/" in home


@pytest.mark.parametrize("group", [COMMUNICATORS, MODERATORS, TRANSLATORS])
def test_other_roles_are_refused_everywhere(client, group, training, certificate):
    client.force_login(UserFactory(groups=[group]))
    assert "/admin/live-trainings/" not in client.get("/admin/").content.decode()
    for url in admin_urls(training, certificate):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response.url == "/admin/", url
        assert "Ana Souza" not in response.content.decode()
    posts = [
        (f"/admin/live-trainings/{training.pk}/attendees/", {"attended": []}),
        (f"/admin/live-trainings/{training.pk}/issue/", {}),
        (
            f"/admin/live-trainings/{training.pk}/import/",
            {"file": upload(b"name,email,uf\nX,x@example.org,AM\n")},
        ),
        (f"/admin/certificates/revoke/{certificate.pk}/", {"reason": "x"}),
        (f"/admin/certificates/correct-name/{certificate.pk}/", {"new_name": "X", "reason": "x"}),
        (f"/admin/live-trainings/{training.pk}/attendees/add/", attendee_data(full_name="X")),
        (
            f"/admin/live-trainings/{training.pk}/attendees/{certificate.attendee_id}/edit/",
            attendee_data(full_name="X", email="ana@example.org"),
        ),
        (
            f"/admin/live-trainings/{training.pk}/attendees/{certificate.attendee_id}/resend-certificate/",
            {"after": 0},
        ),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code in (302, 403), url
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    assert training.attendees.filter(attended=True).count() == 1
    assert not training.attendees.filter(full_name="X").exists()
    assert not certificate.events.filter(action=CertificateEvent.EMAILED_AGAIN).exists()
    assert not mail.outbox


def test_anonymous_visitors_are_sent_to_the_login(client, training, certificate):
    for url in admin_urls(training, certificate):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith("/admin/login/"), url


# --- Demo --------------------------------------------------------------------------


def test_demo_live_trainings_have_attendees_and_certificates_and_reload_unchanged():
    from django.core.management import call_command

    from training.demo import BORDER_WORKSHOP

    workshop = LiveTraining.objects.get(title=BORDER_WORKSHOP["title"])
    assert workshop.attendees.count() == 10
    attended = workshop.attendees.filter(attended=True)
    assert attended.count() == 8
    holders = set(
        Certificate.objects.filter(attendee__training=workshop).values_list(
            "holder_name", flat=True
        )
    )
    assert holders == set(attended.values_list("full_name", flat=True))
    assert workshop.trainers.count() == 2

    def counts():
        return [
            model.objects.count()
            for model in (LiveTraining, Attendee, Certificate, CertificateEvent)
        ]

    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before
    assert not mail.outbox  # fictional addresses are never e-mailed
