"""Blocks of the training area: lessons (the shared content blocks plus a captioned
video) and quiz questions."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from website.blocks import BaseContentBlock

SINGLE = "single"
MULTIPLE = "multiple"


class VideoBlock(blocks.StructBlock):
    """A self-hosted video (a document on the portal, never a third-party player) with
    its captions and a transcript for readers who cannot or will not play it."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    video = DocumentChooserBlock(label=_("Video file"))
    captions = DocumentChooserBlock(
        label=_("Captions (WebVTT)"), required=False, help_text=_("A .vtt file.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), features=["bold", "italic", "ol", "ul", "link"]
    )

    class Meta:
        icon = "media"
        label = _("Captioned video")
        template = "training/blocks/video.html"


class LessonBodyBlock(BaseContentBlock):
    """The shared blocks (text, image, document, channel card...) plus a video."""

    video = VideoBlock()


class LessonBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Lesson title"), max_length=150)
    body = LessonBodyBlock(label=_("Content"))

    class Meta:
        icon = "doc-full"
        label = _("Lesson")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        max_length=400,
        required=False,
        help_text=_("Shown after the attempt: why this answer is right or wrong."),
    )


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), max_length=400)
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[(SINGLE, _("One right answer")), (MULTIPLE, _("Several right answers"))],
        default=SINGLE,
    )
    options = blocks.ListBlock(OptionBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for option in value["options"] if option["correct"])
        if right == 0:
            raise blocks.StructBlockValidationError(
                block_errors={"options": _("Mark at least one answer as correct.")}
            )
        if value["kind"] == SINGLE and right > 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "kind": _("Several answers are correct: choose “Several right answers”.")
                }
            )
        return value
