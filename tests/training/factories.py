import json
import uuid

from wagtail.models import Locale

from tests.factories import UserFactory


def _id():
    return str(uuid.uuid4())


def lessons_json(count):
    return json.dumps(
        [
            {
                "type": "lesson",
                "id": _id(),
                "value": {
                    "title": f"Lição {number}",
                    "body": [{"type": "paragraph", "value": f"<p>Texto {number}</p>", "id": _id()}],
                },
            }
            for number in range(1, count + 1)
        ]
    )


def questions_json():
    def option(text, correct, feedback):
        return {
            "type": "item",
            "id": _id(),
            "value": {"text": text, "correct": correct, "feedback": feedback},
        }

    return json.dumps(
        [
            {
                "type": "question",
                "id": _id(),
                "value": {
                    "text": "Pergunta única",
                    "kind": "single",
                    "options": [
                        option("Certa", True, "Isso."),
                        option("Errada", False, "Não é essa."),
                        option("Outra errada", False, "Também não."),
                    ],
                },
            },
            {
                "type": "question",
                "id": _id(),
                "value": {
                    "text": "Pergunta múltipla",
                    "kind": "multiple",
                    "options": [
                        option("Certa A", True, "Sim A."),
                        option("Certa B", True, "Sim B."),
                        option("Errada C", False, "Não C."),
                    ],
                },
            },
        ]
    )


def course_index():
    from training.models import CourseIndexPage

    return CourseIndexPage.objects.get(locale__language_code="pt-br", slug="capacitacao")


def library():
    from training.models import ModuleLibraryPage

    return ModuleLibraryPage.objects.child_of(course_index()).get()


def make_module(slug, lessons=2, quiz=True, **kwargs):
    from training.models import ModulePage

    module = ModulePage(
        title=kwargs.pop("title", slug),
        slug=slug,
        lessons=lessons_json(lessons),
        questions=questions_json() if quiz else "[]",
        quiz_passing_score=kwargs.pop("quiz_passing_score", 100),
        quiz_attempt_limit=kwargs.pop("quiz_attempt_limit", 3),
        **kwargs,
    )
    library().add_child(instance=module)
    module.save_revision().publish()
    return module


def make_course(slug, modules, **kwargs):
    from training.models import CourseModule, CoursePage, CourseTrainer, Trainer

    locale = Locale.objects.get(language_code="pt-br")
    trainer, _created = Trainer.objects.get_or_create(name="Pessoa Formadora")
    course = CoursePage(
        title=kwargs.pop("title", slug),
        slug=slug,
        audience="Rede",
        workload_hours=kwargs.pop("workload_hours", 8),
        languages="pt-br,es",
        objectives=json.dumps([{"type": "objective", "value": "Aprender", "id": _id()}]),
        passing_score=kwargs.pop("passing_score", 70),
        signatory_name="Coordenação",
        signatory_role="MJSP",
        **kwargs,
    )
    course.course_modules = [CourseModule(module=module, locale=locale) for module in modules]
    course.course_trainers = [CourseTrainer(trainer=trainer, locale=locale)]
    course_index().add_child(instance=course)
    course.save_revision().publish()
    return course


def trainee(full_name="Maria da Silva", cpf="52998224725", **kwargs):
    from allauth.account.models import EmailAddress

    from training.models import Profile

    user = UserFactory(**kwargs)
    user.save()  # the factory sets the password without saving it
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Profile.objects.create(
        user=user, full_name=full_name, uf="AM", organisation_type="network", cpf=cpf
    )
    return user


def right_answers(attempt):
    return {
        question["id"]: [option["id"] for option in question["options"] if option["correct"]]
        for question in attempt.questions
    }


def finish_module(user, module):
    from training import progress

    for number in range(1, len(module.lesson_list()) + 1):
        progress.record_lesson_view(user, module, number)
    if module.has_quiz:
        attempt = progress.open_attempt(user, module)
        progress.submit_attempt(attempt, module, right_answers(attempt))


def enrol_and_finish(user, course):
    from training.models import Enrolment

    Enrolment.objects.get_or_create(
        user=user, course_key=course.translation_key, defaults={"course": course}
    )
    for module in course.ordered_modules():
        finish_module(user, module)
