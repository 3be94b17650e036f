"""StreamField blocks shared by every area of the portal.

Campaigns, guides, lessons and plain content pages all build their bodies from these
blocks, so a reader meets the same call-outs, questions and answers and calls to action
everywhere, and an editor learns them once.
"""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from channels.blocks import ChannelCardBlock
from website.links import PageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_RICH_TEXT_FEATURES = ["bold", "italic", "link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    """An image with the alt text Wagtail's ImageBlock requires, plus caption and credit."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[
            ("info", _("Information")),
            ("warning", _("Warning")),
            ("emergency", _("Emergency")),
        ],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text = blocks.RichTextBlock(label=_("Text"), features=[*INLINE_RICH_TEXT_FEATURES, "ul"])

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=[*INLINE_RICH_TEXT_FEATURES, "ul"])


class QuestionsAnswersBlock(blocks.StructBlock):
    """Questions and answers; <details> opens and closes without JavaScript."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/questions_answers.html"


class LinkTargetBlock(blocks.StructBlock):
    """A page on the portal or, failing that, an outside address."""

    page = PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Outside address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": _("Choose a page or give an outside address, not both.")}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    target = LinkTargetBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Label"), required=False, max_length=150)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link.html"


class SynchronizedCharBlock(blocks.CharBlock):
    """Text that is the same in every language (a phone number, a code): wagtail-localize
    copies it from the source instead of asking translators for it."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class PhoneNumberBlock(blocks.StructBlock):
    """A number readers can tap to call (Disque 100, Ligue 180, 190...)."""

    number = SynchronizedCharBlock(
        label=_("Number to dial"),
        max_length=30,
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 ().-]{1,28}$",
                _("Use only digits, spaces, brackets, dots and dashes, like 100."),
            )
        ],
    )
    label = blocks.CharBlock(label=_("What it is"), max_length=80)
    description = blocks.CharBlock(label=_("Short description"), required=False, max_length=200)

    class Meta:
        icon = "mobile-alt"
        label = _("Phone number")


class BaseContentBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    figure = FigureBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    questions = QuestionsAnswersBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    phone_numbers = blocks.ListBlock(
        PhoneNumberBlock(),
        label=_("Phone numbers"),
        icon="mobile-alt",
        template="blocks/phone_numbers.html",
    )
    channel_card = ChannelCardBlock()

    class Meta:
        block_counts = {}
