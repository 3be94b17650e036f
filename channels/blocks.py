"""A channel's card, for campaigns, guides and lessons to embed.

The model is named by string so ``website.blocks`` can offer this block without
importing the channels models (and their import of ``website.blocks``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ChannelCardBlock(blocks.StructBlock):
    channel = SnippetChooserBlock("channels.Channel", label=_("Channel"))
    note = blocks.CharBlock(
        label=_("Note"),
        required=False,
        max_length=200,
        help_text=_("Optional: why this channel matters here."),
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Reporting channel")
        template = "channels/blocks/channel_card.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        channel = value.get("channel")
        if channel is not None:
            # The reader's language when translated and published, else the record chosen.
            localized = channel.localized
            if not localized.live:
                localized = channel if channel.live else None
            channel = localized
        if channel is not None:
            from channels.models import ChannelDirectoryPage

            directory = (
                ChannelDirectoryPage.objects.live().filter(locale_id=channel.locale_id).first()
            )
            if directory is not None:
                request = (parent_context or {}).get("request")
                channel.page_url = f"{directory.get_url(request)}canal/{channel.slug}/"
            channel.open_now = channel.is_open_now
        context["channel"] = channel
        return context
