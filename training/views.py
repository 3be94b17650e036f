"""Views of the training area: course and module pages (served by Wagtail through
their routes), trainees' own pages, and public certificate verification."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from training import certificates as certificate_service
from training import progress as tracking
from training.forms import DeleteAccountForm, EvaluationForm, ProfileForm, VerifyCodeForm
from training.models import (
    Certificate,
    CourseEvaluation,
    Enrolment,
    ModuleProgress,
    Profile,
    QuizAttempt,
    TrainerEvaluation,
)
from training.models.certificates import normalise_code
from website import ratelimit


def _profile(user):
    return Profile.objects.filter(user=user).first() if user.is_authenticated else None


def _enrolment(user, course):
    if not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(user=user, course_key=course.translation_key)
        .select_related("resume_module")
        .first()
    )


def _resume_url(enrolment, state):
    """Where the trainee picks up: the lesson they last read, unless that module is
    done; then the first unread lesson (or the quiz) of the first unfinished module."""
    items = state["modules"]
    if enrolment and enrolment.resume_module_id and enrolment.resume_lesson:
        for item in items:
            module = item["module"]
            same = module.translation_key == enrolment.resume_module.translation_key
            if same and not item["complete"]:
                return module.url + module.reverse_subpage("lesson", args=[enrolment.resume_lesson])
    for item in items:
        if item["complete"]:
            continue
        module = item["module"]
        viewed = set(item["progress"].viewed_lessons) if item["progress"] else set()
        for number in range(1, item["lessons"] + 1):
            if number not in viewed:
                return module.url + module.reverse_subpage("lesson", args=[number])
        return module.url + (module.reverse_subpage("quiz") if module.has_quiz else "")
    return None


# --- Course ---------------------------------------------------------------------------


def course_page(request, course):
    modules = course.ordered_modules()
    enrolment = _enrolment(request.user, course)
    state = tracking.course_state(course, modules, tracking.progress_map(request.user, modules))
    certificate = evaluated = None
    if enrolment and enrolment.completed_at:
        certificate = (
            Certificate.objects.filter(enrolment=enrolment, status="valid")
            .order_by("-version")
            .first()
        )
        evaluated = CourseEvaluation.objects.filter(
            user=request.user, course_key=course.translation_key
        ).exists()
    return course.render(
        request,
        context_overrides={
            "modules": modules,
            "trainers": course.trainers(),
            "enrolment": enrolment,
            "state": state,
            "resume_url": _resume_url(enrolment, state) if enrolment else None,
            "certificate": certificate,
            "evaluated": evaluated,
        },
    )


@ratelimit.rate_limited("form", methods=("POST",))
def enrol(request, course):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    if _profile(request.user) is None:
        messages.info(request, _("Please complete your profile before enrolling."))
        return redirect(f"{reverse('training:profile')}?next={course.url}")
    Enrolment.objects.get_or_create(
        user=request.user,
        course_key=course.translation_key,
        defaults={"course": course, "language": translation.get_language()},
    )
    messages.success(request, _("You are enrolled. Start with the first module."))
    return redirect(course.url)


def complete_course(request, course):
    """Finish the course and issue its certificate, once, however often this is sent."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    enrolment = _enrolment(request.user, course)
    profile = _profile(request.user)
    if enrolment is None or profile is None:
        raise Http404
    modules = course.ordered_modules()
    state = tracking.course_state(course, modules, tracking.progress_map(request.user, modules))
    if not state["can_complete"]:
        messages.error(request, _("Finish every module and pass the quizzes first."))
        return redirect(course.url)
    with transaction.atomic():
        Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
            completed_at=timezone.now()
        )
        enrolment.refresh_from_db()
        certificate_service.issue_for_enrolment(
            enrolment, course, profile.full_name, translation.get_language()
        )
    messages.success(request, _("Course completed. Your certificate is ready."))
    return redirect(course.url + course.reverse_subpage("evaluate"))


@ratelimit.rate_limited("form", methods=("POST",))
def evaluate_course(request, course):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = _enrolment(request.user, course)
    if enrolment is None or enrolment.completed_at is None:
        messages.error(request, _("You can evaluate a course once you have completed it."))
        return redirect(course.url)
    if CourseEvaluation.objects.filter(
        user=request.user, course_key=course.translation_key
    ).exists():
        messages.info(request, _("You have already evaluated this course. Thank you."))
        return redirect(course.url)
    trainers = course.trainer_objects()
    form = EvaluationForm(request.POST or None, trainers=trainers)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            evaluation = CourseEvaluation.objects.create(
                user=request.user,
                course=course,
                course_key=course.translation_key,
                overall=data["overall"],
                content=data["content"],
                usefulness=data["usefulness"],
                comment=data["comment"],
            )
            TrainerEvaluation.objects.bulk_create(
                TrainerEvaluation(
                    evaluation=evaluation,
                    trainer=trainer,
                    knowledge=data[f"trainer-{trainer.pk}-knowledge"],
                    clarity=data[f"trainer-{trainer.pk}-clarity"],
                    comment=data[f"trainer-{trainer.pk}-comment"],
                )
                for trainer in trainers
            )
        messages.success(request, _("Thank you for your evaluation."))
        return redirect(course.url)
    return course.render(
        request,
        template="training/evaluate_course.html",
        context_overrides={"form": form},
    )


# --- Module, lessons, quiz ------------------------------------------------------------


def _course_from_query(request, module):
    from training.models import CoursePage

    course_id = request.GET.get("course", "")
    if course_id.isdigit():
        return (
            CoursePage.objects.live()
            .filter(
                pk=int(course_id), course_modules__module__translation_key=module.translation_key
            )
            .first()
        )
    return None


def _module_context(request, module, progress=None):
    if progress is None:
        progress = tracking.progress_map(request.user, [module]).get(module.translation_key)
    course = _course_from_query(request, module)
    return {
        "state": tracking.module_state(module, progress),
        "lessons": module.lesson_list(),
        "course": course,
        "course_query": f"?course={course.pk}" if course else "",
    }


def module_page(request, module):
    return module.render(request, context_overrides=_module_context(request, module))


def lesson_page(request, module, number):
    lessons = module.lesson_list()
    if not 1 <= number <= len(lessons):
        raise Http404
    progress = None
    if request.user.is_authenticated:
        progress = tracking.progress_map(request.user, [module]).get(module.translation_key)
        progress = tracking.record_lesson_view(request.user, module, number, progress)
    context = _module_context(request, module, progress)
    base = module.url
    context.update(
        lesson=lessons[number - 1],
        number=number,
        previous_url=(
            base + module.reverse_subpage("lesson", args=[number - 1]) if number > 1 else None
        ),
        next_url=(
            base + module.reverse_subpage("lesson", args=[number + 1])
            if number < len(lessons)
            else None
        ),
        quiz_url=base + module.reverse_subpage("quiz") if module.has_quiz else None,
    )
    return module.render(request, template="training/lesson_page.html", context_overrides=context)


@ratelimit.rate_limited("form", methods=("POST",))
def quiz_page(request, module):
    if not module.has_quiz:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = _module_context(request, module)
    errors = {}
    if request.method == "POST":
        attempt = get_object_or_404(
            QuizAttempt,
            pk=request.POST.get("attempt", "") or None,
            user=request.user,
            module_key=module.translation_key,
        )
        if attempt.submitted_at is None:
            answers = tracking.selected_answers(attempt, request.POST)
            errors = {qid: True for qid, chosen in answers.items() if not chosen}
            if not errors:
                tracking.submit_attempt(attempt, module, answers)
        if not errors:
            return redirect(
                module.url
                + module.reverse_subpage("quiz_result", args=[attempt.pk])
                + context["course_query"]
            )
    else:
        attempt = tracking.open_attempt(request.user, module)
    context.update(
        attempt=attempt,
        errors=errors,
        attempts_used=tracking.attempts_used(request.user, module),
        answers=request.POST if request.method == "POST" else None,
    )
    return module.render(request, template="training/quiz_page.html", context_overrides=context)


def quiz_result(request, module, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = get_object_or_404(
        QuizAttempt,
        pk=attempt_id,
        user=request.user,
        module_key=module.translation_key,
        submitted_at__isnull=False,
    )
    used = tracking.attempts_used(request.user, module)
    left = max(module.quiz_attempt_limit - used, 0)
    context = _module_context(request, module)
    context.update(
        attempt=attempt,
        review=tracking.review(attempt, reveal=attempt.passed or left == 0),
        attempts_left=left,
        quiz_url=module.url + module.reverse_subpage("quiz") + context["course_query"],
    )
    return module.render(request, template="training/quiz_result.html", context_overrides=context)


# --- Trainee's own pages --------------------------------------------------------------


@login_required
def dashboard(request):
    enrolments = list(
        Enrolment.objects.filter(user=request.user)
        .select_related("course", "resume_module")
        .order_by("-enrolled_at")
    )
    items = []
    for enrolment in enrolments:
        course = enrolment.course.localized
        modules = course.ordered_modules()
        state = tracking.course_state(course, modules, tracking.progress_map(request.user, modules))
        items.append(
            {
                "enrolment": enrolment,
                "course": course,
                "state": state,
                "resume_url": _resume_url(enrolment, state),
            }
        )
    return render(
        request,
        "training/dashboard.html",
        {
            "items": items,
            "profile": _profile(request.user),
            "certificates": Certificate.objects.filter(user=request.user).order_by("-issued_at"),
        },
    )


@login_required
@ratelimit.rate_limited("form", methods=("POST",))
def profile(request):
    instance = _profile(request.user) or Profile(
        user=request.user, language=translation.get_language()
    )
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        next_url = request.GET.get("next", "")
        if next_url.startswith("/") and not next_url.startswith("//"):
            return redirect(next_url)
        return redirect("training:profile")
    return render(request, "training/profile.html", {"form": form, "profile": instance})


def personal_data(user):
    """Everything the portal holds about ``user`` (LGPD, art. 18): what the download
    gives and what deleting the account erases (certificates excepted)."""
    profile = _profile(user)
    return {
        "account": {
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "profile": profile
        and {
            "full_name": profile.full_name,
            "uf": profile.uf,
            "organisation_type": profile.organisation_type,
            "cpf": profile.masked_cpf,
            "language": profile.language,
        },
        "enrolments": list(
            Enrolment.objects.filter(user=user).values(
                "course__title", "language", "enrolled_at", "completed_at", "resume_lesson"
            )
        ),
        "module_progress": list(
            ModuleProgress.objects.filter(user=user).values(
                "module_key", "viewed_lessons", "best_score", "quiz_passed", "completed_at"
            )
        ),
        "quiz_attempts": list(
            QuizAttempt.objects.filter(user=user).values(
                "module__title",
                "questions",
                "answers",
                "score",
                "passed",
                "started_at",
                "submitted_at",
            )
        ),
        "evaluations": [
            {
                "course": evaluation.course.title,
                "overall": evaluation.overall,
                "content": evaluation.content,
                "usefulness": evaluation.usefulness,
                "comment": evaluation.comment,
                "trainers": [
                    {
                        "trainer": rating.trainer.name,
                        "knowledge": rating.knowledge,
                        "clarity": rating.clarity,
                        "comment": rating.comment,
                    }
                    for rating in evaluation.trainer_ratings.select_related("trainer")
                ],
            }
            for evaluation in CourseEvaluation.objects.filter(user=user).select_related("course")
        ],
        "certificates": [
            {**certificate.data, "status": certificate.status, "sha256": certificate.sha256}
            for certificate in Certificate.objects.filter(user=user)
        ],
    }


@login_required
def export_data(request):
    content = json.dumps(
        personal_data(request.user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    )
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-training-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        with transaction.atomic():
            # Certificates stay verifiable with what they attest (name, course, hours,
            # dates); the link to the account goes, and the account with everything else.
            Certificate.objects.filter(user=user).update(user=None, enrolment=None)
            user.delete()
        logout(request)
        messages.success(request, _("Your account and your data have been erased."))
        return redirect("/")
    return render(request, "training/delete_account.html", {"form": form})


# --- Certificates (public) ------------------------------------------------------------


def certificate_detail(request, certificate_id):
    certificate = get_object_or_404(
        Certificate.objects.select_related("superseded_by"), pk=certificate_id
    )
    return render(
        request,
        "training/certificate_detail.html",
        {
            "certificate": certificate,
            "digest_ok": certificate.data_matches_digest(),
            "qr_url": reverse("training:certificate-qr", args=[certificate.pk]),
        },
    )


def certificate_qr(request, certificate_id):
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    response = HttpResponse(certificate_service.qr_svg(certificate), content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def certificate_pdf(request, certificate_id):
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    stored = certificate_service.stored_pdf(certificate)
    with stored.open("rb") as handle:
        content = handle.read()
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


def certificate_badge(request, certificate_id):
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    response = JsonResponse(
        certificate_service.open_badge(certificate), json_dumps_params={"ensure_ascii": False}
    )
    response["Content-Disposition"] = f'attachment; filename="open-badge-{certificate.code}.json"'
    return response


def _verification_allowed(request):
    """A small fixed window per client address: enough for anyone checking certificates
    by hand, too few to try codes at random."""
    limit, window = settings.TRAINING_VERIFY_RATE
    return ratelimit.hit(
        "certificate-verify", ratelimit.client_address(request), limit=limit, window=window
    )


def verify(request):
    form = VerifyCodeForm(request.GET or None)
    status = 200
    not_found = limited = False
    if request.GET and form.is_valid():
        if not _verification_allowed(request):
            limited = True
            status = 429
        else:
            code = normalise_code(form.cleaned_data["code"])
            certificate = Certificate.objects.filter(code=code).first() if code else None
            if certificate is not None:
                return redirect("training:certificate", certificate_id=certificate.pk)
            not_found = True
            status = 404
    return render(
        request,
        "training/verify.html",
        {"form": form, "not_found": not_found, "limited": limited},
        status=status,
    )
