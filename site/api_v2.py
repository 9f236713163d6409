"""Wagtail's read API v2 lists only what a visitor may see, whoever asks.

- images: used on a live, public page (directly, or through a snippet the page shows,
  like a contact person's photo) and in a public collection;
- documents: in a public collection and used on or linked from a live, public page.

Usage comes from Wagtail's reference index, which records what each page's live
content (the page row; drafts live in revisions) references. Public collections have
no view restriction on themselves or an ancestor. The answer does not depend on who
is logged in, since API responses may be kept by shared caches. Each listing costs a
fixed number of queries.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, IntegerField, OuterRef, Q
from django.db.models.functions import Cast
from wagtail.api.v2.serializers import TagsField
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from .visibility import visible


def public_collections():
    collections = Collection.objects.all()
    for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
        collections = collections.exclude(path__startswith=path)
    return collections.values("pk")


def used_on_public_pages(model, request):
    """Ids of `model` objects a live public page references, or a snippet such a page shows."""
    page_type = ContentType.objects.get_for_model(Page)
    # The index keeps object ids as text.
    public_pages = visible(Page.objects.all(), request).annotate(key=Cast("pk", CharField()))
    from_public_pages = ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=public_pages.values("key")
    )
    shown_by_public_page = from_public_pages.filter(
        to_content_type=OuterRef("base_content_type"), to_object_id=OuterRef("object_id")
    )
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model)
    ).filter(
        Q(base_content_type=page_type, object_id__in=public_pages.values("key"))
        | (~Q(base_content_type=page_type) & Exists(shown_by_public_page))
    )
    return references.annotate(target=Cast("to_object_id", IntegerField())).values("target")


def visible_media(model, request):
    return (
        model.objects.filter(
            collection__in=public_collections(), pk__in=used_on_public_pages(model, request)
        )
        .prefetch_related("tags")
        .order_by("id")
    )


class PrefetchedTagsField(TagsField):
    """Tag names from the prefetched tags (Wagtail's field queries once per item)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class PrefetchedTags:
    def build_property_field(self, field_name, model_class):
        field_class, kwargs = super().build_property_field(field_name, model_class)
        return (PrefetchedTagsField if field_class is TagsField else field_class), kwargs


class PublicImageSerializer(PrefetchedTags, ImageSerializer):
    pass


class PublicDocumentSerializer(PrefetchedTags, DocumentSerializer):
    pass


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    base_serializer_class = PublicImageSerializer

    def get_queryset(self):
        return visible_media(self.model, self.request)


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    base_serializer_class = PublicDocumentSerializer

    def get_queryset(self):
        return visible_media(self.model, self.request)
