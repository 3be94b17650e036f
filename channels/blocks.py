"""A channel's card, for campaigns, guides and lessons to embed.

The model is named by string so ``website.blocks`` can offer this block without
importing the channels models (and their import of ``website.blocks``)."""

from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from website.links import WithReaderTranslationMixin, locale_id_for, reader_translation_of


class ChannelChooserBlock(WithReaderTranslationMixin, SnippetChooserBlock):
    @cached_property
    def canonical_module_path(self):
        # Stored values and forms are Wagtail's own: migrations keep naming its block.
        return "wagtail.snippets.blocks.SnippetChooserBlock"


class CardGroup:
    """The channel cards of one page that Wagtail converted together (every card at the
    same place in a StreamField, however many), resolved together: the translations of
    their channels in the reader's language take one query for all of them (none when
    they were chosen in that language), and the directory's address comes from the
    cached page chrome, instead of two queries a card."""

    def __init__(self, cards):
        self.cards = cards
        self.index = {id(card): index for index, card in enumerate(cards)}
        self.resolved = {}  # language -> [channel or None, one per card]

    def channel_for(self, card):
        language = get_language()
        if language not in self.resolved:
            self.resolved[language] = self._resolve(language)
        index = self.index.get(id(card))
        return None if index is None else self.resolved[language][index]

    def _resolve(self, language):
        from channels.models import Channel
        from website.chrome import get_chrome

        chrome = get_chrome(language)
        chosen = [card.get("channel") for card in self.cards]
        locale_id = locale_id_for(language)
        translations = {}
        for channel in chosen:
            known, translation = reader_translation_of(channel, locale_id)
            if known and translation is not None:
                translations[channel.translation_key] = translation
        # Only channels chosen in another language than the reader's, whose translation
        # the chooser did not already look for, need a look-up.
        keys = {
            channel.translation_key
            for channel in chosen
            if channel is not None
            and channel.locale_id != locale_id
            and not reader_translation_of(channel, locale_id)[0]
        }
        if keys and locale_id is not None:
            translations.update(
                (channel.translation_key, channel)
                for channel in Channel.objects.filter(translation_key__in=keys, locale_id=locale_id)
            )
        shown = []
        for channel in chosen:
            if channel is not None:
                # The reader's language when translated and published, else the record
                # chosen (when it is published itself).
                localized = translations.get(channel.translation_key, channel)
                if not localized.live:
                    localized = channel if channel.live else None
                channel = localized
            if channel is not None:
                directory_url = chrome["channel_directories"].get(channel.locale_id)
                if directory_url:
                    channel.page_url = f"{directory_url}canal/{channel.slug}/"
                channel.open_now = channel.is_open_now
            shown.append(channel)
        return shown


class ChannelCardBlock(blocks.StructBlock):
    channel = ChannelChooserBlock("channels.Channel", label=_("Channel"))
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

    def bulk_to_python(self, values):
        cards = super().bulk_to_python(values)
        group = CardGroup(cards)
        for card in cards:
            card.card_group = group
        return cards

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        group = getattr(value, "card_group", None) or CardGroup([value])
        context["channel"] = group.channel_for(value)
        return context
