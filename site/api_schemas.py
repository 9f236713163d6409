"""The schemas of what the API's endpoints share: terms, images, page references and pages."""

import datetime
from typing import Any

from ninja import Schema


class Term(Schema):
    slug: str
    name: str


class TermNames(Schema):
    """A term with its names in both languages (taxonomies, the change feed)."""

    slug: str
    name_de: str
    name_en: str


class Rendition(Schema):
    url: str
    width: int
    height: int


class Thumbnail(Rendition):
    alt: str


class Image(Schema):
    id: int
    alt: str
    credit: str
    license: str
    width: int
    height: int
    renditions: list[Rendition]


class PageRef(Schema):
    id: int
    type: str
    title: str
    url: str


class Translation(Schema):
    locale: str
    id: int
    url: str


class Block(Schema):
    """A StreamField block; `value` depends on `type` (rich text as HTML, absolute URLs)."""

    type: str
    value: Any
    id: str | None = None


class PageSummary(Schema):
    id: int
    type: str
    title: str
    url: str
    teaser: str
    thumbnail: Thumbnail | None
    locale: str
    last_published_at: datetime.datetime | None


class PageDetail(PageSummary):
    seo_title: str
    search_description: str
    translations: list[Translation]
