"""Annual report of trainings: figures per breakdown, small-cell suppression, evaluation
averages, CSV, charts, permissions, fixed query count and speed at 100,000 enrolments."""

import csv
import datetime
import io
import itertools
import random
import re
import time
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tests.factories import UserFactory
from tests.training.factories import make_course, make_module
from training.annual_report import (
    SUPPRESSED,
    Row,
    _suppress,
    annual_report,
    hidden_cells,
    years_with_data,
)
from training.models import (
    Attendee,
    Certificate,
    CourseEvaluation,
    CoursePage,
    Enrolment,
    LiveTraining,
    Profile,
)
from training.models.certificates import REVOKED, SUPERSEDED
from website.permissions import COMMUNICATORS, MODERATORS, TRAINING_MANAGERS, TRANSLATORS

pytestmark = pytest.mark.django_db
URL = "/admin/training/annual-report/"
YEAR = 2021
S = SUPPRESSED
# Personal data planted in the fixture, none of which may reach the report.
SECRETS = ["Zuleica", "Fulana", "@example.org", "52998224725", "529.982.247-25", "Ataíde"]


def local(year, month, day, hour=12, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=timezone.get_default_timezone())


def person(number, uf=None, organisation=None):
    user = UserFactory(
        username=f"zuleica{number}", email=f"zuleica{number}@example.org", first_name="Zuleica"
    )
    user.save()
    if uf:
        Profile.objects.create(
            user=user,
            full_name=f"Zuleica Fulana {number}",
            uf=uf,
            organisation_type=organisation,
            cpf="52998224725",
        )
    return user


def enrol(user, course, enrolled, completed=None):
    enrolment = Enrolment.objects.create(
        user=user, course=course, course_key=course.translation_key
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=enrolled, completed_at=completed)
    enrolment.refresh_from_db()
    return enrolment


def certificate(source_key, issued, hours, course=None, title="", version=1, **fields):
    made = Certificate.objects.create(
        source_key=source_key,
        version=version,
        course=course,
        holder_name=fields.pop("holder_name", "Zuleica Fulana"),
        course_title=title or course.title,
        hours=hours,
        started_on=issued.date(),
        completed_on=issued.date(),
        language="pt-br",
        signatory_name="Coordenação",
        signatory_role="MJSP",
        data={},
        sha256="",
        **fields,
    )
    Certificate.objects.filter(pk=made.pk).update(issued_at=issued)
    return made


def evaluate(user, course, created, overall, content, usefulness):
    evaluation = CourseEvaluation.objects.create(
        user=user,
        course=course,
        course_key=course.translation_key,
        overall=overall,
        content=content,
        usefulness=usefulness,
        comment="Zuleica gostou",
    )
    CourseEvaluation.objects.filter(pk=evaluation.pk).update(created_at=created)


@pytest.fixture
def fixture_data():
    """The small world whose figures are computed by hand in the tests below."""
    course_a = make_course(
        "curso-a", [make_module("curso-a-m")], title="Curso A", workload_hours=10
    )
    # Both courses deliver 10 hours a certificate: hidden side by side, their hours tell
    # nothing more than their certificates (see the test of rule 3 below).
    course_b = make_course(
        "curso-b", [make_module("curso-b-m")], title="Curso B", workload_hours=10
    )
    u1 = person(1, "SP", "public_servant")
    u2 = person(2, "SP", "public_servant")
    u3 = person(3, "SP", "civil_society")
    u4 = person(4, "RJ", "network")
    u5 = person(5, "AM", "public_servant")
    u6 = person(6)  # an account without a trainee profile
    e1a = enrol(u1, course_a, local(YEAR, 1, 10), local(YEAR, 2, 1))
    e2a = enrol(u2, course_a, local(YEAR, 1, 20), local(YEAR, 2, 10))
    e3a = enrol(u3, course_a, local(YEAR, 2, 5), local(YEAR, 3, 2))
    enrol(u4, course_a, local(YEAR, 3, 1))
    enrol(u5, course_a, local(YEAR, 3, 15))
    e1b = enrol(u1, course_b, local(YEAR, 1, 15), local(YEAR, 3, 5))
    enrol(u2, course_b, local(YEAR, 2, 1))
    enrol(u6, course_b, local(YEAR, 3, 3))
    # 23:30 on New Year's Eve in Brasília is already 2021 in UTC: still a 2020 enrolment.
    e3b = enrol(u3, course_b, local(YEAR - 1, 12, 31, 23, 30), local(YEAR, 1, 5))
    # 00:30 on 1 January 2022 in Brasília is still 2021 in UTC: a 2022 enrolment.
    enrol(u5, course_b, local(YEAR + 1, 1, 1, 0, 30))

    first = certificate(f"enrolment:{e1a.pk}", local(YEAR, 2, 1), 10, course_a, user=u1)
    corrected = certificate(
        f"enrolment:{e1a.pk}", local(YEAR, 6, 1), 10, course_a, version=2, user=u1
    )
    Certificate.objects.filter(pk=first.pk).update(status=SUPERSEDED, superseded_by=corrected)
    certificate(f"enrolment:{e2a.pk}", local(YEAR, 2, 10), 10, course_a, user=u2)
    certificate(f"enrolment:{e3a.pk}", local(YEAR, 3, 2), 10, course_a, user=u3, status=REVOKED)
    certificate(f"enrolment:{e1b.pk}", local(YEAR, 3, 5), 10, course_b, user=u1)
    certificate(f"enrolment:{e3b.pk}", local(YEAR, 1, 5), 10, course_b, user=u3)

    workshop = LiveTraining.objects.create(
        title="Oficina em Manaus",
        starts_on=datetime.date(YEAR, 4, 9),
        ends_on=datetime.date(YEAR, 4, 10),
        place="Manaus",
        hours=6,
        signatory_name="Coordenação",
        signatory_role="MJSP",
    )
    for number, uf in enumerate(["AM", "AM", "PA"]):
        attendee = Attendee.objects.create(
            training=workshop,
            full_name=f"Ataíde Zuleica {number}",
            email=f"ataide{number}@example.org",
            uf=uf,
            cpf="52998224725",
            attended=True,
        )
        certificate(
            f"attendee:{attendee.pk}",
            local(YEAR, 4, 10),
            6,
            title=workshop.title,
            attendee=attendee,
            holder_name=attendee.full_name,
        )

    evaluate(u1, course_a, local(YEAR, 2, 2), 5, 4, 3)
    evaluate(u2, course_a, local(YEAR, 2, 11), 4, 4, 3)
    evaluate(u3, course_a, local(YEAR, 3, 3), 3, 5, 3)
    evaluate(u4, course_a, local(YEAR - 1, 6, 1), 1, 1, 1)  # another year
    evaluate(u1, course_b, local(YEAR, 3, 6), 5, 5, 5)
    evaluate(u3, course_b, local(YEAR, 1, 6), 4, 4, 4)
    return {"course_a": course_a, "course_b": course_b}


def figures(report, name):
    return {row.label: row.figures() for row in report.breakdown(name).rows}


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def admin_in(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def manager():
    return admin_in(UserFactory(groups=[TRAINING_MANAGERS]), "en")


# --- Figures ---------------------------------------------------------------------------


def test_totals_count_each_completion_once_in_local_time(fixture_data):
    report = annual_report(YEAR)
    # 8 enrolments (not the 2020 and 2022 ones); 5 completions; certificates: 2 of
    # course A (the corrected one once, the revoked one not), 2 of B, 3 of the workshop.
    assert report.total.figures() == [8, 5, 7, 4 * 10 + 3 * 6]
    assert not report.hours_withheld


def test_by_course(fixture_data):
    assert figures(annual_report(YEAR), "course") == {
        # completions: B has 2, so A (3, the smallest other) is hidden with it;
        # certificates: A and B have 2 each; their hours follow them.
        "Curso A": [5, S, S, S],
        "Curso B": [3, S, S, S],
        "Oficina em Manaus": [0, 0, 3, 18],
    }


def test_by_uf_with_attendees_and_not_informed(fixture_data):
    rows = figures(annual_report(YEAR), "uf")
    assert len(rows) == 28  # the 27 UFs and "not informed"
    assert rows["São Paulo (SP)"] == [5, 5, 4, 40]
    assert rows["Rio de Janeiro (RJ)"] == [S, 0, 0, 0]
    assert rows["Amazonas (AM)"] == [S, 0, S, S]  # two attendees from Manaus
    assert rows["Pará (PA)"] == [0, 0, S, S]
    assert rows["Acre (AC)"] == [0, 0, 0, 0]
    assert rows["Not informed"] == [S, 0, 0, 0]


def test_by_organisation_type(fixture_data):
    rows = figures(annual_report(YEAR), "organisation")
    assert rows == {
        # completions 3 and 2: the 2 is hidden, and the 3 beside it;
        # certificates 3, 1 and 3 (attendees have no type): the tie goes to the first.
        "Public servant": [5, S, S, S],
        "Civil society": [S, S, S, S],
        "NETP/PAAHM network": [S, 0, 0, 0],
        "Other": [0, 0, 0, 0],
        "Not informed": [S, 0, 3, 18],
    }


def test_by_month(fixture_data):
    report = annual_report(YEAR)
    rows = [row.figures() for row in report.breakdown("month").rows]
    assert [row.key for row in report.breakdown("month").rows][:2] == ["2021-01", "2021-02"]
    assert len(rows) == 12
    # enrolments 3, 2, 3: February's 2 is hidden, and January (first of the two 3s).
    assert rows[0] == [S, S, S, S]
    assert rows[1] == [S, S, S, S]
    assert rows[2] == [3, S, S, S]
    assert rows[3] == [0, 0, 3, 18]
    assert rows[4:] == [[0, 0, 0, 0]] * 8


def test_evaluation_averages_only_from_three_answers_in_the_year(fixture_data):
    evaluations = {row.label: row.evaluation for row in annual_report(YEAR).evaluations}
    assert evaluations["Curso A"] == {
        "answers": 3,
        "overall": 4.0,
        "content": 4.3,
        "usefulness": 3.0,
    }
    assert evaluations["Curso B"] == {"answers": S}
    assert "Oficina em Manaus" not in evaluations


def test_years_with_data_run_from_the_first_to_the_current(fixture_data):
    years = years_with_data()
    assert years[0] == max(timezone.localdate().year, YEAR + 1)
    assert years[-1] <= YEAR - 1
    assert years == sorted(years, reverse=True)


# --- Suppression rule ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "hidden"),
    [
        ([0, 5, 9], set()),  # 0 is shown as 0
        ([1, 5, 9], {0, 1}),  # one small cell: the smallest other non-zero joins it
        ([2, 0, 9, 5], {0, 3}),  # never a zero as the second cell
        ([1, 2, 9], {0, 1}),  # two small cells: nothing more
        ([2, 7, 7], {0, 1}),  # ties: the first
        ([2, 0, 0], {0}),  # nothing else to hide: the total is 2 and hidden too
        ([3, 4], set()),
    ],
)
def test_hidden_cells(counts, hidden):
    assert hidden_cells(counts) == hidden


def test_no_single_hidden_cell_can_be_backed_out_of_a_total(fixture_data):
    report = annual_report(YEAR)
    for breakdown in report.breakdowns:
        for index, measure in enumerate(("enrolments", "completions", "certificates", "hours")):
            column = [row.figures()[index] for row in breakdown.rows]
            assert column.count(S) != 1, (breakdown.name, measure, column)
            total = getattr(report.total, measure)
            if S not in column:
                assert sum(column) == total, (breakdown.name, measure)


def _course_rows(*figures):
    return [
        Row(key=f"c{index}", label=f"Course {index}", certificates=certificates, hours=hours)
        for index, (certificates, hours) in enumerate(figures)
    ]


def test_the_second_hidden_course_delivers_the_same_hours_per_certificate():
    # One certificate of a 10-hour course. The smallest other course (3 of 4 hours) would
    # give it away: hidden hours 22 = 10a + 4b with a + b = 4 leaves only a = 1.
    rows = _course_rows((1, 10), (3, 12), (5, 50), (7, 28))
    assert _suppress(rows, by_course=True) is False
    assert [row.certificates for row in rows] == [S, 3, S, 7]
    assert [row.hours for row in rows] == [S, 12, S, 28]
    # Outside the course breakdown the smallest other cell is still the one.
    rows = _course_rows((1, 10), (3, 12), (5, 50), (7, 28))
    assert _suppress(rows) is False
    assert [row.certificates for row in rows] == [S, S, 5, 7]


@pytest.mark.parametrize(
    "figures",
    [
        [(1, 10), (3, 12), (7, 28)],  # no course alike: the lone one joins a different one
        [(1, 10), (2, 8), (7, 28)],  # two small courses of different workloads
        [(2, 0), (1, 10), (9, 90)],  # a course of unknown workload (no hours) beside one
    ],
)
def test_hidden_courses_of_different_workloads_withhold_hours(figures):
    assert _suppress(_course_rows(*figures), by_course=True) is True


def test_hours_that_would_give_hidden_courses_away_are_withheld_everywhere(
    fixture_data, manager, client
):
    # Curso B at 4 hours beside Curso A at 10, two certificates hidden in each: with the
    # hours total (58 - 12 = 46) the hidden hours would be 28 = 10a + 4b with a + b = 4,
    # so a = b = 2. The year's hours are withheld instead, certificates stay as they were.
    Certificate.objects.filter(course=fixture_data["course_b"]).update(hours=4)
    report = annual_report(YEAR)
    assert report.hours_withheld
    assert report.total.figures() == [8, 5, 7, S]
    for breakdown in report.breakdowns:
        assert {row.hours for row in breakdown.rows} == {S}, breakdown.name
    assert figures(report, "course")["Oficina em Manaus"] == [0, 0, 3, S]
    assert figures(report, "uf")["São Paulo (SP)"] == [5, 5, 4, S]
    client.force_login(manager)
    page = client.get(URL, {"year": YEAR}).content.decode()
    assert "Hours are not shown for this year" in page
    without_note = client.get(URL, {"year": YEAR - 1}).content.decode()
    assert "Hours are not shown for this year" not in without_note


def test_a_tiny_year_hides_its_totals(manager, client):
    course = make_course("pequeno", [make_module("pequeno-m")], title="Pequeno")
    enrol(person(9, "AC", "other"), course, local(2019, 5, 5), local(2019, 5, 6))
    report = annual_report(2019)
    assert report.total.figures()[:2] == [S, S]
    client.force_login(manager)
    response = client.get(URL, {"year": 2019})
    assert response.context["total_figures"] == [S, S, "0", "0"]
    assert "&lt; 3" in response.content.decode()


# --- The admin page, charts and CSV ------------------------------------------------------


def test_page_shows_every_breakdown_chart_and_no_personal_data(fixture_data, manager, client):
    client.force_login(manager)
    response = client.get(URL, {"year": YEAR})
    assert response.status_code == 200
    page = response.content.decode()
    for heading in ("By course", "By state (UF)", "By organisation type", "By month"):
        assert heading in page
    assert page.count('role="img"') == 2  # monthly and per-UF charts
    assert "<title" in page
    assert "<desc" in page
    assert page.count('<table class="listing') == 5  # four breakdowns and evaluations
    # Each table scrolls sideways on a phone, so keyboard users can reach it to scroll.
    assert len(re.findall(r'class="annual-report__scroll" tabindex="0" role="region"', page)) == 5
    assert "Curso A" in page
    assert "Oficina em Manaus" in page
    assert '<option value="2021" selected>' in page
    for secret in SECRETS:
        assert secret not in page
    assert "gostou" not in page  # evaluation comments stay out of the report


def test_page_defaults_to_the_current_year_and_refuses_nonsense(manager, client):
    client.force_login(manager)
    page = client.get(URL).content.decode()
    assert f'<option value="{timezone.localdate().year}" selected>' in page
    response = client.get(URL, {"year": "drop table"}, follow=True)
    assert response.status_code == 200
    assert "Choose one of the years in the list." in response.content.decode()


def test_page_speaks_the_admin_language(fixture_data, client):
    client.force_login(admin_in(UserFactory(groups=[TRAINING_MANAGERS]), "pt-br"))
    page = client.get(URL, {"year": YEAR}).content.decode()
    assert "Por curso" in page
    assert "Não informado" in page


def read_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


def test_csv_has_the_same_suppressed_figures(fixture_data, manager, client):
    client.force_login(manager)
    response = client.get(f"{URL}{YEAR}.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="training-annual-report-2021.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0][:7] == [
        "Breakdown",
        "Key",
        "Label",
        "Enrolments",
        "Completions",
        "Certificates",
        "Hours delivered",
    ]
    by_key = {(row[0], row[2]): row for row in rows[1:]}
    assert by_key[("total", "Total")][3:7] == ["8", "5", "7", "58"]
    course_a = by_key[("course", "Curso A")]
    assert course_a[1] == str(fixture_data["course_a"].translation_key)
    assert course_a[3:] == ["5", S, S, S, "3", "4.0", "4.3", "3.0"]
    assert by_key[("course", "Curso B")][3:] == ["3", S, S, S, S, "", "", ""]
    assert by_key[("uf", "São Paulo (SP)")][1:7] == ["SP", "São Paulo (SP)", "5", "5", "4", "40"]
    assert by_key[("uf", "Not informed")][1] == "not_informed"
    assert by_key[("month", "February")][1:7] == ["2021-02", "February", S, S, S, S]
    assert {row[0] for row in rows[1:]} == {"total", "course", "uf", "organisation", "month"}
    assert len(rows) == 1 + 1 + 3 + 28 + 5 + 12
    body = response.content.decode()
    for secret in SECRETS:
        assert secret not in body


def test_csv_neutralises_formulas_in_titles(manager, client):
    course = make_course("formula", [make_module("formula-m")], title="=HYPERLINK(1)")
    for number in range(3):
        enrol(person(20 + number, "BA", "other"), course, local(2018, 4, 4))
    client.force_login(manager)
    rows = read_csv(client.get(f"{URL}2018.csv"))
    assert [rows[2][0], rows[2][2]] == ["course", "'=HYPERLINK(1)"]


# --- Who may see it ----------------------------------------------------------------------


@pytest.mark.parametrize("role", [COMMUNICATORS, MODERATORS, TRANSLATORS])
def test_other_roles_get_403_and_no_menu_item(fixture_data, client, role):
    client.force_login(UserFactory(groups=[role]))
    assert client.get(URL, {"year": YEAR}).status_code == 403
    assert client.get(f"{URL}{YEAR}.csv").status_code == 403
    assert URL not in client.get("/admin/").content.decode()


def test_training_managers_see_the_menu_item(manager, client):
    client.force_login(manager)
    assert URL in client.get("/admin/").content.decode()
    assert client.get(f"{URL}{YEAR}.csv").status_code == 200


def test_anonymous_and_trainees_are_sent_to_the_login(fixture_data, client):
    for response in (client.get(URL), client.get(f"{URL}{YEAR}.csv")):
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    client.force_login(person(99, "SP", "other"))
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# --- Queries and speed -------------------------------------------------------------------


def bulk_world(year, enrolments, courses, seed=7):
    """``enrolments`` enrolments over ``year`` (a third completed and certified, some
    evaluated) by trainees with profiles, in the given courses: bulk inserts only."""
    rng = random.Random(seed)
    per_user = len(courses)
    users_needed = -(-enrolments // per_user)
    from django.contrib.auth import get_user_model

    User = get_user_model()
    tag = uuid.uuid4().hex[:6]
    users = User.objects.bulk_create(
        [
            User(username=f"bulk-{tag}-{number}", email="", password="!")
            for number in range(users_needed)
        ],
        batch_size=5000,
    )
    ufs = ["SP", "RJ", "MG", "BA", "AM", "RR", "PA", "DF"]
    organisations = ["public_servant", "civil_society", "network", "other"]
    Profile.objects.bulk_create(
        [
            Profile(
                user=user,
                full_name="x",
                uf=rng.choice(ufs),
                organisation_type=rng.choice(organisations),
            )
            for user in users
        ],
        batch_size=5000,
    )
    start = local(year, 1, 1, 0, 0)
    seconds = 364 * 24 * 3600
    rows = []
    for user, course in itertools.islice(itertools.product(users, courses), enrolments):
        enrolled = start + datetime.timedelta(seconds=rng.randrange(seconds))
        completed = enrolled + datetime.timedelta(days=3) if rng.random() < 0.35 else None
        rows.append(
            Enrolment(
                user=user,
                course=course,
                course_key=course.translation_key,
                enrolled_at=enrolled,
                completed_at=completed if completed and completed.year == year else None,
            )
        )
    fields = {
        Enrolment: "enrolled_at",
        Certificate: "issued_at",
        CourseEvaluation: "created_at",
    }
    # auto_now_add would stamp every bulk row with "now"; the dates are the point here.
    saved = {model: model._meta.get_field(name).auto_now_add for model, name in fields.items()}
    try:
        for model, name in fields.items():
            model._meta.get_field(name).auto_now_add = False
        created = Enrolment.objects.bulk_create(rows, batch_size=5000)
        completed_rows = [row for row in created if row.completed_at]
        Certificate.objects.bulk_create(
            [
                Certificate(
                    source_key=f"enrolment:{row.pk}",
                    user_id=row.user_id,
                    enrolment_id=row.pk,
                    course=row.course,
                    holder_name="x",
                    course_title=row.course.title,
                    hours=row.course.workload_hours,
                    started_on=row.enrolled_at.date(),
                    completed_on=row.completed_at.date(),
                    issued_at=row.completed_at,
                    language="pt-br",
                    signatory_name="x",
                    signatory_role="x",
                    data={},
                    sha256="",
                )
                for row in completed_rows
            ],
            batch_size=5000,
        )
        CourseEvaluation.objects.bulk_create(
            [
                CourseEvaluation(
                    user_id=row.user_id,
                    course=row.course,
                    course_key=row.course_key,
                    overall=rng.randint(1, 5),
                    content=rng.randint(1, 5),
                    usefulness=rng.randint(1, 5),
                    created_at=row.completed_at,
                )
                for row in completed_rows[::5]
            ],
            batch_size=5000,
        )
    finally:
        for model, name in fields.items():
            model._meta.get_field(name).auto_now_add = saved[model]
    return len(created)


def demo_courses(count):
    return list(CoursePage.objects.filter(locale__language_code="pt-br").order_by("pk")[:count])


def count_report_queries(client, year):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"year": year})
    assert response.status_code == 200
    return len(queries)


def test_query_count_is_the_same_at_small_and_large_sizes(manager, client):
    client.force_login(manager)
    courses = demo_courses(3)
    bulk_world(2017, 6, courses[:1])
    client.get(URL, {"year": 2017})  # warm the admin's per-user lookups
    small = count_report_queries(client, 2017)
    bulk_world(2017, 600, courses, seed=8)
    assert Enrolment.objects.filter(enrolled_at__year=2017).count() == 606
    assert count_report_queries(client, 2017) == small
    assert small <= 20


@pytest.mark.benchmark
def test_report_of_100000_enrolments_in_under_two_seconds(manager, client):
    courses = demo_courses(10)
    assert bulk_world(2016, 100_000, courses) == 100_000
    client.force_login(manager)
    client.get(URL, {"year": 2015})  # warm the admin's per-user lookups, not the report
    started = time.perf_counter()
    report = annual_report(2016)
    report_seconds = time.perf_counter() - started
    started = time.perf_counter()
    page = client.get(URL, {"year": 2016})
    csv_response = client.get(f"{URL}2016.csv")
    view_seconds = time.perf_counter() - started
    print(  # the measured times, for the record (pytest -s)
        f"\n{connection.vendor}: report {report_seconds:.3f}s, page + CSV {view_seconds:.3f}s"
    )
    assert report.total.enrolments == 100_000
    assert page.status_code == 200
    assert csv_response.status_code == 200
    assert report_seconds < 2
    assert view_seconds < 2 * 2  # each of the page and the CSV under 2 s
