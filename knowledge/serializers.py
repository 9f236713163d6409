"""Guides, cooperations and funding programmes as API v1, API v2, the digest, the feeds
and the blocks show them: one description each.

A field shown as it is needs one line in the type's Facts schema.
"""

import datetime

from ninja import Field, Schema
from wagtail.api import APIField

from kreativorte.api_schemas import Block, PageDetail, PageSummary, Term
from kreativorte.prefetch import listed, with_thumbnails
from kreativorte.serializers import (
    TermField,
    attributes,
    in_language,
    page_detail,
    page_summary,
    stream_data,
    term_data,
    term_names,
    v2_api_fields,
)
from kreativorte.urls_media import rich_text_html

# Guides


class GuideFacts(Schema):
    audience: str
    reading_time: int


class GuideSummary(GuideFacts, PageSummary):
    topics: list[Term]


class GuideDetail(GuideSummary, PageDetail):
    last_reviewed: str | None
    body: list[Block]


GUIDE_V2_FIELDS = v2_api_fields(
    GuideFacts,
    extra=[
        APIField("topics", serializer=TermField(many_terms=True)),
        APIField("last_reviewed"),
        APIField("body"),
    ],
)


def for_guide_summaries(guides):
    return listed(guides).prefetch_related("topics")


def for_guide_details(guides):
    return with_thumbnails(guides).prefetch_related("topics")


def guide_summary(guide, request=None) -> dict:
    return {
        **page_summary(guide, request),
        **attributes(guide, GuideFacts),
        "topics": [term_data(t) for t in guide.topics.all()],
    }


def guide_detail(guide, request) -> dict:
    with in_language(guide):
        return {
            **guide_summary(guide, request),
            **page_detail(guide, request),
            "last_reviewed": guide.last_reviewed.isoformat() if guide.last_reviewed else None,
            "body": stream_data(guide.body, request),
        }


def guide_categories(guide) -> list[str]:
    return term_names(guide.topics)


# Cooperations


class CooperationFacts(Schema):
    creative_partner: str
    business_partner: str
    trade: str
    innovation_kind: str


class CooperationSummary(CooperationFacts, PageSummary):
    creative_submarket: Term
    district: Term


class CooperationDetailFacts(Schema):
    other_partners: str


class CooperationRichText(Schema):
    """Rich-text fields, as HTML with absolute URLs."""

    region_context: str
    origin: str
    value_for_partners: str
    value_for_region: str
    advice: str


class CooperationDetail(
    CooperationRichText, CooperationDetailFacts, CooperationSummary, PageDetail
):
    body: list[Block]


COOPERATION_V2_FIELDS = v2_api_fields(
    CooperationFacts,
    CooperationDetailFacts,
    CooperationRichText,
    extra=[
        APIField("creative_submarket", serializer=TermField()),
        APIField("district", serializer=TermField()),
        APIField("body"),
    ],
)


def for_cooperation_summaries(stories):
    return listed(stories).select_related("district", "creative_submarket")


def for_cooperation_details(stories):
    return with_thumbnails(stories).select_related("district", "creative_submarket")


def cooperation_summary(story, request=None) -> dict:
    return {
        **page_summary(story, request),
        **attributes(story, CooperationFacts),
        "creative_submarket": term_data(story.creative_submarket),
        "district": term_data(story.district),
    }


def cooperation_detail(story, request) -> dict:
    with in_language(story):
        return {
            **cooperation_summary(story, request),
            **page_detail(story, request),
            **attributes(story, CooperationDetailFacts),
            **{
                name: rich_text_html(getattr(story, name), request)
                for name in CooperationRichText.model_fields
            },
            "body": stream_data(story.body, request),
        }


def cooperation_categories(story) -> list[str]:
    return term_names(story.district, story.creative_submarket)


# Funding programmes


class Deadline(Schema):
    date: datetime.date
    label: str


class ProgrammeFacts(Schema):
    id: int
    name: str
    provider: str
    url: str
    target_group: str
    funding_rate: str
    region: str


class FundingSummary(ProgrammeFacts):
    topics: list[Term]
    deadlines: list[Deadline] = Field(description="Antragsfristen, die nächste zuerst")


class FundingDetail(FundingSummary):
    description: str = Field(description="Beschreibung als HTML")


def deadline_data(deadline) -> dict:
    return {"date": deadline.date.isoformat(), "label": deadline.label}


def programme_data(programme, deadlines=None) -> dict:
    """The programme as guides' and the newsletter's funding blocks show it.

    `deadlines` (FundingDeadline objects, e.g. prefetched) default to the upcoming ones.
    """
    if deadlines is None:
        deadlines = programme.upcoming_deadlines()
    return {
        **attributes(programme, ProgrammeFacts),
        "deadlines": [deadline_data(d) for d in deadlines],
    }


def funding_summary(programme, deadlines=None) -> dict:
    return {
        **programme_data(programme, deadlines),
        "topics": [term_data(t) for t in programme.topics.all()],
    }


def funding_detail(programme, request) -> dict:
    return {
        **funding_summary(programme),
        "description": rich_text_html(programme.description, request),
    }
