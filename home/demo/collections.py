"""The demo's images and documents in named collections that the editorial roles can see.

The seeder makes its media in the root collection and files them here by what uses them
(Wagtail's reference index): a place's images go to "Orte", a guide's to "Wissen". The
same step repairs databases seeded before: wagtail_factories made a new root collection
"Test collection" for every image and document, outside the tree the roles hold
permissions on; their media are filed likewise and the emptied collections deleted.
"""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, ReferenceIndex

GENERAL = "Allgemein"
# Collection by the model of the object that uses the image or document (app_label.model);
# the first one listed wins when several use it.
COLLECTION_OF_USER = {
    "places.placepage": "Orte",
    "knowledge.guidepage": "Wissen",
    "knowledge.cooperationpage": "Wissen",
    "events.eventpage": "Veranstaltungen",
}
COLLECTIONS = (*dict.fromkeys(COLLECTION_OF_USER.values()), GENERAL)
FACTORY_COLLECTION = "Test collection"  # wagtail_factories' default name


def named_collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def collection_for(item) -> str:
    users = {
        f"{ref.content_type.app_label}.{ref.content_type.model}"
        for ref in ReferenceIndex.get_references_to(item).select_related("content_type")
    }
    return next((name for model, name in COLLECTION_OF_USER.items() if model in users), GENERAL)


def file_media(log) -> None:
    """Move the media of the root and of factory collections into the named collections."""
    collections = {name: named_collection(name) for name in COLLECTIONS}
    root = Collection.get_first_root_node()
    unfiled = [root, *Collection.objects.filter(name=FACTORY_COLLECTION)]
    moved = 0
    for model in (get_image_model(), get_document_model()):
        filing = {}
        for item in model.objects.filter(collection__in=unfiled):
            filing.setdefault(collection_for(item), []).append(item.pk)
        for name, pks in filing.items():
            moved += model.objects.filter(pk__in=pks).update(collection=collections[name])
    # Factory collections are roots without children; their media have just moved out.
    emptied = Collection.objects.filter(name=FACTORY_COLLECTION, numchild=0)
    emptied_count = emptied.count()
    emptied.delete()
    log(
        f"Mediensammlungen: {', '.join(COLLECTIONS)}; {moved} Medien einsortiert, "
        f"{emptied_count} leere Testsammlungen entfernt"
    )
