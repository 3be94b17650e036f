"""Catalogue: course and module pages, the module library, quizzes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError

from tests.training.factories import make_course, make_module, right_answers, trainee
from training import progress
from training.blocks import QuestionBlock
from training.models import CoursePage, ModulePage, QuizAttempt

pytestmark = pytest.mark.django_db
BUDGET = 15


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("signed_in", [False, True])
def test_course_and_module_pages_keep_their_budget_with_3_and_30_modules(client, signed_in):
    modules = [make_module(f"modulo-{n}", lessons=2) for n in range(30)]
    small = make_course("curso-pequeno", modules[:3])
    large = make_course("curso-grande", modules)
    if signed_in:
        user = trainee()
        client.force_login(user)
        for course in (small, large):
            client.post(course.url + "enrol/")
        progress.record_lesson_view(user, modules[0], 1)
    counts = {
        size: (
            count_queries(client, course.url),
            count_queries(client, f"{modules[0].url}?course={course.pk}"),
            count_queries(client, f"{modules[0].url}lesson/1/?course={course.pk}"),
        )
        for size, course in ((3, small), (30, large))
    }
    assert counts[3] == counts[30], counts
    assert max(counts[30]) <= BUDGET, counts


def test_demo_courses_share_a_module_and_list_it_in_order():
    courses = list(CoursePage.objects.filter(locale__language_code="pt-br"))
    assert len(courses) == 2
    first, second = ([m.translation_key for m in c.ordered_modules()] for c in courses)
    assert set(first) & set(second), "the demo courses should share a module"
    assert first[0] == second[0]


def test_spanish_course_links_spanish_modules(client):
    course = CoursePage.objects.get(
        locale__language_code="es", slug="enfrentamento-ao-trafico-de-pessoas-para-a-rede"
    )
    modules = course.ordered_modules()
    assert all(module.locale.language_code == "es" for module in modules)
    response = client.get(course.url)
    assert response.status_code == 200
    assert "Qué es la trata de personas" in response.content.decode()


def test_index_replaced_the_content_page_in_every_language(client):
    for language in ["pt-br", "es", "en", "fr", "ht"]:
        response = client.get(f"/{language}/capacitacao/")
        assert response.status_code == 200
        assert "training/course_index_page.html" in [t.name for t in response.templates]


def test_single_choice_question_with_two_right_answers_is_refused():
    block = QuestionBlock()
    value = block.to_python(
        {
            "text": "?",
            "kind": "single",
            "options": [
                {"text": "a", "correct": True, "feedback": ""},
                {"text": "b", "correct": True, "feedback": ""},
            ],
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_options_are_shuffled_per_attempt_and_frozen():
    module = make_module("embaralhado", quiz=True)
    user = trainee()
    orders = set()
    for _round in range(12):
        attempt = progress.frozen_questions(module)
        orders.add(tuple(option["text"] for option in attempt[0]["options"]))
    assert len(orders) > 1, "options should come in different orders"

    attempt = progress.open_attempt(user, module)
    frozen = attempt.questions
    module.questions = "[]"
    module.save_revision().publish()
    module = ModulePage.objects.get(pk=module.pk)
    attempt.refresh_from_db()
    assert attempt.questions == frozen
    assert progress.score(attempt.questions, right_answers(attempt)) == 100


def test_scoring_is_on_the_server_and_ignores_forged_options(client):
    module = make_module("forjado")
    user = trainee()
    client.force_login(user)
    client.get(module.url + "quiz/")
    attempt = QuizAttempt.objects.get(user=user)
    data = {"attempt": str(attempt.pk)}
    for question in attempt.questions:
        data[f"q-{question['id']}"] = ["not-an-option", question["options"][0]["id"]]
    data["score"] = "100"
    client.post(module.url + "quiz/", data)
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None
    expected = progress.score(attempt.questions, attempt.answers)
    assert attempt.score == expected
    assert all("not-an-option" not in chosen for chosen in attempt.answers.values())


def test_fail_then_pass_with_feedback_and_attempt_limit(client):
    module = make_module("tentativas", quiz_attempt_limit=2)
    user = trainee()
    client.force_login(user)

    client.get(module.url + "quiz/")
    attempt = QuizAttempt.objects.get(user=user)
    wrong = {
        f"q-{q['id']}": [next(o["id"] for o in q["options"] if not o["correct"])]
        for q in attempt.questions
    }
    response = client.post(module.url + "quiz/", {"attempt": attempt.pk, **wrong}, follow=True)
    page = response.content.decode()
    assert "0%" in page
    assert "Não é essa." in page or "Também não." in page or "Não C." in page
    assert "Certa A" not in page or "correct answer" not in page

    client.get(module.url + "quiz/")
    second = QuizAttempt.objects.filter(user=user, submitted_at__isnull=True).get()
    response = client.post(
        module.url + "quiz/",
        {"attempt": second.pk, **{f"q-{k}": v for k, v in right_answers(second).items()}},
        follow=True,
    )
    second.refresh_from_db()
    assert second.passed
    assert second.score == 100

    # Both attempts used: a third is refused.
    response = client.get(module.url + "quiz/")
    assert QuizAttempt.objects.filter(user=user).count() == 2
    assert "quiz-form" not in response.content.decode()


def test_unanswered_question_is_reported_not_scored(client):
    module = make_module("sem-resposta")
    user = trainee()
    client.force_login(user)
    client.get(module.url + "quiz/")
    attempt = QuizAttempt.objects.get(user=user)
    response = client.post(module.url + "quiz/", {"attempt": attempt.pk})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_quiz_needs_a_login(client):
    module = make_module("login")
    response = client.get(module.url + "quiz/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_anonymous_course_and_module_pages_set_no_cookie(client):
    course = CoursePage.objects.filter(locale__language_code="pt-br").first()
    for url in [course.url, course.ordered_modules()[0].url, "/pt-br/capacitacao/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, url
