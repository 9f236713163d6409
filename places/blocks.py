"""The sections of a place profile: Gestern, Heute, Aktueller Stand, Angebote, Regionalbezug."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from kreativorte.blocks import BodyBlock, RichTextBlock


class SectionBlock(blocks.StructBlock):
    """A profile section; an empty heading falls back to the section's name (its label)."""

    heading = blocks.CharBlock(
        label=_("Überschrift"),
        max_length=120,
        required=False,
        help_text=_("Leer lassen für die Standardüberschrift."),
    )
    text = RichTextBlock(label=_("Text"))

    class Meta:
        template = "places/blocks/section.html"

    def heading_text(self, value) -> str:
        return value.get("heading") or str(self.label)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["heading"] = self.heading_text(value)
        return context

    def get_api_representation(self, value, context=None):
        return {
            **super().get_api_representation(value, context),
            "heading": self.heading_text(value),
        }


class OfferGroupBlock(blocks.StructBlock):
    category = blocks.ChoiceBlock(
        label=_("Bereich"),
        choices=[
            ("education", _("Bildung")),
            ("culture", _("Kultur")),
            ("workspace", _("Arbeitsräume")),
            ("gastronomy", _("Gastronomie")),
            ("living", _("Wohnen")),
            ("other", _("Weiteres")),
        ],
    )
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Angebot"), max_length=200), label=_("Angebote")
    )


class OffersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120, default=_("Angebote"))
    groups = blocks.ListBlock(OfferGroupBlock(), label=_("Gruppen"))

    class Meta:
        icon = "list-ul"
        label = _("Angebote")
        template = "places/blocks/offers.html"


class PlaceBodyBlock(BodyBlock):
    history = SectionBlock(label=_("Gestern"), icon="history")
    today = SectionBlock(label=_("Heute"), icon="date")
    current_state = SectionBlock(label=_("Aktueller Stand"), icon="info-circle")
    offers = OffersBlock()
    regional_ties = SectionBlock(label=_("Regionalbezug"), icon="site")

    class Meta:
        block_counts = {
            name: {"max_num": 1}
            for name in ("history", "today", "current_state", "offers", "regional_ties")
        }
