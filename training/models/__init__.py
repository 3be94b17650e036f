from training.models.certificates import Certificate, CertificateEvent
from training.models.evaluations import CourseEvaluation, TrainerEvaluation
from training.models.live import Attendee, LiveTraining
from training.models.pages import (
    CourseIndexPage,
    CourseModule,
    CoursePage,
    CourseTrainer,
    ModuleLibraryPage,
    ModulePage,
    Trainer,
)
from training.models.trainees import Enrolment, ModuleProgress, Profile, QuizAttempt

__all__ = [
    "Attendee",
    "Certificate",
    "CertificateEvent",
    "CourseEvaluation",
    "CourseIndexPage",
    "CourseModule",
    "CoursePage",
    "CourseTrainer",
    "Enrolment",
    "LiveTraining",
    "ModuleLibraryPage",
    "ModulePage",
    "ModuleProgress",
    "Profile",
    "QuizAttempt",
    "Trainer",
    "TrainerEvaluation",
]
