"""Evaluation of courses and trainers after completion; anonymous, shown from 3 answers."""

import pytest

from tests.training.factories import enrol_and_finish, make_course, make_module, trainee
from training.models import CourseEvaluation, Trainer, TrainerEvaluation
from training.reports import evaluation_summary

pytestmark = pytest.mark.django_db


def answers(trainer, overall=4, comment=""):
    return {
        "overall": overall,
        "content": 5,
        "usefulness": 3,
        "comment": comment,
        f"trainer-{trainer.pk}-knowledge": 5,
        f"trainer-{trainer.pk}-clarity": 4,
        f"trainer-{trainer.pk}-comment": "",
    }


@pytest.fixture
def course():
    return make_course("avaliado", [make_module("avaliado-m")])


def finish(client, course, name):
    user = trainee(full_name=name)
    enrol_and_finish(user, course)
    client.force_login(user)
    client.post(course.url + "complete/")
    return user


def test_only_after_completion(client, course):
    user = trainee()
    client.force_login(user)
    client.post(course.url + "enrol/")
    trainer = Trainer.objects.get(name="Pessoa Formadora")
    client.post(course.url + "evaluate/", answers(trainer))
    assert not CourseEvaluation.objects.filter(user=user).exists()


def test_rates_course_and_each_trainer_once(client, course):
    user = finish(client, course, "Avaliadora")
    trainer = Trainer.objects.get(name="Pessoa Formadora")
    form = client.get(course.url + "evaluate/").content.decode()
    assert "Pessoa Formadora" in form
    assert 'type="radio"' in form
    client.post(course.url + "evaluate/", answers(trainer, comment="Muito bom"))
    client.post(course.url + "evaluate/", answers(trainer, overall=1))
    evaluation = CourseEvaluation.objects.get(user=user)
    assert evaluation.overall == 4
    assert TrainerEvaluation.objects.get(evaluation=evaluation).knowledge == 5


def test_out_of_scale_is_refused(client, course):
    user = finish(client, course, "Fora")
    trainer = Trainer.objects.get(name="Pessoa Formadora")
    response = client.post(course.url + "evaluate/", {**answers(trainer), "overall": 9})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert not CourseEvaluation.objects.filter(user=user).exists()


def test_reports_are_anonymous_and_need_three_answers(client, course):
    trainer = Trainer.objects.get(name="Pessoa Formadora")
    for number, name in enumerate(["Ana", "Bia"]):
        finish(client, course, name)
        client.post(course.url + "evaluate/", answers(trainer, overall=3 + number, comment=name))
    assert evaluation_summary(course.translation_key) is None
    finish(client, course, "Cleo")
    client.post(course.url + "evaluate/", answers(trainer, overall=5, comment="Ótimo"))
    summary = evaluation_summary(course.translation_key)
    assert summary["answers"] == 3
    assert summary["overall"] == pytest.approx(4)
    assert summary["trainers"][0]["knowledge"] == 5
    assert "Ótimo" in summary["comments"]
    flat = repr(summary)
    assert "Cleo" not in flat.replace("'Cleo'", "") or "user" not in flat
    assert "user" not in summary
    assert all("user" not in t for t in summary["trainers"])
