"""Places as GeoJSON: validate a FeatureCollection completely, then write it in one transaction.

Format (documented in README.md): Points with coordinates [lon, lat]; properties
title (required), external_id, subtitle, town, district, types, submarkets,
status, former_use, description, website.
"""

import json
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends

from kreativorte import tree
from kreativorte.content_version import content_changed
from kreativorte.geo import LatLon, in_saxony, parse_point
from kreativorte.models import District, SubMarket
from kreativorte.text import german_slugify, numbered_unique

from .models import PlaceIndexPage, PlacePage, PlaceType
from .signals import places_imported

TEXT_FIELDS = {  # GeoJSON property -> PlacePage field
    "title": "title",
    "subtitle": "subtitle",
    "town": "town",
    "former_use": "former_use",
    "description": "teaser",
    "website": "website",
}
KNOWN_PROPERTIES = set(TEXT_FIELDS) | {"external_id", "district", "types", "submarkets", "status"}
MAX_LENGTHS = {
    name: PlacePage._meta.get_field(name).max_length
    for name in [*TEXT_FIELDS.values(), "external_id"]
}


class GeoJSONError(Exception):
    """The file cannot be imported; `errors` lists every problem found."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class PlaceRecord:
    """One validated feature, ready to be compared with or written to a PlacePage."""

    index: int
    external_id: str
    fields: dict
    point: LatLon
    district: District
    types: list | None = None  # None: the feature does not say
    submarkets: list | None = None

    @property
    def label(self) -> str:
        return f"Feature {self.index} „{self.fields['title']}“"


class TermLookup:
    """Finds taxonomy terms by slug or exact German name."""

    def __init__(self, model):
        self.terms = {}
        for term in model.objects.all():
            self.terms[term.slug] = term
            self.terms[term.name_de] = term

    def get(self, value):
        return self.terms.get(value) if isinstance(value, str) else None


def parse(text: str) -> tuple[list[PlaceRecord], list[str]]:
    """Validate every feature; raise GeoJSONError listing all problems.

    Returns the records and warnings (properties this format does not know are ignored).
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GeoJSONError([f"Keine gültige JSON-Datei: {error}"]) from error
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise GeoJSONError(
            ['Erwartet wird eine GeoJSON-FeatureCollection ("type": "FeatureCollection").']
        )
    features = data.get("features")
    if not isinstance(features, list):
        raise GeoJSONError(['Die FeatureCollection hat keine Liste "features".'])

    validator = FeatureValidator()
    records, errors, seen = [], [], {}
    for index, feature in enumerate(features):
        record, feature_errors = validator.validate(index, feature)
        errors += feature_errors
        if record:
            if record.external_id in seen:
                errors.append(
                    f"{record.label}, Feld external_id: „{record.external_id}“ kommt schon in "
                    f"Feature {seen[record.external_id]} vor."
                )
            seen[record.external_id] = index
            records.append(record)
    if errors:
        raise GeoJSONError(errors)
    return records, validator.warnings


class FeatureValidator:
    def __init__(self):
        self.districts = TermLookup(District)
        self.types = TermLookup(PlaceType)
        self.submarkets = TermLookup(SubMarket)
        self.url_validator = URLValidator(schemes=["http", "https"])
        self.warnings = []

    def validate(self, index, feature):
        """Return (record or None, errors) for one feature."""
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            return None, [f"Feature {index}: ist kein GeoJSON-Feature."]
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            return None, [f"Feature {index}: properties ist kein Objekt."]
        title = props.get("title")
        label = f"Feature {index} „{title}“" if title else f"Feature {index} (ohne Titel)"
        errors = []

        def error(name, message):
            errors.append(f"{label}, Feld {name}: {message}")

        if not isinstance(title, str) or not title.strip():
            error("title", "fehlt (Pflichtfeld).")
        for name, model_field in TEXT_FIELDS.items():
            value = props.get(name)
            if value is not None and not isinstance(value, str):
                error(name, "muss Text sein.")
            elif value and len(value) > (MAX_LENGTHS.get(model_field) or len(value)):
                error(
                    name, f"ist {len(value)} Zeichen lang, erlaubt sind {MAX_LENGTHS[model_field]}."
                )
        external_id = props.get("external_id")
        if external_id is not None and not isinstance(external_id, str | int):
            error("external_id", "muss Text oder eine Zahl sein.")
        elif external_id is not None and len(str(external_id)) > MAX_LENGTHS["external_id"]:
            error("external_id", f"ist länger als {MAX_LENGTHS['external_id']} Zeichen.")
        if not isinstance(props.get("town"), str) or not props["town"].strip():
            error("town", "fehlt (Pflichtfeld).")
        if props.get("website"):
            try:
                self.url_validator(props["website"])
            except ValidationError:
                error("website", f"„{props['website']}“ ist keine gültige http(s)-Adresse.")
        unknown = sorted(set(props) - KNOWN_PROPERTIES)
        if unknown:
            self.warnings.append(
                f"{label}: ignoriert unbekannte Eigenschaften {', '.join(unknown)}."
            )

        point = self.point(feature.get("geometry"), error)
        district = self.districts.get(props.get("district"))
        if district is None:
            error(
                "district",
                f"„{props.get('district')}“ ist kein sächsischer Landkreis und keine kreisfreie Stadt.",
            )
        types = self.terms(props, "types", self.types, error)
        submarkets = self.terms(props, "submarkets", self.submarkets, error)
        status = props.get("status")
        if "status" in props and status not in PlacePage.Status.values:
            error(
                "status",
                f"„{status}“ ist unbekannt; erlaubt: {', '.join(PlacePage.Status.values)}.",
            )
        if errors:
            return None, errors

        # Only properties the feature has are written; a missing one keeps the page's value.
        fields = {
            model_field: (props[name] or "").strip()
            for name, model_field in TEXT_FIELDS.items()
            if name in props
        }
        if "status" in props:
            fields["status"] = status
        key = (
            str(external_id) if external_id else PlacePage.derive_external_id(title, fields["town"])
        )
        return PlaceRecord(index, key, fields, point, district, types, submarkets), []

    def point(self, geometry, error):
        if not isinstance(geometry, dict) or geometry.get("type") != "Point":
            error("geometry", "muss ein GeoJSON-Point sein.")
            return None
        coordinates = geometry.get("coordinates")
        if (
            not isinstance(coordinates, list)
            or len(coordinates) not in (2, 3)
            or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coordinates)
        ):
            error("geometry", "coordinates muss [Länge, Breite] mit zwei Zahlen sein.")
            return None
        lon, lat = coordinates[:2]  # a third number (altitude) is allowed and ignored
        if in_saxony(lat, lon):
            return LatLon(lat=lat, lon=lon)
        if in_saxony(lon, lat):
            error(
                "geometry",
                f"Länge und Breite sind vertauscht: GeoJSON erwartet [Länge, Breite], also [{lat}, {lon}].",
            )
        else:
            error("geometry", f"[{lon}, {lat}] liegt außerhalb Sachsens.")
        return None

    def terms(self, props, name, lookup, error):
        """The terms a list property names, or None when the feature does not have it."""
        if name not in props:
            return None
        values = props[name] or []
        if not isinstance(values, list):
            error(name, "muss eine Liste sein.")
            return []
        terms = [lookup.get(value) for value in values]
        missing = [str(value) for value, term in zip(values, terms, strict=True) if term is None]
        if missing:
            error(name, f"unbekannt: {', '.join(missing)}.")
        return terms


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def differences(page: PlacePage, record: PlaceRecord) -> list[str]:
    """Names of the fields in which the page differs from what the record says."""
    changed = [name for name, value in record.fields.items() if getattr(page, name) != value]
    point = parse_point(page.location)
    if point is None or (round(point.lat, 6), round(point.lon, 6)) != (
        round(record.point.lat, 6),
        round(record.point.lon, 6),
    ):
        changed.append("location")
    if page.district_id != record.district.id:
        changed.append("district")
    for name, terms in (("place_types", record.types), ("submarkets", record.submarkets)):
        if terms is not None and {t.pk for t in getattr(page, name).all()} != {t.pk for t in terms}:
            changed.append(name)
    return changed


def existing_places(locale) -> dict[str, PlacePage]:
    pages, duplicates = {}, []
    for page in PlacePage.objects.filter(locale=locale).order_by("pk"):
        if page.external_id in pages:
            duplicates.append(
                f"„{page.external_id}“ ({pages[page.external_id].title}, {page.title})"
            )
        pages[page.external_id] = page
    if duplicates:
        raise GeoJSONError(
            [
                "Mehrere Orte haben dieselbe externe ID: "
                + "; ".join(duplicates)
                + ". Bitte im Admin korrigieren."
            ]
        )
    return pages


def import_places(
    records: list[PlaceRecord], *, dry_run: bool = False, publish: bool = True
) -> ImportReport:
    """Create or update one German PlacePage per record, all or nothing.

    Existing places are compared with their latest revision. A published place with
    unpublished changes is skipped, so an editor's draft is never overwritten.
    """
    locale = Locale.get_default()
    parent = PlaceIndexPage.objects.filter(locale=locale).first()
    if parent is None:
        raise GeoJSONError(
            [
                "Es gibt noch keine Orte-Übersicht (PlaceIndexPage), unter der Orte angelegt werden können."
            ]
        )
    existing = existing_places(locale)
    report = ImportReport()
    new = []
    with transaction.atomic():
        for record in records:
            page = existing.get(record.external_id)
            if page is None:
                report.created.append(record.label)
                new.append(record)
                continue
            if page.live and page.has_unpublished_changes:
                report.skipped.append(
                    f"{record.label} (unveröffentlichte Änderungen in Bearbeitung)"
                )
                continue
            current = page.get_latest_revision_as_object()
            changed = differences(current, record)
            if not changed:
                report.unchanged.append(record.label)
                continue
            report.updated.append(f"{record.label} ({', '.join(changed)})")
            if not dry_run:
                write(current, record, publish=page.live)
        if new and not dry_run:
            create(new, parent, publish)
    return report


def fill(page: PlacePage, record: PlaceRecord):
    for name, value in record.fields.items():
        setattr(page, name, value)
    page.location = record.point.as_point()
    page.district = record.district
    if record.types is not None:
        page.place_types = record.types
    if record.submarkets is not None:
        page.submarkets = record.submarkets


def write(page: PlacePage, record: PlaceRecord, publish: bool):
    """Save the record as a new revision of an existing page."""
    fill(page, record)
    try:
        revision = page.save_revision(clean=True)
    except ValidationError as error:
        raise GeoJSONError([f"{record.label}: {'; '.join(error.messages)}"]) from error
    if publish:
        revision.publish()


def create(records: list[PlaceRecord], parent, publish: bool):
    """New places below `parent` in batches: what add_child, save_revision and publish
    write, in a few statements per batch instead of ~140 per place.

    Those write rows one by one and every save runs the receivers of post_save (search
    documents, change records, the content version, Wagtail's search and reference index).
    Here the rows are written in bulk, which sends no signals, and the receivers' work is
    done in bulk: Wagtail's indexes here for each batch, the apps' once for the import in
    their receivers of `places_imported`. Not sent either: page_published, whose receivers
    here concern suggested places and newsletter issues, never a new imported place.
    """
    taken = set(parent.get_children().values_list("slug", flat=True))
    page_ids = []
    for start in range(0, len(records), tree.BATCH):
        pages = [
            new_page(record, parent, publish, taken)
            for record in records[start : start + tree.BATCH]
        ]
        tree.bulk_add_children(parent, pages)
        save_relations(pages)
        save_revisions(pages, publish)
        index(pages)
        page_ids += [page.pk for page in pages]
    content_changed()
    places_imported.send(sender=PlacePage, page_ids=page_ids)


def new_page(record: PlaceRecord, parent, publish: bool, taken: set) -> PlacePage:
    """An unsaved page for the record, validated as save_revision(clean=True) would."""
    now = timezone.now()
    page = PlacePage(
        external_id=record.external_id,
        locale=parent.locale,
        live=publish,
        has_unpublished_changes=not publish,
        first_published_at=now if publish else None,
        last_published_at=now if publish else None,
        latest_revision_created_at=now,
    )
    for relation in PlacePage._meta.many_to_many:  # unless the record names terms: none
        setattr(page, relation.name, [])
    fill(page, record)
    page.latitude, page.longitude = record.point.lat, record.point.lon  # as save() would
    page.slug = numbered_unique(german_slugify(page.title), taken)
    taken.add(page.slug)
    for relation in get_all_child_relations(page):  # none yet: no query for them
        setattr(page, relation.get_accessor_name(), [])
    try:
        # Before it has a place in the tree. What is unique is so by construction: the
        # slug by `taken`, the path by the tree, a new translation key; the external ID
        # is checked by PlacePage.clean().
        page.full_clean(exclude=["path", "depth"], validate_unique=False)
    except ValidationError as error:
        raise GeoJSONError([f"{record.label}: {'; '.join(error.messages)}"]) from error
    return page


def save_relations(pages: list[PlacePage]):
    """The rows of the pages' taxonomy relations (ParentalManyToManyFields)."""
    for relation in PlacePage._meta.many_to_many:
        through = relation.remote_field.through
        own = f"{relation.m2m_field_name()}_id"
        other = f"{relation.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            through(**{own: page.pk, other: term.pk})
            for page in pages
            for term in getattr(page, relation.name).all()
        )


def save_revisions(pages: list[PlacePage], publish: bool):
    """Each page's first revision (live when published) and the log entry of publishing."""
    base_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        Revision(
            content_object=page,
            base_content_type=base_type,
            created_at=page.latest_revision_created_at,
            content=page.serializable_data(),
            object_str=str(page),
        )
        for page in pages
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.live_revision = revision if publish else None
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])
    if publish:
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type_id=page.content_type_id,
                label=page.get_admin_display_title(),
                action="wagtail.publish",
                timestamp=page.last_published_at,
                data={},
                page=page,
                revision=revision,
                content_changed=True,
            )
            for page, revision in zip(pages, revisions, strict=True)
        )


def index(pages: list[PlacePage]):
    """Wagtail's search index (the admin's page search) and reference index."""
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(PlacePage, pages)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)


def export_places(queryset) -> dict:
    """A FeatureCollection that import_places reads back without changes."""
    places = queryset.select_related("district").prefetch_related("place_types", "submarkets")
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
                "properties": {
                    "title": place.title,
                    "external_id": place.external_id,
                    "subtitle": place.subtitle,
                    "town": place.town,
                    "district": place.district.slug,
                    "types": sorted(t.slug for t in place.place_types.all()),
                    "submarkets": sorted(s.slug for s in place.submarkets.all()),
                    "status": place.status,
                    "former_use": place.former_use,
                    "description": place.teaser,
                    "website": place.website,
                },
            }
            for place in places
            if place.latitude is not None
        ],
    }
