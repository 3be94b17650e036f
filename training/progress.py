"""Where a trainee is: lessons seen, quizzes taken, modules and courses completed.

Progress is kept per module translation key, so a module taken in one course (or one
language) counts in every course that uses it.
"""

import secrets

from django.db import transaction
from django.utils import timezone

from training.blocks import MULTIPLE
from training.models import CourseModule, Enrolment, ModuleProgress, QuizAttempt

_random = secrets.SystemRandom()


def progress_map(user, modules):
    """{module translation key: ModuleProgress} for ``modules``, in one query."""
    if not user.is_authenticated or not modules:
        return {}
    keys = [module.translation_key for module in modules]
    return {
        progress.module_key: progress
        for progress in ModuleProgress.objects.filter(user=user, module_key__in=keys)
    }


def module_state(module, progress):
    """Figures for the progress bar of one module."""
    lessons = len(module.lesson_list())
    viewed = len({n for n in (progress.viewed_lessons if progress else []) if 1 <= n <= lessons})
    steps = lessons + (1 if module.has_quiz else 0)
    done = viewed + (1 if module.has_quiz and progress and progress.quiz_passed else 0)
    return {
        "module": module,
        "progress": progress,
        "lessons": lessons,
        "viewed": viewed,
        "steps": steps,
        "done": done,
        "percent": round(100 * done / steps) if steps else 0,
        "complete": bool(progress and progress.completed_at),
    }


def course_state(course, modules, progress_by_key):
    states = [module_state(m, progress_by_key.get(m.translation_key)) for m in modules]
    steps = sum(state["steps"] for state in states)
    done = sum(state["done"] for state in states)
    scores = [
        (state["progress"].best_score or 0) if state["progress"] else 0
        for state in states
        if state["module"].has_quiz
    ]
    average = round(sum(scores) / len(scores)) if scores else 100
    all_complete = bool(states) and all(state["complete"] for state in states)
    return {
        "modules": states,
        "percent": round(100 * done / steps) if steps else 0,
        "average_score": average,
        "all_modules_complete": all_complete,
        "can_complete": all_complete and average >= course.passing_score,
    }


def _refresh_completion(module, progress):
    lessons = len(module.lesson_list())
    seen_all = set(range(1, lessons + 1)) <= set(progress.viewed_lessons)
    finished = seen_all and (progress.quiz_passed or not module.has_quiz)
    if finished and progress.completed_at is None:
        progress.completed_at = timezone.now()


def record_lesson_view(user, module, number, progress=None):
    """Note that ``user`` read lesson ``number`` of ``module``, and make it the place
    where each of their courses using this module resumes. Returns the progress.

    Reading again the lesson already recorded as the last one writes nothing."""
    unchanged = progress is not None and progress.last_lesson == number
    if unchanged and number in progress.viewed_lessons:
        return progress
    with transaction.atomic():
        progress, _created = ModuleProgress.objects.select_for_update().get_or_create(
            user=user, module_key=module.translation_key
        )
        if number not in progress.viewed_lessons:
            progress.viewed_lessons = sorted({*progress.viewed_lessons, number})
        progress.last_lesson = number
        _refresh_completion(module, progress)
        progress.save()
        courses = CourseModule.objects.filter(
            module__translation_key=module.translation_key
        ).values("page_id")
        Enrolment.objects.filter(user=user, course_id__in=courses).update(
            resume_module=module, resume_lesson=number
        )
    return progress


def frozen_questions(module):
    """The quiz as this attempt will show it: options shuffled, right answers and
    feedback copied, so later edits do not change an attempt already under way."""
    questions = []
    for block in module.questions:
        options = [
            {
                "id": item.id,
                "text": item.value["text"],
                "correct": bool(item.value["correct"]),
                "feedback": item.value["feedback"],
            }
            for item in block.value["options"].bound_blocks
        ]
        _random.shuffle(options)
        questions.append(
            {
                "id": block.id,
                "text": block.value["text"],
                "kind": block.value["kind"],
                "options": options,
            }
        )
    return questions


def attempts_used(user, module):
    return QuizAttempt.objects.filter(
        user=user, module_key=module.translation_key, submitted_at__isnull=False
    ).count()


def open_attempt(user, module):
    """The attempt under way, or a new one (None when no attempt is left)."""
    attempt = QuizAttempt.objects.filter(
        user=user, module_key=module.translation_key, submitted_at__isnull=True
    ).first()
    if attempt is not None:
        return attempt
    if attempts_used(user, module) >= module.quiz_attempt_limit:
        return None
    return QuizAttempt.objects.create(
        user=user,
        module=module,
        module_key=module.translation_key,
        questions=frozen_questions(module),
    )


def selected_answers(attempt, data):
    """{question id: [option ids]} from the submitted form, keeping only options that
    belong to the question (anything else is ignored, never trusted)."""
    answers = {}
    for question in attempt.questions:
        valid = {option["id"] for option in question["options"]}
        chosen = [value for value in data.getlist(f"q-{question['id']}") if value in valid]
        if question["kind"] != MULTIPLE:
            chosen = chosen[:1]
        answers[question["id"]] = chosen
    return answers


def score(questions, answers):
    right = 0
    for question in questions:
        correct = {option["id"] for option in question["options"] if option["correct"]}
        if set(answers.get(question["id"], [])) == correct:
            right += 1
    return round(100 * right / len(questions)) if questions else 0


def submit_attempt(attempt, module, answers):
    """Score ``attempt`` on the server against its frozen copy; update the trainee's
    progress. Returns the attempt."""
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.submitted_at is not None:
            return attempt
        attempt.answers = answers
        attempt.score = score(attempt.questions, answers)
        attempt.passed = attempt.score >= module.quiz_passing_score
        attempt.submitted_at = timezone.now()
        attempt.save()
        progress, _created = ModuleProgress.objects.select_for_update().get_or_create(
            user=attempt.user, module_key=attempt.module_key
        )
        progress.best_score = max(progress.best_score or 0, attempt.score)
        progress.quiz_passed = progress.quiz_passed or attempt.passed
        _refresh_completion(module, progress)
        progress.save()
    return attempt


def review(attempt, reveal):
    """The attempt's questions with what the trainee chose and the feedback on it.
    Right answers are revealed only when ``reveal`` (passed, or no attempts left)."""
    answers = attempt.answers or {}
    items = []
    for question in attempt.questions:
        chosen = set(answers.get(question["id"], []))
        correct = {option["id"] for option in question["options"] if option["correct"]}
        items.append(
            {
                "text": question["text"],
                "right": chosen == correct,
                "options": [
                    {
                        **option,
                        "chosen": option["id"] in chosen,
                        "show_feedback": option["id"] in chosen or reveal,
                        "reveal": reveal,
                    }
                    for option in question["options"]
                ],
            }
        )
    return items
