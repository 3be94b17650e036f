"""Blocks only campaigns use: videos with captions and a transcript, "spot the signs"
scenarios and national plan activity codes.

Models are referenced by string so other areas can import this module without cycles.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from website.blocks import INLINE_RICH_TEXT_FEATURES, SynchronizedCharBlock

# Embeds are played from the provider's privacy-enhanced player, and only after the
# reader asks for it: until then the page holds a plain link and our own poster image.
EMBED_PROVIDERS = {
    "youtube": ("YouTube", "https://www.youtube-nocookie.com"),
    "vimeo": ("Vimeo", "https://player.vimeo.com"),
}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^[0-9]{4,12}$")


def parse_embed_url(url):
    """(provider, video id, player URL) for a YouTube or Vimeo address, else None."""
    if not url:
        return None
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    parts = [part for part in parsed.path.split("/") if part]
    video_id = None
    if host in ("youtube.com", "youtube-nocookie.com"):
        if parts[:1] == ["watch"]:
            video_id = parse_qs(parsed.query).get("v", [None])[0]
        elif len(parts) >= 2 and parts[0] in ("embed", "shorts", "live"):
            video_id = parts[1]
        if video_id and _YOUTUBE_ID.match(video_id):
            return "youtube", video_id, f"{EMBED_PROVIDERS['youtube'][1]}/embed/{video_id}"
    elif host == "youtu.be" and parts:
        video_id = parts[0]
        if _YOUTUBE_ID.match(video_id):
            return "youtube", video_id, f"{EMBED_PROVIDERS['youtube'][1]}/embed/{video_id}"
    elif host in ("vimeo.com", "player.vimeo.com"):
        video_id = parts[-1] if parts else None
        if video_id and _VIMEO_ID.match(video_id):
            return "vimeo", video_id, f"{EMBED_PROVIDERS['vimeo'][1]}/video/{video_id}?dnt=1"
    return None


class VideoBlock(blocks.StructBlock):
    """A video readers can follow without sound: captions for a file we host, and a
    transcript always. An outside video (YouTube, Vimeo) loads nothing from the provider
    until the reader presses play."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    media = SnippetChooserBlock(
        "campaigns.MediaFile",
        label=_("Video file on the portal"),
        required=False,
        help_text=_("A video uploaded under Campaigns → Video and audio files, with captions."),
    )
    embed_url = blocks.URLBlock(
        label=_("Or: address on YouTube or Vimeo"),
        required=False,
        help_text=_("Nothing is loaded from the provider until the reader presses play."),
    )
    poster = ImageChooserBlock(label=_("Cover image"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=[*INLINE_RICH_TEXT_FEATURES, "ul"],
        help_text=_("Everything said and shown, for readers who cannot play the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "campaigns/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        has_media, url = bool(value.get("media")), value.get("embed_url")
        if has_media == bool(url):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "media": _("Choose a video file on the portal or give an address, not both.")
                }
            )
        if has_media and not value["media"].is_video:
            raise blocks.StructBlockValidationError(
                block_errors={"media": _("This file is audio, not a video.")}
            )
        if url and parse_embed_url(url) is None:
            raise blocks.StructBlockValidationError(
                block_errors={"embed_url": _("Give the address of one video on YouTube or Vimeo.")}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        embed = parse_embed_url(value.get("embed_url"))
        if embed:
            provider, _video_id, player_url = embed
            context["embed"] = {
                "provider": EMBED_PROVIDERS[provider][0],
                "player_url": player_url,
                "watch_url": value["embed_url"],
            }
        return context


class ScenarioBlock(blocks.StructBlock):
    """A short story where the reader looks for the warning signs before reading them."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    situation = blocks.RichTextBlock(
        label=_("The situation"), features=[*INLINE_RICH_TEXT_FEATURES, "ul"]
    )
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(label=_("Image description"), required=False, max_length=250)
    signs = blocks.ListBlock(
        blocks.CharBlock(label=_("Sign"), max_length=250), label=_("Warning signs"), min_num=1
    )
    what_to_do = blocks.RichTextBlock(
        label=_("What to do"), features=[*INLINE_RICH_TEXT_FEATURES, "ul"]
    )

    class Meta:
        icon = "view"
        label = _("Spot the signs")
        template = "campaigns/blocks/scenario.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("image_alt") or value["image"].description):
            raise blocks.StructBlockValidationError(
                block_errors={"image_alt": _("Describe the image for readers who cannot see it.")}
            )
        return value


PLAN_CHOICES = [
    ("IV PNETP", "IV PNETP"),
    ("III PNETP", "III PNETP"),
    ("I PAECM", "I PAECM"),
    ("PA NETP/PAAHM", "PA NETP/PAAHM 2025-2028"),
]
activity_code_validator = RegexValidator(
    r"^[0-9]{1,2}(\.[0-9]{1,2}){0,3}$", _("Use the activity number, like 1.3.4.")
)


class PlanActivityBlock(blocks.StructBlock):
    """A national plan activity this campaign delivers, e.g. I PAECM 1.3.4. The plans
    get their own area later; until then the code is a checked plan + number pair."""

    plan = blocks.ChoiceBlock(label=_("Plan"), choices=PLAN_CHOICES)
    code = SynchronizedCharBlock(
        label=_("Activity"), max_length=11, validators=[activity_code_validator]
    )

    class Meta:
        icon = "tag"
        label = _("Plan activity")
