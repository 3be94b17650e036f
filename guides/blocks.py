"""The blocks a guide chapter is written with.

The portal's shared blocks (heading, text, call-out, questions...) plus what a guide
for the press needs: checklists, "use this / avoid that" term pairs, sourced
statistics, myths and facts, case studies, press contacts and, for the care-flow guide,
the stages of a flow and the institutions that take part in it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from channels.blocks import ChannelCardBlock
from website.blocks import (
    INLINE_RICH_TEXT_FEATURES,
    RICH_TEXT_FEATURES,
    BaseContentBlock,
    SynchronizedCharBlock,
)
from website.links import PageChooserBlock


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"), min_num=1
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "guides/blocks/checklist.html"


class TermPairBlock(blocks.StructBlock):
    use = blocks.CharBlock(label=_("Use this"), max_length=120)
    avoid = blocks.CharBlock(label=_("Avoid that"), max_length=120)
    reason = blocks.CharBlock(label=_("Why"), required=False, max_length=300)


class TermPairsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    pairs = blocks.ListBlock(TermPairBlock(), label=_("Term pairs"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Use this / avoid that")
        template = "guides/blocks/term_pairs.html"


class StatisticBlock(blocks.StructBlock):
    """A number is only worth printing with where it comes from and when."""

    figure = SynchronizedCharBlock(label=_("Figure"), max_length=30)
    description = blocks.CharBlock(label=_("What it counts"), max_length=250)
    source = blocks.CharBlock(label=_("Source"), max_length=250)
    source_url = blocks.URLBlock(label=_("Source address"), required=False)
    date = blocks.DateBlock(label=_("Date of the data"))

    class Meta:
        icon = "table"
        label = _("Statistic")
        template = "guides/blocks/statistic.html"


class MythFactBlock(blocks.StructBlock):
    myth = blocks.TextBlock(label=_("Myth"))
    fact = blocks.RichTextBlock(label=_("Fact"), features=INLINE_RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Myth and fact")
        template = "guides/blocks/myth_fact.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    story = blocks.RichTextBlock(label=_("What happened"), features=RICH_TEXT_FEATURES)
    lesson = blocks.RichTextBlock(
        label=_("What to learn from it"), features=INLINE_RICH_TEXT_FEATURES, required=False
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Case study")
        template = "guides/blocks/case_study.html"


class PressContactBlock(blocks.StructBlock):
    """A press office, used where the channels directory has no card for it."""

    name = blocks.CharBlock(label=_("Office or service"), max_length=150)
    description = blocks.CharBlock(label=_("What to ask them"), required=False, max_length=300)
    phone = SynchronizedCharBlock(label=_("Phone"), required=False, max_length=30)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    url = blocks.URLBlock(label=_("Web address"), required=False)

    class Meta:
        icon = "mail"
        label = _("Press contact")


class PressContactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    # Channels of the directory first; a press office that is not a channel (a ministry's
    # press office, say) is written in as a plain contact.
    contacts = blocks.StreamBlock(
        [("channel", ChannelCardBlock()), ("contact", PressContactBlock())],
        label=_("Contacts"),
        min_num=1,
    )

    class Meta:
        icon = "group"
        label = _("Contacts for the press")
        template = "guides/blocks/press_contacts.html"


FLOW_STAGES = [
    ("report", _("Report")),
    ("response", _("Response")),
    ("rescue", _("Rescue")),
    ("post_rescue", _("Post-rescue")),
    ("care", _("Care for victims")),
]


class FlowStageBlock(blocks.StructBlock):
    stage = blocks.ChoiceBlock(label=_("Stage"), choices=FLOW_STAGES)
    description = blocks.TextBlock(label=_("What happens"))
    actors = blocks.ListBlock(
        blocks.CharBlock(label=_("Actor"), max_length=200), label=_("Who acts"), min_num=1
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["stage_label"] = dict(FLOW_STAGES).get(value["stage"], value["stage"])
        return context

    class Meta:
        icon = "arrow-right"
        label = _("Stage of a care flow")
        template = "guides/blocks/flow_stage.html"


class InstitutionBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Institution"), max_length=200)
    duties = blocks.ListBlock(
        blocks.CharBlock(label=_("Duty"), max_length=400), label=_("Duties"), min_num=1
    )
    how_to_reach = blocks.TextBlock(label=_("How to reach it"))
    channels = blocks.ListBlock(
        ChannelCardBlock(), label=_("Its channels in the directory"), min_num=0, default=[]
    )
    directory_page = PageChooserBlock(label=_("Page in the channels directory"), required=False)

    class Meta:
        icon = "site"
        label = _("Institution")
        template = "guides/blocks/institution.html"


class GuideBodyBlock(BaseContentBlock):
    checklist = ChecklistBlock()
    term_pairs = TermPairsBlock()
    statistic = StatisticBlock()
    myth_fact = MythFactBlock()
    case_study = CaseStudyBlock()
    press_contacts = PressContactsBlock()
    flow_stage = FlowStageBlock()
    institution = InstitutionBlock()


class ChangeLogEntryBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    summary = blocks.TextBlock(label=_("What changed"))

    class Meta:
        icon = "history"
        label = _("Revision")
